//! The quick reader: plain YAML straight from the parser's events (granit-parser, the parser
//! serde-saphyr itself runs), with the parser options serde-saphyr would give it.
//!
//! It reads the YAML planners write — block and flow mappings and lists, plain and quoted
//! scalars — and gives up, returning `None`, at the first thing it does not read the way
//! serde-saphyr does: a tag, an anchor or alias, a merge key (`<<`), a key that is a
//! collection, a second document, an empty document, a number written in any other form than
//! `12`, `-12` or `1.5`, a plain scalar that starts with `+` or `.`, nesting near the depth
//! limit, a file near the event or scalar budget, and every syntax error. The caller then reads
//! the file with serde-saphyr, which decides, and words any error. The tests check that both
//! readers give the same tree, spans included, on every plan of the repository and on
//! thousands of mutations of them.

use super::{Node, NodeKind, node};
use crate::source::{FileId, Span};
use granit_parser::{Event, Parser, ScalarStyle};

/// Within these the budgets of `yaml_options` cannot be reached; past them serde-saphyr
/// decides (and reports the breach).
const MAX_DEPTH: usize = 48;
const MAX_EVENTS: usize = 2_000_000;
const MAX_SCALAR_BYTES: usize = 32 * 1024 * 1024;

/// An open collection: its span's start and length, and what it holds so far.
struct Open {
    start: usize,
    len: usize,
    items: Items,
}

enum Items {
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>, Option<Node>),
}

/// The tree of `text`, or `None` where serde-saphyr must decide.
pub(super) fn parse(file: FileId, text: &str, options: &serde_saphyr::Options) -> Option<Node> {
    let mut parser = Parser::new_from_str_with_options(text, parser_options(options));
    let mut stack: Vec<Open> = Vec::new();
    let mut root: Option<Node> = None;
    let (mut documents, mut events, mut scalar_bytes) = (0usize, 0usize, 0usize);
    loop {
        let (event, span) = parser.next_event()?.ok()?;
        events += 1;
        if events > MAX_EVENTS {
            return None;
        }
        let start = span.start.byte_offset()?;
        let len = span.end.byte_offset()?.checked_sub(start)?;
        let done = match event {
            Event::StreamStart | Event::DocumentEnd => continue,
            Event::StreamEnd => break,
            Event::DocumentStart(_, version) => {
                documents += 1;
                if documents > 1 || version.is_some() {
                    return None;
                }
                continue;
            }
            Event::Scalar(value, style, anchor, tag) => {
                if anchor != 0 || tag.is_some() {
                    return None;
                }
                scalar_bytes += value.len();
                if scalar_bytes > MAX_SCALAR_BYTES {
                    return None;
                }
                let kind = scalar(value.into_owned(), style)?;
                node(text, kind, Span::new(file, start, start + len))
            }
            Event::SequenceStart(_, anchor, ref tag) | Event::MappingStart(_, anchor, ref tag) => {
                if anchor != 0 || tag.is_some() || stack.len() >= MAX_DEPTH {
                    return None;
                }
                let items = if matches!(event, Event::MappingStart(..)) {
                    Items::Map(Vec::new(), None)
                } else {
                    Items::Seq(Vec::new())
                };
                stack.push(Open { start, len, items });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let open = stack.pop()?;
                let kind = match open.items {
                    Items::Seq(items) => NodeKind::Seq(items),
                    Items::Map(pairs, None) => NodeKind::Map(pairs),
                    Items::Map(_, Some(_)) => return None,
                };
                node(
                    text,
                    kind,
                    Span::new(file, open.start, open.start + open.len),
                )
            }
            _ => return None,
        };
        match stack.last_mut() {
            None if root.is_none() => root = Some(done),
            None => return None,
            Some(Open {
                items: Items::Seq(items),
                ..
            }) => items.push(done),
            Some(Open {
                items: Items::Map(pairs, key),
                ..
            }) => match key.take() {
                Some(k) => pairs.push((k, done)),
                None => {
                    let is_merge = matches!(&done.kind, NodeKind::Str(s) if s == "<<");
                    if is_merge || matches!(done.kind, NodeKind::Seq(_) | NodeKind::Map(_)) {
                        return None;
                    }
                    *key = Some(done);
                }
            },
        }
    }
    if !stack.is_empty() {
        return None;
    }
    root
}

/// The parser options serde-saphyr derives from the same options (its `parser_options`).
fn parser_options(options: &serde_saphyr::Options) -> granit_parser::Options {
    let default_budget = serde_saphyr::Budget::default();
    let budget = options.budget.as_ref().unwrap_or(&default_budget);
    let mut out = granit_parser::Options::default();
    out.simple_key_max_lookahead = budget.simple_key_max_lookahead;
    out.flow_nesting_limit = budget.flow_nesting_limit;
    out.block_nesting_limit = out
        .block_nesting_limit
        .max(budget.max_depth.saturating_add(1));
    out.emit_comments = false;
    out.strict_indentation = options.strict_indentation;
    out
}

/// A scalar's value as serde-saphyr resolves an untagged one with `strict_booleans` and
/// `leading_zero_numbers_as_strings`: quoted and block scalars are text; a plain one is null,
/// a boolean, an integer, a decimal number or text. `None` for a plain scalar in a form it
/// might read otherwise.
fn scalar(value: String, style: ScalarStyle) -> Option<NodeKind> {
    if style != ScalarStyle::Plain {
        return Some(NodeKind::Str(value));
    }
    if value.trim_matches([' ', '\t', '\r', '\n']).len() != value.len() {
        return None;
    }
    Some(match value.as_str() {
        "" | "~" | "null" | "Null" | "NULL" => NodeKind::Null,
        "true" | "True" | "TRUE" => NodeKind::Bool(true),
        "false" | "False" | "FALSE" => NodeKind::Bool(false),
        v if v.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '+' | '.')) => {
            return number(value);
        }
        _ => NodeKind::Str(value),
    })
}

/// `12`, `-12` (integers within 64 bits), `0123` (text: a leading zero), `1.5`, `-0.25`.
fn number(value: String) -> Option<NodeKind> {
    let digits = value.strip_prefix('-').unwrap_or(&value);
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if all_digits(digits) {
        if digits.len() > 1 && digits.starts_with('0') {
            return Some(NodeKind::Str(value));
        }
        return if value.starts_with('-') {
            value.parse::<i64>().ok().map(|i| NodeKind::Int(i.into()))
        } else {
            value.parse::<u64>().ok().map(|i| NodeKind::Int(i.into()))
        };
    }
    let (whole, fraction) = digits.split_once('.')?;
    if !all_digits(whole) || !all_digits(fraction) || (whole.len() > 1 && whole.starts_with('0')) {
        return None;
    }
    let f = value.parse::<f64>().ok()?;
    f.is_finite().then_some(NodeKind::Float(f))
}

#[cfg(test)]
mod tests {
    use super::super::{parse_with_serde, yaml_options};
    use super::*;

    /// Both readers on one text: the quick one, where it reads, gives serde-saphyr's tree.
    fn agree(text: &str) -> bool {
        let quick = parse(FileId(0), text, &yaml_options());
        if let Some(quick) = &quick {
            let reference = parse_with_serde(FileId(0), text);
            assert_eq!(
                Some(quick),
                reference.as_ref().ok(),
                "the readers differ on {text:?}"
            );
        }
        quick.is_some()
    }

    fn yaml_files(dir: &std::path::Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                yaml_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml")
                && let Ok(text) = std::fs::read_to_string(&path)
            {
                out.push(text);
            }
        }
    }

    fn corpus() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut out = Vec::new();
        for dir in ["plans", "tests/fixtures", "tests/cases", "templates/init"] {
            yaml_files(&root.join(dir), &mut out);
        }
        out
    }

    #[test]
    fn the_readers_agree_on_every_yaml_file_of_the_repository() {
        let files = corpus();
        let read = files.iter().filter(|t| agree(t)).count();
        assert!(files.len() > 100, "{} files", files.len());
        // Nearly every real plan file is plain YAML; the rest are cases about anchors, tags
        // and broken syntax.
        assert!(read * 10 > files.len() * 8, "{read} of {}", files.len());
    }

    #[test]
    fn the_readers_agree_on_scalars_of_every_form() {
        let scalars = [
            "",
            "~",
            "null",
            "Null",
            "NULL",
            "nULL",
            "true",
            "True",
            "TRUE",
            "tRUE",
            "false",
            "yes",
            "no",
            "on",
            "off",
            "y",
            "n",
            "0",
            "-0",
            "00",
            "0123",
            "-0123",
            "+0123",
            "12",
            "-12",
            "+12",
            "1_000",
            "0x1F",
            "0o17",
            "0b101",
            "1.5",
            "-1.5",
            "01.5",
            "1.",
            ".5",
            "-.5",
            "1e3",
            "1E3",
            "1.5e-3",
            ".inf",
            "-.inf",
            ".nan",
            "inf",
            "nan",
            "Infinity",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775808",
            "-9223372036854775809",
            "1e999",
            "9,8",
            "1.234.567",
            "Rp1.000",
            "2025-01-31",
            "12:30",
            "1:2",
            "-",
            "--",
            ".",
            "-a",
            "+a",
            ".a",
            "<<",
            "=",
            "2025",
            "5.19",
            "90,4",
            "1.06.05.2.02.0006",
            "P-01",
        ];
        for s in scalars {
            for text in [
                format!("a: {s}\n"),
                format!("- {s}\n"),
                format!("{{k: {s}}}\n"),
                format!("[{s}]\n"),
                format!("'{s}': 1\n"),
                format!("{s}: x\n"),
                format!("a: \"{s}\"\n"),
                format!("a: '{s}'\n"),
                format!("a: |\n  {s}\n"),
                format!("{s}\n"),
            ] {
                agree(&text);
            }
        }
    }

    #[test]
    fn the_readers_agree_on_shapes_and_leave_the_rest_to_serde_saphyr() {
        for text in [
            "---\na: 1\n",
            "a: 1\n...\n",
            "a: 1\n---\nb: 2\n",
            "%YAML 1.2\n---\na: 1\n",
            "a: &x 1\nb: *x\n",
            "a: !!str 12\n",
            "base: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n",
            "? [a, b]\n: 1\n",
            "a:\n  - b: 1\n    c: [1, 2, {d: e}]\n  -\n  - - x\n",
            "a: {nilai: 9,8, tahun: 2024}\n",
            "a: [1, 2\n",
            "a: 1\na: 2\n",
            "",
            "# only a comment\n",
            "a:\n\tb: 1\n",
            "a: >\n  folded\n  text\n\nb: |-\n  kept\n",
            "\u{feff}a: 1\n",
            "a: 1\r\nb: 'x\r\n  y'\r\n",
            "a: \"\\u00e9\\t\"\n",
            "{a: 1, b: [x, y], c: }\n",
            "[a, b, ]\n",
            "- a\n- b\n# end\n",
        ] {
            agree(text);
        }
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert!(!agree(&deep));
        assert!(!agree("a: &x 1\nb: *x\n"));
        assert!(agree("a:\n  - 1\n  - 'x'\n"));
    }

    #[test]
    fn the_readers_agree_on_thousands_of_mutations_of_the_example_plans() {
        // The bytes planners mistype, inserted, deleted or swapped at pseudo-random places.
        let alphabet: &[u8] = b" :-[]{},#&*!|>'\"\n\t0123456789.abcz<~%?";
        let files = corpus();
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let (mut read, mut total) = (0, 0);
        for text in files.iter().filter(|t| t.len() < 20_000) {
            for _ in 0..12 {
                let mut bytes = text.as_bytes().to_vec();
                for _ in 0..1 + next(3) {
                    if bytes.is_empty() {
                        break;
                    }
                    let at = next(bytes.len());
                    match next(3) {
                        0 => bytes.insert(at, alphabet[next(alphabet.len())]),
                        1 => {
                            bytes.remove(at);
                        }
                        _ => bytes[at] = alphabet[next(alphabet.len())],
                    }
                }
                if let Ok(mutated) = String::from_utf8(bytes) {
                    total += 1;
                    read += usize::from(agree(&mutated));
                }
            }
        }
        assert!(total > 1000, "{total} mutations");
        assert!(
            read * 2 > total,
            "{read} of {total} read by the quick reader"
        );
    }
}
