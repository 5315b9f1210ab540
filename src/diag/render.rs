//! Printing diagnostics: `human` (snippets with carets), `short` (one line each), `json` (one
//! array for tools) and `github` (workflow commands that annotate a pull request).

use super::{Diagnostic, Label, Severity};
use crate::i18n::Lang;
use crate::source::{FileId, SourceFiles, Span};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::Serialize;
use std::collections::BTreeMap;

/// How `rpkd check` prints what it found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Short,
    Json,
    Github,
    /// SARIF 2.1.0 (GitHub code scanning, editors' SARIF viewers).
    Sarif,
    /// GitLab Code Quality (a merge request's `codequality` report).
    Gitlab,
}

/// Render every diagnostic of one or more plans in `format`.
///
/// Messages are rendered in `lang`; `color` applies to the human format only. The JSON format
/// is one array for the whole run, so callers pass all plans' diagnostics at once.
pub fn render(
    format: Format,
    lang: Lang,
    batches: &[(&SourceFiles, &[Diagnostic])],
    color: bool,
) -> String {
    match format {
        Format::Human => batches
            .iter()
            .flat_map(|(files, diags)| capped(files, diags, lang, color))
            .collect::<Vec<_>>()
            .join("\n"),
        Format::Short => lines(batches, lang, short),
        Format::Sarif => super::sarif::render(lang, batches),
        Format::Gitlab => super::gitlab::render(lang, batches),
        Format::Github => lines(batches, lang, github),
        Format::Json => {
            let all: Vec<JsonDiagnostic> = batches
                .iter()
                .flat_map(|(files, diags)| diags.iter().map(move |d| json(files, d, lang)))
                .collect();
            let mut text = serde_json::to_string_pretty(&all).unwrap_or_else(|_| "[]".into());
            text.push('\n');
            text
        }
    }
}

fn lines(
    batches: &[(&SourceFiles, &[Diagnostic])],
    lang: Lang,
    one: fn(&SourceFiles, &Diagnostic, Lang) -> String,
) -> String {
    let mut out = String::new();
    for (files, diags) in batches {
        for d in diags.iter() {
            out.push_str(&one(files, d, lang));
            out.push('\n');
        }
    }
    out
}

/// Where a diagnostic points, for the one-line formats.
pub(super) struct Position {
    pub path: String,
    /// `Realisasi!F12` for a workbook cell; `line` and `column` are then its row and column.
    pub cell: Option<String>,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

pub(super) fn position(files: &SourceFiles, span: Span) -> Position {
    let file = files.get(span.file);
    if let Some(cell) = file.cell(span) {
        let (line, column) = (cell.row as usize + 1, cell.col as usize + 1);
        return Position {
            path: display_path(files, span.file),
            cell: Some(cell.full()),
            line,
            column,
            end_line: line,
            end_column: column,
        };
    }
    let start = file.line_col(span.start);
    let end = file.line_col(span.end);
    Position {
        path: display_path(files, span.file),
        cell: None,
        line: start.line,
        column: start.column,
        end_line: end.line,
        end_column: end.column,
    }
}

fn display_path(files: &SourceFiles, id: FileId) -> String {
    files.path(id).display().to_string()
}

fn short(files: &SourceFiles, d: &Diagnostic, lang: Lang) -> String {
    let place = match d.primary_span() {
        Some(span) => {
            let p = position(files, span);
            match &p.cell {
                Some(cell) => format!("{}!{cell}: ", p.path),
                None if files.get(span.file).is_workbook() => format!("{}: ", p.path),
                None => format!("{}:{}:{}: ", p.path, p.line, p.column),
            }
        }
        None => String::new(),
    };
    let mut line = format!(
        "{place}{}[{}]: {}",
        d.severity.as_str(),
        d.code.as_str(),
        d.message.render(lang)
    );
    for hint in &d.hints {
        line.push_str(" (");
        line.push_str(&hint.render(lang));
        line.push(')');
    }
    line
}

fn github(files: &SourceFiles, d: &Diagnostic, lang: Lang) -> String {
    let command = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut props = Vec::new();
    let mut message = String::new();
    if let Some(span) = d.primary_span() {
        let p = position(files, span);
        props.push(format!("file={}", escape_property(&p.path)));
        match &p.cell {
            // A workbook has no lines to annotate: the cell leads the message.
            Some(cell) => message = format!("{cell}: "),
            None => {
                props.push(format!("line={}", p.line));
                props.push(format!("col={}", p.column));
                if p.end_line == p.line && p.end_column > p.column {
                    props.push(format!("endColumn={}", p.end_column));
                }
            }
        }
    }
    props.push(format!(
        "title={}",
        escape_property(&format!("{} {}", d.code.as_str(), d.code.title_in(lang)))
    ));
    message.push_str(&d.message.render(lang));
    for hint in &d.hints {
        message.push('\n');
        message.push_str(&hint.render(lang));
    }
    format!("::{command} {}::{}", props.join(","), escape_data(&message))
}

/// GitHub workflow command data: `%`, CR and LF are escaped.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// GitHub workflow command properties additionally escape `:` and `,`.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[derive(Serialize)]
struct JsonDiagnostic {
    file: Option<String>,
    /// `Realisasi!F12` where the diagnostic points at a workbook cell (`line` and `column` are
    /// then its row and column number).
    #[serde(skip_serializing_if = "Option::is_none")]
    cell: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    code: super::Code,
    severity: Severity,
    /// The catalogue id of `message` (the same in every language), when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    message_id: Option<&'static str>,
    message: String,
    hints: Vec<String>,
    labels: Vec<JsonLabel>,
}

#[derive(Serialize)]
struct JsonLabel {
    file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    cell: Option<String>,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    message: String,
    primary: bool,
}

fn json(files: &SourceFiles, d: &Diagnostic, lang: Lang) -> JsonDiagnostic {
    let primary = d.primary_span().map(|s| position(files, s));
    JsonDiagnostic {
        file: primary.as_ref().map(|p| p.path.clone()),
        cell: primary.as_ref().and_then(|p| p.cell.clone()),
        line: primary.as_ref().map(|p| p.line),
        column: primary.as_ref().map(|p| p.column),
        end_line: primary.as_ref().map(|p| p.end_line),
        end_column: primary.as_ref().map(|p| p.end_column),
        code: d.code,
        severity: d.severity,
        message_id: d.message.id(),
        message: d.message.render(lang),
        hints: d.hints.iter().map(|h| h.render(lang)).collect(),
        labels: d
            .labels
            .iter()
            .map(|l| {
                let p = position(files, l.span);
                JsonLabel {
                    file: p.path,
                    cell: p.cell,
                    line: p.line,
                    column: p.column,
                    end_line: p.end_line,
                    end_column: p.end_column,
                    message: l.message.render(lang),
                    primary: l.primary,
                }
            })
            .collect(),
    }
}

/// The human format prints at most this many diagnostics per file, then says how many more
/// there are: a pasted list of a hundred thousand wrong items is reported in a moment, and the
/// other formats (one line each) still list them all.
pub const MAX_SHOWN_PER_FILE: usize = 50;

/// Snippet lines are cut to a window of about this many characters around their carets.
const WINDOW: usize = 120;

/// A label spanning more lines than this is shown by its first line.
const MAX_LABEL_LINES: usize = 8;

fn capped(files: &SourceFiles, diags: &[Diagnostic], lang: Lang, color: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut shown: BTreeMap<Option<FileId>, usize> = BTreeMap::new();
    let mut hidden: BTreeMap<Option<FileId>, usize> = BTreeMap::new();
    for d in diags {
        let file = d.primary_span().map(|s| s.file);
        let count = shown.entry(file).or_insert(0);
        if *count < MAX_SHOWN_PER_FILE {
            *count += 1;
            out.push(human(files, d, lang, color));
        } else {
            *hidden.entry(file).or_insert(0) += 1;
        }
    }
    for (file, n) in hidden {
        let message = match file {
            Some(id) => crate::msg!(
                "diag-more-in-file",
                count = n,
                path = display_path(files, id)
            ),
            None => crate::msg!("diag-more", count = n),
        };
        out.push(format!("{}\n", message.render(lang)));
    }
    out
}

/// One snippet of a diagnostic: a few lines of one file around some of its labels.
struct Excerpt<'a> {
    path: String,
    /// For a workbook: the cell (`Realisasi!F12`), named where the snippet's place would be.
    cell: Option<String>,
    /// The text shown, and where it starts in the file.
    text: std::borrow::Cow<'a, str>,
    first_line: usize,
    offset: usize,
    /// Bytes added before the text shown (an ellipsis), shifting every label.
    shift: usize,
    /// Where to say the snippet is, when it does not start at its line's start.
    origin: Option<(usize, usize)>,
    labels: Vec<(&'a Label, usize, usize)>,
}

fn excerpts<'a>(files: &'a SourceFiles, d: &'a Diagnostic) -> Vec<Excerpt<'a>> {
    let mut by_file: BTreeMap<FileId, Vec<&Label>> = BTreeMap::new();
    for label in &d.labels {
        by_file.entry(label.span.file).or_default().push(label);
    }
    // The primary label's file comes first.
    let mut order: Vec<FileId> = by_file.keys().copied().collect();
    if let Some(primary) = d.primary_span() {
        order.sort_by_key(|f| *f != primary.file);
    }
    let mut out = Vec::new();
    for id in order {
        let mut labels = by_file.remove(&id).unwrap_or_default();
        labels.sort_by_key(|l| l.span.start);
        let file = files.get(id);
        let text = file.text.as_str();
        // A workbook source is one line per cell: show the primary (or first) label's cell
        // alone, numbered by its row.
        if let Some(label) = labels.iter().find(|l| l.primary).or(labels.first())
            && let Some(cell) = file.cell(label.span)
        {
            let lo = line_start(text, (label.span.start as usize).min(text.len()));
            let hi = line_end(text, lo);
            let (start, end) = (label.span.start as usize, label.span.end as usize);
            out.push(Excerpt {
                path: display_path(files, id),
                cell: Some(cell.full()),
                text: std::borrow::Cow::Owned(printable_lines(&text[lo..hi])),
                first_line: cell.row as usize + 1,
                offset: lo,
                shift: 0,
                origin: None,
                labels: vec![(*label, start.clamp(lo, hi), end.clamp(lo, hi))],
            });
            continue;
        }
        // Each label as a byte range clamped to the text, shown by its first lines only.
        let ranges: Vec<(&Label, usize, usize)> = labels
            .iter()
            .map(|l| {
                let start = boundary_back(text, (l.span.start as usize).min(text.len()));
                let mut end = boundary_back(text, (l.span.end as usize).min(text.len())).max(start);
                let start_line = file.line_col(start as u32).line;
                if file.line_col(end as u32).line > start_line + MAX_LABEL_LINES {
                    end = line_end(text, start);
                }
                (*l, start, end)
            })
            .collect();
        // Labels a few lines apart share a snippet; far apart, each has its own.
        let mut groups: Vec<Vec<(&Label, usize, usize)>> = Vec::new();
        for r in ranges {
            let line = file.line_col(r.1 as u32).line;
            match groups.last_mut() {
                Some(g)
                    if line
                        <= file
                            .line_col(g.iter().map(|x| x.2).max().unwrap_or(0) as u32)
                            .line
                            + 8 =>
                {
                    g.push(r)
                }
                _ => groups.push(vec![r]),
            }
        }
        // The group holding the primary label comes first: its place heads the report.
        groups.sort_by_key(|g| !g.iter().any(|r| r.0.primary));
        for group in groups {
            let lo = group.iter().map(|r| r.1).min().unwrap_or(0);
            let hi = group.iter().map(|r| r.2).max().unwrap_or(0);
            let (line_lo, line_hi) = (line_start(text, lo), line_end(text, hi));
            let first_line = file.line_col(line_lo as u32).line;
            let single_line = file.line_col(line_hi as u32).line == first_line;
            if single_line && line_hi - line_lo > 3 * WINDOW {
                // A long line: a window around the carets, with ellipses where it is cut.
                let from = back_chars(text, lo, WINDOW / 2).max(line_lo);
                let to = forward_chars(text, hi.max(lo), WINDOW / 2).min(line_hi);
                let to = to.max(from);
                let (before, after) = (from > line_lo, to < line_hi);
                let mut shown = String::new();
                if before {
                    shown.push('…');
                }
                shown.push_str(&text[from..to]);
                if after {
                    shown.push('…');
                }
                let primary = group.iter().find(|r| r.0.primary).map_or(lo, |r| r.1);
                let at = file.line_col(primary as u32);
                out.push(Excerpt {
                    path: display_path(files, id),
                    cell: None,
                    text: std::borrow::Cow::Owned(printable_lines(&shown)),
                    first_line,
                    offset: from,
                    shift: if before { '…'.len_utf8() } else { 0 },
                    origin: Some((at.line, at.column)),
                    labels: group
                        .into_iter()
                        .map(|(l, s, e)| (l, s.clamp(from, to), e.clamp(from, to)))
                        .collect(),
                });
            } else {
                out.push(Excerpt {
                    path: display_path(files, id),
                    cell: None,
                    text: std::borrow::Cow::Owned(printable_lines(&text[line_lo..line_hi])),
                    first_line,
                    offset: line_lo,
                    shift: 0,
                    origin: None,
                    labels: group,
                });
            }
        }
    }
    out
}

/// A lone carriage return ends a line, as it does for the YAML parser; the snippet renderer
/// knows only line feeds, so it gets one in its place (the same length, so offsets hold).
fn printable_lines(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if c == '\r' && bytes.get(i + 1) != Some(&b'\n') {
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

fn boundary_back(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn back_chars(text: &str, at: usize, n: usize) -> usize {
    text[..at]
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i)
}

fn forward_chars(text: &str, at: usize, n: usize) -> usize {
    text[at..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| at + i)
}

fn line_start(text: &str, at: usize) -> usize {
    let at = boundary_back(text, at);
    text[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1)
}

fn line_end(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at += 1;
    }
    text[at..].find(['\n', '\r']).map_or(text.len(), |i| at + i)
}

/// A diagnostic with a cut line, in the human format's plain layout: the snippet renderer
/// would count the column from the cut, so the place is written here from the file itself.
fn windowed(d: &Diagnostic, excerpts: &[Excerpt<'_>], lang: Lang) -> String {
    use std::fmt::Write as _;
    let mut out = format!(
        "{}[{}]: {}\n",
        severity_word(d.severity, lang),
        d.code.as_str(),
        d.message.render(lang)
    );
    let width = excerpts
        .iter()
        .map(|e| e.first_line.to_string().len())
        .max()
        .unwrap_or(1);
    let pad = " ".repeat(width);
    for (i, ex) in excerpts.iter().enumerate() {
        let arrow = if i == 0 { "-->" } else { ":::" };
        let (line, column) = ex.origin.unwrap_or((ex.first_line, 1));
        let _ = writeln!(out, "{pad}{arrow} {}:{line}:{column}", ex.path);
        let _ = writeln!(out, "{pad} |");
        let _ = writeln!(
            out,
            "{:>width$} | {}",
            ex.first_line,
            ex.text.replace('\n', " ")
        );
        for (label, start, end) in &ex.labels {
            let from = start.saturating_sub(ex.offset) + ex.shift;
            let to = (end.saturating_sub(ex.offset) + ex.shift).max(from);
            let before = ex.text.get(..from).map_or(0, |t| t.chars().count());
            let under = ex
                .text
                .get(from..to)
                .map_or(1, |t| t.chars().count())
                .max(1);
            let mark = if label.primary { "^" } else { "-" };
            let _ = writeln!(
                out,
                "{pad} | {}{} {}",
                " ".repeat(before),
                mark.repeat(under),
                label.message.render(lang)
            );
        }
        let _ = writeln!(out, "{pad} |");
    }
    for hint in &d.hints {
        let _ = writeln!(
            out,
            "{pad} = {}: {}",
            crate::msg!("diag-help").render(lang),
            hint.render(lang)
        );
    }
    out.trim_end().to_owned()
}

fn human(files: &SourceFiles, d: &Diagnostic, lang: Lang, color: bool) -> String {
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    }
    .with_name(severity_word(d.severity, lang));
    let excerpts = excerpts(files, d);
    if excerpts.iter().any(|e| e.origin.is_some()) {
        return windowed(d, &excerpts, lang);
    }
    let message = d.message.render(lang);
    let title = level.primary_title(message.as_str()).id(d.code.as_str());
    let mut elements: Vec<annotate_snippets::Element<'_>> = Vec::new();
    for ex in &excerpts {
        // A label at the very start with no extent concerns the file as a whole: name the file
        // without quoting its first line.
        if ex
            .labels
            .iter()
            .all(|(l, _, _)| l.span.start == 0 && l.span.end == 0)
        {
            elements.push(annotate_snippets::Origin::path(ex.path.as_str()).into());
            continue;
        }
        let mut snippet = Snippet::source(ex.text.as_ref()).line_start(ex.first_line);
        match &ex.cell {
            Some(cell) => {
                let place = format!("{}!{cell}", ex.path);
                elements.push(annotate_snippets::Origin::path(place).into());
            }
            None => snippet = snippet.path(ex.path.as_str()),
        }
        for (label, start, end) in &ex.labels {
            let kind = if label.primary {
                AnnotationKind::Primary
            } else {
                AnnotationKind::Context
            };
            let start = start.saturating_sub(ex.offset) + ex.shift;
            let end = end.saturating_sub(ex.offset) + ex.shift;
            let annotation = kind.span(start..end.max(start));
            snippet = snippet.annotation(if label.message.is_empty() {
                annotation
            } else {
                annotation.label(label.message.render(lang))
            });
        }
        elements.push(snippet.into());
    }
    for hint in &d.hints {
        elements.push(
            Level::HELP
                .with_name(crate::msg!("diag-help").render(lang))
                .message(hint.render(lang))
                .into(),
        );
    }
    let report: &[Group<'_>] = &[title.elements(elements)];
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    renderer.render(report)
}

/// `error` / `kesalahan`, `warning` / `peringatan` in the human format's headings. The
/// one-line and machine formats keep `error` and `warning`: editors' problem matchers read them.
fn severity_word(severity: Severity, lang: Lang) -> String {
    match severity {
        Severity::Error => crate::msg!("diag-error"),
        Severity::Warning => crate::msg!("diag-warning"),
    }
    .render(lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Code, Diagnostic};

    fn sample() -> (SourceFiles, Vec<Diagnostic>) {
        let mut files = SourceFiles::default();
        let id = files.add("plans/x/rpkd.yaml".into(), "a: 1\nstrategi: S9\n".into());
        let strategy = || crate::msg!("ref-strategy");
        let d = Diagnostic::new(
            Code::UnknownReference,
            crate::msg!("ref-unknown", what = strategy(), name = "S9"),
        )
        .primary(
            Span::new(id, 15, 17),
            crate::msg!("ref-no-such-id", what = strategy()),
        )
        .hint(crate::msg!("hint-did-you-mean", name = "S1"));
        (files, vec![d])
    }

    #[test]
    fn short_names_file_line_and_column() {
        let (files, diags) = sample();
        let text = render(Format::Short, Lang::En, &[(&files, &diags)], false);
        assert_eq!(
            text,
            "plans/x/rpkd.yaml:2:11: error[E011]: unknown strategy `S9` (did you mean `S1`?)\n"
        );
    }

    #[test]
    fn github_escapes_properties_and_data() {
        let (files, mut diags) = sample();
        diags[0].message = crate::i18n::Message::verbatim("50% done, more:\nnext");
        let text = render(Format::Github, Lang::En, &[(&files, &diags)], false);
        assert_eq!(
            text,
            "::error file=plans/x/rpkd.yaml,line=2,col=11,endColumn=13,title=E011 unknown reference::50%25 done, more:%0Anext%0Adid you mean `S1`?\n"
        );
    }

    #[test]
    fn json_is_one_array_with_positions() {
        let (files, diags) = sample();
        let text = render(Format::Json, Lang::En, &[(&files, &diags)], false);
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value[0]["file"], "plans/x/rpkd.yaml");
        assert_eq!(value[0]["line"], 2);
        assert_eq!(value[0]["column"], 11);
        assert_eq!(value[0]["code"], "E011");
        assert_eq!(value[0]["severity"], "error");
        assert_eq!(value[0]["hints"][0], "did you mean `S1`?");
    }

    #[test]
    fn a_workbook_cell_is_named_where_a_line_would_be() {
        let mut files = SourceFiles::default();
        let id = files.add_workbook(
            "dinsos-2025.xlsx".into(),
            vec![
                (crate::source::CellRef::new("Realisasi", 10, 4), "x".into()),
                (
                    crate::source::CellRef::new("Realisasi", 11, 5),
                    "1.500.000".into(),
                ),
            ],
        );
        let text = || crate::msg!("found-text");
        let d = Diagnostic::new(
            Code::WrongType,
            crate::msg!(
                "decode-wrong-type",
                expected = crate::msg!("expect-rupiah"),
                found = text()
            ),
        )
        .primary(
            files.cell_span(id, 1),
            crate::msg!("decode-this-is", found = text()),
        )
        .hint(crate::msg!("decode-plain-digits", digits = "1500000"));
        let diags = vec![d];
        let short = render(Format::Short, Lang::En, &[(&files, &diags)], false);
        assert_eq!(
            short,
            "dinsos-2025.xlsx!Realisasi!F12: error[E005]: expected an amount in whole rupiah, e.g. `1500000000`, found text (write the number without `Rp`, spaces or thousands separators: `1500000`)\n"
        );
        let github = render(Format::Github, Lang::En, &[(&files, &diags)], false);
        assert_eq!(
            github,
            "::error file=dinsos-2025.xlsx,title=E005 wrong type::Realisasi!F12: expected an amount in whole rupiah, e.g. `1500000000`, found text%0Awrite the number without `Rp`, spaces or thousands separators: `1500000`\n"
        );
        let json: serde_json::Value =
            serde_json::from_str(&render(Format::Json, Lang::En, &[(&files, &diags)], false))
                .unwrap();
        assert_eq!(json[0]["cell"], "Realisasi!F12");
        assert_eq!(
            (json[0]["line"].as_u64(), json[0]["column"].as_u64()),
            (Some(12), Some(6))
        );
        let human = render(Format::Human, Lang::En, &[(&files, &diags)], false);
        assert!(
            human.contains("--> dinsos-2025.xlsx!Realisasi!F12"),
            "{human}"
        );
        assert!(human.contains("12 | 1.500.000"), "{human}");
        assert!(human.contains("^^^^^^^^^ this is text"), "{human}");
    }

    #[test]
    fn human_shows_the_line_with_a_caret_and_the_hint() {
        let (files, diags) = sample();
        let text = render(Format::Human, Lang::En, &[(&files, &diags)], false);
        assert!(
            text.contains("error[E011]: unknown strategy `S9`"),
            "{text}"
        );
        assert!(text.contains("plans/x/rpkd.yaml:2:11"), "{text}");
        assert!(text.contains("2 | strategi: S9"), "{text}");
        assert!(text.contains("^^ no strategy has this id"), "{text}");
        assert!(text.contains("help: did you mean `S1`?"), "{text}");
        let text = render(Format::Human, Lang::Id, &[(&files, &diags)], false);
        assert!(text.contains("strategi `S9` tidak dikenal"), "{text}");
        assert!(
            text.contains("^^ tidak ada strategi dengan id ini"),
            "{text}"
        );
        assert!(text.contains("mungkin maksud Anda `S1`?"), "{text}");
    }
}
