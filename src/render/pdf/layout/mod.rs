//! The layout engine: the typed document's blocks → pages of positioned items, pure data with
//! no PDF in it.
//!
//! Coordinates are points with the origin at the page's top-left corner and `y` growing
//! downwards; the writer flips them. Text is measured with the embedded font's advance widths.
//! `text` breaks lines (total-fit with Indonesian hyphenation for body text, greedy for cells,
//! balanced for titles), `table` sets tables, `contents` the contents and lists, `page` the page
//! frame and furniture. This file places blocks and keeps things together: a heading with what
//! follows it (by laying both out and starting over on a new page when the heading would be left
//! alone), the first and last items of a list with their neighbours, a lead-in paragraph with its
//! list, a paragraph's lines never alone at a page's foot or head.

mod contents;
mod page;
mod table;
pub mod text;

pub use page::{Frame, Paper};
pub use table::{ColumnMeasure, column_widths};

use super::chart;
use super::fonts::{Face, Fonts};
use crate::render::doc::{Align, Block, Entries, Figure, Run, Table};
use crate::view::chart::Chart;
use contents::Leader;
use std::collections::HashMap;
use text::{Line, Word};

/// The words the layout prints itself, in the document's language (they are not in the
/// template: a continued table's caption, a figure's label, the page footer).
#[derive(Debug, Clone, PartialEq)]
pub struct Labels {
    /// After a table's label on the pages it continues on: `Tabel 4.2 (lanjutan)`.
    pub continued: String,
    /// Before a figure's number: `Gambar 2.`
    pub figure: String,
    /// The footer of main-matter pages, with `{n}` and `{total}`.
    pub page_of: String,
}

impl Labels {
    pub fn indonesian() -> Labels {
        Labels {
            continued: "lanjutan".into(),
            figure: "Gambar".into(),
            page_of: "Halaman {n} dari {total}".into(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Options {
    pub paper: Paper,
    /// The running header of every page after the cover.
    pub header: String,
    /// The emblem's size in pixels, where the document has one.
    pub logo: Option<(u32, u32)>,
    pub labels: Labels,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Color {
    Gray(f32),
    Rgb(f32, f32, f32),
}

pub const BLACK: Color = Color::Gray(0.0);
const ACCENT: Color = Color::Rgb(0.12, 0.31, 0.47);
const RULE: Color = Color::Gray(0.45);

/// Something drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// Text with its baseline at `y`.
    Text {
        x: f32,
        y: f32,
        size: f32,
        face: Face,
        color: Color,
        text: String,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        color: Color,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Color,
    },
    /// The region's emblem, `w` × `h` points with its top-left corner at (`x`, `y`).
    Image { x: f32, y: f32, w: f32, h: f32 },
    /// A clickable area that goes to a heading, table or figure.
    Link {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        target: String,
    },
}

/// How a page is numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Number {
    /// The cover: counted (as i) but not printed.
    Cover,
    /// Front matter: lowercase Roman.
    Roman(u32),
    /// Main matter: Arabic, from 1.
    Arabic(u32),
}

impl Number {
    pub fn label(self) -> String {
        match self {
            Number::Cover => "i".into(),
            Number::Roman(n) => crate::locale::roman(n).to_lowercase(),
            Number::Arabic(n) => n.to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub width: f32,
    pub height: f32,
    pub landscape: bool,
    pub number: Number,
    pub items: Vec<Item>,
}

/// A heading, table or figure and where it landed.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub level: u8,
    pub title: String,
    pub id: String,
    pub page: usize,
    pub y: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub pages: Vec<Page>,
    /// Every heading in document order (for bookmarks and links).
    pub headings: Vec<Mark>,
    /// Headings after the table of contents, levels 1 and 2 (its entries).
    pub contents: Vec<Mark>,
    pub tables: Vec<Mark>,
    pub figures: Vec<Mark>,
    /// Pages before the main matter (cover and front matter).
    pub front_pages: usize,
}

impl Layout {
    /// The printed page number of a page index.
    pub fn label(&self, page: usize) -> String {
        self.pages
            .get(page)
            .map_or_else(String::new, |p| p.number.label())
    }
}

const BODY: f32 = 11.0;
const LEADING: f32 = 1.4;
/// Space left for a signature between the office and the name: 3 cm.
const SIGNATURE_SPACE: f32 = 30.0 * 72.0 / 25.4;

/// Lay out a document's blocks.
pub fn layout(
    blocks: &[Block],
    charts: &[Chart],
    options: &Options,
    fonts: &'static Fonts,
) -> Layout {
    let entries = crate::render::doc::entries(blocks);
    let mut grids: HashMap<(String, usize), Vec<&Table>> = HashMap::new();
    table::collect_grids(blocks, &mut grids);
    let mut e = Engine {
        fonts,
        options,
        charts,
        entries: &entries,
        leaders: Vec::new(),
        pages: Vec::new(),
        y: 0.0,
        landscape: false,
        main_from: None,
        after_toc: false,
        out: Layout {
            pages: Vec::new(),
            headings: Vec::new(),
            contents: Vec::new(),
            tables: Vec::new(),
            figures: Vec::new(),
            front_pages: 0,
        },
        class: Vec::new(),
        grid_tables: grids,
        grids: HashMap::new(),
        measured: HashMap::new(),
        last_set: None,
        last_set_landscape: false,
    };
    e.new_page();
    e.blocks(blocks, 0.0);
    e.finish()
}

struct Engine<'a> {
    fonts: &'static Fonts,
    options: &'a Options,
    charts: &'a [Chart],
    entries: &'a Entries,
    /// Contents lines waiting for their page numbers.
    leaders: Vec<Leader>,
    pages: Vec<Page>,
    /// Cursor: top of the next line, from the page's top edge.
    y: f32,
    landscape: bool,
    main_from: Option<usize>,
    after_toc: bool,
    out: Layout,
    /// Styled blocks we are inside (`cover`, `signature`, `note`).
    class: Vec<String>,
    /// The tables of each shared grid (by name and column count), and the grids once set.
    grid_tables: HashMap<(String, usize), Vec<&'a Table>>,
    grids: HashMap<(String, usize, bool), table::Grid>,
    /// Tables of a grid measured when the grid was set, until they are set themselves.
    measured: HashMap<usize, table::Measured>,
    /// The table set last (by address), kept for when it is placed again or after its heading
    /// asked for its height.
    last_set: Option<(usize, std::rc::Rc<Vec<table::SetTable>>)>,
    last_set_landscape: bool,
}

/// Where the layout stood, to start over from when something must move to the next page.
struct Checkpoint {
    pages: usize,
    items: usize,
    y: f32,
    landscape: bool,
    main_from: Option<usize>,
    after_toc: bool,
    marks: [usize; 4],
    leaders: usize,
}

impl<'a> Engine<'a> {
    fn frame(&self) -> Frame {
        let page = self.pages.last().expect("a page");
        Frame::of(page.width, page.height, page.landscape)
    }

    fn width(&self) -> f32 {
        self.frame().width()
    }

    fn new_page(&mut self) {
        let (w, h) = self.options.paper.size();
        let (width, height) = if self.landscape { (h, w) } else { (w, h) };
        self.pages.push(Page {
            width,
            height,
            landscape: self.landscape,
            number: Number::Cover,
            items: Vec::new(),
        });
        self.y = self.frame().top;
    }

    fn page_is_empty(&self) -> bool {
        self.pages.last().is_none_or(|p| p.items.is_empty())
    }

    /// Start a new page unless the current one is still empty.
    fn break_page(&mut self) {
        if !self.page_is_empty() {
            self.new_page();
        }
    }

    fn room(&self) -> f32 {
        self.frame().bottom - self.y
    }

    fn ensure(&mut self, height: f32) {
        if height > self.room() && !self.page_is_empty() {
            self.new_page();
        }
    }

    fn push(&mut self, item: Item) {
        if let Some(page) = self.pages.last_mut() {
            page.items.push(item);
        }
    }

    fn in_class(&self, class: &str) -> bool {
        self.class.iter().any(|c| c == class)
    }

    fn checkpoint(&self) -> Checkpoint {
        Checkpoint {
            pages: self.pages.len(),
            items: self.pages.last().map_or(0, |p| p.items.len()),
            y: self.y,
            landscape: self.landscape,
            main_from: self.main_from,
            after_toc: self.after_toc,
            marks: [
                self.out.headings.len(),
                self.out.contents.len(),
                self.out.tables.len(),
                self.out.figures.len(),
            ],
            leaders: self.leaders.len(),
        }
    }

    fn rollback(&mut self, c: Checkpoint) {
        self.pages.truncate(c.pages);
        if let Some(page) = self.pages.last_mut() {
            page.items.truncate(c.items);
        }
        self.y = c.y;
        self.landscape = c.landscape;
        self.main_from = c.main_from;
        self.after_toc = c.after_toc;
        self.out.headings.truncate(c.marks[0]);
        self.out.contents.truncate(c.marks[1]);
        self.out.tables.truncate(c.marks[2]);
        self.out.figures.truncate(c.marks[3]);
        self.leaders.truncate(c.leaders);
    }

    /// Items on page `page` after the first `items`: whether anything followed there.
    fn followed(&self, page: usize, items: usize) -> bool {
        self.pages.get(page).is_some_and(|p| p.items.len() > items)
    }

    /// `blocks` set `inset` further in, with a rule of `width` in `color` down their left at
    /// `rule_at` from the indent (a quote, a note) when they stay on one page.
    fn ruled(
        &mut self,
        blocks: &[Block],
        indent: f32,
        inset: f32,
        rule_at: f32,
        width: f32,
        color: Color,
    ) {
        let top = self.y;
        let page = self.pages.len();
        self.blocks(blocks, indent + inset);
        if self.pages.len() == page {
            let x = self.frame().left + indent + rule_at;
            self.push(Item::Line {
                x1: x,
                y1: top,
                x2: x,
                y2: self.y - 4.0,
                width,
                color,
            });
        }
    }

    fn blocks(&mut self, blocks: &[Block], indent: f32) {
        let mut i = 0;
        while i < blocks.len() {
            i = self.place_from(blocks, i, indent);
        }
    }

    /// Place `blocks[i]`, and with it what must stay on its page; returns the next index.
    fn place_from(&mut self, blocks: &[Block], i: usize, indent: f32) -> usize {
        let keeps_with_next = match &blocks[i] {
            Block::Heading { .. } => !self.in_class("cover"),
            // A lead-in paragraph stays with the list, table or figure it introduces.
            Block::Paragraph(_) => matches!(
                blocks.get(i + 1),
                Some(Block::List { .. } | Block::Table(_) | Block::Figure(_))
            ),
            _ => false,
        };
        let next_movable = blocks.get(i + 1).is_some_and(|b| {
            !matches!(
                b,
                Block::PageBreak | Block::Landscape | Block::Portrait | Block::MainMatter
            )
        });
        if !(keeps_with_next && next_movable) {
            self.block(&blocks[i], blocks.get(i + 1), indent);
            return i + 1;
        }
        let fresh = self.page_is_empty();
        let start = self.checkpoint();
        self.block(&blocks[i], blocks.get(i + 1), indent);
        let page = self.pages.len() - 1;
        let items = self.pages[page].items.len();
        let next = self.place_from(blocks, i + 1, indent);
        if fresh || self.followed(page, items) {
            return next;
        }
        // What follows went to the next page and left this block alone at the foot: start
        // over with both on a new page.
        self.rollback(start);
        self.new_page();
        self.block(&blocks[i], blocks.get(i + 1), indent);
        self.place_from(blocks, i + 1, indent)
    }

    fn block(&mut self, block: &Block, next: Option<&Block>, indent: f32) {
        match block {
            Block::Heading { level, runs, id } => self.heading(*level, runs, id, next),
            Block::Paragraph(runs) => {
                if self.in_class("cover") {
                    let bold = runs.iter().all(|r| r.bold);
                    let size = if bold { 13.0 } else { 12.0 };
                    self.paragraph(runs, size, Align::Center, indent, 14.0, Face::Regular);
                } else {
                    self.paragraph(runs, BODY, Align::Left, indent, 7.0, Face::Regular);
                }
            }
            Block::Raw(html) => {
                self.paragraph(
                    &[Run::plain(html.clone())],
                    BODY,
                    Align::Left,
                    indent,
                    7.0,
                    Face::Regular,
                );
            }
            Block::List { start, items, .. } => self.list(*start, items, indent),
            Block::Quote(blocks) => self.ruled(blocks, indent, 16.0, 6.0, 1.5, RULE),
            Block::Code { text, .. } => {
                for line in text.lines() {
                    let runs = [Run::plain(line)];
                    self.paragraph(&runs, 9.0, Align::Left, indent + 12.0, 0.0, Face::Regular);
                }
                self.y += 6.0;
            }
            Block::Table(table) => self.table(table),
            Block::Figure(figure) => self.figure(figure),
            Block::Rule => {
                self.ensure(12.0);
                let f = self.frame();
                let y = self.y + 6.0;
                self.push(Item::Line {
                    x1: f.left,
                    y1: y,
                    x2: f.right,
                    y2: y,
                    width: 0.5,
                    color: RULE,
                });
                self.y += 12.0;
            }
            Block::Styled { class, blocks } => self.styled(class, blocks, indent),
            Block::Contents => self.contents(),
            Block::TableList { title } => self.list_of(title, contents::Listed::Table),
            Block::FigureList { title } => self.list_of(title, contents::Listed::Figure),
            Block::Logo => self.logo(),
            Block::PageBreak => self.break_page(),
            Block::Landscape => {
                if !self.landscape {
                    self.landscape = true;
                    self.break_page_to_orientation();
                }
            }
            Block::Portrait => {
                if self.landscape {
                    self.landscape = false;
                    self.break_page_to_orientation();
                }
            }
            Block::MainMatter => {
                if self.main_from.is_none() {
                    self.break_page();
                    self.main_from = Some(self.pages.len() - 1);
                }
            }
        }
    }

    fn logo(&mut self) {
        if let Some((pw, ph)) = self.options.logo {
            let h: f32 = 96.0;
            let w = (h * pw as f32 / ph.max(1) as f32).min(self.width());
            self.ensure(h + 12.0);
            let f = self.frame();
            let x = f.left + (f.width() - w) / 2.0;
            self.push(Item::Image { x, y: self.y, w, h });
            self.y += h + 18.0;
        }
    }

    /// After an orientation change: the current page if it is empty (turned), else a new one.
    fn break_page_to_orientation(&mut self) {
        if self.page_is_empty() {
            self.pages.pop();
        }
        self.new_page();
    }

    fn styled(&mut self, class: &str, blocks: &[Block], indent: f32) {
        match class {
            "cover" => {
                self.class.push(class.to_owned());
                self.y = self.frame().top + 90.0;
                self.blocks(blocks, indent);
                self.class.pop();
            }
            "signature" => self.signature(blocks),
            "note" => self.ruled(blocks, indent, 14.0, 4.0, 2.0, ACCENT),
            _ => self.blocks(blocks, indent),
        }
    }

    /// Place, date, office, 3 cm to sign, name: a column at the right, kept on one page.
    fn signature(&mut self, blocks: &[Block]) {
        const WIDTH: f32 = 230.0;
        let paragraphs: Vec<&Vec<Run>> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph(runs) => Some(runs),
                _ => None,
            })
            .collect();
        let lh = BODY * LEADING;
        let lines: usize = paragraphs
            .iter()
            .map(|runs| {
                let words = text::words(runs, BODY, Face::Regular, self.fonts);
                text::balanced(&words, WIDTH, self.fonts).len().max(1)
            })
            .sum();
        let height = lines as f32 * lh + paragraphs.len() as f32 * 2.0 + SIGNATURE_SPACE + 20.0;
        self.y += 14.0;
        self.ensure(height);
        let indent = self.width() - WIDTH;
        let count = paragraphs.len();
        for (i, runs) in paragraphs.into_iter().enumerate() {
            if i + 1 == count && count > 1 {
                self.y += SIGNATURE_SPACE;
            }
            self.paragraph_in(runs, BODY, Align::Center, indent, WIDTH, 2.0, Face::Regular);
        }
        self.y += 10.0;
    }

    fn heading(&mut self, level: u8, runs: &[Run], id: &str, next: Option<&Block>) {
        let cover = self.in_class("cover");
        let (size, before, after, align) = match (level, cover) {
            (1, true) => (20.0, 18.0, 18.0, Align::Center),
            (_, true) => (15.0, 12.0, 12.0, Align::Center),
            (1, false) => (14.0, 24.0, 16.0, Align::Center),
            (2, false) => (12.0, 14.0, 6.0, Align::Left),
            _ => (11.0, 10.0, 4.0, Align::Left),
        };
        if !self.page_is_empty() {
            self.y += before;
        }
        let words = text::words(runs, size, Face::Bold, self.fonts);
        // Titles never hyphenate; centred ones are balanced.
        let mut lines = if align == Align::Center {
            text::balanced(&words, self.width(), self.fonts)
        } else {
            text::greedy(&words, self.width(), 1.0, self.fonts)
        };
        for l in &mut lines {
            l.justify = false;
        }
        // Room for the heading and the start of what follows (the rest is checked by laying
        // out both; this only saves the work when there is clearly no room).
        let follow = match next {
            Some(Block::Table(t)) if !cover => self.table_start(t),
            Some(Block::Figure(f)) => self.charts.get(f.chart).map_or(0.0, |c| {
                chart::height(c, self.width().min(460.0), self.fonts) + 30.0
            }),
            Some(Block::Heading { .. }) => 40.0,
            Some(_) => BODY * LEADING * 2.0,
            None => 0.0,
        };
        let height = lines.len() as f32 * size * 1.3 + after;
        self.ensure(height + follow);
        let page = self.pages.len() - 1;
        let mark = Mark {
            level,
            title: crate::render::doc::text(runs),
            id: id.to_owned(),
            page,
            y: self.y,
        };
        self.out.headings.push(mark.clone());
        if self.after_toc && level <= 2 && !cover {
            self.out.contents.push(mark);
        }
        let color = if cover { BLACK } else { ACCENT };
        let left = self.frame().left;
        let width = self.width();
        for line in &lines {
            self.place_line(line, left, width, size, size * 1.3, align, color);
        }
        self.y += after;
    }

    /// Draw one line at the cursor, in the box from `left`, `width` wide.
    #[allow(clippy::too_many_arguments)]
    fn place_line(
        &mut self,
        line: &Line,
        left: f32,
        width: f32,
        size: f32,
        lh: f32,
        align: Align,
        color: Color,
    ) {
        self.place_scaled(line, left, width, size, lh, align, color, 1.0);
    }

    /// [`place_line`](Self::place_line) for a line measured at another size: every width and
    /// size is multiplied by `scale` (a table's words are measured once at 1 pt).
    #[allow(clippy::too_many_arguments)]
    fn place_scaled(
        &mut self,
        line: &Line,
        left: f32,
        width: f32,
        size: f32,
        lh: f32,
        align: Align,
        color: Color,
        scale: f32,
    ) {
        let baseline = self.y + (lh - size) / 2.0 + size * 0.82;
        let top = self.y;
        if let Some(page) = self.pages.last_mut() {
            place(
                &mut page.items,
                line,
                (left, width),
                (baseline, top, lh),
                align,
                color,
                scale,
                self.fonts,
            );
        }
        self.y += lh;
    }

    fn paragraph(
        &mut self,
        runs: &[Run],
        size: f32,
        align: Align,
        indent: f32,
        after: f32,
        base: Face,
    ) {
        let width = self.width() - indent;
        self.paragraph_in(runs, size, align, indent, width, after, base);
    }

    /// A paragraph broken across pages as needed, never leaving a single line at a page's
    /// foot (orphan) or head (widow) when it has more than one. Left-aligned paragraphs are
    /// justified with hyphenation; centred ones are balanced.
    #[allow(clippy::too_many_arguments)]
    fn paragraph_in(
        &mut self,
        runs: &[Run],
        size: f32,
        align: Align,
        indent: f32,
        width: f32,
        after: f32,
        base: Face,
    ) {
        let words = text::words(runs, size, base, self.fonts);
        if words.is_empty() {
            return;
        }
        let hard_breaks = runs.iter().any(|r| r.text.contains('\n'));
        let lines = if hard_breaks {
            // Lines the author broken by hand (an address, a signature): each on its own.
            split_hard_breaks(runs)
                .iter()
                .flat_map(|part| {
                    let w = text::words(part, size, base, self.fonts);
                    let mut lines = text::greedy(&w, width, 1.0, self.fonts);
                    for l in &mut lines {
                        l.justify = false;
                    }
                    lines
                })
                .collect()
        } else if align == Align::Left && !self.in_class("cover") {
            text::justified(&words, width, self.fonts)
        } else if align == Align::Center {
            text::balanced(&words, width, self.fonts)
        } else {
            text::greedy(&words, width, 1.0, self.fonts)
        };
        let lh = size * LEADING;
        let mut rest: &[Line] = &lines;
        while !rest.is_empty() {
            let fit = ((self.room() + 0.01) / lh).floor().max(0.0) as usize;
            let mut take = rest.len().min(fit);
            if take < rest.len() {
                // Orphan: one line alone at the foot; widow: one line alone at the head.
                if rest.len() - take < 2 && rest.len() >= 3 {
                    take = rest.len() - 2;
                }
                if take < 2 && rest.len() >= 2 {
                    take = 0;
                }
            }
            if take == 0 {
                if self.page_is_empty() {
                    take = rest.len().min(fit.max(1));
                } else {
                    self.new_page();
                    continue;
                }
            }
            let left = self.frame().left + indent;
            for line in &rest[..take] {
                self.place_line(line, left, width, size, lh, align, BLACK);
            }
            rest = &rest[take..];
            if !rest.is_empty() {
                self.new_page();
            }
        }
        self.y += after;
    }

    /// A list; its first item is never alone at a page's foot nor its last alone at a head.
    fn list(&mut self, start: Option<u64>, items: &[Vec<Block>], indent: f32) {
        let mut i = 0;
        while i < items.len() {
            let n = items.len();
            // The first item keeps with the second; the one before last with the last.
            let pair = n >= 3 && (i == 0 || i + 2 == n);
            if !pair {
                self.item(start, i, &items[i], indent);
                i += 1;
                continue;
            }
            let fresh = self.page_is_empty();
            let at = self.checkpoint();
            self.item(start, i, &items[i], indent);
            let page = self.pages.len() - 1;
            let count = self.pages[page].items.len();
            self.item(start, i + 1, &items[i + 1], indent);
            if !fresh && !self.followed(page, count) && at.pages == page + 1 {
                self.rollback(at);
                self.new_page();
                self.item(start, i, &items[i], indent);
                self.item(start, i + 1, &items[i + 1], indent);
            }
            i += 2;
        }
        self.y += 6.0;
    }

    fn item(&mut self, start: Option<u64>, i: usize, item: &[Block], indent: f32) {
        const HANG: f32 = 18.0;
        let marker = match start {
            Some(n) => format!("{}.", n + i as u64),
            None => "•".to_owned(),
        };
        // Room for the item's first two lines, so its first paragraph starts here.
        self.ensure(BODY * LEADING * 2.0);
        let page_index = self.pages.len() - 1;
        let line_y = self.y;
        let left = self.frame().left + indent;
        self.blocks(item, indent + HANG);
        let baseline = line_y + (BODY * LEADING - BODY) / 2.0 + BODY * 0.82;
        if let Some(p) = self.pages.get_mut(page_index) {
            p.items.push(Item::Text {
                x: left + 2.0,
                y: baseline,
                size: BODY,
                face: Face::Regular,
                color: BLACK,
                text: marker,
            });
        }
        self.y -= 4.0;
    }

    fn figure(&mut self, figure: &Figure) {
        let Some(c) = self.charts.get(figure.chart) else {
            return;
        };
        let width = self.width().min(460.0);
        let height = chart::height(c, width, self.fonts);
        let caption = [Run {
            text: format!(
                "{} {}. {}",
                self.options.labels.figure, figure.number, figure.title
            ),
            italic: true,
            ..Run::default()
        }];
        let caption_words = text::words(&caption, 9.5, Face::Regular, self.fonts);
        let caption_lines = text::balanced(&caption_words, self.width(), self.fonts).len();
        self.ensure(height + 12.0 + caption_lines as f32 * 9.5 * LEADING);
        let f = self.frame();
        let x = f.left + (f.width() - width) / 2.0;
        let y = self.y + 6.0;
        for item in chart::draw(c, x, y, width, self.fonts) {
            self.push(item);
        }
        self.y = y + height + 6.0;
        self.out.figures.push(Mark {
            level: 0,
            title: format!(
                "{} {}. {}",
                self.options.labels.figure, figure.number, figure.title
            ),
            id: figure.id.clone(),
            page: self.pages.len() - 1,
            y,
        });
        self.paragraph(&caption, 9.5, Align::Center, 0.0, 10.0, Face::Regular);
    }

    fn finish(mut self) -> Layout {
        // A trailing orientation change or page break leaves an empty last page.
        while self.pages.len() > 1 && self.pages.last().is_some_and(|p| p.items.is_empty()) {
            self.pages.pop();
        }
        let main = self
            .main_from
            .unwrap_or(1.min(self.pages.len().saturating_sub(1)));
        let has_cover = self.pages.first().is_some_and(|p| !p.items.is_empty());
        for (i, page) in self.pages.iter_mut().enumerate() {
            page.number = if i >= main {
                Number::Arabic((i - main + 1) as u32)
            } else if i == 0 && has_cover {
                Number::Cover
            } else {
                Number::Roman(i as u32 + 1)
            };
        }
        self.print_leaders();
        let total_main = self.pages.len().saturating_sub(main);
        let header = self.options.header.clone();
        let page_of = self.options.labels.page_of.clone();
        for page in &mut self.pages {
            page::join_rules(page);
            page::furniture(page, &header, &page_of, total_main, self.fonts);
        }
        self.out.front_pages = main;
        self.out.pages = self.pages;
        self.out
    }
}

/// Runs split at hard line breaks (`\n` inside a run).
fn split_hard_breaks(runs: &[Run]) -> Vec<Vec<Run>> {
    let mut out: Vec<Vec<Run>> = vec![Vec::new()];
    for run in runs {
        for (i, part) in run.text.split('\n').enumerate() {
            if i > 0 {
                out.push(Vec::new());
            }
            if !part.is_empty()
                && let Some(last) = out.last_mut()
            {
                let mut r = run.clone();
                r.text = part.to_owned();
                last.push(r);
            }
        }
    }
    out.retain(|p| !p.is_empty());
    out
}

/// The items of one line, pushed onto `items`: in natural spacing, consecutive words in one face print as one
/// string (a space between them is exactly the gap measured), which keeps large tables'
/// streams small; a justified line places every word.
#[allow(clippy::too_many_arguments)]
fn place(
    items: &mut Vec<Item>,
    line: &Line,
    (left, width): (f32, f32),
    (baseline, top, lh): (f32, f32, f32),
    align: Align,
    color: Color,
    scale: f32,
    fonts: &Fonts,
) {
    let size = line.words.first().map_or(BODY, |w| w.size) * scale;
    let space = fonts.width(Face::Regular, " ", size);
    let natural = line.width * scale;
    let gaps = line.words.len().saturating_sub(1);
    let (mut x, gap) = if line.justify && !line.last && gaps > 0 {
        (left, space + (width - natural).max(0.0) / gaps as f32)
    } else {
        let x = match align {
            Align::Left => left,
            Align::Center => left + (width - natural) / 2.0,
            Align::Right => left + width - natural,
        };
        (x, space)
    };
    let natural_gaps = gap == space;
    let mut pending: Option<(f32, Face, String)> = None;
    for word in &line.words {
        let mut px = x;
        for (i, piece) in word.pieces.iter().enumerate() {
            let w = fonts.width(piece.face, &piece.text, word.size * scale);
            let joins = natural_gaps && piece.link.is_none();
            match pending.as_mut() {
                Some((_, f, run)) if joins && *f == piece.face => {
                    if i == 0 {
                        run.push(' ');
                    }
                    run.push_str(&piece.text);
                }
                _ => {
                    if let Some((rx, rf, run)) = pending.take() {
                        items.push(Item::Text {
                            x: rx,
                            y: baseline,
                            size,
                            face: rf,
                            color,
                            text: run,
                        });
                    }
                    if joins {
                        pending = Some((px, piece.face, piece.text.clone()));
                    } else {
                        items.push(Item::Text {
                            x: px,
                            y: baseline,
                            size: word.size * scale,
                            face: piece.face,
                            color,
                            text: piece.text.clone(),
                        });
                    }
                }
            }
            if let Some(target) = &piece.link {
                items.push(Item::Link {
                    x: px,
                    y: top,
                    w,
                    h: lh,
                    target: target.clone(),
                });
            }
            px += w;
        }
        x += word.width * scale + gap;
    }
    if let Some((rx, rf, run)) = pending.take() {
        items.push(Item::Text {
            x: rx,
            y: baseline,
            size,
            face: rf,
            color,
            text: run,
        });
    }
}

/// A word as runs, for measuring labels the layout prints itself.
fn label_words(text: &str, size: f32, face: Face, fonts: &Fonts) -> Vec<Word> {
    text::words(&[Run::plain(text)], size, face, fonts)
}
