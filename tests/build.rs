//! `rpkd build`: what lands in the output directory, and what never does.

mod common;
use common::copy_dir;

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

const BASE: &str = "tests/fixtures/base";

fn rpkd() -> Command {
    let mut cmd = Command::cargo_bin("rpkd").unwrap();
    // The assertions read the English messages.
    cmd.env("RPKD_LANG", "en");
    cmd
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn plan_copy(temp: &Path) -> PathBuf {
    let plan = temp.join("contoh");
    copy_dir(Path::new(BASE), &plan);
    plan
}

#[test]
fn writes_every_document_in_every_format() {
    let temp = tempfile::tempdir().unwrap();
    let plan = plan_copy(temp.path());
    let out = temp.path().join("out");
    let assert = rpkd()
        .arg("build")
        .arg(&plan)
        .arg("--out")
        .arg(&out)
        .assert();
    assert.success();
    assert_eq!(
        names(&out.join("contoh")),
        [
            "rat-2025-anggaran.svg",
            "rat-2025.html",
            "rat-2025.md",
            "rat-2025.pdf",
            "rpkd-anggaran.svg",
            "rpkd-kemiskinan.svg",
            "rpkd.html",
            "rpkd.md",
            "rpkd.pdf"
        ]
    );
}

#[test]
fn format_md_writes_markdown_only() {
    let temp = tempfile::tempdir().unwrap();
    let plan = plan_copy(temp.path());
    let out = temp.path().join("out");
    rpkd()
        .arg("build")
        .arg(&plan)
        .args(["--format", "md", "--out"])
        .arg(&out)
        .assert()
        .success();
    assert!(
        names(&out.join("contoh"))
            .iter()
            .all(|n| !n.ends_with(".html"))
    );
}

#[test]
fn a_plan_with_an_error_writes_nothing_and_keeps_earlier_output() {
    let temp = tempfile::tempdir().unwrap();
    let plan = plan_copy(temp.path());
    let out = temp.path().join("out");
    rpkd()
        .arg("build")
        .arg(&plan)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let before = fs::read(out.join("contoh/rpkd.html")).unwrap();

    let file = plan.join("program/dinsos.yaml");
    let text = fs::read_to_string(&file)
        .unwrap()
        .replace("strategi: S1", "strategi: S9");
    fs::write(&file, text).unwrap();
    let output = rpkd()
        .arg("build")
        .arg(&plan)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("unknown strategy `S9`"), "{stderr}");
    assert!(stderr.contains("nothing written"), "{stderr}");
    assert_eq!(fs::read(out.join("contoh/rpkd.html")).unwrap(), before);
    assert!(
        names(&out.join("contoh"))
            .iter()
            .all(|n| !n.contains(".tmp"))
    );
}

#[test]
fn the_output_may_not_be_inside_the_plan() {
    let temp = tempfile::tempdir().unwrap();
    let plan = plan_copy(temp.path());
    let output = rpkd()
        .arg("build")
        .arg(&plan)
        .arg("--out")
        .arg(plan.join(".."))
        .output()
        .unwrap();
    // `plan/..` + `contoh` is the plan directory itself.
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("sources are never overwritten"), "{stderr}");
    assert_eq!(names(&plan), names(Path::new(BASE)));
}

#[test]
fn two_builds_give_identical_bytes() {
    let temp = tempfile::tempdir().unwrap();
    let (a, b) = (temp.path().join("a"), temp.path().join("b"));
    for out in [&a, &b] {
        rpkd()
            .args(["build", "plans/kota-tangerang", "--out"])
            .arg(out)
            .assert()
            .success();
    }
    let files = names(&a.join("kota-tangerang"));
    assert!(files.len() >= 13, "{files:?}");
    assert!(files.iter().any(|f| f.ends_with(".pdf")));
    for name in files {
        let (x, y) = (
            fs::read(a.join("kota-tangerang").join(&name)).unwrap(),
            fs::read(b.join("kota-tangerang").join(&name)).unwrap(),
        );
        assert!(x == y, "{name} differs between two builds");
    }
}

#[test]
fn several_plans_build_and_one_broken_plan_fails_the_run_alone() {
    let temp = tempfile::tempdir().unwrap();
    let good = temp.path().join("kota-baik");
    let bad = temp.path().join("kota-rusak");
    copy_dir(Path::new(BASE), &good);
    copy_dir(Path::new(BASE), &bad);
    let file = bad.join("rpkd.yaml");
    let text = fs::read_to_string(&file)
        .unwrap()
        .replace("selesai: 2029", "selesai: 2031");
    fs::write(&file, text).unwrap();
    let out = temp.path().join("out");
    let output = rpkd()
        .arg("build")
        .arg(&bad)
        .arg(&good)
        .args(["--format", "md,html", "--out"])
        .arg(&out)
        .env("CI", "true")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    // Reported in the order given, whatever order the threads finished in.
    let (bad_at, good_at) = (
        stderr
            .find("kota-rusak: 1 error; nothing written")
            .expect("the broken plan is reported"),
        stderr.find("kota-baik →").expect("the good plan is built"),
    );
    assert!(bad_at < good_at, "{stderr}");
    assert!(!out.join("kota-rusak").exists());
    assert!(out.join("kota-baik/rpkd.html").is_file());
    let index = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(index.contains("href=\"kota-baik/rpkd.html\""), "{index}");
    assert!(index.contains("href=\"kota-baik/rat-2025.md\""), "{index}");
    assert!(!index.contains("kota-rusak"), "{index}");
    assert!(index.contains("5,43%"), "the latest poverty rate is shown");
}
