//! The Markdown every document is first rendered to, and the `.md` output made from it.
//!
//! Templates produce Markdown with a few layout directives written as HTML comments
//! (`<!-- rpkd:chart kemiskinan -->`, see `docs/templates.md`), invisible on GitHub. This module
//! escapes plan text for templates, gives headings stable ids, writes the table of contents and
//! resolves directives for the `.md` file; `html` and the PDF typesetter read the same Markdown.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd, TextMergeStream};

pub use crate::markup::{is_safe_url, options};

/// Escape plan text for a Markdown template: every character that Markdown or an HTML renderer
/// would read as syntax is backslash-escaped, and line breaks become spaces so a value can never
/// break a table row. Registered as the escape function of `.md` templates.
pub fn escape(text: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut buf = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' | '!' | '{'
            | '}' => {
                buf.push('\\');
                buf.push(c);
            }
            '\r' => {}
            '\n' | '\t' => buf.push(' '),
            _ => buf.push(c),
        }
    }
    // A value at the start of a line must not start a list or heading.
    if let Some(first) = buf.chars().next()
        && matches!(first, '-' | '+' | '=')
    {
        buf.insert(0, '\\');
    }
    out.write_all(buf.as_bytes())
}

/// A heading of a document, with the id both outputs link to.
#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    pub level: u8,
    pub text: String,
    pub id: String,
    /// Whether the heading comes after the `rpkd:toc` directive (only those are listed: the
    /// cover's title is not a chapter).
    pub after_toc: bool,
}

/// Every heading of a Markdown document, with GitHub-style ids made unique by a suffix.
pub fn headings(markdown: &str) -> Vec<Heading> {
    let mut out = Vec::new();
    let mut current: Option<(u8, String)> = None;
    let mut seen = Ids::default();
    let mut after_toc = false;
    for event in TextMergeStream::new(Parser::new_ext(markdown, options())) {
        match event {
            Event::Html(html) if Directive::parse(&html) == Some(Directive::Toc) => {
                after_toc = true
            }
            Event::Start(Tag::Heading { level, .. }) => {
                current = Some((level_number(level), String::new()))
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, text)) = current.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, text)) = current.take() {
                    let id = seen.unique(slug(&text));
                    out.push(Heading {
                        level,
                        text,
                        id,
                        after_toc,
                    });
                }
            }
            _ => {}
        }
    }
    out
}

pub fn level_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Unique ids in document order: the second `lampiran` becomes `lampiran-1`, as on GitHub.
#[derive(Default)]
pub struct Ids {
    seen: std::collections::HashMap<String, usize>,
}

impl Ids {
    pub fn unique(&mut self, id: String) -> String {
        let count = self.seen.entry(id.clone()).or_insert(0);
        let unique = if *count == 0 {
            id
        } else {
            format!("{id}-{count}")
        };
        *count += 1;
        unique
    }
}

/// GitHub's heading anchor: lowercase, spaces to hyphens, punctuation dropped.
pub fn slug(text: &str) -> String {
    text.trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

/// A layout directive: `<!-- rpkd:NAME ARGUMENT -->` on a line of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Directive {
    /// The table of contents.
    Toc,
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
    End,
}

impl Directive {
    /// Read a directive from an HTML block, if that is what it is.
    pub fn parse(html: &str) -> Option<Directive> {
        let inner = html
            .trim()
            .strip_prefix("<!--")?
            .strip_suffix("-->")?
            .trim()
            .strip_prefix("rpkd:")?;
        let (name, arg) = match inner.split_once(char::is_whitespace) {
            Some((n, a)) => (n, a.trim()),
            None => (inner, ""),
        };
        let word = |a: &str| {
            (!a.is_empty()
                && a.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .then(|| a.to_owned())
        };
        match (name, arg) {
            ("toc", "") => Some(Directive::Toc),
            ("logo", "") => Some(Directive::Logo),
            ("chart", a) => word(a).map(Directive::Chart),
            ("pagebreak", "") => Some(Directive::PageBreak),
            ("landscape", "") => Some(Directive::Landscape),
            ("portrait", "") => Some(Directive::Portrait),
            ("mainmatter", "") => Some(Directive::MainMatter),
            ("begin", a) => word(a).map(Directive::Begin),
            ("end", "") => Some(Directive::End),
            _ => None,
        }
    }
}

/// The table of contents as a Markdown list of links, headings of level 1 and 2.
pub fn toc(headings: &[Heading]) -> String {
    let mut out = String::new();
    for h in headings.iter().filter(|h| h.level <= 2 && h.after_toc) {
        let indent = if h.level == 1 { "" } else { "   " };
        let mut text = Vec::new();
        let _ = escape(&h.text, &mut text);
        let text = String::from_utf8_lossy(&text);
        out.push_str(&format!("{indent}- [{text}](#{})\n", h.id));
    }
    out
}

/// Every directive of a document, in order, with the range of its line: only an HTML block of
/// the document's own is one, never a line of a code block or of a paragraph.
pub fn directives(markdown: &str) -> Vec<(std::ops::Range<usize>, Directive)> {
    Parser::new_ext(markdown, options())
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Html(html) => Directive::parse(&html).map(|d| (range, d)),
            _ => None,
        })
        .collect()
}

/// Replace each directive with what `replace` returns for it (or keep it).
pub fn map_directives(
    markdown: &str,
    mut replace: impl FnMut(&Directive) -> Option<String>,
) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut last = 0;
    for (range, directive) in directives(markdown) {
        if let Some(text) = replace(&directive) {
            out.push_str(&markdown[last..range.start]);
            out.push_str(&text);
            last = range.end;
        }
    }
    out.push_str(&markdown[last..]);
    out
}

/// The `.md` output: the table of contents written out, charts as images of the `.svg` files
/// written beside the document (`stem-chart.svg`), other directives kept as invisible comments.
pub fn to_markdown(
    markdown: &str,
    stem: &str,
    chart_title: impl Fn(&str) -> Option<String>,
) -> String {
    let headings = headings(markdown);
    let text = map_directives(markdown, |d| match d {
        Directive::Toc => Some(toc(&headings)),
        Directive::Chart(id) => chart_title(id).map(|title| {
            let mut alt = Vec::new();
            let _ = escape(&title, &mut alt);
            format!("![{}]({stem}-{id}.svg)\n", String::from_utf8_lossy(&alt))
        }),
        _ => None,
    });
    tidy(&text)
}

/// Collapse runs of blank lines left by template control flow and end with one newline.
pub fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    let mut in_code = false;
    for line in text.lines() {
        let trimmed = line.trim_end();
        if trimmed.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        if trimmed.is_empty() && !in_code {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(if in_code { line } else { trimmed });
        out.push('\n');
    }
    let trimmed = out.trim_start_matches('\n').trim_end();
    format!("{trimmed}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn esc(s: &str) -> String {
        let mut out = Vec::new();
        escape(s, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn plan_text_cannot_become_markup() {
        assert_eq!(esc("a|b"), "a\\|b");
        assert_eq!(
            esc("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(
            esc("*bold* _x_ [link](y)"),
            "\\*bold\\* \\_x\\_ \\[link\\](y)"
        );
        assert_eq!(esc("line\nbreak"), "line break");
        assert_eq!(esc("- not a list"), "\\- not a list");
        assert_eq!(esc("Rp1.500.000, 5,19%"), "Rp1.500.000, 5,19%");
    }

    #[test]
    fn headings_get_github_ids() {
        let md = "# BAB I PENDAHULUAN\n\n## 1.1 Latar Belakang\n\n# LAMPIRAN\n\n# LAMPIRAN\n";
        let ids: Vec<String> = headings(md).into_iter().map(|h| h.id).collect();
        assert_eq!(
            ids,
            [
                "bab-i-pendahuluan",
                "11-latar-belakang",
                "lampiran",
                "lampiran-1"
            ]
        );
    }

    #[test]
    fn directives_are_recognised_only_in_their_exact_form() {
        assert_eq!(
            Directive::parse("<!-- rpkd:toc -->\n"),
            Some(Directive::Toc)
        );
        assert_eq!(
            Directive::parse("<!-- rpkd:chart kemiskinan -->"),
            Some(Directive::Chart("kemiskinan".into()))
        );
        assert_eq!(
            Directive::parse("<!-- rpkd:begin signature -->"),
            Some(Directive::Begin("signature".into()))
        );
        assert_eq!(Directive::parse("<!-- rpkd:chart <script> -->"), None);
        assert_eq!(Directive::parse("<!-- rpkd:unknown -->"), None);
        assert_eq!(Directive::parse("<!-- comment -->"), None);
    }

    #[test]
    fn markdown_output_writes_the_toc_and_chart_images() {
        let md = "# Sampul\n\n<!-- rpkd:toc -->\n\n# BAB I\n\n## Satu\n\n<!-- rpkd:chart kemiskinan -->\n\n\n\ntext\n";
        let out = to_markdown(md, "rpkd", |id| {
            (id == "kemiskinan").then(|| "Grafik 1".into())
        });
        assert!(
            out.contains("\n- [BAB I](#bab-i)\n   - [Satu](#satu)\n"),
            "{out}"
        );
        assert!(!out.contains("[Sampul]"), "{out}");
        assert!(out.contains("![Grafik 1](rpkd-kemiskinan.svg)\n"), "{out}");
        assert!(!out.contains("\n\n\n"), "{out}");
    }
}
