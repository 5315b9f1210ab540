//! SARIF 2.1.0, the static-analysis format GitHub code scanning uploads
//! (`github/codeql-action/upload-sarif`) and editors' SARIF viewers read. One run for the whole
//! invocation; every diagnostic code is a rule, each result points at its file, line and column
//! (columns counted in code points, declared by `columnKind`), secondary labels become related
//! locations. `tests/sarif.rs` validates the output against the official schema.

use super::render::position;
use super::{Code, Diagnostic, Severity};
use crate::i18n::Lang;
use crate::source::{SourceFiles, Span};
use serde_json::{Value, json};

pub fn render(lang: Lang, batches: &[(&SourceFiles, &[Diagnostic])]) -> String {
    let rules: Vec<Value> = Code::ALL
        .iter()
        .map(|code| {
            json!({
                "id": code.as_str(),
                "name": format!("{code:?}"),
                "shortDescription": { "text": code.title_in(lang) },
                "defaultConfiguration": { "level": level(code.severity()) },
            })
        })
        .collect();
    let mut results = Vec::new();
    for (files, diags) in batches {
        for d in diags.iter() {
            results.push(result(files, d, lang));
        }
    }
    let sarif = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "rpkd",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "language": lang.code(),
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    let mut text = serde_json::to_string_pretty(&sarif).unwrap_or_default();
    text.push('\n');
    text
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

fn result(files: &SourceFiles, d: &Diagnostic, lang: Lang) -> Value {
    let mut text = d.message.render(lang);
    for hint in &d.hints {
        text.push('\n');
        text.push_str(&hint.render(lang));
    }
    let index = Code::ALL.iter().position(|c| *c == d.code).unwrap_or(0);
    // A result needs a location for code scanning to show it; a diagnostic about the plan as a
    // whole is placed at the start of its first file.
    let primary = d
        .primary_span()
        .or_else(|| files.iter().next().map(|(id, _)| Span::file_start(id)));
    let mut result = json!({
        "ruleId": d.code.as_str(),
        "ruleIndex": index,
        "level": level(d.severity),
        "message": { "text": text },
    });
    if let Some(span) = primary {
        result["locations"] = json!([location(files, span, None)]);
    }
    let related: Vec<Value> = d
        .labels
        .iter()
        .filter(|l| !l.primary)
        .enumerate()
        .map(|(i, l)| {
            let mut loc = location(files, l.span, Some(l.message.render(lang)));
            loc["id"] = json!(i);
            loc
        })
        .collect();
    if !related.is_empty() {
        result["relatedLocations"] = Value::Array(related);
    }
    if let Some(id) = d.message.id() {
        result["properties"] = json!({ "messageId": id });
    }
    result
}

fn location(files: &SourceFiles, span: Span, message: Option<String>) -> Value {
    let p = position(files, span);
    let mut physical = json!({ "artifactLocation": { "uri": uri(&p.path) } });
    // A workbook has no lines: the cell is named in the message instead.
    match &p.cell {
        None => {
            physical["region"] = json!({
                "startLine": p.line,
                "startColumn": p.column,
                "endLine": p.end_line,
                "endColumn": p.end_column.max(if p.end_line == p.line { p.column } else { 1 }),
            });
        }
        Some(cell) => {
            physical["region"] = json!({ "message": { "text": cell } });
        }
    }
    let mut location = json!({ "physicalLocation": physical });
    if let Some(text) = message.filter(|t| !t.is_empty()) {
        location["message"] = json!({ "text": text });
    }
    location
}

/// A path as a URI reference: relative paths stay relative to the working directory (the
/// repository's root in CI, as code scanning expects), with `/` separators; absolute ones become
/// `file://` URIs. Characters outside the unreserved set are percent-encoded.
fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let path = path.strip_prefix("./").unwrap_or(&path);
    let mut out = String::new();
    let absolute = path.starts_with('/') || path.as_bytes().get(1) == Some(&b':');
    if absolute {
        out.push_str("file://");
        if !path.starts_with('/') {
            out.push('/');
        }
    }
    for (i, byte) in path.bytes().enumerate() {
        let keep = byte.is_ascii_alphanumeric()
            || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/')
            || (absolute && i == 1 && byte == b':');
        if keep {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("plans/kota a/rpkd.yaml"), "plans/kota%20a/rpkd.yaml");
        assert_eq!(uri("./plans/x.yaml"), "plans/x.yaml");
        assert_eq!(uri("plans\\x\\rpkd.yaml"), "plans/x/rpkd.yaml");
        assert_eq!(uri("/tmp/p/rpkd.yaml"), "file:///tmp/p/rpkd.yaml");
        assert_eq!(uri("C:\\p\\rpkd.yaml"), "file:///C:/p/rpkd.yaml");
        assert_eq!(uri("plans/é#?.yaml"), "plans/%C3%A9%23%3F.yaml");
    }
}
