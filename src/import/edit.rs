//! The in-place edit of a RAT file: (its text, its node tree with spans, the new figures) → the
//! new text. Pure. Only the values that change are rewritten, at their byte spans; a new
//! quarter entry, key or line is inserted in the style the file already uses (block or flow
//! lists and mappings, their indentation, key order, line ends); comments, quoting and every
//! other byte stay as they were, so the git diff shows the new figures and nothing else.
//!
//! Each value written carries a tag; the result says where each tagged text landed, so a
//! problem the check later finds there can be pointed back at the workbook cell it came from.

use crate::i18n::Message;
use crate::load::yaml::{Node, NodeKind};
use crate::msg;
use std::ops::Range;

/// A value to write, already as YAML text (`296000000`, `"1.500.000"`, `Jasa`), with the tag
/// of the cell it came from.
#[derive(Debug, Clone)]
pub struct Value {
    pub yaml: String,
    pub tag: usize,
}

/// What changes in one existing RAT line.
#[derive(Debug, Clone, Default)]
pub struct LineChange {
    pub code: String,
    pub executor: Option<String>,
    pub quarters: Vec<QuarterChange>,
    /// New text of `keterangan` (already YAML: a plain or quoted scalar).
    pub notes: Option<Value>,
    /// The tag a problem anywhere in the line (its allocation, its sum of spending) points at.
    pub anchor: Option<usize>,
}

/// One quarter of a line: the values that change (all of them for a new entry).
#[derive(Debug, Clone)]
pub struct QuarterChange {
    pub quarter: u8,
    pub output: Option<Value>,
    /// Spending per funding source key (`apbd`); one entry without key for a line with one
    /// source.
    pub spent: Vec<(Option<String>, Value)>,
    /// The tag a problem with the whole entry points at.
    pub anchor: usize,
}

/// A line proposed for the RAT: its keys in order, each value already YAML.
#[derive(Debug, Clone)]
pub struct NewLine {
    pub fields: Vec<(&'static str, Value)>,
    /// A comment written above it (`Usulan DINSOS, formulir dinsos-2025.xlsx`).
    pub comment: String,
    pub anchor: usize,
}

/// The changes to one RAT file.
#[derive(Debug, Clone, Default)]
pub struct FileChanges {
    pub lines: Vec<LineChange>,
    pub proposals: Vec<NewLine>,
}

/// The new text and where each tag's text stands in it.
#[derive(Debug, Clone)]
pub struct Edited {
    pub text: String,
    pub placed: Vec<(Range<usize>, usize)>,
}

/// Why a change could not be made in place (a file shaped in a way the edit does not know).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unplaceable(pub Message);

struct Splice {
    start: usize,
    end: usize,
    text: String,
    tags: Vec<(Range<usize>, usize)>,
}

/// Text being assembled for a splice, with the tags of its parts.
#[derive(Default)]
struct Piece {
    text: String,
    tags: Vec<(Range<usize>, usize)>,
}

impl Piece {
    fn raw(&mut self, s: &str) {
        self.text.push_str(s);
    }
    fn value(&mut self, v: &Value) {
        let start = self.text.len();
        self.text.push_str(&v.yaml);
        self.tags.push((start..self.text.len(), v.tag));
    }
    fn anchor(&mut self, from: usize, tag: usize) {
        self.tags.push((from..self.text.len(), tag));
    }
}

/// How the file writes quarter entries.
struct Style {
    seq_flow: bool,
    item_flow: bool,
    /// Columns from the `realisasi` key to the dash of its items.
    dash_offset: usize,
    /// Columns from the dash to the first key of a block item.
    item_offset: usize,
    order: Vec<String>,
    /// Whether lines of `rencana_aksi` are separated by a blank line.
    blank_between: bool,
}

/// Apply `changes` to the RAT file `text` whose tree is `root`.
pub fn apply(text: &str, root: &Node, changes: &FileChanges) -> Result<Edited, Unplaceable> {
    let nl = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let lines = rat_lines(root).ok_or_else(|| Unplaceable(msg!("edit-no-rat-lines")))?;
    let style = style(text, root, lines);
    let mut splices = Vec::new();
    let mut anchors: Vec<(usize, usize, usize)> = Vec::new();
    for change in &changes.lines {
        let item = lines
            .iter()
            .find(|item| line_key(item) == (Some(change.code.as_str()), change.executor.as_deref()))
            .ok_or_else(|| Unplaceable(msg!("edit-line-not-in-file", code = &change.code)))?;
        line_splices(text, item, change, &style, nl, &mut splices)?;
        if let Some(tag) = change.anchor {
            anchors.push((item.span.start as usize, line_end(text, end_of(item)), tag));
        }
    }
    if !changes.proposals.is_empty() {
        proposal_splices(
            text,
            root,
            lines,
            &changes.proposals,
            &style,
            nl,
            &mut splices,
        )?;
    }
    splices.sort_by_key(|s| (s.start, s.end));
    // Where an old position lands once the splices before it are made.
    // (An insertion exactly at `old` is not before it.)
    let moved = |old: usize| {
        let mut pos = old as isize;
        for s in splices.iter().filter(|s| s.end <= old && s.start < old) {
            pos += s.text.len() as isize - (s.end - s.start) as isize;
        }
        pos.max(0) as usize
    };
    let mut placed: Vec<(Range<usize>, usize)> = anchors
        .iter()
        .map(|(start, end, tag)| {
            (
                moved(*start)..moved(*end) + insertions_at(&splices, *end),
                *tag,
            )
        })
        .collect();
    let mut out = String::with_capacity(text.len() + 256);
    let mut at = 0;
    for s in splices {
        if s.start < at {
            return Err(Unplaceable(msg!("edit-changes-overlap")));
        }
        out.push_str(&text[at..s.start]);
        let base = out.len();
        out.push_str(&s.text);
        placed.extend(
            s.tags
                .into_iter()
                .map(|(r, t)| (r.start + base..r.end + base, t)),
        );
        at = s.end;
    }
    out.push_str(&text[at..]);
    Ok(Edited { text: out, placed })
}

/// The length of what is inserted exactly at `at` (text appended to a line's end belongs to it).
fn insertions_at(splices: &[Splice], at: usize) -> usize {
    splices
        .iter()
        .filter(|s| s.start == at && s.end == at)
        .map(|s| s.text.len())
        .sum()
}

fn get<'a>(node: &'a Node, key: &str) -> Option<(&'a Node, &'a Node)> {
    match &node.kind {
        NodeKind::Map(pairs) => pairs
            .iter()
            .find(|(k, _)| matches!(&k.kind, NodeKind::Str(s) if s == key))
            .map(|(k, v)| (k, v)),
        _ => None,
    }
}

fn scalar_text(node: &Node) -> Option<String> {
    match &node.kind {
        NodeKind::Str(s) => Some(s.clone()),
        NodeKind::Int(i) => Some(i.to_string()),
        _ => None,
    }
}

fn rat_lines(root: &Node) -> Option<&[Node]> {
    match &get(root, "rencana_aksi")?.1.kind {
        NodeKind::Seq(items) => Some(items),
        _ => None,
    }
}

fn line_key(item: &Node) -> (Option<&str>, Option<&str>) {
    let text = |key| match get(item, key).map(|(_, v)| &v.kind) {
        Some(NodeKind::Str(s)) => Some(s.as_str()),
        _ => None,
    };
    (text("sub_kegiatan"), text("perangkat_daerah"))
}

/// Where a node's text ends, its children included.
fn end_of(node: &Node) -> usize {
    let own = node.span.end as usize;
    match &node.kind {
        NodeKind::Map(pairs) => pairs
            .iter()
            .map(|(k, v)| end_of(k).max(end_of(v)))
            .max()
            .unwrap_or(own)
            .max(own),
        NodeKind::Seq(items) => items.iter().map(end_of).max().unwrap_or(own).max(own),
        _ => own,
    }
}

fn line_start(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].rfind('\n').map_or(0, |i| i + 1)
}

fn column(text: &str, at: usize) -> usize {
    at - line_start(text, at)
}

/// The end of the line `at` is on (before its line break).
fn line_end(text: &str, at: usize) -> usize {
    let at = at.min(text.len());
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    if end > 0 && text.as_bytes().get(end - 1) == Some(&b'\r') {
        end - 1
    } else {
        end
    }
}

fn is_flow(text: &str, node: &Node) -> bool {
    matches!(
        text.as_bytes().get(node.span.start as usize),
        Some(b'{' | b'[')
    )
}

/// The dash of a block sequence item: the last `-` before the item on its line.
fn dash_of(text: &str, item: &Node) -> usize {
    let start = item.span.start as usize;
    let ls = line_start(text, start);
    text[ls..start].rfind('-').map_or(start, |i| ls + i)
}

fn style(text: &str, root: &Node, lines: &[Node]) -> Style {
    let mut style = Style {
        seq_flow: false,
        item_flow: true,
        dash_offset: 2,
        item_offset: 2,
        order: vec!["triwulan".into(), "anggaran".into(), "output".into()],
        blank_between: false,
    };
    let _ = root;
    if let [first, second, ..] = lines {
        let between =
            &text[end_of(first).min(text.len())..(second.span.start as usize).min(text.len())];
        style.blank_between = between.matches('\n').count() >= 2;
    }
    let found = lines.iter().find_map(|item| {
        let (key, seq) = get(item, "realisasi")?;
        match &seq.kind {
            NodeKind::Seq(entries) if !entries.is_empty() => Some((key, seq, &entries[0])),
            _ => None,
        }
    });
    if let Some((key, seq, entry)) = found {
        style.seq_flow = is_flow(text, seq);
        style.item_flow = is_flow(text, entry);
        if !style.seq_flow {
            let dash = dash_of(text, entry);
            style.dash_offset =
                column(text, dash).saturating_sub(column(text, key.span.start as usize));
            style.item_offset = (entry.span.start as usize).saturating_sub(dash).max(2);
        }
        if let NodeKind::Map(pairs) = &entry.kind {
            let order: Vec<String> = pairs.iter().filter_map(|(k, _)| scalar_text(k)).collect();
            if ["triwulan", "anggaran", "output"]
                .iter()
                .all(|k| order.iter().any(|o| o == k))
            {
                style.order = order;
            }
        }
    }
    style
}

/// A quarter entry as text: `{triwulan: 2, anggaran: 1, output: 3}` or the block form, whose
/// continuation lines are indented to `inner` columns.
fn entry_text(q: &QuarterChange, style: &Style, flow: bool, inner: usize, nl: &str) -> Piece {
    let mut piece = Piece::default();
    let fields: Vec<&String> = style.order.iter().collect();
    if flow {
        piece.raw("{");
    }
    let mut first = true;
    for key in fields {
        let write = |piece: &mut Piece| match key.as_str() {
            "triwulan" => piece.raw(&q.quarter.to_string()),
            "output" => {
                if let Some(v) = &q.output {
                    piece.value(v);
                }
            }
            "anggaran" => spent_text(piece, &q.spent),
            _ => {}
        };
        if !matches!(key.as_str(), "triwulan" | "output" | "anggaran") {
            continue;
        }
        if flow {
            if !first {
                piece.raw(", ");
            }
        } else if !first {
            piece.raw(nl);
            piece.raw(&" ".repeat(inner));
        }
        piece.raw(key);
        piece.raw(": ");
        write(&mut piece);
        first = false;
    }
    if flow {
        piece.raw("}");
    }
    piece.anchor(0, q.anchor);
    piece
}

fn spent_text(piece: &mut Piece, spent: &[(Option<String>, Value)]) {
    match spent {
        [(None, v)] => piece.value(v),
        list => {
            piece.raw("{");
            for (i, (key, v)) in list.iter().enumerate() {
                if i > 0 {
                    piece.raw(", ");
                }
                piece.raw(key.as_deref().unwrap_or("apbd"));
                piece.raw(": ");
                piece.value(v);
            }
            piece.raw("}");
        }
    }
}

fn replace(node: &Node, value: &Value, out: &mut Vec<Splice>) {
    out.push(Splice {
        start: node.span.start as usize,
        end: node.span.end as usize,
        text: value.yaml.clone(),
        tags: vec![(0..value.yaml.len(), value.tag)],
    });
}

/// Insert `key: value` into a mapping, after its last entry, in its own style.
fn insert_key(text: &str, map: &Node, piece: Piece, nl: &str, out: &mut Vec<Splice>) {
    let NodeKind::Map(pairs) = &map.kind else {
        return;
    };
    let Some((first_key, _)) = pairs.first() else {
        return;
    };
    if is_flow(text, map) {
        let at = pairs.last().map_or(map.span.start as usize + 1, |(k, v)| {
            end_of(k).max(end_of(v))
        });
        let mut text_out = String::from(", ");
        let shift = text_out.len();
        text_out.push_str(&piece.text);
        out.push(Splice {
            start: at,
            end: at,
            text: text_out,
            tags: piece
                .tags
                .into_iter()
                .map(|(r, t)| (r.start + shift..r.end + shift, t))
                .collect(),
        });
    } else {
        let at = line_end(text, end_of(map));
        let indent = column(text, first_key.span.start as usize);
        let mut text_out = String::from(nl);
        text_out.push_str(&" ".repeat(indent));
        let shift = text_out.len();
        text_out.push_str(&piece.text);
        out.push(Splice {
            start: at,
            end: at,
            text: text_out,
            tags: piece
                .tags
                .into_iter()
                .map(|(r, t)| (r.start + shift..r.end + shift, t))
                .collect(),
        });
    }
}

fn shifted(piece: Piece, prefix: String, suffix: &str) -> (String, Vec<(Range<usize>, usize)>) {
    let shift = prefix.len();
    let mut text = prefix;
    text.push_str(&piece.text);
    text.push_str(suffix);
    let tags = piece
        .tags
        .into_iter()
        .map(|(r, t)| (r.start + shift..r.end + shift, t))
        .collect();
    (text, tags)
}

fn line_splices(
    text: &str,
    item: &Node,
    change: &LineChange,
    style: &Style,
    nl: &str,
    out: &mut Vec<Splice>,
) -> Result<(), Unplaceable> {
    let item_flow = is_flow(text, item);
    let realisation = get(item, "realisasi");
    let entries: &[Node] = match realisation.map(|(_, v)| &v.kind) {
        Some(NodeKind::Seq(entries)) => entries,
        _ => &[],
    };
    let quarter_of = |entry: &Node| match get(entry, "triwulan").map(|(_, v)| &v.kind) {
        Some(NodeKind::Int(q)) => Some(*q),
        _ => None,
    };
    let mut new_entries: Vec<&QuarterChange> = Vec::new();
    for q in &change.quarters {
        match entries
            .iter()
            .find(|e| quarter_of(e) == Some(i128::from(q.quarter)))
        {
            Some(entry) => {
                if let Some(v) = &q.output {
                    match get(entry, "output") {
                        Some((_, node)) => replace(node, v, out),
                        None => {
                            let mut piece = Piece::default();
                            piece.raw("output: ");
                            piece.value(v);
                            insert_key(text, entry, piece, nl, out);
                        }
                    }
                }
                if q.spent.is_empty() {
                    continue;
                }
                match get(entry, "anggaran") {
                    Some((_, node)) => match &node.kind {
                        NodeKind::Map(_) => {
                            for (key, v) in &q.spent {
                                let key = key.as_deref().unwrap_or("apbd");
                                match get(node, key) {
                                    Some((_, amount)) => replace(amount, v, out),
                                    None => {
                                        let mut piece = Piece::default();
                                        piece.raw(key);
                                        piece.raw(": ");
                                        piece.value(v);
                                        insert_key(text, node, piece, nl, out);
                                    }
                                }
                            }
                        }
                        _ => match q.spent.as_slice() {
                            [(_, v)] => replace(node, v, out),
                            _ => {
                                return Err(Unplaceable(msg!(
                                    "edit-one-amount",
                                    quarter = q.quarter,
                                    code = &change.code
                                )));
                            }
                        },
                    },
                    None => {
                        let mut piece = Piece::default();
                        piece.raw("anggaran: ");
                        spent_text(&mut piece, &q.spent);
                        insert_key(text, entry, piece, nl, out);
                    }
                }
            }
            None => new_entries.push(q),
        }
    }
    if !new_entries.is_empty() {
        match realisation {
            Some((key, seq)) if matches!(seq.kind, NodeKind::Seq(_)) => {
                insert_entries(
                    text,
                    key,
                    seq,
                    entries,
                    &new_entries,
                    style,
                    nl,
                    out,
                    quarter_of,
                )?;
            }
            Some(_) => {
                return Err(Unplaceable(msg!(
                    "edit-realisation-not-a-list",
                    code = &change.code
                )));
            }
            None => {
                // A new `realisasi:` key, before `keterangan` where the line has one.
                let mut piece = Piece::default();
                if item_flow {
                    piece.raw("realisasi: [");
                    for (i, q) in new_entries.iter().enumerate() {
                        if i > 0 {
                            piece.raw(", ");
                        }
                        let e = entry_text(q, style, true, 0, nl);
                        let (t, tags) = shifted(e, String::new(), "");
                        let base = piece.text.len();
                        piece.text.push_str(&t);
                        piece.tags.extend(
                            tags.into_iter()
                                .map(|(r, g)| (r.start + base..r.end + base, g)),
                        );
                    }
                    piece.raw("]");
                    insert_key(text, item, piece, nl, out);
                } else {
                    let key_col = first_key_column(text, item);
                    let dash_col = key_col + style.dash_offset;
                    let inner = dash_col + style.item_offset;
                    piece.raw("realisasi:");
                    if style.seq_flow {
                        piece.raw(" [");
                        for (i, q) in new_entries.iter().enumerate() {
                            if i > 0 {
                                piece.raw(", ");
                            }
                            let e = entry_text(q, style, true, 0, nl);
                            append(&mut piece, e);
                        }
                        piece.raw("]");
                    } else {
                        for q in &new_entries {
                            piece.raw(nl);
                            piece.raw(&" ".repeat(dash_col));
                            piece.raw("- ");
                            piece.raw(&" ".repeat(style.item_offset.saturating_sub(2)));
                            let e = entry_text(q, style, style.item_flow, inner, nl);
                            append(&mut piece, e);
                        }
                    }
                    match get(item, "keterangan") {
                        Some((key, _)) => {
                            let at = line_start(text, key.span.start as usize);
                            let (t, tags) = shifted(piece, " ".repeat(key_col), nl);
                            out.push(Splice {
                                start: at,
                                end: at,
                                text: t,
                                tags,
                            });
                        }
                        None => insert_key(text, item, piece, nl, out),
                    }
                }
            }
        }
    }
    if let Some(notes) = &change.notes {
        match get(item, "keterangan") {
            Some((_, node)) => replace_string(text, node, notes, out),
            None => {
                let mut piece = Piece::default();
                piece.raw("keterangan: ");
                piece.value(notes);
                insert_key(text, item, piece, nl, out);
            }
        }
    }
    Ok(())
}

fn append(piece: &mut Piece, other: Piece) {
    let base = piece.text.len();
    piece.text.push_str(&other.text);
    piece.tags.extend(
        other
            .tags
            .into_iter()
            .map(|(r, t)| (r.start + base..r.end + base, t)),
    );
}

fn first_key_column(text: &str, map: &Node) -> usize {
    match &map.kind {
        NodeKind::Map(pairs) => pairs
            .first()
            .map_or(0, |(k, _)| column(text, k.span.start as usize)),
        _ => 0,
    }
}

#[allow(clippy::too_many_arguments)]
fn insert_entries(
    text: &str,
    key: &Node,
    seq: &Node,
    entries: &[Node],
    new: &[&QuarterChange],
    style: &Style,
    nl: &str,
    out: &mut Vec<Splice>,
    quarter_of: impl Fn(&Node) -> Option<i128>,
) -> Result<(), Unplaceable> {
    let flow_seq = is_flow(text, seq);
    for q in new {
        // After the last entry of an earlier quarter; before the first entry otherwise.
        let before = entries
            .iter()
            .rev()
            .find(|e| quarter_of(e).is_some_and(|n| n < i128::from(q.quarter)));
        let item_flow = entries
            .first()
            .map_or(style.item_flow, |e| is_flow(text, e));
        if flow_seq {
            let entry = entry_text(q, style, true, 0, nl);
            match (before, entries.first()) {
                (Some(prev), _) => {
                    let at = end_of(prev);
                    let (t, tags) = shifted(entry, ", ".into(), "");
                    out.push(Splice {
                        start: at,
                        end: at,
                        text: t,
                        tags,
                    });
                }
                (None, Some(first)) => {
                    let at = first.span.start as usize;
                    let (t, tags) = shifted(entry, String::new(), ", ");
                    out.push(Splice {
                        start: at,
                        end: at,
                        text: t,
                        tags,
                    });
                }
                (None, None) => {
                    let at = seq.span.start as usize + 1;
                    let (t, tags) = shifted(entry, String::new(), "");
                    out.push(Splice {
                        start: at,
                        end: at,
                        text: t,
                        tags,
                    });
                }
            }
            continue;
        }
        let (dash_col, inner) = match entries.first() {
            Some(first) => {
                let dash = dash_of(text, first);
                (column(text, dash), column(text, first.span.start as usize))
            }
            None => {
                let dash = column(text, key.span.start as usize) + style.dash_offset;
                (dash, dash + style.item_offset)
            }
        };
        let entry = entry_text(q, style, item_flow, inner, nl);
        let gap = " ".repeat(inner.saturating_sub(dash_col + 1));
        match (before, entries.first()) {
            (Some(prev), _) => {
                let at = line_end(text, end_of(prev));
                let (t, tags) = shifted(entry, format!("{nl}{}-{gap}", " ".repeat(dash_col)), "");
                out.push(Splice {
                    start: at,
                    end: at,
                    text: t,
                    tags,
                });
            }
            (None, Some(first)) => {
                let at = line_start(text, dash_of(text, first));
                let (t, tags) = shifted(entry, format!("{}-{gap}", " ".repeat(dash_col)), nl);
                out.push(Splice {
                    start: at,
                    end: at,
                    text: t,
                    tags,
                });
            }
            (None, None) => {
                return Err(Unplaceable(msg!("edit-empty-block-list")));
            }
        }
    }
    Ok(())
}

/// Replace a string value in the quoting it had: single-quoted stays single-quoted (when the
/// new text allows), a block scalar (`|`) keeps its indicator and indentation.
fn replace_string(text: &str, node: &Node, value: &Value, out: &mut Vec<Splice>) {
    let start = node.span.start as usize;
    let old = &text[start..(node.span.end as usize).min(text.len())];
    let plain = unquote_plain(&value.yaml);
    let new = if let Some(plain) = &plain {
        let before = &text[line_start(text, start)..start];
        let block = !old.starts_with(['"', '\'']) && before.trim().is_empty() && old.contains('\n');
        if block {
            let indent = column(text, start);
            let mut s = String::new();
            for l in plain.lines() {
                s.push_str(&" ".repeat(indent));
                s.push_str(l);
                s.push('\n');
            }
            let s = s.trim_start().to_owned();
            let trailing = old.len() - old.trim_end_matches('\n').len();
            let mut s = s.trim_end_matches('\n').to_owned();
            s.push_str(&"\n".repeat(trailing));
            s
        } else if old.starts_with('\'') && !plain.contains(['\n', '\r']) {
            format!("'{}'", plain.replace('\'', "''"))
        } else if old.starts_with('"') {
            double_quoted(plain)
        } else {
            value.yaml.clone()
        }
    } else {
        value.yaml.clone()
    };
    out.push(Splice {
        start,
        end: node.span.end as usize,
        tags: vec![(0..new.len(), value.tag)],
        text: new,
    });
}

/// The text a YAML scalar written by [`yaml_string`] stands for.
fn unquote_plain(yaml: &str) -> Option<String> {
    if let Some(inner) = yaml.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        let mut out = String::new();
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next()? {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    '"' => out.push('"'),
                    '\\' => out.push('\\'),
                    'u' => {
                        let hex: String = chars.by_ref().take(4).collect();
                        out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                    }
                    _ => return None,
                }
            } else {
                out.push(c);
            }
        }
        Some(out)
    } else {
        Some(yaml.to_owned())
    }
}

/// Text as a YAML scalar: plain where YAML reads it back as the same text, double-quoted
/// otherwise.
pub fn yaml_string(s: &str) -> String {
    let plain = !s.is_empty()
        && !s.starts_with(|c: char| {
            c.is_whitespace() || c.is_ascii_digit() || "-?:,[]{}#&*!|>'\"%@`+.~".contains(c)
        })
        && !s.ends_with(char::is_whitespace)
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.ends_with(':')
        && !s.chars().any(char::is_control)
        && !matches!(
            s.to_ascii_lowercase().as_str(),
            "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n"
        );
    if plain {
        s.to_owned()
    } else {
        double_quoted(s)
    }
}

fn double_quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[allow(clippy::too_many_arguments)]
fn proposal_splices(
    text: &str,
    root: &Node,
    lines: &[Node],
    proposals: &[NewLine],
    style: &Style,
    nl: &str,
    out: &mut Vec<Splice>,
) -> Result<(), Unplaceable> {
    let Some((key, seq)) = get(root, "rencana_aksi") else {
        return Err(Unplaceable(msg!("edit-no-rat-lines")));
    };
    let flow = is_flow(text, seq);
    let (dash_col, inner) = match lines.first() {
        Some(first) if !flow => {
            let dash = dash_of(text, first);
            (column(text, dash), column(text, first.span.start as usize))
        }
        _ => {
            let dash = column(text, key.span.start as usize) + 2;
            (dash, dash + 2)
        }
    };
    let mut piece = Piece::default();
    for p in proposals {
        let start = piece.text.len();
        if !lines.is_empty() && style.blank_between || lines.is_empty() && start > 0 {
            piece.raw(nl);
        }
        piece.raw(nl);
        piece.raw(&" ".repeat(dash_col));
        piece.raw("# ");
        piece.raw(&p.comment);
        piece.raw(nl);
        piece.raw(&" ".repeat(dash_col));
        piece.raw("-");
        piece.raw(&" ".repeat(inner.saturating_sub(dash_col + 1).max(1)));
        for (i, (k, v)) in p.fields.iter().enumerate() {
            if i > 0 {
                piece.raw(nl);
                piece.raw(&" ".repeat(inner));
            }
            piece.raw(k);
            piece.raw(": ");
            piece.value(v);
        }
        piece.anchor(start, p.anchor);
    }
    match lines.last() {
        Some(last) if !flow => {
            let at = line_end(text, end_of(last));
            out.push(Splice {
                start: at,
                end: at,
                text: piece.text,
                tags: piece.tags,
            });
        }
        _ => {
            // `rencana_aksi: []` (or a flow list): replaced by a block list of the proposals
            // followed by the lines it had, which are rare enough to be rewritten as blocks
            // only when empty.
            if !lines.is_empty() {
                return Err(Unplaceable(msg!("edit-flow-rat-lines")));
            }
            let start = key.span.end as usize;
            let end = (seq.span.end as usize).max(start);
            let rest = &text[start..end];
            let colon = rest.find(':').map_or(start, |i| start + i + 1);
            out.push(Splice {
                start: colon,
                end,
                text: piece.text,
                tags: piece.tags,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
