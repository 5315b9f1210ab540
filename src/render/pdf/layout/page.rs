//! The page frame: paper, margins, page numbers and the running header and footer.

use super::super::fonts::{Face, Fonts};
use super::{Color, Item, Number, Page};

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
