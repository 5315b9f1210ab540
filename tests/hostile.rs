//! Hostile input, through the binary as a planner or CI would meet it: each case must give a
//! clear diagnostic, exit code 1, and no output written.

mod common;
use common::copy_dir;

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

/// Build a broken copy of the base plan; return the exit code and stderr, and assert nothing
/// was written.
fn build_broken(break_it: impl FnOnce(&Path)) -> String {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("plan");
    copy_dir(Path::new("tests/fixtures/base"), &plan);
    break_it(&plan);
    let out = temp.path().join("out");
    let output = Command::cargo_bin("rpkd")
        .unwrap()
        .env("RPKD_LANG", "en")
        .arg("build")
        .arg(&plan)
        .args(["--format", "md,html", "--out"])
        .arg(&out)
        .env("CI", "true")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(!out.exists(), "output was written: {stderr}");
    stderr
}

fn write(plan: &Path, file: &str, text: impl AsRef<[u8]>) {
    let path: PathBuf = plan.join(file);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

#[test]
fn an_alias_bomb_is_refused_quickly() {
    let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 0..12 {
        let prev = if i == 0 {
            "a".to_string()
        } else {
            format!("l{}", i - 1)
        };
        bomb.push_str(&format!(
            "l{i}: &l{i} [{}]\n",
            vec![format!("*{prev}"); 10].join(", ")
        ));
    }
    let err = build_broken(|p| write(p, "program/bom.yaml", bomb));
    assert!(err.contains("anchors and aliases"), "{err}");
}

#[test]
fn twenty_thousand_levels_of_nesting_are_refused() {
    let err = build_broken(|p| write(p, "program/dalam.yaml", "[".repeat(20_000)));
    assert!(err.contains("nested more than 64 levels deep"), "{err}");
}

#[test]
fn a_hundred_megabyte_file_hits_the_size_limit() {
    let err = build_broken(|p| {
        let f = fs::File::create(p.join("program/besar.yaml")).unwrap();
        f.set_len(100 * 1024 * 1024).unwrap();
    });
    assert!(
        err.contains("the file is 100 MB, more than the 64 MB a plan file may have"),
        "{err}"
    );
}

#[test]
fn invalid_utf8_and_binary_files_are_reported() {
    let err = build_broken(|p| write(p, "program/biner.yaml", [0u8, 159, 146, 150, 255, 0, 1]));
    assert!(err.contains("not UTF-8 text"), "{err}");
}

#[test]
fn tab_indentation_is_explained() {
    let err = build_broken(|p| {
        let t = fs::read_to_string(p.join("rpkd.yaml")).unwrap();
        write(p, "rpkd.yaml", t.replace("  jenis: kota", "\tjenis: kota"));
    });
    assert!(err.contains("indent with spaces"), "{err}");
}

#[test]
fn numbers_that_overflow_and_negative_money_are_errors() {
    let err = build_broken(|p| {
        let t = fs::read_to_string(p.join("rat/2025.yaml")).unwrap();
        let t = t.replacen("alokasi: 1500000000", "alokasi: 99999999999999999999999", 1);
        let t = t.replacen("alokasi: 7000000000", "alokasi: -7000000000", 1);
        write(p, "rat/2025.yaml", t);
    });
    assert!(
        err.contains("money is counted in whole rupiah") || err.contains("too large"),
        "{err}"
    );
    assert!(err.contains("E019"), "{err}");
}

#[test]
fn amounts_that_would_overflow_a_total_are_errors_not_panics() {
    // u64::MAX in two ceilings of one line: their sum cannot be held, so each is refused.
    let err = build_broken(|p| {
        let t = fs::read_to_string(p.join("program/dinsos.yaml")).unwrap();
        let t = t.replacen(
            "2025: 1500000000, 2026: 1600000000",
            "2025: 18446744073709551615, 2026: 18446744073709551615",
            1,
        );
        write(p, "program/dinsos.yaml", t);
    });
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(
        err.matches("amount `18446744073709551615` is more than Rp100 triliun")
            .count(),
        2,
        "{err}"
    );
}

#[test]
fn a_mapping_of_a_hundred_thousand_keys_reports_each_once() {
    let keys: String = (0..100_000).map(|i| format!("k{i}: 1\n")).collect();
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("plan");
    copy_dir(Path::new("tests/fixtures/base"), &plan);
    write(&plan, "program/kunci.yaml", &keys);
    write(&plan, "program/ganda.yaml", format!("{keys}{keys}"));
    let output = Command::cargo_bin("rpkd")
        .unwrap()
        .env("RPKD_LANG", "en")
        .arg("check")
        .arg(&plan)
        .args(["--format", "short"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(stdout.matches("kunci.yaml").count(), 100_000);
    assert_eq!(stdout.matches("duplicate key").count(), 100_000);
}

#[cfg(unix)]
#[test]
fn pipes_devices_and_yaml_links_out_of_the_plan_are_not_read() {
    let err = build_broken(|p| {
        let outside = p.parent().unwrap().join("luar.yaml");
        fs::write(&outside, "program: []\n").unwrap();
        std::os::unix::fs::symlink(&outside, p.join("program/luar.yaml")).unwrap();
        std::os::unix::fs::symlink("/dev/zero", p.join("program/nol.yaml")).unwrap();
        let fifo = p.join("program/pipa.yaml");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
    });
    assert!(
        err.contains("luar.yaml` (it is a link to a file outside the plan directory)"),
        "{err}"
    );
    assert!(
        err.contains("nol.yaml` (it is a link to a file outside the plan directory)"),
        "{err}"
    );
    assert!(
        err.contains("pipa.yaml` (it is a named pipe (FIFO), not a regular file)"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn a_logo_or_template_folder_out_of_the_plan_is_refused() {
    let err = build_broken(|p| {
        let outside = p.parent().unwrap().join("lambang.png");
        fs::copy("plans/kota-tangerang/lambang.png", &outside).unwrap();
        std::os::unix::fs::symlink(&outside, p.join("lambang.png")).unwrap();
        let t = fs::read_to_string(p.join("rpkd.yaml")).unwrap();
        write(
            p,
            "rpkd.yaml",
            format!("{t}logo: lambang.png\ntemplat: ../templat\n"),
        );
    });
    assert!(
        err.contains("logo `lambang.png` is a link outside the plan directory"),
        "{err}"
    );
    assert!(
        err.contains("template folder `../templat` points outside the plan directory"),
        "{err}"
    );
    let err = build_broken(|p| {
        let t = fs::read_to_string(p.join("rpkd.yaml")).unwrap();
        write(p, "rpkd.yaml", format!("{t}logo: ../../lambang.png\n"));
    });
    assert!(
        err.contains("logo `../../lambang.png` points outside the plan directory"),
        "{err}"
    );
}

#[test]
fn an_empty_file_and_duplicate_keys_are_errors() {
    let err = build_broken(|p| {
        write(p, "program/kosong.yaml", "");
        let t = fs::read_to_string(p.join("rpkd.yaml")).unwrap();
        write(
            p,
            "rpkd.yaml",
            t.replace("  jenis: kota\n", "  jenis: kota\n  jenis: kota\n"),
        );
    });
    assert!(err.contains("the file is empty"), "{err}");
    assert!(err.contains("duplicate key `jenis`"), "{err}");
}

#[cfg(unix)]
#[test]
fn links_and_dot_dot_paths_out_of_the_plan_are_refused() {
    let err = build_broken(|p| {
        let outside = p.parent().unwrap().join("rahasia.md");
        fs::write(&outside, "rahasia").unwrap();
        std::os::unix::fs::symlink(&outside, p.join("narasi/tautan.md")).unwrap();
        std::os::unix::fs::symlink(p.parent().unwrap(), p.join("templat-luar")).unwrap();
        let t = fs::read_to_string(p.join("rpkd.yaml")).unwrap();
        let t = t.replace(
            "berkas: narasi/latar-belakang.md",
            "berkas: narasi/tautan.md",
        );
        let t = t.replace(
            "  penutup: Demikian rencana ini disusun.",
            "  penutup:\n    berkas: ../rahasia.md\ntemplat: templat-luar",
        );
        write(p, "rpkd.yaml", t);
    });
    assert!(
        err.contains("narrative file `narasi/tautan.md` is a link outside the plan directory"),
        "{err}"
    );
    assert!(
        err.contains("narrative file `../rahasia.md` points outside the plan directory"),
        "{err}"
    );
    assert!(
        err.contains("template folder `templat-luar` is a link outside the plan directory"),
        "{err}"
    );
}

#[test]
fn the_plan_directory_is_never_the_output() {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("plan");
    copy_dir(Path::new("tests/fixtures/base"), &plan);
    for out in [plan.clone(), plan.join(".."), plan.join("narasi")] {
        let output = Command::cargo_bin("rpkd")
            .unwrap()
            .env("RPKD_LANG", "en")
            .arg("build")
            .arg(&plan)
            .args(["--format", "md", "--out"])
            .arg(&out)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&output.stderr).contains("sources are never overwritten"));
    }
    let names = |dir: &Path| {
        let mut n: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        n.sort();
        n
    };
    assert_eq!(names(&plan), names(Path::new("tests/fixtures/base")));
    assert_eq!(
        names(&plan.join("narasi")),
        names(Path::new("tests/fixtures/base/narasi"))
    );
}

#[test]
fn the_file_size_limit_is_configurable() {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("plan");
    copy_dir(Path::new("tests/fixtures/base"), &plan);
    let f = fs::File::create(plan.join("program/sedang.yaml")).unwrap();
    f.set_len(3 * 1024 * 1024).unwrap();
    let output = Command::cargo_bin("rpkd")
        .unwrap()
        .env("RPKD_LANG", "en")
        .arg("check")
        .arg(&plan)
        .args(["--max-file-mb", "2", "--format", "short"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("the file is 3 MB, more than the 2 MB a plan file may have"),
        "{stdout}"
    );
}

/// Build the base plan with `change` applied into a fresh output folder; exit code, stderr and
/// the output folder.
fn build_with(
    change: impl FnOnce(&Path),
    formats: &str,
) -> (Option<i32>, String, tempfile::TempDir) {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("plan");
    copy_dir(Path::new("tests/fixtures/base"), &plan);
    change(&plan);
    let output = Command::cargo_bin("rpkd")
        .unwrap()
        .arg("build")
        .arg(&plan)
        .args(["--format", formats, "--out"])
        .arg(temp.path().join("out"))
        .env("CI", "true")
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        temp,
    )
}

#[test]
fn planner_markup_is_inert_in_the_markdown_and_the_html_alike() {
    let long = format!("[a](javascript:{})", "a".repeat(300));
    let narrative = format!(
        "Teks awal é.\n\n{long} lalu <i>x</i> ü ✓\n\n[b](javascript&#58;alert(1)) [c](javascript\\:alert(1)) [d][r]\n\n[r]: javascript:alert(1)\n\n<script>alert(1)</script>\n\n<!-- rpkd:chart kemiskinan -->\n\n<!-- rpkd:pagebreak -->\n\nTeks akhir.\n"
    );
    // The ✓ is the font's to refuse; without it the plan builds.
    let narrative = narrative.replace(" ✓", "");
    let (code, stderr, temp) = build_with(
        |p| write(p, "narasi/latar-belakang.md", &narrative),
        "md,html",
    );
    assert_eq!(code, Some(0), "{stderr}");
    let (_, _, clean) = build_with(|_| {}, "md,html");
    let dir = temp.path().join("out/plan");
    let md = fs::read_to_string(dir.join("rpkd.md")).unwrap();
    let html = fs::read_to_string(dir.join("rpkd.html")).unwrap();
    let clean_md = fs::read_to_string(clean.path().join("out/plan/rpkd.md")).unwrap();
    for text in [&md, &html] {
        assert!(!text.contains("<script>alert"), "raw script survived");
        assert!(!text.contains("<i>x"), "raw HTML survived");
        assert!(text.contains("Teks akhir"), "text after the link was lost");
        assert!(
            text.contains("Teks awal é"),
            "text before the link was lost"
        );
        assert!(!text.contains("](javascript"), "a javascript link survived");
        assert!(
            !text.contains("href=\"javascript"),
            "a javascript link survived"
        );
    }
    assert!(
        !md.contains("]: javascript"),
        "an unsafe reference definition survived"
    );
    // The planner's directives are text: the .md has exactly the template's own.
    assert_eq!(
        md.matches("<!-- rpkd:").count(),
        clean_md.matches("<!-- rpkd:").count(),
        "a narrative added a directive"
    );
    let names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(names.len(), unique.len());
}

#[test]
fn a_hundred_thousand_wrong_items_on_one_line_are_reported_briefly() {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("plan");
    copy_dir(Path::new("tests/fixtures/base"), &plan);
    let t = fs::read_to_string(plan.join("program/dinsos.yaml")).unwrap();
    let wrong: Vec<String> = (0..100_000).map(|i| format!("Tidak Ada {i}")).collect();
    let t = t.replacen("lokasi: [", &format!("lokasi: [{}, ", wrong.join(", ")), 1);
    assert!(
        t.contains("Tidak Ada 99999"),
        "the fixture has no flow list of locations"
    );
    write(&plan, "program/dinsos.yaml", t);
    let output = Command::cargo_bin("rpkd")
        .unwrap()
        .arg("check")
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("… dan 99950 masalah lain di"),
        "{}",
        &stdout[stdout.len().saturating_sub(500)..]
    );
    let widest = stdout.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(widest < 400, "a line of {widest} characters");
    // Every one of them is still listed in the one-line format.
    let short = Command::cargo_bin("rpkd")
        .unwrap()
        .arg("check")
        .arg(&plan)
        .args(["--format", "short"])
        .output()
        .unwrap();
    let short = String::from_utf8_lossy(&short.stdout);
    assert_eq!(short.matches("lokasi `Tidak Ada").count(), 100_000);
    assert_eq!(
        short.matches("dinsos.yaml:27:").count(),
        100_000,
        "each on its line"
    );
}

#[test]
fn a_runaway_template_is_stopped_with_a_clear_error() {
    for template in [
        // Text that doubles itself: stopped by the memory budget long before the machine's.
        "{% set s = \"xx\" %}{% for i in range(end=60) %}{% set_global s = s ~ s %}{% endfor %}{{ s }}\n",
        // Output without end: stopped by the output limit or the deadline.
        "{% for i in range(end=100000) %}{% for j in range(end=100000) %}baris {{ i }} {{ j }} {% endfor %}{% endfor %}\n",
    ] {
        let (code, stderr, temp) = build_with(
            |p| {
                write(p, "templat/rpkd.md", template);
                let t = fs::read_to_string(p.join("rpkd.yaml")).unwrap();
                write(
                    p,
                    "rpkd.yaml",
                    t.replace("narasi:\n", "templat: templat\nnarasi:\n"),
                );
            },
            "md",
        );
        assert_eq!(code, Some(1), "{stderr}");
        assert!(stderr.contains("E028"), "{stderr}");
        assert!(stderr.contains("templat/rpkd.md"), "{stderr}");
        assert!(!temp.path().join("out").exists());
    }
}

#[cfg(unix)]
#[test]
fn a_pipe_or_a_link_loop_where_a_file_should_be_is_named_as_such() {
    let fifo = |path: &Path| {
        let made = std::process::Command::new("mkfifo")
            .arg(path)
            .status()
            .unwrap();
        assert!(made.success());
    };
    let err = build_broken(|p| {
        fs::remove_file(p.join("narasi/latar-belakang.md")).unwrap();
        fifo(&p.join("narasi/latar-belakang.md"));
    });
    assert!(
        err.contains("is a named pipe (FIFO), not a regular file"),
        "{err}"
    );
    assert!(!err.contains("not found"), "{err}");
    let err = build_broken(|p| {
        fs::remove_file(p.join("narasi/latar-belakang.md")).unwrap();
        std::os::unix::fs::symlink("latar-belakang.md", p.join("narasi/latar-belakang.md"))
            .unwrap();
    });
    assert!(err.contains("is a link that loops back on itself"), "{err}");
    let err = build_broken(|p| {
        fs::remove_file(p.join("rpkd.yaml")).unwrap();
        fifo(&p.join("rpkd.yaml"));
    });
    assert!(
        err.contains("rpkd.yaml` (it is a named pipe (FIFO), not a regular file)"),
        "{err}"
    );
}

#[test]
fn two_plans_of_one_folder_name_and_output_inside_another_plan_are_refused() {
    let temp = tempfile::tempdir().unwrap();
    let (a, b) = (temp.path().join("a/kota"), temp.path().join("b/kota"));
    copy_dir(Path::new("tests/fixtures/base"), &a);
    copy_dir(Path::new("tests/fixtures/base"), &b);
    let out = temp.path().join("out");
    let output = Command::cargo_bin("rpkd")
        .unwrap()
        .env("RPKD_LANG", "en")
        .arg("build")
        .arg(&a)
        .arg(&b)
        .args(["--format", "md", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "`{}` and `{}` have the same folder name",
            a.display(),
            b.display()
        )),
        "{stderr}"
    );
    assert!(!out.join("kota").exists());

    // The output of plan `c` would land inside plan `a`.
    let c = temp.path().join("c");
    copy_dir(Path::new("tests/fixtures/base"), &c);
    let output = Command::cargo_bin("rpkd")
        .unwrap()
        .env("RPKD_LANG", "en")
        .arg("build")
        .arg(&a)
        .arg(&c)
        .args(["--format", "md", "--out"])
        .arg(a.join("narasi"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("sources are never overwritten"), "{stderr}");
    assert!(!a.join("narasi/c").exists(), "{stderr}");
    assert!(!a.join("narasi/kota").exists(), "{stderr}");
}

#[test]
fn source_date_epoch_outside_the_years_a_document_can_carry_is_refused() {
    for value in ["-1", "253402300800", "1e9"] {
        let temp = tempfile::tempdir().unwrap();
        let output = Command::cargo_bin("rpkd")
            .unwrap()
            .args(["build", "tests/fixtures/base", "--format", "md", "--out"])
            .arg(temp.path().join("out"))
            .env("SOURCE_DATE_EPOCH", value)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{value}: {stderr}");
        assert!(stderr.contains("SOURCE_DATE_EPOCH"), "{stderr}");
        assert!(!temp.path().join("out").exists());
    }
}

#[test]
fn index_links_are_percent_encoded() {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("kota #1 é");
    copy_dir(Path::new("tests/fixtures/base"), &plan);
    let out = temp.path().join("out");
    let output = Command::cargo_bin("rpkd")
        .unwrap()
        .arg("build")
        .arg(&plan)
        .args(["--format", "md", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let index = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        index.contains("href=\"kota%20%231%20%C3%A9/rpkd.md\""),
        "{index}"
    );
}
