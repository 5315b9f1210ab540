//! An agency's realisation form: the lines it carries out in one RAT year, their identifying
//! columns locked, the quarterly output and realisation and a notes column open, rows for
//! proposed lines of the next year below; an instruction sheet; a list sheet for the drop-downs;
//! and a hidden, protected sheet that identifies plan, year, agency and the lines (with the
//! figures as exported, so an import can tell what the agency changed).

use super::{RUPIAH_FORMAT, WorkbookMeta, finish, xlsx_error};
use crate::error::Error;
use crate::model::{AidKind, FundingSource};
use crate::view::form::{
    FORMAT, FormLine, FormSet, FormView, Layout, SHEET_FORM, SHEET_GUIDE, SHEET_IDENTITY,
    SHEET_LISTS,
};
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DataValidationRule, Format, FormatAlign,
    FormatBorder, Formula, ProtectionOptions, Workbook, Worksheet, XlsxError,
};

const QUARTERS: [&str; 4] = [
    "Triwulan I (Januari–Maret)",
    "Triwulan II (April–Juni)",
    "Triwulan III (Juli–September)",
    "Triwulan IV (Oktober–Desember)",
];

/// Paper for the printed form: `a4` or `f4`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    A4,
    F4,
}

struct Styles {
    title: Format,
    subtitle: Format,
    note: Format,
    header: Format,
    number_header: Format,
    text: Format,
    code: Format,
    rupiah: Format,
    quantity: Format,
    open_rupiah: Format,
    open_quantity: Format,
    open_text: Format,
    total: Format,
    section: Format,
    grey: Format,
}

fn styles() -> Styles {
    let border = |f: Format| f.set_border(FormatBorder::Thin);
    let open = Color::RGB(0xFFF2CC);
    let locked = Color::RGB(0xF2F2F2);
    Styles {
        title: Format::new().set_bold().set_font_size(13),
        subtitle: Format::new().set_bold(),
        note: Format::new()
            .set_italic()
            .set_font_color(Color::RGB(0x595959)),
        header: border(
            Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_background_color(Color::RGB(0xD9E1F2)),
        ),
        number_header: border(
            Format::new()
                .set_italic()
                .set_font_size(8)
                .set_align(FormatAlign::Center)
                .set_background_color(Color::RGB(0xD9E1F2)),
        ),
        text: border(
            Format::new()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_background_color(locked),
        ),
        code: border(
            Format::new()
                .set_align(FormatAlign::Top)
                .set_background_color(locked),
        ),
        rupiah: border(
            Format::new()
                .set_num_format(RUPIAH_FORMAT)
                .set_align(FormatAlign::Top)
                .set_background_color(locked),
        ),
        quantity: border(
            Format::new()
                .set_num_format("General")
                .set_align(FormatAlign::Top)
                .set_background_color(locked),
        ),
        open_rupiah: border(
            Format::new()
                .set_num_format(RUPIAH_FORMAT)
                .set_align(FormatAlign::Top)
                .set_background_color(open)
                .set_unlocked(),
        ),
        open_quantity: border(
            Format::new()
                .set_num_format("General")
                .set_align(FormatAlign::Top)
                .set_background_color(open)
                .set_unlocked(),
        ),
        open_text: border(
            Format::new()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_background_color(open)
                .set_unlocked(),
        ),
        total: border(
            Format::new()
                .set_num_format(RUPIAH_FORMAT)
                .set_align(FormatAlign::Top)
                .set_background_color(locked)
                .set_bold(),
        ),
        section: border(
            Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xE2EFDA)),
        ),
        grey: border(Format::new().set_background_color(Color::RGB(0xD9D9D9))),
    }
}

/// The form of one agency or unit, as `.xlsx` bytes.
pub fn form_workbook(
    set: &FormSet,
    form: &FormView,
    paper: Paper,
    meta: &WorkbookMeta,
) -> Result<Vec<u8>, Error> {
    let mut workbook = Workbook::new();
    let styles = styles();
    form_sheet(workbook.add_worksheet(), set, form, paper, &styles).map_err(xlsx_error)?;
    guide_sheet(workbook.add_worksheet(), set, form).map_err(xlsx_error)?;
    lists_sheet(workbook.add_worksheet(), form, &styles).map_err(xlsx_error)?;
    identity_sheet(workbook.add_worksheet(), set, form).map_err(xlsx_error)?;
    finish(workbook, meta)
}

fn protect(sheet: &mut Worksheet) {
    let options = ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::default()
    };
    sheet.protect_with_options(&options);
}

fn form_sheet(
    sheet: &mut Worksheet,
    set: &FormSet,
    form: &FormView,
    paper: Paper,
    s: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(SHEET_FORM)?;
    sheet.set_active(true);
    let widths: [(u16, f64); 20] = [
        (Layout::NO, 5.0),
        (Layout::CODE, 19.0),
        (Layout::NAME, 36.0),
        (Layout::INDICATOR, 28.0),
        (Layout::UNIT, 11.0),
        (Layout::TARGET, 10.0),
        (Layout::AID, 12.0),
        (Layout::LOCATION, 22.0),
        (Layout::SOURCE, 15.0),
        (Layout::ALLOCATION, 17.0),
        (Layout::output(0), 11.0),
        (Layout::spent(0), 16.0),
        (Layout::output(1), 11.0),
        (Layout::spent(1), 16.0),
        (Layout::output(2), 11.0),
        (Layout::spent(2), 16.0),
        (Layout::output(3), 11.0),
        (Layout::spent(3), 16.0),
        (Layout::TOTAL, 17.0),
        (Layout::NOTES, 32.0),
    ];
    for (col, width) in widths {
        sheet.set_column_width(col, width)?;
    }
    let last = Layout::LAST;
    let owner = match &form.parent {
        Some((_, parent)) => format!(
            "Perangkat Daerah: {} ({}), unit pada {}",
            form.owner_name, form.owner, parent
        ),
        None => format!("Perangkat Daerah: {} ({})", form.owner_name, form.owner),
    };
    sheet.merge_range(
        0,
        0,
        0,
        last,
        "FORMULIR REALISASI RENCANA AKSI TAHUNAN (RAT) PENANGGULANGAN KEMISKINAN",
        &s.title,
    )?;
    sheet.merge_range(
        1,
        0,
        1,
        last,
        &format!(
            "{} — Tahun Anggaran {} (RPKD {})",
            set.identity.region, form.year, set.identity.period
        ),
        &s.subtitle,
    )?;
    sheet.merge_range(2, 0, 2, last, &owner, &s.subtitle)?;
    sheet.merge_range(
        3,
        0,
        3,
        last,
        "Isi hanya sel berwarna kuning: keluaran dan realisasi anggaran setiap triwulan (bukan \
         kumulatif) dan keterangan. Petunjuk lengkap ada pada lembar Petunjuk.",
        &s.note,
    )?;

    // Header: two rows, then the column numbers.
    let h = Layout::HEADER_FIRST;
    let single = [
        (Layout::NO, "No"),
        (Layout::CODE, "Kode Sub Kegiatan"),
        (Layout::NAME, "Sub Kegiatan"),
        (Layout::INDICATOR, "Indikator Keluaran"),
        (Layout::UNIT, "Satuan"),
        (Layout::TARGET, "Target"),
        (Layout::AID, "Jenis Bantuan"),
        (Layout::LOCATION, "Lokasi"),
        (Layout::SOURCE, "Sumber Dana"),
        (Layout::ALLOCATION, "Alokasi (Rp)"),
        (Layout::TOTAL, "Jumlah Realisasi (Rp)"),
        (Layout::NOTES, "Keterangan"),
    ];
    for (col, label) in single {
        sheet.merge_range(h, col, h + 1, col, label, &s.header)?;
    }
    for (q, label) in QUARTERS.iter().enumerate() {
        sheet.merge_range(h, Layout::output(q), h, Layout::spent(q), label, &s.header)?;
        sheet.write_string_with_format(h + 1, Layout::output(q), "Keluaran", &s.header)?;
        sheet.write_string_with_format(h + 1, Layout::spent(q), "Realisasi (Rp)", &s.header)?;
    }
    sheet.set_row_height(h, 30)?;
    sheet.set_row_height(h + 1, 30)?;
    for col in 0..=last {
        sheet.write_string_with_format(h + 2, col, format!("({})", col + 1), &s.number_header)?;
    }

    let mut row = Layout::FIRST_LINE;
    for (number, line) in form.lines.iter().enumerate() {
        write_line(sheet, row, number + 1, line, s)?;
        row += line.sources.len() as u32;
    }
    let lines_end = row;
    if form.lines.is_empty() {
        sheet.merge_range(
            row,
            0,
            row,
            last,
            "Tidak ada baris RAT tahun ini untuk perangkat daerah ini.",
            &s.note,
        )?;
    }
    validations(sheet, lines_end)?;

    let mut print_end = lines_end.max(Layout::FIRST_LINE);
    if let Some(proposal_year) = form.proposal_year {
        print_end = proposals(sheet, form, proposal_year, s)?;
    }

    sheet.set_freeze_panes(Layout::FIRST_LINE, Layout::NAME)?;
    sheet.set_landscape();
    sheet.set_paper_size(match paper {
        Paper::A4 => 9,
        Paper::F4 => 14,
    });
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(h, h + 2)?;
    sheet.set_print_area(0, 0, print_end, last)?;
    sheet.set_margins(0.4, 0.4, 0.6, 0.6, 0.3, 0.3);
    sheet.set_footer("&L&8rpkd — &F&R&8Halaman &P dari &N");
    protect(sheet);
    Ok(())
}

/// A line: its first row carries everything; further rows one more source each.
fn write_line(
    sheet: &mut Worksheet,
    row: u32,
    number: usize,
    line: &FormLine,
    s: &Styles,
) -> Result<(), XlsxError> {
    let rows = line.sources.len() as u32;
    let last = row + rows - 1;
    // Columns that belong to the line rather than a source: one cell over all its rows.
    let span = |sheet: &mut Worksheet, col: u16, format: &Format| -> Result<(), XlsxError> {
        if rows > 1 {
            sheet.merge_range(row, col, last, col, "", format)?;
        }
        Ok(())
    };
    for col in [
        Layout::NO,
        Layout::CODE,
        Layout::NAME,
        Layout::INDICATOR,
        Layout::UNIT,
        Layout::TARGET,
        Layout::AID,
        Layout::LOCATION,
    ] {
        span(sheet, col, &s.text)?;
    }
    for q in 0..4 {
        span(sheet, Layout::output(q), &s.open_quantity)?;
    }
    span(sheet, Layout::NOTES, &s.open_text)?;

    // Row heights are set, not left to the reader: LibreOffice does not grow a row for
    // wrapped text it imports from a workbook.
    let lines = [
        (line.name.chars().count(), 36),
        (line.indicator.chars().count(), 28),
        (line.locations.chars().count(), 22),
        (line.notes.as_ref().map_or(0, |n| n.chars().count()), 32),
    ]
    .iter()
    .map(|(len, width)| len.div_ceil(*width).max(1))
    .max()
    .unwrap_or(1);
    let per_row = (lines as f64 / rows as f64).ceil().max(1.0);
    for r in row..=last {
        sheet.set_row_height(r, 15.0 * per_row)?;
    }
    sheet.write_number_with_format(row, Layout::NO, number as f64, &s.code)?;
    sheet.write_string_with_format(row, Layout::CODE, &line.code, &s.code)?;
    sheet.write_string_with_format(row, Layout::NAME, &line.name, &s.text)?;
    sheet.write_string_with_format(row, Layout::INDICATOR, &line.indicator, &s.text)?;
    sheet.write_string_with_format(row, Layout::UNIT, &line.unit, &s.text)?;
    sheet.write_number_with_format(row, Layout::TARGET, line.target, &s.quantity)?;
    sheet.write_string_with_format(row, Layout::AID, line.aid.label(), &s.text)?;
    let locations = if line.locations.is_empty() {
        "Seluruh wilayah"
    } else {
        line.locations.as_str()
    };
    sheet.write_string_with_format(row, Layout::LOCATION, locations, &s.text)?;
    for q in 0..4 {
        match &line.quarters[q] {
            Some(f) => sheet.write_number_with_format(
                row,
                Layout::output(q),
                f.output,
                &s.open_quantity,
            )?,
            None => sheet.write_blank(row, Layout::output(q), &s.open_quantity)?,
        };
    }
    match &line.notes {
        Some(notes) => sheet.write_string_with_format(row, Layout::NOTES, notes, &s.open_text)?,
        None => sheet.write_blank(row, Layout::NOTES, &s.open_text)?,
    };
    for (i, (source, allocation)) in line.sources.iter().enumerate() {
        let r = row + i as u32;
        sheet.write_string_with_format(r, Layout::SOURCE, source.label(), &s.text)?;
        sheet.write_number_with_format(r, Layout::ALLOCATION, allocation.0 as f64, &s.rupiah)?;
        let mut total = 0u64;
        for q in 0..4 {
            match &line.quarters[q] {
                Some(f) => {
                    let amount = f.spent.get(i).map_or(0, |a| a.0);
                    total += amount;
                    sheet.write_number_with_format(
                        r,
                        Layout::spent(q),
                        amount as f64,
                        &s.open_rupiah,
                    )?
                }
                None => sheet.write_blank(r, Layout::spent(q), &s.open_rupiah)?,
            };
        }
        let cells: Vec<String> = (0..4).map(|q| cell_name(r, Layout::spent(q))).collect();
        let formula =
            Formula::new(format!("=SUM({})", cells.join(","))).set_result(total.to_string());
        sheet.write_formula_with_format(r, Layout::TOTAL, formula, &s.total)?;
    }
    Ok(())
}

/// `L9`: a cell's A1 name (0-based row and column).
fn cell_name(row: u32, col: u16) -> String {
    format!(
        "{}{}",
        crate::source::column_letters(u32::from(col)),
        row + 1
    )
}

fn whole_rupiah(first_row: u32, col: u16) -> Result<DataValidation, XlsxError> {
    let cell = cell_name(first_row, col);
    Ok(DataValidation::new()
        .allow_custom(Formula::new(format!(
            "=AND(ISNUMBER({cell}),{cell}>=0,{cell}=INT({cell}),{cell}<=100000000000000)"
        )))
        .set_error_title("Rupiah utuh")
        .and_then(|v| {
            v.set_error_message(
                "Isi dengan rupiah utuh, 0 atau lebih, tanpa desimal dan tanpa pemisah ribuan \
                 (misalnya 1500000).",
            )
        })?
        .set_error_style(DataValidationErrorStyle::Stop))
}

fn non_negative() -> Result<DataValidation, XlsxError> {
    DataValidation::new()
        .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0))
        .set_error_title("Keluaran")
        .and_then(|v| v.set_error_message("Isi dengan angka 0 atau lebih, dalam satuan target."))
}

fn validations(sheet: &mut Worksheet, end: u32) -> Result<(), XlsxError> {
    if end <= Layout::FIRST_LINE {
        return Ok(());
    }
    let (first, last) = (Layout::FIRST_LINE, end - 1);
    for q in 0..4 {
        sheet.add_data_validation(
            first,
            Layout::output(q),
            last,
            Layout::output(q),
            &non_negative()?,
        )?;
        sheet.add_data_validation(
            first,
            Layout::spent(q),
            last,
            Layout::spent(q),
            &whole_rupiah(first, Layout::spent(q))?,
        )?;
    }
    Ok(())
}

/// The proposals' table: a header, then open rows for new lines of `year`. Returns the last
/// row used.
fn proposals(
    sheet: &mut Worksheet,
    form: &FormView,
    year: u16,
    s: &Styles,
) -> Result<u32, XlsxError> {
    let header = form.proposal_header_row();
    sheet.merge_range(
        header,
        0,
        header,
        Layout::LAST,
        &format!(
            "USULAN BARIS RAT TAHUN {year}: satu baris per sumber dana; isi kode sub kegiatan \
             (pilih dari daftar), target, jenis bantuan, lokasi, sumber dana, alokasi dan \
             keterangan"
        ),
        &s.section,
    )?;
    let first = header + 1;
    let rows = form.proposal_rows();
    let last = first + rows - 1;
    let list_end = form.proposable.len().max(1) + 1;
    for r in first..=last {
        let n = r - first + 1;
        sheet.write_string_with_format(r, Layout::NO, format!("U{n}"), &s.code)?;
        sheet.write_blank(r, Layout::CODE, &s.open_text)?;
        let code = cell_name(r, Layout::CODE);
        for (col, index) in [(Layout::NAME, 2), (Layout::INDICATOR, 3), (Layout::UNIT, 4)] {
            let formula = Formula::new(format!(
                "=IF({code}=\"\",\"\",IFERROR(VLOOKUP({code},{SHEET_LISTS}!$A$2:$D${list_end},{index},FALSE),\"\"))"
            ))
            .set_result("");
            sheet.write_formula_with_format(r, col, formula, &s.text)?;
        }
        sheet.write_blank(r, Layout::TARGET, &s.open_quantity)?;
        for col in [Layout::AID, Layout::LOCATION, Layout::SOURCE, Layout::NOTES] {
            sheet.write_blank(r, col, &s.open_text)?;
        }
        sheet.write_blank(r, Layout::ALLOCATION, &s.open_rupiah)?;
        for col in Layout::output(0)..=Layout::TOTAL {
            sheet.write_blank(r, col, &s.grey)?;
        }
    }
    let codes = DataValidation::new()
        .allow_list_formula(Formula::new(format!("={SHEET_LISTS}!$A$2:$A${list_end}")))
        .set_error_title("Kode sub kegiatan")
        .and_then(|v| {
            v.set_error_message(
                "Pilih kode sub kegiatan dari daftar: hanya sub kegiatan perangkat daerah Anda \
                 yang belum ada dalam RAT tahun itu.",
            )
        })?;
    sheet.add_data_validation(first, Layout::CODE, last, Layout::CODE, &codes)?;
    let aid_end = 1 + AidKind::ALL.len();
    let aid = DataValidation::new()
        .allow_list_formula(Formula::new(format!("={SHEET_LISTS}!$F$2:$F${aid_end}")));
    sheet.add_data_validation(first, Layout::AID, last, Layout::AID, &aid)?;
    let source_end = 1 + FundingSource::ALL.len();
    let sources = DataValidation::new()
        .allow_list_formula(Formula::new(format!("={SHEET_LISTS}!$H$2:$H${source_end}")));
    sheet.add_data_validation(first, Layout::SOURCE, last, Layout::SOURCE, &sources)?;
    sheet.add_data_validation(
        first,
        Layout::TARGET,
        last,
        Layout::TARGET,
        &non_negative()?,
    )?;
    sheet.add_data_validation(
        first,
        Layout::ALLOCATION,
        last,
        Layout::ALLOCATION,
        &whole_rupiah(first, Layout::ALLOCATION)?,
    )?;
    Ok(last)
}

fn guide_sheet(sheet: &mut Worksheet, set: &FormSet, form: &FormView) -> Result<(), XlsxError> {
    sheet.set_name(SHEET_GUIDE)?;
    sheet.set_column_width(0, 72)?;
    sheet.set_paper_size(9);
    sheet.set_margins(0.8, 0.8, 0.8, 0.8, 0.3, 0.3);
    let title = Format::new().set_bold().set_font_size(13);
    let heading = Format::new().set_bold();
    let para = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let proposal = match form.proposal_year {
        Some(year) => format!(
            "Di bawah baris-baris tersebut terdapat tabel USULAN BARIS RAT TAHUN {year}. Bila \
             Anda mengusulkan sub kegiatan untuk RAT tahun {year}, isi satu baris per sumber \
             dana: pilih kode sub kegiatan dari daftar (nama, indikator dan satuannya terisi \
             sendiri), lalu isi target keluaran, jenis bantuan, lokasi (nama kecamatan atau \
             kecamatan/kelurahan seperti dalam RPKD, dipisahkan titik koma; kosongkan untuk \
             seluruh wilayah), sumber dana, alokasi dalam rupiah utuh dan keterangan. Sub \
             kegiatan yang dibiayai beberapa sumber dana ditulis dalam beberapa baris dengan \
             kode yang sama. Usulan ditinjau Bappeda sebelum dimasukkan ke dalam RAT."
        ),
        None => "Formulir ini tidak memuat tabel usulan: tidak ada sub kegiatan Anda yang dapat \
                 diusulkan untuk RAT tahun berikutnya, karena semuanya sudah tercantum di dalam \
                 RAT tersebut atau karena tahun berikutnya berada di luar periode RPKD."
            .to_owned(),
    };
    let paragraphs: Vec<(Option<&str>, String)> = vec![
        (
            None,
            format!(
                "Formulir ini disusun oleh Bappeda {} dari Rencana Aksi Tahunan (RAT) \
                 Penanggulangan Kemiskinan Tahun {} untuk {} ({}). Formulir ini hanya berlaku \
                 untuk perangkat daerah, tahun dan rencana tersebut.",
                set.identity.region, form.year, form.owner_name, form.owner
            ),
        ),
        (
            Some("1. Yang perlu Anda isi"),
            "Pada lembar Realisasi, isi hanya sel berwarna kuning. Untuk setiap triwulan, \
             tuliskan keluaran yang dicapai dalam satuan target dan realisasi anggaran dalam \
             rupiah pada triwulan itu saja, bukan jumlah kumulatif sejak awal tahun. Baris yang \
             dibiayai lebih dari satu sumber dana mempunyai satu baris per sumber dana: isi \
             realisasi setiap sumber dana pada barisnya, dan keluarannya sekali pada baris \
             pertama. Kolom Keterangan dapat Anda pakai untuk menjelaskan keterlambatan, \
             perubahan lokasi atau hal lain yang perlu diketahui Bappeda."
                .into(),
        ),
        (
            Some("2. Cara menulis angka"),
            "Tuliskan rupiah sebagai bilangan bulat tanpa titik, koma atau tulisan Rp, misalnya \
             1500000 untuk satu setengah juta rupiah; sel akan menampilkannya sebagai 1.500.000. \
             Keluaran boleh berupa bilangan desimal. Bila suatu triwulan tidak ada realisasi, \
             tuliskan 0; sel kosong berarti triwulan itu belum dilaporkan. Bila keluaran atau \
             realisasi suatu triwulan diisi, isi juga sel lainnya pada triwulan yang sama. \
             Rumus boleh dipakai pada sel kuning, asalkan hasilnya berupa angka."
                .into(),
        ),
        (
            Some("3. Yang tidak boleh diubah"),
            "Kolom berwarna abu-abu (kode, sub kegiatan, indikator, satuan, target, jenis \
             bantuan, lokasi, sumber dana dan alokasi) berasal dari RAT dan dikunci. Jangan \
             menyisipkan, menghapus, memindahkan atau menggabungkan baris dan kolom, dan jangan \
             mengubah nama lembar. Formulir yang bagian terkuncinya diubah akan ditolak pada \
             saat dimasukkan ke dalam rencana, demikian pula formulir untuk perangkat daerah, \
             tahun atau rencana lain, atau formulir lama yang barisnya telah berubah di dalam \
             RAT."
                .into(),
        ),
        (Some("4. Usulan untuk tahun berikutnya"), proposal),
        (
            Some("5. Pengiriman"),
            "Simpan formulir dalam format Excel (.xlsx) dengan nama berkas yang sama, lalu \
             kirimkan kepada Bappeda. Formulir dapat diisi dengan Microsoft Excel atau \
             LibreOffice Calc. Bappeda memasukkan angka-angka Anda ke dalam rencana dengan \
             perintah rpkd impor, yang memeriksa setiap sel terlebih dahulu: bila ada sel yang \
             keliru, tidak ada angka yang dimasukkan dan Anda akan menerima daftar sel yang \
             perlu diperbaiki, misalnya Realisasi!L12."
                .into(),
        ),
    ];
    sheet.write_string_with_format(0, 0, "PETUNJUK PENGISIAN FORMULIR REALISASI RAT", &title)?;
    let mut row = 2;
    for (head, text) in paragraphs {
        if let Some(head) = head {
            sheet.write_string_with_format(row, 0, head, &heading)?;
            row += 1;
        }
        let lines = text.chars().count() / 64 + 1;
        sheet.set_row_height(row, 15.5 * lines as f64)?;
        sheet.write_string_with_format(row, 0, &text, &para)?;
        row += 2;
    }
    sheet.set_print_fit_to_pages(1, 0);
    protect(sheet);
    Ok(())
}

fn lists_sheet(sheet: &mut Worksheet, form: &FormView, s: &Styles) -> Result<(), XlsxError> {
    sheet.set_name(SHEET_LISTS)?;
    for (col, width) in [
        (0, 19.0),
        (1, 40.0),
        (2, 30.0),
        (3, 12.0),
        (5, 16.0),
        (7, 26.0),
    ] {
        sheet.set_column_width(col, width)?;
    }
    let heads = [
        (0, "Kode Sub Kegiatan"),
        (1, "Sub Kegiatan yang dapat diusulkan"),
        (2, "Indikator Keluaran"),
        (3, "Satuan"),
        (5, "Jenis Bantuan"),
        (7, "Sumber Dana"),
    ];
    for (col, head) in heads {
        sheet.write_string_with_format(0, col, head, &s.header)?;
    }
    for (i, p) in form.proposable.iter().enumerate() {
        let r = i as u32 + 1;
        sheet.write_string(r, 0, &p.code)?;
        sheet.write_string(r, 1, &p.name)?;
        sheet.write_string(r, 2, &p.indicator)?;
        sheet.write_string(r, 3, &p.unit)?;
    }
    for (i, aid) in AidKind::ALL.iter().enumerate() {
        sheet.write_string(i as u32 + 1, 5, aid.label())?;
    }
    for (i, source) in FundingSource::ALL.iter().enumerate() {
        sheet.write_string(i as u32 + 1, 7, source.label())?;
    }
    protect(sheet);
    Ok(())
}

fn identity_sheet(sheet: &mut Worksheet, set: &FormSet, form: &FormView) -> Result<(), XlsxError> {
    sheet.set_name(SHEET_IDENTITY)?;
    let pairs: [(&str, String); 8] = [
        ("format", FORMAT.to_owned()),
        ("rencana", set.identity.text()),
        ("tahun", form.year.to_string()),
        ("perangkat_daerah", form.owner.clone()),
        (
            "tahun_usulan",
            form.proposal_year
                .map(|y| y.to_string())
                .unwrap_or_default(),
        ),
        ("sidik_jari", form.fingerprint.clone()),
        ("baris_pertama", (Layout::FIRST_LINE + 1).to_string()),
        (
            "baris_usulan",
            if form.proposal_year.is_some() {
                (form.proposal_header_row() + 2).to_string()
            } else {
                String::new()
            },
        ),
    ];
    for (r, (key, value)) in pairs.iter().enumerate() {
        sheet.write_string(r as u32, 0, *key)?;
        sheet.write_string(r as u32, 1, value)?;
    }
    let head = [
        "baris",
        "sub_kegiatan",
        "perangkat_daerah",
        "sumber_dana",
        "sidik_jari_baris",
        "tw1_keluaran",
        "tw1_anggaran",
        "tw2_keluaran",
        "tw2_anggaran",
        "tw3_keluaran",
        "tw3_anggaran",
        "tw4_keluaran",
        "tw4_anggaran",
        "keterangan",
    ];
    for (c, h) in head.iter().enumerate() {
        sheet.write_string(Layout::IDENTITY_TABLE, c as u16, *h)?;
    }
    let mut r = Layout::IDENTITY_TABLE + 1;
    let mut form_row = Layout::FIRST_LINE;
    for line in &form.lines {
        for (i, (source, _)) in line.sources.iter().enumerate() {
            sheet.write_number(r, 0, f64::from(form_row + 1))?;
            sheet.write_string(r, 1, &line.code)?;
            sheet.write_string(r, 2, line.executor.as_deref().unwrap_or(""))?;
            sheet.write_string(r, 3, source.key())?;
            sheet.write_string(r, 4, &line.fingerprint)?;
            for q in 0..4 {
                if let Some(f) = &line.quarters[q] {
                    if i == 0 {
                        sheet.write_number(r, 5 + 2 * q as u16, f.output)?;
                    }
                    let amount = f.spent.get(i).map_or(0, |a| a.0);
                    sheet.write_number(r, 6 + 2 * q as u16, amount as f64)?;
                }
            }
            if i == 0
                && let Some(notes) = &line.notes
            {
                sheet.write_string(r, 13, notes)?;
            }
            r += 1;
            form_row += 1;
        }
    }
    sheet.set_hidden(true);
    protect(sheet);
    Ok(())
}
