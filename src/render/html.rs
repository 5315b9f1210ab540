//! The typed document ([`crate::render::doc`]) → HTML body: semantic tables (`caption`,
//! `colgroup` with each column's kind, `thead` with spanning group headers, `th scope`, section
//! rows spanning their empty cells, notes after the table), headings with the same ids as the
//! table of contents, the contents and the lists of tables and figures as linked lists, charts
//! as inline SVG figures. Text is escaped; any HTML a template or planner wrote that is not a
//! directive is printed as text.

use super::directive::ColumnKind;
use super::doc::{Align, Block, Column, Entries, Link, Run, Table, entries};
use super::markdown::slug;
use crate::view::chart::Chart;
use std::fmt::Write as _;

/// What the writer needs beyond the blocks.
pub struct Context<'a> {
    pub charts: &'a [Chart],
    /// The emblem's `<img>`, for `rpkd:logo`.
    pub logo: Option<&'a str>,
    /// Before a figure's number (`Gambar`).
    pub figure_label: &'a str,
}

/// Render a document's blocks to an HTML fragment.
pub fn body(blocks: &[Block], context: &Context<'_>) -> String {
    let mut w = Writer {
        out: String::with_capacity(4096),
        entries: entries(blocks),
        context,
        landscape: false,
    };
    w.blocks(blocks);
    if w.landscape {
        w.out.push_str("</section>\n");
    }
    w.out
}

struct Writer<'a> {
    out: String,
    entries: Entries,
    context: &'a Context<'a>,
    /// Inside a `rpkd:landscape` section.
    landscape: bool,
}

impl Writer<'_> {
    fn blocks(&mut self, blocks: &[Block]) {
        for b in blocks {
            self.block(b);
        }
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading { level, runs, id } => {
                let _ = write!(self.out, "<h{level} id=\"{}\">", escape(id));
                self.runs(runs);
                let _ = writeln!(self.out, "</h{level}>");
            }
            Block::Paragraph(runs) => {
                self.out.push_str("<p>");
                self.runs(runs);
                self.out.push_str("</p>\n");
            }
            Block::Raw(html) => {
                self.out.push_str("<p>");
                escape_into(&mut self.out, html);
                self.out.push_str("</p>\n");
            }
            Block::List {
                start,
                tight,
                items,
            } => {
                match start {
                    Some(1) => self.out.push_str("<ol>\n"),
                    Some(n) => {
                        let _ = writeln!(self.out, "<ol start=\"{n}\">");
                    }
                    None => self.out.push_str("<ul>\n"),
                }
                for item in items {
                    self.out.push_str("<li>");
                    match (tight, item.as_slice()) {
                        (true, [Block::Paragraph(runs), rest @ ..]) => {
                            self.runs(runs);
                            if !rest.is_empty() {
                                self.out.push('\n');
                                self.blocks(rest);
                            }
                        }
                        _ => {
                            self.out.push('\n');
                            self.blocks(item);
                        }
                    }
                    self.out.push_str("</li>\n");
                }
                self.out.push_str(if start.is_some() {
                    "</ol>\n"
                } else {
                    "</ul>\n"
                });
            }
            Block::Quote(blocks) => {
                self.out.push_str("<blockquote>\n");
                self.blocks(blocks);
                self.out.push_str("</blockquote>\n");
            }
            Block::Code { lang, text } => {
                self.out.push_str("<pre><code");
                if !lang.is_empty() {
                    self.out.push_str(" class=\"language-");
                    escape_into(&mut self.out, lang);
                    self.out.push('"');
                }
                self.out.push('>');
                escape_into(&mut self.out, text);
                self.out.push_str("</code></pre>\n");
            }
            Block::Table(table) => self.table(table),
            Block::Figure(f) => {
                if let Some(chart) = self.context.charts.get(f.chart) {
                    let label = format!("{} {}.", self.context.figure_label, f.number);
                    self.out.push_str(&super::svg::figure(chart, &label));
                    self.out.push('\n');
                }
            }
            Block::Rule => self.out.push_str("<hr>\n"),
            Block::Styled { class, blocks } => {
                let _ = writeln!(self.out, "<div class=\"{}\">", escape(class));
                self.blocks(blocks);
                self.out.push_str("</div>\n");
            }
            Block::Contents => self.contents(),
            Block::TableList { title } => {
                let list: Vec<(String, String)> = self.entries.tables.clone();
                self.list_of("tables", title, &list);
            }
            Block::FigureList { title } => {
                let label = self.context.figure_label;
                let list: Vec<(String, String)> = self
                    .entries
                    .figures
                    .iter()
                    .map(|(n, t, id)| (format!("{label} {n}. {t}"), id.clone()))
                    .collect();
                self.list_of("figures", title, &list);
            }
            Block::Logo => {
                if let Some(logo) = self.context.logo {
                    self.out.push_str(logo);
                    self.out.push('\n');
                }
            }
            Block::PageBreak => self.out.push_str("<div class=\"page-break\"></div>\n"),
            Block::Landscape => {
                if !self.landscape {
                    self.landscape = true;
                    self.out.push_str("<section class=\"landscape\">\n");
                }
            }
            Block::Portrait => {
                if self.landscape {
                    self.landscape = false;
                    self.out.push_str("</section>\n");
                }
            }
            Block::MainMatter => {}
        }
    }

    fn runs(&mut self, runs: &[Run]) {
        for run in runs {
            let mut close: Vec<&str> = Vec::new();
            match &run.link {
                Some(Link::Anchor(id)) => {
                    let _ = write!(self.out, "<a href=\"#{}\">", escape(id));
                    close.push("</a>");
                }
                Some(Link::Url(url)) => {
                    let _ = write!(self.out, "<a href=\"{}\">", escape(url));
                    close.push("</a>");
                }
                None => {}
            }
            for (on, open, end) in [
                (run.bold, "<strong>", "</strong>"),
                (run.italic, "<em>", "</em>"),
                (run.strike, "<del>", "</del>"),
                (run.code, "<code>", "</code>"),
                (run.alt, "<span class=\"image-alt\">", "</span>"),
            ] {
                if on {
                    self.out.push_str(open);
                    close.push(end);
                }
            }
            for (i, part) in run.text.split('\n').enumerate() {
                if i > 0 {
                    self.out.push_str("<br>\n");
                }
                escape_into(&mut self.out, part);
            }
            for end in close.iter().rev() {
                self.out.push_str(end);
            }
        }
    }

    /// Level-1 and level-2 headings after the contents directive, as nested lists. Where the
    /// browser supports it, the print stylesheet adds each entry's page (`target-counter`).
    fn contents(&mut self) {
        self.out.push_str("<nav class=\"toc\">\n<ul>\n");
        let mut open = false;
        let list = self.entries.contents.clone();
        for (level, title, id) in &list {
            if *level == 1 {
                if open {
                    self.out.push_str("</ul></li>\n");
                }
                let _ = write!(
                    self.out,
                    "<li><a href=\"#{}\">{}</a>",
                    escape(id),
                    escape(title)
                );
                self.out.push_str("<ul>\n");
                open = true;
            } else {
                if !open {
                    self.out.push_str("<li><ul>\n");
                    open = true;
                }
                let _ = writeln!(
                    self.out,
                    "<li><a href=\"#{}\">{}</a></li>",
                    escape(id),
                    escape(title)
                );
            }
        }
        if open {
            self.out.push_str("</ul></li>\n");
        }
        self.out.push_str("</ul>\n</nav>\n");
        // Empty sub-lists of chapters without sections.
        self.out = self.out.replace("<ul>\n</ul></li>", "</li>");
    }

    fn list_of(&mut self, class: &str, title: &str, list: &[(String, String)]) {
        if list.is_empty() {
            return;
        }
        let _ = writeln!(self.out, "<nav class=\"toc list-of-{class}\">");
        if !title.is_empty() {
            let _ = writeln!(
                self.out,
                "<h1 id=\"{}\">{}</h1>",
                escape(&slug(title)),
                escape(title)
            );
        }
        self.out.push_str("<ul>\n");
        for (text, id) in list {
            let _ = writeln!(
                self.out,
                "<li><a href=\"#{}\">{}</a></li>",
                escape(id),
                escape(text)
            );
        }
        self.out.push_str("</ul>\n</nav>\n");
    }

    fn table(&mut self, table: &Table) {
        match &table.id {
            Some(id) => {
                let _ = write!(self.out, "<div class=\"table-wrap\" id=\"{}\">", escape(id));
            }
            None => self.out.push_str("<div class=\"table-wrap\">"),
        }
        let class = match &table.grid {
            Some(g) => format!(" class=\"grid-{}\"", escape(g)),
            None => String::new(),
        };
        let _ = writeln!(self.out, "<table{class}>");
        if let Some(c) = &table.caption {
            self.out.push_str("<caption>");
            self.runs(&c.runs());
            self.out.push_str("</caption>\n");
        }
        self.out.push_str("<colgroup>");
        for c in &table.columns {
            let _ = write!(self.out, "<col class=\"k-{}\">", c.kind.name());
        }
        self.out.push_str("</colgroup>\n<thead>\n");
        let groups = groups(&table.columns);
        if groups.iter().any(|g| g.is_some()) {
            // Two rows: ungrouped cells span both; each group's label spans its columns.
            self.out.push_str("<tr>");
            let mut c = 0;
            while c < table.columns.len() {
                match &table.columns[c].group {
                    Some(g) => {
                        let mut end = c + 1;
                        while end < table.columns.len()
                            && table.columns[end].group.as_ref() == Some(g)
                        {
                            end += 1;
                        }
                        let _ = write!(
                            self.out,
                            "<th scope=\"colgroup\" colspan=\"{}\" class=\"mid\">{}</th>",
                            end - c,
                            escape(g)
                        );
                        c = end;
                    }
                    None => {
                        let _ = write!(
                            self.out,
                            "<th scope=\"col\" rowspan=\"2\"{}>",
                            classes(&table.columns[c])
                        );
                        self.runs(table.header.get(c).map_or(&[][..], |r| r));
                        self.out.push_str("</th>");
                        c += 1;
                    }
                }
            }
            self.out.push_str("</tr>\n<tr>");
            for (c, column) in table.columns.iter().enumerate() {
                if column.group.is_some() {
                    let _ = write!(self.out, "<th scope=\"col\"{}>", classes(column));
                    self.runs(&group_header(table, c));
                    self.out.push_str("</th>");
                }
            }
            self.out.push_str("</tr>\n");
        } else {
            self.out.push_str("<tr>");
            for (c, column) in table.columns.iter().enumerate() {
                let _ = write!(self.out, "<th scope=\"col\"{}>", classes(column));
                self.runs(table.header.get(c).map_or(&[][..], |r| r));
                self.out.push_str("</th>");
            }
            self.out.push_str("</tr>\n");
        }
        self.out.push_str("</thead>\n<tbody>\n");
        for row in &table.rows {
            let section = row.section;
            self.out.push_str(if section.is_some() {
                "<tr class=\"section\">"
            } else {
                "<tr>"
            });
            let count = table.columns.len().max(row.cells.len());
            for c in 0..count {
                let column = table.columns.get(c);
                let class = column.map_or_else(String::new, |c| cell_classes(c, false));
                let cell = row.cells.get(c).map_or(&[][..], |r| r);
                match section {
                    Some(s) if c == s => {
                        let _ = write!(self.out, "<td colspan=\"{}\">", count - s);
                        self.runs(cell);
                        self.out.push_str("</td>");
                        break;
                    }
                    _ => {
                        let _ = write!(self.out, "<td{class}>");
                        self.runs(cell);
                        self.out.push_str("</td>");
                    }
                }
            }
            self.out.push_str("</tr>\n");
        }
        self.out.push_str("</tbody>\n</table>");
        if !table.notes.is_empty() {
            self.out.push_str("\n<div class=\"table-notes\">");
            for note in &table.notes {
                self.out.push_str("<p>");
                self.runs(note);
                self.out.push_str("</p>");
            }
            self.out.push_str("</div>");
        }
        self.out.push_str("</div>\n");
    }
}

/// The group of each column, for the header.
fn groups(columns: &[Column]) -> Vec<Option<&str>> {
    columns.iter().map(|c| c.group.as_deref()).collect()
}

/// A grouped column's own header: its text without the group's label.
fn group_header(table: &Table, c: usize) -> Vec<Run> {
    let cell = table.header.get(c).cloned().unwrap_or_default();
    let (Some(group), [run]) = (table.columns[c].group.as_deref(), cell.as_slice()) else {
        return cell;
    };
    match run.text.strip_prefix(group) {
        Some(rest) if !rest.trim().is_empty() => {
            let mut r = run.clone();
            r.text = rest.trim().to_owned();
            vec![r]
        }
        _ => cell,
    }
}

/// A header cell's classes: `num` (right-aligned), `mid` (centred), and the column's kind.
fn classes(column: &Column) -> String {
    cell_classes(column, true)
}

/// A body cell's classes: the alignment, and the kind only for codes (which never wrap); the
/// other kinds are on the header cell and the `col`, which is all the stylesheet needs.
fn cell_classes(column: &Column, all_kinds: bool) -> String {
    let align = match column.align {
        Align::Right => Some("num"),
        Align::Center => Some("mid"),
        Align::Left => None,
    };
    let kind = (column.kind != ColumnKind::Text && (all_kinds || column.kind == ColumnKind::Code))
        .then(|| format!("k-{}", column.kind.name()));
    let list: Vec<String> = align.map(str::to_owned).into_iter().chain(kind).collect();
    if list.is_empty() {
        String::new()
    } else {
        format!(" class=\"{}\"", list.join(" "))
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
        let blocks = super::super::doc::parse(md, &[]);
        body(
            &blocks,
            &Context {
                charts: &[],
                logo: None,
                figure_label: "Gambar",
            },
        )
    }

    #[test]
    fn tables_are_semantic_and_numbers_right_aligned() {
        let out = html("| Uraian | Pagu (Rp) |\n|---|---:|\n| Bedah rumah | 1.500.000 |\n");
        assert!(
            out.contains("<thead>\n<tr><th scope=\"col\">Uraian</th><th scope=\"col\" class=\"num\">Pagu (Rp)</th></tr>\n</thead>"),
            "{out}"
        );
        assert!(out.contains("<td class=\"num\">1.500.000</td>"), "{out}");
    }

    #[test]
    fn a_table_block_gives_caption_kinds_groups_sections_and_notes() {
        let out = html(
            "<!-- rpkd:table id=tabel-l-1 columns=\"code text money*2[Pagu]\" -->\n\n**Tabel L.1** Matriks\n\n| Kode | Nama | Pagu 2025 | Pagu 2026 |\n|---|---|---:|---:|\n| 1.06 | **Program** | | |\n| 1.06.05 | Sub | 1,5 | 2 |\n\n*Pagu dalam juta rupiah.*\n\n<!-- rpkd:end -->\n",
        );
        assert!(
            out.contains("<div class=\"table-wrap\" id=\"tabel-l-1\">"),
            "{out}"
        );
        assert!(
            out.contains("<caption><strong>Tabel L.1</strong> Matriks</caption>"),
            "{out}"
        );
        assert!(out.contains("<col class=\"k-money\">"), "{out}");
        assert!(
            out.contains("<th scope=\"colgroup\" colspan=\"2\" class=\"mid\">Pagu</th>"),
            "{out}"
        );
        assert!(
            out.contains("<th scope=\"col\" class=\"num k-money\">2025</th>"),
            "{out}"
        );
        assert!(out.contains("<tr class=\"section\"><td class=\"k-code\">1.06</td><td colspan=\"3\"><strong>Program</strong></td></tr>"), "{out}");
        assert!(
            out.contains(
                "<div class=\"table-notes\"><p><em>Pagu dalam juta rupiah.</em></p></div>"
            ),
            "{out}"
        );
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
    fn directives_become_blocks_and_contents_link_to_headings() {
        let out = html(
            "<!-- rpkd:toc -->\n\n# BAB I\n\n## 1.1 Satu\n\n<!-- rpkd:begin signature -->\nTangerang\n<!-- rpkd:end -->\n\n<!-- rpkd:pagebreak -->\n",
        );
        assert!(out.contains("<div class=\"signature\">"), "{out}");
        assert!(out.contains("<div class=\"page-break\"></div>"), "{out}");
        assert!(
            out.contains(
                "<li><a href=\"#bab-i\">BAB I</a><ul>\n<li><a href=\"#11-satu\">1.1 Satu</a></li>"
            ),
            "{out}"
        );
    }
}
