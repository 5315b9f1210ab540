//! PDF speed: a 3,000-row matrix and the example plan, each the median of several runs.
//!
//! `cargo bench --bench pdf` (release). A benchmark, not a test: it prints figures and fails
//! nothing. The prototype the project measured first did 3,000 rows (188 pages) in 0.66 s.

use rpkd::render::pdf::layout::Paper;
use rpkd::render::pdf::{PdfOptions, lay_out, pdf};
use rpkd::render::{Document, OutputFormat};
use std::path::Path;
use std::time::{Duration, Instant};

const RUNS: usize = 7;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn time<T>(mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut times = Vec::with_capacity(RUNS);
    let mut last = None;
    for _ in 0..RUNS {
        let start = Instant::now();
        last = Some(f());
        times.push(start.elapsed());
    }
    (median(times), last.expect("at least one run"))
}

/// A 12-column matrix of `rows` rows in landscape, like the RPKD's lampiran.
fn matrix(rows: usize) -> Document {
    let mut md = String::from(
        "<!-- rpkd:landscape -->\n\n# LAMPIRAN MATRIKS\n\n**Tabel L.1** Matriks uji\n\n| No | Kode | Sub kegiatan | Indikator | Satuan | Target 2025 | Target 2026 | Target 2027 | Pagu 2025 | Pagu 2026 | Pagu 2027 | Perangkat daerah |\n|---:|---|---|---|---|---:|---:|---:|---:|---:|---:|---|\n",
    );
    for i in 1..=rows {
        md.push_str(&format!(
            "| {i} | 1.06.05.2.{:02}.{:04} | Penyediaan layanan dasar bagi keluarga miskin {i} | Jumlah keluarga penerima manfaat | KK | {} | {} | {} | Rp{}.500.000.000 | Rp{}.600.000.000 | Rp{}.700.000.000 | Dinas Sosial |\n",
            i % 99,
            i,
            1000 + i,
            1100 + i,
            1200 + i,
            i % 9 + 1,
            i % 9 + 1,
            i % 9 + 1
        ));
    }
    Document {
        stem: "matriks".into(),
        title: "Matriks uji".into(),
        markdown: md,
        charts: Vec::new(),
        logo: None,
        pdf: PdfOptions {
            paper: Paper::A4,
            header: "Matriks uji".into(),
            author: "Pemerintah Kota Uji".into(),
            keywords: "uji".into(),
            date: "20250101000000".into(),
            labels: rpkd::render::pdf::layout::Labels::indonesian(),
        },
    }
}

fn main() {
    let doc = matrix(3_000);
    let (layout_time, layout) = time(|| lay_out(&doc, &doc.pdf));
    let (total, bytes) = time(|| pdf(&doc, &doc.pdf).expect("the matrix renders"));
    println!(
        "3,000-row matrix: {} pages, {} KB; layout {:.0} ms, layout + write {:.0} ms (median of {RUNS})",
        layout.pages.len(),
        bytes.len() / 1024,
        layout_time.as_secs_f64() * 1000.0,
        total.as_secs_f64() * 1000.0
    );
    let doc = matrix(300);
    let (small, _) = time(|| pdf(&doc, &doc.pdf).expect("the matrix renders"));
    println!(
        "300-row matrix: {:.0} ms; ratio 3,000/300 rows = {:.1} (10 means linear)",
        small.as_secs_f64() * 1000.0,
        total.as_secs_f64() / small.as_secs_f64()
    );

    let plan = Path::new("plans/kota-tangerang");
    let (check, checked) = time(|| rpkd::check(plan).expect("the example plan loads"));
    let (pdfs, files) = time(|| {
        rpkd::render_plan(&checked, &[OutputFormat::Pdf], None)
            .expect("the example renders")
            .files
    });
    let (all, _) = time(|| {
        rpkd::render_plan(
            &checked,
            &[
                OutputFormat::Markdown,
                OutputFormat::Html,
                OutputFormat::Pdf,
            ],
            None,
        )
        .expect("the example renders")
    });
    let sizes: Vec<String> = files
        .iter()
        .map(|f| format!("{} {} KB", f.name, f.bytes.len() / 1024))
        .collect();
    println!(
        "example plan: check {:.0} ms, three PDFs {:.0} ms ({}), all formats {:.0} ms (medians of {RUNS})",
        check.as_secs_f64() * 1000.0,
        pdfs.as_secs_f64() * 1000.0,
        sizes.join(", "),
        all.as_secs_f64() * 1000.0
    );
}
