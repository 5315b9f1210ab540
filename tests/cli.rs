//! The `rpkd` binary as CI and planners call it: exit codes, output formats, odd files.

mod common;
use common::copy_dir;

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

const BASE: &str = "tests/fixtures/base";

fn rpkd() -> Command {
    let mut cmd = Command::cargo_bin("rpkd").unwrap();
    // The assertions read the English messages; the language tests set their own.
    cmd.env_remove("NO_COLOR").env("RPKD_LANG", "en");
    cmd
}

/// A copy of the base plan in a temporary directory, changed by `edit`.
fn plan_with(edit: impl FnOnce(&Path)) -> (tempfile::TempDir, PathBuf) {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("plan");
    copy_dir(Path::new(BASE), &plan);
    edit(&plan);
    (temp, plan)
}

fn replace(path: &Path, find: &str, with: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(find), "`{find}` not in {}", path.display());
    fs::write(path, text.replacen(find, with, 1)).unwrap();
}

fn broken_plan() -> (tempfile::TempDir, PathBuf) {
    plan_with(|p| {
        replace(
            &p.join("program/dinsos.yaml"),
            "strategi: S1",
            "strategi: S9",
        )
    })
}

fn warning_plan() -> (tempfile::TempDir, PathBuf) {
    plan_with(|p| {
        replace(
            &p.join("rat/2025.yaml"),
            "target_kemiskinan: 5.19",
            "target_kemiskinan: 5.3",
        )
    })
}

fn stdout_of(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn a_valid_plan_passes_with_exit_code_0() {
    let (code, stdout, stderr) = stdout_of(rpkd().args(["check", BASE]));
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert_eq!(stdout, "");
    assert!(
        stderr.contains("no problems found (5 files checked)"),
        "{stderr}"
    );
}

#[test]
fn the_example_plan_has_no_error_and_no_warning() {
    let (code, stdout, stderr) = stdout_of(rpkd().args([
        "check",
        "plans/kota-tangerang",
        "--deny-warnings",
        "--format",
        "short",
    ]));
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(stderr.contains("no problems found"), "{stderr}");
}

#[test]
fn the_root_file_may_be_named_instead_of_the_directory() {
    let (code, _, stderr) = stdout_of(rpkd().args(["check", "tests/fixtures/base/rpkd.yaml"]));
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn an_error_exits_with_1_and_shows_the_snippet() {
    let (_temp, plan) = broken_plan();
    let (code, stdout, stderr) = stdout_of(rpkd().arg("check").arg(&plan));
    assert_eq!(code, 1);
    assert!(
        stdout.contains("error[E011]: unknown strategy `S9`"),
        "{stdout}"
    );
    assert!(stdout.contains("program/dinsos.yaml:4:15"), "{stdout}");
    assert!(stdout.contains("4 |     strategi: S9"), "{stdout}");
    assert!(
        stdout.contains("known strategies: `S1`, `S2`, `S3`"),
        "{stdout}"
    );
    assert!(stderr.contains("1 error, 0 warnings"), "{stderr}");
}

#[test]
fn usage_errors_exit_with_2() {
    for args in [
        vec!["check", BASE, "--format", "xml"],
        vec!["check", "--lang", "jawa", BASE],
        vec!["check", "--color", "sometimes", BASE],
        vec!["check", "-q", "-v", BASE],
        vec!["check", BASE, "--no-such-flag"],
        vec!["frobnicate"],
    ] {
        let (code, _, stderr) = stdout_of(rpkd().args(&args));
        assert_eq!(code, 2, "{args:?}: {stderr}");
    }
}

#[test]
fn warnings_pass_unless_denied() {
    let (_temp, plan) = warning_plan();
    let (code, stdout, _) = stdout_of(rpkd().arg("check").arg(&plan));
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains("warning[W008]"), "{stdout}");
    let (code, _, stderr) = stdout_of(rpkd().arg("check").arg(&plan).arg("--deny-warnings"));
    assert_eq!(code, 1, "{stderr}");
}

#[test]
fn json_is_one_parseable_array() {
    let (_temp, plan) = broken_plan();
    let (code, stdout, _) = stdout_of(rpkd().arg("check").arg(&plan).args(["--format", "json"]));
    assert_eq!(code, 1);
    let value: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
    let list = value.as_array().expect("an array");
    assert_eq!(list.len(), 1);
    let d = &list[0];
    assert!(d["file"].as_str().unwrap().ends_with("program/dinsos.yaml"));
    assert_eq!(d["line"], 4);
    assert_eq!(d["column"], 15);
    assert_eq!(d["code"], "E011");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["message"], "unknown strategy `S9`");
    assert!(!d["hints"].as_array().unwrap().is_empty());

    let (code, stdout, _) = stdout_of(rpkd().args(["check", BASE, "--format", "json"]));
    assert_eq!(code, 0);
    assert_eq!(stdout.trim(), "[]");
}

#[test]
fn github_and_short_formats_are_one_line_per_problem() {
    let (_temp, plan) = broken_plan();
    let (_, stdout, _) = stdout_of(rpkd().arg("check").arg(&plan).args(["--format", "github"]));
    let line = stdout.lines().next().unwrap();
    assert!(line.starts_with("::error file="), "{line}");
    assert!(
        line.contains("program/dinsos.yaml,line=4,col=15,"),
        "{line}"
    );
    assert!(
        line.contains("title=E011 unknown reference::unknown strategy `S9`"),
        "{line}"
    );
    assert_eq!(stdout.lines().count(), 1);

    let (_, stdout, _) = stdout_of(rpkd().arg("check").arg(&plan).args(["--format", "short"]));
    assert!(
        stdout.contains("program/dinsos.yaml:4:15: error[E011]: unknown strategy `S9`"),
        "{stdout}"
    );
}

#[test]
fn every_plan_is_checked_and_one_broken_plan_fails_the_run() {
    let (_temp, plan) = broken_plan();
    let (code, _, stderr) = stdout_of(rpkd().arg("check").arg(&plan).arg(BASE));
    assert_eq!(code, 1);
    assert!(stderr.contains("1 error, 0 warnings"), "{stderr}");
    assert!(stderr.contains("base: no problems found"), "{stderr}");
}

#[test]
fn a_directory_without_rpkd_yaml_is_refused() {
    let temp = tempfile::tempdir().unwrap();
    let (code, _, stderr) = stdout_of(rpkd().arg("check").arg(temp.path()));
    assert_eq!(code, 1);
    assert!(
        stderr.contains("is not a plan directory (it has no `rpkd.yaml`)"),
        "{stderr}"
    );
}

#[test]
fn crlf_line_ends_and_a_byte_order_mark_are_accepted() {
    let (_temp, plan) = plan_with(|p| {
        for file in ["rpkd.yaml", "program/dinsos.yaml", "rat/2025.yaml"] {
            let path = p.join(file);
            let text = fs::read_to_string(&path).unwrap().replace('\n', "\r\n");
            fs::write(&path, format!("\u{feff}{text}")).unwrap();
        }
    });
    let (code, stdout, stderr) = stdout_of(rpkd().arg("check").arg(&plan));
    assert_eq!(code, 0, "{stdout}{stderr}");
}

#[test]
fn crlf_positions_stay_right() {
    let (_temp, plan) = plan_with(|p| {
        let path = p.join("program/dinsos.yaml");
        let text = fs::read_to_string(&path)
            .unwrap()
            .replace("strategi: S1", "strategi: S9");
        fs::write(&path, text.replace('\n', "\r\n")).unwrap();
    });
    let (_, stdout, _) = stdout_of(rpkd().arg("check").arg(&plan).args(["--format", "short"]));
    assert!(stdout.contains("dinsos.yaml:4:15: error[E011]"), "{stdout}");
}

#[test]
fn unreadable_and_empty_files_are_reported_not_panicked_on() {
    let (_temp, plan) = plan_with(|p| {
        fs::write(
            p.join("program/dinsos.yaml"),
            b"program:\n  - kode: \"\xff\xfe\"\n",
        )
        .unwrap();
        fs::write(p.join("program/empty.yaml"), b"").unwrap();
        fs::write(p.join("rat/2026.yaml"), [0u8, 159, 146, 150, 0, 1, 2]).unwrap();
    });
    let (code, stdout, _) = stdout_of(rpkd().arg("check").arg(&plan).args(["--format", "short"]));
    assert_eq!(code, 1);
    assert!(
        stdout.contains("dinsos.yaml:1:1: error[E007]: cannot read `"),
        "{stdout}"
    );
    assert!(stdout.contains("not UTF-8 text"), "{stdout}");
    assert!(
        stdout.contains("empty.yaml:1:1: error[E005]: the file is empty"),
        "{stdout}"
    );
    assert!(stdout.contains("2026.yaml:1:1: error[E007]"), "{stdout}");
    // The RAT's references into the unreadable program file are not reported as unknown.
    assert!(!stdout.contains("E011"), "{stdout}");
    assert_eq!(stdout.lines().count(), 3, "{stdout}");
}
