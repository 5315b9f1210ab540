//! The PDF: layout pinned as text, table headers on every continuation page, the contents'
//! page numbers where the headings really are, bookmarks, identical bytes, text that extracts
//! with Indonesian punctuation intact, and no character the font cannot print.

mod common;
use common::copy_dir;

use rpkd::render::pdf::layout::{Item, Layout};
use rpkd::render::pdf::{PdfOptions, lay_out, pdf};
use rpkd::render::{Document, OutputFormat, Templates};
use std::fs;
use std::path::Path;

fn replace(path: &Path, find: &str, with: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(find), "`{find}` not in {}", path.display());
    fs::write(path, text.replace(find, with)).unwrap();
}

/// The documents of a plan, rendered to Markdown (before any PDF work).
fn documents(plan: &Path) -> Vec<Document> {
    let checked = rpkd::check(plan).unwrap();
    assert_eq!(checked.errors(), 0, "{:?}", checked.diagnostics);
    let (rpkd, rats) = rpkd::view::build_views(&checked.plan, &checked.sources).unwrap();
    let templates = Templates::new(&[]).unwrap();
    rpkd::render::documents(&templates, &rpkd, &rats, None, None).unwrap()
}

fn text_on(layout: &Layout, page: usize) -> Vec<(f32, f32, String)> {
    layout.pages[page]
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Text { x, y, text, .. } => Some((*x, *y, text.clone())),
            _ => None,
        })
        .collect()
}

/// One line per page: its number, orientation and the headings that start on it.
fn describe(layout: &Layout) -> String {
    let mut out = format!(
        "{} pages, {} before the main matter\n",
        layout.pages.len(),
        layout.front_pages
    );
    for (i, page) in layout.pages.iter().enumerate() {
        let headings: Vec<String> = layout
            .headings
            .iter()
            .filter(|h| h.page == i)
            .map(|h| format!("h{} {}", h.level, h.title))
            .collect();
        out.push_str(&format!(
            "{:>3} [{}] {} {}\n",
            i + 1,
            layout.label(i),
            if page.landscape {
                "landscape"
            } else {
                "portrait "
            },
            headings.join(" · ")
        ));
    }
    out
}

#[test]
fn the_layout_of_the_base_plan_is_pinned() {
    let docs = documents(Path::new("tests/fixtures/base"));
    for doc in &docs {
        let layout = lay_out(doc, &doc.pdf);
        insta::assert_snapshot!(format!("layout_{}", doc.stem), describe(&layout));
    }
}

#[test]
fn the_contents_print_the_pages_headings_land_on() {
    let docs = documents(Path::new("plans/kota-tangerang"));
    let rpkd = &docs[0];
    let layout = lay_out(rpkd, &rpkd.pdf);
    let mut checked = 0;
    for (index, page) in layout.pages.iter().enumerate() {
        for item in &page.items {
            let Item::Link { y, h, target, .. } = item else {
                continue;
            };
            let Some(heading) = layout.headings.iter().find(|m| &m.id == target) else {
                continue;
            };
            // The page number printed at the right end of the entry's last line.
            let printed = text_on(&layout, index)
                .into_iter()
                .filter(|(_, ty, t)| {
                    *ty > *y && *ty <= y + h && t.chars().all(|c| c.is_ascii_alphanumeric())
                })
                .max_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)))
                .map(|(_, _, t)| t);
            assert_eq!(
                printed.as_deref(),
                Some(layout.label(heading.page).as_str()),
                "contents entry for `{}`",
                heading.title
            );
            checked += 1;
        }
    }
    assert!(checked >= 30, "only {checked} contents entries checked");
}

#[test]
fn table_headers_repeat_on_every_continuation_page() {
    let mut markdown = String::from(
        "# BAB I UJI\n\n<!-- rpkd:table columns=\"number text number*2[Target] money\" -->\n\n**Tabel 1.1** Tabel panjang\n\n| No | Uraian | Target 2025 | Target 2026 | Pagu (Rp) |\n|---:|---|---:|---:|---:|\n",
    );
    for i in 1..=400 {
        markdown.push_str(&format!(
            "| {i} | Baris ke-{i} dengan uraian yang agak panjang | 10 | 12 | Rp1.500.000 |\n"
        ));
    }
    markdown.push_str("\n<!-- rpkd:end -->\n");
    let doc = Document {
        stem: "uji".into(),
        title: "Uji".into(),
        markdown,
        charts: Vec::new(),
        pdf: options(),
        logo: None,
    };
    let layout = lay_out(&doc, &doc.pdf);
    assert!(layout.pages.len() >= 8, "{} pages", layout.pages.len());
    let mut continued = 0;
    for index in 0..layout.pages.len() {
        let text = text_on(&layout, index);
        if !text.iter().any(|(_, _, t)| t.starts_with("Baris")) {
            continue;
        }
        continued += 1;
        // Two-level header: `Target` over the years, on every page the table is on.
        for header in ["Uraian", "Target", "2025", "2026", "Pagu"] {
            let header_y = text
                .iter()
                .filter(|(_, _, t)| t.starts_with(header))
                .map(|(_, y, _)| *y)
                .fold(f32::INFINITY, f32::min);
            let header_y = header_y.is_finite().then_some(header_y);
            let first_row_y = text
                .iter()
                .filter(|(_, _, t)| t.starts_with("Baris"))
                .map(|(_, y, _)| *y)
                .fold(f32::INFINITY, f32::min);
            assert!(
                header_y.is_some_and(|y| y < first_row_y),
                "page {}: no `{header}` above the rows",
                index + 1
            );
        }
    }
    assert_eq!(continued, layout.pages.len());
    // Every row is there exactly once.
    let rows: usize = (0..layout.pages.len())
        .map(|i| {
            text_on(&layout, i)
                .iter()
                .filter(|(_, _, t)| t.starts_with("Baris"))
                .count()
        })
        .sum();
    assert_eq!(rows, 400);
}

fn options() -> PdfOptions {
    PdfOptions {
        paper: rpkd::render::pdf::layout::Paper::A4,
        header: "Uji".into(),
        author: "Pemerintah Kota Contoh".into(),
        keywords: "uji".into(),
        date: "20250714000000".into(),
        labels: rpkd::render::pdf::layout::Labels::indonesian(),
    }
}

#[test]
fn the_same_document_gives_the_same_bytes_twice_in_one_process() {
    let docs = documents(Path::new("tests/fixtures/base"));
    let a = pdf(&docs[0], &docs[0].pdf).unwrap();
    let b = pdf(&docs[0], &docs[0].pdf).unwrap();
    assert!(a == b, "two renders differ");
    assert!(a.starts_with(b"%PDF-"));
}

#[test]
fn text_extracts_with_indonesian_punctuation_and_rupiah_intact() {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("plan");
    copy_dir(Path::new("tests/fixtures/base"), &plan);
    replace(
        &plan.join("rpkd.yaml"),
        "penutup: Demikian rencana ini disusun.",
        "penutup: \"Demikian “rencana” ini – disusun ‘bersama’ … untuk 2025—2029.\"",
    );
    let checked = rpkd::check(&plan).unwrap();
    let files = rpkd::render_plan(&checked, &[OutputFormat::Pdf], None)
        .unwrap()
        .files;
    let bytes = &files.iter().find(|f| f.name == "rpkd.pdf").unwrap().bytes;
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).unwrap();
    for expected in [
        "“rencana”",
        "–",
        "‘bersama’",
        "…",
        "2025—2029",
        "Rp1.500.000.000",
        "2025–2029",
        "Halaman 1 dari",
    ] {
        assert!(
            text.contains(expected),
            "`{expected}` not in the extracted text"
        );
    }

    // Metadata, bookmarks and page labels are there.
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
        .and_then(|id| doc.get_dictionary(id))
        .unwrap();
    assert!(info.get(b"Author").is_ok());
    let catalog = doc.catalog().unwrap();
    assert_eq!(
        catalog.get(b"PageMode").unwrap().as_name().unwrap(),
        b"UseOutlines"
    );
    assert!(catalog.get(b"PageLabels").is_ok());
    let outlines = catalog
        .get(b"Outlines")
        .and_then(lopdf::Object::as_reference)
        .and_then(|id| doc.get_dictionary(id))
        .unwrap();
    assert!(outlines.get(b"Count").unwrap().as_i64().unwrap() >= 8);
}

#[test]
fn every_character_the_templates_and_the_example_plans_print_is_in_the_font() {
    let fonts = rpkd::render::pdf::fonts::fonts();
    let mut sources: Vec<std::path::PathBuf> = fs::read_dir("templates")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for e in fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out)
            } else {
                out.push(p)
            }
        }
    }
    walk(Path::new("plans"), &mut sources);
    for path in sources {
        // Text files only: the plan folder also holds its emblem.
        let Ok(text) = fs::read_to_string(&path) else {
            continue;
        };
        for c in text.chars().filter(|c| !c.is_whitespace()) {
            for face in rpkd::render::pdf::fonts::Face::ALL {
                assert!(
                    fonts.get(face).has(c),
                    "{}: {c:?} (U+{:04X}) is not in {face:?}",
                    path.display(),
                    c as u32
                );
            }
        }
    }
}

#[test]
fn a_character_the_font_lacks_is_a_clear_error() {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("plan");
    copy_dir(Path::new("tests/fixtures/base"), &plan);
    replace(
        &plan.join("rpkd.yaml"),
        "nama: Komitmen bersama",
        "nama: \"Komitmen bersama ✓\"",
    );
    // `check` finds it first, at its place in the YAML; `build` would refuse it.
    let checked = rpkd::check(&plan).unwrap();
    let batch = [(&checked.sources, checked.diagnostics.as_slice())];
    let error = rpkd::diag::render::render(
        rpkd::diag::render::Format::Short,
        rpkd::i18n::Lang::En,
        &batch,
        false,
    );
    assert!(error.contains("`✓` (U+2713)"), "{error}");
    assert!(error.contains("rpkd.yaml:"), "{error}");
    assert!(rpkd::render_plan(&checked, &[OutputFormat::Pdf], None).is_err());
}

#[test]
fn f4_paper_is_selectable_in_the_plan() {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("plan");
    copy_dir(Path::new("tests/fixtures/base"), &plan);
    replace(
        &plan.join("rpkd.yaml"),
        "narasi:\n",
        "kertas: f4\nnarasi:\n",
    );
    let docs = documents(&plan);
    let layout = lay_out(&docs[0], &docs[0].pdf);
    let first = &layout.pages[0];
    assert!((first.width - 609.45).abs() < 0.1 && (first.height - 935.43).abs() < 0.1);
}

#[test]
fn the_emblem_is_on_the_cover_in_the_pdf_and_the_html() {
    let checked = rpkd::check(Path::new("plans/kota-tangerang")).unwrap();
    assert!(checked.plan.logo.is_some());
    let files = rpkd::render_plan(&checked, &[OutputFormat::Pdf, OutputFormat::Html], None)
        .unwrap()
        .files;
    let pdf = &files.iter().find(|f| f.name == "rpkd.pdf").unwrap().bytes;
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let images = doc
        .objects
        .values()
        .filter(|o| {
            o.as_stream()
                .ok()
                .and_then(|s| s.dict.get(b"Subtype").ok())
                .and_then(|n| n.as_name().ok())
                == Some(b"Image".as_slice())
        })
        .count();
    assert_eq!(images, 2, "the emblem and its transparency mask");
    let html = String::from_utf8(
        files
            .iter()
            .find(|f| f.name == "rpkd.html")
            .unwrap()
            .bytes
            .clone(),
    )
    .unwrap();
    assert!(html.contains("<img alt=\"Lambang daerah\" width=\"300\" height=\"360\" src=\"data:image/png;base64,iVBORw0KGgo"));
}
