//! `rpkd init`, `rpkd completions` and `rpkd man` as a planner runs them: a new plan passes the
//! strictest check and builds; a folder in use is refused or, with `--force`, only added to.

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

fn rpkd() -> Command {
    let mut cmd = Command::cargo_bin("rpkd").unwrap();
    cmd.env_remove("NO_COLOR")
        .env_remove("SOURCE_DATE_EPOCH")
        .env("RPKD_LANG", "en");
    cmd
}

fn run(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Every file under `dir` with its bytes, by path relative to `dir`.
fn tree(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let bytes = fs::read(&path).unwrap();
                out.push((path.strip_prefix(root).unwrap().to_owned(), bytes));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// A fresh scaffold has no error, so `check` passes; every warning is a placeholder left to fill
/// in (W018), so `check --deny-warnings` fails, pointing at each; with every placeholder
/// replaced the strict check passes.
fn check_strict(plan: &Path) {
    let (code, stdout, stderr) = run(rpkd().arg("check").arg(plan));
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(stderr.contains("0 errors"), "{stderr}");

    let (code, stdout, stderr) = run(rpkd()
        .arg("check")
        .arg("--deny-warnings")
        .args(["--format", "short"])
        .arg(plan));
    assert_eq!(
        code, 1,
        "an untouched scaffold must fail the strict check: {stdout}{stderr}"
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines.len() >= 20, "{stdout}");
    for line in &lines {
        assert!(line.contains(": warning[W018]: placeholder `["), "{line}");
    }
    // The placeholders of the narrative files are found too, at their own line.
    assert!(
        lines
            .iter()
            .any(|l| l.contains("narasi/kata-pengantar.md:1:")),
        "{stdout}"
    );
    let mut places: Vec<&str> = lines
        .iter()
        .map(|l| l.split(": warning").next().unwrap_or(""))
        .collect();
    let all = places.len();
    places.dedup();
    assert_eq!(places.len(), all, "one warning per placeholder: {stdout}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("rpkd.yaml") && l.contains("[Nama ")),
        "{stdout}"
    );

    let filled = tempfile::tempdir().unwrap();
    let copy = filled.path().join("terisi");
    for (path, bytes) in tree(plan) {
        fs::create_dir_all(copy.join(&path).parent().unwrap()).unwrap();
        fs::write(copy.join(&path), bytes).unwrap();
    }
    fill_placeholders(&copy);
    let (code, stdout, stderr) = run(rpkd().arg("check").arg("--deny-warnings").arg(&copy));
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert_eq!(stdout, "", "{stderr}");
    assert!(
        stderr.contains("no problems found (8 files checked)"),
        "{stderr}"
    );
}

/// Replace every placeholder as a planner would: `"[Nama Bupati]"` becomes `"Nama Bupati"`
/// (in YAML only inside quoted strings, where init writes them; brackets elsewhere are YAML's).
fn fill_placeholders(plan: &Path) {
    fn strip(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(open) = rest.find('[') {
            let after = &rest[open + 1..];
            match after.find(']') {
                Some(close)
                    if after.chars().next().is_some_and(char::is_alphabetic)
                        && !after[..close].contains(['[', '\n']) =>
                {
                    out.push_str(&rest[..open]);
                    out.push_str(&after[..close]);
                    rest = &after[close + 1..];
                }
                _ => {
                    out.push_str(&rest[..=open]);
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }
    for (path, bytes) in tree(plan) {
        let full = plan.join(&path);
        let ext = path.extension().and_then(|e| e.to_str());
        if !matches!(ext, Some("md" | "yaml")) {
            continue;
        }
        // Nested placeholders (`[Tema … [Nama Daerah] …]`) come off one level per pass.
        let strip = |text: &str| {
            let mut text = text.to_owned();
            loop {
                let next = strip(&text);
                if next == text {
                    return text;
                }
                text = next;
            }
        };
        let text = String::from_utf8(bytes).unwrap();
        let filled = match ext {
            Some("md") => strip(&text),
            Some("yaml") => text
                .split('"')
                .enumerate()
                .map(|(i, part)| {
                    if i % 2 == 1 {
                        strip(part)
                    } else {
                        part.to_owned()
                    }
                })
                .collect::<Vec<_>>()
                .join("\""),
            _ => continue,
        };
        fs::write(full, filled).unwrap();
    }
}

#[test]
fn a_new_plan_of_each_kind_warns_of_every_placeholder_until_filled() {
    for (kind, digit, head) in [
        ("kota", "2", "Wali Kota"),
        ("kabupaten", "2", "Bupati"),
        ("provinsi", "1", "Gubernur"),
    ] {
        let temp = tempfile::tempdir().unwrap();
        let plan = temp.path().join(format!("{kind}-contoh"));
        let (code, stdout, stderr) = run(rpkd()
            .arg("init")
            .arg(&plan)
            .args(["--region", "Contoh", "--kind", kind]));
        assert_eq!(code, 0, "{kind}: {stdout}{stderr}");
        assert!(stderr.contains("next steps"), "{stderr}");
        assert!(stderr.contains("rpkd check"), "{stderr}");
        check_strict(&plan);

        let root = fs::read_to_string(plan.join("rpkd.yaml")).unwrap();
        assert!(root.contains(&format!("  jenis: {kind}\n")), "{root}");
        assert!(
            root.contains(&format!("jabatan: \"{head} Contoh\"")),
            "{root}"
        );
        assert!(root.contains(&format!("nama: \"[Nama {head}]\"")), "{root}");
        assert_eq!(
            root.contains("provinsi: \"[Nama Provinsi]\""),
            kind != "provinsi",
            "{root}"
        );
        let programs = fs::read_to_string(plan.join("program/contoh.yaml")).unwrap();
        assert!(
            programs.contains(&format!("kode: \"1.06.05.{digit}.02.0006\"")),
            "{programs}"
        );
    }
}

#[test]
fn defaults_are_a_kota_from_2025_with_placeholders() {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("baru");
    let (code, _, stderr) = run(rpkd().arg("init").arg(&plan));
    assert_eq!(code, 0, "{stderr}");
    check_strict(&plan);
    let root = fs::read_to_string(plan.join("rpkd.yaml")).unwrap();
    assert!(root.contains("nama: \"[Nama Daerah]\""), "{root}");
    assert!(root.contains("jenis: kota"), "{root}");
    assert!(root.contains("mulai: 2025\n  selesai: 2029\n"), "{root}");
    assert!(plan.join("rat/2025.yaml").is_file());
    assert!(plan.join("narasi/rat-2025-kondisi.md").is_file());
}

#[test]
fn every_yaml_file_starts_with_its_schema_modeline() {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("p");
    rpkd().arg("init").arg(&plan).assert().success();
    for (file, schema) in [
        ("rpkd.yaml", "schema/rpkd.schema.json"),
        ("program/contoh.yaml", "../schema/program.schema.json"),
        ("rat/2025.yaml", "../schema/rat.schema.json"),
    ] {
        let text = fs::read_to_string(plan.join(file)).unwrap();
        assert_eq!(
            text.lines().next(),
            Some(format!("# yaml-language-server: $schema={schema}").as_str()),
            "{file}"
        );
    }
}

#[test]
fn the_start_year_moves_the_whole_period_and_is_validated() {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("p");
    let (code, _, stderr) = run(rpkd().arg("init").arg(&plan).args(["--start", "2031"]));
    assert_eq!(code, 0, "{stderr}");
    check_strict(&plan);
    assert!(plan.join("rat/2031.yaml").is_file());
    let root = fs::read_to_string(plan.join("rpkd.yaml")).unwrap();
    assert!(root.contains("mulai: 2031\n  selesai: 2035\n"), "{root}");

    for bad in ["1999", "2097", "25", "tahun"] {
        let other = temp.path().join(format!("bad-{bad}"));
        let (code, _, stderr) = run(rpkd().arg("init").arg(&other).args(["--start", bad]));
        assert_eq!(code, 2, "{bad}: {stderr}");
        assert!(!other.exists(), "{bad}");
    }
}

#[test]
fn the_region_name_may_carry_its_kind_but_not_contradict_it() {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("bogor");
    let (code, _, stderr) = run(rpkd()
        .arg("init")
        .arg(&plan)
        .args(["--region", "Kabupaten Bogor"]));
    assert_eq!(code, 0, "{stderr}");
    let root = fs::read_to_string(plan.join("rpkd.yaml")).unwrap();
    assert!(root.contains("nama: \"Bogor\""), "{root}");
    assert!(root.contains("jenis: kabupaten"), "{root}");

    let other = temp.path().join("kota-bogor");
    let (code, _, stderr) =
        run(rpkd()
            .arg("init")
            .arg(&other)
            .args(["--region", "Kota Bogor", "--kind", "kabupaten"]));
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("`--kind`"), "{stderr}");
    assert!(!other.exists());

    let (code, _, stderr) = run(rpkd()
        .arg("init")
        .arg(&other)
        .args(["--region", "Bogor\"\n  jenis: x"]));
    assert_eq!(code, 2, "{stderr}");
    assert!(!other.exists());
}

#[test]
fn a_non_empty_directory_is_refused_and_left_untouched() {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("p");
    fs::create_dir_all(plan.join("program")).unwrap();
    fs::write(plan.join("catatan.txt"), "jangan dihapus").unwrap();
    fs::write(plan.join("rpkd.yaml"), "# milik planner\n").unwrap();
    let before = tree(&plan);

    let (code, stdout, stderr) = run(rpkd().arg("init").arg(&plan));
    assert_eq!(code, 1, "{stdout}{stderr}");
    assert!(stderr.contains("is not empty"), "{stderr}");
    assert!(stderr.contains("`--force`"), "{stderr}");
    assert!(stderr.contains("nothing written"), "{stderr}");
    assert_eq!(tree(&plan), before);

    // A hidden file alone (a `.git`, an editor's folder) makes a directory non-empty too.
    let hidden = temp.path().join("h");
    fs::create_dir_all(hidden.join(".vscode")).unwrap();
    let (code, _, stderr) = run(rpkd().arg("init").arg(&hidden));
    assert_eq!(code, 1, "{stderr}");
    assert!(!hidden.join("rpkd.yaml").exists());
}

#[test]
fn force_writes_the_scaffold_and_keeps_every_other_file() {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("p");
    fs::create_dir_all(plan.join("narasi")).unwrap();
    fs::write(plan.join("catatan.txt"), "jangan dihapus").unwrap();
    fs::write(plan.join("narasi/peta.png"), [0x89, b'P', b'N', b'G']).unwrap();
    fs::write(plan.join("rpkd.yaml"), "rusak: [\n").unwrap();

    let (code, stdout, stderr) = run(rpkd().arg("init").arg(&plan).arg("--force"));
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert_eq!(
        fs::read_to_string(plan.join("catatan.txt")).unwrap(),
        "jangan dihapus"
    );
    assert_eq!(
        fs::read(plan.join("narasi/peta.png")).unwrap(),
        [0x89, b'P', b'N', b'G']
    );
    // The scaffold's own file replaced the broken one, and nothing temporary is left behind.
    check_strict(&plan);
    let leftovers: Vec<_> = tree(&plan)
        .into_iter()
        .filter(|(p, _)| p.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn force_stops_before_writing_when_a_folder_stands_where_a_file_goes() {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("p");
    fs::create_dir_all(plan.join("rpkd.yaml")).unwrap();
    let (code, _, stderr) = run(rpkd().arg("init").arg(&plan).arg("--force"));
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("in the way"), "{stderr}");
    assert!(!plan.join("program").exists());
    assert!(!plan.join("narasi").exists());
}

#[test]
fn a_file_is_not_a_plan_directory() {
    let temp = tempfile::tempdir().unwrap();
    let file = temp.path().join("p");
    fs::write(&file, "x").unwrap();
    let (code, _, stderr) = run(rpkd().arg("init").arg(&file).arg("--force"));
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("is not a directory"), "{stderr}");
    assert_eq!(fs::read_to_string(&file).unwrap(), "x");
}

#[test]
fn a_new_plan_builds() {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("kabupaten-contoh");
    rpkd()
        .arg("init")
        .arg(&plan)
        .args(["--kind", "kabupaten", "--region", "Contoh"])
        .assert()
        .success();
    let out = temp.path().join("output");
    let (code, stdout, stderr) = run(rpkd()
        .arg("build")
        .arg(&plan)
        .arg("--out")
        .arg(&out)
        .args(["--format", "md,html"]));
    assert_eq!(code, 0, "{stdout}{stderr}");
    let docs = out.join("kabupaten-contoh");
    for name in ["rpkd.md", "rpkd.html", "rat-2025.md", "rat-2025.html"] {
        assert!(docs.join(name).is_file(), "{name}: {stderr}");
    }
    let rpkd_md = fs::read_to_string(docs.join("rpkd.md")).unwrap();
    assert!(
        rpkd_md.contains("KABUPATEN CONTOH TAHUN 2025–2029"),
        "{rpkd_md}"
    );
    // The placeholders stay visible in the document, so a draft cannot pass for a finished one.
    assert!(rpkd_md.contains("Nama Bupati"), "{rpkd_md}");
}

#[test]
fn completion_scripts_know_every_subcommand() {
    let (code, script, stderr) = run(rpkd().args(["completions", "bash"]));
    assert_eq!(code, 0, "{stderr}");
    for sub in ["check", "build", "init", "completions", "man"] {
        assert!(script.contains(sub), "bash script lacks `{sub}`");
    }
    assert!(script.contains("--deny-warnings"));
    assert!(script.contains("kabupaten"));
    for shell in ["zsh", "fish", "elvish", "powershell"] {
        let (code, script, stderr) = run(rpkd().args(["completions", shell]));
        assert_eq!(code, 0, "{shell}: {stderr}");
        assert!(script.contains("init"), "{shell}: {script}");
    }
    let (code, _, _) = run(rpkd().args(["completions", "tcsh"]));
    assert_eq!(code, 2);
}

/// The page's `.TH` request, which must come before any other request but the conditional
/// string definitions (`.ie`/`.el`) that clap_mangen puts first for the apostrophe.
fn title(page: &str) -> Option<String> {
    let line = page
        .lines()
        .find(|l| !l.starts_with(".ie ") && !l.starts_with(".el "))?;
    let words: Vec<&str> = line.split_whitespace().take(3).collect();
    (words.first() == Some(&".TH")).then(|| words.join(" "))
}

#[test]
fn man_writes_one_page_per_command_the_same_every_time() {
    let temp = tempfile::tempdir().unwrap();
    let out = temp.path().join("man1");
    let (code, _, stderr) = run(rpkd().arg("man").arg("--out").arg(&out));
    assert_eq!(code, 0, "{stderr}");
    let page = fs::read_to_string(out.join("rpkd.1")).unwrap();
    assert_eq!(title(&page).as_deref(), Some(".TH rpkd 1"), "{page}");
    assert!(page.contains("rpkd\\-init(1)"), "{page}");
    assert!(!page.contains("rpkd \\- rpkd"), "the name twice: {page}");
    for sub in ["check", "build", "init", "completions", "man"] {
        let sub_page = fs::read_to_string(out.join(format!("rpkd-{sub}.1"))).unwrap();
        assert_eq!(
            title(&sub_page),
            Some(format!(".TH rpkd-{sub} 1")),
            "{sub_page}"
        );
    }
    assert!(!out.join("rpkd-help.1").exists());
    let first = tree(&out);

    rpkd().arg("man").arg("--out").arg(&out).assert().success();
    assert_eq!(tree(&out), first);
}

#[test]
fn the_committed_schemas_match_the_model() {
    for (name, schema) in rpkd::schema::all() {
        let committed = std::fs::read_to_string(format!("schema/{name}"))
            .unwrap_or_else(|e| panic!("schema/{name}: {e} (run `cargo run -- schema`)"));
        assert!(
            committed == rpkd::schema::to_text(&schema),
            "schema/{name} differs from the model: run `cargo run -- schema` and commit the result"
        );
    }
}
