//! GitLab Code Quality: the JSON array a merge request's `codequality` report holds. Each
//! diagnostic is an issue with its description, `check_name` (the code), a severity (an error is
//! `major`, a warning `minor`), its file and line, and a fingerprint that GitLab compares between
//! the merge request and its target to tell new problems from old ones. The fingerprint is taken
//! from the code, the file and the English message (not the line, which moves when lines are added
//! above, nor the language of the run), and an occurrence number among equal ones.

use super::render::position;
use super::{Diagnostic, Severity};
use crate::i18n::Lang;
use crate::source::SourceFiles;
use serde_json::{Value, json};
use std::collections::HashMap;

pub fn render(lang: Lang, batches: &[(&SourceFiles, &[Diagnostic])]) -> String {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut issues = Vec::new();
    for (files, diags) in batches {
        for d in diags.iter() {
            let Some(span) = d.primary_span().or_else(|| {
                files
                    .iter()
                    .next()
                    .map(|(id, _)| crate::source::Span::file_start(id))
            }) else {
                continue;
            };
            let p = position(files, span);
            let path = p.path.replace('\\', "/");
            let path = path.strip_prefix("./").unwrap_or(&path).to_owned();
            let mut description = d.message.render(lang);
            if let Some(cell) = &p.cell {
                description = format!("{cell}: {description}");
            }
            let key = format!(
                "{}\u{0}{path}\u{0}{}",
                d.code.as_str(),
                d.message.render(Lang::En)
            );
            let n = seen.entry(key.clone()).or_insert(0);
            *n += 1;
            let fingerprint = fingerprint(&format!("{key}\u{0}{n}"));
            issues.push(json!({
                "description": description,
                "check_name": d.code.as_str(),
                "fingerprint": fingerprint,
                "severity": match d.severity {
                    Severity::Error => "major",
                    Severity::Warning => "minor",
                },
                "location": {
                    "path": path,
                    "lines": { "begin": p.line },
                },
            }));
        }
    }
    let mut text = serde_json::to_string_pretty(&Value::Array(issues)).unwrap_or_default();
    text.push('\n');
    text
}

/// 128 bits of FNV-1a (two 64-bit passes with different offsets) as hex: stable across
/// platforms and releases, unlike std's hasher.
fn fingerprint(text: &str) -> String {
    let pass = |mut hash: u64| {
        for byte in text.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        hash
    };
    format!(
        "{:016x}{:016x}",
        pass(0xcbf2_9ce4_8422_2325),
        pass(0x6c62_272e_07bb_0142)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Code, Diagnostic};
    use crate::source::Span;

    #[test]
    fn issues_carry_code_severity_path_line_and_a_stable_distinct_fingerprint() {
        let mut files = SourceFiles::default();
        let id = files.add("./plans/x/rpkd.yaml".into(), "a: 1\nb: 2\nc: 3\n".into());
        let d = |at: usize| {
            Diagnostic::new(
                Code::UnknownKey,
                crate::msg!(
                    "decode-unknown-key",
                    key = "b",
                    what = crate::msg!("rec-plan-root")
                ),
            )
            .primary(
                Span::new(id, at, at + 1),
                crate::i18n::Message::verbatim(""),
            )
        };
        let diags = vec![d(5), d(10)];
        let text = render(Lang::Id, &[(&files, &diags)]);
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v[0]["check_name"], "E003");
        assert_eq!(v[0]["severity"], "major");
        assert_eq!(v[0]["location"]["path"], "plans/x/rpkd.yaml");
        assert_eq!(v[0]["location"]["lines"]["begin"], 2);
        assert_eq!(v[1]["location"]["lines"]["begin"], 3);
        assert_ne!(v[0]["fingerprint"], v[1]["fingerprint"]);
        assert_eq!(v[0]["fingerprint"].as_str().unwrap().len(), 32);
        // The same run again gives the same fingerprints, and so does the other language.
        let again: Value = serde_json::from_str(&render(Lang::En, &[(&files, &diags)])).unwrap();
        assert_eq!(v[0]["fingerprint"], again[0]["fingerprint"]);
    }
}
