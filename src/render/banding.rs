//! The review report (`rpkd banding`) as a document: the [`ChangeSet`] rendered by the
//! `banding.md` template into the same Markdown-with-directives as the RPKD and RAT, so the
//! `.md`, HTML and PDF come from one text and a plan's template folder can override it; and the
//! short pull-request summary from `banding-github.md`.

use super::templates::template_error;
use super::{Document, Templates, pdf};
use crate::diff::ChangeSet;
use crate::error::Error;
use crate::model::PaperSize;

/// The report as a document (`banding.md`, `.html`, `.pdf`).
pub fn document(
    templates: &Templates,
    changes: &ChangeSet,
    paper: Option<PaperSize>,
    date: String,
) -> Result<Document, Error> {
    let markdown = render(templates, "banding.md", changes)?;
    Ok(Document {
        stem: "banding".into(),
        title: format!(
            "Laporan Perubahan Rencana Penanggulangan Kemiskinan Daerah {} Tahun {}",
            changes.region, changes.period
        ),
        markdown,
        charts: Vec::new(),
        pdf: pdf::PdfOptions {
            paper: match paper {
                Some(PaperSize::F4) => pdf::layout::Paper::F4,
                _ => pdf::layout::Paper::A4,
            },
            header: format!(
                "Laporan Perubahan RPKD {} Tahun {}",
                changes.region, changes.period
            ),
            author: format!("Pemerintah {}", changes.region),
            keywords: format!(
                "RPKD, perubahan, banding, penanggulangan kemiskinan, {}, {}",
                changes.region, changes.period
            ),
            date,
        },
        logo: None,
    })
}

/// The short Markdown summary for a pull request.
pub fn github(templates: &Templates, changes: &ChangeSet) -> Result<String, Error> {
    render(templates, "banding-github.md", changes)
}

fn render(templates: &Templates, name: &str, changes: &ChangeSet) -> Result<String, Error> {
    let context = tera::Context::from_serialize(changes).map_err(template_error)?;
    templates
        .markdown
        .render(name, &context)
        .map_err(template_error)
}
