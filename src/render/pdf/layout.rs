//! The layout engine: blocks → pages of positioned items, pure data with no PDF in it.
//!
//! Coordinates are points with the origin at the page's top-left corner and `y` growing
//! downwards; the writer flips them. Text is measured with the embedded font's advance widths;
//! lines break greedily and justified lines place each word at its own x (word spacing has no
//! effect on embedded fonts). Headings keep with what follows, paragraphs avoid single lines at
//! a page's foot or head, table rows stay whole and header rows repeat on every page a table
//! continues on.

use super::blocks::{Align, Block, Run, Table};
use super::chart;
use super::fonts::{Face, Fonts};
use crate::render::markdown::Directive;
use crate::view::chart::Chart;

/// Paper the document is printed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    A4,
    /// 215 × 330 mm, the folio many regional offices print on.
    F4,
}

impl Paper {
    /// Width and height in points, portrait.
    pub fn size(self) -> (f32, f32) {
        const MM: f32 = 72.0 / 25.4;
        match self {
            Paper::A4 => (210.0 * MM, 297.0 * MM),
            Paper::F4 => (215.0 * MM, 330.0 * MM),
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
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Color {
    Gray(f32),
    Rgb(f32, f32, f32),
}

pub const BLACK: Color = Color::Gray(0.0);
const ACCENT: Color = Color::Rgb(0.12, 0.31, 0.47);
const RULE: Color = Color::Gray(0.45);
const HEAD_FILL: Color = Color::Gray(0.9);

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
    /// A clickable area that goes to a heading.
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

/// The entries of the contents, tables and figures lists: what the front matter lists, before
/// anyone knows the pages. The pages are filled in when the layout is finished, so one pass is
/// enough whenever the entries were known beforehand (from [`seed`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entries {
    /// Level, title, heading id.
    pub contents: Vec<(u8, String, String)>,
    /// Title, target id.
    pub tables: Vec<(String, String)>,
    pub figures: Vec<(String, String)>,
}

impl Entries {
    /// The entries a finished layout actually has.
    pub fn from(layout: &Layout) -> Entries {
        let entry = |m: &Mark| (m.title.clone(), m.id.clone());
        Entries {
            contents: layout
                .contents
                .iter()
                .map(|m| (m.level, m.title.clone(), m.id.clone()))
                .collect(),
            tables: layout.tables.iter().map(entry).collect(),
            figures: layout.figures.iter().map(entry).collect(),
        }
    }
}

/// Which mark a contents line lists: the n-th contents entry, table or figure.
#[derive(Debug, Clone, Copy)]
enum Listed {
    Contents(usize),
    Table(usize),
    Figure(usize),
}

/// A contents line placed without its page number, which [`Engine::finish`] prints once every
/// page is numbered: the dot leaders run from `from` to the number, set flush with `right`.
struct Leader {
    page: usize,
    baseline: f32,
    from: f32,
    right: f32,
    listed: Listed,
}

const BODY: f32 = 11.0;
const LEADING: f32 = 1.4;

/// Lay out a document's blocks.
pub fn layout(
    blocks: &[Block],
    charts: &[Chart],
    options: &Options,
    fonts: &'static Fonts,
    entries: &Entries,
) -> Layout {
    let mut e = Engine {
        fonts,
        options,
        charts,
        entries,
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
        caption: None,
        class: Vec::new(),
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
    /// A table caption waiting for its table.
    caption: Option<String>,
    /// Styled blocks we are inside (`cover`, `signature`, `note`).
    class: Vec<String>,
}

/// The usable area of the current page.
#[derive(Clone, Copy)]
struct Frame {
    left: f32,
    right: f32,
    top: f32,
    bottom: f32,
}

/// A word: pieces of text in their faces with no break between them.
#[derive(Debug, Clone)]
struct Word {
    pieces: Vec<(String, Face, Option<String>)>,
    width: f32,
    size: f32,
    /// No line break may follow this word (`Rp1,6` before `triliun`).
    glue: bool,
}

#[derive(Debug, Clone)]
struct Line {
    words: Vec<Word>,
    width: f32,
    last: bool,
}

impl<'a> Engine<'a> {
    fn frame(&self) -> Frame {
        let page = self.pages.last().expect("a page");
        if page.landscape {
            Frame {
                left: 50.0,
                right: page.width - 42.0,
                top: 62.0,
                bottom: page.height - 52.0,
            }
        } else {
            Frame {
                left: 85.0,
                right: page.width - 57.0,
                top: 78.0,
                bottom: page.height - 70.0,
            }
        }
    }

    fn width(&self) -> f32 {
        let f = self.frame();
        f.right - f.left
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

    fn blocks(&mut self, blocks: &[Block], indent: f32) {
        for (i, block) in blocks.iter().enumerate() {
            let next = blocks.get(i + 1);
            self.block(block, next, indent);
        }
    }

    fn block(&mut self, block: &Block, next: Option<&Block>, indent: f32) {
        match block {
            Block::Heading { level, runs, id } => self.heading(*level, runs, id, next),
            Block::Paragraph(runs) => {
                let text = Block::text(runs);
                let is_caption = runs.first().is_some_and(|r| r.bold)
                    && text.starts_with("Tabel ")
                    && matches!(next, Some(Block::Table(_)));
                if is_caption {
                    self.caption = Some(text);
                    // Caption, header and a first row stay together.
                    self.ensure(BODY * LEADING * 2.0 + 60.0);
                }
                if self.in_class("cover") {
                    let bold = runs.iter().all(|r| r.bold);
                    let size = if bold { 13.0 } else { 12.0 };
                    self.paragraph(runs, size, Align::Center, indent, 14.0, Face::Regular);
                } else {
                    self.paragraph(runs, BODY, Align::Left, indent, 7.0, Face::Regular);
                }
            }
            Block::List { start, items } => self.list(*start, items, indent),
            Block::Quote(blocks) => {
                let top = self.y;
                self.blocks(blocks, indent + 16.0);
                let x = self.frame().left + indent + 6.0;
                self.push(Item::Line {
                    x1: x,
                    y1: top,
                    x2: x,
                    y2: self.y - 4.0,
                    width: 1.5,
                    color: RULE,
                });
            }
            Block::Code(code) => {
                for line in code.lines() {
                    let runs = [Run {
                        text: line.to_owned(),
                        bold: false,
                        italic: false,
                        link: None,
                    }];
                    self.paragraph(&runs, 9.0, Align::Left, indent + 12.0, 0.0, Face::Regular);
                }
                self.y += 6.0;
            }
            Block::Table(table) => {
                let caption = self.caption.take();
                self.table(table, caption);
            }
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
            Block::Directive(d) => self.directive(d),
        }
    }

    fn directive(&mut self, d: &Directive) {
        match d {
            Directive::Toc => self.contents(),
            Directive::Logo => {
                if let Some((pw, ph)) = self.options.logo {
                    let h: f32 = 96.0;
                    let w = (h * pw as f32 / ph.max(1) as f32).min(self.width());
                    let f = self.frame();
                    self.ensure(h + 12.0);
                    let x = f.left + (f.right - f.left - w) / 2.0;
                    self.push(Item::Image { x, y: self.y, w, h });
                    self.y += h + 18.0;
                }
            }
            Directive::Chart(id) => self.chart(id),
            Directive::PageBreak => self.break_page(),
            Directive::Landscape => {
                if !self.landscape {
                    self.landscape = true;
                    self.break_page_to_orientation();
                }
            }
            Directive::Portrait => {
                if self.landscape {
                    self.landscape = false;
                    self.break_page_to_orientation();
                }
            }
            Directive::MainMatter => {
                if self.main_from.is_none() {
                    self.break_page();
                    self.main_from = Some(self.pages.len() - 1);
                }
            }
            Directive::Begin(_) | Directive::End => {}
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
            "note" => {
                let top = self.y;
                self.blocks(blocks, indent + 14.0);
                let x = self.frame().left + indent + 4.0;
                self.push(Item::Line {
                    x1: x,
                    y1: top,
                    x2: x,
                    y2: self.y - 4.0,
                    width: 2.0,
                    color: ACCENT,
                });
            }
            _ => self.blocks(blocks, indent),
        }
    }

    /// Place, date, office, space to sign, name: a column at the right, kept on one page.
    fn signature(&mut self, blocks: &[Block]) {
        const WIDTH: f32 = 230.0;
        const GAP: f32 = 48.0;
        let paragraphs: Vec<&Vec<Run>> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph(runs) => Some(runs),
                _ => None,
            })
            .collect();
        let lh = BODY * LEADING;
        let height = paragraphs.len() as f32 * (lh + 2.0) + GAP + 20.0;
        self.y += 14.0;
        self.ensure(height);
        let f = self.frame();
        let indent = (f.right - f.left) - WIDTH;
        let count = paragraphs.len();
        for (i, runs) in paragraphs.into_iter().enumerate() {
            if i + 1 == count && count > 1 {
                self.y += GAP;
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
        // Keep the heading with the start of what follows.
        let follow = match next {
            Some(Block::Table(_)) => 70.0,
            Some(Block::Directive(Directive::Chart(_))) => 200.0,
            Some(_) => BODY * LEADING * 3.0,
            None => 0.0,
        };
        let words = self.words(runs, size, Face::Bold);
        let lines = self.break_lines(&words, self.width());
        let height = lines.len() as f32 * size * 1.3 + after + follow;
        self.ensure(height);
        let page = self.pages.len() - 1;
        let y = self.y;
        let mark = Mark {
            level,
            title: Block::text(runs),
            id: id.to_owned(),
            page,
            y,
        };
        self.out.headings.push(mark.clone());
        if self.after_toc && level <= 2 && !cover {
            self.out.contents.push(mark);
        }
        let color = if cover { BLACK } else { ACCENT };
        self.place_lines(&lines, 0.0, self.width(), size, size * 1.3, align, color);
        self.y += after;
    }

    /// Split runs into words, gluing an amount to its scale word (`Rp1,6 triliun`).
    fn words(&self, runs: &[Run], size: f32, base: Face) -> Vec<Word> {
        let mut words: Vec<Word> = Vec::new();
        let mut current: Option<Word> = None;
        for run in runs {
            let mut face = base;
            if run.bold {
                face = face.bold();
            }
            if run.italic {
                face = face.italic();
            }
            let mut rest = run.text.as_str();
            while !rest.is_empty() {
                let space = rest.find(char::is_whitespace);
                let (piece, after) = match space {
                    Some(0) => {
                        if let Some(w) = current.take() {
                            words.push(w);
                        }
                        let skip = rest
                            .char_indices()
                            .find(|(_, c)| !c.is_whitespace())
                            .map_or(rest.len(), |(i, _)| i);
                        rest = &rest[skip..];
                        continue;
                    }
                    Some(i) => (&rest[..i], &rest[i..]),
                    None => (rest, ""),
                };
                let width = self.fonts.width(face, piece, size);
                let w = current.get_or_insert_with(|| Word {
                    pieces: Vec::new(),
                    width: 0.0,
                    size,
                    glue: false,
                });
                w.pieces.push((piece.to_owned(), face, run.link.clone()));
                w.width += width;
                rest = after;
            }
        }
        if let Some(w) = current.take() {
            words.push(w);
        }
        const SCALES: [&str; 5] = ["ribu", "juta", "miliar", "triliun", "persen"];
        for i in 0..words.len().saturating_sub(1) {
            let ends_in_digit = words[i]
                .pieces
                .last()
                .is_some_and(|(t, _, _)| t.ends_with(|c: char| c.is_ascii_digit()));
            let next = words[i + 1].pieces.first().map(|(t, _, _)| {
                t.trim_end_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            });
            if ends_in_digit && next.is_some_and(|n| SCALES.contains(&n.as_str())) {
                words[i].glue = true;
            }
        }
        words
    }

    fn space(&self, size: f32) -> f32 {
        self.fonts.width(Face::Regular, " ", size)
    }

    /// Greedy line breaking; a word wider than the line is broken between characters.
    fn break_lines(&self, words: &[Word], width: f32) -> Vec<Line> {
        let mut lines: Vec<Line> = Vec::new();
        let mut line: Vec<Word> = Vec::new();
        let mut line_width = 0.0;
        let mut i = 0;
        while i < words.len() {
            // A glued group moves as one.
            let mut j = i;
            while j + 1 < words.len() && words[j].glue {
                j += 1;
            }
            let group = &words[i..=j];
            let space = self.space(words[i].size);
            let group_width: f32 =
                group.iter().map(|w| w.width).sum::<f32>() + space * (group.len() - 1) as f32;
            let needed = if line.is_empty() {
                group_width
            } else {
                line_width + space + group_width
            };
            if needed <= width + 0.01 || line.is_empty() {
                if !line.is_empty() {
                    line_width += space;
                }
                line_width += group_width;
                line.extend(group.iter().cloned());
                i = j + 1;
                if line_width > width && line.len() == 1 {
                    // One word wider than the line: split it.
                    let word = line.pop().expect("a word");
                    for part in self.split_word(&word, width) {
                        lines.push(Line {
                            width: part.width,
                            words: vec![part],
                            last: false,
                        });
                    }
                    line_width = 0.0;
                }
            } else {
                lines.push(Line {
                    words: std::mem::take(&mut line),
                    width: line_width,
                    last: false,
                });
                line_width = 0.0;
            }
        }
        if !line.is_empty() {
            lines.push(Line {
                words: line,
                width: line_width,
                last: true,
            });
        }
        if let Some(last) = lines.last_mut() {
            last.last = true;
        }
        lines
    }

    fn split_word(&self, word: &Word, width: f32) -> Vec<Word> {
        let size = word.size;
        let mut parts = Vec::new();
        let (mut face, mut link) = (Face::Regular, None);
        let mut current = String::new();
        for (piece_text, piece_face, piece_link) in &word.pieces {
            face = *piece_face;
            link = piece_link.clone();
            for c in piece_text.chars() {
                let candidate = format!("{current}{c}");
                if self.fonts.width(*piece_face, &candidate, size) > width && !current.is_empty() {
                    // Break after the last separator that fits (`1.500.` | `000`), else here.
                    let cut = current
                        .char_indices()
                        .filter(|(_, ch)| matches!(ch, '.' | ',' | '/' | '-' | ')'))
                        .map(|(i, ch)| i + ch.len_utf8())
                        .next_back()
                        .filter(|&i| i < current.len() && i * 2 >= current.len())
                        .unwrap_or(current.len());
                    let carry = current.split_off(cut);
                    // Inside a word of letters, mark the break with a hyphen.
                    if cut == current.len()
                        && current.ends_with(char::is_alphabetic)
                        && carry.is_empty()
                        && c.is_alphabetic()
                        && current.chars().count() > 2
                    {
                        let last = current.pop().unwrap_or_default();
                        current.push('-');
                        parts.push(Word {
                            width: self.fonts.width(*piece_face, &current, size),
                            pieces: vec![(
                                std::mem::take(&mut current),
                                *piece_face,
                                piece_link.clone(),
                            )],
                            size,
                            glue: false,
                        });
                        current.push(last);
                        current.push(c);
                        continue;
                    }
                    parts.push(Word {
                        width: self.fonts.width(*piece_face, &current, size),
                        pieces: vec![(
                            std::mem::take(&mut current),
                            *piece_face,
                            piece_link.clone(),
                        )],
                        size,
                        glue: false,
                    });
                    current = carry;
                }
                current.push(c);
            }
        }
        if !current.is_empty() {
            parts.push(Word {
                width: self.fonts.width(face, &current, size),
                pieces: vec![(current, face, link)],
                size,
                glue: false,
            });
        }
        parts
    }

    /// Draw lines at the cursor, `indent` from the frame's left edge, `width` wide. Does not
    /// break pages; the caller made room.
    #[allow(clippy::too_many_arguments)]
    fn place_lines(
        &mut self,
        lines: &[Line],
        indent: f32,
        width: f32,
        size: f32,
        lh: f32,
        align: Align,
        color: Color,
    ) {
        let left = self.frame().left + indent;
        for line in lines {
            self.place_line(line, left, width, size, lh, align, color, false);
        }
    }

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
        justify: bool,
    ) {
        let baseline = self.y + (lh - size) / 2.0 + size * 0.82;
        let space = self.space(size);
        let natural = line.width;
        let gaps = line.words.len().saturating_sub(1);
        let (mut x, gap) = if justify && !line.last && gaps > 0 {
            (left, space + (width - natural) / gaps as f32)
        } else {
            let x = match align {
                Align::Left => left,
                Align::Center => left + (width - natural) / 2.0,
                Align::Right => left + width - natural,
            };
            (x, space)
        };
        // With natural spacing, consecutive words in one face print as one string (a space
        // between them is exactly the gap measured), which keeps large tables' streams small;
        // justified lines place every word.
        let natural = gap == space;
        let mut pending: Option<(f32, Face, String)> = None;
        for word in &line.words {
            let mut px = x;
            for (i, (text, face, link)) in word.pieces.iter().enumerate() {
                let w = self.fonts.width(*face, text, size);
                let joins = natural && link.is_none();
                match pending.as_mut() {
                    Some((_, f, run)) if joins && *f == *face => {
                        if i == 0 {
                            run.push(' ');
                        }
                        run.push_str(text);
                    }
                    _ => {
                        if let Some((rx, rf, run)) = pending.take() {
                            self.push(Item::Text {
                                x: rx,
                                y: baseline,
                                size,
                                face: rf,
                                color,
                                text: run,
                            });
                        }
                        if joins {
                            pending = Some((px, *face, text.clone()));
                        } else {
                            self.push(Item::Text {
                                x: px,
                                y: baseline,
                                size,
                                face: *face,
                                color,
                                text: text.clone(),
                            });
                        }
                    }
                }
                if let Some(target) = link {
                    self.push(Item::Link {
                        x: px,
                        y: self.y,
                        w,
                        h: lh,
                        target: target.clone(),
                    });
                }
                px += w;
            }
            x += word.width + gap;
        }
        if let Some((rx, rf, run)) = pending.take() {
            self.push(Item::Text {
                x: rx,
                y: baseline,
                size,
                face: rf,
                color,
                text: run,
            });
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
    /// foot (orphan) or head (widow) when it has more than one.
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
        let words = self.words(runs, size, base);
        if words.is_empty() {
            return;
        }
        let lines = self.break_lines(&words, width);
        let lh = size * LEADING;
        let justify = align == Align::Left && !self.in_class("cover") && lines.len() > 1;
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
                self.place_line(line, left, width, size, lh, align, BLACK, justify);
            }
            rest = &rest[take..];
            if !rest.is_empty() {
                self.new_page();
            }
        }
        self.y += after;
    }

    fn list(&mut self, start: Option<u64>, items: &[Vec<Block>], indent: f32) {
        const HANG: f32 = 18.0;
        for (i, item) in items.iter().enumerate() {
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
        self.y += 6.0;
    }

    fn chart(&mut self, id: &str) {
        let Some(c) = self.charts.iter().find(|c| c.id == id) else {
            return;
        };
        let width = self.width().min(460.0);
        let height = width * 0.5;
        self.ensure(height + 40.0);
        let f = self.frame();
        let x = f.left + (f.right - f.left - width) / 2.0;
        let y = self.y + 6.0;
        for item in chart::draw(c, x, y, width, height, self.fonts) {
            self.push(item);
        }
        self.y = y + height + 6.0;
        let number = self.out.figures.len() + 1;
        let title = format!("Gambar {number}. {}", c.title);
        self.out.figures.push(Mark {
            level: 0,
            title: title.clone(),
            id: format!("gambar-{}", c.id),
            page: self.pages.len() - 1,
            y,
        });
        let runs = [Run {
            text: title,
            bold: false,
            italic: true,
            link: None,
        }];
        self.paragraph(&runs, 9.5, Align::Center, 0.0, 10.0, Face::Regular);
    }

    /// The table of contents, then the lists of tables and figures; their page numbers are
    /// printed when the layout is finished.
    fn contents(&mut self) {
        self.after_toc = true;
        let entries = self.entries;
        for (i, (level, title, id)) in entries.contents.iter().enumerate() {
            let (face, indent) = if *level == 1 {
                (Face::Bold, 0.0)
            } else {
                (Face::Regular, 18.0)
            };
            if *level == 1 {
                self.y += 4.0;
            }
            self.leader_line(title, id, Listed::Contents(i), face, indent);
        }
        for (heading, list, listed) in [
            (
                "DAFTAR TABEL",
                &entries.tables,
                Listed::Table as fn(usize) -> Listed,
            ),
            ("DAFTAR GAMBAR", &entries.figures, Listed::Figure),
        ] {
            if list.is_empty() {
                continue;
            }
            self.break_page();
            let id = crate::render::markdown::slug(heading);
            let runs = [Run {
                text: heading.into(),
                bold: true,
                italic: false,
                link: None,
            }];
            // Listed in the bookmarks, not in the contents.
            let after = self.after_toc;
            self.after_toc = false;
            self.heading(1, &runs, &id, None);
            self.after_toc = after;
            for (i, (title, id)) in list.iter().enumerate() {
                self.leader_line(title, id, listed(i), Face::Regular, 0.0);
            }
        }
    }

    /// `Title ........ 12`, linked to its target; the dots and the number come in `finish`.
    fn leader_line(&mut self, title: &str, id: &str, listed: Listed, face: Face, indent: f32) {
        let size = BODY;
        let lh = size * 1.45;
        let width = self.width() - indent - 36.0;
        let runs = [Run {
            text: title.to_owned(),
            bold: face == Face::Bold,
            italic: false,
            link: None,
        }];
        let words = self.words(&runs, size, Face::Regular);
        let lines = self.break_lines(&words, width);
        self.ensure(lines.len() as f32 * lh);
        let top = self.y;
        let page = self.pages.len() - 1;
        let left = self.frame().left + indent;
        let right = self.frame().right;
        for line in &lines {
            self.place_line(line, left, width, size, lh, Align::Left, BLACK, false);
        }
        let last = lines.last().map_or(0.0, |l| l.width);
        self.leaders.push(Leader {
            page,
            baseline: self.y - lh + (lh - size) / 2.0 + size * 0.82,
            from: left + last + 6.0,
            right,
            listed,
        });
        self.push(Item::Link {
            x: left,
            y: top,
            w: right - left,
            h: self.y - top,
            target: id.to_owned(),
        });
    }

    /// Print each contents line's page number, with dot leaders up to it.
    fn print_leaders(&mut self) {
        let size = BODY;
        let dot = self.fonts.width(Face::Regular, ". ", size);
        for leader in std::mem::take(&mut self.leaders) {
            let mark = match leader.listed {
                Listed::Contents(i) => self.out.contents.get(i),
                Listed::Table(i) => self.out.tables.get(i),
                Listed::Figure(i) => self.out.figures.get(i),
            };
            let number = mark
                .and_then(|m| self.pages.get(m.page))
                .map_or_else(String::new, |p| p.number.label());
            let number_width = self.fonts.width(Face::Regular, &number, size);
            let to = leader.right - number_width - 6.0;
            let Some(page) = self.pages.get_mut(leader.page) else {
                continue;
            };
            if to > leader.from {
                let count = ((to - leader.from) / dot).floor() as usize;
                page.items.push(Item::Text {
                    x: to - count as f32 * dot,
                    y: leader.baseline,
                    size,
                    face: Face::Regular,
                    color: Color::Gray(0.4),
                    text: ". ".repeat(count),
                });
            }
            page.items.push(Item::Text {
                x: leader.right - number_width,
                y: leader.baseline,
                size,
                face: Face::Regular,
                color: BLACK,
                text: number,
            });
        }
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
        for page in &mut self.pages {
            furniture(page, &header, total_main, self.fonts);
        }
        self.out.front_pages = main;
        self.out.pages = self.pages;
        self.out
    }
}

/// Running header and page number.
fn furniture(page: &mut Page, header: &str, total_main: usize, fonts: &Fonts) {
    let (left, right, top, bottom) = if page.landscape {
        (50.0, page.width - 42.0, 62.0, page.height - 52.0)
    } else {
        (85.0, page.width - 57.0, 78.0, page.height - 70.0)
    };
    let footer = match page.number {
        Number::Cover => return,
        Number::Roman(_) => page.number.label(),
        Number::Arabic(n) => format!("Halaman {n} dari {total_main}"),
    };
    let size = 8.0;
    let width = fonts.width(Face::Italic, header, size);
    page.items.push(Item::Text {
        x: right - width.min(right - left),
        y: top - 22.0,
        size,
        face: Face::Italic,
        color: Color::Gray(0.35),
        text: header.to_owned(),
    });
    page.items.push(Item::Line {
        x1: left,
        y1: top - 16.0,
        x2: right,
        y2: top - 16.0,
        width: 0.5,
        color: Color::Gray(0.6),
    });
    let width = fonts.width(Face::Regular, &footer, 9.0);
    page.items.push(Item::Text {
        x: left + (right - left - width) / 2.0,
        y: bottom + 34.0,
        size: 9.0,
        face: Face::Regular,
        color: Color::Gray(0.25),
        text: footer,
    });
}

// ---------------------------------------------------------------------------------------------
// Tables

struct Cell {
    lines: Vec<Line>,
    height: f32,
}

impl Engine<'_> {
    fn table(&mut self, table: &Table, caption: Option<String>) {
        const PAD_X: f32 = 3.0;
        const PAD_Y: f32 = 2.5;
        let columns = table.aligns.len().max(table.header.len());
        if columns == 0 {
            return;
        }
        let width = self.width();
        let groups = year_groups(table);
        // The widest matrices get a smaller type until every column's longest word fits.
        let mut size: f32 = if self.landscape { 7.0 } else { 8.0 };
        let (header_words, row_words, min, max) = loop {
            let measured = self.measure_table(table, &groups, columns, size);
            let sum_min: f32 = measured.2.iter().map(|m| m + 2.0 * PAD_X).sum();
            if sum_min <= width || size <= 5.5 {
                break measured;
            }
            size -= 0.5;
        };
        let lh = size * 1.3;
        let pad = 2.0 * PAD_X;
        let min: Vec<f32> = min.iter().map(|m| m + pad).collect();
        let max: Vec<f32> = max.iter().map(|m| (m + pad).max(14.0)).collect();
        let (sum_min, sum_max): (f32, f32) = (min.iter().sum(), max.iter().sum());
        let widths: Vec<f32> = if sum_max <= width {
            // Everything fits on one line: spread the spare width in proportion.
            let scale = width / sum_max;
            max.iter().map(|m| m * scale).collect()
        } else if sum_min >= width {
            // Too narrow even for the longest words: figures keep their width (a broken
            // amount misleads), text columns share what is left and wrap inside words.
            let numeric: Vec<bool> = (0..columns)
                .map(|c| table.aligns.get(c) == Some(&Align::Right))
                .collect();
            let fixed: f32 = (0..columns).filter(|&c| numeric[c]).map(|c| min[c]).sum();
            let flexible: f32 = (0..columns).filter(|&c| !numeric[c]).map(|c| min[c]).sum();
            if fixed < width * 0.8 && flexible > 0.0 {
                let scale = (width - fixed) / flexible;
                (0..columns)
                    .map(|c| if numeric[c] { min[c] } else { min[c] * scale })
                    .collect()
            } else {
                let scale = width / sum_min;
                min.iter().map(|m| m * scale).collect()
            }
        } else {
            let share = (width - sum_min) / (sum_max - sum_min);
            min.iter()
                .zip(&max)
                .map(|(lo, hi)| lo + (hi - lo) * share)
                .collect()
        };
        let xs: Vec<f32> = std::iter::once(0.0)
            .chain(widths.iter().scan(0.0, |acc, w| {
                *acc += w;
                Some(*acc)
            }))
            .collect();

        let layout_cell = |e: &Self, words: &[Word], w: f32| {
            let lines = e.break_lines(words, (w - pad).max(1.0));
            let height = lines.len().max(1) as f32 * lh + 2.0 * PAD_Y;
            Cell { lines, height }
        };

        // Header: one row, or two when columns form year groups (`Target 2025`…`Target 2029`
        // print as `Target` over `2025 … 2029`).
        let group_height = if groups.is_empty() {
            0.0
        } else {
            groups
                .iter()
                .map(|g| {
                    let w: f32 = g.columns.clone().map(|c| widths[c]).sum();
                    layout_cell(self, &self.words(&[plain(&g.label)], size, Face::Bold), w).height
                })
                .fold(0.0, f32::max)
        };
        let header_cells: Vec<Cell> = (0..columns)
            .map(|c| {
                let words = match groups.iter().find(|g| g.columns.contains(&c)) {
                    Some(g) => {
                        self.words(&[plain(&g.years[c - g.columns.start])], size, Face::Bold)
                    }
                    None => header_words[c].clone(),
                };
                layout_cell(self, &words, widths[c])
            })
            .collect();
        let header_height =
            group_height + header_cells.iter().map(|c| c.height).fold(0.0, f32::max);

        let rows: Vec<Vec<Cell>> = row_words
            .iter()
            .map(|row| {
                row.iter()
                    .enumerate()
                    .map(|(c, words)| layout_cell(self, words, widths[c]))
                    .collect()
            })
            .collect();
        let row_height = |cells: &[Cell]| {
            cells
                .iter()
                .map(|c| c.height)
                .fold(lh + 2.0 * PAD_Y, f32::max)
        };

        // Caption (already placed above) and header with the first row stay together.
        let first = rows.first().map_or(0.0, |r| row_height(r));
        self.ensure(header_height + first);
        if let Some(caption) = caption {
            self.out.tables.push(Mark {
                level: 0,
                title: caption,
                id: String::new(),
                page: self.pages.len() - 1,
                y: self.y,
            });
        }
        let aligns: Vec<Align> = (0..columns)
            .map(|c| table.aligns.get(c).copied().unwrap_or(Align::Left))
            .collect();
        let draw_header = |e: &mut Self| {
            let left = e.frame().left;
            let top = e.y;
            e.push(Item::Rect {
                x: left,
                y: top,
                w: width,
                h: header_height,
                fill: HEAD_FILL,
            });
            for g in &groups {
                let x = left + xs[g.columns.start];
                let w: f32 = g.columns.clone().map(|c| widths[c]).sum();
                let words = e.words(&[plain(&g.label)], size, Face::Bold);
                let cell = layout_cell(e, &words, w);
                e.y = top + PAD_Y;
                for line in &cell.lines {
                    e.place_line(
                        line,
                        x + PAD_X,
                        w - pad,
                        size,
                        lh,
                        Align::Center,
                        BLACK,
                        false,
                    );
                }
                e.hline(x, x + w, top + group_height);
            }
            for (c, cell) in header_cells.iter().enumerate() {
                let in_group = groups.iter().any(|g| g.columns.contains(&c));
                let cell_top = if in_group { top + group_height } else { top };
                let avail = top + header_height - cell_top;
                // Header text sits at the bottom of its cell.
                e.y = cell_top + (avail - cell.height).max(0.0) + PAD_Y;
                let align = if aligns[c] == Align::Right || in_group {
                    if in_group {
                        Align::Center
                    } else {
                        Align::Right
                    }
                } else {
                    Align::Left
                };
                for line in &cell.lines {
                    e.place_line(
                        line,
                        left + xs[c] + PAD_X,
                        widths[c] - pad,
                        size,
                        lh,
                        align,
                        BLACK,
                        false,
                    );
                }
            }
            e.grid_row(left, top, header_height, &xs, &groups, group_height);
            e.y = top + header_height;
        };
        draw_header(self);
        for cells in &rows {
            let h = row_height(cells);
            if h > self.room() {
                self.new_page();
                draw_header(self);
            }
            let left = self.frame().left;
            let top = self.y;
            for (c, cell) in cells.iter().enumerate() {
                self.y = top + PAD_Y;
                for line in &cell.lines {
                    self.place_line(
                        line,
                        left + xs[c] + PAD_X,
                        widths[c] - pad,
                        size,
                        lh,
                        aligns[c],
                        BLACK,
                        false,
                    );
                }
            }
            self.grid_row(left, top, h, &xs, &[], 0.0);
            self.y = top + h;
        }
        self.y += 8.0;
    }

    /// Words of every header and body cell at `size`, and each column's narrowest (longest
    /// word) and widest (one line) content width.
    #[allow(clippy::type_complexity)]
    fn measure_table(
        &self,
        table: &Table,
        groups: &[Group],
        columns: usize,
        size: f32,
    ) -> (Vec<Vec<Word>>, Vec<Vec<Vec<Word>>>, Vec<f32>, Vec<f32>) {
        let header_words: Vec<Vec<Word>> = (0..columns)
            .map(|c| self.words(table.header.get(c).map_or(&[][..], |r| r), size, Face::Bold))
            .collect();
        let row_words: Vec<Vec<Vec<Word>>> = table
            .rows
            .iter()
            .map(|row| {
                (0..columns)
                    .map(|c| self.words(row.get(c).map_or(&[][..], |r| r), size, Face::Regular))
                    .collect()
            })
            .collect();
        let space = self.space(size);
        let mut min = vec![0.0f32; columns];
        let mut max = vec![0.0f32; columns];
        for (c, words) in header_words.iter().enumerate() {
            let shown = groups
                .iter()
                .find(|g| g.columns.contains(&c))
                .map_or(words.clone(), |g| {
                    self.words(&[plain(&g.years[c - g.columns.start])], size, Face::Bold)
                });
            measure(&shown, space, &mut min[c], &mut max[c]);
        }
        for row in &row_words {
            for (c, words) in row.iter().enumerate() {
                measure(words, space, &mut min[c], &mut max[c]);
            }
        }
        (header_words, row_words, min, max)
    }

    fn hline(&mut self, x1: f32, x2: f32, y: f32) {
        self.push(Item::Line {
            x1,
            y1: y,
            x2,
            y2: y,
            width: 0.4,
            color: RULE,
        });
    }

    /// The borders of one row: top, bottom, and a vertical rule at every column edge (in a
    /// header with year groups, the rules inside a group start below the group label).
    fn grid_row(
        &mut self,
        left: f32,
        top: f32,
        height: f32,
        xs: &[f32],
        groups: &[Group],
        group_height: f32,
    ) {
        let right = left + xs.last().copied().unwrap_or(0.0);
        self.hline(left, right, top);
        self.hline(left, right, top + height);
        for (i, x) in xs.iter().enumerate() {
            let inside_group = groups
                .iter()
                .any(|g| i > g.columns.start && i < g.columns.end);
            let y1 = if inside_group {
                top + group_height
            } else {
                top
            };
            self.push(Item::Line {
                x1: left + x,
                y1,
                x2: left + x,
                y2: top + height,
                width: 0.4,
                color: RULE,
            });
        }
    }
}

fn plain(text: &str) -> Run {
    Run {
        text: text.to_owned(),
        bold: true,
        italic: false,
        link: None,
    }
}

fn measure(words: &[Word], space: f32, min: &mut f32, max: &mut f32) {
    let longest = words.iter().map(|w| w.width).fold(0.0, f32::max);
    let total =
        words.iter().map(|w| w.width).sum::<f32>() + space * words.len().saturating_sub(1) as f32;
    *min = min.max(longest);
    *max = max.max(total);
}

/// Consecutive header cells `LABEL YEAR` with the same label: a two-level header.
struct Group {
    label: String,
    columns: std::ops::Range<usize>,
    years: Vec<String>,
}

fn year_groups(table: &Table) -> Vec<Group> {
    let split = |runs: &Vec<Run>| {
        let text = Block::text(runs);
        let (label, year) = text.rsplit_once(' ')?;
        (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
            .then(|| (label.trim().to_owned(), year.to_owned()))
    };
    let mut groups: Vec<Group> = Vec::new();
    let mut c = 0;
    while c < table.header.len() {
        if let Some((label, year)) = split(&table.header[c]) {
            let mut years = vec![year];
            let mut end = c + 1;
            while let Some((l, y)) = table.header.get(end).and_then(split) {
                if l != label {
                    break;
                }
                years.push(y);
                end += 1;
            }
            if years.len() >= 2 {
                groups.push(Group {
                    label,
                    columns: c..end,
                    years,
                });
                c = end;
                continue;
            }
        }
        c += 1;
    }
    groups
}

/// The entries the front matter will list, read from the blocks before layout: headings after
/// a `toc` directive (levels 1 and 2), table captions, and charts that exist.
pub fn seed(blocks: &[Block], charts: &[Chart]) -> Entries {
    struct Walk<'a> {
        charts: &'a [Chart],
        after: bool,
        entries: Entries,
    }
    impl Walk<'_> {
        fn blocks(&mut self, blocks: &[Block]) {
            for (i, b) in blocks.iter().enumerate() {
                match b {
                    Block::Directive(Directive::Toc) => self.after = true,
                    Block::Heading { level, runs, id } if self.after && *level <= 2 => self
                        .entries
                        .contents
                        .push((*level, Block::text(runs), id.clone())),
                    Block::Paragraph(runs)
                        if runs.first().is_some_and(|r| r.bold)
                            && Block::text(runs).starts_with("Tabel ")
                            && matches!(blocks.get(i + 1), Some(Block::Table(_))) =>
                    {
                        self.entries.tables.push((Block::text(runs), String::new()))
                    }
                    Block::Directive(Directive::Chart(id)) => {
                        if let Some(c) = self.charts.iter().find(|c| c.id == *id) {
                            let number = self.entries.figures.len() + 1;
                            self.entries.figures.push((
                                format!("Gambar {number}. {}", c.title),
                                format!("gambar-{}", c.id),
                            ));
                        }
                    }
                    Block::Styled { blocks, .. } | Block::Quote(blocks) => self.blocks(blocks),
                    Block::List { items, .. } => {
                        for item in items {
                            self.blocks(item);
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    let mut walk = Walk {
        charts,
        after: false,
        entries: Entries::default(),
    };
    walk.blocks(blocks);
    walk.entries
}
