//! YAML text → a tree of [`Node`]s with byte spans. The only module that names the YAML crates.
//!
//! The tree keeps every key of every mapping, in order, duplicates included, so that the decoder
//! can report all duplicate and unknown keys of a file at once instead of stopping at the first.
//!
//! Two readers give the same tree. serde-saphyr, through serde with a span around every value, is
//! the reference: it knows all of YAML (anchors, aliases, merge keys, tags) with its budgets, and
//! words every syntax error. It costs about three times what its parser alone does, so a file
//! written in the plain YAML planners write (mappings, lists, plain and quoted scalars, no tags,
//! anchors or aliases) is first read straight from the parser's events ([`events`]); anything
//! else, and every file with an error, is read again by serde-saphyr, which decides.

mod events;

use crate::diag::{Code, Diagnostic};
use crate::i18n::Message;
use crate::msg;
use crate::source::{FileId, Span};
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{Budget, DuplicateKeyPolicy, Options};
use std::fmt;

/// One YAML value and where it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub kind: NodeKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum NodeKind {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

/// Limits on what one plan file may hold. A province plan of 5 MB with 4,000 programs must
/// load; an alias bomb or 20,000 levels of nesting must not.
fn yaml_options() -> Options {
    let mut options = Options::default();
    options.duplicate_keys = DuplicateKeyPolicy::PassThrough;
    options.strict_booleans = true;
    options.leading_zero_numbers_as_strings = true;
    let mut budget = Budget::default();
    budget.max_nodes = 5_000_000;
    budget.max_events = 20_000_000;
    budget.max_depth = 64;
    budget.max_aliases = 10_000;
    budget.max_anchors = 10_000;
    // A plan has little reason to repeat large blocks through aliases; a small replay budget
    // stops an alias bomb in milliseconds rather than seconds.
    budget.max_recorded_anchor_events = 100_000;
    options.budget = Some(budget);
    options.alias_limits.max_total_replayed_events = 200_000;
    options
}

/// Parse one file. A file with a syntax error gives one diagnostic and no tree: YAML cannot be
/// read past a syntax error reliably.
pub fn parse(file: FileId, text: &str) -> Result<Node, Diagnostic> {
    match events::parse(file, text, &yaml_options()) {
        Some(node) => Ok(node),
        None => parse_with_serde(file, text),
    }
}

/// The reference reader: serde-saphyr, with a span around every value.
fn parse_with_serde(file: FileId, text: &str) -> Result<Node, Diagnostic> {
    match serde_saphyr::from_str_with_options::<serde_saphyr::Spanned<Raw>>(text, yaml_options()) {
        Ok(root) => Ok(convert(file, text, root)),
        Err(error) => Err(syntax_diagnostic(file, text, &error)),
    }
}

fn syntax_diagnostic(file: FileId, text: &str, error: &serde_saphyr::Error) -> Diagnostic {
    let message = error.without_snippet().to_string();
    let message = message.lines().next().unwrap_or("invalid YAML").trim();
    // The location is shown with the snippet; the crate's "at line 3, column 9" repeats it.
    let message = match message.find(" at line ") {
        Some(i) => &message[..i],
        None => message,
    };
    let mut span = error
        .location()
        .map(|loc| byte_span(file, text, &loc, 0))
        .unwrap_or_else(|| Span::file_start(file));
    // The parser notices a tab where it stops scanning, often the line before; point at the tab.
    let tab = text
        .match_indices('\n')
        .map(|(i, _)| i + 1)
        .chain(std::iter::once(0))
        .filter_map(|start| {
            let indent = text[start..].find(|c| c != ' ')?;
            (text[start + indent..].starts_with('\t')).then_some(start + indent)
        })
        .min();
    let mut d = Diagnostic::new(
        Code::YamlSyntax,
        msg!("yaml-syntax", cause = plain_reason(message)),
    );
    if let Some(at) = tab {
        if message.contains("tab") {
            span = Span::new(file, at, at + 1);
        }
        d = d.hint(msg!("yaml-tab-hint"));
    }
    d = d.primary(span, msg!("yaml-here"));
    d
}

/// The YAML crate's messages that name its own API or internals ("use from_str_multiple",
/// "weak recursion types"), said in a planner's terms; any other in the crate's own English
/// words, which no catalogue can hold.
fn plain_reason(message: &str) -> Message {
    let lower = message.to_lowercase();
    if lower.contains("multiple yaml documents") || lower.contains("from_str_multiple") {
        msg!("yaml-many-documents")
    } else if lower.contains("recursive reference") || lower.contains("weak") {
        msg!("yaml-recursive-alias")
    } else if (lower.contains("unknown anchor")
        || lower.contains("undefined")
        || lower.contains("not found")
        || lower.contains("unknown alias"))
        && (lower.contains("anchor") || lower.contains("alias"))
    {
        msg!("yaml-unknown-anchor")
    } else if lower.contains("budget") && (lower.contains("anchor") || lower.contains("alias"))
        || lower.contains("replay")
    {
        msg!("yaml-alias-budget")
    } else if lower.contains("anchor") || lower.contains("alias") {
        msg!("yaml-alias-other", detail = message)
    } else if lower.contains("recursion limit") || lower.contains("depth") {
        msg!("yaml-too-deep", levels = 64u32)
    } else if lower.contains("budget breached") {
        msg!("yaml-too-many-values")
    } else {
        Message::verbatim(message)
    }
}

fn byte_span(file: FileId, text: &str, loc: &serde_saphyr::Location, min_len: usize) -> Span {
    let span = loc.span();
    match (span.byte_offset(), span.byte_len()) {
        (Some(start), Some(len)) => {
            let start = start as usize;
            Span::new(file, start, start + (len as usize).max(min_len))
        }
        _ => {
            // Fall back to line and column (1-based, in characters).
            let line = loc.line().max(1) as usize - 1;
            let line_start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
            let column = text[line_start.min(text.len())..]
                .char_indices()
                .nth(loc.column().max(1) as usize - 1)
                .map_or(0, |(i, _)| i);
            Span::new(file, line_start + column, line_start + column)
        }
    }
}

fn convert(file: FileId, text: &str, raw: serde_saphyr::Spanned<Raw>) -> Node {
    let span = byte_span(file, text, &raw.referenced, 0);
    let kind = match raw.value {
        Raw::Null => NodeKind::Null,
        Raw::Bool(b) => NodeKind::Bool(b),
        Raw::Int(i) => NodeKind::Int(i),
        Raw::Float(f) => NodeKind::Float(f),
        Raw::Str(s) => NodeKind::Str(s),
        Raw::Seq(items) => {
            NodeKind::Seq(items.into_iter().map(|i| convert(file, text, i)).collect())
        }
        Raw::Map(pairs) => NodeKind::Map(
            pairs
                .into_iter()
                .map(|(k, v)| (convert(file, text, k), convert(file, text, v)))
                .collect(),
        ),
    };
    node(text, kind, span)
}

/// A node from its value and the span the parser gave it, as both readers make it: a flow
/// collection's span reaches its closing bracket, an empty span its token's line end, and the
/// decimal commas of a flow mapping are put back together.
fn node(text: &str, kind: NodeKind, mut span: Span) -> Node {
    let file = span.file;
    let kind = match kind {
        NodeKind::Map(pairs) => NodeKind::Map(rejoin_decimal_commas(text, pairs)),
        other => other,
    };
    // A flow collection's span covers its opening bracket only; widen it to the closing one,
    // so a caret under `{apbd: 1, csr: 2}` shows the whole mapping.
    if let NodeKind::Map(_) | NodeKind::Seq(_) = &kind
        && let Some(open @ (b'{' | b'[')) = text.as_bytes().get(span.start as usize).copied()
    {
        let close = if open == b'{' { b'}' } else { b']' };
        let children_end = match &kind {
            NodeKind::Map(pairs) => pairs.last().map(|(_, v)| v.span.end),
            NodeKind::Seq(items) => items.last().map(|i| i.span.end),
            _ => None,
        };
        let from = children_end.unwrap_or(span.start + 1) as usize;
        if let Some(offset) = text
            .get(from..)
            .and_then(|rest| rest.bytes().position(|b| b == close))
        {
            span = Span::new(file, span.start as usize, from + offset + 1);
        }
    }
    // Collections get an empty span at their first token; widen it to that token's line end so
    // a caret under a list item or mapping is visible.
    if span.start == span.end {
        let rest = &text[(span.start as usize).min(text.len())..];
        let len = rest.find(['\n', '\r']).unwrap_or(rest.len());
        span = Span::new(file, span.start as usize, span.start as usize + len);
    }
    Node { kind, span }
}

/// In a flow mapping a decimal comma splits a number in two: `{nilai: 9,8, tahun: 2024}` reads
/// as `nilai: 9`, a key `8` without value, and `tahun: 2024`. Put the number back together as
/// the text `9,8` the planner wrote, so decoding reports it as a number with a decimal comma
/// (E005, with the hint to write `9.8`) instead of an unknown key `8` and a silently wrong 9.
fn rejoin_decimal_commas(text: &str, pairs: Vec<(Node, Node)>) -> Vec<(Node, Node)> {
    let mut out: Vec<(Node, Node)> = Vec::with_capacity(pairs.len());
    for (key, value) in pairs {
        let joins = matches!(key.kind, NodeKind::Int(_))
            && matches!(value.kind, NodeKind::Null)
            && out.last().is_some_and(|(_, previous)| {
                matches!(previous.kind, NodeKind::Int(_) | NodeKind::Float(_))
                    && text.get(previous.span.end as usize..key.span.start as usize) == Some(",")
            });
        match out.last_mut() {
            Some((_, previous)) if joins => {
                let (start, end) = (previous.span.start as usize, key.span.end as usize);
                previous.kind = NodeKind::Str(text[start..end].to_owned());
                previous.span = Span::new(key.span.file, start, end);
            }
            _ => out.push((key, value)),
        }
    }
    out
}

/// The YAML crate's view of a value, before spans are turned into ours.
enum Raw {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    Seq(Vec<serde_saphyr::Spanned<Raw>>),
    Map(Vec<(serde_saphyr::Spanned<Raw>, serde_saphyr::Spanned<Raw>)>),
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_unit<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_none<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Raw, D::Error> {
        Raw::deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Raw, E> {
        Ok(Raw::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Raw, E> {
        Ok(Raw::Int(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Raw, E> {
        Ok(Raw::Int(v.into()))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Raw, E> {
        Ok(Raw::Int(v))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Raw, E> {
        Ok(Raw::Int(i128::try_from(v).unwrap_or(i128::MAX)))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Raw, E> {
        Ok(Raw::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Raw, E> {
        Ok(Raw::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Raw, E> {
        Ok(Raw::Str(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Raw::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw, A::Error> {
        let mut pairs = Vec::new();
        while let Some(key) = map.next_key()? {
            pairs.push((key, map.next_value()?));
        }
        Ok(Raw::Map(pairs))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str) -> Node {
        parse(FileId(0), text).expect("valid YAML")
    }

    #[test]
    fn keeps_duplicate_keys_and_their_spans() {
        let node = parse_ok("a: 1\nb: x\na: 2\n");
        let NodeKind::Map(pairs) = node.kind else {
            panic!("not a map")
        };
        assert_eq!(pairs.len(), 3);
        assert_eq!((pairs[2].0.span.start, pairs[2].0.span.end), (10, 11));
        assert!(matches!(pairs[2].1.kind, NodeKind::Int(2)));
    }

    #[test]
    fn only_true_and_false_are_booleans_and_leading_zeros_stay_text() {
        let node = parse_ok("[yes, true, 0123, 5.19]");
        let NodeKind::Seq(items) = node.kind else {
            panic!("not a list")
        };
        assert!(matches!(&items[0].kind, NodeKind::Str(s) if s == "yes"));
        assert!(matches!(items[1].kind, NodeKind::Bool(true)));
        assert!(matches!(&items[2].kind, NodeKind::Str(s) if s == "0123"));
        assert!(matches!(items[3].kind, NodeKind::Float(f) if f == 5.19));
    }

    #[test]
    fn a_decimal_comma_in_a_flow_mapping_stays_one_value() {
        let node = parse_ok("a: {nilai: 9,8, tahun: 2024}\nb: {2025: 9,5, 2026: 10}\n");
        let NodeKind::Map(pairs) = node.kind else {
            panic!("not a map")
        };
        let NodeKind::Map(a) = &pairs[0].1.kind else {
            panic!("not a map")
        };
        assert_eq!(a.len(), 2);
        assert!(matches!(&a[0].1.kind, NodeKind::Str(s) if s == "9,8"));
        assert_eq!((a[0].1.span.start, a[0].1.span.end), (11, 14));
        let NodeKind::Map(b) = &pairs[1].1.kind else {
            panic!("not a map")
        };
        assert_eq!(b.len(), 2);
        assert!(matches!(&b[0].1.kind, NodeKind::Str(s) if s == "9,5"));
        // A key written after a comma and a space is a key.
        let node = parse_ok("{a: 1, 8: x}");
        let NodeKind::Map(c) = node.kind else {
            panic!("not a map")
        };
        assert_eq!(c.len(), 2);
    }

    #[test]
    fn syntax_errors_point_at_a_line() {
        let err = parse(FileId(0), "a: [1, 2\nb: 3\n").unwrap_err();
        assert_eq!(err.code, Code::YamlSyntax);
        assert!(err.primary_span().is_some());
    }

    #[test]
    fn the_yaml_crates_own_words_are_said_in_a_planners() {
        let message = |text: &str| {
            parse(FileId(0), text)
                .unwrap_err()
                .message
                .render(crate::i18n::Lang::En)
        };
        let two = message("a: 1\n---\nb: 2\n");
        assert!(two.contains("more than one YAML document"), "{two}");
        let recursive = message("a: &x [*x]\n");
        assert!(recursive.contains("refers to the anchor"), "{recursive}");
        let unknown = message("a: *tidak_ada\n");
        assert!(unknown.contains("names no anchor"), "{unknown}");
        for m in [two, recursive, unknown] {
            assert!(
                !m.contains("from_str") && !m.contains("weak") && !m.contains("safe size"),
                "{m}"
            );
        }
    }

    #[test]
    fn alias_bombs_and_deep_nesting_are_refused() {
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 0..12 {
            let prev = if i == 0 {
                "a".to_string()
            } else {
                format!("l{}", i - 1)
            };
            bomb.push_str(&format!("l{i}: &l{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        assert!(parse(FileId(0), &bomb).is_err());
        let deep = "[".repeat(20_000);
        assert!(parse(FileId(0), &deep).is_err());
    }
}
