//! `rpkd banding` on the large synthetic plan against a version with 5% of its sub kegiatan
//! changed (a third each: pagu, name, target): both versions loaded and checked, the change set,
//! and the report in each format. Medians of several runs; the target is well under 2 s for the
//! comparison and its report.
//!
//! ```sh
//! cargo run --release --example synth -- --scale large --out target/synth-large
//! cargo bench --bench banding
//! ```

use rpkd::load::{Files, Limits, Memory};
use rpkd::render::OutputFormat;
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
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

/// The plan with every 20th sub kegiatan changed: its pagu, name or first target in turn.
fn changed(dir: &Path) -> (Memory, usize) {
    let mut memory = Memory::from_dir(dir).expect("reads the plan");
    let mut files = Vec::new();
    let mut stack = vec![std::path::PathBuf::from("program")];
    while let Some(folder) = stack.pop() {
        for entry in memory.list(&folder).expect("lists") {
            let path = folder.join(&entry.name);
            if entry.kind == rpkd::load::Kind::Dir {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut index = 0;
    let mut edited = 0;
    for path in files {
        let bytes = memory.read(&path, u64::MAX).expect("reads");
        let text = String::from_utf8(bytes).expect("UTF-8");
        let mut out = String::with_capacity(text.len() + 64);
        let mut pending: Option<usize> = None;
        for line in text.split_inclusive('\n') {
            if line.starts_with("          - kode: \"") {
                pending = (index % 20 == 0).then_some(index / 20 % 3);
                if pending.is_some() {
                    edited += 1;
                }
                index += 1;
            }
            let trimmed = line.trim_start();
            let line = match pending {
                Some(0)
                    if trimmed.starts_with("apbd: {2025: ")
                        || trimmed.contains(": {2025: ") && !trimmed.starts_with("target") =>
                {
                    pending = None;
                    line.replacen("{2025: ", "{2025: 1", 1)
                }
                Some(1) if trimmed.starts_with("nama: Penyediaan") => {
                    pending = None;
                    line.replacen("Penyediaan", "Pengadaan", 1)
                }
                Some(2) if trimmed.starts_with("target: {2025: ") => {
                    pending = None;
                    line.replacen("{2025: ", "{2025: 1", 1)
                }
                _ => line.to_owned(),
            };
            out.push_str(&line);
        }
        memory.insert(path, out);
    }
    (memory, edited)
}

fn main() {
    let dir = Path::new("target/synth-large");
    if !dir.join("rpkd.yaml").is_file() {
        eprintln!(
            "{}: missing (cargo run --release --example synth -- --scale large --out target/synth-large)",
            dir.display()
        );
        return;
    }
    let old_files = Memory::from_dir(dir).expect("reads the plan");
    let (new_files, edited) = changed(dir);
    let runs = 5;
    let limits = Limits::default();

    let (check, (old, new)) = median(runs, || {
        rayon::join(
            || rpkd::check_data(&old_files, limits).expect("loads"),
            || rpkd::check_data(&new_files, limits).expect("loads"),
        )
    });
    assert_eq!(
        old.errors() + new.errors(),
        0,
        "the synthetic plans are valid"
    );
    let version = |c: &'static rpkd::Checked, label: &str| rpkd::diff::Version {
        label: label.into(),
        plan: &c.plan,
        sources: &c.sources,
        diagnostics: &c.diagnostics,
    };
    let old: &'static rpkd::Checked = Box::leak(Box::new(old));
    let new: &'static rpkd::Checked = Box::leak(Box::new(new));
    let (diff, changes) = median(runs, || {
        rpkd::diff::compare(&version(old, "lama"), &version(new, "baru"))
    });
    let lines = changes.summary.counts[2].old;
    let changed = changes.summary.counts[2].changed;
    assert_eq!(changed, edited, "every edited line reported once");
    let compared = rpkd::banding::Compared {
        old: rpkd::check_data(&old_files, limits).expect("loads"),
        new: rpkd::check_data(&new_files, limits).expect("loads"),
        changes,
    };
    let row = |name: &str, formats: &[OutputFormat]| {
        let (t, files) = median(runs, || {
            rpkd::banding::render_report(&compared, formats, None).expect("renders")
        });
        let bytes: usize = files.iter().map(|f| f.bytes.len()).sum();
        (name.to_owned(), t, bytes)
    };
    let md = row("Markdown", &[OutputFormat::Markdown]);
    let html = row("HTML", &[OutputFormat::Html]);
    let pdf = row("PDF", &[OutputFormat::Pdf]);
    let (all, _) = median(runs, || {
        let (a, b) = rayon::join(
            || rpkd::check_data(&old_files, limits).expect("loads"),
            || rpkd::check_data(&new_files, limits).expect("loads"),
        );
        let changes = rpkd::diff::compare(
            &rpkd::diff::Version {
                label: "lama".into(),
                plan: &a.plan,
                sources: &a.sources,
                diagnostics: &a.diagnostics,
            },
            &rpkd::diff::Version {
                label: "baru".into(),
                plan: &b.plan,
                sources: &b.sources,
                diagnostics: &b.diagnostics,
            },
        );
        let compared = rpkd::banding::Compared {
            old: a,
            new: b,
            changes,
        };
        rpkd::banding::render_report(
            &compared,
            &[
                OutputFormat::Markdown,
                OutputFormat::Html,
                OutputFormat::Pdf,
            ],
            None,
        )
        .expect("renders")
    });

    println!(
        "large synthetic plan: {lines} sub kegiatan, {changed} changed ({:.1}%)",
        changed as f64 / lines as f64 * 100.0
    );
    println!("| stage | median of {runs} |");
    println!("|---|---:|");
    println!("| load + check both versions | {} |", ms(check));
    println!("| change set | {} |", ms(diff));
    for (name, t, bytes) in [md, html, pdf] {
        println!("| report, {name} ({} KB) | {} |", bytes / 1024, ms(t));
    }
    println!(
        "| end to end (check, compare, md + html + pdf) | {} |",
        ms(all)
    );
}
