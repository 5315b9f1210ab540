//! The placeholders `rpkd init` writes (`"[Nama Bupati]"`, `[Kata pengantar …]`) are warned
//! about wherever they are left (W018): in every YAML string and every line of a narrative
//! file, so `check --deny-warnings` fails until each is replaced and no document goes out with
//! "[IBU KOTA KABUPATEN], 2025" on its cover.
//!
//! A placeholder is text in square brackets that begins with a letter and is more than one
//! character long. Markdown's own bracket syntax is not one: links (`[text](url)`,
//! `[text][ref]`), link definitions (`[ref]: url`), footnotes (`[^1]`), task boxes (`[x]`),
//! numbered citations (`[1]`) and anything in code.

use super::yaml::{Node, NodeKind};
use crate::diag::{Code, Diagnostic};
use crate::source::{FileId, Span};

/// One warning for every placeholder in the strings of a YAML file.
pub fn check_yaml(node: &Node, text: &str, out: &mut Vec<Diagnostic>) {
    match &node.kind {
        NodeKind::Str(s) => {
            for (at, len) in find(s) {
                let placeholder = &s[at..at + len];
                let nth = s[..at].matches(placeholder).count();
                out.push(diagnostic(
                    placeholder,
                    locate(node.span, text, placeholder, nth),
                ));
            }
        }
        NodeKind::Seq(items) => items.iter().for_each(|i| check_yaml(i, text, out)),
        NodeKind::Map(pairs) => pairs.iter().for_each(|(_, v)| check_yaml(v, text, out)),
        _ => {}
    }
}

/// One warning for every placeholder in a Markdown file, outside code.
pub fn check_markdown(file: FileId, text: &str, out: &mut Vec<Diagnostic>) {
    let mut start = 0;
    let mut fence: Option<&str> = None;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let marker = ["```", "~~~"].into_iter().find(|m| trimmed.starts_with(m));
        match (fence, marker) {
            (None, Some(m)) => fence = Some(m),
            (Some(f), Some(m)) if f == m => fence = None,
            (None, None) if !line.starts_with("    ") && !line.starts_with('\t') => {
                let visible = without_code_spans(line);
                for (at, len) in find(&visible) {
                    out.push(diagnostic(
                        &line[at..at + len],
                        Span::new(file, start + at, start + at + len),
                    ));
                }
            }
            _ => {}
        }
        start += line.len();
    }
}

/// Byte offset and length of each placeholder in `text`.
fn find(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(open) = text[i..].find('[').map(|o| o + i) {
        let Some(close) = text[open + 1..]
            .find([']', '[', '\n'])
            .map(|c| c + open + 1)
        else {
            break;
        };
        if bytes[close] != b']' {
            i = close;
            continue;
        }
        let inner = &text[open + 1..close];
        let after = bytes.get(close + 1).copied();
        let starts_with_letter = inner.chars().next().is_some_and(char::is_alphabetic);
        let markdown = matches!(after, Some(b'(' | b'[' | b':'));
        if starts_with_letter && inner.chars().count() > 1 && !markdown {
            out.push((open, close + 1 - open));
        }
        i = close + 1;
    }
    out
}

/// `line` with every inline code span blanked (same length, so offsets still hold).
fn without_code_spans(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_code = false;
    for c in line.chars() {
        if c == '`' {
            in_code = !in_code;
            out.push(c);
        } else if in_code {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    out
}

/// The `nth` occurrence of the placeholder where the source has it literally, else the whole
/// string.
fn locate(span: Span, text: &str, placeholder: &str, nth: usize) -> Span {
    let (start, end) = (span.start as usize, span.end as usize);
    let found = text
        .get(start..end)
        .and_then(|raw| raw.match_indices(placeholder).nth(nth).map(|(i, _)| i));
    match found {
        Some(at) => Span::new(span.file, start + at, start + at + placeholder.len()),
        None => span,
    }
}

fn diagnostic(placeholder: &str, span: Span) -> Diagnostic {
    let shown = if placeholder.chars().count() > 48 {
        let head: String = placeholder.chars().take(44).collect();
        format!("{}…]", head.trim_end())
    } else {
        placeholder.to_owned()
    };
    Diagnostic::new(
        Code::Placeholder,
        crate::msg!("placeholder-left", placeholder = shown),
    )
    .primary(span, crate::msg!("placeholder-replace"))
    .hint(crate::msg!("placeholder-hint"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        find(text)
            .into_iter()
            .map(|(a, l)| &text[a..a + l])
            .collect()
    }

    #[test]
    fn finds_placeholders_but_not_markdown_brackets() {
        assert_eq!(found("[Nama Bupati]"), ["[Nama Bupati]"]);
        assert_eq!(
            found("Kecamatan/[Desa 1a] dan [Kecamatan 2]"),
            ["[Desa 1a]", "[Kecamatan 2]"]
        );
        assert_eq!(
            found("lihat [tautan](https://x.id) dan [ref][1]"),
            Vec::<&str>::new()
        );
        assert_eq!(found("catatan[^1] dan [x] serta [1]"), Vec::<&str>::new());
        assert_eq!(found("[ref]: https://x.id"), Vec::<&str>::new());
        assert_eq!(found("[a [Nama]"), ["[Nama]"]);
        assert_eq!(found("tanpa kurung"), Vec::<&str>::new());
    }

    #[test]
    fn markdown_code_is_not_searched() {
        let mut out = Vec::new();
        let text = "Teks `[bukan]`.\n\n```\n[juga bukan]\n```\n\n[Isi paragraf ini.]\n";
        check_markdown(FileId(0), text, &mut out);
        assert_eq!(out.len(), 1);
        let span = out[0].primary_span().unwrap();
        assert_eq!(
            &text[span.start as usize..span.end as usize],
            "[Isi paragraf ini.]"
        );
    }
}
