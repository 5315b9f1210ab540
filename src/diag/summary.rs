//! The Markdown summary of a run for a CI job's summary page (GitHub's `$GITHUB_STEP_SUMMARY`):
//! a table of the plans with their counts, then the diagnostics as a list. GitHub shows at most
//! ten annotations of a kind per step; the summary shows them all (up to [`LISTED`]).

use super::{Diagnostic, Severity};
use crate::i18n::{Lang, Message};
use crate::msg;
use crate::source::SourceFiles;

/// At most this many diagnostics are listed; the rest are counted.
pub const LISTED: usize = 200;

/// One plan of the run.
#[derive(Debug, Clone)]
pub struct PlanRow {
    pub plan: String,
    pub status: Status,
    pub errors: usize,
    pub warnings: usize,
    pub files: usize,
}

/// How a plan fared.
#[derive(Debug, Clone)]
pub enum Status {
    Passed,
    Failed,
    /// It could not be read at all (the message says why).
    NotRead(Message),
    /// Its documents were written (`build`): how many files.
    Built(usize),
}

/// The summary: a heading, the table, the diagnostics.
pub fn markdown(
    title: &str,
    lang: Lang,
    rows: &[PlanRow],
    batches: &[(&SourceFiles, &[Diagnostic])],
) -> String {
    let t = |m: Message| m.render(lang);
    let mut out = format!("### {}\n\n", escape(title));
    out.push_str(&format!(
        "| {} | {} | {} | {} | {} |\n| --- | --- | ---: | ---: | ---: |\n",
        t(msg!("summary-plan")),
        t(msg!("summary-result")),
        t(msg!("summary-errors")),
        t(msg!("summary-warnings")),
        t(msg!("summary-files")),
    ));
    for row in rows {
        let status = match &row.status {
            Status::Passed => t(msg!("summary-passed")),
            Status::Failed => t(msg!("summary-failed")),
            Status::NotRead(why) => t(msg!("summary-not-read", cause = why.clone())),
            Status::Built(files) => t(msg!("summary-built", files = *files)),
        };
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} |\n",
            row.plan.replace('`', "'").replace('|', "\\|"),
            escape(&status),
            row.errors,
            row.warnings,
            row.files
        ));
    }
    let total: usize = batches.iter().map(|(_, d)| d.len()).sum();
    if total > 0 {
        out.push_str(&format!(
            "\n{}\n\n",
            t(msg!("summary-diagnostics", count = total))
        ));
        let listed = batches
            .iter()
            .flat_map(|(files, diags)| diags.iter().map(move |d| (*files, d)))
            .take(LISTED);
        {
            for (files, d) in listed {
                let place = d
                    .primary_span()
                    .map(|span| {
                        let file = files.get(span.file);
                        let path = files.path(span.file).display().to_string();
                        match file.cell(span) {
                            Some(cell) => format!("{path}!{}", cell.full()),
                            None => {
                                let at = file.line_col(span.start);
                                format!("{path}:{}:{}", at.line, at.column)
                            }
                        }
                    })
                    .unwrap_or_default();
                let icon = match d.severity {
                    Severity::Error => "❌",
                    Severity::Warning => "⚠️",
                };
                out.push_str(&format!(
                    "- {icon} `{}` **{}** {}\n",
                    place.replace('`', "'"),
                    d.code.as_str(),
                    escape(&d.message.render(lang))
                ));
            }
        }
        if total > LISTED {
            out.push_str(&format!(
                "\n{}\n",
                t(msg!("summary-more", count = total - LISTED))
            ));
        }
    }
    out.push('\n');
    out
}

/// Text a job summary shows as it is: HTML is not interpreted, a table cell is not split.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
        .replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Code, Diagnostic};
    use crate::source::Span;

    #[test]
    fn a_table_of_plans_then_every_diagnostic_in_the_chosen_language() {
        let mut files = SourceFiles::default();
        let id = files.add("plans/a/rpkd.yaml".into(), "a: 1\nb: <x|y>\n".into());
        let diags = vec![
            Diagnostic::new(
                Code::UnknownKey,
                crate::msg!(
                    "decode-unknown-key",
                    key = "<x|y>",
                    what = crate::msg!("rec-plan-root")
                ),
            )
            .primary(Span::new(id, 8, 13), crate::i18n::Message::verbatim("")),
        ];
        let rows = vec![
            PlanRow {
                plan: "plans/a".into(),
                status: Status::Failed,
                errors: 1,
                warnings: 0,
                files: 3,
            },
            PlanRow {
                plan: "plans/b".into(),
                status: Status::Passed,
                errors: 0,
                warnings: 0,
                files: 4,
            },
        ];
        let text = markdown("rpkd check", Lang::Id, &rows, &[(&files, &diags)]);
        assert!(text.starts_with("### rpkd check\n\n| rencana |"), "{text}");
        assert!(text.contains("| `plans/a` | gagal | 1 | 0 | 3 |"), "{text}");
        assert!(text.contains("| `plans/b` | lolos | 0 | 0 | 4 |"), "{text}");
        assert!(
            text.contains("- ❌ `plans/a/rpkd.yaml:2:4` **E003** kunci `&lt;x\\|y&gt;` tidak dikenal pada rpkd.yaml"),
            "{text}"
        );
        let english = markdown("rpkd check", Lang::En, &rows, &[(&files, &diags)]);
        assert!(english.contains("| plan | result |"), "{english}");
        assert!(
            english.contains("unknown key `&lt;x\\|y&gt;` in the plan root"),
            "{english}"
        );
    }
}
