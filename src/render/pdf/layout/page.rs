//! The page frame: paper, margins, page numbers and the running header and footer.

use super::super::fonts::{Face, Fonts};
use super::{Color, Item, Number, Page, RULE};

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

/// The area text may use on a page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
}

impl Frame {
    /// Portrait pages keep the binding margin of official documents (3 cm left); landscape
    /// pages, which carry the wide matrices, give the matrix every point they can while keeping
    /// clear of a printer's unprintable edge.
    pub fn of(width: f32, height: f32, landscape: bool) -> Frame {
        if landscape {
            Frame {
                left: 40.0,
                right: width - 36.0,
                top: 58.0,
                bottom: height - 46.0,
            }
        } else {
            Frame {
                left: 85.0,
                right: width - 57.0,
                top: 78.0,
                bottom: height - 70.0,
            }
        }
    }

    pub fn width(&self) -> f32 {
        self.right - self.left
    }

    pub fn height(&self) -> f32 {
        self.bottom - self.top
    }
}

/// Running header and page number: `page_of` with `{n}` and `{total}` for the main matter,
/// roman numerals in the front matter, nothing on the cover.
pub fn furniture(page: &mut Page, header: &str, page_of: &str, total_main: usize, fonts: &Fonts) {
    let f = Frame::of(page.width, page.height, page.landscape);
    let footer = match page.number {
        Number::Cover => return,
        Number::Roman(_) => page.number.label(),
        Number::Arabic(n) => page_of
            .replace("{n}", &n.to_string())
            .replace("{total}", &total_main.to_string()),
    };
    let size = 8.0;
    let width = fonts.width(Face::Italic, header, size);
    page.items.push(Item::Text {
        x: f.right - width.min(f.width()),
        y: f.top - 22.0,
        size,
        face: Face::Italic,
        color: Color::Gray(0.35),
        text: header.to_owned(),
    });
    page.items.push(Item::Line {
        x1: f.left,
        y1: f.top - 16.0,
        x2: f.right,
        y2: f.top - 16.0,
        width: 0.5,
        color: Color::Gray(0.6),
    });
    let width = fonts.width(Face::Regular, &footer, 9.0);
    // The footer sits in the middle of the bottom margin.
    let baseline = f.bottom + (page.height - f.bottom) / 2.0 + 3.0;
    page.items.push(Item::Text {
        x: f.left + (f.width() - width) / 2.0,
        y: baseline,
        size: 9.0,
        face: Face::Regular,
        color: Color::Gray(0.25),
        text: footer,
    });
}

/// Rules drawn row by row (a table's borders, in [`RULE`] colour) joined into as few lines as
/// draw the same: the top of a row is the bottom of the one before, and a column's border runs
/// down every row of a page. Rules are drawn over fills and never under text, so the joined
/// lines go last; other lines (charts) keep their place.
pub fn join_rules(page: &mut Page) {
    let mut vertical: Vec<(f32, f32, f32, f32, Color)> = Vec::new();
    let mut horizontal: Vec<(f32, f32, f32, f32, Color)> = Vec::new();
    page.items.retain(|item| match item {
        Item::Line {
            x1,
            y1,
            x2,
            y2,
            width,
            color,
        } if *color == RULE && (x1 - x2).abs() < 0.001 && y2 >= y1 => {
            vertical.push((*x1, *y1, *y2, *width, *color));
            false
        }
        Item::Line {
            x1,
            y1,
            x2,
            y2,
            width,
            color,
        } if *color == RULE && (y1 - y2).abs() < 0.001 && x2 >= x1 => {
            horizontal.push((*y1, *x1, *x2, *width, *color));
            false
        }
        _ => true,
    });
    let key = |c: &Color| match c {
        Color::Gray(g) => (0, g.to_bits(), 0, 0),
        Color::Rgb(r, g, b) => (1, r.to_bits(), g.to_bits(), b.to_bits()),
    };
    // Along one coordinate `at`, segments from `a` to `b`: sorted, then joined where they touch.
    let join = |mut lines: Vec<(f32, f32, f32, f32, Color)>| -> Vec<(f32, f32, f32, f32, Color)> {
        lines.sort_by(|p, q| {
            p.0.total_cmp(&q.0)
                .then(p.3.total_cmp(&q.3))
                .then(key(&p.4).cmp(&key(&q.4)))
                .then(p.1.total_cmp(&q.1))
        });
        let mut out: Vec<(f32, f32, f32, f32, Color)> = Vec::with_capacity(lines.len());
        for l in lines {
            match out.last_mut() {
                Some(last)
                    if (last.0 - l.0).abs() < 0.01
                        && last.3 == l.3
                        && key(&last.4) == key(&l.4)
                        && l.1 <= last.2 + 0.01 =>
                {
                    last.2 = last.2.max(l.2);
                }
                _ => out.push(l),
            }
        }
        out
    };
    for (x, y1, y2, width, color) in join(vertical) {
        page.items.push(Item::Line {
            x1: x,
            y1,
            x2: x,
            y2,
            width,
            color,
        });
    }
    for (y, x1, x2, width, color) in join(horizontal) {
        page.items.push(Item::Line {
            x1,
            y1: y,
            x2,
            y2: y,
            width,
            color,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(x1: f32, y1: f32, x2: f32, y2: f32) -> Item {
        Item::Line {
            x1,
            y1,
            x2,
            y2,
            width: 0.4,
            color: RULE,
        }
    }

    #[test]
    fn row_borders_join_into_one_line_per_edge() {
        let mut page = Page {
            width: 100.0,
            height: 100.0,
            landscape: false,
            number: Number::Arabic(1),
            items: vec![
                line(10.0, 0.0, 10.0, 5.0),
                line(10.0, 5.0, 10.0, 9.0),
                line(0.0, 5.0, 20.0, 5.0),
                line(0.0, 5.0, 20.0, 5.0),
                line(10.0, 20.0, 10.0, 30.0),
            ],
        };
        join_rules(&mut page);
        assert_eq!(page.items.len(), 3, "{:?}", page.items);
        assert!(page.items.contains(&line(10.0, 0.0, 10.0, 9.0)));
        assert!(page.items.contains(&line(10.0, 20.0, 10.0, 30.0)));
        assert!(page.items.contains(&line(0.0, 5.0, 20.0, 5.0)));
    }
}
