//! `rpkd serve [PLAN_DIR] [--port N]`: a preview while editing. Builds the plan's HTML into
//! memory and serves it on 127.0.0.1 only; watches the plan's files, rebuilds on a change, and
//! the open page reloads itself. While the plan has errors every page shows them (file, line,
//! message) instead of stale content. Only the documents of the build are served.

use super::plans::plan_dir;
use rpkd::diag::render::{Format, render};
use rpkd::render::OutputFormat;
use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The plan directory
    #[arg(value_name = "PLAN_DIR", default_value = ".")]
    plan: PathBuf,

    /// Port on 127.0.0.1; the next free one is taken if it is busy
    #[arg(long, default_value_t = 8000)]
    port: u16,
}

/// The current build: pages by path, and a version the pages poll to know when to reload.
struct Site {
    version: u64,
    /// The build's pages, or the error report shown on every path while the plan has errors.
    pages: Result<BTreeMap<String, Vec<u8>>, Vec<u8>>,
}

pub fn run(args: Args) -> ExitCode {
    let dir = plan_dir(&args.plan).to_owned();
    if !dir.join("rpkd.yaml").is_file() {
        eprintln!(
            "error: `{}` is not a plan directory (it has no `rpkd.yaml`)",
            dir.display()
        );
        return ExitCode::FAILURE;
    }
    let Some((server, port)) = bind(args.port) else {
        eprintln!(
            "error: no free port on 127.0.0.1 from {} to {}",
            args.port,
            args.port.saturating_add(20)
        );
        return ExitCode::FAILURE;
    };
    let site = Arc::new(RwLock::new(Site {
        version: 1,
        pages: build(&dir),
    }));
    eprintln!(
        "serving {} on http://127.0.0.1:{port}/ (Ctrl-C to stop)",
        dir.display()
    );

    let watched = Arc::clone(&site);
    let watch_dir = dir.clone();
    std::thread::spawn(move || watch(&watch_dir, &watched));

    for request in server.incoming_requests() {
        let path = request
            .url()
            .split(['?', '#'])
            .next()
            .unwrap_or("/")
            .to_owned();
        let response = {
            let site = site.read().unwrap_or_else(|e| e.into_inner());
            respond(&site, &path)
        };
        let _ = request.respond(response);
    }
    ExitCode::SUCCESS
}

/// Bind to loopback only, on `port` or the next free one.
fn bind(port: u16) -> Option<(tiny_http::Server, u16)> {
    (port..=port.saturating_add(20)).find_map(|p| {
        tiny_http::Server::http(("127.0.0.1", p)).ok().map(|s| {
            let actual = s.server_addr().to_ip().map_or(p, |a| a.port());
            (s, actual)
        })
    })
}

fn respond(site: &Site, path: &str) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    let header = |value: &str| {
        tiny_http::Header::from_bytes(&b"Content-Type"[..], value.as_bytes())
            .expect("a valid header")
    };
    if path == "/__rpkd/version" {
        return tiny_http::Response::from_string(site.version.to_string())
            .with_header(header("text/plain; charset=utf-8"));
    }
    let key = if path == "/" { "/index.html" } else { path };
    let page = match &site.pages {
        Ok(pages) => pages.get(key),
        Err(report) => Some(report),
    };
    match page {
        Some(bytes) => tiny_http::Response::from_data(bytes.clone())
            .with_header(header("text/html; charset=utf-8")),
        None => tiny_http::Response::from_string("404: not a page of this plan\n")
            .with_status_code(404)
            .with_header(header("text/plain; charset=utf-8")),
    }
}

/// Rebuild whenever a file of the plan (or its template folder) changes.
fn watch(dir: &Path, site: &RwLock<Site>) {
    let mut last = fingerprint(dir);
    loop {
        std::thread::sleep(Duration::from_millis(400));
        let now = fingerprint(dir);
        if now != last {
            last = now;
            let pages = build(dir);
            let mut site = site.write().unwrap_or_else(|e| e.into_inner());
            site.pages = pages;
            site.version += 1;
            // A closed stderr (the terminal went away) must not stop the watcher.
            let _ = writeln!(std::io::stderr(), "rebuilt (version {})", site.version);
        }
    }
}

/// Every file under the plan directory with its size and modification time.
fn fingerprint(dir: &Path) -> Vec<(PathBuf, u64, Option<SystemTime>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(meta) = entry.metadata() else { continue };
            if meta.is_dir() {
                stack.push(path);
            } else {
                out.push((path, meta.len(), meta.modified().ok()));
            }
        }
    }
    out.sort();
    out
}

/// The pages of one build (the HTML documents and an index), or the error report.
fn build(dir: &Path) -> Result<BTreeMap<String, Vec<u8>>, Vec<u8>> {
    let problem = match rpkd::check(dir) {
        Err(e) => e.to_string(),
        Ok(checked) if checked.errors() > 0 => render(
            Format::Short,
            &[(&checked.sources, checked.diagnostics.as_slice())],
            false,
        ),
        Ok(checked) => match rpkd::render_plan(&checked, &[OutputFormat::Html], None) {
            Ok(rendered) => {
                let mut pages = BTreeMap::new();
                let mut links = String::new();
                for f in &rendered.files {
                    pages.insert(format!("/{}", f.name), with_reload(&f.bytes));
                    let label = f.name.trim_end_matches(".html");
                    links.push_str(&format!("<li><a href=\"/{}\">{}</a></li>\n", f.name, label));
                }
                let index = format!(
                    "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>rpkd serve</title></head><body><h1>{}</h1><ul>\n{links}</ul></body></html>\n",
                    rpkd::render::html::escape(&dir.display().to_string())
                );
                pages.insert("/index.html".into(), with_reload(index.as_bytes()));
                return Ok(pages);
            }
            Err(e) => e.to_string(),
        },
    };
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>rpkd: the plan has errors</title></head><body><h1>The plan has errors</h1><p>Fix them and this page reloads by itself.</p><pre>{}</pre></body></html>\n",
        rpkd::render::html::escape(&problem)
    );
    Err(with_reload(page.as_bytes()))
}

/// The preview's only script: reload when the build's version changes. Documents written by
/// `rpkd build` never carry it.
fn with_reload(html: &[u8]) -> Vec<u8> {
    const SCRIPT: &str = "<script>(function(){var v=null;setInterval(function(){fetch('/__rpkd/version').then(function(r){return r.text()}).then(function(t){if(v===null){v=t}else if(t!==v){location.reload()}}).catch(function(){})},800)})();</script>\n</body>";
    let text = String::from_utf8_lossy(html);
    match text.rfind("</body>") {
        Some(i) => format!("{}{}{}", &text[..i], SCRIPT, &text[i + "</body>".len()..]).into_bytes(),
        None => html.to_vec(),
    }
}
