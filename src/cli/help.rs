//! The sections of `--help` and the manual pages that clap does not write: EXIT STATUS,
//! ENVIRONMENT and EXAMPLES, per command, in the run's language (`locales/*/help.ftl`).
//! `man.rs` renders them as roff sections; the same text closes each command's long help.

use rpkd::i18n::{Lang, Message};
use rpkd::msg;

/// One command's extra sections: its examples (command, what it does) and any environment
/// variables of its own; every command shares [`exit_status`] and [`environment`].
pub struct Extra {
    pub examples: Vec<(&'static str, Message)>,
    pub environment: Vec<(&'static str, Message)>,
}

/// The exit codes every command shares.
pub fn exit_status() -> Vec<(&'static str, Message)> {
    vec![
        ("0", msg!("help-exit-0")),
        ("1", msg!("help-exit-1")),
        ("2", msg!("help-exit-2")),
    ]
}

/// The environment variables every command reads.
pub fn environment() -> Vec<(&'static str, Message)> {
    vec![
        ("RPKD_LANG", msg!("help-env-rpkd-lang")),
        ("LC_ALL, LC_MESSAGES, LANG", msg!("help-env-locale")),
        ("NO_COLOR", msg!("help-env-no-color")),
        ("CLICOLOR_FORCE", msg!("help-env-clicolor-force")),
        ("CLICOLOR", msg!("help-env-clicolor")),
    ]
}

/// The extra sections of the command `name` (`check`, `build`, …; `rpkd` for the top page).
pub fn extra(name: &str) -> Extra {
    match name {
        "check" => Extra {
            examples: vec![
                ("rpkd check", msg!("help-ex-check-1")),
                ("rpkd check plans/kota-tangerang", msg!("help-ex-check-2")),
                (
                    "rpkd check plans/* --format github",
                    msg!("help-ex-check-3"),
                ),
                (
                    "rpkd check --format sarif > rpkd.sarif",
                    msg!("help-ex-check-4"),
                ),
                (
                    "rpkd check --format gitlab > gl-code-quality-report.json",
                    msg!("help-ex-check-5"),
                ),
                (
                    "rpkd --lang en check --format json",
                    msg!("help-ex-check-6"),
                ),
            ],
            environment: vec![("GITHUB_STEP_SUMMARY", msg!("help-env-check-1"))],
        },
        "build" => Extra {
            examples: vec![
                ("rpkd build", msg!("help-ex-build-1")),
                (
                    "rpkd build plans/kota-tangerang --format pdf --out dist",
                    msg!("help-ex-build-2"),
                ),
                (
                    "SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) rpkd build",
                    msg!("help-ex-build-3"),
                ),
            ],
            environment: vec![
                ("SOURCE_DATE_EPOCH", msg!("help-env-build-1")),
                ("CI", msg!("help-env-build-2")),
                ("GITHUB_STEP_SUMMARY", msg!("help-env-build-3")),
            ],
        },
        "serve" => Extra {
            examples: vec![
                (
                    "rpkd serve plans/kota-tangerang --open",
                    msg!("help-ex-serve-1"),
                ),
                (
                    "rpkd serve plans/kota-tangerang --bind 0.0.0.0 --port 8080",
                    msg!("help-ex-serve-2"),
                ),
            ],
            environment: vec![],
        },
        "init" => Extra {
            examples: vec![
                (
                    "rpkd init plans/kota-serang --region \"Kota Serang\"",
                    msg!("help-ex-init-1"),
                ),
                (
                    "rpkd init plans/provinsi-banten --region \"Provinsi Banten\" --kind provinsi",
                    msg!("help-ex-init-2"),
                ),
            ],
            environment: vec![],
        },
        "ekspor" => Extra {
            examples: vec![(
                "rpkd ekspor plans/kota-tangerang --tahun 2026",
                msg!("help-ex-ekspor-1"),
            )],
            environment: vec![("SOURCE_DATE_EPOCH", msg!("help-env-ekspor-1"))],
        },
        "impor" => Extra {
            examples: vec![(
                "rpkd impor plans/kota-tangerang forms/*.xlsx",
                msg!("help-ex-impor-1"),
            )],
            environment: vec![],
        },
        "schema" => Extra {
            examples: vec![(
                "rpkd schema --out plans/kota-tangerang/schema",
                msg!("help-ex-schema-1"),
            )],
            environment: vec![],
        },
        "completions" => Extra {
            examples: vec![(
                "rpkd completions bash > ~/.local/share/bash-completion/completions/rpkd",
                msg!("help-ex-completions-1"),
            )],
            environment: vec![],
        },
        "man" => Extra {
            examples: vec![(
                "rpkd man --out ~/.local/share/man/man1",
                msg!("help-ex-man-1"),
            )],
            environment: vec![],
        },
        "rpkd" => Extra {
            examples: vec![
                (
                    "rpkd init plans/kota-serang --region \"Kota Serang\"",
                    msg!("help-ex-rpkd-1"),
                ),
                ("rpkd check", msg!("help-ex-rpkd-2")),
                ("rpkd build", msg!("help-ex-rpkd-3")),
                (
                    "rpkd serve plans/kota-serang --open",
                    msg!("help-ex-rpkd-4"),
                ),
            ],
            environment: vec![],
        },
        _ => Extra {
            examples: vec![],
            environment: vec![],
        },
    }
}

/// The sections as plain text in `lang`, for the end of `--help`.
pub fn text(name: &str, lang: Lang) -> String {
    let extra = extra(name);
    let mut out = String::new();
    if !extra.examples.is_empty() {
        out.push_str(&msg!("help-examples").render(lang));
        out.push('\n');
        for (command, what) in &extra.examples {
            out.push_str(&format!("  {command}\n      {}\n", what.render(lang)));
        }
        out.push('\n');
    }
    out.push_str(&msg!("help-exit-status").render(lang));
    out.push('\n');
    for (code, what) in exit_status() {
        out.push_str(&format!("  {code}  {}\n", what.render(lang)));
    }
    out.push('\n');
    out.push_str(&msg!("help-environment").render(lang));
    out.push('\n');
    for (name, what) in environment().iter().chain(&extra.environment) {
        out.push_str(&format!("  {name}\n      {}\n", what.render(lang)));
    }
    out
}
