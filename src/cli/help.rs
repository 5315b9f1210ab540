//! The sections of `--help` and the manual pages that clap does not write: EXIT STATUS,
//! ENVIRONMENT and EXAMPLES, per command. `man.rs` renders them as roff sections; the same
//! text closes each command's long help.

/// One command's extra sections: its examples (command, what it does) and any environment
/// variables of its own; every command shares [`EXIT_STATUS`] and [`ENVIRONMENT`].
pub struct Extra {
    pub examples: &'static [(&'static str, &'static str)],
    pub environment: &'static [(&'static str, &'static str)],
}

pub const EXIT_STATUS: &[(&str, &str)] = &[
    ("0", "Success (warnings allowed, unless `--deny-warnings`)."),
    (
        "1",
        "The input or the environment failed: a plan has errors, a file cannot be read or written.",
    ),
    (
        "2",
        "Wrong usage: an unknown option, a missing or malformed argument.",
    ),
];

pub const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "RPKD_LANG",
        "Language of messages, `id` or `en`; `--lang` overrides it.",
    ),
    (
        "LC_ALL, LC_MESSAGES, LANG",
        "Without `RPKD_LANG`, the first of these that is set decides: an English locale (`en_US.UTF-8`) gives English, any other Bahasa Indonesia.",
    ),
    (
        "NO_COLOR",
        "Set and not empty: no colour (no-color.org). `--color always` overrides it.",
    ),
    (
        "CLICOLOR_FORCE",
        "Set, not empty and not `0`: colour even when the output is not a terminal.",
    ),
    ("CLICOLOR", "`0`: no colour."),
];

/// The extra sections of the command `name` (`check`, `build`, …; `rpkd` for the top page).
pub fn extra(name: &str) -> Extra {
    match name {
        "check" => Extra {
            examples: &[
                ("rpkd check", "Check every plan under `plans/`."),
                (
                    "rpkd check plans/kota-tangerang",
                    "Check one plan; `plans/kota-tangerang/rpkd.yaml` works too.",
                ),
                (
                    "rpkd check plans/* --format github",
                    "In GitHub Actions: annotations on the pull request and a table in the job summary; entries of `plans/` that are not plans (a README) are skipped with a note.",
                ),
                (
                    "rpkd check --format sarif > rpkd.sarif",
                    "A SARIF 2.1.0 report for GitHub code scanning.",
                ),
                (
                    "rpkd check --format gitlab > gl-code-quality-report.json",
                    "A GitLab Code Quality report for a merge request.",
                ),
                (
                    "rpkd --lang en check --format json",
                    "Messages in English, as one JSON array.",
                ),
            ],
            environment: &[(
                "GITHUB_STEP_SUMMARY",
                "When set (GitHub Actions sets it), a Markdown table of the plans and their counts, then the diagnostics, is appended to that file.",
            )],
        },
        "build" => Extra {
            examples: &[
                (
                    "rpkd build",
                    "Build every plan under `plans/` into `output/`.",
                ),
                (
                    "rpkd build plans/kota-tangerang --format pdf --out dist",
                    "Only the PDFs of one plan, into `dist/kota-tangerang/`.",
                ),
                (
                    "SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) rpkd build",
                    "Documents dated by the last commit: the same input gives the same bytes.",
                ),
            ],
            environment: &[
                (
                    "SOURCE_DATE_EPOCH",
                    "Seconds since 1970 that date the PDFs (reproducible builds).",
                ),
                ("CI", "When set, no progress bar is drawn."),
                (
                    "GITHUB_STEP_SUMMARY",
                    "When set, a table of the plans built is appended to that file.",
                ),
            ],
        },
        "serve" => Extra {
            examples: &[
                (
                    "rpkd serve plans/kota-tangerang --open",
                    "Preview a plan in the browser; pages reload on every save.",
                ),
                (
                    "rpkd serve plans/kota-tangerang --bind 0.0.0.0 --port 8080",
                    "Let colleagues on the office network open the preview (a warning says so).",
                ),
            ],
            environment: &[],
        },
        "init" => Extra {
            examples: &[
                (
                    "rpkd init plans/kota-serang --region \"Kota Serang\"",
                    "A new plan folder that passes `rpkd check`, with the JSON Schemas for the editor.",
                ),
                (
                    "rpkd init plans/provinsi-banten --region \"Provinsi Banten\" --kind provinsi",
                    "A province's plan.",
                ),
            ],
            environment: &[],
        },
        "ekspor" => Extra {
            examples: &[(
                "rpkd ekspor plans/kota-tangerang --tahun 2026",
                "One realisation form per agency for 2026, and the review workbook.",
            )],
            environment: &[(
                "SOURCE_DATE_EPOCH",
                "Seconds since 1970 that date the workbooks.",
            )],
        },
        "impor" => Extra {
            examples: &[(
                "rpkd impor plans/kota-tangerang forms/*.xlsx",
                "Write the figures of filled-in forms into the RAT files, after checking them.",
            )],
            environment: &[],
        },
        "schema" => Extra {
            examples: &[(
                "rpkd schema --out plans/kota-tangerang/schema",
                "The JSON Schemas an editor uses for completion and checking while typing.",
            )],
            environment: &[],
        },
        "completions" => Extra {
            examples: &[(
                "rpkd completions bash > ~/.local/share/bash-completion/completions/rpkd",
                "Completion of subcommands, options and plan folders in bash.",
            )],
            environment: &[],
        },
        "man" => Extra {
            examples: &[(
                "rpkd man --out ~/.local/share/man/man1",
                "Install the manual pages for the current user.",
            )],
            environment: &[],
        },
        "rpkd" => Extra {
            examples: &[
                (
                    "rpkd init plans/kota-serang --region \"Kota Serang\"",
                    "Start a plan.",
                ),
                ("rpkd check", "Check every plan under `plans/`."),
                (
                    "rpkd build",
                    "Write the documents of every plan into `output/`.",
                ),
                (
                    "rpkd serve plans/kota-serang --open",
                    "Preview while editing.",
                ),
            ],
            environment: &[],
        },
        _ => Extra {
            examples: &[],
            environment: &[],
        },
    }
}

/// The sections as plain text, for the end of `--help`.
pub fn text(name: &str) -> String {
    let extra = extra(name);
    let mut out = String::new();
    if !extra.examples.is_empty() {
        out.push_str("Examples:\n");
        for (command, what) in extra.examples {
            out.push_str(&format!("  {command}\n      {what}\n"));
        }
        out.push('\n');
    }
    out.push_str("Exit status:\n");
    for (code, what) in EXIT_STATUS {
        out.push_str(&format!("  {code}  {what}\n"));
    }
    out.push_str("\nEnvironment:\n");
    for (name, what) in ENVIRONMENT.iter().chain(extra.environment) {
        out.push_str(&format!("  {name}\n      {what}\n"));
    }
    out
}
