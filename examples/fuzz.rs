//! A mutation fuzzer for the loader and validator: random edits of a valid plan (inserted YAML
//! syntax, deleted spans, swapped lines, hostile scalars), each checked and rendered in every
//! diagnostic format. A panic is a bug; a run reports executions and any panics with the input
//! that caused them (written to `target/fuzz-crashes/`).
//!
//! `cargo run --release --example fuzz -- --seconds 1800 [--seed N]`

use std::fs;
use std::panic;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const NOISE: &[&str] = &[
    ":",
    "-",
    " ",
    "\n",
    "\t",
    "[",
    "]",
    "{",
    "}",
    "&a",
    "*a",
    "<<: *a",
    "!!str",
    "!!binary",
    "\"",
    "'",
    "#",
    "~",
    "|",
    ">",
    "-1",
    "1e999",
    "99999999999999999999999",
    "0x1F",
    "0o17",
    ".inf",
    ".nan",
    "é",
    "\u{feff}",
    "\u{0}",
    "2025",
    "2100-13-40",
    ",",
    "%",
    "---\n",
    "...\n",
    "? ",
    "\r\n",
    "null",
    "true",
    "yes",
    "[[[[[[[[",
    "{{{{{{",
    "&b [*b]",
    "Rp1.500.000",
    "5,19",
    "✓",
    "\u{202e}",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

fn mutate(rng: &mut Rng, text: &str) -> String {
    let mut text = text.to_owned();
    for _ in 0..1 + rng.below(6) {
        if text.is_empty() {
            text.push_str(NOISE[rng.below(NOISE.len())]);
            continue;
        }
        let mut at = rng.below(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        match rng.below(4) {
            0 => text.insert_str(at, NOISE[rng.below(NOISE.len())]),
            1 => {
                let mut end = (at + 1 + rng.below(40)).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                text.replace_range(at..end, "");
            }
            2 => {
                let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
                let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
                lines.swap(a, b);
                text = lines.join("\n");
            }
            _ => {
                // Duplicate a line: duplicate keys, repeated items.
                let lines: Vec<&str> = text.lines().collect();
                let line = lines[rng.below(lines.len())].to_owned();
                let mut at = rng.below(text.len());
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                text.insert_str(at, &format!("\n{line}\n"));
            }
        }
    }
    text
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse::<u64>().ok())
    };
    let seconds = value("--seconds").unwrap_or(60);
    let mut rng = Rng(value("--seed").unwrap_or(0x5eed_f00d_1234_5678) | 1);
    let work = std::env::temp_dir().join(format!("rpkd-fuzz-{}", std::process::id()));
    let plan = work.join("plan");
    if let Err(e) = copy_dir(Path::new("tests/fixtures/base"), &plan) {
        eprintln!("error: cannot copy the base plan ({e})");
        std::process::exit(1);
    }
    let files = [
        "rpkd.yaml",
        "program/dinsos.yaml",
        "program/perkim.yaml",
        "rat/2025.yaml",
        "narasi/latar-belakang.md",
    ];
    let originals: Vec<String> = files
        .iter()
        .map(|f| fs::read_to_string(plan.join(f)).unwrap_or_default())
        .collect();
    panic::set_hook(Box::new(|_| {}));
    let crashes_dir = PathBuf::from("target/fuzz-crashes");
    let start = Instant::now();
    let (mut runs, mut with_errors, mut crashes) = (0u64, 0u64, 0u64);
    let mut slowest = Duration::ZERO;
    while start.elapsed() < Duration::from_secs(seconds) {
        let which = rng.below(files.len());
        let text = mutate(&mut rng, &originals[which]);
        let _ = fs::write(plan.join(files[which]), &text);
        let t = Instant::now();
        let outcome = panic::catch_unwind(|| {
            let checked = rpkd::check(&plan).map_err(|e| e.to_string())?;
            let batch = [(&checked.sources, checked.diagnostics.as_slice())];
            for format in [
                rpkd::diag::render::Format::Human,
                rpkd::diag::render::Format::Json,
                rpkd::diag::render::Format::Github,
            ] {
                rpkd::diag::render::render(format, &batch, false);
            }
            Ok::<usize, String>(checked.errors())
        });
        slowest = slowest.max(t.elapsed());
        runs += 1;
        match outcome {
            Ok(Ok(errors)) if errors > 0 => with_errors += 1,
            Ok(_) => {}
            Err(_) => {
                crashes += 1;
                let _ = fs::create_dir_all(&crashes_dir);
                let _ = fs::write(
                    crashes_dir.join(format!(
                        "crash-{crashes}-{}",
                        files[which].replace('/', "_")
                    )),
                    &text,
                );
            }
        }
        let _ = fs::write(plan.join(files[which]), &originals[which]);
    }
    let _ = fs::remove_dir_all(&work);
    println!(
        "{runs} executions in {} s ({:.0}/s), {with_errors} reported errors, {crashes} panics, slowest check {} ms",
        start.elapsed().as_secs(),
        runs as f64 / start.elapsed().as_secs_f64(),
        slowest.as_millis()
    );
    if crashes > 0 {
        std::process::exit(1);
    }
}
