//! `rpkd ekspor` → fill → `rpkd impor`: the round trip (every figure of the workbooks ends in the
//! RAT and in the built view, the YAML diff holds nothing else), and hostile and foreign
//! workbooks that must change nothing. Forms are filled by rewriting their sheet XML, as any
//! script would; `tests/fixtures/forms/` holds forms saved by LibreOffice.

mod common;

use common::copy_dir;
use rpkd::diag::render::{Format, render};
use rpkd::import::{Import, ImportOptions};
use rpkd::view::form::{FormView, Layout, build_forms};
use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

fn plan() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("kota-tangerang");
    copy_dir(Path::new("plans/kota-tangerang"), &plan);
    (dir, plan)
}

fn export(plan: &Path, year: u16) -> PathBuf {
    let options = rpkd::export::ExportOptions {
        year,
        owners: Vec::new(),
        source_date_epoch: None,
        pipeline: rpkd::Options::default(),
    };
    let export = rpkd::export::export(plan, &options).expect("the example plan exports");
    let out = plan.parent().unwrap().join(format!("ekspor-{year}"));
    rpkd::write::write_set(&out, &export.files).unwrap();
    out
}

fn forms(plan: &Path, year: u16) -> Vec<FormView> {
    let checked = rpkd::check(plan).unwrap();
    build_forms(&checked.plan, rpkd::model::Year(year))
        .unwrap()
        .forms
}

/// What a script writes into a cell.
#[derive(Clone)]
enum Put {
    Number(f64),
    Text(&'static str),
    /// A formula without a saved result.
    Formula(&'static str),
    /// A formula with its saved result.
    Computed(&'static str, f64),
    Error(&'static str),
}

fn a1(row: u32, col: u16) -> String {
    format!(
        "{}{}",
        rpkd::source::column_letters(u32::from(col)),
        row + 1
    )
}

/// Rewrite cells of one sheet of a workbook (its XML, as a script would).
fn patch(xlsx: &Path, sheet: &str, puts: &[(String, Put)]) {
    patch_with(xlsx, sheet, |xml| {
        for (cell, put) in puts {
            *xml = put_cell(xml, cell, put);
        }
    });
}

fn patch_with(xlsx: &Path, sheet: &str, edit: impl FnOnce(&mut String)) {
    let bytes = fs::read(xlsx).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let mut edit = Some(edit);
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().unwrap().into_owned();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        if name == format!("xl/worksheets/{sheet}.xml") {
            let mut xml = String::from_utf8(data).unwrap();
            (edit.take().unwrap())(&mut xml);
            data = xml.into_bytes();
        }
        out.start_file(
            name,
            zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated),
        )
        .unwrap();
        out.write_all(&data).unwrap();
    }
    fs::write(xlsx, out.finish().unwrap().into_inner()).unwrap();
}

fn put_cell(xml: &str, cell: &str, put: &Put) -> String {
    let open = format!("<c r=\"{cell}\"");
    let start = xml
        .find(&open)
        .unwrap_or_else(|| panic!("no cell {cell} in the sheet"));
    let rest = &xml[start..];
    let head_end = rest.find('>').unwrap();
    let self_closing = rest.as_bytes()[head_end - 1] == b'/';
    let end = if self_closing {
        start + head_end + 1
    } else {
        start + rest.find("</c>").unwrap() + 4
    };
    let head = &rest[..head_end];
    let style = head
        .split(' ')
        .find(|a| a.starts_with("s=\""))
        .map(|s| s.trim_end_matches('/'))
        .unwrap_or("");
    let body = match put {
        Put::Number(n) => format!("<c r=\"{cell}\" {style}><v>{n}</v></c>"),
        Put::Text(t) => format!("<c r=\"{cell}\" {style} t=\"inlineStr\"><is><t>{t}</t></is></c>"),
        Put::Formula(f) => format!("<c r=\"{cell}\" {style}><f>{f}</f></c>"),
        Put::Computed(f, v) => format!("<c r=\"{cell}\" {style}><f>{f}</f><v>{v}</v></c>"),
        Put::Error(e) => format!("<c r=\"{cell}\" {style} t=\"e\"><v>{e}</v></c>"),
    };
    format!("{}{}{}", &xml[..start], body, &xml[end..])
}

fn import(plan: &Path, forms: &[PathBuf]) -> Import {
    rpkd::import::import(plan, forms, &ImportOptions::default()).unwrap()
}

/// The import's report, one line per problem, with paths made stable: in English, then the
/// same diagnostics in Bahasa Indonesia (empty when there is none).
fn report(import: &Import, root: &Path) -> String {
    let mut batches = vec![(&import.workbooks, import.form_diagnostics.as_slice())];
    if let Some(after) = &import.after {
        batches.push((&after.sources, import.plan_diagnostics.as_slice()));
    }
    let mut sorted: Vec<Vec<rpkd::diag::Diagnostic>> =
        batches.iter().map(|(_, d)| d.to_vec()).collect();
    for d in &mut sorted {
        rpkd::diag::sort(d);
    }
    let batches: Vec<_> = batches
        .iter()
        .zip(&sorted)
        .map(|((s, _), d)| (*s, d.as_slice()))
        .collect();
    let dir = if root.join("rpkd.yaml").is_file() {
        root.parent().unwrap()
    } else {
        root
    };
    let shown = |lang| {
        render(Format::Short, lang, &batches, false).replace(&format!("{}/", dir.display()), "")
    };
    let english = shown(rpkd::i18n::Lang::En);
    if english.is_empty() {
        return english;
    }
    format!(
        "{english}\n--- Bahasa Indonesia ---\n{}",
        shown(rpkd::i18n::Lang::Id)
    )
}

fn codes(import: &Import) -> Vec<&'static str> {
    let mut codes: Vec<&str> = import
        .form_diagnostics
        .iter()
        .chain(&import.plan_diagnostics)
        .map(|d| d.code.as_str())
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

fn write(plan: &Path, import: &Import) {
    let files: Vec<rpkd::render::OutputFile> = import
        .files
        .iter()
        .map(|(p, b)| rpkd::render::OutputFile {
            name: p.file_name().unwrap().to_string_lossy().into_owned(),
            bytes: b.clone(),
        })
        .collect();
    rpkd::write::write_files(&plan.join("rat"), &files).unwrap();
}

fn snapshot(plan: &Path) -> BTreeMap<String, Vec<u8>> {
    fs::read_dir(plan.join("rat"))
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// The figures a script puts into quarter I and II of every line of 2026.
fn fill_2026(form: &FormView) -> Vec<(String, Put)> {
    let mut puts = Vec::new();
    let mut row = Layout::FIRST_LINE;
    for line in &form.lines {
        for q in 0..2 {
            puts.push((
                a1(row, Layout::output(q)),
                Put::Number((line.target / 8.0).floor()),
            ));
            for (i, (_, allocation)) in line.sources.iter().enumerate() {
                let spent = allocation.0 / 10 + q as u64 * 1000 + 7;
                puts.push((
                    a1(row + i as u32, Layout::spent(q)),
                    Put::Number(spent as f64),
                ));
            }
        }
        row += line.sources.len() as u32;
    }
    puts
}

#[test]
fn export_fill_import_check_build_gives_the_workbooks_figures() {
    let (_dir, plan) = plan();
    let out = export(&plan, 2026);
    let before_text = fs::read_to_string(plan.join("rat/2026.yaml")).unwrap();
    let views = forms(&plan, 2026);
    assert!(views.len() >= 5, "every agency with lines gets a form");
    let mut paths = Vec::new();
    let mut expected: BTreeMap<String, (u64, f64)> = BTreeMap::new();
    for form in &views {
        let path = out.join(format!("{}.xlsx", form.stem()));
        assert!(path.is_file(), "{}", path.display());
        let puts = fill_2026(form);
        let mut row = Layout::FIRST_LINE;
        for line in &form.lines {
            let spent: u64 = (0..2)
                .flat_map(|q| {
                    line.sources
                        .iter()
                        .map(move |(_, a)| a.0 / 10 + q as u64 * 1000 + 7)
                })
                .sum();
            expected.insert(
                line.code.clone(),
                (spent, 2.0 * (line.target / 8.0).floor()),
            );
            row += line.sources.len() as u32;
        }
        let _ = row;
        patch(&path, "sheet1", &puts);
        paths.push(path);
    }
    let imported = import(&plan, &paths);
    assert_eq!(
        report(&imported, &plan),
        "",
        "a clean import reports nothing"
    );
    assert_eq!(imported.files.len(), 1, "only rat/2026.yaml changes");
    write(&plan, &imported);

    // The plan passes the check, and the built RAT has every figure of the workbooks.
    let checked = rpkd::check(&plan).unwrap();
    assert_eq!(checked.errors(), 0, "{:?}", checked.diagnostics);
    let (_, rats) = rpkd::view::build_views(&checked.plan, &checked.sources).unwrap();
    let rat = rats.iter().find(|r| r.year == 2026).unwrap();
    let mut total = 0;
    for group in &rat.groups {
        for line in &group.lines {
            let (spent, output) = expected[&line.code];
            assert_eq!(line.spent, spent, "{}", line.code);
            assert_eq!(line.output, output, "{}", line.code);
            assert!(line.quarters[0].is_some() && line.quarters[1].is_some());
            assert!(line.quarters[2].is_none());
            total += spent;
        }
    }
    assert_eq!(rat.totals.spent, total);
    assert_eq!(total, expected.values().map(|(s, _)| s).sum::<u64>());

    // The diff only adds realisation: every line of the file before is still there, in order.
    let after_text = fs::read_to_string(plan.join("rat/2026.yaml")).unwrap();
    let mut after_lines = after_text.lines();
    for line in before_text.lines() {
        assert!(
            after_lines.any(|l| l == line),
            "line `{line}` of rat/2026.yaml was changed or moved"
        );
    }
    let added: Vec<&str> = after_text
        .lines()
        .filter(|l| !before_text.lines().any(|b| b == *l))
        .collect();
    assert!(
        added
            .iter()
            .all(|l| l.trim_start().starts_with("- {triwulan:") || l.trim() == "realisasi:"),
        "{added:#?}"
    );

    // The same forms again change nothing.
    let again = import(&plan, &paths);
    assert!(again.files.is_empty());
    assert_eq!(codes(&again), ["W033"]);
}

#[test]
fn a_corrected_figure_rewrites_only_that_number() {
    let (_dir, plan) = plan();
    let out = export(&plan, 2025);
    let form = out.join("dinsos-2025.xlsx");
    // Quarter II realisation of the first line: 499.500.000 → 499.600.000.
    patch(
        &form,
        "sheet1",
        &[
            (
                a1(Layout::FIRST_LINE, Layout::spent(1)),
                Put::Number(499_600_000.0),
            ),
            (
                a1(Layout::FIRST_LINE, Layout::NOTES),
                Put::Text("Koreksi: SP2D susulan"),
            ),
        ],
    );
    let before = fs::read_to_string(plan.join("rat/2025.yaml")).unwrap();
    let imported = import(&plan, &[form]);
    assert_eq!(report(&imported, &plan), "");
    assert_eq!(imported.changes.len(), 2);
    write(&plan, &imported);
    let after = fs::read_to_string(plan.join("rat/2025.yaml")).unwrap();
    let expected = before
        .replacen(
            "{triwulan: 2, anggaran: 499500000, output: 12900}",
            "{triwulan: 2, anggaran: 499600000, output: 12900}",
            1,
        )
        .replacen(
            "      - {triwulan: 4, anggaran: 440300000, output: 10720}\n",
            "      - {triwulan: 4, anggaran: 440300000, output: 10720}\n    keterangan: \"Koreksi: SP2D susulan\"\n",
            1,
        );
    assert_eq!(after, expected);
}

/// Import one patched form of 2025 and return the report; the plan must not change.
fn refused(puts: &[(String, Put)]) -> (String, Vec<&'static str>) {
    let (_dir, plan) = plan();
    let out = export(&plan, 2025);
    let form = out.join("dinsos-2025.xlsx");
    patch(&form, "sheet1", puts);
    let before = snapshot(&plan);
    let imported = import(&plan, &[form]);
    assert!(imported.files.is_empty(), "nothing may be written");
    assert!(imported.refused(false));
    assert_eq!(snapshot(&plan), before);
    (report(&imported, &plan), codes(&imported))
}

fn cell(row: u32, col: u16) -> String {
    a1(Layout::FIRST_LINE + row, col)
}

#[test]
fn text_decimals_negatives_and_overspending_are_reported_at_their_cells() {
    let (report, codes) = refused(&[
        (cell(0, Layout::spent(0)), Put::Text("1.500.000")),
        (cell(1, Layout::spent(0)), Put::Number(1_833_000_000.5)),
        (cell(2, Layout::spent(1)), Put::Number(-5.0)),
        (cell(3, Layout::output(0)), Put::Text("seratus")),
        (cell(3, Layout::spent(3)), Put::Number(9_000_000_000.0)),
    ]);
    assert_eq!(codes, ["E005", "E019", "W002"]);
    insta::assert_snapshot!(report);
}

#[test]
fn formulas_are_read_by_their_saved_values_and_one_without_is_an_error() {
    // A formula with its saved value is as good as the value.
    let (_dir, plan) = plan();
    let out = export(&plan, 2025);
    let form = out.join("dinsos-2025.xlsx");
    patch(
        &form,
        "sheet1",
        &[(
            cell(0, Layout::spent(0)),
            Put::Computed("100000000*3", 300_000_000.0),
        )],
    );
    let imported = import(&plan, std::slice::from_ref(&form));
    assert_eq!(report(&imported, &plan), "");
    assert_eq!(imported.changes.len(), 1);
    assert_eq!(imported.changes[0].after, "Rp300.000.000");

    let (report, codes) = refused(&[
        (cell(0, Layout::spent(0)), Put::Formula("L10*2")),
        (cell(1, Layout::spent(0)), Put::Error("#DIV/0!")),
    ]);
    assert_eq!(codes, ["E081"]);
    insta::assert_snapshot!(report);
}

#[test]
fn an_edited_locked_cell_merged_cells_and_values_outside_are_refused() {
    let (text, found) = refused(&[
        (cell(0, Layout::ALLOCATION), Put::Number(2_000_000_000.0)),
        (cell(1, Layout::CODE), Put::Text("1.06.05.2.02.0009")),
        (cell(0, Layout::output(1)), Put::Number(1.0)),
    ]);
    assert_eq!(found, ["E079"]);
    insta::assert_snapshot!(text);

    let (_dir, plan_dir) = plan();
    let plan = plan_dir;
    let out = export(&plan, 2025);
    let form = out.join("dinsos-2025.xlsx");
    patch_with(&form, "sheet1", |xml| {
        let at = xml.find("<mergeCells").unwrap();
        let close = at + xml[at..].find('>').unwrap() + 1;
        let merge = format!(
            "<mergeCell ref=\"{}:{}\"/>",
            cell(0, Layout::output(0)),
            cell(1, Layout::output(0))
        );
        xml.insert_str(close, &merge);
    });
    let imported = import(&plan, &[form]);
    assert_eq!(codes(&imported), ["E080"]);
    insta::assert_snapshot!("merged", report(&imported, &plan));
}

#[test]
fn foreign_stale_and_doubled_forms_are_refused_with_a_clear_message() {
    // Another plan: the identity sheet names another region.
    let (_dir, plan) = plan();
    let out = export(&plan, 2025);
    let form = out.join("dinsos-2025.xlsx");
    let other = out.join("dinsos-2025-kabupaten.xlsx");
    fs::copy(&form, &other).unwrap();
    patch(
        &other,
        "sheet4",
        &[(
            "B2".into(),
            Put::Text("36.03 Kabupaten Tangerang 2025–2029"),
        )],
    );
    let imported = import(&plan, std::slice::from_ref(&other));
    assert_eq!(codes(&imported), ["E077"]);
    insta::assert_snapshot!("foreign", report(&imported, &plan));

    // Another year (no form of DINSOS in 2024).
    let year = out.join("dinsos-2024.xlsx");
    fs::copy(&form, &year).unwrap();
    patch(&year, "sheet4", &[("B3".into(), Put::Text("2024"))]);
    assert_eq!(codes(&import(&plan, &[year])), ["E077"]);

    // The same agency twice in one import.
    let twice = import(&plan, &[form.clone(), form.clone()]);
    assert!(codes(&twice).contains(&"E083"));

    // Stale: the plan's allocation changed after the export.
    let rat = plan.join("rat/2025.yaml");
    let text = fs::read_to_string(&rat).unwrap();
    fs::write(
        &rat,
        text.replacen("alokasi: 1850000000", "alokasi: 1860000000", 1),
    )
    .unwrap();
    patch(
        &form,
        "sheet1",
        &[(cell(0, Layout::spent(0)), Put::Number(1.0))],
    );
    let before = snapshot(&plan);
    let imported = import(&plan, std::slice::from_ref(&form));
    assert_eq!(codes(&imported), ["E078"]);
    insta::assert_snapshot!("stale", report(&imported, &plan));
    assert!(imported.files.is_empty());
    assert_eq!(snapshot(&plan), before);
}

#[test]
fn a_quarter_needs_all_its_figures_and_a_conflict_is_not_overwritten() {
    let (_dir, plan) = plan();
    let out = export(&plan, 2026);
    let form = out.join("dinsos-2026.xlsx");
    patch(
        &form,
        "sheet1",
        &[(cell(0, Layout::spent(0)), Put::Number(100.0))],
    );
    let imported = import(&plan, std::slice::from_ref(&form));
    assert_eq!(codes(&imported), ["E004"]);

    // The plan corrected quarter I after the export; the form changed it too.
    let (_dir2, plan) = self::plan();
    let out = export(&plan, 2025);
    let form = out.join("dinsos-2025.xlsx");
    let rat = plan.join("rat/2025.yaml");
    let text = fs::read_to_string(&rat).unwrap();
    fs::write(
        &rat,
        text.replacen("anggaran: 296000000", "anggaran: 296100000", 1),
    )
    .unwrap();
    patch(
        &form,
        "sheet1",
        &[
            (cell(0, Layout::spent(0)), Put::Number(296_200_000.0)),
            (cell(1, Layout::spent(0)), Put::Text("")),
        ],
    );
    let imported = import(&plan, &[form]);
    assert_eq!(codes(&imported), ["E082"]);
    insta::assert_snapshot!(report(&imported, &plan));
}

#[test]
fn proposals_for_a_new_year_become_a_new_rat_file() {
    let (_dir, plan) = plan();
    let out = export(&plan, 2027);
    let views = forms(&plan, 2027);
    let dinsos = views.iter().find(|f| f.owner == "DINSOS").unwrap();
    assert!(dinsos.lines.is_empty() && dinsos.proposal_year == Some(2027));
    let first = dinsos.proposal_header_row() + 1;
    let code = dinsos.proposable[0].code.clone();
    let code: &'static str = Box::leak(code.into_boxed_str());
    let form = out.join("dinsos-2027.xlsx");
    patch(
        &form,
        "sheet1",
        &[
            (a1(first, Layout::CODE), Put::Text(code)),
            (a1(first, Layout::TARGET), Put::Number(40000.0)),
            (a1(first, Layout::AID), Put::Text("Jasa/layanan")),
            (a1(first, Layout::LOCATION), Put::Text("Periuk; Benda")),
            (a1(first, Layout::SOURCE), Put::Text("APBD")),
            (a1(first, Layout::ALLOCATION), Put::Number(1_500_000_000.0)),
            (a1(first + 1, Layout::CODE), Put::Text(code)),
            (a1(first + 1, Layout::SOURCE), Put::Text("CSR")),
            (
                a1(first + 1, Layout::ALLOCATION),
                Put::Number(100_000_000.0),
            ),
        ],
    );
    let imported = import(&plan, std::slice::from_ref(&form));
    let report = report(&imported, &plan);
    // The CSR row is not in the line's pagu: the check's W009, at the source cell.
    assert_eq!(codes(&imported), ["W009"], "{report}");
    let allowed = rpkd::import::import(
        &plan,
        &[form],
        &ImportOptions {
            allow_warnings: true,
            ..ImportOptions::default()
        },
    )
    .unwrap();
    write(&plan, &allowed);
    let text = fs::read_to_string(plan.join("rat/2027.yaml")).unwrap();
    assert!(text.contains("tahun: 2027"), "{text}");
    assert!(
        text.contains(&format!("  - sub_kegiatan: \"{code}\"\n    target: 40000\n    alokasi: {{apbd: 1500000000, csr: 100000000}}\n    jenis_bantuan: jasa\n    lokasi: [Periuk, Benda]\n")),
        "{text}"
    );
    let checked = rpkd::check(&plan).unwrap();
    assert_eq!(checked.errors(), 0, "{:?}", checked.diagnostics);
}

#[test]
fn broken_and_oversized_workbooks_change_nothing_in_bounded_time() {
    let (_dir, plan) = plan();
    let dir = plan.parent().unwrap();
    let before = snapshot(&plan);
    // Not a workbook; an empty file; a workbook without the form's sheets.
    fs::write(dir.join("teks.xlsx"), "bukan workbook").unwrap();
    fs::write(dir.join("kosong.xlsx"), "").unwrap();
    let mut empty = rust_xlsxwriter::Workbook::new();
    empty.add_worksheet();
    fs::write(
        dir.join("lembar-kosong.xlsx"),
        empty.save_to_buffer().unwrap(),
    )
    .unwrap();
    // 50 MB of zip: refused by size before it is read.
    let big = fs::File::create(dir.join("besar.xlsx")).unwrap();
    big.set_len(50 << 20).unwrap();
    // A zip bomb: a megabyte of zeros whose headers declare 4 GB.
    let mut bomb = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    bomb.start_file(
        "xl/worksheets/sheet1.xml",
        zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated),
    )
    .unwrap();
    bomb.write_all(&vec![0u8; 1 << 20]).unwrap();
    let mut bytes = bomb.finish().unwrap().into_inner();
    for (signature, offset) in [(0x0403_4b50u32, 22), (0x0201_4b50, 24)] {
        let at = bytes
            .windows(4)
            .position(|w| w == signature.to_le_bytes())
            .unwrap();
        bytes[at + offset..at + offset + 4].copy_from_slice(&0xFFFF_FFF0u32.to_le_bytes());
    }
    fs::write(dir.join("bom.xlsx"), &bytes).unwrap();
    assert!(fs::metadata(dir.join("bom.xlsx")).unwrap().len() < 2 << 20);

    let started = std::time::Instant::now();
    let names = ["teks", "kosong", "lembar-kosong", "besar", "bom"];
    let paths: Vec<PathBuf> = names
        .iter()
        .map(|n| dir.join(format!("{n}.xlsx")))
        .collect();
    let imported = import(&plan, &paths);
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    assert_eq!(codes(&imported), ["E075", "E076"]);
    assert!(imported.files.is_empty());
    assert_eq!(snapshot(&plan), before);
    insta::assert_snapshot!(report(&imported, dir));
}

#[test]
fn forms_saved_by_libreoffice_are_read_as_their_cells_show() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("base");
    copy_dir(Path::new("tests/fixtures/base"), &plan);
    let before = fs::read_to_string(plan.join("rat/2025.yaml")).unwrap();
    // Filled by a script, saved by LibreOffice Calc (tests/fixtures/forms/make.sh): a figure,
    // a formula LibreOffice calculated and saved, a note.
    let filled = Path::new("tests/fixtures/forms/libreoffice-filled.xlsx").to_owned();
    let imported = import(&plan, std::slice::from_ref(&filled));
    assert_eq!(report(&imported, Path::new("tests/fixtures/forms")), "");
    write(&plan, &imported);
    let after = fs::read_to_string(plan.join("rat/2025.yaml")).unwrap();
    assert_eq!(
        after,
        before.replacen(
            "      - {triwulan: 2, anggaran: 400000000, output: 350}\n",
            "      - {triwulan: 2, anggaran: 400000000, output: 350}\n      - {triwulan: 3, anggaran: 450000000, output: 250}\n    keterangan: Pencairan tahap III tepat waktu\n",
            1
        ),
        "{after}"
    );
    assert_eq!(rpkd::check(&plan).unwrap().errors(), 0);

    // A date where rupiah belong and an output in words: both reported, nothing written.
    let wrong = Path::new("tests/fixtures/forms/libreoffice-date-and-text.xlsx").to_owned();
    let plan = dir.path().join("base-again");
    copy_dir(Path::new("tests/fixtures/base"), &plan);
    let snapshot_before = snapshot(&plan);
    let imported = import(&plan, &[wrong]);
    assert_eq!(codes(&imported), ["E005"]);
    assert_eq!(imported.form_diagnostics.len(), 2);
    assert!(imported.files.is_empty());
    assert_eq!(snapshot(&plan), snapshot_before);
    insta::assert_snapshot!(report(&imported, Path::new("tests/fixtures/forms")));
}

#[test]
fn units_get_their_own_forms_and_split_lines_a_row_per_source() {
    // The `init` scaffold of a kabupaten has a unit (UPTD-PSBL), a sub kegiatan with two
    // executors and a line whose allocation comes from two sources.
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("kabupaten");
    assert_cmd::Command::cargo_bin("rpkd")
        .unwrap()
        .env("RPKD_LANG", "en")
        .args([
            "init",
            "--kind",
            "kabupaten",
            "--region",
            "Kabupaten Contoh",
        ])
        .arg(&plan)
        .assert()
        .success();
    let out = export(&plan, 2025);
    let views = forms(&plan, 2025);
    let unit = views
        .iter()
        .find(|f| f.owner == "UPTD-PSBL")
        .expect("a form of the unit");
    assert_eq!(unit.parent.as_ref().map(|p| p.0.as_str()), Some("DINSOS"));
    assert!(out.join("uptd-psbl-2025.xlsx").is_file());
    let (form, line) = views
        .iter()
        .find_map(|f| {
            f.lines
                .iter()
                .find(|l| l.sources.len() == 2)
                .map(|l| (f, l))
        })
        .expect("a line split by source");
    let row = Layout::FIRST_LINE
        + form
            .lines
            .iter()
            .take_while(|l| l.code != line.code)
            .map(|l| l.sources.len() as u32)
            .sum::<u32>();
    let path = out.join(format!("{}.xlsx", form.stem()));
    let q = (0..4).find(|q| line.quarters[*q].is_none()).unwrap();
    patch(
        &path,
        "sheet1",
        &[
            (a1(row, Layout::output(q)), Put::Number(120.0)),
            (a1(row, Layout::spent(q)), Put::Number(200_000_000.0)),
            (a1(row + 1, Layout::spent(q)), Put::Number(40_000_000.0)),
        ],
    );
    let before = fs::read_to_string(plan.join("rat/2025.yaml")).unwrap();
    let imported = import(&plan, &[path]);
    assert_eq!(report(&imported, &plan), "");
    write(&plan, &imported);
    let after = fs::read_to_string(plan.join("rat/2025.yaml")).unwrap();
    let (a, b) = (line.sources[0].0.key(), line.sources[1].0.key());
    let entry = format!(
        "{{triwulan: {}, anggaran: {{{a}: 200000000, {b}: 40000000}}, output: 120}}",
        q + 1
    );
    assert!(after.contains(&entry), "{after}");
    assert_eq!(
        after.lines().count(),
        before.lines().count() + 2 - usize::from(line.quarters.iter().any(Option::is_some))
    );
    assert_eq!(rpkd::check(&plan).unwrap().errors(), 0);
}
