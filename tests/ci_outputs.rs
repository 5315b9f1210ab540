//! What CI reads: SARIF validated against the official SARIF 2.1.0 schema (the OASIS file,
//! committed under `tests/fixtures/sarif/`), the GitLab Code Quality report, the GitHub job
//! summary, and `plans/*` with entries that are not plans.

mod common;
use common::copy_dir;

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::path::Path;

const BASE: &str = "tests/fixtures/base";

fn rpkd() -> Command {
    let mut cmd = Command::cargo_bin("rpkd").unwrap();
    cmd.env_remove("GITHUB_STEP_SUMMARY").env("RPKD_LANG", "en");
    cmd
}

/// A copy of the base plan with an unknown strategy and an unknown key.
fn broken(dir: &Path) -> std::path::PathBuf {
    let plan = dir.join("plans/kota-rusak");
    copy_dir(Path::new(BASE), &plan);
    let program = plan.join("program/dinsos.yaml");
    let text = fs::read_to_string(&program).unwrap();
    let text = text.replacen("strategi: S1", "strategi: s1", 1);
    fs::write(&program, text).unwrap();
    let root = plan.join("rpkd.yaml");
    let text = fs::read_to_string(&root).unwrap();
    fs::write(&root, format!("{text}\nbahasa: id\n")).unwrap();
    plan
}

fn sarif_schema() -> (boon::Schemas, boon::SchemaIndex) {
    let text = fs::read_to_string("tests/fixtures/sarif/sarif-schema-2.1.0.json").unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    let url = "file:///sarif-schema-2.1.0.json";
    compiler.add_resource(url, schema).unwrap();
    let index = compiler.compile(url, &mut schemas).unwrap();
    (schemas, index)
}

#[test]
fn sarif_is_valid_against_the_official_schema_in_both_languages() {
    let temp = tempfile::tempdir().unwrap();
    let plan = broken(temp.path());
    let (schemas, index) = sarif_schema();
    for lang in ["id", "en"] {
        let output = rpkd()
            .args(["--lang", lang, "check", "--format", "sarif"])
            .arg(&plan)
            .arg(BASE)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        let sarif: Value = serde_json::from_slice(&output.stdout).unwrap();
        if let Err(e) = schemas.validate(&sarif, index) {
            panic!("{lang}: invalid SARIF: {e:#}");
        }
        let run = &sarif["runs"][0];
        assert_eq!(sarif["version"], "2.1.0");
        assert_eq!(run["tool"]["driver"]["name"], "rpkd");
        let results = run["results"].as_array().unwrap();
        let codes: Vec<&str> = results
            .iter()
            .map(|r| r["ruleId"].as_str().unwrap())
            .collect();
        assert!(
            codes.contains(&"E011") && codes.contains(&"E003"),
            "{codes:?}"
        );
        let e011 = results.iter().find(|r| r["ruleId"] == "E011").unwrap();
        let region = &e011["locations"][0]["physicalLocation"]["region"];
        assert_eq!(region["startLine"], 4);
        assert_eq!(region["startColumn"], 15);
        let uri = e011["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert!(
            uri.ends_with("plans/kota-rusak/program/dinsos.yaml"),
            "{uri}"
        );
        // Each result names a rule of the driver by its index.
        let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
        let index = e011["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], "E011");
        let title = rules[index]["shortDescription"]["text"].as_str().unwrap();
        match lang {
            "id" => assert_eq!(title, "rujukan tidak dikenal"),
            _ => assert_eq!(title, "unknown reference"),
        }
    }
    // A clean run is a valid report with no results.
    let output = rpkd()
        .args(["check", "--format", "sarif", BASE])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let sarif: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(schemas.validate(&sarif, index).is_ok());
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), 0);
}

#[test]
fn the_schema_fixture_rejects_a_broken_report() {
    // The validation above could not fail if the schema accepted anything.
    let (schemas, index) = sarif_schema();
    let bad: Value = serde_json::json!({
        "version": "2.1.0",
        "runs": [{ "tool": { "driver": { "name": "rpkd" } },
                   "results": [{ "message": {}, "level": "fatal" }] }]
    });
    assert!(schemas.validate(&bad, index).is_err());
}

#[test]
fn gitlab_code_quality_lists_each_problem_with_a_unique_fingerprint() {
    let temp = tempfile::tempdir().unwrap();
    let plan = broken(temp.path());
    let output = rpkd()
        .args(["check", "--format", "gitlab"])
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let issues: Value = serde_json::from_slice(&output.stdout).unwrap();
    let issues = issues.as_array().unwrap();
    assert!(issues.len() >= 2, "{issues:?}");
    let mut prints = std::collections::BTreeSet::new();
    for issue in issues {
        for key in ["description", "check_name", "fingerprint", "severity"] {
            assert!(issue[key].is_string(), "{key}: {issue}");
        }
        assert!(["major", "minor"].contains(&issue["severity"].as_str().unwrap()));
        assert!(
            issue["location"]["path"]
                .as_str()
                .unwrap()
                .ends_with(".yaml")
        );
        assert!(issue["location"]["lines"]["begin"].as_u64().unwrap() >= 1);
        assert!(prints.insert(issue["fingerprint"].as_str().unwrap().to_owned()));
    }
}

#[test]
fn the_github_job_summary_is_a_table_of_the_plans() {
    let temp = tempfile::tempdir().unwrap();
    let plan = broken(temp.path());
    let summary = temp.path().join("summary.md");
    fs::write(&summary, "earlier step\n").unwrap();
    let output = rpkd()
        .args(["--lang", "id", "check", "--format", "github"])
        .arg(&plan)
        .arg(BASE)
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let text = fs::read_to_string(&summary).unwrap();
    assert!(
        text.starts_with("earlier step\n### rpkd check"),
        "appended: {text}"
    );
    assert!(
        text.contains("| rencana | hasil | kesalahan | peringatan | berkas |"),
        "{text}"
    );
    assert!(text.contains("kota-rusak` | gagal |"), "{text}");
    assert!(text.contains("base` | lolos | 0 | 0 |"), "{text}");
    assert!(
        text.contains("**E011**"),
        "every diagnostic is listed: {text}"
    );
}

#[test]
fn plans_star_with_a_readme_checks_and_builds_the_plans_with_a_note() {
    let temp = tempfile::tempdir().unwrap();
    let plans = temp.path().join("plans");
    copy_dir(Path::new(BASE), &plans.join("kota-a"));
    fs::write(plans.join("README.md"), "# Rencana\n").unwrap();
    fs::create_dir_all(plans.join("bersama")).unwrap();
    let glob = [
        plans.join("README.md"),
        plans.join("bersama"),
        plans.join("kota-a"),
    ];
    let output = rpkd()
        .args(["check", "--format", "github"])
        .args(&glob)
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("note: skipped `"), "{stderr}");
    assert!(
        stderr.contains("README.md` (a file, not a plan folder)"),
        "{stderr}"
    );
    assert!(stderr.contains("kota-a: no problems found"), "{stderr}");
    assert!(
        output.stdout.is_empty(),
        "no annotation for a skipped entry"
    );

    // `check` without PLAN_DIR reads `plans/`, like `build`; `-q` keeps only what is wrong.
    let output = rpkd()
        .current_dir(temp.path())
        .args(["check", "-q"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(
        output.stderr.is_empty(),
        "{:?}",
        String::from_utf8_lossy(&output.stderr)
    );

    let out = temp.path().join("out");
    let output = rpkd()
        .args(["build", "--format", "md", "--out"])
        .arg(&out)
        .args(&glob)
        .env("CI", "true")
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(out.join("kota-a/rpkd.md").is_file(), "{stderr}");
    assert!(stderr.contains("note: skipped"), "{stderr}");
}

#[test]
fn messages_are_indonesian_unless_english_is_asked_for() {
    let temp = tempfile::tempdir().unwrap();
    let plan = broken(temp.path());
    let run = |envs: &[(&str, &str)], args: &[&str]| {
        let mut cmd = Command::cargo_bin("rpkd").unwrap();
        for var in [
            "RPKD_LANG",
            "LC_ALL",
            "LC_MESSAGES",
            "LANG",
            "GITHUB_STEP_SUMMARY",
        ] {
            cmd.env_remove(var);
        }
        cmd.envs(envs.iter().copied())
            .args(args)
            .arg("check")
            .arg(&plan)
            .output()
            .unwrap()
    };
    let stderr = |o: &std::process::Output| String::from_utf8_lossy(&o.stderr).into_owned();
    let stdout = |o: &std::process::Output| String::from_utf8_lossy(&o.stdout).into_owned();
    let id = run(&[], &[]);
    assert!(stdout(&id).contains("kesalahan[E011]"), "{}", stdout(&id));
    assert!(stderr(&id).contains("kesalahan, "), "{}", stderr(&id));
    for english in [
        run(&[("LANG", "en_US.UTF-8")], &[]),
        run(&[("RPKD_LANG", "en"), ("LANG", "id_ID.UTF-8")], &[]),
        run(&[("RPKD_LANG", "id")], &["--lang", "en"]),
    ] {
        assert!(
            stdout(&english).contains("error[E011]"),
            "{}",
            stdout(&english)
        );
        assert!(
            stderr(&english).contains(" errors, "),
            "{}",
            stderr(&english)
        );
    }
    let ci = run(&[("LANG", "C.UTF-8")], &[]);
    assert!(stdout(&ci).contains("kesalahan[E011]"));
    let unknown = run(&[("RPKD_LANG", "jawa")], &[]);
    assert!(
        stderr(&unknown).contains("peringatan: `RPKD_LANG` bernilai `jawa`"),
        "{}",
        stderr(&unknown)
    );
}
