//! The documents: hostile plan text comes out inert, a plan's template overrides one block,
//! figures match sums computed separately from the YAML, and the example plan's documents are
//! pinned as snapshots.

mod common;
use common::copy_dir;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use rpkd::render::OutputFormat;
use std::fs;
use std::path::Path;

fn replace(path: &Path, find: &str, with: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(find), "`{find}` not in {}", path.display());
    fs::write(path, text.replace(find, with)).unwrap();
}

/// Build a plan in memory: file name → text.
fn build(plan: &Path) -> Vec<(String, String)> {
    let checked = rpkd::check(plan).unwrap();
    assert_eq!(checked.errors(), 0, "{:?}", checked.diagnostics);
    rpkd::render_plan(
        &checked,
        &[OutputFormat::Markdown, OutputFormat::Html],
        None,
    )
    .unwrap()
    .files
    .into_iter()
    .filter(|f| !f.name.ends_with(".png") && !f.name.ends_with(".jpg"))
    .map(|f| (f.name, String::from_utf8(f.bytes).unwrap()))
    .collect()
}

const SCRIPT: &str = "<script>alert(1)</script>";

/// Whether `attribute` appears inside a real tag (`<… onerror=…>`), not in escaped text.
fn live_attribute(html: &str, attribute: &str) -> bool {
    html.split('<').skip(1).any(|tag| {
        let inside = tag.split('>').next().unwrap_or("");
        inside.starts_with(|c: char| c.is_ascii_alphabetic())
            && inside.contains(&format!(" {attribute}="))
    })
}

#[test]
fn hostile_plan_text_is_inert_in_html_and_markdown() {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("plan");
    copy_dir(Path::new("tests/fixtures/base"), &plan);
    let root = plan.join("rpkd.yaml");
    replace(&root, "nama: Contoh", &format!("nama: \"Contoh {SCRIPT}\""));
    replace(
        &root,
        "nama: Komitmen bersama",
        "nama: \"Komitmen <img src=x onerror=alert(1)>\"",
    );
    replace(
        &root,
        "nama: Perlindungan sosial",
        "nama: \"Perlindungan | sosial\\nbaris\"",
    );
    replace(
        &root,
        "penutup: Demikian rencana ini disusun.",
        "penutup: \"Demikian. <iframe src=//evil.test></iframe> [klik](javascript:alert(1))\"",
    );
    fs::write(
        plan.join("narasi/latar-belakang.md"),
        format!(
            "Paragraf.\n\n{SCRIPT}\n\n<div onclick=\"alert(1)\">x</div>\n\nTeks <b>tebal</b>.\n"
        ),
    )
    .unwrap();
    let programs = plan.join("program/dinsos.yaml");
    replace(
        &programs,
        "nama: Pendataan fakir miskin",
        &format!("nama: \"Pendataan {SCRIPT} | x\""),
    );

    let files = build(&plan);
    assert!(files.iter().any(|(n, _)| n == "rpkd.html"));
    for (name, text) in &files {
        let lower = text.to_lowercase();
        if name.ends_with(".html") || name.ends_with(".svg") {
            assert!(
                !live_attribute(&lower, "onerror"),
                "{name} has a live onerror"
            );
            assert!(!lower.contains("<script"), "{name} has a script tag");
            assert!(!lower.contains("<img"), "{name} has an img tag");
            assert!(!lower.contains("<iframe"), "{name} has an iframe");
            assert!(!lower.contains("<div onclick"), "{name} has a live handler");
            assert!(
                !lower.contains("href=\"javascript"),
                "{name} has a javascript link"
            );
        }
        if name.ends_with(".md") {
            // Any Markdown renderer that passes raw HTML through still gets none.
            let mut html = String::new();
            pulldown_cmark::html::push_html(&mut html, Parser::new_ext(text, Options::all()));
            let lower = html.to_lowercase();
            // (Chart images `<img src="rpkd-….svg">` are the document's own.)
            for tag in [
                "<script",
                "<img src=x",
                "<iframe",
                "<div onclick",
                "href=\"javascript",
            ] {
                assert!(!lower.contains(tag), "{name} renders `{tag}`:\n{html}");
            }
            assert!(
                !live_attribute(&lower, "onerror"),
                "{name} renders a live onerror"
            );
        }
    }
    let html = &files.iter().find(|(n, _)| n == "rpkd.html").unwrap().1;
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the text is shown, not dropped"
    );
}

/// The text of every table cell in a Markdown document, row by row.
fn table_rows(markdown: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut cell: Option<String> = None;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::TableRow | Tag::TableHead) => row = Vec::new(),
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::Text(t) | Event::Code(t) => {
                if let Some(c) = cell.as_mut() {
                    c.push_str(&t);
                }
            }
            Event::End(TagEnd::TableCell) => row.push(cell.take().unwrap_or_default()),
            Event::End(TagEnd::TableRow | TagEnd::TableHead) => rows.push(row.clone()),
            _ => {}
        }
    }
    rows
}

#[test]
fn a_pipe_or_newline_in_plan_text_stays_inside_its_table_cell() {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("plan");
    copy_dir(Path::new("tests/fixtures/base"), &plan);
    replace(
        &plan.join("program/perkim.yaml"),
        "nama: Bedah rumah tidak layak huni",
        "nama: \"Bedah rumah | RTLH\\nkedua\"",
    );
    let files = build(&plan);
    let md = &files.iter().find(|(n, _)| n == "rpkd.md").unwrap().1;
    let cells: Vec<String> = table_rows(md).into_iter().flatten().collect();
    assert!(
        cells.iter().any(|c| c.contains("Bedah rumah | RTLH kedua")),
        "the name is split across cells: {cells:?}"
    );
}

#[test]
fn a_plan_template_replaces_one_block_and_keeps_the_rest() {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("plan");
    copy_dir(Path::new("tests/fixtures/base"), &plan);
    fs::create_dir(plan.join("templat")).unwrap();
    fs::write(
        plan.join("templat/rpkd.md"),
        "{% extends \"builtin/rpkd.md\" %}\n{% block bab1 %}\n# BAB I PENDAHULUAN KHUSUS\n\nDitulis oleh daerah untuk {{ region }}.\n{% endblock bab1 %}\n",
    )
    .unwrap();
    replace(
        &plan.join("rpkd.yaml"),
        "narasi:\n",
        "templat: templat\nnarasi:\n",
    );
    let files = build(&plan);
    let md = &files.iter().find(|(n, _)| n == "rpkd.md").unwrap().1;
    assert!(md.contains("# BAB I PENDAHULUAN KHUSUS"), "{md}");
    assert!(
        md.contains("Ditulis oleh daerah untuk Kota Contoh."),
        "{md}"
    );
    assert!(
        md.contains("BAB IV PRIORITAS PROGRAM"),
        "the other blocks stay"
    );
    let html = &files.iter().find(|(n, _)| n == "rpkd.html").unwrap().1;
    assert!(
        html.contains("PENDAHULUAN KHUSUS"),
        "the HTML follows the template too"
    );
    // The RAT has no override and is untouched.
    let rat = &files.iter().find(|(n, _)| n == "rat-2025.md").unwrap().1;
    assert!(!rat.contains("KHUSUS"));
}

#[test]
fn a_broken_plan_template_is_a_clear_error() {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("plan");
    copy_dir(Path::new("tests/fixtures/base"), &plan);
    fs::create_dir(plan.join("templat")).unwrap();
    fs::write(plan.join("templat/rpkd.md"), "{% for x in %}\n").unwrap();
    replace(
        &plan.join("rpkd.yaml"),
        "narasi:\n",
        "templat: templat\nnarasi:\n",
    );
    // `check` compiles the plan's templates: the error is located in the template file.
    let checked = rpkd::check(&plan).unwrap();
    let batch = [(&checked.sources, checked.diagnostics.as_slice())];
    let text = rpkd::diag::render::render(
        rpkd::diag::render::Format::Short,
        rpkd::i18n::Lang::En,
        &batch,
        false,
    );
    assert_eq!(checked.errors(), 1, "{text}");
    assert!(text.contains("templat/rpkd.md:1:"), "{text}");
    assert!(
        text.contains("error[E027]: the template `rpkd.md` does not compile"),
        "{text}"
    );
    assert!(rpkd::render_plan(&checked, &[OutputFormat::Markdown], None).is_err());
}

/// Sums computed straight from the YAML, without the model: every `pagu` amount, and every RAT
/// line's `alokasi`.
fn independent_sums(plan: &Path) -> (u64, std::collections::BTreeMap<u64, u64>, u64) {
    fn walk(
        v: &serde_json::Value,
        total: &mut u64,
        per_year: &mut std::collections::BTreeMap<u64, u64>,
    ) {
        match v {
            serde_json::Value::Object(map) => {
                for (k, child) in map {
                    if k == "pagu" {
                        for years in child.as_object().unwrap().values() {
                            for (year, amount) in years.as_object().unwrap() {
                                let a = amount.as_u64().unwrap();
                                *total += a;
                                *per_year.entry(year.parse().unwrap()).or_default() += a;
                            }
                        }
                    } else {
                        walk(child, total, per_year);
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|i| walk(i, total, per_year)),
            _ => {}
        }
    }
    let (mut total, mut per_year) = (0, Default::default());
    for entry in fs::read_dir(plan.join("program")).unwrap() {
        let text = fs::read_to_string(entry.unwrap().path()).unwrap();
        let value: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
        walk(&value, &mut total, &mut per_year);
    }
    let rat: serde_json::Value =
        serde_saphyr::from_str(&fs::read_to_string(plan.join("rat/2025.yaml")).unwrap()).unwrap();
    let allocation = rat["rencana_aksi"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["alokasi"].as_u64().unwrap())
        .sum();
    (total, per_year, allocation)
}

#[test]
fn document_figures_match_sums_taken_straight_from_the_yaml() {
    let plan = Path::new("plans/kota-tangerang");
    let (total, per_year, allocation) = independent_sums(plan);
    let checked = rpkd::check(plan).unwrap();
    let (rpkd, rats) = rpkd::view::build_views(&checked.plan, &checked.sources).unwrap();
    assert_eq!(rpkd.funding.total, total);
    assert_eq!(
        rpkd.funding.per_year,
        per_year.values().copied().collect::<Vec<_>>()
    );
    for recap in [
        &rpkd.funding.by_national,
        &rpkd.funding.by_agency,
        &rpkd.funding.by_source,
        &rpkd.funding.by_pillar,
    ] {
        assert_eq!(recap.total, total);
        let shares: f64 = recap.rows.iter().filter_map(|r| r.share).sum();
        assert!((shares - 100.0).abs() < 1e-6, "shares add up to {shares}");
    }
    let rat = rats.iter().find(|r| r.year == 2025).unwrap();
    assert_eq!(rat.totals.allocation, allocation);

    let files = build(plan);
    let md = &files.iter().find(|(n, _)| n == "rpkd.md").unwrap().1;
    let printed = rpkd::locale::rupiah(rpkd::model::Rupiah(total));
    assert!(
        md.contains(&printed),
        "rpkd.md does not print the total {printed}"
    );
    let rat_md = &files.iter().find(|(n, _)| n == "rat-2025.md").unwrap().1;
    let printed = rpkd::locale::rupiah(rpkd::model::Rupiah(allocation));
    assert!(
        rat_md.contains(&printed),
        "rat-2025.md does not print the total {printed}"
    );
}

/// Unescaped `|` in a Markdown table line.
fn pipes(line: &str) -> usize {
    let mut count = 0;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => count += 1,
            _ => escaped = false,
        }
        if c != '\\' {
            escaped = false;
        }
    }
    count
}

#[test]
fn every_markdown_table_row_has_as_many_cells_as_its_header() {
    let files = build(Path::new("plans/kota-tangerang"));
    let mut tables = 0;
    for (name, text) in files.iter().filter(|(n, _)| n.ends_with(".md")) {
        let lines: Vec<&str> = text.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            if lines[i].starts_with('|') {
                let header = pipes(lines[i]);
                let start = i;
                assert!(
                    lines
                        .get(i + 1)
                        .is_some_and(|l| l.starts_with("|-") || l.starts_with("|:")),
                    "{name}:{}: a table without a separator row",
                    i + 1
                );
                while i < lines.len() && lines[i].starts_with('|') {
                    assert_eq!(pipes(lines[i]), header, "{name}:{}: {}", i + 1, lines[i]);
                    i += 1;
                }
                assert!(i - start >= 3, "{name}:{}: a table without rows", start + 1);
                tables += 1;
            }
            i += 1;
        }
    }
    assert!(tables > 40, "only {tables} tables");
}

#[test]
fn the_example_documents_are_pinned() {
    let files = build(Path::new("plans/kota-tangerang"));
    for (name, text) in &files {
        if name.ends_with(".md") || name.ends_with(".html") {
            insta::assert_snapshot!(name.replace('.', "_"), text);
        }
    }
}
