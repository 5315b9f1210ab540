//! One page's items → its PDF content stream, written straight into bytes: positions to a
//! hundredth of a point, `y` flipped to PDF's bottom-left origin, text as two-byte glyph codes
//! of the embedded subset in literal strings, each placed by a relative move (`Td`) from the
//! one before. Graphics state (font, colours, line width) is set only when it changes.
//!
//! Pure and independent of every other page, so pages are encoded in parallel.

use super::fonts::Face;
use super::layout::{Color, Item, Page};
use std::collections::HashMap;

/// Below this code point a glyph id is found by index rather than by hashing.
const TABLE: usize = 0x2100;

/// The glyph id of every character a face prints, in that face's embedded subset.
pub struct Glyphs {
    table: Vec<u16>,
    rest: HashMap<char, u16>,
}

impl Glyphs {
    pub fn new(pairs: impl IntoIterator<Item = (char, u16)>) -> Glyphs {
        let mut glyphs = Glyphs {
            table: vec![0; TABLE],
            rest: HashMap::new(),
        };
        for (c, gid) in pairs {
            match glyphs.table.get_mut(c as usize) {
                Some(slot) => *slot = gid,
                None => {
                    glyphs.rest.insert(c, gid);
                }
            }
        }
        glyphs
    }

    /// The glyph id of `c`; 0 (`.notdef`) for a character the subset lacks, which the
    /// coverage check has already refused.
    fn id(&self, c: char) -> u16 {
        match self.table.get(c as usize) {
            Some(&gid) => gid,
            None => self.rest.get(&c).copied().unwrap_or(0),
        }
    }
}

/// The resource name of a face's font (`/F1` … `/F4`), shared with the writer.
pub fn font_resource(face: Face) -> String {
    format!("F{}", face.index() + 1)
}

/// The name the emblem's image XObject goes by in every page's resources.
pub const IMAGE_RESOURCE: &str = "Lambang";

/// The content stream of `page`; `glyphs` is indexed by [`Face::index`]. Links are not drawn
/// (they become annotations).
pub fn encode(page: &Page, glyphs: &[Glyphs; 4]) -> Vec<u8> {
    let mut s = Stream {
        out: Vec::with_capacity(page.items.len() * 40),
        height: page.height,
        in_text: false,
        at: (0, 0),
        font: None,
        fill: None,
        stroke: None,
        line_width: None,
    };
    for item in &page.items {
        s.item(item, glyphs);
    }
    s.end_text();
    s.out
}

struct Stream {
    out: Vec<u8>,
    height: f32,
    in_text: bool,
    /// Where the current text line starts, in hundredths of a point: the rounded position
    /// of the last `Td`, so relative moves never accumulate rounding.
    at: (i64, i64),
    font: Option<(Face, f32)>,
    fill: Option<Color>,
    stroke: Option<Color>,
    line_width: Option<f32>,
}

impl Stream {
    fn item(&mut self, item: &Item, glyphs: &[Glyphs; 4]) {
        match item {
            Item::Text {
                x,
                y,
                size,
                face,
                color,
                text,
            } => {
                if !self.in_text {
                    self.op("BT");
                    self.in_text = true;
                    self.at = (0, 0);
                }
                if self.font != Some((*face, *size)) {
                    self.out.push(b'/');
                    self.out.extend_from_slice(font_resource(*face).as_bytes());
                    self.out.push(b' ');
                    self.num(*size);
                    self.op("Tf");
                    self.font = Some((*face, *size));
                }
                self.fill(*color);
                let to = (hundredths(*x), hundredths(self.height - y));
                whole_and_hundredths(&mut self.out, to.0 - self.at.0);
                self.out.push(b' ');
                whole_and_hundredths(&mut self.out, to.1 - self.at.1);
                self.out.push(b' ');
                self.op("Td");
                self.at = to;
                self.out.push(b'(');
                let glyphs = &glyphs[face.index()];
                for c in text.chars() {
                    code(&mut self.out, glyphs.id(c));
                }
                self.out.extend_from_slice(b") ");
                self.op("Tj");
            }
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                width,
                color,
            } => {
                self.end_text();
                if self.stroke != Some(*color) {
                    self.colour(*color, true);
                    self.stroke = Some(*color);
                }
                if self.line_width != Some(*width) {
                    self.num(*width);
                    self.op("w");
                    self.line_width = Some(*width);
                }
                self.num(*x1);
                self.num(self.height - y1);
                self.op("m");
                self.num(*x2);
                self.num(self.height - y2);
                self.op("l");
                self.op("S");
            }
            Item::Rect { x, y, w, h, fill } => {
                self.end_text();
                self.fill(*fill);
                self.num(*x);
                self.num(self.height - y - h);
                self.num(*w);
                self.num(*h);
                self.op("re");
                self.op("f");
            }
            Item::Image { x, y, w, h } => {
                self.end_text();
                self.op("q");
                self.num(*w);
                self.out.extend_from_slice(b"0 0 ");
                self.num(*h);
                self.num(*x);
                self.num(self.height - y - h);
                self.op("cm");
                self.out.push(b'/');
                self.out.extend_from_slice(IMAGE_RESOURCE.as_bytes());
                self.out.push(b' ');
                self.op("Do");
                self.op("Q");
            }
            Item::Link { .. } => {}
        }
    }

    fn end_text(&mut self) {
        if self.in_text {
            self.op("ET");
            self.in_text = false;
        }
    }

    fn fill(&mut self, color: Color) {
        if self.fill != Some(color) {
            self.colour(color, false);
            self.fill = Some(color);
        }
    }

    fn colour(&mut self, color: Color, stroke: bool) {
        match color {
            Color::Gray(g) => {
                self.num(g);
                self.op(if stroke { "G" } else { "g" });
            }
            Color::Rgb(r, g, b) => {
                self.num(r);
                self.num(g);
                self.num(b);
                self.op(if stroke { "RG" } else { "rg" });
            }
        }
    }

    fn op(&mut self, op: &str) {
        self.out.extend_from_slice(op.as_bytes());
        self.out.push(b'\n');
    }

    /// A number and a space: at most two decimals, no trailing zeros, no `-0`.
    fn num(&mut self, v: f32) {
        number(&mut self.out, v);
        self.out.push(b' ');
    }
}

/// `v` in hundredths, rounded; 0 for what is not a number.
fn hundredths(v: f32) -> i64 {
    let h = (f64::from(v) * 100.0).round();
    if h.is_finite() { h as i64 } else { 0 }
}

/// `v` rounded to a hundredth, in the shortest form (`12`, `12.5`, `-0.25`).
fn number(out: &mut Vec<u8>, v: f32) {
    whole_and_hundredths(out, hundredths(v));
}

/// A count of hundredths as a decimal number without trailing zeros.
fn whole_and_hundredths(out: &mut Vec<u8>, hundredths: i64) {
    if hundredths < 0 {
        out.push(b'-');
    }
    let n = hundredths.unsigned_abs();
    let (whole, frac) = (n / 100, n % 100);
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut w = whole;
    loop {
        i -= 1;
        digits[i] = b'0' + (w % 10) as u8;
        w /= 10;
        if w == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[i..]);
    if frac != 0 {
        out.push(b'.');
        out.push(b'0' + (frac / 10) as u8);
        if frac % 10 != 0 {
            out.push(b'0' + (frac % 10) as u8);
        }
    }
}

/// A two-byte glyph code inside a literal string: the bytes as they are, but for the
/// delimiters and the line ends a reader would normalise, which are escaped.
fn code(out: &mut Vec<u8>, gid: u16) {
    for byte in gid.to_be_bytes() {
        match byte {
            b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', byte]),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\n' => out.extend_from_slice(b"\\n"),
            _ => out.push(byte),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::pdf::layout::Number;

    fn num(v: f32) -> String {
        let mut out = Vec::new();
        number(&mut out, v);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn numbers_are_short_and_exact_to_a_hundredth() {
        assert_eq!(num(0.0), "0");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.5), "12.5");
        assert_eq!(num(841.89), "841.89");
        assert_eq!(num(-0.25), "-0.25");
        assert_eq!(num(0.05), "0.05");
        assert_eq!(num(99.999), "100");
        assert_eq!(num(f32::NAN), "0");
    }

    #[test]
    fn a_page_becomes_operators_with_state_set_once() {
        let page = Page {
            width: 595.0,
            height: 842.0,
            landscape: false,
            number: Number::Arabic(1),
            items: vec![
                Item::Text {
                    x: 85.0,
                    y: 100.0,
                    size: 11.0,
                    face: Face::Bold,
                    color: Color::Gray(0.0),
                    text: "Rp1".into(),
                },
                Item::Text {
                    x: 85.0,
                    y: 115.5,
                    size: 11.0,
                    face: Face::Bold,
                    color: Color::Gray(0.0),
                    text: "A".into(),
                },
                Item::Line {
                    x1: 85.0,
                    y1: 120.0,
                    x2: 500.0,
                    y2: 120.0,
                    width: 0.5,
                    color: Color::Rgb(0.12, 0.31, 0.47),
                },
            ],
        };
        let none = || Glyphs::new([]);
        let bold = Glyphs::new([('R', 1), ('p', 2), ('1', 3), ('A', 0x28)]);
        let glyphs = [none(), bold, none(), none()];
        let text = String::from_utf8(encode(&page, &glyphs)).unwrap();
        // Moves are relative to the line before; `(` (0x28) in a code is escaped.
        assert_eq!(
            text,
            "BT\n/F2 11 Tf\n0 g\n85 742 Td\n(\0\x01\0\x02\0\x03) Tj\n\
             0 -15.5 Td\n(\0\\() Tj\nET\n\
             0.12 0.31 0.47 RG\n0.5 w\n85 722 m\n500 722 l\nS\n"
        );
    }
}
