//! `rpkd banding`: changes of every kind on the example plan, each asserted in the change set
//! once; identical versions; a version with errors; two commits of a git repository made here.

mod common;

use rpkd::banding;
use rpkd::diff::{ChangeSet, ItemChange};
use rpkd::load::{Limits, Memory};
use std::path::{Path, PathBuf};
use std::process::Command;

const PLAN: &str = "plans/kota-tangerang";

/// The example plan in memory, with `edits` applied: (file, text, replacement). Each edit must
/// find its text, so a test cannot pass because the plan moved on under it.
fn plan_with(edits: &[(&str, &str, &str)]) -> Memory {
    let mut memory = Memory::from_dir(Path::new(PLAN)).unwrap();
    for (file, from, to) in edits {
        let path = Path::new(PLAN).join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let current = memory_text(&memory, file).unwrap_or(text);
        assert!(current.contains(from), "`{from}` not found in {file}");
        memory.insert(*file, current.replacen(from, to, 1));
    }
    memory
}

fn memory_text(memory: &Memory, file: &str) -> Option<String> {
    use rpkd::load::Files;
    memory
        .read(Path::new(file), u64::MAX)
        .ok()
        .map(|b| String::from_utf8(b).unwrap())
}

fn compare(old: &Memory, new: &Memory) -> ChangeSet {
    let a = rpkd::check_data(old, Limits::default()).unwrap();
    let b = rpkd::check_data(new, Limits::default()).unwrap();
    for checked in [&a, &b] {
        let errors: Vec<String> = checked
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.message.render(rpkd::i18n::Lang::En))
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
    rpkd::diff::compare(
        &rpkd::diff::Version {
            label: "lama".into(),
            plan: &a.plan,
            sources: &a.sources,
            diagnostics: &a.diagnostics,
        },
        &rpkd::diff::Version {
            label: "baru".into(),
            plan: &b.plan,
            sources: &b.sources,
            diagnostics: &b.diagnostics,
        },
    )
}

fn find<'a>(items: &'a [ItemChange], code: &str) -> &'a ItemChange {
    items
        .iter()
        .find(|i| i.code == code)
        .unwrap_or_else(|| panic!("{code} not among {:?}", codes(items)))
}

fn codes(items: &[ItemChange]) -> Vec<&str> {
    items.iter().map(|i| i.code.as_str()).collect()
}

fn field_keys(item: &ItemChange) -> Vec<&str> {
    item.fields.iter().map(|f| f.key.as_str()).collect()
}

#[test]
fn identical_versions_give_an_empty_report_that_says_so() {
    let plan = plan_with(&[]);
    let changes = compare(&plan, &plan);
    assert!(changes.empty);
    assert!(changes.sub_kegiatan.changed.is_empty());
    assert!(changes.narrative.is_empty() && changes.rat.is_empty() && changes.plan.is_empty());
    assert!(changes.summary.years.iter().all(|y| y.delta == 0));
    let compared = banding::Compared {
        old: rpkd::check_data(&plan, Limits::default()).unwrap(),
        new: rpkd::check_data(&plan, Limits::default()).unwrap(),
        changes,
    };
    let files =
        banding::render_report(&compared, &[rpkd::render::OutputFormat::Markdown], None).unwrap();
    let md = String::from_utf8(files[0].bytes.clone()).unwrap();
    assert!(md.contains("**Tidak ada perubahan.**"), "{md}");
    assert!(!md.contains("# 2. PERUBAHAN"));
    let summary = banding::github_summary(&compared).unwrap();
    assert!(summary.contains("Tidak ada perubahan"));
}

/// Every kind of change at once; each must appear exactly where it was made, once.
#[test]
fn every_kind_of_change_appears_once() {
    let old = plan_with(&[]);
    let new = plan_with(&[
        // 1. Budget moved between agencies: Rp500 juta from DINSOS (0006) to DISPERKIM (0002).
        (
            "program/dinsos.yaml",
            "apbd: {2025: 7800000000, 2026: 5400000000",
            "apbd: {2025: 7300000000, 2026: 5400000000",
        ),
        (
            "program/disperkim.yaml",
            "apbd: {2025: 22000000000, 2026: 23100000000",
            "apbd: {2025: 22500000000, 2026: 23100000000",
        ),
        // 2. A line re-coded (its RAT lines follow), and 3. its target lowered (arah naik).
        (
            "program/dinsos.yaml",
            "kode: \"1.06.05.2.02.0007\"",
            "kode: \"1.06.05.2.02.0009\"",
        ),
        (
            "rat/2025.yaml",
            "sub_kegiatan: \"1.06.05.2.02.0007\"",
            "sub_kegiatan: \"1.06.05.2.02.0009\"",
        ),
        (
            "rat/2026.yaml",
            "sub_kegiatan: \"1.06.05.2.02.0007\"",
            "sub_kegiatan: \"1.06.05.2.02.0009\"",
        ),
        (
            "program/dinsos.yaml",
            "target: {2025: 500, 2026: 550, 2027: 600",
            "target: {2025: 500, 2026: 550, 2027: 580",
        ),
        // 4. A line renamed under its code, with a location added.
        (
            "program/dinsos.yaml",
            "nama: Penyediaan Alat Bantu\n",
            "nama: Penyediaan Alat Bantu Penyandang Disabilitas\n",
        ),
        (
            "program/dinsos.yaml",
            "            sasaran: {jumlah: 1850, satuan: orang}",
            "            lokasi: [Periuk]\n            sasaran: {jumlah: 1900, satuan: orang}",
        ),
        // 5. A program handed to another agency: reported at the program, its line inherits.
        (
            "program/dkp.yaml",
            "    perangkat_daerah: DKP\n",
            "    perangkat_daerah: DINSOS\n",
        ),
        // 6. A strategy renamed in rpkd.yaml.
        (
            "rpkd.yaml",
            "nama: Peningkatan kapasitas kerja dan usaha penduduk miskin usia produktif",
            "nama: Peningkatan kapasitas kerja, usaha dan pendapatan penduduk miskin usia produktif",
        ),
        // 7. A chapter rewritten in part.
        (
            "narasi/penutup.md",
            "tidak hanya bergantung pada besarnya anggaran",
            "tidak bergantung pada besarnya anggaran semata",
        ),
        // 8. RAT 2026: allocation cut, and a quarter's realisation entered.
        (
            "rat/2026.yaml",
            "    target: 1800\n    alokasi: 5400000000",
            "    target: 1800\n    alokasi: 5000000000",
        ),
        (
            "rat/2026.yaml",
            "    sasaran: {jumlah: 1800, satuan: KK}\n",
            "    sasaran: {jumlah: 1800, satuan: KK}\n    realisasi:\n      - {triwulan: 1, anggaran: 1200000000, output: 1750}\n",
        ),
    ]);
    let changes = compare(&old, &new);
    assert!(!changes.empty);
    let subs = &changes.sub_kegiatan;

    // Exactly these sub kegiatan changed; nothing was added or removed.
    let mut changed = codes(&subs.changed);
    changed.sort();
    assert_eq!(
        changed,
        [
            "1.04.03.2.03.0002",
            "1.06.04.2.01.0003",
            "1.06.05.2.02.0006",
            "1.06.05.2.02.0009"
        ]
    );
    assert!(subs.added.is_empty() && subs.removed.is_empty());

    // 1. The budget move: one field each, and the agency table shows −500 juta / +500 juta.
    let dinsos_line = find(&subs.changed, "1.06.05.2.02.0006");
    assert_eq!(field_keys(dinsos_line), ["pagu.apbd.2025"]);
    assert_eq!(dinsos_line.fields[0].delta, Some(-500_000_000.0));
    let disperkim_line = find(&subs.changed, "1.04.03.2.03.0002");
    assert_eq!(field_keys(disperkim_line), ["pagu.apbd.2025"]);
    let agency = |id: &str| {
        changes
            .by_agency
            .rows
            .iter()
            .find(|r| r.key == id)
            .unwrap()
            .amounts
            .delta
    };
    assert_eq!(agency("DISPERKIM"), 500_000_000);
    // DINSOS loses 500 juta and gains the DKP program (5 billion over the period).
    assert_eq!(agency("DINSOS"), -500_000_000 + 5_000_000_000);
    assert_eq!(agency("DKP"), -5_000_000_000);
    assert_eq!(changes.summary.total.delta, 0);
    assert!(changes.summary.years.iter().all(|y| y.delta == 0));

    // 2. and 3. Re-coded, matched by name, its lowered target called out as the wrong way.
    let recoded = find(&subs.changed, "1.06.05.2.02.0009");
    assert!(recoded.recoded && !recoded.renamed);
    assert_eq!(recoded.old_code.as_deref(), Some("1.06.05.2.02.0007"));
    assert_eq!(
        recoded.matched_by,
        Some(rpkd::diff::matching::MatchedBy::Name)
    );
    assert_eq!(field_keys(recoded), ["indikator.1.target.2027"]);
    assert!(recoded.fields[0].wrong_way);
    assert_eq!(changes.summary.wrong_way.len(), 1);
    assert!(
        changes.summary.wrong_way[0]
            .item
            .contains("1.06.05.2.02.0009")
    );
    let counts = &changes.summary.counts[2];
    assert_eq!(
        (counts.added, counts.removed, counts.changed, counts.recoded),
        (0, 0, 4, 1)
    );

    // 4. Renamed under the same code; location and beneficiaries side by side.
    let renamed = find(&subs.changed, "1.06.04.2.01.0003");
    assert!(renamed.renamed && !renamed.recoded);
    assert_eq!(field_keys(renamed), ["nama", "lokasi", "sasaran"]);
    assert_eq!(renamed.fields[1].added, ["Periuk"]);
    assert_eq!(renamed.fields[2].delta, Some(50.0));
    assert_eq!(counts.renamed, 1);

    // 5. The program's agency, once, at the program; its line does not repeat it.
    let program = find(&changes.programs.changed, "2.09.04");
    assert_eq!(field_keys(program), ["perangkat_daerah"]);
    assert!(
        program.fields[0]
            .note
            .as_deref()
            .unwrap()
            .contains("1 sub kegiatan")
    );
    assert!(changes.kegiatan.changed.is_empty());

    // 6. The strategy, in the plan section.
    let strategies = changes
        .plan
        .iter()
        .find(|s| s.key == "strategi")
        .expect("strategies changed");
    assert_eq!(codes(&strategies.items.changed), ["S2"]);
    assert_eq!(changes.plan.len(), 1);

    // 7. The chapter, word by word.
    assert_eq!(changes.narrative.len(), 1);
    let chapter = &changes.narrative[0];
    assert_eq!(chapter.key, "penutup");
    assert_eq!(chapter.text.blocks.len(), 1);
    let kinds: Vec<(&str, &str)> = chapter.text.blocks[0]
        .segments
        .iter()
        .filter(|s| s.kind != "same")
        .map(|s| (s.kind, s.text.as_str()))
        .collect();
    assert_eq!(kinds, [("deleted", "hanya"), ("inserted", "semata")]);

    // 8. RAT 2026: the allocation and the new realisation; RAT 2025 did not change (the
    // re-coded line's RAT rows follow it).
    assert_eq!(changes.rat.len(), 1);
    let rat = &changes.rat[0];
    assert_eq!(rat.year, 2026);
    assert_eq!(codes(&rat.lines.changed), ["1.06.05.2.02.0006"]);
    assert_eq!(field_keys(&rat.lines.changed[0]), ["alokasi"]);
    assert_eq!(rat.allocation.delta, -400_000_000);
    assert_eq!(rat.entries.len(), 1);
    assert_eq!((rat.entries[0].quarter, rat.entries[0].status), (1, "new"));
    assert_eq!(rat.realisation.delta, 1_200_000_000);
    assert!(rat.lines.added.is_empty() && rat.lines.removed.is_empty());

    // The pull-request summary, as a reviewer reads it.
    let compared = banding::Compared {
        old: rpkd::check_data(&old, Limits::default()).unwrap(),
        new: rpkd::check_data(&new, Limits::default()).unwrap(),
        changes,
    };
    insta::assert_snapshot!(banding::github_summary(&compared).unwrap());
}

#[test]
fn lines_added_and_removed_and_totals_reconcile_with_the_documents() {
    let old = plan_with(&[]);
    let new = plan_with(&[
        // Remove 1.06.04.2.01.0003 (no RAT line names it in 2025; remove its 2026 line too).
        (
            "program/dinsos.yaml",
            "          - kode: \"1.06.04.2.01.0003\"",
            "          - kode: \"1.06.04.2.01.0004\"",
        ),
        (
            "program/dinsos.yaml",
            "nama: Penyediaan Alat Bantu\n",
            "nama: Rehabilitasi Sosial Dasar Penyandang Disabilitas\n",
        ),
        (
            "rat/2026.yaml",
            "sub_kegiatan: \"1.06.04.2.01.0003\"",
            "sub_kegiatan: \"1.06.04.2.01.0004\"",
        ),
    ]);
    let changes = compare(&old, &new);
    // Another code and another name: not the same line.
    assert_eq!(codes(&changes.sub_kegiatan.added), ["1.06.04.2.01.0004"]);
    assert_eq!(codes(&changes.sub_kegiatan.removed), ["1.06.04.2.01.0003"]);
    assert!(changes.sub_kegiatan.changed.is_empty());
    let rat = changes.rat.iter().find(|r| r.year == 2026).unwrap();
    assert_eq!(codes(&rat.lines.added), ["1.06.04.2.01.0004"]);
    assert_eq!(codes(&rat.lines.removed), ["1.06.04.2.01.0003"]);

    // Both versions' totals are the ones their RPKD prints.
    for (memory, side) in [(&old, 0), (&new, 1)] {
        let checked = rpkd::check_files(memory, Limits::default()).unwrap();
        let (view, _) = rpkd::view::build_views(&checked.plan, &checked.sources).unwrap();
        let amount = |a: &rpkd::diff::Amounts| if side == 0 { a.old } else { a.new };
        assert_eq!(amount(&changes.summary.total), Some(view.funding.total));
        for (i, year) in changes.summary.years.iter().enumerate() {
            assert_eq!(amount(year), Some(view.funding.per_year[i]));
        }
        for row in &view.funding.by_agency.rows {
            let ours = changes
                .by_agency
                .rows
                .iter()
                .find(|r| r.key == row.key)
                .unwrap();
            assert_eq!(amount(&ours.amounts), Some(row.total), "{}", row.key);
        }
        for row in &view.funding.by_strategy.rows {
            let ours = changes
                .by_strategy
                .rows
                .iter()
                .find(|r| r.key == row.key)
                .unwrap();
            assert_eq!(amount(&ours.amounts), Some(row.total), "{}", row.key);
        }
        for row in &view.funding.by_source.rows {
            let ours = changes
                .by_source
                .rows
                .iter()
                .find(|r| r.key == row.key)
                .unwrap();
            assert_eq!(amount(&ours.amounts), Some(row.total), "{}", row.key);
        }
    }
}

#[test]
fn a_version_with_errors_is_compared_as_far_as_it_reads_and_marked() {
    let old = plan_with(&[]);
    let new = plan_with(&[(
        "program/dkp.yaml",
        "    strategi: S1\n",
        "    strategi: S1\n    tidak_dikenal: 1\n",
    )]);
    let compared = banding::Compared {
        old: rpkd::check_data(&old, Limits::default()).unwrap(),
        new: rpkd::check_data(&new, Limits::default()).unwrap(),
        changes: {
            let a = rpkd::check_data(&old, Limits::default()).unwrap();
            let b = rpkd::check_data(&new, Limits::default()).unwrap();
            rpkd::diff::compare(
                &rpkd::diff::Version {
                    label: "lama".into(),
                    plan: &a.plan,
                    sources: &a.sources,
                    diagnostics: &a.diagnostics,
                },
                &rpkd::diff::Version {
                    label: "baru".into(),
                    plan: &b.plan,
                    sources: &b.sources,
                    diagnostics: &b.diagnostics,
                },
            )
        },
    };
    let changes = &compared.changes;
    assert!(!changes.complete);
    assert_eq!(changes.old.errors, 0);
    assert!(changes.new.errors > 0);
    assert!(
        changes.new.problems[0].contains("tidak_dikenal"),
        "{:?}",
        changes.new.problems
    );
    let files =
        banding::render_report(&compared, &[rpkd::render::OutputFormat::Markdown], None).unwrap();
    let md = String::from_utf8(files[0].bytes.clone()).unwrap();
    assert!(md.contains("**Perhatian: versi baru memuat"), "{md}");
    assert!(md.contains("tidak\\_dikenal"));
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "Bappeda")
        .env("GIT_AUTHOR_EMAIL", "bappeda@example.org")
        .env("GIT_COMMITTER_NAME", "Bappeda")
        .env("GIT_COMMITTER_EMAIL", "bappeda@example.org")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn rpkd(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_rpkd"))
        .env("RPKD_LANG", "en")
        .current_dir(dir)
        .args(args)
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .unwrap()
}

/// A repository with two commits of a plan; the working tree changed again after.
fn repository() -> (tempfile::TempDir, PathBuf) {
    let temp = tempfile::tempdir().unwrap();
    let repo = temp.path().to_owned();
    git(&repo, &["init", "-q"]);
    let plan = repo.join("plans/kota-tangerang");
    common::copy_dir(Path::new(PLAN), &plan);
    git(&repo, &["add", "-A"]);
    git(&repo, &["commit", "-q", "-m", "rancangan pertama"]);
    let file = plan.join("program/dinsos.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replacen(
            "apbd: {2025: 7800000000, 2026: 5400000000",
            "apbd: {2025: 7000000000, 2026: 5400000000",
            1,
        ),
    )
    .unwrap();
    git(&repo, &["commit", "-q", "-am", "rancangan kedua"]);
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replacen(
            "apbd: {2025: 7000000000, 2026: 5400000000",
            "apbd: {2025: 6500000000, 2026: 5400000000",
            1,
        ),
    )
    .unwrap();
    (temp, repo)
}

fn json(out: &std::process::Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn git_revisions_are_read_without_a_checkout() {
    let (_temp, repo) = repository();
    let delta = |v: &serde_json::Value| v["summary"]["total"]["delta"].as_i64().unwrap();

    // Two commits.
    let out = rpkd(
        &repo,
        &[
            "banding",
            "--from",
            "HEAD~1",
            "--to",
            "HEAD",
            "plans/kota-tangerang",
            "--format",
            "json",
        ],
    );
    let v = json(&out);
    assert_eq!(delta(&v), -800_000_000);
    assert!(v["old"]["label"].as_str().unwrap().contains("HEAD~1"));

    // The default: the last commit against the working tree.
    let v = json(&rpkd(
        &repo,
        &["diff", "plans/kota-tangerang", "--format", "json"],
    ));
    assert_eq!(delta(&v), -500_000_000);

    // `git:REV` sides, the path taken from the other side; and `git:REV:PATH`.
    let v = json(&rpkd(
        &repo,
        &[
            "banding",
            "git:HEAD~1",
            "plans/kota-tangerang",
            "--format",
            "json",
        ],
    ));
    assert_eq!(delta(&v), -1_300_000_000);
    let v = json(&rpkd(
        &repo,
        &[
            "banding",
            "git:HEAD~1:plans/kota-tangerang",
            "git:HEAD",
            "--format",
            "json",
        ],
    ));
    assert_eq!(delta(&v), -800_000_000);

    // The working tree and the repository are as they were.
    let status = Command::new("git")
        .arg("-C")
        .arg(&repo)
        .args(["status", "--porcelain"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&status.stdout).trim(),
        "M plans/kota-tangerang/program/dinsos.yaml"
    );

    // The report's documents and the step summary.
    let summary = repo.join("summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    let out = {
        let mut c = Command::new(env!("CARGO_BIN_EXE_rpkd"));
        c.env("RPKD_LANG", "en");
        c
    }
    .current_dir(&repo)
    .args([
        "banding",
        "--from",
        "HEAD~1",
        "--format",
        "github,md,html",
        "--out",
        "../laporan",
    ])
    .arg("plans/kota-tangerang")
    .env("GITHUB_STEP_SUMMARY", &summary)
    .output()
    .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&summary).unwrap();
    assert!(
        text.starts_with("earlier step\n### Perubahan RPKD Kota Tangerang"),
        "{text}"
    );
    assert!(text.contains("−Rp1.300.000.000"), "{text}");
    let report = repo.join("../laporan/kota-tangerang");
    assert!(report.join("banding.html").is_file());
    let md = std::fs::read_to_string(report.join("banding.md")).unwrap();
    assert!(md.contains("Pagu 2025 (APBD)"));
}

#[test]
fn unknown_revisions_and_missing_plans_are_errors_not_panics() {
    let (_temp, repo) = repository();
    let out = rpkd(
        &repo,
        &["banding", "--from", "tidak-ada", "plans/kota-tangerang"],
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("unknown git revision `tidak-ada`"),
        "{stderr}"
    );

    let out = rpkd(
        &repo,
        &[
            "banding",
            "git:HEAD:plans/kota-lain",
            "plans/kota-tangerang",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("is not a plan folder at `HEAD`"),
        "{stderr}"
    );

    let out = rpkd(&repo, &["banding", "a", "b", "--from", "HEAD"]);
    assert_eq!(out.status.code(), Some(2));

    let outside = tempfile::tempdir().unwrap();
    common::copy_dir(Path::new(PLAN), &outside.path().join("plan"));
    let out = rpkd(outside.path(), &["banding", "plan"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("git repository"), "{stderr}");
}

#[test]
fn a_plans_template_folder_overrides_the_report() {
    let old = plan_with(&[]);
    let mut new = plan_with(&[
        (
            "rpkd.yaml",
            "logo: lambang.png\n",
            "logo: lambang.png\ntemplat: templat\n",
        ),
        (
            "program/dinsos.yaml",
            "apbd: {2025: 7800000000, 2026: 5400000000",
            "apbd: {2025: 7000000000, 2026: 5400000000",
        ),
    ]);
    new.insert(
        "templat/banding.md",
        "{% extends \"builtin/banding.md\" %}{% block summary %}# RINGKASAN DAERAH\n\nLaporan {{ region }}: {{ summary.counts | length }} tingkat.\n{% endblock summary %}",
    );
    let compared = banding::Compared {
        old: rpkd::check_data(&old, Limits::default()).unwrap(),
        new: rpkd::check_data(&new, Limits::default()).unwrap(),
        changes: compare(&old, &new),
    };
    let files =
        banding::render_report(&compared, &[rpkd::render::OutputFormat::Markdown], None).unwrap();
    let md = String::from_utf8(files[0].bytes.clone()).unwrap();
    assert!(
        md.contains("# RINGKASAN DAERAH\n\nLaporan Kota Tangerang: 3 tingkat."),
        "{md}"
    );
    assert!(!md.contains("# 1. RINGKASAN"));
    // The rest of the built-in report is still there.
    assert!(md.contains("# 3. PERUBAHAN RENCANA INDUK"));
}

#[test]
fn lines_of_an_unreadable_file_are_not_reported_as_removed() {
    let old = plan_with(&[]);
    let new = plan_with(&[(
        "program/dkp.yaml",
        "    strategi: S1\n",
        "    strategi: [S1\n",
    )]);
    let a = rpkd::check_data(&old, Limits::default()).unwrap();
    let b = rpkd::check_data(&new, Limits::default()).unwrap();
    assert!(b.errors() > 0);
    let changes = rpkd::diff::compare(
        &rpkd::diff::Version {
            label: "lama".into(),
            plan: &a.plan,
            sources: &a.sources,
            diagnostics: &a.diagnostics,
        },
        &rpkd::diff::Version {
            label: "baru".into(),
            plan: &b.plan,
            sources: &b.sources,
            diagnostics: &b.diagnostics,
        },
    );
    assert!(!changes.complete);
    assert!(
        changes.sub_kegiatan.removed.is_empty(),
        "{:?}",
        codes(&changes.sub_kegiatan.removed)
    );
    assert!(changes.programs.removed.is_empty());
}
