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
use std::sync::atomic::{AtomicUsize, Ordering};
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

/// The current build: pages by path, and the version each of them carries.
struct Site {
    version: u64,
    /// The build's pages, or the error report shown on every path while the plan has errors.
    pages: Result<BTreeMap<String, Vec<u8>>, Vec<u8>>,
}

/// At most this many responses are written at once. Each is written on a thread of its own,
/// so a client that never reads holds its own writers, never the server's loop.
const MAX_WRITERS: usize = 512;

pub fn run(args: Args) -> ExitCode {
    let dir = plan_dir(&args.plan).to_owned();
    if !dir.join("rpkd.yaml").exists() {
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
        pages: build(&dir, 1),
    }));
    eprintln!(
        "serving {} on http://127.0.0.1:{port}/ (Ctrl-C to stop)",
        dir.display()
    );

    let watched = Arc::clone(&site);
    let watch_dir = dir.clone();
    std::thread::spawn(move || watch(&watch_dir, &watched));

    let writers = Arc::new(AtomicUsize::new(0));
    for request in server.incoming_requests() {
        let response = if !loopback_host(&request) {
            text(
                403,
                "403: this preview answers only to 127.0.0.1 and localhost\n",
            )
        } else if writers.load(Ordering::SeqCst) >= MAX_WRITERS {
            text(503, "503: too many unfinished responses; try again\n")
        } else {
            let path = request
                .url()
                .split(['?', '#'])
                .next()
                .unwrap_or("/")
                .to_owned();
            let site = site.read().unwrap_or_else(|e| e.into_inner());
            respond(&site, &path)
        };
        // Each response is written on a thread of its own.
        writers.fetch_add(1, Ordering::SeqCst);
        let done = Arc::clone(&writers);
        let spawned = std::thread::Builder::new().spawn(move || {
            let _ = request.respond(response);
            done.fetch_sub(1, Ordering::SeqCst);
        });
        if spawned.is_err() {
            writers.fetch_sub(1, Ordering::SeqCst);
        }
    }
    ExitCode::SUCCESS
}

/// Whether the request names this machine's loopback as its host: a page of another site that
/// a DNS-rebinding attack points at 127.0.0.1 still says its own name, and is refused.
fn loopback_host(request: &tiny_http::Request) -> bool {
    let Some(host) = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Host"))
        .map(|h| h.value.as_str().trim().to_ascii_lowercase())
    else {
        return false;
    };
    let name = match host.strip_prefix('[') {
        Some(rest) => rest.split(']').next().unwrap_or(""),
        None => host.split(':').next().unwrap_or(""),
    };
    let port_ok = match host
        .rsplit_once(']')
        .map_or(host.as_str(), |(_, p)| p)
        .rsplit_once(':')
    {
        Some((_, port)) => !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()),
        None => true,
    };
    port_ok && matches!(name, "127.0.0.1" | "localhost" | "::1")
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

type Response = tiny_http::Response<std::io::Cursor<Vec<u8>>>;

fn header(name: &str, value: &str) -> tiny_http::Header {
    tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("a valid header")
}

fn text(status: u16, body: &str) -> Response {
    tiny_http::Response::from_string(body)
        .with_status_code(status)
        .with_header(header("Content-Type", "text/plain; charset=utf-8"))
}

fn respond(site: &Site, path: &str) -> Response {
    if path == "/__rpkd/version" {
        return text(200, &site.version.to_string())
            .with_header(header("Cache-Control", "no-store"));
    }
    let key = if path == "/" { "/index.html" } else { path };
    let page = match &site.pages {
        Ok(pages) => pages.get(key),
        Err(report) => Some(report),
    };
    match page {
        Some(bytes) => tiny_http::Response::from_data(bytes.clone())
            .with_header(header("Content-Type", "text/html; charset=utf-8"))
            .with_header(header("Cache-Control", "no-store")),
        None => text(404, "404: not a page of this plan\n"),
    }
}

/// Rebuild whenever a file of the plan (or its template folder) changes. Each build carries
/// its own version, and its pages that version, so a page always knows whether it is current.
fn watch(dir: &Path, site: &RwLock<Site>) {
    let mut last = fingerprint(dir);
    let mut version = 1;
    loop {
        std::thread::sleep(Duration::from_millis(300));
        let now = fingerprint(dir);
        if now != last {
            last = now;
            version += 1;
            let pages = build(dir, version);
            let mut site = site.write().unwrap_or_else(|e| e.into_inner());
            site.pages = pages;
            site.version = version;
            // A closed stderr (the terminal went away) must not stop the watcher.
            let _ = writeln!(std::io::stderr(), "rebuilt (version {version})");
        }
    }
}

/// Every file under the plan directory (hidden folders aside) with its size, modification time
/// and, for files of a plan's size, a hash of its contents: two saves within one tick of a
/// coarse clock still differ.
fn fingerprint(dir: &Path) -> Vec<(PathBuf, u64, Option<SystemTime>, u64)> {
    use std::hash::{Hash as _, Hasher as _};
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            let Ok(meta) = entry.metadata() else { continue };
            if meta.is_dir() {
                stack.push(path);
            } else if meta.is_file() {
                let mut hash = std::collections::hash_map::DefaultHasher::new();
                if meta.len() <= 16 * 1024 * 1024
                    && let Ok(bytes) = std::fs::read(&path)
                {
                    bytes.hash(&mut hash);
                }
                out.push((path, meta.len(), meta.modified().ok(), hash.finish()));
            }
        }
    }
    out.sort();
    out
}

/// The pages of one build (the HTML documents and an index), or the error report; every page
/// carries `version`.
fn build(dir: &Path, version: u64) -> Result<BTreeMap<String, Vec<u8>>, Vec<u8>> {
    let options = rpkd::Options {
        formats: vec![OutputFormat::Html],
        ..rpkd::Options::default()
    };
    let report = |checked: &rpkd::Checked| {
        render(
            Format::Short,
            &[(&checked.sources, checked.diagnostics.as_slice())],
            false,
        )
    };
    let problem = match rpkd::build(dir, &options) {
        Ok(documents) => {
            let mut pages = BTreeMap::new();
            for f in &documents.files {
                pages.insert(format!("/{}", f.name), with_reload(&f.bytes, version));
            }
            let entry =
                rpkd::view::index::entry("", &documents.rpkd, &documents.documents, &["html"]);
            match rpkd::render::index(&[entry]) {
                Ok(index) => {
                    pages.insert("/index.html".into(), with_reload(index.as_bytes(), version));
                    return Ok(pages);
                }
                Err(e) => e.to_string(),
            }
        }
        Err(rpkd::BuildError::Environment(e)) => e.to_string(),
        Err(rpkd::BuildError::Invalid(checked)) => report(&checked),
        Err(rpkd::BuildError::Render(checked, e)) => format!("{}{e}\n", report(&checked)),
    };
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>rpkd: the plan has errors</title></head><body><h1>The plan has errors</h1><p>Fix them and this page reloads by itself.</p><pre>{}</pre></body></html>\n",
        rpkd::render::html::escape(&problem)
    );
    Err(with_reload(page.as_bytes(), version))
}

/// The preview's only script: reload when the server's version is no longer the one this page
/// was built at. Documents written by `rpkd build` never carry it.
fn with_reload(html: &[u8], version: u64) -> Vec<u8> {
    let script = format!(
        "<script>(function(){{var v=\"{version}\";setInterval(function(){{fetch('/__rpkd/version',{{cache:'no-store'}}).then(function(r){{return r.text()}}).then(function(t){{if(t!==v){{location.reload()}}}}).catch(function(){{}})}},500)}})();</script>\n</body>"
    );
    let text = String::from_utf8_lossy(html);
    match text.rfind("</body>") {
        Some(i) => format!("{}{}{}", &text[..i], script, &text[i + "</body>".len()..]).into_bytes(),
        None => html.to_vec(),
    }
}
