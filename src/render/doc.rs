//! The typed document between the templates and the formats: a document's Markdown parsed once
//! into blocks, which the HTML writer and the PDF typesetter both consume.
//!
//! Meaning comes from structure the template wrote, never from the words: a [`Table`] knows its
//! caption, id, column kinds and notes because the template put it in a `rpkd:table` block; a
//! [`Figure`] knows its number and its chart because the template named a chart that exists.

use super::directive::{ColumnKind, Directive, TableSpec};
use super::markdown::{Ids, is_safe_url, level_number, options, slug};
use crate::view::chart::Chart;
use pulldown_cmark::{Alignment, CodeBlockKind, Event, Parser, Tag, TagEnd, TextMergeStream};

/// A piece of text in one style.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Run {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    pub strike: bool,
    pub code: bool,
    /// The description of an image, printed instead of the image (a document fetches nothing).
    pub alt: bool,
    pub link: Option<Link>,
}

impl Run {
    pub fn plain(text: impl Into<String>) -> Run {
        Run {
            text: text.into(),
            ..Run::default()
        }
    }

    pub fn bold(text: impl Into<String>) -> Run {
        Run {
            text: text.into(),
            bold: true,
            ..Run::default()
        }
    }

    /// The heading or table this run links to inside the document.
    pub fn anchor(&self) -> Option<&str> {
        match &self.link {
            Some(Link::Anchor(id)) => Some(id),
            _ => None,
        }
    }

    fn same_style(&self, other: &Run) -> bool {
        self.bold == other.bold
            && self.italic == other.italic
            && self.strike == other.strike
            && self.code == other.code
            && self.alt == other.alt
            && self.link == other.link
    }
}

/// The plain text of runs.
pub fn text(runs: &[Run]) -> String {
    runs.iter().map(|r| r.text.as_str()).collect()
}

/// Where a link goes: a heading or table of this document, or a web or mail address (already
/// judged safe; an unsafe target is `#`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    Anchor(String),
    Url(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub kind: ColumnKind,
    pub align: Align,
    /// Columns with the same group next to each other share a spanning header cell.
    pub group: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    pub cells: Vec<Vec<Run>>,
    /// Keep this row on the page of the next one (a program or kegiatan row before its first
    /// sub kegiatan).
    pub keep: bool,
    /// A section row: the index of its one cell, which spans the empty cells after it.
    pub section: Option<usize>,
}

impl Row {
    /// A section row: one text cell followed only by empty cells, which it spans. Returns the
    /// cell's index.
    /// At most one cell may come before it (a code), and the spanning cell must be a
    /// left-aligned text column.
    pub fn find_section(&self, columns: &[Column]) -> Option<usize> {
        let last = self.cells.iter().rposition(|c| !is_empty(c))?;
        let filled = self.cells.iter().filter(|c| !is_empty(c)).count();
        let spans = columns.len().max(self.cells.len()) - last > 1;
        let text = columns.get(last).is_none_or(|c| {
            matches!(c.kind, ColumnKind::Text | ColumnKind::Code) && c.align == Align::Left
        });
        (spans && text && filled <= 2).then_some(last)
    }
}

fn is_empty(cell: &[Run]) -> bool {
    cell.iter().all(|r| r.text.trim().is_empty())
}

/// A caption: its label (the leading bold run, `Tabel 4.2`) and the rest.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Caption {
    pub label: Vec<Run>,
    pub text: Vec<Run>,
}

impl Caption {
    fn from_runs(mut runs: Vec<Run>) -> Caption {
        let split = runs.iter().position(|r| !r.bold).unwrap_or(runs.len());
        let mut rest = runs.split_off(split);
        if let Some(first) = rest.first_mut() {
            first.text = first.text.trim_start().to_owned();
        }
        rest.retain(|r| !r.text.is_empty());
        Caption {
            label: runs,
            text: rest,
        }
    }

    /// The whole caption as one line of text: `Tabel 4.2 Sub kegiatan …`.
    pub fn plain(&self) -> String {
        let label = text(&self.label);
        let rest = text(&self.text);
        match (label.is_empty(), rest.is_empty()) {
            (false, false) => format!("{label} {rest}"),
            (false, true) => label,
            _ => rest,
        }
    }

    /// Label and text as runs, with a space between.
    pub fn runs(&self) -> Vec<Run> {
        let mut runs = self.label.clone();
        if !self.label.is_empty() && !self.text.is_empty() {
            runs.push(Run::plain(" "));
        }
        runs.extend(self.text.iter().cloned());
        runs
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The anchor of the table (from the directive, else from its caption's label), when it has
    /// a caption; only captioned tables are listed.
    pub id: Option<String>,
    pub caption: Option<Caption>,
    pub columns: Vec<Column>,
    pub header: Vec<Vec<Run>>,
    pub rows: Vec<Row>,
    /// Paragraphs after the table inside its block: sources and notes.
    pub notes: Vec<Vec<Run>>,
    pub grid: Option<String>,
}

/// A chart placed in the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// `gambar-ID`, the anchor of the list of figures.
    pub id: String,
    /// 1, 2, … in document order.
    pub number: usize,
    /// Index into the document's charts.
    pub chart: usize,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Heading {
        level: u8,
        runs: Vec<Run>,
        id: String,
    },
    Paragraph(Vec<Run>),
    List {
        start: Option<u64>,
        tight: bool,
        items: Vec<Vec<Block>>,
    },
    Quote(Vec<Block>),
    Code {
        lang: String,
        text: String,
    },
    Table(Box<Table>),
    Figure(Figure),
    Rule,
    /// `rpkd:begin CLASS` … `rpkd:end`.
    Styled {
        class: String,
        blocks: Vec<Block>,
    },
    /// HTML that is not a directive: printed as text.
    Raw(String),
    Contents,
    TableList {
        title: String,
    },
    FigureList {
        title: String,
    },
    Logo,
    PageBreak,
    Landscape,
    Portrait,
    MainMatter,
}

/// Parse a document's Markdown into blocks; `charts` are the charts the document has.
pub fn parse(markdown: &str, charts: &[Chart]) -> Vec<Block> {
    let mut b = Builder {
        stack: vec![Frame::Root(Vec::new())],
        runs: Vec::new(),
        style: Run::default(),
        bold: 0,
        italic: 0,
        strike: 0,
        image: 0,
        ids: Ids::default(),
        table_ids: Ids::default(),
        table: None,
        code: None,
        charts,
        figures: 0,
        tables: 0,
    };
    for event in TextMergeStream::new(Parser::new_ext(markdown, options())) {
        b.event(event);
    }
    while b.stack.len() > 1 {
        b.close_frame();
    }
    match b.stack.pop() {
        Some(Frame::Root(blocks)) => blocks,
        _ => Vec::new(),
    }
}

enum Frame {
    Root(Vec<Block>),
    Styled(String, Vec<Block>),
    TableBlock(TableSpec, Vec<Block>),
    List(Option<u64>, bool, Vec<Vec<Block>>),
    Item(Vec<Block>),
    Quote(Vec<Block>),
}

impl Frame {
    fn blocks(&mut self) -> Option<&mut Vec<Block>> {
        match self {
            Frame::Root(b)
            | Frame::Styled(_, b)
            | Frame::TableBlock(_, b)
            | Frame::Item(b)
            | Frame::Quote(b) => Some(b),
            Frame::List(..) => None,
        }
    }
}

struct TableState {
    aligns: Vec<Align>,
    header: Vec<Vec<Run>>,
    rows: Vec<Row>,
    row: Row,
}

struct Builder<'c> {
    stack: Vec<Frame>,
    runs: Vec<Run>,
    style: Run,
    bold: usize,
    italic: usize,
    strike: usize,
    image: usize,
    ids: Ids,
    table_ids: Ids,
    table: Option<TableState>,
    code: Option<(String, String)>,
    charts: &'c [Chart],
    figures: usize,
    tables: usize,
}

impl Builder<'_> {
    fn push(&mut self, block: Block) {
        for frame in self.stack.iter_mut().rev() {
            if let Some(blocks) = frame.blocks() {
                blocks.push(block);
                return;
            }
        }
    }

    fn text(&mut self, text: &str, code: bool) {
        if let Some((_, body)) = self.code.as_mut() {
            body.push_str(text);
            return;
        }
        let mut style = self.style.clone();
        style.bold = self.bold > 0;
        style.italic = self.italic > 0;
        style.strike = self.strike > 0;
        style.alt = self.image > 0;
        style.code = code;
        match self.runs.last_mut() {
            Some(last) if last.same_style(&style) => last.text.push_str(text),
            _ => {
                style.text = text.to_owned();
                self.runs.push(style);
            }
        }
    }

    fn take_runs(&mut self) -> Vec<Run> {
        let mut runs = std::mem::take(&mut self.runs);
        // Soft breaks became spaces; trim the ends of the whole paragraph.
        if let Some(first) = runs.first_mut() {
            first.text = first.text.trim_start().to_owned();
        }
        if let Some(last) = runs.last_mut() {
            last.text = last.text.trim_end().to_owned();
        }
        runs.retain(|r| !r.text.is_empty());
        runs
    }

    /// Text collected directly in a list item (tight lists have no paragraph tags).
    fn flush_loose_text(&mut self) {
        if !self.runs.is_empty() {
            let runs = self.take_runs();
            if !runs.is_empty() {
                self.push(Block::Paragraph(runs));
            }
        }
    }

    fn close_frame(&mut self) {
        self.flush_loose_text();
        let Some(frame) = self.stack.pop() else {
            return;
        };
        match frame {
            Frame::Root(blocks) => self.stack.push(Frame::Root(blocks)),
            Frame::Styled(class, blocks) => self.push(Block::Styled { class, blocks }),
            Frame::TableBlock(spec, blocks) => {
                for block in self.table_block(spec, blocks) {
                    self.push(block);
                }
            }
            Frame::List(start, tight, items) => self.push(Block::List {
                start,
                tight,
                items,
            }),
            Frame::Quote(blocks) => self.push(Block::Quote(blocks)),
            Frame::Item(blocks) => {
                if let Some(Frame::List(_, _, items)) = self.stack.last_mut() {
                    items.push(blocks);
                }
            }
        }
    }

    /// A `rpkd:table` block: the paragraph right before its first table is the caption, the
    /// paragraphs after it the notes; the directive gives kinds, id and grid.
    fn table_block(&mut self, spec: TableSpec, blocks: Vec<Block>) -> Vec<Block> {
        let Some(at) = blocks.iter().position(|b| matches!(b, Block::Table(_))) else {
            return blocks;
        };
        let mut out = Vec::new();
        let mut blocks = blocks.into_iter();
        let mut before: Vec<Block> = blocks.by_ref().take(at).collect();
        let Some(Block::Table(mut table)) = blocks.next() else {
            return out;
        };
        let caption = match before.last() {
            Some(Block::Paragraph(_)) => match before.pop() {
                Some(Block::Paragraph(runs)) => Some(Caption::from_runs(runs)),
                _ => None,
            },
            _ => None,
        };
        out.extend(before);
        let mut after = Vec::new();
        let mut notes = Vec::new();
        let mut in_notes = true;
        for block in blocks {
            match block {
                Block::Paragraph(runs) if in_notes => notes.push(runs),
                other => {
                    in_notes = false;
                    after.push(other);
                }
            }
        }
        for (i, column) in table.columns.iter_mut().enumerate() {
            if let Some(c) = spec.columns.get(i) {
                column.kind = c.kind;
                column.group = c.group.clone();
            }
        }
        for row in &mut table.rows {
            row.section = row.find_section(&table.columns);
        }
        if caption.is_some() {
            self.tables += 1;
            let id = spec.id.clone().unwrap_or_else(|| {
                let label = caption.as_ref().map(|c| text(&c.label)).unwrap_or_default();
                let slug = anchor(&label);
                if slug.is_empty() {
                    format!("tabel-{}", self.tables)
                } else {
                    slug
                }
            });
            table.id = Some(self.table_ids.unique(id));
        }
        table.caption = caption;
        table.notes = notes;
        table.grid = spec.grid;
        out.push(Block::Table(table));
        out.extend(after);
        out
    }

    fn directive(&mut self, d: Directive) {
        match d {
            Directive::Begin(class) => {
                self.flush_loose_text();
                self.stack.push(Frame::Styled(class, Vec::new()));
            }
            Directive::Table(spec) => {
                self.flush_loose_text();
                self.stack.push(Frame::TableBlock(spec, Vec::new()));
            }
            Directive::End => {
                if matches!(
                    self.stack.last(),
                    Some(Frame::Styled(..) | Frame::TableBlock(..))
                ) {
                    self.close_frame();
                }
            }
            Directive::Chart(id) => {
                if let Some(i) = self.charts.iter().position(|c| c.id == id) {
                    self.figures += 1;
                    self.push(Block::Figure(Figure {
                        id: format!("gambar-{id}"),
                        number: self.figures,
                        chart: i,
                        title: self.charts[i].title.clone(),
                    }));
                }
            }
            Directive::Toc => self.push(Block::Contents),
            Directive::Tables { title } => self.push(Block::TableList { title }),
            Directive::Figures { title } => self.push(Block::FigureList { title }),
            Directive::Logo => self.push(Block::Logo),
            Directive::PageBreak => self.push(Block::PageBreak),
            Directive::Landscape => self.push(Block::Landscape),
            Directive::Portrait => self.push(Block::Portrait),
            Directive::MainMatter => self.push(Block::MainMatter),
            Directive::Keep => {}
        }
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => self.text(&t, false),
            Event::Code(t) => self.text(&t, true),
            Event::SoftBreak => self.text(" ", false),
            Event::HardBreak => self.text("\n", false),
            Event::Html(html) => match super::directive::parse(&html) {
                Some(d) => self.directive(d),
                None => {
                    self.flush_loose_text();
                    self.push(Block::Raw(html.trim_end().to_owned()));
                }
            },
            Event::InlineHtml(html) => match super::directive::parse(&html) {
                Some(Directive::Keep) => {
                    if let Some(t) = self.table.as_mut() {
                        t.row.keep = true;
                    }
                }
                // A line break written by the template (in a table cell, where Markdown has no
                // other); planners' HTML never gets here, it was made text before.
                _ if is_line_break(&html) => self.text("\n", false),
                _ => self.text(&html, false),
            },
            Event::Rule => self.push(Block::Rule),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph | Tag::Heading { .. } => self.runs.clear(),
            Tag::Strong => self.bold += 1,
            Tag::Emphasis => self.italic += 1,
            Tag::Strikethrough => self.strike += 1,
            Tag::Link { dest_url, .. } => {
                self.style.link = Some(match dest_url.strip_prefix('#') {
                    Some(id) => Link::Anchor(id.to_owned()),
                    None if is_safe_url(&dest_url) => Link::Url(dest_url.into_string()),
                    None => Link::Url("#".into()),
                });
            }
            Tag::Image { .. } => self.image += 1,
            Tag::List(start) => {
                self.flush_loose_text();
                self.stack.push(Frame::List(start, true, Vec::new()));
            }
            Tag::Item => self.stack.push(Frame::Item(Vec::new())),
            Tag::BlockQuote(_) => {
                self.flush_loose_text();
                self.stack.push(Frame::Quote(Vec::new()));
            }
            Tag::CodeBlock(kind) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(lang) => lang.into_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                self.code = Some((lang, String::new()));
            }
            Tag::Table(aligns) => {
                self.table = Some(TableState {
                    aligns: aligns
                        .iter()
                        .map(|a| match a {
                            Alignment::Right => Align::Right,
                            Alignment::Center => Align::Center,
                            _ => Align::Left,
                        })
                        .collect(),
                    header: Vec::new(),
                    rows: Vec::new(),
                    row: Row::default(),
                })
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(t) = self.table.as_mut() {
                    t.row = Row::default();
                }
            }
            Tag::TableCell => self.runs.clear(),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => {
                let runs = self.take_runs();
                if !runs.is_empty() {
                    // A paragraph tag inside an item makes its list loose.
                    if let Some(Frame::Item(_)) = self.stack.last()
                        && let Some(Frame::List(_, tight, _)) = self.stack.iter_mut().rev().nth(1)
                    {
                        *tight = false;
                    }
                    self.push(Block::Paragraph(runs));
                }
            }
            TagEnd::Heading(level) => {
                let runs = self.take_runs();
                let id = self.ids.unique(slug(&text(&runs)));
                self.push(Block::Heading {
                    level: level_number(level),
                    runs,
                    id,
                });
            }
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            TagEnd::Strikethrough => self.strike = self.strike.saturating_sub(1),
            TagEnd::Link => self.style.link = None,
            TagEnd::Image => self.image = self.image.saturating_sub(1),
            TagEnd::List(_) | TagEnd::Item | TagEnd::BlockQuote(_) => self.close_frame(),
            TagEnd::CodeBlock => {
                if let Some((lang, text)) = self.code.take() {
                    self.push(Block::Code { lang, text });
                }
            }
            TagEnd::TableCell => {
                let runs = self.take_runs();
                if let Some(t) = self.table.as_mut() {
                    t.row.cells.push(runs);
                }
            }
            TagEnd::TableHead => {
                if let Some(t) = self.table.as_mut() {
                    t.header = std::mem::take(&mut t.row.cells);
                }
            }
            TagEnd::TableRow => {
                if let Some(t) = self.table.as_mut() {
                    let row = std::mem::take(&mut t.row);
                    t.rows.push(row);
                }
            }
            TagEnd::Table => {
                if let Some(t) = self.table.take() {
                    let count = t.aligns.len().max(t.header.len());
                    let columns = (0..count)
                        .map(|i| Column {
                            kind: ColumnKind::Text,
                            align: t.aligns.get(i).copied().unwrap_or(Align::Left),
                            group: None,
                        })
                        .collect::<Vec<Column>>();
                    let mut rows = t.rows;
                    for row in &mut rows {
                        row.section = row.find_section(&columns);
                    }
                    self.push(Block::Table(Box::new(Table {
                        id: None,
                        caption: None,
                        columns,
                        header: t.header,
                        rows,
                        notes: Vec::new(),
                        grid: None,
                    })));
                }
            }
            _ => {}
        }
    }
}

fn is_line_break(html: &str) -> bool {
    matches!(
        html.trim().to_ascii_lowercase().as_str(),
        "<br>" | "<br/>" | "<br />"
    )
}

/// An anchor from a label: `Tabel 4.2` → `tabel-4-2`.
fn anchor(label: &str) -> String {
    let mut out = String::new();
    for c in label.trim().chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// The entries the front matter lists, in document order: headings after the contents
/// directive (levels 1 and 2), captioned tables and figures. Known before layout, so the
/// contents take one pass.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entries {
    /// Level, title, heading id.
    pub contents: Vec<(u8, String, String)>,
    /// Caption, table id.
    pub tables: Vec<(String, String)>,
    /// Figure number, title, figure id.
    pub figures: Vec<(usize, String, String)>,
}

pub fn entries(blocks: &[Block]) -> Entries {
    fn walk(blocks: &[Block], after: &mut bool, out: &mut Entries) {
        for b in blocks {
            match b {
                Block::Contents => *after = true,
                Block::Heading { level, runs, id } if *after && *level <= 2 => {
                    out.contents.push((*level, text(runs), id.clone()))
                }
                Block::Table(t) => {
                    if let (Some(c), Some(id)) = (&t.caption, &t.id) {
                        out.tables.push((c.plain(), id.clone()));
                    }
                }
                Block::Figure(f) => out.figures.push((f.number, f.title.clone(), f.id.clone())),
                Block::Styled { blocks, .. } | Block::Quote(blocks) => walk(blocks, after, out),
                Block::List { items, .. } => {
                    for item in items {
                        walk(item, after, out);
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = Entries::default();
    walk(blocks, &mut false, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_headings_paragraphs_tables_and_directives() {
        let md = "# BAB I\n\nTeks **tebal** dan *miring*.\n\n| A | B |\n|---|---:|\n| x | 1 |\n\n<!-- rpkd:pagebreak -->\n\n- satu\n- dua\n";
        let blocks = parse(md, &[]);
        assert!(matches!(&blocks[0], Block::Heading { level: 1, id, .. } if id == "bab-i"));
        let Block::Paragraph(runs) = &blocks[1] else {
            panic!("{:?}", blocks[1])
        };
        assert_eq!(runs.len(), 5);
        assert!(runs[1].bold && runs[1].text == "tebal");
        assert!(runs[3].italic);
        let Block::Table(t) = &blocks[2] else {
            panic!()
        };
        assert_eq!(t.columns[1].align, Align::Right);
        assert_eq!(t.columns[1].kind, ColumnKind::Text);
        assert!(t.caption.is_none() && t.id.is_none());
        assert_eq!(text(&t.rows[0].cells[1]), "1");
        assert_eq!(blocks[3], Block::PageBreak);
        let Block::List { items, tight, .. } = &blocks[4] else {
            panic!()
        };
        assert!(tight);
        assert_eq!(items.len(), 2);
    }

    #[test]
    fn a_table_block_gives_caption_kinds_notes_and_id() {
        let md = "<!-- rpkd:table columns=\"text number*2[Target]\" grid=g -->\n\n**Tabel 3.2** Target indikator\n\n| Indikator | Target 2025 | Target 2026 |\n|---|---:|---:|\n| <!-- rpkd:keep --> P0 | 5,1 | 4,9 |\n| P1 | 1 | 1 |\n\n*Sumber: BPS.*\n\n<!-- rpkd:end -->\n\nSesudah.\n";
        let blocks = parse(md, &[]);
        assert_eq!(blocks.len(), 2, "{blocks:#?}");
        let Block::Table(t) = &blocks[0] else {
            panic!()
        };
        let caption = t.caption.as_ref().unwrap();
        assert_eq!(text(&caption.label), "Tabel 3.2");
        assert_eq!(text(&caption.text), "Target indikator");
        assert_eq!(t.id.as_deref(), Some("tabel-3-2"));
        assert_eq!(t.columns[2].kind, ColumnKind::Number);
        assert_eq!(t.columns[2].group.as_deref(), Some("Target"));
        assert_eq!(t.grid.as_deref(), Some("g"));
        assert!(t.rows[0].keep && !t.rows[1].keep);
        assert_eq!(text(&t.rows[0].cells[0]), "P0");
        assert_eq!(t.notes.len(), 1);
        assert_eq!(text(&t.notes[0]), "Sumber: BPS.");
        assert!(matches!(&blocks[1], Block::Paragraph(_)));
        let e = entries(&blocks);
        assert_eq!(
            e.tables,
            [("Tabel 3.2 Target indikator".into(), "tabel-3-2".into())]
        );
    }

    #[test]
    fn a_bold_paragraph_before_a_table_outside_a_block_is_only_a_paragraph() {
        let blocks = parse("**Tabel 1** Judul\n\n| A |\n|---|\n| x |\n", &[]);
        assert!(matches!(&blocks[0], Block::Paragraph(_)));
        assert!(matches!(&blocks[1], Block::Table(t) if t.caption.is_none()));
        assert!(entries(&blocks).tables.is_empty());
    }

    #[test]
    fn section_rows_span_their_empty_cells() {
        let columns: Vec<Column> = (0..4)
            .map(|_| Column {
                kind: ColumnKind::Text,
                align: Align::Left,
                group: None,
            })
            .collect();
        let row = |cells: &[&str]| Row {
            cells: cells.iter().map(|c| vec![Run::plain(*c)]).collect(),
            keep: false,
            section: None,
        };
        assert_eq!(row(&["", "1.06", "", ""]).find_section(&columns), Some(1));
        assert_eq!(row(&["", "1.06", "", "x"]).find_section(&columns), None);
        assert_eq!(row(&["a", "b", "c", "d"]).find_section(&columns), None);
        assert_eq!(row(&["a", "b", "c", ""]).find_section(&columns), None);
    }

    #[test]
    fn styled_blocks_group_their_content() {
        let md = "<!-- rpkd:begin signature -->\n\nTangerang\n\n**NAMA**\n\n<!-- rpkd:end -->\n\nSesudah.\n";
        let blocks = parse(md, &[]);
        let Block::Styled {
            class,
            blocks: inner,
        } = &blocks[0]
        else {
            panic!("{blocks:?}")
        };
        assert_eq!(class, "signature");
        assert_eq!(inner.len(), 2);
        assert!(matches!(&blocks[1], Block::Paragraph(_)));
    }
}
