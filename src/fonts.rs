//! The embedded typeface (Liberation Sans 2.1.5, SIL OFL 1.1, `fonts/`): its faces, advance
//! widths for layout and which characters it covers. `load` reports a character the font
//! cannot print (E026) and the PDF typesetter measures text with the same data, so this module
//! sits below both. Subsetting for the PDF writer is `render::pdf::fonts`.
//!
//! Liberation Sans has Arial's metrics, the face Indonesian government templates ask for.

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::tables::cmap::Cmap;
use allsorts::tables::{FontTableProvider, HeadTable, HheaTable, HmtxTable, MaxpTable};
use allsorts::tag;
use std::collections::HashMap;
use std::sync::OnceLock;

/// One of the four faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Face {
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

impl Face {
    pub const ALL: [Face; 4] = [Face::Regular, Face::Bold, Face::Italic, Face::BoldItalic];

    pub fn of(bold: bool, italic: bool) -> Face {
        match (bold, italic) {
            (false, false) => Face::Regular,
            (true, false) => Face::Bold,
            (false, true) => Face::Italic,
            (true, true) => Face::BoldItalic,
        }
    }

    pub fn bold(self) -> Face {
        Face::of(true, matches!(self, Face::Italic | Face::BoldItalic))
    }

    pub fn italic(self) -> Face {
        Face::of(matches!(self, Face::Bold | Face::BoldItalic), true)
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// The PostScript name the PDF gives the face.
    pub fn name(self) -> &'static str {
        match self {
            Face::Regular => "LiberationSans",
            Face::Bold => "LiberationSans-Bold",
            Face::Italic => "LiberationSans-Italic",
            Face::BoldItalic => "LiberationSans-BoldItalic",
        }
    }

    pub fn bytes(self) -> &'static [u8] {
        match self {
            Face::Regular => include_bytes!("../fonts/LiberationSans-Regular.ttf"),
            Face::Bold => include_bytes!("../fonts/LiberationSans-Bold.ttf"),
            Face::Italic => include_bytes!("../fonts/LiberationSans-Italic.ttf"),
            Face::BoldItalic => include_bytes!("../fonts/LiberationSans-BoldItalic.ttf"),
        }
    }
}

const TABLE: usize = 0x2100;

/// Metrics of one face.
pub struct Font {
    advances: HashMap<char, u16>,
    /// Advances of the first 0x2100 code points (Latin, punctuation, currency), `u16::MAX` where
    /// the face has no glyph: the hot path of layout, without hashing.
    table: Vec<u16>,
    units_per_em: f32,
    /// Ascender and descender in em (descender negative).
    pub ascent: f32,
    pub descent: f32,
}

impl Font {
    /// Read a face's metrics and coverage from its file.
    pub fn parse(bytes: &[u8]) -> Option<Font> {
        let file = ReadScope::new(bytes).read::<FontData<'_>>().ok()?;
        let provider = file.table_provider(0).ok()?;
        let head = ReadScope::new(&provider.read_table_data(tag::HEAD).ok()?)
            .read::<HeadTable>()
            .ok()?;
        let maxp_data = provider.read_table_data(tag::MAXP).ok()?;
        let maxp = ReadScope::new(&maxp_data).read::<MaxpTable>().ok()?;
        let hhea_data = provider.read_table_data(tag::HHEA).ok()?;
        let hhea = ReadScope::new(&hhea_data).read::<HheaTable>().ok()?;
        let hmtx_data = provider.read_table_data(tag::HMTX).ok()?;
        let hmtx = ReadScope::new(&hmtx_data)
            .read_dep::<HmtxTable<'_>>((
                usize::from(maxp.num_glyphs),
                usize::from(hhea.num_h_metrics),
            ))
            .ok()?;
        let cmap_data = provider.read_table_data(tag::CMAP).ok()?;
        let cmap = ReadScope::new(&cmap_data).read::<Cmap<'_>>().ok()?;
        let (_, subtable) = allsorts::font::read_cmap_subtable(&cmap).ok().flatten()?;
        let mut advances = HashMap::new();
        let _ = subtable.mappings_fn(|cp, gid| {
            if let (Some(c), Ok(advance)) = (char::from_u32(cp), hmtx.horizontal_advance(gid)) {
                advances.insert(c, advance);
            }
        });
        let units_per_em = f32::from(head.units_per_em);
        let mut table = vec![u16::MAX; TABLE];
        for (c, advance) in &advances {
            if let Some(slot) = table.get_mut(*c as usize) {
                *slot = *advance;
            }
        }
        Some(Font {
            table,
            advances,
            units_per_em,
            ascent: f32::from(hhea.ascender) / units_per_em,
            descent: f32::from(hhea.descender) / units_per_em,
        })
    }

    /// Whether the face has a glyph for `c`.
    pub fn has(&self, c: char) -> bool {
        self.advance(c).is_some()
    }

    fn advance(&self, c: char) -> Option<u16> {
        match self.table.get(c as usize) {
            Some(&u16::MAX) => None,
            Some(&a) => Some(a),
            None => self.advances.get(&c).copied(),
        }
    }

    /// The width of `text` at `size` points. A character the face lacks counts as a space
    /// (the layout reports it; it never prints).
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let space = self.advance(' ').unwrap_or(0);
        let units: u32 = text
            .chars()
            .map(|c| u32::from(self.advance(c).unwrap_or(space)))
            .sum();
        units as f32 / self.units_per_em * size
    }
}

/// The four faces, parsed once per process.
pub struct Fonts {
    faces: Vec<Font>,
}

impl Fonts {
    pub fn get(&self, face: Face) -> &Font {
        &self.faces[face.index()]
    }

    pub fn width(&self, face: Face, text: &str, size: f32) -> f32 {
        self.get(face).width(text, size)
    }
}

/// The embedded fonts. They are part of the binary, so failing to parse them is a build defect,
/// caught by the tests.
pub fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts {
        faces: Face::ALL
            .iter()
            .map(|f| Font::parse(f.bytes()).expect("the embedded Liberation Sans parses"))
            .collect(),
    })
}

/// The characters of `text` that some face of the font lacks, each once, in order.
pub fn missing(text: &str) -> Vec<char> {
    let fonts = fonts();
    let mut out: Vec<char> = Vec::new();
    for c in text.chars() {
        let printable = c == ' '
            || c.is_ascii_graphic()
            || c.is_whitespace()
            || Face::ALL.iter().all(|f| fonts.get(*f).has(c));
        if !printable && !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_faces_cover_indonesian_text_and_typographic_marks() {
        for face in Face::ALL {
            let font = fonts().get(face);
            for c in "AaZz09 Rp.,%–—“”‘’…•±×≥≤éÉ²/()[]".chars() {
                assert!(font.has(c), "{face:?} lacks {c:?}");
            }
            assert!(!font.has('✓'), "{face:?} unexpectedly has a check mark");
        }
    }

    #[test]
    fn widths_follow_arial_metrics() {
        let f = fonts();
        // Arial: "0" is 556/1000 em, a space 278/1000 em.
        assert!((f.width(Face::Regular, "0", 10.0) - 5.56).abs() < 0.01);
        assert!((f.width(Face::Regular, " ", 10.0) - 2.78).abs() < 0.01);
        assert!(f.width(Face::Bold, "Tangerang", 10.0) > f.width(Face::Regular, "Tangerang", 10.0));
    }
}
