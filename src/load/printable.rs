//! What a plan prints must be printable, visible and of a sane size. The YAML strings and the
//! narrative Markdown are checked as they are read, so `rpkd check` reports at its line and
//! column what `rpkd build` could only refuse or print wrongly:
//!
//! - E026, a character the document font (Liberation Sans) lacks;
//! - E029, an invisible character (zero-width) or one that reorders the text around it (bidi
//!   controls): a name that reads `S1` on screen could hold something else;
//! - E031, a string longer than [`MAX_TEXT_CHARS`] (no name, no cell is that long; every stage
//!   after this one would pay for it);
//! - E032, Markdown nested deeper than [`crate::markup::MAX_NESTING`] levels.

use super::yaml::{Node, NodeKind};
use crate::diag::{Code, Diagnostic};
use crate::fonts::missing;
use crate::i18n::Arg;
use crate::msg;
use crate::source::{FileId, Span};

/// The longest text a YAML string may hold, in characters: a name, a cell, an inline
/// narrative of some forty pages.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// One diagnostic for every string of a YAML file that is too long, or holds a character the
/// font lacks or one that is invisible.
pub fn check_yaml(node: &Node, text: &str, out: &mut Vec<Diagnostic>) {
    match &node.kind {
        NodeKind::Str(s) => {
            let length = s.chars().count();
            if length > MAX_TEXT_CHARS {
                let start = node.span.start as usize;
                out.push(
                    Diagnostic::new(
                        Code::TextTooLong,
                        msg!("printable-too-long", length = length, max = MAX_TEXT_CHARS),
                    )
                    .primary(
                        Span::new(node.span.file, start, start + 1),
                        msg!("printable-starts-here"),
                    )
                    .hint(msg!("printable-too-long-hint")),
                );
                return;
            }
            if let Some(c) = s.chars().find(|c| invisible(*c)) {
                out.push(invisible_diagnostic(c, locate(node.span, text, c)));
            }
            let missing: Vec<char> = missing(s).into_iter().filter(|c| !invisible(*c)).collect();
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

/// A character that shows nothing or reorders the text around it: bidi embeddings, overrides
/// and isolates (U+202A–202E, U+2066–2069), directional marks, and zero-width characters. A
/// byte-order mark at the very start of a file is removed before this sees it.
pub fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200B}'..='\u{200F}'
            | '\u{061C}'
            | '\u{2060}'..='\u{2064}'
            | '\u{FEFF}'
            | '\u{180E}'
            | '\u{00AD}'
    )
}

fn invisible_diagnostic(c: char, span: Span) -> Diagnostic {
    let what = if matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
    {
        msg!("printable-bidi")
    } else {
        msg!("printable-invisible-char")
    };
    Diagnostic::new(
        Code::InvisibleCharacter,
        msg!(
            "printable-invisible",
            hex = format!("{:04X}", c as u32),
            what = what
        ),
    )
    .primary(span, msg!("printable-here"))
    .hint(msg!("printable-invisible-hint"))
}

/// Markdown nested deeper than a document can show (a planner's 5,000 `>`).
pub fn check_nesting(file: FileId, base: usize, text: &str, out: &mut Vec<Diagnostic>) {
    if let Some((depth, at)) = crate::markup::too_deep(text) {
        out.push(
            Diagnostic::new(
                Code::NestingTooDeep,
                msg!(
                    "printable-too-deep",
                    depth = depth,
                    max = crate::markup::MAX_NESTING
                ),
            )
            .primary(
                Span::new(file, base + at, base + at + 1),
                msg!("printable-too-deep-here"),
            )
            .hint(msg!("printable-too-deep-hint")),
        );
    }
}

/// One diagnostic for every piece of a Markdown file's printed text that holds a character the
/// font lacks or an invisible one (what a renderer prints, entity references decoded: the
/// `✓` of `&#10003;` too), and one if it nests too deep.
pub fn check_markdown(file: FileId, text: &str, out: &mut Vec<Diagnostic>) {
    check_nesting(file, 0, text, out);
    for (range, printed) in crate::markup::printed(text) {
        let at = |c: char| {
            let source = &text[range.clone()];
            match source.find(c) {
                Some(i) => Span::new(file, range.start + i, range.start + i + c.len_utf8()),
                // Written as an entity reference: point at the whole piece.
                None => Span::new(file, range.start, range.end),
            }
        };
        if let Some(c) = printed.chars().find(|c| invisible(*c)) {
            out.push(invisible_diagnostic(c, at(c)));
        }
        let missing: Vec<char> = missing(&printed)
            .into_iter()
            .filter(|c| !invisible(*c))
            .collect();
        if let Some(first) = missing.first() {
            out.push(diagnostic(&missing, at(*first)));
        }
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
    let list: Vec<Arg> = missing
        .iter()
        .map(|c| Arg::Text(format!("`{}` (U+{:04X})", c.escape_debug(), *c as u32)))
        .collect();
    Diagnostic::new(
        Code::Unprintable,
        msg!("printable-not-in-font", chars = Arg::CommaList(list)),
    )
    .primary(span, msg!("printable-not-in-font-label"))
    .hint(msg!("printable-not-in-font-hint"))
}
