//! One case per validation rule: each file in `tests/cases/` mutates the valid plan in
//! `tests/fixtures/base/` (or, with `base: province`, the province plan in
//! `tests/fixtures/province/plan/` and the kabupaten/kota plan beside it), runs the check, asserts exactly the expected codes are reported and
//! pins the full human-readable report as a snapshot in Bahasa Indonesia and in English, so
//! wording is reviewed like code in both languages.

mod common;
use common::copy_dir;

use rpkd::diag::render::{Format, render};
use rpkd::i18n::Lang;
use serde::Deserialize;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// What the case breaks, in a sentence.
    #[allow(dead_code)]
    description: String,
    /// Every diagnostic code the check must report, and no other.
    expect: Vec<String>,
    /// Which fixture the edits apply to: `base` (default) or `province`.
    #[serde(default)]
    base: Option<String>,
    edits: Vec<Edit>,
    /// The templates' time limit, in seconds, for a case that must be stopped quickly.
    #[serde(default)]
    template_seconds: Option<u64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Edit {
    file: String,
    /// Text to find (must occur; exactly once unless `all`).
    #[serde(default)]
    find: Option<String>,
    #[serde(default)]
    replace: Option<String>,
    #[serde(default)]
    all: bool,
    /// Write the whole file instead.
    #[serde(default)]
    write: Option<String>,
    /// Text added after `replace`, `repeat` times (a very long value, without writing it out).
    #[serde(default)]
    append: Option<String>,
    #[serde(default)]
    repeat: usize,
}

fn apply(plan: &Path, edit: &Edit, case: &str) {
    let path = plan.join(&edit.file);
    if let Some(content) = &edit.write {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, content).unwrap();
        return;
    }
    let find = edit
        .find
        .as_deref()
        .expect("an edit needs `find` or `write`");
    let mut replace = edit.replace.clone().unwrap_or_default();
    if let Some(append) = &edit.append {
        replace.push_str(&append.repeat(edit.repeat));
    }
    let replace = replace.as_str();
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{case}: {}: {e}", edit.file));
    let count = text.matches(find).count();
    assert!(count > 0, "{case}: `{find}` not found in {}", edit.file);
    assert!(
        edit.all || count == 1,
        "{case}: `{find}` occurs {count} times in {}; make it unique or set `all: true`",
        edit.file
    );
    fs::write(&path, text.replace(find, replace)).unwrap();
}

fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = fs::read_dir("tests/cases")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    cases.sort();
    cases
}

#[test]
fn the_base_plan_is_valid() {
    let checked = rpkd::check(Path::new("tests/fixtures/base")).unwrap();
    assert!(
        checked.diagnostics.is_empty(),
        "{}",
        render(
            Format::Short,
            Lang::En,
            &[(&checked.sources, &checked.diagnostics)],
            false
        )
    );
}

#[test]
fn every_case_reports_exactly_its_codes() {
    let all = cases();
    assert!(all.len() >= 30, "only {} cases", all.len());
    let mut failures = Vec::new();
    for path in all {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let case: Case = serde_saphyr::from_str(&fs::read_to_string(&path).unwrap())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let temp = tempfile::tempdir().unwrap();
        let plan = temp.path().join("plan");
        match case.base.as_deref() {
            None | Some("base") => copy_dir(Path::new("tests/fixtures/base"), &plan),
            // The province plan and its kabupaten/kota plan side by side, as in a repository.
            Some("province") => copy_dir(Path::new("tests/fixtures/province"), temp.path()),
            Some(other) => panic!("{name}: unknown base `{other}`"),
        }
        // Province edits name files from the folder holding both plans (`plan/…`, `kota-contoh/…`).
        let root = if case.base.as_deref() == Some("province") {
            temp.path().to_owned()
        } else {
            plan.clone()
        };
        for edit in &case.edits {
            apply(&root, edit, &name);
        }

        let mut options = rpkd::Options::default();
        if let Some(seconds) = case.template_seconds {
            options.template_time = std::time::Duration::from_secs(seconds);
        }
        let checked = rpkd::check_plan(&rpkd::load::Disk::new(&plan), &options).unwrap();
        let found: BTreeSet<String> = checked
            .diagnostics
            .iter()
            .map(|d| d.code.as_str().to_owned())
            .collect();
        let expected: BTreeSet<String> = case.expect.iter().cloned().collect();
        let batch = [(&checked.sources, checked.diagnostics.as_slice())];
        let shown = plan.display().to_string();
        let temp_shown = temp.path().display().to_string();
        let report = render(Format::Human, Lang::Id, &batch, false)
            .replace(&shown, "plan")
            .replace(&temp_shown, ".");
        let english = render(Format::Human, Lang::En, &batch, false)
            .replace(&shown, "plan")
            .replace(&temp_shown, ".");
        if found != expected {
            failures.push(format!(
                "{name}: expected {expected:?}, found {found:?}\n{report}"
            ));
        }
        // The same diagnostics in both languages, from one check: Bahasa Indonesia is the
        // default, pinned under the case's name; English beside it.
        insta::assert_snapshot!(name.as_str(), report);
        insta::assert_snapshot!(format!("{name}.en"), english);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_code_is_documented() {
    let doc = fs::read_to_string("docs/diagnostics.md").unwrap();
    for code in rpkd::diag::Code::ALL {
        let row = format!(
            "| {} | {} | {} |",
            code.as_str(),
            code.title(),
            code.title_in(Lang::Id)
        );
        assert!(
            doc.contains(&row),
            "docs/diagnostics.md lacks the row `{row}`"
        );
    }
}
