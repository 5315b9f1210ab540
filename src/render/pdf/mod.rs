//! The PDF: a document's typed blocks ([`crate::render::doc`], the same the HTML is written
//! from) typeset by our own layout engine and written with printpdf.
//!
//! `layout` places every line on pages as plain data (tested as data), `chart` draws charts as
//! vectors, `fonts` measures and subsets the embedded Liberation Sans, and `writer` is the one
//! file that talks to printpdf. The contents, list of tables and list of figures are read from
//! the blocks before layout and get their page numbers when it ends, so a document is laid out
//! once.

mod chart;
mod content;
pub mod fonts;
pub mod layout;
mod writer;

use crate::error::Error;
use crate::render::Document;
use crate::render::doc::Block;
use layout::{Item, Labels, Layout, Options, Paper};
use std::collections::BTreeMap;

/// What the PDF needs beyond the document's Markdown.
#[derive(Debug, Clone)]
pub struct PdfOptions {
    pub paper: Paper,
    /// The running header of every page after the cover.
    pub header: String,
    /// The government, for the PDF's author.
    pub author: String,
    pub keywords: String,
    /// Creation date as `YYYYMMDDHHMMSS` (UTC): from `SOURCE_DATE_EPOCH` or the plan's own date,
    /// never the clock, so the same plan gives the same bytes.
    pub date: String,
    /// The words the layout prints itself (continued tables, figure labels, page footers).
    pub labels: Labels,
}

/// Lay out a document from its Markdown.
pub fn lay_out(document: &Document, options: &PdfOptions) -> Layout {
    let blocks = crate::render::doc::parse(&document.markdown, &document.charts);
    lay_out_blocks(&blocks, document, options)
}

/// Lay out a document's blocks, once: the entries of its contents lists are known from the
/// blocks and their page numbers are printed when the pages are numbered.
pub fn lay_out_blocks(blocks: &[Block], document: &Document, options: &PdfOptions) -> Layout {
    let opts = Options {
        paper: options.paper,
        header: options.header.clone(),
        logo: document.logo.as_ref().map(|l| (l.width, l.height)),
        labels: options.labels.clone(),
    };
    layout::layout(blocks, &document.charts, &opts, fonts::fonts())
}

/// The PDF of one document.
pub fn pdf(document: &Document, options: &PdfOptions) -> Result<Vec<u8>, Error> {
    let blocks = crate::render::doc::parse(&document.markdown, &document.charts);
    pdf_of_blocks(&blocks, document, options)
}

/// The PDF of one document from its blocks.
pub fn pdf_of_blocks(
    blocks: &[Block],
    document: &Document,
    options: &PdfOptions,
) -> Result<Vec<u8>, Error> {
    let layout = lay_out_blocks(blocks, document, options);
    check_coverage(&layout, &document.stem)?;
    writer::write(
        layout,
        document.logo.as_ref(),
        &writer::Metadata {
            title: document.title.clone(),
            author: options.author.clone(),
            subject: document.title.clone(),
            keywords: options.keywords.clone(),
            date: options.date.clone(),
        },
    )
}

/// The words printed on the line at baseline `y`, for an error's context.
fn line_at(page: &layout::Page, y: f32) -> String {
    let mut words: Vec<(f32, &str)> = page
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Text { x, y: ty, text, .. } if (ty - y).abs() < 0.5 => Some((*x, text.as_str())),
            _ => None,
        })
        .collect();
    words.sort_by(|a, b| a.0.total_cmp(&b.0));
    words
        .into_iter()
        .map(|(_, w)| w)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every character printed must be in the font: a missing glyph is an error naming the
/// character and the text it is in, never an empty box on paper.
fn check_coverage(layout: &Layout, stem: &str) -> Result<(), Error> {
    let fonts = fonts::fonts();
    let mut missing: BTreeMap<char, String> = BTreeMap::new();
    for page in &layout.pages {
        for item in &page.items {
            if let Item::Text { face, text, y, .. } = item {
                for c in text.chars() {
                    if !c.is_whitespace() && !fonts.get(*face).has(c) {
                        missing.entry(c).or_insert_with(|| line_at(page, *y));
                    }
                }
            }
        }
    }
    if missing.is_empty() {
        return Ok(());
    }
    let list: Vec<crate::i18n::Arg> = missing
        .iter()
        .map(|(c, context)| {
            crate::msg!(
                "glyph-in-context",
                char = c.to_string(),
                code = format!("U+{:04X}", *c as u32),
                context = context.as_str()
            )
            .into()
        })
        .collect();
    Err(Error::MissingGlyph(crate::msg!(
        "error-missing-glyph",
        document = format!("{stem}.pdf"),
        chars = crate::i18n::Arg::CommaList(list)
    )))
}
