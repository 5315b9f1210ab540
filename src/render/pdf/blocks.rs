//! A document's Markdown → blocks to typeset: headings, paragraphs of styled runs, lists, tables,
//! and the layout directives, from pulldown-cmark's events.

use crate::render::markdown::{Directive, Ids, level_number, options, slug};
use pulldown_cmark::{Alignment, Event, Parser, Tag, TagEnd, TextMergeStream};

/// A piece of text in one style.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    /// An internal link target (`#id`), for the table of contents and cross references.
    pub link: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub aligns: Vec<Align>,
    pub header: Vec<Vec<Run>>,
    pub rows: Vec<Vec<Vec<Run>>>,
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
        items: Vec<Vec<Block>>,
    },
    Quote(Vec<Block>),
    Code(String),
    Table(Table),
    Rule,
    /// `rpkd:begin CLASS` … `rpkd:end`.
    Styled {
        class: String,
        blocks: Vec<Block>,
    },
    Directive(Directive),
}

impl Block {
    /// The plain text of a paragraph or heading.
    pub fn text(runs: &[Run]) -> String {
        runs.iter().map(|r| r.text.as_str()).collect()
    }
}

/// Parse a document's Markdown into blocks.
pub fn blocks(markdown: &str) -> Vec<Block> {
    let mut b = Builder {
        stack: vec![Frame::Root(Vec::new())],
        runs: Vec::new(),
        bold: 0,
        italic: 0,
        link: None,
        ids: Ids::default(),
        table: None,
        code: None,
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
    List(Option<u64>, Vec<Vec<Block>>),
    Item(Vec<Block>),
    Quote(Vec<Block>),
}

impl Frame {
    fn blocks(&mut self) -> Option<&mut Vec<Block>> {
        match self {
            Frame::Root(b) | Frame::Styled(_, b) | Frame::Item(b) | Frame::Quote(b) => Some(b),
            Frame::List(..) => None,
        }
    }
}

struct TableState {
    table: Table,
    row: Vec<Vec<Run>>,
    in_head: bool,
}

struct Builder {
    stack: Vec<Frame>,
    runs: Vec<Run>,
    bold: usize,
    italic: usize,
    link: Option<String>,
    ids: Ids,
    table: Option<TableState>,
    code: Option<String>,
}

impl Builder {
    fn push(&mut self, block: Block) {
        for frame in self.stack.iter_mut().rev() {
            if let Some(blocks) = frame.blocks() {
                blocks.push(block);
                return;
            }
        }
    }

    fn text(&mut self, text: &str) {
        if let Some(code) = self.code.as_mut() {
            code.push_str(text);
            return;
        }
        let (bold, italic, link) = (self.bold > 0, self.italic > 0, self.link.clone());
        match self.runs.last_mut() {
            Some(last) if last.bold == bold && last.italic == italic && last.link == link => {
                last.text.push_str(text)
            }
            _ => self.runs.push(Run {
                text: text.to_owned(),
                bold,
                italic,
                link,
            }),
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
        let block = match frame {
            Frame::Root(blocks) => {
                self.stack.push(Frame::Root(blocks));
                return;
            }
            Frame::Styled(class, blocks) => Block::Styled { class, blocks },
            Frame::List(start, items) => Block::List { start, items },
            Frame::Quote(blocks) => Block::Quote(blocks),
            Frame::Item(blocks) => {
                if let Some(Frame::List(_, items)) = self.stack.last_mut() {
                    items.push(blocks);
                }
                return;
            }
        };
        self.push(block);
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) | Event::Code(t) => self.text(&t),
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.text("\n"),
            Event::Html(html) => match Directive::parse(&html) {
                Some(Directive::Begin(class)) => {
                    self.flush_loose_text();
                    self.stack.push(Frame::Styled(class, Vec::new()));
                }
                Some(Directive::End) => {
                    if matches!(self.stack.last(), Some(Frame::Styled(..))) {
                        self.close_frame();
                    }
                }
                Some(d) => self.push(Block::Directive(d)),
                None => {
                    let text = html.trim_end().to_owned();
                    self.push(Block::Paragraph(vec![Run {
                        text,
                        bold: false,
                        italic: false,
                        link: None,
                    }]));
                }
            },
            Event::InlineHtml(html) => self.text(&html),
            Event::Rule => self.push(Block::Rule),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph | Tag::Heading { .. } => self.runs.clear(),
            Tag::Strong => self.bold += 1,
            Tag::Emphasis => self.italic += 1,
            Tag::Link { dest_url, .. } => {
                self.link = dest_url.strip_prefix('#').map(str::to_owned);
            }
            Tag::List(start) => {
                self.flush_loose_text();
                self.stack.push(Frame::List(start, Vec::new()));
            }
            Tag::Item => self.stack.push(Frame::Item(Vec::new())),
            Tag::BlockQuote(_) => self.stack.push(Frame::Quote(Vec::new())),
            Tag::CodeBlock(_) => self.code = Some(String::new()),
            Tag::Table(aligns) => {
                self.table = Some(TableState {
                    table: Table {
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
                    },
                    row: Vec::new(),
                    in_head: false,
                })
            }
            Tag::TableHead => {
                if let Some(t) = self.table.as_mut() {
                    t.in_head = true;
                    t.row.clear();
                }
            }
            Tag::TableRow => {
                if let Some(t) = self.table.as_mut() {
                    t.row.clear();
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
                    self.push(Block::Paragraph(runs));
                }
            }
            TagEnd::Heading(level) => {
                let runs = self.take_runs();
                let id = self.ids.unique(slug(&Block::text(&runs)));
                self.push(Block::Heading {
                    level: level_number(level),
                    runs,
                    id,
                });
            }
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            TagEnd::Link => self.link = None,
            TagEnd::List(_) | TagEnd::Item | TagEnd::BlockQuote(_) => self.close_frame(),
            TagEnd::CodeBlock => {
                if let Some(code) = self.code.take() {
                    self.push(Block::Code(code));
                }
            }
            TagEnd::TableCell => {
                let runs = self.take_runs();
                if let Some(t) = self.table.as_mut() {
                    t.row.push(runs);
                }
            }
            TagEnd::TableHead => {
                if let Some(t) = self.table.as_mut() {
                    t.table.header = std::mem::take(&mut t.row);
                    t.in_head = false;
                }
            }
            TagEnd::TableRow => {
                if let Some(t) = self.table.as_mut() {
                    let row = std::mem::take(&mut t.row);
                    t.table.rows.push(row);
                }
            }
            TagEnd::Table => {
                if let Some(t) = self.table.take() {
                    self.push(Block::Table(t.table));
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_headings_paragraphs_tables_and_directives() {
        let md = "# BAB I\n\nTeks **tebal** dan *miring*.\n\n| A | B |\n|---|---:|\n| x | 1 |\n\n<!-- rpkd:pagebreak -->\n\n- satu\n- dua\n";
        let blocks = blocks(md);
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
        assert_eq!(t.aligns, [Align::Left, Align::Right]);
        assert_eq!(Block::text(&t.rows[0][1]), "1");
        assert_eq!(blocks[3], Block::Directive(Directive::PageBreak));
        let Block::List { items, .. } = &blocks[4] else {
            panic!()
        };
        assert_eq!(items.len(), 2);
    }

    #[test]
    fn styled_blocks_group_their_content() {
        let md = "<!-- rpkd:begin signature -->\n\nTangerang\n\n**NAMA**\n\n<!-- rpkd:end -->\n\nSesudah.\n";
        let blocks = blocks(md);
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
