//! Every text a plan prints must be in the document font (Liberation Sans). The YAML strings and
//! the narrative Markdown are checked as they are read, so `rpkd check` reports at its line and
//! column the character that `rpkd build` could only refuse.

use super::yaml::{Node, NodeKind};
use crate::diag::{Code, Diagnostic};
use crate::fonts::missing;
use crate::source::{FileId, Span};

/// One diagnostic for every string of a YAML file that holds a character the font lacks.
pub fn check_yaml(node: &Node, text: &str, out: &mut Vec<Diagnostic>) {
    match &node.kind {
        NodeKind::Str(s) => {
            let missing = missing(s);
            if !missing.is_empty() {
                out.push(diagnostic(&missing, locate(node.span, text, missing[0])));
            }
        }
        NodeKind::Seq(items) => items.iter().for_each(|i| check_yaml(i, text, out)),
        // Keys are never printed; an unknown one is reported as such.
        NodeKind::Map(pairs) => pairs.iter().for_each(|(_, v)| check_yaml(v, text, out)),
        _ => {}
    }
}

/// One diagnostic for every line of a Markdown file that holds a character the font lacks.
pub fn check_markdown(file: FileId, text: &str, out: &mut Vec<Diagnostic>) {
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let missing = missing(line);
        if let Some(first) = missing.first() {
            let at = start + line.find(*first).unwrap_or(0);
            out.push(diagnostic(
                &missing,
                Span::new(file, at, at + first.len_utf8()),
            ));
        }
        start += line.len();
    }
}

/// The character itself where the source has it literally, else the whole string (it was
/// written as an escape).
fn locate(span: Span, text: &str, c: char) -> Span {
    let (start, end) = (span.start as usize, span.end as usize);
    match text.get(start..end).and_then(|raw| raw.find(c)) {
        Some(at) => Span::new(span.file, start + at, start + at + c.len_utf8()),
        None => span,
    }
}

/// E026 for the characters `missing` of the font, at `span`.
pub fn diagnostic(missing: &[char], span: Span) -> Diagnostic {
    let list: Vec<String> = missing
        .iter()
        .map(|c| format!("`{}` (U+{:04X})", c.escape_debug(), *c as u32))
        .collect();
    Diagnostic::new(
        Code::Unprintable,
        format!("the document font cannot print {}", list.join(", ")),
    )
    .primary(span, "not in the font")
    .hint(
        "replace it: Liberation Sans prints Latin letters with their accents, digits and \
         punctuation such as – — “ ” ‘ ’ … • ± × ≥ ≤, but no emoji, check mark or control character",
    )
}
