//! Stage 4, `render`: views → document bytes. Pure: no file is read or written here.
//!
//! Every document is first rendered by a tera template to Markdown with layout directives
//! ([`markdown`]); the `.md` output, the HTML ([`html`], wrapped in the `page.html` template) and
//! the PDF are all made from that one Markdown text, so they cannot disagree.

pub mod banding;
pub mod csv;
pub mod html;
pub mod markdown;
pub mod pdf;
pub mod svg;
pub mod templates;
pub mod xlsx;

pub use templates::{BUILTIN, Templates, UserTemplate};

use crate::error::Error;
use crate::view::chart::{Chart, rat_charts, rpkd_charts};
use crate::view::{RatView, RpkdView};
use markdown::Directive;
use serde::Serialize;
use std::cell::Cell;
use templates::template_error;

/// An output format of `rpkd build`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Markdown,
    Html,
    Pdf,
}

/// One document rendered to its Markdown source.
#[derive(Debug, Clone)]
pub struct Document {
    /// File name without extension: `rpkd`, `rat-2025`.
    pub stem: String,
    /// The document's title, for the HTML `<title>` and PDF metadata.
    pub title: String,
    /// Markdown with layout directives.
    pub markdown: String,
    pub charts: Vec<Chart>,
    /// For the PDF: paper, running header, author, creation date.
    pub pdf: pdf::PdfOptions,
    /// The region's emblem, where the plan has one.
    pub logo: Option<crate::model::image::Image>,
}

/// A date for document metadata, `YYYYMMDDHHMMSS` in UTC: `SOURCE_DATE_EPOCH` when the caller
/// has one (reproducible CI builds), else the document's own date at midnight.
pub fn metadata_date(epoch: Option<i64>, iso_date: &str) -> String {
    match epoch {
        Some(seconds) => {
            let days = seconds.div_euclid(86_400);
            let rest = seconds.rem_euclid(86_400);
            let (y, m, d) = civil_from_days(days);
            format!(
                "{y:04}{m:02}{d:02}{:02}{:02}{:02}",
                rest / 3600,
                rest % 3600 / 60,
                rest % 60
            )
        }
        None => format!("{}000000", iso_date.replace('-', "")),
    }
}

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// A file to write, relative to the plan's output directory.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Render the RPKD and every RAT to Markdown.
pub fn documents(
    templates: &Templates,
    rpkd: &RpkdView,
    rats: &[RatView],
    epoch: Option<i64>,
    logo: Option<&crate::model::image::Image>,
) -> Result<Vec<Document>, Error> {
    // The documents render in parallel, and are returned RPKD first, then the RATs in order.
    use rayon::prelude::*;
    let (first, rats) = rayon::join(
        || rpkd_document(templates, rpkd, epoch, logo, None).map_err(template_error),
        || {
            rats.par_iter()
                .map(|rat| {
                    rat_document(templates, rpkd, rat, epoch, logo, None).map_err(template_error)
                })
                .collect::<Result<Vec<_>, _>>()
        },
    );
    let mut out = vec![first?];
    out.extend(rats?);
    Ok(out)
}

fn pdf_options(
    common: &crate::view::Common,
    header: String,
    date: &str,
    epoch: Option<i64>,
) -> pdf::PdfOptions {
    pdf::PdfOptions {
        paper: match common.paper {
            "f4" => pdf::layout::Paper::F4,
            _ => pdf::layout::Paper::A4,
        },
        header,
        author: common.government.clone(),
        keywords: format!(
            "RPKD, RAT, penanggulangan kemiskinan, {}, {}",
            common.region, common.period
        ),
        date: metadata_date(epoch, date),
    }
}

/// The RPKD rendered to Markdown; under `guard`, its output counts against the guard's limits.
pub fn rpkd_document(
    templates: &Templates,
    rpkd: &RpkdView,
    epoch: Option<i64>,
    logo: Option<&crate::model::image::Image>,
    guard: Option<&crate::guard::Guard>,
) -> Result<Document, tera::Error> {
    let common = &rpkd.common;
    Ok(Document {
        stem: "rpkd".into(),
        title: format!(
            "Rencana Penanggulangan Kemiskinan Daerah {} Tahun {}",
            common.region, common.period
        ),
        markdown: render_markdown(templates, "rpkd.md", rpkd, guard)?,
        charts: rpkd_charts(rpkd),
        pdf: pdf_options(
            common,
            format!("RPKD {} Tahun {}", common.region, common.period),
            &common.signatory.date,
            epoch,
        ),
        logo: logo.cloned(),
    })
}

/// One RAT rendered to Markdown; under `guard`, as [`rpkd_document`].
pub fn rat_document(
    templates: &Templates,
    rpkd: &RpkdView,
    rat: &RatView,
    epoch: Option<i64>,
    logo: Option<&crate::model::image::Image>,
    guard: Option<&crate::guard::Guard>,
) -> Result<Document, tera::Error> {
    let common = &rpkd.common;
    Ok(Document {
        stem: format!("rat-{}", rat.year),
        title: format!(
            "Rencana Aksi Tahunan Penanggulangan Kemiskinan {} Tahun {}",
            rat.common.region, rat.year
        ),
        markdown: render_markdown(templates, "rat.md", rat, guard)?,
        charts: rat_charts(rat),
        pdf: pdf_options(
            common,
            format!("RAT {} Tahun {}", common.region, rat.year),
            &rat.date,
            epoch,
        ),
        logo: logo.cloned(),
    })
}

/// The province roll-up (*sinkronisasi*) rendered to Markdown from `sinkronisasi.md`; under
/// `guard`, as [`rpkd_document`].
pub fn sync_document(
    templates: &Templates,
    view: &crate::view::sync::SyncView,
    epoch: Option<i64>,
    logo: Option<&crate::model::image::Image>,
    guard: Option<&crate::guard::Guard>,
) -> Result<Document, tera::Error> {
    let common = &view.common;
    Ok(Document {
        stem: "sinkronisasi".into(),
        title: format!(
            "Sinkronisasi Rencana Penanggulangan Kemiskinan {} dan Kabupaten/Kota Tahun {}",
            common.region, common.period
        ),
        markdown: render_markdown(templates, "sinkronisasi.md", view, guard)?,
        charts: Vec::new(),
        pdf: pdf_options(
            common,
            format!(
                "Sinkronisasi RPKD {} Tahun {}",
                common.region, common.period
            ),
            &common.signatory.date,
            epoch,
        ),
        logo: logo.cloned(),
    })
}

/// The most Markdown one document may have; the example RPKD has about 200 KB.
pub const MAX_DOCUMENT_BYTES: usize = 512 * 1024 * 1024;

fn render_markdown<T: Serialize>(
    templates: &Templates,
    name: &str,
    view: &T,
    guard: Option<&crate::guard::Guard>,
) -> Result<String, tera::Error> {
    let context = tera::Context::from_serialize(view)?;
    let unlimited;
    let guard = match guard {
        Some(g) => g,
        None => {
            unlimited = crate::guard::Guard::new(
                std::time::Duration::from_secs(u32::MAX.into()),
                MAX_DOCUMENT_BYTES,
                usize::MAX,
            );
            &unlimited
        }
    };
    let mut out = crate::guard::Bounded::new(guard);
    templates.markdown.render_to(name, &context, &mut out)?;
    String::from_utf8(out.out)
        .map_err(|_| tera::Error::message("the template wrote text that is not UTF-8"))
}

/// The HTML page of a document rendered with an empty body: what `check` renders to find the
/// errors of a plan's `page.html` and `style.css` without the HTML stage.
pub fn page_shell(
    templates: &Templates,
    document: &Document,
    guard: &crate::guard::Guard,
) -> Result<(), tera::Error> {
    let mut css = crate::guard::Bounded::new(guard);
    templates
        .page
        .render_to("style.css", &tera::Context::new(), &mut css)?;
    let css = String::from_utf8_lossy(&css.out);
    let context = tera::Context::from_serialize(&PageContext {
        title: &document.title,
        stem: &document.stem,
        body: "",
        css: &css,
    })?;
    let mut out = crate::guard::Bounded::new(guard);
    templates.page.render_to("page.html", &context, &mut out)
}

/// The files of one document in the requested formats: `stem.md` with its charts as
/// `stem-ID.svg`, and the self-contained `stem.html`.
pub fn output_files(
    templates: &Templates,
    document: &Document,
    formats: &[OutputFormat],
) -> Result<Vec<OutputFile>, Error> {
    let chart = |id: &str| document.charts.iter().find(|c| c.id == id);
    let used: Vec<&Chart> = markdown_charts(&document.markdown)
        .iter()
        .filter_map(|id| chart(id))
        .collect();
    let mut files = Vec::new();
    if formats.contains(&OutputFormat::Markdown) {
        let logo_name = document
            .logo
            .as_ref()
            .map(|l| format!("lambang.{}", l.extension()));
        let text = markdown::to_markdown(&document.markdown, &document.stem, |id| {
            chart(id).map(|c| c.title.clone())
        });
        let text = match &logo_name {
            Some(name) => markdown::map_directives(&text, |d| {
                (*d == Directive::Logo).then(|| format!("![Lambang daerah]({name})\n"))
            }),
            None => text,
        };
        if let (Some(name), Some(logo)) = (&logo_name, &document.logo)
            && document.stem == "rpkd"
        {
            files.push(OutputFile {
                name: name.clone(),
                bytes: logo.original.clone(),
            });
        }
        files.push(OutputFile {
            name: format!("{}.md", document.stem),
            bytes: text.into_bytes(),
        });
        for c in &used {
            files.push(OutputFile {
                name: format!("{}-{}.svg", document.stem, c.id),
                bytes: svg::svg(c).into_bytes(),
            });
        }
    }
    if formats.contains(&OutputFormat::Html) {
        files.push(OutputFile {
            name: format!("{}.html", document.stem),
            bytes: page(templates, document)?.into_bytes(),
        });
    }
    if formats.contains(&OutputFormat::Pdf) {
        files.push(OutputFile {
            name: format!("{}.pdf", document.stem),
            bytes: pdf::pdf(document, &document.pdf)?,
        });
    }
    Ok(files)
}

/// The chart ids a document's directives name, in order, each once: a chart placed twice is
/// drawn twice from one file.
fn markdown_charts(text: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for (_, directive) in markdown::directives(text) {
        if let Directive::Chart(id) = directive
            && !ids.contains(&id)
        {
            ids.push(id);
        }
    }
    ids
}

#[derive(Serialize)]
struct PageContext<'a> {
    title: &'a str,
    stem: &'a str,
    body: &'a str,
    css: &'a str,
}

/// The HTML page: the document body inside `page.html`, with `style.css` inlined.
fn page(templates: &Templates, document: &Document) -> Result<String, Error> {
    let headings = markdown::headings(&document.markdown);
    let toc = markdown::toc(&headings);
    let number = Cell::new(0);
    let figure = |id: &str| {
        document.charts.iter().find(|c| c.id == id).map(|c| {
            number.set(number.get() + 1);
            svg::figure(c, number.get())
        })
    };
    let logo = document.logo.as_ref().map(|l| {
        format!(
            "<p class=\"logo\"><img alt=\"Lambang daerah\" width=\"{}\" height=\"{}\" src=\"data:{};base64,{}\"></p>",
            l.width,
            l.height,
            l.mime(),
            base64(&l.original)
        )
    });
    let body = html::body(&document.markdown, &toc, &figure, logo.as_deref());
    let css = templates
        .page
        .render("style.css", &tera::Context::new())
        .map_err(template_error)?;
    let context = tera::Context::from_serialize(&PageContext {
        title: &document.title,
        stem: &document.stem,
        body: &body,
        css: &css,
    })
    .map_err(template_error)?;
    templates
        .page
        .render("page.html", &context)
        .map_err(template_error)
}

/// `index.html` of an output folder: every plan built, with links to its documents.
pub fn index(entries: &[crate::view::index::IndexEntry]) -> Result<String, Error> {
    let templates = Templates::new(&[])?;
    let css = templates
        .page
        .render("style.css", &tera::Context::new())
        .map_err(template_error)?;
    let mut context = tera::Context::new();
    context.insert("plans", entries);
    context.insert("css", &css);
    templates
        .page
        .render("index.html", &context)
        .map_err(template_error)
}

/// Standard base64 (RFC 4648), for the emblem inlined as a `data:` URI.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].iter().enumerate() {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> shift & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64_matches_rfc_4648() {
        assert_eq!(super::base64(b""), "");
        assert_eq!(super::base64(b"f"), "Zg==");
        assert_eq!(super::base64(b"fo"), "Zm8=");
        assert_eq!(super::base64(b"foo"), "Zm9v");
        assert_eq!(super::base64(b"foobar"), "Zm9vYmFy");
    }
}
