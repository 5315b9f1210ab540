//! Fuzz the loader, validator, diagnostic printers and (for inputs that pass) the renderers:
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run check_plan` (see `docs/performance.md`).

#![no_main]

#[path = "../harness.rs"]
mod harness;

use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

fn plan() -> &'static PathBuf {
    static PLAN: OnceLock<PathBuf> = OnceLock::new();
    PLAN.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("rpkd-fuzz-{}", std::process::id()));
        harness::plan_in(&dir)
    })
}

fuzz_target!(|input: &[u8]| {
    harness::run(plan(), input);
});
