//! The end of `check`, for a plan without error: build the views, compile the templates (the
//! plan's own among them) and render every document's Markdown, and the HTML page around it,
//! in memory. What a later stage could still refuse is reported here, located: a template that
//! does not compile or render (E027) or runs away (E028), a character the font cannot print
//! that a template writes (E026). `build` then renders the formats from what this prepared.
//!
//! The documents render on a few worker threads (one a processor, each taking the next
//! document) under one [`Guard`] for the plan (a deadline, an output limit, a memory budget),
//! so a runaway template is stopped and reported while the caller (`serve` among them) goes on.

use crate::diag::{Code, Diagnostic};
use crate::guard::{Guard, Stop};
use crate::i18n::Message;
use crate::msg;
use crate::render::{self, Document, MAX_DOCUMENT_BYTES, Templates, UserTemplate};
use crate::source::{FileId, Span};
use crate::view::{RatView, RpkdView};
use crate::{Checked, Options, Prepared};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

pub(crate) fn prepare(checked: &mut Checked, options: &Options) {
    let Some((rpkd, rats)) = crate::view::build_views(&checked.plan, &checked.sources) else {
        return;
    };
    let user: Vec<UserTemplate> = checked
        .plan
        .templates
        .iter()
        .map(|(name, id)| UserTemplate {
            name: name.clone(),
            text: checked.sources.get(*id).text.clone(),
        })
        .collect();
    for (name, id) in &checked.plan.templates {
        checked
            .diagnostics
            .extend(active_content(*id, name, &checked.sources.get(*id).text));
    }
    let templates = match Templates::compile(&user) {
        Ok(t) => Arc::new(t),
        Err(e) => {
            let d = template_diagnostic(checked, &e, msg!("tmpl-does-not-compile"));
            checked.diagnostics.push(d);
            return;
        }
    };
    let rpkd = Arc::new(rpkd);
    let rats = Arc::new(rats);
    // A province that names its kabupaten/kota plans also gets the roll-up, rendered last.
    let sync = crate::view::build_sync(&checked.plan).map(Arc::new);
    let documents = match render_guarded(&templates, &rpkd, &rats, sync.as_ref(), checked, options)
    {
        Ok(documents) => documents,
        Err(Failed::Stopped(stop)) => {
            let d = runaway(checked, stop);
            checked.diagnostics.push(d);
            return;
        }
        Err(Failed::Errors(errors)) => {
            for e in errors {
                let d = template_diagnostic(checked, &e, msg!("tmpl-does-not-render"));
                if !checked.diagnostics.contains(&d) {
                    checked.diagnostics.push(d);
                }
            }
            return;
        }
        Err(Failed::Lost) => {
            let d = Diagnostic::new(Code::Template, msg!("tmpl-thread-lost"))
                .primary(root_span(checked), "");
            checked.diagnostics.push(d);
            return;
        }
    };
    // The plan's data and narratives were checked as they were read, and the built-in
    // templates write only what the font prints (tests/pdf.rs): only a plan's own template can
    // add a character the font lacks, or nest what no narrative may.
    if checked.plan.templates.is_empty() {
        checked.prepared = Some(Prepared {
            rpkd,
            templates,
            documents,
        });
        return;
    }
    let mut later = unprintable(checked, &documents);
    if let Some(document) = documents
        .iter()
        .find(|d| crate::markup::too_deep(&d.markdown).is_some())
    {
        later.push(
            Diagnostic::new(
                Code::NestingTooDeep,
                msg!(
                    "tmpl-nesting-too-deep",
                    document = &document.stem,
                    levels = crate::markup::MAX_NESTING
                ),
            )
            .primary(root_span(checked), msg!("tmpl-written-by-templates")),
        );
    }
    if !later.is_empty() {
        checked.diagnostics.extend(later);
        return;
    }
    checked.prepared = Some(Prepared {
        rpkd,
        templates,
        documents,
    });
}

/// The "deadline" of the built-in templates: a year, far past any real rendering.
const UNTIMED: Duration = Duration::from_secs(365 * 24 * 3600);

/// Why the documents did not render.
enum Failed {
    Stopped(Stop),
    /// Each document's error, in document order.
    Errors(Vec<tera::Error>),
    Lost,
}

/// What one document's thread sends back.
type Outcome = (usize, Result<Document, tera::Error>);

/// Render the RPKD and every RAT on a few worker threads under one guard; the documents in
/// order, or what failed.
fn render_guarded(
    templates: &Arc<Templates>,
    rpkd: &Arc<RpkdView>,
    rats: &Arc<Vec<RatView>>,
    sync: Option<&Arc<crate::view::sync::SyncView>>,
    checked: &Checked,
    options: &Options,
) -> Result<Vec<Document>, Failed> {
    // The deadline is for a plan's own templates. The built-in ones are linear in the plan,
    // which the loader's limits already bound; timing them would only make a large plan fail
    // on a slow or busy machine.
    let limit = if checked.plan.templates.is_empty() {
        UNTIMED
    } else {
        options.template_time
    };
    let guard = Guard::new(limit, MAX_DOCUMENT_BYTES, options.template_memory);
    let count = 1 + rats.len() + usize::from(sync.is_some());
    let (send, receive) = mpsc::channel::<Outcome>();
    let logo = checked.plan.logo.clone().map(Arc::new);
    let epoch = options.source_date_epoch;
    // One worker per processor, each taking the next document (the RPKD, the longest, first):
    // more threads than processors would only hold more documents' contexts in memory at once.
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let next = Arc::new(AtomicUsize::new(0));
    let mut started = 0;
    for worker in 0..workers.min(count) {
        let (templates, rpkd, rats, guard, sender, logo, sync, next) = (
            Arc::clone(templates),
            Arc::clone(rpkd),
            Arc::clone(rats),
            Arc::clone(&guard),
            send.clone(),
            logo.clone(),
            sync.cloned(),
            Arc::clone(&next),
        );
        // A thread nobody joins: a runaway template may be parked on it for good, and the
        // other workers go on with the remaining documents.
        let spawned = std::thread::Builder::new()
            .name(format!("rpkd-template-{worker}"))
            .spawn(move || {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    if index >= count {
                        break;
                    }
                    let result = crate::guard::under(&guard, || {
                        let logo = logo.as_deref();
                        let document = match (index, &sync) {
                            (0, _) => {
                                render::rpkd_document(&templates, &rpkd, epoch, logo, Some(&guard))
                            }
                            (i, Some(sync)) if i == rats.len() + 1 => {
                                render::sync_document(&templates, sync, epoch, logo, Some(&guard))
                            }
                            (i, _) => render::rat_document(
                                &templates,
                                &rpkd,
                                &rats[i - 1],
                                epoch,
                                logo,
                                Some(&guard),
                            ),
                        }?;
                        render::page_shell(&templates, &document, &guard)?;
                        Ok(document)
                    });
                    if sender.send((index, result)).is_err() {
                        break;
                    }
                }
            });
        started += usize::from(spawned.is_ok());
    }
    if started == 0 {
        for index in 0..count {
            let _ = send.send((index, Err(tera::Error::message("no thread to render on"))));
        }
    }
    drop(send);

    let mut documents: Vec<Option<Document>> = (0..count).map(|_| None).collect();
    let mut failures: Vec<(usize, tera::Error)> = Vec::new();
    let mut done = 0;
    let mut stopped_at: Option<Instant> = None;
    while done < count {
        match receive.recv_timeout(Duration::from_millis(20)) {
            Ok((index, Ok(document))) => {
                documents[index] = Some(document);
                done += 1;
            }
            Ok((index, Err(e))) => {
                failures.push((index, e));
                done += 1;
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if Instant::now() > guard.deadline() {
                    guard.time_out();
                }
                // Stopped (by the allocator, or the deadline): what is still running is
                // parked or about to fail; it is not waited for past a short grace.
                if guard.stopped().is_some()
                    && stopped_at.get_or_insert_with(Instant::now).elapsed()
                        > Duration::from_millis(200)
                {
                    break;
                }
            }
        }
    }
    if let Some(stop) = guard.stopped() {
        return Err(Failed::Stopped(stop));
    }
    if !failures.is_empty() {
        failures.sort_by_key(|(i, _)| *i);
        return Err(Failed::Errors(
            failures.into_iter().map(|(_, e)| e).collect(),
        ));
    }
    documents
        .into_iter()
        .collect::<Option<Vec<_>>>()
        .ok_or(Failed::Lost)
}

/// Where a problem of the templates as a whole is shown: the `templat:` value, else the plan
/// root's first line.
fn root_span(checked: &Checked) -> Span {
    checked
        .plan
        .root
        .as_ref()
        .and_then(|r| r.templates.as_ref())
        .map(|t| t.span)
        .unwrap_or_else(|| Span::file_start(FileId(0)))
}

/// The plan's own file of a template name, if it has one.
fn user_file(checked: &Checked, name: &str) -> Option<FileId> {
    checked
        .plan
        .templates
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, id)| *id)
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if !text.starts_with("IO") => first.to_lowercase().chain(chars).collect(),
        _ => text.to_owned(),
    }
}

/// E027 for a tera error, at its place in the template: the plan's own file, or the built-in
/// template (registered as a source so the snippet shows it).
/// `what` says what failed: `does not compile` or `does not render`. tera's own words for the
/// cause are English in both languages (no catalogue can hold them).
fn template_diagnostic(checked: &mut Checked, error: &tera::Error, what: Message) -> Diagnostic {
    let (place, messages) = render::templates::locate(error);
    let cause = place
        .as_ref()
        .map(|p| p.message.clone())
        .or_else(|| messages.last().cloned())
        .map_or_else(
            || msg!("tmpl-unknown-cause"),
            |c| Message::verbatim(lower_first(c.trim())),
        );
    let Some(place) = place else {
        return Diagnostic::new(
            Code::Template,
            msg!("tmpl-of-plan-failed", what = what, cause = cause),
        )
        .primary(root_span(checked), "")
        .hint(msg!("tmpl-docs-hint"));
    };
    let (file, shown) = match place.template.strip_prefix("builtin/") {
        Some(name) => {
            let text = render::BUILTIN
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, t)| (*t).to_owned())
                .unwrap_or_default();
            let id = checked
                .sources
                .add(format!("<built-in template>/{name}").into(), text);
            let message = msg!(
                "tmpl-builtin-failed",
                name = name,
                what = what,
                cause = cause
            );
            (id, message)
        }
        None => {
            let message = msg!(
                "tmpl-named-failed",
                name = &place.template,
                what = what,
                cause = cause
            );
            match user_file(checked, &place.template) {
                Some(id) => (id, message),
                None => {
                    return Diagnostic::new(Code::Template, message)
                        .primary(root_span(checked), "");
                }
            }
        }
    };
    let end = place.range.end.max(place.range.start + 1);
    Diagnostic::new(Code::Template, shown)
        .primary(Span::new(file, place.range.start, end), msg!("tmpl-here"))
        .hint(msg!("tmpl-docs-hint"))
}

/// Why the templates were stopped, for the parentheses of E028.
fn stop_message(stop: Stop) -> Message {
    const MB: usize = 1024 * 1024;
    match stop {
        Stop::Time(limit) => msg!("tmpl-stop-time", seconds = limit.as_secs_f64().to_string()),
        Stop::Output(limit) => msg!("tmpl-stop-output", mb = limit / MB),
        Stop::Memory(limit) => msg!("tmpl-stop-memory", mb = limit / MB),
    }
}

/// E028: the templates were stopped.
fn runaway(checked: &Checked, stop: Stop) -> Diagnostic {
    let file = ["rpkd.md", "rat.md"]
        .iter()
        .find_map(|n| user_file(checked, n))
        .or_else(|| checked.plan.templates.first().map(|(_, id)| *id));
    let span = match file {
        Some(id) => Span::new(id, 0, checked.sources.get(id).text.len().min(1)),
        None => root_span(checked),
    };
    Diagnostic::new(
        Code::TemplateRunaway,
        msg!("tmpl-stopped", cause = stop_message(stop)),
    )
    .primary(span, msg!("tmpl-documents-start"))
    .hint(msg!("tmpl-runaway-hint"))
}

/// E026 for a character a document would print that the font lacks: written by a template
/// (the plan's data was checked as it was read).
fn unprintable(checked: &Checked, documents: &[Document]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut reported: Vec<char> = Vec::new();
    for document in documents {
        let printed: String = crate::markup::printed(&document.markdown)
            .into_iter()
            .map(|(_, text)| text)
            .collect();
        for c in crate::fonts::missing(&printed) {
            if reported.contains(&c) {
                continue;
            }
            reported.push(c);
            let span = checked
                .plan
                .templates
                .iter()
                .find_map(|(_, id)| {
                    let text = &checked.sources.get(*id).text;
                    text.find(c).map(|at| Span::new(*id, at, at + c.len_utf8()))
                })
                .unwrap_or_else(|| root_span(checked));
            out.push(crate::load::printable::diagnostic(&[c], span));
        }
    }
    out
}

/// W011: a plan's page template or style that would make the HTML run a script or request
/// something from the network (the documents promise neither). A Markdown template cannot: its
/// raw HTML prints as text and its images as their description.
fn active_content(file: FileId, name: &str, text: &str) -> Vec<Diagnostic> {
    if name.ends_with(".md") {
        return Vec::new();
    }
    let lower = text.to_ascii_lowercase();
    let mut out = Vec::new();
    // What a template may not contain, and the message naming the template that does.
    type Check = (&'static [&'static str], fn(&str) -> Message);
    let checks: [Check; 3] = [
        (
            &[
                "<script",
                "javascript:",
                " onload=",
                " onerror=",
                " onclick=",
            ],
            |name| msg!("tmpl-active-script", name = name),
        ),
        (
            &[
                "http://",
                "https://",
                "url(//",
                "src=\"//",
                "href=\"//",
                "src='//",
            ],
            |name| msg!("tmpl-active-network", name = name),
        ),
        (&["@import"], |name| msg!("tmpl-active-import", name = name)),
    ];
    for (needles, message) in checks {
        let first = needles
            .iter()
            .filter_map(|n| lower.find(n).map(|at| (at, n.len())))
            .min();
        if let Some((at, len)) = first {
            out.push(
                Diagnostic::new(Code::ActiveTemplate, message(name))
                    .primary(Span::new(file, at, at + len), msg!("tmpl-here"))
                    .hint(msg!("tmpl-offline-hint")),
            );
        }
    }
    out
}
