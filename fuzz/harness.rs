//! What one fuzz input does, shared by the fuzz target and the corpus replay in `cargo test`:
//! the input's first byte picks a file of the base plan (`tests/fixtures/base`), the rest
//! becomes that file's bytes (any bytes: invalid UTF-8 is an input like another); then the plan
//! is checked and the report printed in every format, and a plan with no error is rendered to
//! Markdown, HTML and PDF in memory. Anything may be reported; nothing may panic or hang, and a plan that passes the check renders.
//! The plan is held in memory ([`rpkd::load::Memory`]): no file is written.

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

/// The base plan in memory, to run inputs against.
pub fn base() -> rpkd::load::Memory {
    let mut plan = rpkd::load::Memory::new("plan");
    for (name, text) in FILES {
        plan.insert(name, text);
    }
    plan
}

/// Run one input against a copy of `base` in memory.
pub fn run(base: &rpkd::load::Memory, input: &[u8]) {
    let Some((&which, bytes)) = input.split_first() else {
        return;
    };
    let (name, _) = FILES[usize::from(which) % FILES.len()];
    let mut plan = base.clone();
    plan.insert(name, bytes);
    if let Ok(checked) = rpkd::check_files(&plan, rpkd::load::Limits::default()) {
        let batch = [(&checked.sources, checked.diagnostics.as_slice())];
        for format in [
            rpkd::diag::render::Format::Human,
            rpkd::diag::render::Format::Short,
            rpkd::diag::render::Format::Json,
            rpkd::diag::render::Format::Github,
            rpkd::diag::render::Format::Sarif,
            rpkd::diag::render::Format::Gitlab,
        ] {
            for lang in rpkd::i18n::Lang::ALL {
                rpkd::diag::render::render(format, lang, &batch, false);
            }
        }
        if checked.errors() == 0 {
            use rpkd::render::OutputFormat;
            let formats = [
                OutputFormat::Markdown,
                OutputFormat::Html,
                OutputFormat::Pdf,
            ];
            // `check` passing means `build` succeeds.
            if let Err(e) = rpkd::render_plan(&checked, &formats, None) {
                panic!("a plan that passed check failed to render: {e}");
            }
        }
    }
}
