//! What one fuzz input does, shared by the fuzz target and the corpus replay in `cargo test`:
//! the input's first byte picks a file of the base plan (`tests/fixtures/base`), the rest
//! becomes that file's bytes (any bytes: invalid UTF-8 is an input like another); then the plan
//! is checked and the report printed in every format, and a plan with no error is rendered to
//! Markdown, HTML and PDF in memory. Anything may be reported; nothing may panic or hang.

use std::fs;
use std::path::{Path, PathBuf};

/// The files an input can replace, with the base plan's own text.
pub const FILES: [(&str, &str); 5] = [
    (
        "rpkd.yaml",
        include_str!("../tests/fixtures/base/rpkd.yaml"),
    ),
    (
        "program/dinsos.yaml",
        include_str!("../tests/fixtures/base/program/dinsos.yaml"),
    ),
    (
        "program/perkim.yaml",
        include_str!("../tests/fixtures/base/program/perkim.yaml"),
    ),
    (
        "rat/2025.yaml",
        include_str!("../tests/fixtures/base/rat/2025.yaml"),
    ),
    (
        "narasi/latar-belakang.md",
        include_str!("../tests/fixtures/base/narasi/latar-belakang.md"),
    ),
];

/// A copy of the base plan in `dir`, to run inputs in.
pub fn plan_in(dir: &Path) -> PathBuf {
    let plan = dir.join("plan");
    for (name, text) in FILES {
        let path = plan.join(name);
        fs::create_dir_all(path.parent().expect("a folder")).expect("temp folder");
        fs::write(path, text).expect("temp file");
    }
    plan
}

/// Run one input against the plan in `plan`, then put the file back.
pub fn run(plan: &Path, input: &[u8]) {
    let Some((&which, bytes)) = input.split_first() else {
        return;
    };
    let (name, original) = FILES[usize::from(which) % FILES.len()];
    let path = plan.join(name);
    fs::write(&path, bytes).expect("temp file");
    if let Ok(checked) = rpkd::check(plan) {
        let batch = [(&checked.sources, checked.diagnostics.as_slice())];
        for format in [
            rpkd::diag::render::Format::Human,
            rpkd::diag::render::Format::Short,
            rpkd::diag::render::Format::Json,
            rpkd::diag::render::Format::Github,
        ] {
            rpkd::diag::render::render(format, &batch, false);
        }
        if checked.errors() == 0 {
            use rpkd::render::OutputFormat;
            let formats = [
                OutputFormat::Markdown,
                OutputFormat::Html,
                OutputFormat::Pdf,
            ];
            // A build may refuse (a character the font lacks); it may not panic.
            let _ = rpkd::render_plan(&checked, &formats, None);
        }
    }
    fs::write(&path, original).expect("temp file");
}
