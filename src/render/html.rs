//! Markdown → HTML body, written by hand from pulldown-cmark's events so that every table is
//! semantic (`thead`, `th scope`), numeric columns carry a class, headings carry the same ids as
//! the table of contents, directives become figures and page breaks, and any HTML that is not a
//! directive is printed as text.

use super::markdown::{Directive, Ids, level_number, options, slug};
use pulldown_cmark::{Alignment, CodeBlockKind, Event, Parser, Tag, TagEnd, TextMergeStream};
use std::fmt::Write as _;

/// Render a document's Markdown to an HTML fragment. `chart` returns the inline SVG figure for a
/// chart id (or `None` for an unknown id, which is left out); `toc` is the table of contents as
/// Markdown, rendered where `rpkd:toc` stands.
pub fn body(
    markdown: &str,
    toc: &str,
    chart: &dyn Fn(&str) -> Option<String>,
    logo: Option<&str>,
) -> String {
    let mut w = Writer {
        out: String::with_capacity(markdown.len() * 2),
        ids: Ids::default(),
        table: Vec::new(),
        cell: 0,
        in_head: false,
        heading: None,
        blocks: 0,
        landscape: false,
        logo: logo.map(str::to_owned),
    };
    w.events(markdown, toc, chart);
    // Close blocks a template opened and forgot to end.
    for _ in 0..w.blocks {
        w.out.push_str("</div>\n");
    }
    if w.landscape {
        w.out.push_str("</section>\n");
    }
    w.out
}

struct Writer {
    out: String,
    ids: Ids,
    /// Alignments of the table being written.
    table: Vec<Alignment>,
    cell: usize,
    in_head: bool,
    /// A heading being collected: its level and inner HTML, written once its id is known.
    heading: Option<(u8, String, String)>,
    /// `rpkd:begin` blocks open.
    blocks: usize,
    /// Inside a `rpkd:landscape` section.
    landscape: bool,
    /// The emblem's `<img>`, for `rpkd:logo`.
    logo: Option<String>,
}

impl Writer {
    fn events(&mut self, markdown: &str, toc: &str, chart: &dyn Fn(&str) -> Option<String>) {
        for event in TextMergeStream::new(Parser::new_ext(markdown, options())) {
            self.event(event, toc, chart);
        }
    }

    /// Where output goes: into the heading being collected, else the document.
    fn sink(&mut self) -> &mut String {
        match self.heading.as_mut() {
            Some((_, html, _)) => html,
            None => &mut self.out,
        }
    }

    fn text(&mut self, text: &str) {
        if let Some((_, _, plain)) = self.heading.as_mut() {
            plain.push_str(text);
        }
        escape_into(self.sink(), text);
    }

    fn event(&mut self, event: Event<'_>, toc: &str, chart: &dyn Fn(&str) -> Option<String>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => self.text(&t),
            Event::Code(t) => {
                self.sink().push_str("<code>");
                self.text(&t);
                self.sink().push_str("</code>");
            }
            // Directives stand on lines of their own (HTML blocks); any other HTML is text.
            Event::Html(html) => match Directive::parse(&html) {
                Some(d) => self.directive(&d, toc, chart),
                None => {
                    self.out.push_str("<p>");
                    self.text(html.trim_end());
                    self.out.push_str("</p>\n");
                }
            },
            Event::InlineHtml(html) => self.text(&html),
            Event::SoftBreak => self.sink().push('\n'),
            Event::HardBreak => self.sink().push_str("<br>\n"),
            Event::Rule => self.out.push_str("<hr>\n"),
            Event::FootnoteReference(_)
            | Event::TaskListMarker(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_) => {}
        }
    }

    fn directive(&mut self, d: &Directive, toc: &str, chart: &dyn Fn(&str) -> Option<String>) {
        match d {
            Directive::Toc => {
                self.out
                    .push_str("<nav class=\"toc\" aria-label=\"Daftar isi\">\n");
                // The TOC is our own Markdown of escaped heading texts and `#id` links.
                for event in Parser::new_ext(toc, options()) {
                    self.event(event, "", &|_| None);
                }
                self.out.push_str("</nav>\n");
            }
            Directive::Chart(id) => {
                if let Some(svg) = chart(id) {
                    self.out.push_str(&svg);
                    self.out.push('\n');
                }
            }
            Directive::Logo => {
                if let Some(logo) = &self.logo {
                    self.out.push_str(logo);
                    self.out.push('\n');
                }
            }
            Directive::PageBreak => self.out.push_str("<div class=\"page-break\"></div>\n"),
            Directive::Landscape => {
                if !self.landscape {
                    self.landscape = true;
                    self.out.push_str("<section class=\"landscape\">\n");
                }
            }
            Directive::Portrait => {
                if self.landscape {
                    self.landscape = false;
                    self.out.push_str("</section>\n");
                }
            }
            Directive::MainMatter => {}
            Directive::Begin(class) => {
                self.blocks += 1;
                let _ = writeln!(self.out, "<div class=\"{}\">", class);
            }
            Directive::End => {
                if self.blocks > 0 {
                    self.blocks -= 1;
                    self.out.push_str("</div>\n");
                }
            }
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => self.sink().push_str("<p>"),
            Tag::Heading { level, .. } => {
                self.heading = Some((level_number(level), String::new(), String::new()));
            }
            Tag::BlockQuote(_) => self.out.push_str("<blockquote>\n"),
            Tag::CodeBlock(kind) => {
                self.out.push_str("<pre><code");
                if let CodeBlockKind::Fenced(lang) = kind
                    && !lang.is_empty()
                {
                    self.out.push_str(" class=\"language-");
                    escape_into(&mut self.out, &lang);
                    self.out.push('"');
                }
                self.out.push('>');
            }
            Tag::List(Some(start)) if start != 1 => {
                let _ = writeln!(self.out, "<ol start=\"{start}\">");
            }
            Tag::List(Some(_)) => self.out.push_str("<ol>\n"),
            Tag::List(None) => self.out.push_str("<ul>\n"),
            Tag::Item => self.out.push_str("<li>"),
            Tag::Table(alignments) => {
                self.table = alignments;
                self.out.push_str("<div class=\"table-wrap\"><table>\n");
            }
            Tag::TableHead => {
                self.in_head = true;
                self.cell = 0;
                self.out.push_str("<thead>\n<tr>");
            }
            Tag::TableRow => {
                self.cell = 0;
                self.out.push_str("<tr>");
            }
            Tag::TableCell => {
                let numeric = matches!(self.table.get(self.cell), Some(Alignment::Right));
                let centre = matches!(self.table.get(self.cell), Some(Alignment::Center));
                let class = if numeric {
                    " class=\"num\""
                } else if centre {
                    " class=\"mid\""
                } else {
                    ""
                };
                if self.in_head {
                    let _ = write!(self.out, "<th scope=\"col\"{class}>");
                } else {
                    let _ = write!(self.out, "<td{class}>");
                }
            }
            Tag::Emphasis => self.sink().push_str("<em>"),
            Tag::Strong => self.sink().push_str("<strong>"),
            Tag::Strikethrough => self.sink().push_str("<del>"),
            Tag::Link { dest_url, .. } => {
                let href = safe_href(&dest_url);
                let sink = self.sink();
                sink.push_str("<a href=\"");
                escape_into(sink, &href);
                sink.push_str("\">");
            }
            // Images would fetch from elsewhere; the document prints their description instead.
            Tag::Image { .. } => self.sink().push_str("<span class=\"image-alt\">"),
            Tag::FootnoteDefinition(_)
            | Tag::HtmlBlock
            | Tag::MetadataBlock(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::Superscript
            | Tag::Subscript => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => self.sink().push_str("</p>\n"),
            TagEnd::Heading(_) => {
                if let Some((level, html, plain)) = self.heading.take() {
                    let id = self.ids.unique(slug(&plain));
                    let _ = writeln!(self.out, "<h{level} id=\"{id}\">{html}</h{level}>");
                }
            }
            TagEnd::BlockQuote(_) => self.out.push_str("</blockquote>\n"),
            TagEnd::CodeBlock => self.out.push_str("</code></pre>\n"),
            TagEnd::List(true) => self.out.push_str("</ol>\n"),
            TagEnd::List(false) => self.out.push_str("</ul>\n"),
            TagEnd::Item => self.out.push_str("</li>\n"),
            TagEnd::Table => self.out.push_str("</tbody>\n</table></div>\n"),
            TagEnd::TableHead => {
                self.in_head = false;
                self.out.push_str("</tr>\n</thead>\n<tbody>\n");
            }
            TagEnd::TableRow => self.out.push_str("</tr>\n"),
            TagEnd::TableCell => {
                self.out
                    .push_str(if self.in_head { "</th>" } else { "</td>" });
                self.cell += 1;
            }
            TagEnd::Emphasis => self.sink().push_str("</em>"),
            TagEnd::Strong => self.sink().push_str("</strong>"),
            TagEnd::Strikethrough => self.sink().push_str("</del>"),
            TagEnd::Link => self.sink().push_str("</a>"),
            TagEnd::Image => self.sink().push_str("</span>"),
            _ => {}
        }
    }
}

/// Links may go to anchors, relative files, the web or mail; anything else (`javascript:`,
/// `data:`) becomes an inert `#`.
fn safe_href(url: &str) -> String {
    if super::markdown::is_safe_url(url) {
        url.to_owned()
    } else {
        "#".into()
    }
}

/// Escape text for HTML content and attribute values.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(md: &str) -> String {
        body(md, "", &|_| None, None)
    }

    #[test]
    fn tables_are_semantic_and_numbers_right_aligned() {
        let out = html("| Uraian | Pagu (Rp) |\n|---|---:|\n| Bedah rumah | 1.500.000 |\n");
        assert!(out.contains("<thead>\n<tr><th scope=\"col\">Uraian</th><th scope=\"col\" class=\"num\">Pagu (Rp)</th></tr>\n</thead>"), "{out}");
        assert!(out.contains("<td class=\"num\">1.500.000</td>"), "{out}");
    }

    #[test]
    fn headings_carry_unique_ids() {
        let out = html("# BAB I PENDAHULUAN\n\n# Lampiran\n\n# Lampiran\n");
        assert!(
            out.contains("<h1 id=\"bab-i-pendahuluan\">BAB I PENDAHULUAN</h1>"),
            "{out}"
        );
        assert!(out.contains("<h1 id=\"lampiran-1\">Lampiran</h1>"), "{out}");
    }

    #[test]
    fn raw_html_is_printed_not_run() {
        let out = html("<script>alert(1)</script>\n\nTeks <img src=x onerror=alert(1)>.\n");
        assert!(!out.contains("<script"), "{out}");
        assert!(!out.contains("<img"), "{out}");
        assert!(
            out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{out}"
        );
    }

    #[test]
    fn dangerous_links_are_defused_and_images_not_fetched() {
        let out = html(
            "[klik](javascript:alert(1)) [web](https://bps.go.id) ![peta](https://x.test/a.png)",
        );
        assert!(out.contains("<a href=\"#\">klik</a>"), "{out}");
        assert!(
            out.contains("<a href=\"https://bps.go.id\">web</a>"),
            "{out}"
        );
        assert!(!out.contains("x.test"), "{out}");
        assert!(
            out.contains("<span class=\"image-alt\">peta</span>"),
            "{out}"
        );
    }

    #[test]
    fn directives_become_blocks_and_figures() {
        let out = body(
            "<!-- rpkd:begin signature -->\nTangerang\n<!-- rpkd:end -->\n\n<!-- rpkd:chart a -->\n\n<!-- rpkd:pagebreak -->\n",
            "",
            &|id| Some(format!("<figure>{id}</figure>")),
            None,
        );
        assert!(out.contains("<div class=\"signature\">"), "{out}");
        assert!(out.contains("<figure>a</figure>"), "{out}");
        assert!(out.contains("<div class=\"page-break\"></div>"), "{out}");
    }
}
