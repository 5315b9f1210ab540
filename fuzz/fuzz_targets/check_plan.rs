//! Fuzz the loader, validator, diagnostic printers and (for inputs that pass) the renderers:
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run check_plan` (see `docs/performance.md`).

#![no_main]

#[path = "../harness.rs"]
mod harness;

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn plan() -> &'static rpkd::load::Memory {
    static PLAN: OnceLock<rpkd::load::Memory> = OnceLock::new();
    PLAN.get_or_init(harness::base)
}

fuzz_target!(|input: &[u8]| {
    harness::run(plan(), input);
});
