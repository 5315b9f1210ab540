//! The typesetting guarantees, on the layout as data: every text item inside its page and its
//! cell; no word of the plan dropped (a 1,100-word keterangan, a 100,000-character token); a row
//! taller than a page split with the header repeated; a 200-column table set legibly in panels;
//! hyphens only at Indonesian syllables, never in a number, code or amount.

mod common;
use common::copy_dir;

use rpkd::render::pdf::fonts::fonts;
use rpkd::render::pdf::layout::{Item, Layout, Page};
use rpkd::render::pdf::{PdfOptions, lay_out};
use rpkd::render::{Document, Templates};
use std::collections::HashSet;
use std::fs;
use std::path::Path;

fn documents(plan: &Path) -> Vec<Document> {
    let checked = rpkd::check(plan).unwrap();
    assert_eq!(checked.errors(), 0, "{:?}", checked.diagnostics);
    let (rpkd, rats) = rpkd::view::build_views(&checked.plan, &checked.sources).unwrap();
    let templates = Templates::new(&[]).unwrap();
    rpkd::render::documents(&templates, &rpkd, &rats, None, None).unwrap()
}

fn options() -> PdfOptions {
    PdfOptions {
        paper: rpkd::render::pdf::layout::Paper::A4,
        header: "Uji".into(),
        author: "Uji".into(),
        keywords: "uji".into(),
        date: "20250101000000".into(),
        labels: rpkd::render::pdf::layout::Labels::indonesian(),
    }
}

fn document(markdown: String) -> Document {
    Document {
        stem: "uji".into(),
        title: "Uji".into(),
        markdown,
        charts: Vec::new(),
        pdf: options(),
        logo: None,
    }
}

/// Every text item lies inside its page, and no vertical rule drawn at its height (a cell's
/// border) passes through it.
fn assert_inside(layout: &Layout, name: &str) {
    let f = fonts();
    for (p, page) in layout.pages.iter().enumerate() {
        let rules: Vec<(f32, f32, f32)> = page
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Line { x1, y1, x2, y2, .. } if (x1 - x2).abs() < 0.01 && y2 > y1 => {
                    Some((*x1, *y1, *y2))
                }
                _ => None,
            })
            .collect();
        for item in &page.items {
            let Item::Text {
                x,
                y,
                size,
                face,
                text,
                ..
            } = item
            else {
                continue;
            };
            let w = f.width(*face, text, *size);
            let (left, right) = (*x, x + w);
            let (top, bottom) = (y - size * 0.75, y + size * 0.2);
            assert!(
                left >= -0.01 && right <= page.width + 0.01 && top >= 0.0 && bottom <= page.height,
                "{name} page {}: `{text}` at ({left}, {y}) to {right} is off the page",
                p + 1
            );
            for (rx, ry1, ry2) in &rules {
                let crosses = *ry1 < top && *ry2 > bottom && *rx > left + 0.3 && *rx < right - 0.3;
                assert!(
                    !crosses,
                    "{name} page {}: `{text}` ({left}–{right}) crosses the rule at x = {rx}",
                    p + 1
                );
            }
        }
    }
}

/// The words printed, with punctuation at their ends taken off.
fn tokens(layout: &Layout) -> HashSet<String> {
    let mut out = HashSet::new();
    for page in &layout.pages {
        for item in &page.items {
            if let Item::Text { text, .. } = item {
                for t in text.split_whitespace() {
                    out.insert(clean(t).to_owned());
                }
            }
        }
    }
    out
}

/// The text a reader extracts from a written PDF: each string shown decoded through its font's
/// `ToUnicode` map, a space wherever the text position moves (lopdf's own `extract_text` joins
/// the separately placed words of one text object).
fn pdf_text(bytes: &[u8]) -> String {
    let pdf = lopdf::Document::load_mem(bytes).unwrap();
    let mut text = String::new();
    for (_, page) in pdf.get_pages() {
        let encodings: std::collections::BTreeMap<Vec<u8>, lopdf::Encoding> = pdf
            .get_page_fonts(page)
            .unwrap()
            .into_iter()
            .map(|(name, font)| (name, font.get_font_encoding(&pdf).unwrap()))
            .collect();
        let content = lopdf::content::Content::decode(&pdf.get_page_content(page)).unwrap();
        let mut encoding = None;
        for op in &content.operations {
            match op.operator.as_str() {
                "Tf" => encoding = encodings.get(op.operands[0].as_name().unwrap()),
                "Tj" | "TJ" => {
                    let strings = match &op.operands[0] {
                        lopdf::Object::Array(a) => a.clone(),
                        o => vec![o.clone()],
                    };
                    for s in strings {
                        if let lopdf::Object::String(b, _) = s {
                            let e = encoding.expect("text shown before a font is set");
                            text.push_str(&lopdf::Document::decode_text(e, &b).unwrap());
                        }
                    }
                }
                "Td" | "TD" | "Tm" | "T*" | "ET" => text.push(' '),
                _ => {}
            }
        }
        text.push('\n');
    }
    text
}

/// The words of the PDF itself, as a reader extracts them from the written file (the fonts'
/// `ToUnicode` maps), with punctuation at their ends taken off.
fn pdf_tokens(document: &Document) -> (HashSet<String>, String) {
    let bytes = rpkd::render::pdf::pdf(document, &document.pdf).unwrap();
    let text = pdf_text(&bytes);
    let tokens = text
        .split_whitespace()
        .map(|t| clean(t).to_owned())
        .collect();
    (tokens, text)
}

fn clean(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
        .trim_start_matches('-')
}

/// Whether `word` is printed: whole, or in pieces broken over lines (each piece but the last
/// ending in a hyphen the break added, or, in a token longer than any word, in plain pieces).
fn printed(word: &str, tokens: &HashSet<String>) -> bool {
    let word = clean(word);
    if word.is_empty() || tokens.contains(word) {
        return true;
    }
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let ends: Vec<usize> = chars
        .iter()
        .map(|(i, _)| *i)
        .skip(1)
        .chain(std::iter::once(word.len()))
        .collect();
    let mut reach = vec![false; word.len() + 1];
    reach[0] = true;
    let long = word.chars().count() > 64;
    for (a, _) in std::iter::once((0usize, ' ')).chain(chars.iter().skip(1).copied()) {
        if !reach[a] {
            continue;
        }
        for &b in ends.iter().filter(|&&b| b > a) {
            let piece = &word[a..b];
            let last = b == word.len();
            let ok = if last {
                tokens.contains(piece)
            } else {
                tokens.contains(&format!("{piece}-"))
                    || piece.ends_with('-') && tokens.contains(piece)
                    || long && tokens.contains(piece)
            };
            if ok {
                reach[b] = true;
            }
        }
    }
    reach[word.len()]
}

/// Every example plan: a kota, a kabupaten with desa, a small kota, a province.
const EXAMPLES: [&str; 4] = [
    "plans/kota-tangerang",
    "plans/kabupaten-tangerang",
    "plans/kota-serang",
    "plans/provinsi-banten",
];

#[test]
fn every_text_item_of_the_example_documents_stays_inside_its_cell_and_its_page() {
    for plan in EXAMPLES {
        for doc in documents(Path::new(plan)) {
            let layout = lay_out(&doc, &doc.pdf);
            assert_inside(&layout, &format!("{plan} {}", doc.stem));
        }
    }
}

#[test]
fn no_word_of_the_plan_is_dropped_even_from_a_long_note_or_an_endless_token() {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("plan");
    copy_dir(Path::new("tests/fixtures/base"), &plan);
    let long_note: Vec<String> = (0..1100)
        .map(|i| {
            ["penerima", "bantuan", "keluarga", "miskin", "kelurahan"][i % 5].to_owned()
                + &format!("{i}")
        })
        .collect();
    let long_note = long_note.join(" ");
    // As long as a text of the plan may be (`MAX_TEXT_CHARS`), in one token.
    let token = "x".repeat(100_000);
    let file = plan.join("program/dinsos.yaml");
    let text = fs::read_to_string(&file).unwrap();
    let text = text.replacen(
        "            sasaran: {jumlah: 1600, satuan: KK}\n",
        &format!("            sasaran: {{jumlah: 1600, satuan: KK}}\n            keterangan: {long_note}\n"),
        1,
    );
    let text = text.replacen(
        "            intervensi: tidak_langsung\n",
        &format!("            intervensi: tidak_langsung\n            keterangan: {token}\n"),
        1,
    );
    fs::write(&file, text).unwrap();
    let docs = documents(&plan);
    let rpkd = &docs[0];
    let layout = lay_out(rpkd, &rpkd.pdf);
    assert_inside(&layout, "rpkd with a long note");
    let printed_tokens = tokens(&layout);
    // Every word of every sub kegiatan, program and kegiatan the plan gives, and of the note.
    let checked = rpkd::check(&plan).unwrap();
    let (view, _) = rpkd::view::build_views(&checked.plan, &checked.sources).unwrap();
    let mut words: Vec<String> = Vec::new();
    for g in &view.matrix {
        for l in &g.lines {
            let mut texts = vec![
                l.name.clone(),
                l.program_name.clone(),
                l.kegiatan_name.clone(),
                l.agency_name.clone(),
                l.code.clone(),
            ];
            texts.extend(l.locations.iter().cloned());
            texts.extend(l.notes.iter().filter(|n| !n.contains(&token)).cloned());
            texts.extend(l.indicator.iter().map(|i| i.name.clone()));
            texts.extend(l.more_indicators.iter().map(|i| i.name.clone()));
            for t in texts {
                words.extend(t.split_whitespace().map(str::to_owned));
            }
        }
    }
    assert!(words.len() > 1100, "{}", words.len());
    let missing: Vec<&String> = words
        .iter()
        .filter(|w| !printed(w, &printed_tokens))
        .collect();
    assert!(missing.is_empty(), "not printed: {missing:?}");
    // And in the written file, as a reader extracts it.
    let (pdf_words, pdf_text) = pdf_tokens(rpkd);
    let missing: Vec<&String> = words.iter().filter(|w| !printed(w, &pdf_words)).collect();
    assert!(missing.is_empty(), "not in the PDF's text: {missing:?}");
    let xs = pdf_text.chars().filter(|c| *c == 'x').count();
    assert!(xs >= 100_000, "{xs} of 100000 characters in the PDF's text");
    // The endless token is broken, not lost: every one of its characters is printed.
    let xs: usize = layout
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|i| match i {
            Item::Text { text, .. } => Some(text.chars().filter(|c| *c == 'x').count()),
            _ => None,
        })
        .sum();
    assert!(xs >= 100_000, "{xs} of 100000 characters printed");
}

fn texts(page: &Page) -> Vec<(f32, f32, String)> {
    page.items
        .iter()
        .filter_map(|i| match i {
            Item::Text { x, y, text, .. } => Some((*x, *y, text.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn a_row_taller_than_a_page_is_split_and_the_header_repeats() {
    let words: Vec<String> = (0..3000).map(|i| format!("kata{i}")).collect();
    let markdown = format!(
        "<!-- rpkd:table columns=\"number text text\" -->\n\n**Tabel 1.1** Baris tinggi\n\n| No | Uraian | Catatan |\n|---:|---|---|\n| 1 | Baris biasa | pendek |\n| 2 | {} | panjang |\n| 3 | Sesudah | akhir |\n\n<!-- rpkd:end -->\n",
        words.join(" ")
    );
    let layout = lay_out(&document(markdown.clone()), &options());
    assert_inside(&layout, "tall row");
    let pages: Vec<usize> = (0..layout.pages.len())
        .filter(|&p| {
            texts(&layout.pages[p])
                .iter()
                .any(|(_, _, t)| t.contains("kata"))
        })
        .collect();
    assert!(pages.len() >= 2, "the row is on {} page(s)", pages.len());
    // It starts under the row before it, not on a new page.
    let before = (0..layout.pages.len())
        .find(|&p| {
            texts(&layout.pages[p])
                .iter()
                .any(|(_, _, t)| t.contains("biasa"))
        })
        .unwrap();
    assert_eq!(pages[0], before, "the tall row left its first page");
    for &p in &pages {
        let t = texts(&layout.pages[p]);
        assert!(
            t.iter().any(|(_, _, s)| s == "Uraian"),
            "page {}: no header",
            p + 1
        );
        if p != pages[0] {
            assert!(
                t.iter().any(|(_, _, s)| s.contains("lanjutan")),
                "page {}: no (lanjutan)",
                p + 1
            );
        }
    }
    let shown = tokens(&layout);
    for w in &words {
        assert!(shown.contains(w), "{w} not printed");
    }
    assert!(shown.contains("Sesudah"));
    // The short column keeps its words whole while the long one takes the width.
    for w in ["Catatan", "pendek", "panjang"] {
        assert!(
            shown.contains(w),
            "{w} hyphenated in a column that has room"
        );
    }
    let (pdf_words, _) = pdf_tokens(&document(markdown));
    for w in words
        .iter()
        .map(String::as_str)
        .chain(["Sesudah", "pendek", "akhir"])
    {
        assert!(printed(w, &pdf_words), "{w} not in the PDF's text");
    }
}

#[test]
fn a_table_of_200_columns_is_set_in_panels_with_every_cell_legible() {
    let header: Vec<String> = (1..=200).map(|c| format!("Kolom{c}")).collect();
    let row: Vec<String> = (1..=200).map(|c| format!("{}", c * 1000)).collect();
    let markdown = format!(
        "<!-- rpkd:table columns=\"text number*199\" -->\n\n**Tabel 1.1** Lebar\n\n| {} |\n|{}\n| {} |\n| {} |\n\n<!-- rpkd:end -->\n",
        header.join(" | "),
        "---|".repeat(200),
        row.join(" | "),
        row.join(" | ")
    );
    let layout = lay_out(&document(markdown.clone()), &options());
    assert_inside(&layout, "200 columns");
    let printed = tokens(&layout);
    for h in &header {
        assert!(printed.contains(h), "{h} not printed");
    }
    for v in &row {
        assert!(printed.contains(v), "{v} not printed");
    }
    let (pdf_words, _) = pdf_tokens(&document(markdown));
    for w in header.iter().chain(&row) {
        assert!(pdf_words.contains(w), "{w} not in the PDF's text");
    }
    // Legible: no text below 5 pt.
    for page in &layout.pages {
        for item in &page.items {
            if let Item::Text { size, text, .. } = item {
                assert!(*size >= 4.99, "`{text}` at {size} pt");
            }
        }
    }
}

/// Words broken at the end of a line, as `(before, after)`: the text item ending in a hyphen the
/// layout added and the first text below it where its line starts.
fn hyphen_breaks(layout: &Layout) -> Vec<(String, String)> {
    let f = fonts();
    let mut out = Vec::new();
    for page in &layout.pages {
        // (x, right, baseline, text, size)
        let t: Vec<(f32, f32, f32, &str, f32)> = page
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text {
                    x,
                    y,
                    size,
                    face,
                    text,
                    ..
                } => Some((
                    *x,
                    x + f.width(*face, text, *size),
                    *y,
                    text.as_str(),
                    *size,
                )),
                _ => None,
            })
            .collect();
        for &(x, _, y, s, size) in &t {
            let Some(last) = s.split_whitespace().last() else {
                continue;
            };
            if !(last.ends_with('-')
                && last.len() > 2
                && last[..last.len() - 1].ends_with(char::is_alphabetic))
            {
                continue;
            }
            // Where this line starts: walk left over the items of the same baseline while the
            // gaps are word gaps (a justified line places each word on its own; a gap wider
            // than a stretched word gap is a cell border).
            let mut same: Vec<(f32, f32)> = t
                .iter()
                .filter(|i| (i.2 - y).abs() < 0.01)
                .map(|i| (i.0, i.1))
                .collect();
            same.sort_by(|a, b| a.0.total_cmp(&b.0));
            let mut start = x;
            for (sx, sr) in same.iter().rev() {
                if *sx < start && start - sr < 0.55 * size && start - sr > -0.5 {
                    start = *sx;
                }
            }
            let next = t
                .iter()
                .filter(|i| (i.0 - start).abs() < 0.5 && i.2 > y + 1.0 && i.2 < y + 20.0)
                .min_by(|a, b| a.2.total_cmp(&b.2));
            if let Some(&(_, _, _, n, _)) = next
                && let Some(first) = n.split_whitespace().next()
            {
                out.push((last.to_owned(), first.to_owned()));
            }
        }
    }
    out
}

#[test]
fn hyphens_fall_only_between_letters_never_in_numbers_codes_or_acronyms() {
    for doc in EXAMPLES.iter().flat_map(|p| documents(Path::new(p))) {
        let layout = lay_out(&doc, &doc.pdf);
        let breaks = hyphen_breaks(&layout);
        if doc.stem == "rpkd" {
            assert!(
                breaks.len() > 50,
                "{} hyphenated breaks found",
                breaks.len()
            );
        }
        for (before, after) in &breaks {
            // The part of a compound the break falls in (`karunia-Nya` broken in `karunia`).
            let left = clean(before.trim_end_matches('-'))
                .rsplit('-')
                .next()
                .unwrap_or_default();
            let right = clean(after).split('-').next().unwrap_or_default();
            let word = format!("{left}{right}");
            assert!(!word.chars().any(|c| c.is_ascii_digit()), "{before}{after}");
            assert!(
                !word.chars().skip(1).any(char::is_uppercase),
                "an acronym broken: {before}{after}"
            );
            assert!(
                left.chars().count() >= 2 && right.chars().count() >= 2,
                "{before}{after}"
            );
        }
    }
}

#[test]
fn every_link_of_the_contents_and_the_lists_goes_to_a_heading_table_or_figure() {
    for doc in documents(Path::new("plans/kota-tangerang")) {
        let layout = lay_out(&doc, &doc.pdf);
        let targets: HashSet<&str> = layout
            .headings
            .iter()
            .chain(&layout.tables)
            .chain(&layout.figures)
            .map(|m| m.id.as_str())
            .collect();
        let links: Vec<&str> = layout
            .pages
            .iter()
            .flat_map(|p| &p.items)
            .filter_map(|i| match i {
                Item::Link { target, .. } => Some(target.as_str()),
                _ => None,
            })
            .collect();
        for l in &links {
            assert!(
                targets.contains(l),
                "{}: a link to `{l}` goes nowhere",
                doc.stem
            );
        }
        // Every captioned table is listed, and its entry links to it.
        assert!(!layout.tables.is_empty(), "{}", doc.stem);
        for t in &layout.tables {
            assert!(
                links.contains(&t.id.as_str()),
                "{}: `{}` is not linked",
                doc.stem,
                t.title
            );
        }
    }
}

#[test]
fn a_list_of_contents_never_leaves_one_or_two_lines_alone_on_a_page() {
    // Enough headings to fill a page and spill a little.
    let mut markdown =
        String::from("# DAFTAR ISI\n\n<!-- rpkd:toc -->\n\n<!-- rpkd:mainmatter -->\n\n");
    for i in 1..=46 {
        markdown.push_str(&format!("# BAB {i} UJI\n\nTeks.\n\n"));
    }
    let layout = lay_out(&document(markdown), &options());
    let contents_pages: Vec<usize> = (0..layout.front_pages)
        .map(|p| {
            texts(&layout.pages[p])
                .iter()
                .filter(|(_, _, t)| t.starts_with("BAB"))
                .count()
        })
        .filter(|&n| n > 0)
        .collect();
    assert!(
        contents_pages.iter().all(|&n| n >= 3),
        "entries per contents page: {contents_pages:?}"
    );
}

#[test]
fn the_signature_leaves_three_centimetres_to_sign_above_the_name() {
    let markdown = "# KATA PENGANTAR\n\nTeks.\n\n<!-- rpkd:begin signature -->\n\nTangerang, 28 November 2025\n\n**WALI KOTA TANGERANG,**\n\n**NAMA LENGKAP**\n\n<!-- rpkd:end -->\n".to_owned();
    let layout = lay_out(&document(markdown), &options());
    let t = texts(&layout.pages[0]);
    let y = |s: &str| {
        t.iter()
            .find(|(_, _, x)| x.contains(s))
            .map(|(_, y, _)| *y)
            .unwrap()
    };
    let gap = y("NAMA") - y("WALI");
    // 3 cm = 30 mm, at 72 points to the inch of 25.4 mm.
    let three_cm = 30.0 * 72.0 / 25.4;
    assert!(three_cm > 85.0);
    assert!(gap >= three_cm, "{gap} pt between the office and the name");
}
