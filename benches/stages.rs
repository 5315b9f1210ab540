//! Time each stage of the pipeline on the synthetic plans: load + validate, view, Markdown,
//! HTML, PDF layout, PDF write, and end to end. Medians of several runs.
//!
//! ```sh
//! for s in small medium large; do
//!   cargo run --release --example synth -- --scale $s --out target/synth-$s
//! done
//! cargo bench --bench stages
//! ```

use rpkd::render::{OutputFormat, Templates};
use std::path::Path;
use std::time::{Duration, Instant};

fn median<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        last = Some(f());
        times.push(start.elapsed());
    }
    times.sort();
    (times[times.len() / 2], last.expect("a run"))
}

fn ms(d: Duration) -> String {
    format!("{:.0}", d.as_secs_f64() * 1000.0)
}

fn main() {
    println!(
        "| scale | check | view | Markdown | HTML | PDF layout | PDF write | all formats | pages (RPKD) |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for scale in ["small", "medium", "large"] {
        let dir = format!("target/synth-{scale}");
        let dir = Path::new(&dir);
        if !dir.join("rpkd.yaml").is_file() {
            eprintln!("{}: missing (run the synth example first)", dir.display());
            continue;
        }
        let runs = if scale == "large" { 3 } else { 5 };
        let (check, checked) = median(runs, || rpkd::check(dir).expect("loads"));
        let (view, (rpkd_view, rats)) = median(runs, || {
            rpkd::view::build_views(&checked.plan, &checked.sources).expect("views")
        });
        let templates = Templates::new(&[]).expect("templates");
        let (markdown, docs) = median(runs, || {
            rpkd::render::documents(&templates, &rpkd_view, &rats, None, None).expect("documents")
        });
        let (html, _) = median(runs, || {
            docs.iter()
                .map(|d| {
                    rpkd::render::output_files(&templates, d, &[OutputFormat::Html])
                        .expect("html")
                        .len()
                })
                .sum::<usize>()
        });
        let (layout, layouts) = median(runs, || {
            docs.iter()
                .map(|d| rpkd::render::pdf::lay_out(d, &d.pdf))
                .collect::<Vec<_>>()
        });
        let pages = layouts[0].pages.len();
        drop(layouts);
        let (pdf, _) = median(runs, || {
            docs.iter()
                .map(|d| rpkd::render::pdf::pdf(d, &d.pdf).expect("pdf").len())
                .sum::<usize>()
        });
        let (all, _) = median(runs, || {
            let checked = rpkd::check(dir).expect("loads");
            rpkd::render_plan(
                &checked,
                &[
                    OutputFormat::Markdown,
                    OutputFormat::Html,
                    OutputFormat::Pdf,
                ],
                None,
            )
            .expect("renders")
            .files
            .len()
        });
        println!(
            "| {scale} | {} | {} | {} | {} | {} | {} | {} | {pages} |",
            ms(check),
            ms(view),
            ms(markdown),
            ms(html),
            ms(layout),
            ms(pdf.saturating_sub(layout)),
            ms(all)
        );
    }
}
