//! The table of contents and the lists of tables and figures: each entry a line with dot
//! leaders and its page number, linked to its target. The entries are known before layout (from
//! the blocks); their page numbers are printed once every page is numbered, so one pass is
//! enough. A list never spills a line or two alone onto a page of its own: it is set a little
//! tighter to stay on one page less, or the break moves up so the last page holds three entries.

use super::super::fonts::Face;
use super::text::{self, Line};
use super::{BLACK, Color, Engine, Item, Mark, Run};
use crate::render::doc::Align;

/// Which mark a contents line lists: the n-th contents entry, table or figure.
#[derive(Debug, Clone, Copy)]
pub(super) enum Listed {
    Contents(usize),
    Table(usize),
    Figure(usize),
}

/// A contents line placed without its page number: the dot leaders run from `from` to the
/// number, set flush with `right`.
pub(super) struct Leader {
    page: usize,
    baseline: f32,
    from: f32,
    right: f32,
    listed: Listed,
}

const SIZE: f32 = 11.0;
const LH: f32 = SIZE * 1.45;
/// The fewest entries a list's last page may hold.
const LAST_PAGE: usize = 3;

/// One entry, broken into lines.
struct Entry {
    lines: Vec<Line>,
    indent: f32,
    /// Space above (level-1 contents entries).
    before: f32,
    target: String,
    listed: Listed,
}

impl Engine<'_> {
    /// The table of contents.
    pub(super) fn contents(&mut self) {
        self.after_toc = true;
        let list: Vec<(u8, String, String)> = self.entries.contents.clone();
        let entries: Vec<Entry> = list
            .iter()
            .enumerate()
            .map(|(i, (level, title, id))| {
                let (face, indent, before) = if *level == 1 {
                    (Face::Bold, 0.0, 4.0)
                } else {
                    (Face::Regular, 18.0, 0.0)
                };
                self.entry(title, id, Listed::Contents(i), face, indent, before)
            })
            .collect();
        self.set_entries(entries);
    }

    /// The list of tables or of figures under its title, on a page of its own; nothing when
    /// the document has none.
    pub(super) fn list_of(&mut self, title: &str, kind: fn(usize) -> Listed) {
        let items: Vec<(String, String)> = match kind(0) {
            Listed::Table(_) => self.entries.tables.clone(),
            _ => self
                .entries
                .figures
                .iter()
                .map(|(n, t, id)| {
                    (
                        format!("{} {n}. {t}", self.options.labels.figure),
                        id.clone(),
                    )
                })
                .collect(),
        };
        if items.is_empty() {
            return;
        }
        self.break_page();
        if !title.is_empty() {
            let id = crate::render::markdown::slug(title);
            // Listed in the bookmarks, not in the contents.
            let after = self.after_toc;
            self.after_toc = false;
            self.heading(1, &[Run::bold(title)], &id, None);
            self.after_toc = after;
        }
        let entries: Vec<Entry> = items
            .iter()
            .enumerate()
            .map(|(i, (t, id))| self.entry(t, id, kind(i), Face::Regular, 0.0, 0.0))
            .collect();
        self.set_entries(entries);
    }

    fn entry(
        &self,
        title: &str,
        id: &str,
        listed: Listed,
        face: Face,
        indent: f32,
        before: f32,
    ) -> Entry {
        let width = self.width() - indent - 36.0;
        let run = Run {
            text: title.to_owned(),
            bold: face == Face::Bold,
            ..Run::default()
        };
        let words = text::words(&[run], SIZE, Face::Regular, self.fonts);
        let mut lines = text::greedy(&words, width, 1.0, self.fonts);
        for l in &mut lines {
            l.justify = false;
        }
        Entry {
            lines,
            indent,
            before,
            target: id.to_owned(),
            listed,
        }
    }

    /// Place entries so the last page is never a line or two alone.
    fn set_entries(&mut self, entries: Vec<Entry>) {
        let full = self.frame().height();
        let first = self.room();
        let heights = |scale: f32| -> Vec<f32> {
            entries
                .iter()
                .map(|e| e.before + e.lines.len() as f32 * LH * scale)
                .collect()
        };
        let plain = paginate(&heights(1.0), first, full);
        let mut scale = 1.0;
        let mut breaks: Vec<usize> = Vec::new();
        if plain.len() > 1 && plain.last().is_some_and(|&n| n < LAST_PAGE) {
            // A little tighter, when that saves the page.
            let tighter = paginate(&heights(0.9), first, full);
            if tighter.len() < plain.len() {
                scale = 0.9;
            } else {
                // Move the last break up so the last page holds LAST_PAGE entries.
                let mut counts = plain.clone();
                let n = counts.len();
                let short = LAST_PAGE - counts[n - 1];
                if counts[n - 2] > short + LAST_PAGE {
                    counts[n - 2] -= short;
                    counts[n - 1] += short;
                }
                let mut at = 0;
                for c in &counts[..n - 1] {
                    at += c;
                    breaks.push(at);
                }
            }
        }
        let lh = LH * scale;
        for (i, e) in entries.into_iter().enumerate() {
            if breaks.contains(&i) {
                self.new_page();
            }
            self.leader_line(e, lh);
        }
    }

    /// `Title ........ 12`, linked to its target; the dots and the number come in
    /// [`print_leaders`](Self::print_leaders).
    fn leader_line(&mut self, e: Entry, lh: f32) {
        self.y += e.before;
        self.ensure(e.lines.len() as f32 * lh);
        let width = self.width() - e.indent - 36.0;
        let top = self.y;
        let page = self.pages.len() - 1;
        let left = self.frame().left + e.indent;
        let right = self.frame().right;
        for line in &e.lines {
            self.place_line(line, left, width, SIZE, lh, Align::Left, BLACK);
        }
        let last = e.lines.last().map_or(0.0, |l| l.width);
        self.leaders.push(Leader {
            page,
            baseline: self.y - lh + (lh - SIZE) / 2.0 + SIZE * 0.82,
            from: left + last + 6.0,
            right,
            listed: e.listed,
        });
        self.push(Item::Link {
            x: left,
            y: top,
            w: right - left,
            h: self.y - top,
            target: e.target,
        });
    }

    /// Print each contents line's page number, with dot leaders up to it.
    pub(super) fn print_leaders(&mut self) {
        let dot = self.fonts.width(Face::Regular, ". ", SIZE);
        for leader in std::mem::take(&mut self.leaders) {
            let mark: Option<&Mark> = match leader.listed {
                Listed::Contents(i) => self.out.contents.get(i),
                Listed::Table(i) => self.out.tables.get(i),
                Listed::Figure(i) => self.out.figures.get(i),
            };
            let number = mark
                .and_then(|m| self.pages.get(m.page))
                .map_or_else(String::new, |p| p.number.label());
            let number_width = self.fonts.width(Face::Regular, &number, SIZE);
            let to = leader.right - number_width - 6.0;
            let Some(page) = self.pages.get_mut(leader.page) else {
                continue;
            };
            if to > leader.from {
                let count = ((to - leader.from) / dot).floor() as usize;
                page.items.push(Item::Text {
                    x: to - count as f32 * dot,
                    y: leader.baseline,
                    size: SIZE,
                    face: Face::Regular,
                    color: Color::Gray(0.4),
                    text: ". ".repeat(count),
                });
            }
            page.items.push(Item::Text {
                x: leader.right - number_width,
                y: leader.baseline,
                size: SIZE,
                face: Face::Regular,
                color: BLACK,
                text: number,
            });
        }
    }
}

/// How many entries of these heights go on each page, the first page having `first` points
/// left and the others `full`.
fn paginate(heights: &[f32], first: f32, full: f32) -> Vec<usize> {
    let mut pages = vec![0usize];
    let mut room = first;
    for h in heights {
        if *h > room + 0.01 && pages.last().is_some_and(|&n| n > 0) {
            pages.push(0);
            room = full;
        }
        room -= h;
        if let Some(n) = pages.last_mut() {
            *n += 1;
        }
    }
    pages
}

#[cfg(test)]
mod tests {
    #[test]
    fn pages_fill_in_order() {
        assert_eq!(super::paginate(&[10.0; 7], 25.0, 30.0), [2, 3, 2]);
        assert_eq!(super::paginate(&[], 25.0, 30.0), [0]);
    }
}
