//! One page's items → its PDF content stream, written straight into bytes: positions to a
//! hundredth of a point, text as hex glyph ids of the embedded subset, `y` flipped to PDF's
//! bottom-left origin. Graphics state (font, colours, line width) is set only when it changes.
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
                self.out.extend_from_slice(b"1 0 0 1 ");
                self.num(*x);
                self.num(self.height - y);
                self.op("Tm");
                self.out.push(b'<');
                let glyphs = &glyphs[face.index()];
                for c in text.chars() {
                    hex(&mut self.out, glyphs.id(c));
                }
                self.out.extend_from_slice(b"> ");
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

/// `v` rounded to a hundredth, in the shortest form (`12`, `12.5`, `-0.25`).
fn number(out: &mut Vec<u8>, v: f32) {
    let hundredths = (f64::from(v) * 100.0).round();
    if !hundredths.is_finite() {
        out.push(b'0');
        return;
    }
    let hundredths = hundredths as i64;
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

fn hex(out: &mut Vec<u8>, gid: u16) {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    for shift in [12, 8, 4, 0] {
        out.push(DIGITS[usize::from((gid >> shift) & 0xF)]);
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
        let bold = Glyphs::new([('R', 1), ('p', 2), ('1', 3), ('A', 0x1F)]);
        let glyphs = [none(), bold, none(), none()];
        let text = String::from_utf8(encode(&page, &glyphs)).unwrap();
        assert_eq!(
            text,
            "BT\n/F2 11 Tf\n0 g\n1 0 0 1 85 742 Tm\n<000100020003> Tj\n\
             1 0 0 1 85 726.5 Tm\n<001F> Tj\nET\n\
             0.12 0.31 0.47 RG\n0.5 w\n85 722 m\n500 722 l\nS\n"
        );
    }
}
