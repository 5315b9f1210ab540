//! The layout directives a template writes into its Markdown, as HTML comments that every
//! Markdown viewer hides: `<!-- rpkd:NAME ARGUMENTS -->` (see `docs/templates.md`).
//!
//! One grammar serves the writers and `check`: [`parse`] reads a directive leniently for the
//! writers (an unknown column kind is read as `text`, so a template mistake never stops a build)
//! and reports what it had to forgive, which `check` prints as a warning at the template's line.

use crate::i18n::{Lang, Message};
use crate::msg;
use std::fmt;

/// A layout directive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Directive {
    /// The table of contents.
    Toc,
    /// The list of tables (every table in a `table` block with a caption), under `title`.
    Tables {
        title: String,
    },
    /// The list of figures, under `title`.
    Figures {
        title: String,
    },
    /// The region's emblem (on a cover).
    Logo,
    /// A chart by id, with its SVG drawn from the view.
    Chart(String),
    /// Start a new page (PDF and print).
    PageBreak,
    /// Following pages in landscape / portrait (PDF and print).
    Landscape,
    Portrait,
    /// The front matter ends: page numbers restart in Arabic numerals (PDF).
    MainMatter,
    /// `begin CLASS` … `end`: a styled block (`cover`, `signature`, `note`).
    Begin(String),
    /// `table …` … `end`: a table with its caption (the paragraph before it) and its notes (the
    /// paragraphs after it).
    Table(TableSpec),
    End,
    /// At the start of a table row's first cell: keep this row on the page of the next one.
    Keep,
}

/// What a `table` directive says about its table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TableSpec {
    /// The anchor the list of tables links to; from the caption's label when absent.
    pub id: Option<String>,
    /// One entry per column, in order; columns beyond the list are text.
    pub columns: Vec<ColumnSpec>,
    /// Tables naming the same grid share column widths and type size (the matrices of one
    /// document).
    pub grid: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnSpec {
    pub kind: ColumnKind,
    /// Consecutive columns with the same group print under one spanning header cell.
    pub group: Option<String>,
}

/// What a column holds, which decides how it may break and how wide it gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ColumnKind {
    /// Words: break between words and at Indonesian syllables.
    Text,
    /// Figures, right-aligned, never broken inside a number.
    Number,
    /// Amounts of money, right-aligned, never broken inside an amount.
    Money,
    /// Nomenclature codes and ids, never broken inside a code.
    Code,
    /// Years, never broken.
    Year,
}

impl ColumnKind {
    pub const ALL: [ColumnKind; 5] = [
        ColumnKind::Text,
        ColumnKind::Number,
        ColumnKind::Money,
        ColumnKind::Code,
        ColumnKind::Year,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ColumnKind::Text => "text",
            ColumnKind::Number => "number",
            ColumnKind::Money => "money",
            ColumnKind::Code => "code",
            ColumnKind::Year => "year",
        }
    }

    /// Figures are right-aligned and never hyphenated.
    pub fn is_figure(self) -> bool {
        matches!(
            self,
            ColumnKind::Number | ColumnKind::Money | ColumnKind::Year
        )
    }
}

/// Something [`parse`] had to forgive, with the byte range inside the comment it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub message: Message,
    pub range: std::ops::Range<usize>,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message.render(Lang::En))
    }
}

/// How many columns one `KIND*N` may stand for: more is a typo, not a table.
const MAX_REPEAT: usize = 500;

impl Directive {
    /// Read a directive from an HTML block, if that is what it is.
    pub fn parse(html: &str) -> Option<Directive> {
        parse(html)
    }
}

/// Read a directive from an HTML comment. `None` when the text is not an `rpkd:` comment.
pub fn parse(html: &str) -> Option<Directive> {
    parse_checked(html).ok().flatten().map(|(d, _)| d)
}

/// Read a directive and say what was wrong with it. `Ok(None)` is a comment that is not ours;
/// `Err` an `rpkd:` comment that is no directive at all (an unknown name, a missing argument).
pub fn parse_checked(html: &str) -> Result<Option<(Directive, Vec<Problem>)>, Problem> {
    let trimmed = html.trim();
    let Some(inner) = trimmed
        .strip_prefix("<!--")
        .and_then(|s| s.strip_suffix("-->"))
    else {
        return Ok(None);
    };
    let lead = html.len() - html.trim_start().len() + 4;
    let start = lead + (inner.len() - inner.trim_start().len());
    let inner = inner.trim();
    let Some(body) = inner.strip_prefix("rpkd:") else {
        return Ok(None);
    };
    let base = start + 5;
    let (name, arg, arg_at) = match body.find(char::is_whitespace) {
        Some(i) => {
            let rest = &body[i..];
            let skip = rest.len() - rest.trim_start().len();
            (&body[..i], rest.trim(), base + i + skip)
        }
        None => (body, "", base + body.len()),
    };
    let whole = start..start + inner.len();
    let fail = |message: Message| Problem {
        message,
        range: whole.clone(),
    };
    let word = |a: &str| {
        (!a.is_empty()
            && a.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .then(|| a.to_owned())
    };
    let bare = |d: Directive| -> Result<Option<(Directive, Vec<Problem>)>, Problem> {
        if arg.is_empty() {
            Ok(Some((d, Vec::new())))
        } else {
            Err(fail(msg!(
                "directive-no-argument",
                name = name,
                found = arg
            )))
        }
    };
    match name {
        "toc" => bare(Directive::Toc),
        "logo" => bare(Directive::Logo),
        "pagebreak" => bare(Directive::PageBreak),
        "landscape" => bare(Directive::Landscape),
        "portrait" => bare(Directive::Portrait),
        "mainmatter" => bare(Directive::MainMatter),
        "end" => bare(Directive::End),
        "keep" => bare(Directive::Keep),
        "chart" | "begin" => match word(arg) {
            Some(a) if name == "chart" => Ok(Some((Directive::Chart(a), Vec::new()))),
            Some(a) => Ok(Some((Directive::Begin(a), Vec::new()))),
            None => Err(fail(msg!("directive-needs-word", name = name, found = arg))),
        },
        "tables" | "figures" => {
            let (attributes, mut problems) = attributes(arg, arg_at);
            let mut title = String::new();
            for (key, value, range, _) in attributes {
                match key.as_str() {
                    "title" => title = value,
                    _ => problems.push(Problem {
                        message: msg!(
                            "directive-unknown-attribute",
                            key = key.as_str(),
                            name = name,
                            known = "`title`"
                        ),
                        range,
                    }),
                }
            }
            let d = if name == "tables" {
                Directive::Tables { title }
            } else {
                Directive::Figures { title }
            };
            Ok(Some((d, problems)))
        }
        "table" => {
            let (attributes, mut problems) = attributes(arg, arg_at);
            let mut spec = TableSpec::default();
            for (key, value, range, value_at) in attributes {
                match key.as_str() {
                    "id" => match word(&value) {
                        Some(id) => spec.id = Some(id),
                        None => problems.push(Problem {
                            message: msg!("directive-table-id", value = value.as_str()),
                            range,
                        }),
                    },
                    "grid" => match word(&value) {
                        Some(grid) => spec.grid = Some(grid),
                        None => problems.push(Problem {
                            message: msg!("directive-grid-name", value = value.as_str()),
                            range,
                        }),
                    },
                    "columns" => {
                        let (columns, more) = columns(&value, value_at);
                        spec.columns = columns;
                        problems.extend(more);
                    }
                    _ => problems.push(Problem {
                        message: msg!(
                            "directive-unknown-attribute",
                            key = key.as_str(),
                            name = "table",
                            known = "`id`, `columns`, `grid`"
                        ),
                        range,
                    }),
                }
            }
            Ok(Some((Directive::Table(spec), problems)))
        }
        _ => Err(fail(msg!(
            "directive-unknown",
            name = name,
            known = "toc, tables, figures, logo, chart, pagebreak, landscape, portrait, mainmatter, begin, table, end, keep"
        ))),
    }
}

/// `key=value` and `key="value with spaces"`, with the range of each pair.
#[allow(clippy::type_complexity)]
fn attributes(
    text: &str,
    at: usize,
) -> (
    Vec<(String, String, std::ops::Range<usize>, usize)>,
    Vec<Problem>,
) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i] != b'=' && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let key = &text[start..i];
        if i >= bytes.len() || bytes[i] != b'=' {
            problems.push(Problem {
                message: msg!("directive-expected-pair", key = key),
                range: at + start..at + i,
            });
            continue;
        }
        i += 1;
        let value_at = at + i + usize::from(bytes.get(i) == Some(&b'"'));
        let value = if bytes.get(i) == Some(&b'"') {
            let open = i + 1;
            match text[open..].find('"') {
                Some(len) => {
                    i = open + len + 1;
                    text[open..open + len].to_owned()
                }
                None => {
                    problems.push(Problem {
                        message: msg!("directive-unclosed-quote", key = key),
                        range: at + start..at + text.len(),
                    });
                    i = text.len();
                    text[open..].to_owned()
                }
            }
        } else {
            let open = i;
            while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            text[open..i].to_owned()
        };
        out.push((key.to_owned(), value, at + start..at + i, value_at));
    }
    (out, problems)
}

/// The column list: `KIND`, `KIND*N` (N columns of that kind) and `KIND*N[Group label]` (N
/// columns under one spanning header), separated by spaces.
fn columns(text: &str, at: usize) -> (Vec<ColumnSpec>, Vec<Problem>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < bytes.len() {
        if bytes[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        // An item ends at whitespace outside brackets.
        let mut depth = 0usize;
        while i < bytes.len() && (depth > 0 || !bytes[i].is_ascii_whitespace()) {
            match bytes[i] {
                b'[' => depth += 1,
                b']' => depth = depth.saturating_sub(1),
                _ => {}
            }
            i += 1;
        }
        let item = &text[start..i];
        let range = at + start..at + i;
        let (head, group) = match item.split_once('[') {
            Some((head, rest)) => match rest.strip_suffix(']') {
                Some(label) if !label.trim().is_empty() => (head, Some(label.trim().to_owned())),
                _ => {
                    problems.push(Problem {
                        message: msg!("directive-group-label", item = item),
                        range: range.clone(),
                    });
                    (head, None)
                }
            },
            None => (item, None),
        };
        let (kind_name, count) = match head.split_once('*') {
            Some((k, n)) => match n.parse::<usize>() {
                Ok(n) if (1..=MAX_REPEAT).contains(&n) => (k, n),
                _ => {
                    problems.push(Problem {
                        message: msg!("directive-count", item = item, most = MAX_REPEAT),
                        range: range.clone(),
                    });
                    (k, 1)
                }
            },
            None => (head, 1),
        };
        let kind = match ColumnKind::ALL.iter().find(|k| k.name() == kind_name) {
            Some(k) => *k,
            None => {
                problems.push(Problem {
                    message: msg!("directive-column-kind", kind = kind_name),
                    range: range.clone(),
                });
                ColumnKind::Text
            }
        };
        for _ in 0..count {
            out.push(ColumnSpec {
                kind,
                group: group.clone(),
            });
        }
    }
    (out, problems)
}

/// W015 for every malformed directive in the plan's own templates, at its line and column.
pub fn check_templates(
    plan: &crate::model::Plan,
    sources: &crate::source::SourceFiles,
) -> Vec<crate::diag::Diagnostic> {
    use crate::diag::{Code, Diagnostic};
    let mut out = Vec::new();
    for (_, file) in &plan.templates {
        let text = &sources.get(*file).text;
        for problem in lint(text) {
            out.push(
                Diagnostic::new(Code::LayoutDirective, problem.message)
                    .primary(
                        crate::source::Span::new(*file, problem.range.start, problem.range.end),
                        msg!("directive-label"),
                    )
                    .hint(msg!("directive-hint")),
            );
        }
    }
    out
}

/// Every `rpkd:` comment of a template's source that is malformed, with its byte range in the
/// source. Tera expressions inside a directive (`id=tabel-{{ t }}`) are read as a placeholder
/// word, so only what the template itself writes is judged.
pub fn lint(source: &str) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = source[from..].find("<!--") {
        let start = from + found;
        let Some(len) = source[start..].find("-->") else {
            break;
        };
        let end = start + len + 3;
        from = end;
        let comment = &source[start..end];
        if !comment.contains("rpkd:") {
            continue;
        }
        // A directive built by the template (`{{ … }}` or `{% … %}` inside): judge the
        // literal parts, with each expression standing for one word.
        let literal = placeholders(comment);
        match parse_checked(&literal) {
            Ok(Some((_, problems))) => out.extend(problems.into_iter().map(|p| Problem {
                message: p.message,
                range: map_range(comment, &literal, p.range, start),
            })),
            Ok(None) => {}
            Err(p) => out.push(Problem {
                message: p.message,
                range: map_range(comment, &literal, p.range, start),
            }),
        }
    }
    out
}

/// Replace each tera expression or tag with `x` of the same byte length, so ranges still map.
fn placeholders(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(['{']) {
        let after = &rest[i..];
        let close = if after.starts_with("{{") {
            after.find("}}").map(|j| j + 2)
        } else if after.starts_with("{%") {
            after.find("%}").map(|j| j + 2)
        } else if after.starts_with("{#") {
            after.find("#}").map(|j| j + 2)
        } else {
            None
        };
        match close {
            Some(j) => {
                out.push_str(&rest[..i]);
                out.extend(std::iter::repeat_n('x', j));
                rest = &after[j..];
            }
            None => {
                out.push_str(&rest[..=i]);
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn map_range(
    original: &str,
    literal: &str,
    range: std::ops::Range<usize>,
    offset: usize,
) -> std::ops::Range<usize> {
    // `placeholders` keeps byte lengths, so positions agree; clamp to char boundaries.
    let fix = |mut i: usize| {
        i = i.min(original.len()).min(literal.len());
        while i > 0 && !original.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    offset + fix(range.start)..offset + fix(range.end).max(fix(range.start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_are_recognised_only_in_their_exact_form() {
        assert_eq!(parse("<!-- rpkd:toc -->\n"), Some(Directive::Toc));
        assert_eq!(
            parse("<!-- rpkd:chart kemiskinan -->"),
            Some(Directive::Chart("kemiskinan".into()))
        );
        assert_eq!(
            parse("<!-- rpkd:begin signature -->"),
            Some(Directive::Begin("signature".into()))
        );
        assert_eq!(parse("<!-- rpkd:chart <script> -->"), None);
        assert_eq!(parse("<!-- rpkd:unknown -->"), None);
        assert_eq!(parse("<!-- comment -->"), None);
        assert_eq!(parse("<!-- rpkd:keep -->"), Some(Directive::Keep));
        assert_eq!(
            parse("<!-- rpkd:tables title=\"DAFTAR TABEL\" -->"),
            Some(Directive::Tables {
                title: "DAFTAR TABEL".into()
            })
        );
    }

    #[test]
    fn a_table_directive_names_its_columns_groups_and_grid() {
        let Some(Directive::Table(spec)) = parse(
            "<!-- rpkd:table id=tabel-l-1 grid=matriks columns=\"number code text number*2[Target] money*2[Pagu (Rp juta)]\" -->",
        ) else {
            panic!()
        };
        assert_eq!(spec.id.as_deref(), Some("tabel-l-1"));
        assert_eq!(spec.grid.as_deref(), Some("matriks"));
        let kinds: Vec<ColumnKind> = spec.columns.iter().map(|c| c.kind).collect();
        use ColumnKind::*;
        assert_eq!(kinds, [Number, Code, Text, Number, Number, Money, Money]);
        assert_eq!(spec.columns[3].group.as_deref(), Some("Target"));
        assert_eq!(spec.columns[6].group.as_deref(), Some("Pagu (Rp juta)"));
        assert_eq!(spec.columns[2].group, None);
    }

    #[test]
    fn mistakes_are_forgiven_for_the_writers_and_named_for_check() {
        let (d, problems) =
            parse_checked("<!-- rpkd:table columns=\"text nomor money*x\" colour=red -->")
                .unwrap()
                .unwrap();
        let Directive::Table(spec) = d else { panic!() };
        assert_eq!(spec.columns.len(), 3);
        assert_eq!(spec.columns[1].kind, ColumnKind::Text);
        let messages: Vec<String> = problems
            .iter()
            .map(|p| p.message.render(Lang::En))
            .collect();
        assert!(
            messages[0].contains("unknown column kind `nomor`"),
            "{messages:?}"
        );
        assert!(messages[1].contains("the count after `*`"), "{messages:?}");
        assert!(
            messages[2].contains("unknown attribute `colour`"),
            "{messages:?}"
        );
        assert!(parse_checked("<!-- rpkd:tabel -->").is_err());
        assert!(parse_checked("<!-- rpkd:toc now -->").is_err());
    }

    #[test]
    fn lint_points_into_the_template_and_reads_tera_as_a_word() {
        let source = "A\n<!-- rpkd:table id=tabel-{{ t }} columns=\"text angka\" -->\n<!-- rpkd:pagebrek -->\n<!-- ordinary -->";
        let problems = lint(source);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!(&source[problems[0].range.clone()], "angka");
        assert!(source[problems[1].range.clone()].starts_with("rpkd:pagebrek"));
    }
}
