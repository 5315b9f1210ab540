//! The committed fuzz corpus (`fuzz/corpus/check_plan`, kept small with `cargo fuzz cmin`),
//! replayed on every `cargo test` through the fuzz target's own harness: every input that once
//! reached new code must still be reported, or rendered, without a panic.

#[path = "../fuzz/harness.rs"]
mod harness;

use std::fs;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

/// The inputs that panic, each run against the base plan in memory.
fn panicking(inputs: &[PathBuf]) -> Vec<String> {
    let plan = harness::base();
    let mut panicked = Vec::new();
    for path in inputs {
        let input = fs::read(path).unwrap();
        if catch_unwind(AssertUnwindSafe(|| harness::run(&plan, &input))).is_err() {
            panicked.push(path.display().to_string());
        }
    }
    panicked
}

#[test]
fn every_corpus_input_is_reported_or_rendered_without_a_panic() {
    let mut inputs: Vec<PathBuf> = fs::read_dir("fuzz/corpus/check_plan")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 13, "the corpus lost its seeds");
    let panicked = panicking(&inputs);
    assert!(panicked.is_empty(), "panicked on {panicked:?}");
}
