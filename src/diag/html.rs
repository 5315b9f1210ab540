//! Diagnostics as an HTML page: what `rpkd serve` shows in place of the documents while a plan
//! has errors. Each diagnostic is a block with its severity, code and message (wrapping like
//! prose), then the same snippet, carets and hints as the terminal shows; the page carries the
//! documents' own style sheet (passed in, so this printer needs nothing of the renderers) and
//! scrolls to the first error when it loads.

use super::render::{Format, render};
use super::{Diagnostic, Severity};
use crate::i18n::{Lang, Message};
use crate::msg;
use crate::source::SourceFiles;

/// The rules of this page on top of the documents' style sheet.
const STYLE: &str = "
main.laporan-periksa { max-width: 62rem; }
.laporan-periksa h1 { text-transform: none; margin: 1.5rem 0 0.75rem; }
.laporan-periksa .ringkasan { text-align: left; color: var(--muted); }
.laporan-periksa ol { list-style: none; padding: 0; margin: 1.5rem 0; }
.laporan-periksa li { border: 1px solid var(--rule); border-left: 0.4rem solid #b3261e;
  border-radius: 0.25rem; margin: 0 0 1.25rem; background: #fff; }
.laporan-periksa li.peringatan { border-left-color: #a15c00; }
.laporan-periksa .judul { margin: 0; padding: 0.6rem 0.9rem; background: var(--zebra);
  text-align: left; overflow-wrap: anywhere; }
.laporan-periksa .tingkat { font-weight: bold; color: #b3261e; }
.laporan-periksa li.peringatan .tingkat { color: #a15c00; }
.laporan-periksa .kode { font-family: \"Liberation Mono\", Consolas, monospace; font-weight: bold;
  margin: 0 0.4rem; }
.laporan-periksa pre { margin: 0; padding: 0.6rem 0.9rem 0.8rem; font-size: 0.85rem;
  line-height: 1.4; white-space: pre-wrap; overflow-wrap: anywhere;
  font-family: \"Liberation Mono\", Consolas, monospace; }
";

/// The scroll to the first error, once the page has loaded.
const SCROLL: &str = "<script>window.addEventListener('load',function(){var e=document.querySelector('li.kesalahan');if(e){e.scrollIntoView({block:'start'})}});</script>";

/// The page for `plan` with its diagnostics, or for a `problem` around its files (then
/// `batches` is empty). `css` is the documents' style sheet.
pub fn page(
    lang: Lang,
    plan: &str,
    batches: &[(&SourceFiles, &[Diagnostic])],
    problem: Option<&Message>,
    css: &str,
) -> String {
    let t = |m: Message| m.render(lang);
    let (errors, warnings) =
        batches
            .iter()
            .flat_map(|(_, d)| d.iter())
            .fold((0usize, 0usize), |(e, w), d| match d.severity {
                Severity::Error => (e + 1, w),
                Severity::Warning => (e, w + 1),
            });
    let title = t(msg!("page-title"));
    let mut body = format!(
        "<h1>{}</h1>\n<p class=\"ringkasan\">{}</p>\n",
        escape(&title),
        escape(&t(msg!(
            "page-summary",
            plan = plan,
            errors = errors,
            warnings = warnings
        )))
    );
    if let Some(problem) = problem {
        body.push_str(&format!(
            "<ol>\n<li class=\"kesalahan\"><p class=\"judul\"><span class=\"tingkat\">{}</span> {}</p></li>\n</ol>\n",
            escape(&t(msg!("diag-error"))),
            escape(&problem.render(lang))
        ));
    }
    if errors + warnings > 0 {
        body.push_str("<ol>\n");
        for (files, diags) in batches {
            for d in diags.iter() {
                let class = match d.severity {
                    Severity::Error => "kesalahan",
                    Severity::Warning => "peringatan",
                };
                let word = match d.severity {
                    Severity::Error => msg!("diag-error"),
                    Severity::Warning => msg!("diag-warning"),
                };
                // The terminal's report of this one diagnostic, less its first line (the
                // heading, shown above as wrapping text).
                let text = render(
                    Format::Human,
                    lang,
                    &[(files, std::slice::from_ref(d))],
                    false,
                );
                let snippet = text.split_once('\n').map_or("", |(_, rest)| rest);
                body.push_str(&format!(
                    "<li class=\"{class}\"><p class=\"judul\"><span class=\"tingkat\">{}</span><span class=\"kode\">{}</span>{}</p>\n",
                    escape(&t(word)),
                    d.code.as_str(),
                    escape(&d.message.render(lang))
                ));
                if !snippet.trim().is_empty() {
                    body.push_str(&format!("<pre>{}</pre>\n", escape(snippet.trim_end())));
                }
                body.push_str("</li>\n");
            }
        }
        body.push_str("</ol>\n");
    }
    body.push_str(&format!(
        "<p class=\"ringkasan\">{}</p>\n",
        escape(&t(msg!("page-reload")))
    ));
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{css}\n{STYLE}</style>\n</head>\n<body>\n<main class=\"document laporan-periksa\">\n{body}</main>\n{SCROLL}\n</body>\n</html>\n",
        lang.code(),
        escape(&format!("rpkd: {title}"))
    )
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Code, Diagnostic};
    use crate::source::Span;

    #[test]
    fn each_diagnostic_is_a_block_with_its_snippet_escaped() {
        let mut files = SourceFiles::default();
        let id = files.add("plan/rpkd.yaml".into(), "a: 1\nnama: <b>x</b>\n".into());
        let diags = vec![
            Diagnostic::new(
                Code::UnknownKey,
                crate::msg!(
                    "decode-unknown-key",
                    key = "<b>",
                    what = crate::msg!("rec-plan-root")
                ),
            )
            .primary(Span::new(id, 11, 19), crate::msg!("decode-not-a-key")),
        ];
        let html = page(Lang::Id, "plan", &[(&files, &diags)], None, "body{}");
        assert!(html.contains("<html lang=\"id\">"), "{html}");
        assert!(html.contains("<li class=\"kesalahan\">"), "{html}");
        assert!(
            html.contains(
                "<span class=\"kode\">E003</span>kunci `&lt;b&gt;` tidak dikenal pada rpkd.yaml"
            ),
            "{html}"
        );
        assert!(html.contains("2 | nama: &lt;b&gt;x&lt;/b&gt;"), "{html}");
        assert!(!html.contains("<b>x"), "{html}");
        assert!(html.contains("scrollIntoView"), "{html}");
    }
}
