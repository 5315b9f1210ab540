//! Pages of positioned items → PDF bytes. The one file that names printpdf (content streams
//! and font embedding) and lopdf (the post-pass that printpdf leaves to us: nested outline in
//! document order, page labels, links, metadata, a content-hash `/ID`).

use super::fonts::{Face, subset_face};
use super::layout::{Color, Item, Layout, Mark};
use crate::error::Error;
use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{
    FontId, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, TextItem, TextMatrix,
};
use std::collections::{BTreeMap, BTreeSet};

/// Document information for the PDF's metadata.
#[derive(Debug, Clone)]
pub struct Metadata {
    pub title: String,
    pub author: String,
    pub subject: String,
    pub keywords: String,
    /// `YYYYMMDDHHMMSS`, UTC.
    pub date: String,
}

/// Write a laid-out document. The layout is consumed page by page as it is turned into content
/// streams, so a thousand-page document is not held twice.
pub fn write(
    mut layout: Layout,
    logo: Option<&crate::model::image::Image>,
    meta: &Metadata,
) -> Result<Vec<u8>, Error> {
    let mut doc = PdfDocument::new(&meta.title);

    // Subset each face to the characters its text uses; stable font ids keep two builds equal.
    let mut used: BTreeMap<Face, BTreeSet<char>> = BTreeMap::new();
    for page in &layout.pages {
        for item in &page.items {
            if let Item::Text { face, text, .. } = item {
                used.entry(*face).or_default().extend(text.chars());
            }
        }
    }
    let mut ids: BTreeMap<Face, FontId> = BTreeMap::new();
    for (face, chars) in &used {
        let bytes = subset_face(*face, chars)
            .map_err(|e| pdf_error(format!("subsetting {}: {e}", face.name())))?;
        let mut warnings = Vec::new();
        let mut parsed = printpdf::ParsedFont::from_bytes(&bytes, 0, &mut warnings)
            .ok_or_else(|| pdf_error(format!("the subset of {} does not parse", face.name())))?;
        // The `XXXXXX+` tag marks a subset (ISO 32000-1, 9.6.4); a fixed tag per face keeps
        // builds identical.
        let tag = ["RPKDRG", "RPKDBD", "RPKDIT", "RPKDBI"][face.index()];
        parsed.font_name = Some(format!("{tag}+{}", face.name()));
        let id = FontId(format!("F{}", face.index() + 1));
        doc.resources
            .fonts
            .map
            .insert(id.clone(), printpdf::PdfFont::new(parsed));
        ids.insert(*face, id);
    }

    // Keep what the post-pass needs (sizes and links), then turn pages into content streams.
    let pages_in = std::mem::take(&mut layout.pages);
    let mut shells = Vec::with_capacity(pages_in.len());
    let mut pages: Vec<PdfPage> = Vec::with_capacity(pages_in.len());
    for mut p in pages_in {
        let (links, drawn): (Vec<Item>, Vec<Item>) = std::mem::take(&mut p.items)
            .into_iter()
            .partition(|i| matches!(i, Item::Link { .. } | Item::Image { .. }));
        pages.push(page(p.width, p.height, drawn, &ids));
        shells.push(super::layout::Page { items: links, ..p });
    }
    layout.pages = shells;
    doc.with_pages(pages);
    let options = PdfSaveOptions {
        // Nothing to prune (every object is used); compression is ours.
        optimize: false,
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut pdf = doc.to_lopdf_document(&options, &mut warnings);
    drop(doc);
    if let Some(logo) = logo {
        place_images(&mut pdf, &layout, logo);
    }
    compress(&mut pdf);
    // Page labels (1.3), /Lang (1.4) and UTF-16 text strings: declare a current version.
    pdf.version = "1.7".into();
    finish(&mut pdf, &layout, meta)?;
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes)
        .map_err(|e| pdf_error(format!("serialising: {e}")))?;
    Ok(bytes)
}

fn pdf_error(message: String) -> Error {
    Error::Pdf(message)
}

fn colour(c: Color) -> printpdf::Color {
    match c {
        Color::Gray(g) => printpdf::Color::Greyscale(printpdf::Greyscale {
            percent: g,
            icc_profile: None,
        }),
        Color::Rgb(r, g, b) => printpdf::Color::Rgb(printpdf::Rgb {
            r,
            g,
            b,
            icc_profile: None,
        }),
    }
}

fn point(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    }
}

/// One page's content stream; text is batched in text sections, y flipped to PDF's origin.
fn page(width: f32, h: f32, items: Vec<Item>, ids: &BTreeMap<Face, FontId>) -> PdfPage {
    let mut ops = Vec::with_capacity(items.len() * 4);
    let mut in_text = false;
    let mut font: Option<(Face, f32)> = None;
    let mut fill: Option<Color> = None;
    for item in items {
        match item {
            Item::Text {
                x,
                y,
                size,
                face,
                color,
                text,
            } => {
                if !in_text {
                    ops.push(Op::StartTextSection);
                    in_text = true;
                    font = None;
                }
                if font != Some((face, size)) {
                    if let Some(id) = ids.get(&face) {
                        ops.push(Op::SetFont {
                            font: PdfFontHandle::External(id.clone()),
                            size: Pt(size),
                        });
                    }
                    font = Some((face, size));
                }
                if fill != Some(color) {
                    ops.push(Op::SetFillColor { col: colour(color) });
                    fill = Some(color);
                }
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(Pt(x), Pt(h - y)),
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::Text(text)],
                });
            }
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                width,
                color,
            } => {
                if in_text {
                    ops.push(Op::EndTextSection);
                    in_text = false;
                }
                ops.push(Op::SetOutlineColor { col: colour(color) });
                ops.push(Op::SetOutlineThickness { pt: Pt(width) });
                ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![point(x1, h - y1), point(x2, h - y2)],
                        is_closed: false,
                    },
                });
            }
            Item::Rect {
                x,
                y,
                w,
                h: rh,
                fill: c,
            } => {
                if in_text {
                    ops.push(Op::EndTextSection);
                    in_text = false;
                }
                ops.push(Op::SetFillColor { col: colour(c) });
                fill = Some(c);
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(x),
                        y: Pt(h - y - rh),
                        width: Pt(w),
                        height: Pt(rh),
                        mode: Some(PaintMode::Fill),
                        winding_order: None,
                    },
                });
            }
            Item::Link { .. } | Item::Image { .. } => {}
        }
    }
    if in_text {
        ops.push(Op::EndTextSection);
    }
    let to_mm = |pt: f32| Mm(pt * 25.4 / 72.0);
    PdfPage::new(to_mm(width), to_mm(h), ops)
}

/// Add the emblem as an image XObject and draw it where the layout placed it.
fn place_images(pdf: &mut lopdf::Document, layout: &Layout, logo: &crate::model::image::Image) {
    use crate::model::image::ImageData;
    use lopdf::Stream;
    let mut dict = Dictionary::new();
    dict.set("Type", name("XObject"));
    dict.set("Subtype", name("Image"));
    dict.set("Width", i64::from(logo.width));
    dict.set("Height", i64::from(logo.height));
    dict.set("BitsPerComponent", 8);
    let stream = match &logo.data {
        ImageData::Jpeg { components } => {
            dict.set(
                "ColorSpace",
                name(match components {
                    1 => "DeviceGray",
                    4 => "DeviceCMYK",
                    _ => "DeviceRGB",
                }),
            );
            dict.set("Filter", name("DCTDecode"));
            Stream::new(dict, logo.original.clone()).with_compression(false)
        }
        ImageData::Pixels { rgb, alpha } => {
            dict.set("ColorSpace", name("DeviceRGB"));
            if let Some(alpha) = alpha {
                let mut mask = Dictionary::new();
                mask.set("Type", name("XObject"));
                mask.set("Subtype", name("Image"));
                mask.set("Width", i64::from(logo.width));
                mask.set("Height", i64::from(logo.height));
                mask.set("BitsPerComponent", 8);
                mask.set("ColorSpace", name("DeviceGray"));
                let mask = pdf.add_object(Stream::new(mask, alpha.clone()));
                dict.set("SMask", Object::Reference(mask));
            }
            Stream::new(dict, rgb.clone())
        }
    };
    let image = pdf.add_object(stream);
    let page_ids: Vec<ObjectId> = pdf.get_pages().values().copied().collect();
    for (index, page) in layout.pages.iter().enumerate() {
        let mut content = String::new();
        for item in &page.items {
            if let Item::Image { x, y, w, h } = item {
                content.push_str(&format!(
                    "q {w:.2} 0 0 {h:.2} {x:.2} {:.2} cm /Lambang Do Q\n",
                    page.height - y - h
                ));
            }
        }
        let Some(&page_id) = page_ids.get(index) else {
            continue;
        };
        if content.is_empty() {
            continue;
        }
        let stream = pdf.add_object(Stream::new(Dictionary::new(), content.into_bytes()));
        let Ok(Object::Dictionary(page_dict)) = pdf.get_object(page_id).cloned() else {
            continue;
        };
        let mut page_dict = page_dict;
        let contents = match page_dict.get(b"Contents") {
            Ok(Object::Array(items)) => {
                let mut items = items.clone();
                items.push(Object::Reference(stream));
                Object::Array(items)
            }
            Ok(existing) => Object::Array(vec![existing.clone(), Object::Reference(stream)]),
            Err(_) => Object::Array(vec![Object::Reference(stream)]),
        };
        page_dict.set("Contents", contents);
        // Resources may be inline or a reference; add the image under /XObject either way.
        let mut resources = match page_dict.get(b"Resources") {
            Ok(Object::Reference(id)) => pdf.get_dictionary(*id).cloned().unwrap_or_default(),
            Ok(Object::Dictionary(d)) => d.clone(),
            _ => Dictionary::new(),
        };
        let mut xobjects = match resources.get(b"XObject") {
            Ok(Object::Dictionary(d)) => d.clone(),
            Ok(Object::Reference(id)) => pdf.get_dictionary(*id).cloned().unwrap_or_default(),
            _ => Dictionary::new(),
        };
        xobjects.set("Lambang", Object::Reference(image));
        resources.set("XObject", Object::Dictionary(xobjects));
        page_dict.set("Resources", Object::Dictionary(resources));
        pdf.objects.insert(page_id, Object::Dictionary(page_dict));
    }
}

/// Deflate every stream that is not compressed yet. printpdf leaves content streams plain
/// without its optional features; lopdf's own `compress` uses the slowest level, which took a
/// fifth of a large build for a few percent of size.
fn compress(pdf: &mut lopdf::Document) {
    use flate2::Compression;
    use flate2::write::ZlibEncoder;
    use std::io::Write as _;
    for object in pdf.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if stream.dict.get(b"Filter").is_ok() || !stream.allows_compression {
            continue;
        }
        let mut encoder = ZlibEncoder::new(Vec::new(), Compression::new(4));
        if encoder.write_all(&stream.content).is_err() {
            continue;
        }
        if let Ok(bytes) = encoder.finish()
            && bytes.len() < stream.content.len()
        {
            stream.set_content(bytes);
            stream.dict.set("Filter", name("FlateDecode"));
        }
    }
}

/// A text string for the PDF: ASCII as it is, anything else as UTF-16BE with a byte-order mark.
fn text(s: &str) -> Object {
    if s.is_ascii() {
        Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut bytes = vec![0xFE, 0xFF];
        for unit in s.encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

fn name(s: &str) -> Object {
    Object::Name(s.as_bytes().to_vec())
}

/// What printpdf does not write: outline, labels, links, metadata, `/ID`.
fn finish(pdf: &mut lopdf::Document, layout: &Layout, meta: &Metadata) -> Result<(), Error> {
    let page_ids: Vec<ObjectId> = pdf.get_pages().values().copied().collect();
    let dest = |page: usize, y: f32| -> Option<Object> {
        let id = *page_ids.get(page)?;
        let height = layout.pages.get(page)?.height;
        Some(Object::Array(vec![
            Object::Reference(id),
            name("XYZ"),
            Object::Null,
            Object::Real(height - y + 6.0),
            Object::Null,
        ]))
    };

    // Links: each to its heading's page and height.
    let anchors: BTreeMap<&str, &Mark> = layout
        .headings
        .iter()
        .chain(&layout.figures)
        .map(|m| (m.id.as_str(), m))
        .collect();
    for (index, page) in layout.pages.iter().enumerate() {
        let mut annots = Vec::new();
        for item in &page.items {
            let Item::Link { x, y, w, h, target } = item else {
                continue;
            };
            let Some(mark) = anchors.get(target.as_str()) else {
                continue;
            };
            let Some(d) = dest(mark.page, mark.y) else {
                continue;
            };
            let mut link = Dictionary::new();
            link.set("Type", name("Annot"));
            link.set("Subtype", name("Link"));
            link.set(
                "Rect",
                Object::Array(vec![
                    Object::Real(*x),
                    Object::Real(page.height - y - h),
                    Object::Real(x + w),
                    Object::Real(page.height - y),
                ]),
            );
            link.set("Border", Object::Array(vec![0.into(), 0.into(), 0.into()]));
            link.set("Dest", d);
            annots.push(Object::Reference(pdf.add_object(link)));
        }
        if !annots.is_empty()
            && let Some(id) = page_ids.get(index)
            && let Ok(Object::Dictionary(dict)) = pdf.get_object_mut(*id)
        {
            dict.set("Annots", Object::Array(annots));
        }
    }

    // Outline: headings nested by level, in document order.
    let outline = outline(pdf, &layout.headings, &dest);

    // Page labels: i, ii, … for the front matter, 1, 2, … from the main matter.
    let mut nums = vec![
        0.into(),
        Object::Dictionary(Dictionary::from_iter(vec![("S", name("r"))])),
    ];
    if layout.front_pages < layout.pages.len() && layout.front_pages > 0 {
        nums.push((layout.front_pages as i64).into());
        nums.push(Object::Dictionary(Dictionary::from_iter(vec![(
            "S",
            name("D"),
        )])));
    }
    let labels = Dictionary::from_iter(vec![("Nums", Object::Array(nums))]);

    let root = pdf
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|e| pdf_error(format!("no catalog: {e}")))?;
    if let Ok(Object::Dictionary(catalog)) = pdf.get_object_mut(root) {
        if let Some(outline) = outline {
            catalog.set("Outlines", Object::Reference(outline));
            catalog.set("PageMode", name("UseOutlines"));
        }
        catalog.set("PageLabels", Object::Dictionary(labels));
        catalog.set("Lang", text("id"));
        catalog.set(
            "ViewerPreferences",
            Object::Dictionary(Dictionary::from_iter(vec![(
                "DisplayDocTitle",
                true.into(),
            )])),
        );
    }

    let date = format!("D:{}Z", meta.date);
    let info = Dictionary::from_iter(vec![
        ("Title", text(&meta.title)),
        ("Author", text(&meta.author)),
        ("Subject", text(&meta.subject)),
        ("Keywords", text(&meta.keywords)),
        ("Creator", text(concat!("rpkd ", env!("CARGO_PKG_VERSION")))),
        ("Producer", text("rpkd (printpdf, lopdf)")),
        ("CreationDate", text(&date)),
        ("ModDate", text(&date)),
    ]);
    let info = pdf.add_object(info);
    pdf.trailer.set("Info", Object::Reference(info));

    // The document id is a hash of the content (every stream, in object order, and the
    // metadata), so equal documents get equal ids without serialising twice.
    let mut content = Vec::new();
    for object in pdf.objects.values() {
        if let Object::Stream(stream) = object {
            content.extend_from_slice(&stream.content);
        }
    }
    for field in [
        &meta.title,
        &meta.author,
        &meta.subject,
        &meta.keywords,
        &meta.date,
    ] {
        content.extend_from_slice(field.as_bytes());
    }
    let id = content_hash(&content);
    pdf.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id.to_vec(), StringFormat::Hexadecimal),
            Object::String(id.to_vec(), StringFormat::Hexadecimal),
        ]),
    );
    Ok(())
}

/// Build the outline tree; returns the outline dictionary's id.
fn outline(
    pdf: &mut lopdf::Document,
    headings: &[Mark],
    dest: &dyn Fn(usize, f32) -> Option<Object>,
) -> Option<ObjectId> {
    let headings: Vec<&Mark> = headings.iter().filter(|h| h.level <= 3).collect();
    if headings.is_empty() {
        return None;
    }
    let root = pdf.new_object_id();
    let ids: Vec<ObjectId> = headings.iter().map(|_| pdf.new_object_id()).collect();
    // Parent of each entry: the nearest earlier entry with a lower level.
    let mut parent: Vec<Option<usize>> = Vec::with_capacity(headings.len());
    let mut stack: Vec<usize> = Vec::new();
    for (i, h) in headings.iter().enumerate() {
        while stack.last().is_some_and(|&j| headings[j].level >= h.level) {
            stack.pop();
        }
        parent.push(stack.last().copied());
        stack.push(i);
    }
    let children = |p: Option<usize>| -> Vec<usize> {
        (0..headings.len()).filter(|&i| parent[i] == p).collect()
    };
    let count = |p: Option<usize>| -> i64 {
        (0..headings.len())
            .filter(|&i| {
                let mut a = parent[i];
                while let Some(x) = a {
                    if Some(x) == p {
                        return true;
                    }
                    a = parent[x];
                }
                p.is_none()
            })
            .count() as i64
    };
    for (i, h) in headings.iter().enumerate() {
        let mut d = Dictionary::new();
        d.set("Title", text(&h.title));
        d.set(
            "Parent",
            Object::Reference(parent[i].map_or(root, |p| ids[p])),
        );
        let siblings = children(parent[i]);
        let pos = siblings.iter().position(|&s| s == i).unwrap_or(0);
        if pos > 0 {
            d.set("Prev", Object::Reference(ids[siblings[pos - 1]]));
        }
        if let Some(&next) = siblings.get(pos + 1) {
            d.set("Next", Object::Reference(ids[next]));
        }
        let kids = children(Some(i));
        if let (Some(&first), Some(&last)) = (kids.first(), kids.last()) {
            d.set("First", Object::Reference(ids[first]));
            d.set("Last", Object::Reference(ids[last]));
            // Open the chapters (level 1) so the outline shows their sections.
            let n = count(Some(i));
            d.set("Count", if h.level == 1 { n } else { -n });
        }
        if let Some(target) = dest(h.page, h.y) {
            d.set("Dest", target);
        }
        pdf.objects.insert(ids[i], Object::Dictionary(d));
    }
    let top = children(None);
    let mut d = Dictionary::new();
    d.set("Type", name("Outlines"));
    if let (Some(&first), Some(&last)) = (top.first(), top.last()) {
        d.set("First", Object::Reference(ids[first]));
        d.set("Last", Object::Reference(ids[last]));
    }
    d.set("Count", count(None));
    pdf.objects.insert(root, Object::Dictionary(d));
    Some(root)
}

/// 16 bytes from two FNV-1a passes: stable across builds and platforms (unlike std's hasher).
fn content_hash(bytes: &[u8]) -> [u8; 16] {
    let fnv = |seed: u64| {
        bytes.iter().fold(seed, |h, b| {
            (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3)
        })
    };
    let (a, b) = (fnv(0xcbf2_9ce4_8422_2325), fnv(0x6c62_272e_07bb_0142));
    let mut out = [0u8; 16];
    out[..8].copy_from_slice(&a.to_be_bytes());
    out[8..].copy_from_slice(&b.to_be_bytes());
    out
}
