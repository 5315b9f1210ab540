//! Pages of positioned items → PDF bytes. The one file that names printpdf (the document's
//! page tree, resources and embedded fonts) and lopdf (the post-pass that printpdf leaves to
//! us: content streams from [`content`], the emblem, nested outline in document order, page
//! labels, links, metadata, a content-hash `/ID`).

use super::content::{self, Glyphs};
use super::fonts::{Face, subset_face};
use super::layout::{Item, Layout, Mark};
use crate::error::Error;
use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{FontId, Mm, Op, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Pt, TextItem};
use rayon::prelude::*;
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

/// Write a laid-out document. Pages are encoded and compressed in parallel, and each page keeps
/// only its links and images once its stream is written, so a thousand-page document is never
/// held twice.
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
    let mut glyphs: [Glyphs; 4] = std::array::from_fn(|_| Glyphs::new([]));
    // printpdf embeds a font with the widths and ToUnicode entries of the glyphs it sees shown:
    // it is shown each face's characters once, in the first page's stream, which our content
    // then replaces.
    let mut sample = vec![Op::StartTextSection];
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
        glyphs[face.index()] = Glyphs::new(
            chars
                .iter()
                .filter_map(|c| parsed.lookup_glyph_index(*c as u32).map(|g| (*c, g))),
        );
        let id = FontId(content::font_resource(*face));
        sample.push(Op::SetFont {
            font: PdfFontHandle::External(id.clone()),
            size: Pt(1.0),
        });
        sample.push(Op::ShowText {
            items: vec![TextItem::Text(chars.iter().collect())],
        });
        doc.resources
            .fonts
            .map
            .insert(id, printpdf::PdfFont::new(parsed));
    }
    sample.push(Op::EndTextSection);

    let streams: Vec<Vec<u8>> = layout
        .pages
        .par_iter_mut()
        .map(|page| {
            let stream = deflate(&content::encode(page, &glyphs));
            page.items = std::mem::take(&mut page.items)
                .into_iter()
                .filter(|i| matches!(i, Item::Link { .. } | Item::Image { .. }))
                .collect();
            stream
        })
        .collect();

    let to_mm = |pt: f32| Mm(pt * 25.4 / 72.0);
    let mut sample = Some(sample);
    let pages: Vec<PdfPage> = layout
        .pages
        .iter()
        .map(|p| {
            PdfPage::new(
                to_mm(p.width),
                to_mm(p.height),
                sample.take().unwrap_or_default(),
            )
        })
        .collect();
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
    let page_ids: Vec<ObjectId> = pdf.get_pages().values().copied().collect();
    for (page, stream) in page_ids.iter().zip(streams) {
        let contents = pdf
            .get_dictionary(*page)
            .and_then(|d| d.get(b"Contents"))
            .and_then(Object::as_reference)
            .map_err(|e| pdf_error(format!("a page without contents: {e}")))?;
        let dict = Dictionary::from_iter(vec![("Filter", name("FlateDecode"))]);
        pdf.objects.insert(
            contents,
            Object::Stream(lopdf::Stream::new(dict, stream).with_compression(false)),
        );
    }
    if let Some(logo) = logo
        && layout
            .pages
            .iter()
            .any(|p| p.items.iter().any(|i| matches!(i, Item::Image { .. })))
    {
        add_image(&mut pdf, page_ids.first().copied(), logo)?;
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

/// Add the emblem as an image XObject to the resources every page shares (printpdf gives all
/// pages one `/XObject` dictionary); the content streams draw it by name.
fn add_image(
    pdf: &mut lopdf::Document,
    first_page: Option<ObjectId>,
    logo: &crate::model::image::Image,
) -> Result<(), Error> {
    use crate::model::image::ImageData;
    use lopdf::Stream;
    let mut dict = Dictionary::new();
    dict.set("Type", name("XObject"));
    dict.set("Subtype", name("Image"));
    dict.set("Width", i64::from(logo.width));
    dict.set("Height", i64::from(logo.height));
    dict.set("BitsPerComponent", 8);
    let stream = match &logo.data {
        ImageData::Jpeg {
            components,
            inverted,
        } => {
            if *inverted {
                // Adobe CMYK JPEGs store inverted values (what Photoshop writes).
                dict.set(
                    "Decode",
                    vec![
                        1.into(),
                        0.into(),
                        1.into(),
                        0.into(),
                        1.into(),
                        0.into(),
                        1.into(),
                        0.into(),
                    ],
                );
            }
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
    let shared = first_page
        .and_then(|page| {
            let resources = pdf.get_dictionary(page).ok()?.get(b"Resources").ok()?;
            let resources = match resources {
                Object::Reference(id) => pdf.get_dictionary(*id).ok()?,
                Object::Dictionary(d) => d,
                _ => return None,
            };
            resources.get(b"XObject").ok()?.as_reference().ok()
        })
        .ok_or_else(|| pdf_error("no shared XObject resources for the emblem".into()))?;
    let xobjects = pdf
        .get_dictionary_mut(shared)
        .map_err(|e| pdf_error(format!("the XObject resources: {e}")))?;
    xobjects.set(content::IMAGE_RESOURCE, Object::Reference(image));
    Ok(())
}

/// A content stream compressed at level 4: a fifth of the time of the slowest level for a
/// few percent of size.
fn deflate(bytes: &[u8]) -> Vec<u8> {
    use flate2::Compression;
    use flate2::write::ZlibEncoder;
    use std::io::Write as _;
    let mut encoder = ZlibEncoder::new(Vec::with_capacity(bytes.len() / 4), Compression::new(4));
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

/// Deflate every stream that is not compressed yet (the font programs and their maps).
fn compress(pdf: &mut lopdf::Document) {
    for object in pdf.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if stream.dict.get(b"Filter").is_ok() || !stream.allows_compression {
            continue;
        }
        let bytes = deflate(&stream.content);
        if bytes.len() < stream.content.len() {
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

/// Build the outline tree; returns the outline dictionary's id. Linear in the headings.
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
    // Children in order (the last slot holds the top level), and descendants per entry:
    // a parent comes before its children, so a backward sweep adds each up once.
    let top = headings.len();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); top + 1];
    for (i, p) in parent.iter().enumerate() {
        children[p.unwrap_or(top)].push(i);
    }
    let mut descendants = vec![0i64; top];
    for i in (0..top).rev() {
        if let Some(p) = parent[i] {
            descendants[p] += descendants[i] + 1;
        }
    }
    for siblings in &children {
        for (pos, &i) in siblings.iter().enumerate() {
            let h = headings[i];
            let mut d = Dictionary::new();
            d.set("Title", text(&h.title));
            d.set(
                "Parent",
                Object::Reference(parent[i].map_or(root, |p| ids[p])),
            );
            if pos > 0 {
                d.set("Prev", Object::Reference(ids[siblings[pos - 1]]));
            }
            if let Some(&next) = siblings.get(pos + 1) {
                d.set("Next", Object::Reference(ids[next]));
            }
            if let (Some(&first), Some(&last)) = (children[i].first(), children[i].last()) {
                d.set("First", Object::Reference(ids[first]));
                d.set("Last", Object::Reference(ids[last]));
                // Open the chapters (level 1) so the outline shows their sections.
                let n = descendants[i];
                d.set("Count", if h.level == 1 { n } else { -n });
            }
            if let Some(target) = dest(h.page, h.y) {
                d.set("Dest", target);
            }
            pdf.objects.insert(ids[i], Object::Dictionary(d));
        }
    }
    let mut d = Dictionary::new();
    d.set("Type", name("Outlines"));
    if let (Some(&first), Some(&last)) = (children[top].first(), children[top].last()) {
        d.set("First", Object::Reference(ids[first]));
        d.set("Last", Object::Reference(ids[last]));
    }
    d.set("Count", top as i64);
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
