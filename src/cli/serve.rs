//! `rpkd serve [PLAN_DIR] [--port N] [--bind ADDR] [--open]`: a preview while editing. Builds
//! the plan's HTML into memory and serves it, on 127.0.0.1 unless `--bind` names another address
//! (then with a warning); watches the plan's files, rebuilds on a change, and the open page
//! reloads itself. Every build prints what `rpkd check` would to the terminal; while the plan has
//! errors every page shows them, each with its snippet, instead of stale content. Only the
//! documents of the build are served.

use super::output::Output;
use super::plans::plan_dir;
use rpkd::diag::render::{Format, render};
use rpkd::msg;
use rpkd::render::OutputFormat;
use std::collections::BTreeMap;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The plan directory
    #[arg(value_name = "PLAN_DIR", default_value = ".", value_hint = clap::ValueHint::DirPath)]
    plan: PathBuf,

    /// Port to listen on; the next free one is taken if it is busy
    #[arg(long, default_value_t = 8000)]
    port: u16,

    /// Address to listen on. The default answers only this computer; `0.0.0.0` (or this
    /// computer's address on the office network) lets colleagues open the preview too
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    bind: IpAddr,

    /// Open the preview in the default browser
    #[arg(long)]
    open: bool,
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

pub fn run(args: Args, out: &Output) -> ExitCode {
    let dir = plan_dir(&args.plan).to_owned();
    if !dir.join("rpkd.yaml").exists() {
        out.error(&rpkd::error::Error::NotAPlan(dir.clone()).message());
        return ExitCode::FAILURE;
    }
    let Some((server, port)) = bind(args.bind, args.port) else {
        out.error(&msg!(
            "serve-no-port",
            addr = args.bind.to_string(),
            from = args.port,
            to = args.port.saturating_add(20)
        ));
        return ExitCode::FAILURE;
    };
    let hosts = Hosts::new(args.bind);
    let shown = match args.bind {
        IpAddr::V4(a) if a.is_unspecified() => "127.0.0.1".to_owned(),
        IpAddr::V6(a) if a.is_unspecified() => "[::1]".to_owned(),
        IpAddr::V6(a) => format!("[{a}]"),
        IpAddr::V4(a) => a.to_string(),
    };
    let url = format!("http://{shown}:{port}/");
    // The first line names the address: scripts and the tests read the port from it.
    out.line_always(&out.text(&msg!(
        "serve-serving",
        plan = dir.as_path(),
        url = url.as_str()
    )));
    let first = build(&dir, 1, out);
    let site = Arc::new(RwLock::new(Site {
        version: 1,
        pages: first,
    }));
    if !args.bind.is_loopback() {
        out.warn(&msg!(
            "serve-open-to-network",
            addr = args.bind.to_string(),
            port = port
        ));
    }
    if args.open {
        open_browser(&url, out);
    }

    let watched = Arc::clone(&site);
    let watch_dir = dir.clone();
    let watch_out = out.clone();
    std::thread::spawn(move || watch(&watch_dir, &watched, &watch_out));

    let writers = Arc::new(AtomicUsize::new(0));
    for request in server.incoming_requests() {
        let response = if !hosts.allows(&request) {
            text(
                403,
                "403: this preview answers only to its own address and localhost\n",
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

/// Open `url` in the person's browser, with the command each system provides; a failure is a
/// warning (the address is printed anyway). No crate: three commands cover the platforms.
fn open_browser(url: &str, out: &Output) {
    let mut command = if cfg!(target_os = "windows") {
        let mut c = std::process::Command::new("cmd");
        // `start` takes its first quoted argument as a window title.
        c.args(["/C", "start", "", url]);
        c
    } else if cfg!(target_os = "macos") {
        let mut c = std::process::Command::new("open");
        c.arg(url);
        c
    } else {
        let mut c = std::process::Command::new("xdg-open");
        c.arg(url);
        c
    };
    command
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    if let Err(e) = command.spawn() {
        out.warn(&msg!(
            "serve-open-failed",
            url = url,
            cause = rpkd::error::io_cause(&e)
        ));
    }
}

/// The names a request may give as its `Host`. A page of another site that a DNS-rebinding
/// attack points at this server still says its own name, and is refused. On loopback that
/// leaves `127.0.0.1`, `localhost` and `::1`; on a network address, any address written as
/// digits (a rebinding attack needs a name) and this computer's own name (`pc-bappeda`,
/// `pc-bappeda.local`), which colleagues may type.
struct Hosts {
    network: bool,
    names: Vec<String>,
}

impl Hosts {
    fn new(bind: IpAddr) -> Hosts {
        let mut names = vec!["localhost".to_owned()];
        let network = !bind.is_loopback();
        if network && let Some(name) = host_name() {
            names.push(format!("{name}.local"));
            names.push(name);
        }
        Hosts { network, names }
    }

    fn allows(&self, request: &tiny_http::Request) -> bool {
        let Some(host) = request
            .headers()
            .iter()
            .find(|h| h.field.equiv("Host"))
            .map(|h| h.value.as_str().trim().to_ascii_lowercase())
        else {
            return false;
        };
        self.allows_host(&host)
    }

    fn allows_host(&self, host: &str) -> bool {
        let name = match host.strip_prefix('[') {
            Some(rest) => rest.split(']').next().unwrap_or(""),
            None => host.split(':').next().unwrap_or(""),
        };
        let port_ok = match host
            .rsplit_once(']')
            .map_or(host, |(_, p)| p)
            .rsplit_once(':')
        {
            Some((_, port)) => !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()),
            None => true,
        };
        if !port_ok || host.contains('@') {
            return false;
        }
        match name.parse::<IpAddr>() {
            Ok(ip) => ip.is_loopback() || self.network,
            Err(_) => self.names.iter().any(|n| n == name),
        }
    }
}

/// This computer's name, lowercase, when it is a plain host name.
fn host_name() -> Option<String> {
    let name = std::env::var("COMPUTERNAME")
        .ok()
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .or_else(|| std::env::var("HOSTNAME").ok())?;
    let name = name.trim().to_ascii_lowercase();
    let plain = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
    plain.then_some(name)
}

/// Listen on `addr`, on `port` or the next free one.
fn bind(addr: IpAddr, port: u16) -> Option<(tiny_http::Server, u16)> {
    (port..=port.saturating_add(20)).find_map(|p| {
        tiny_http::Server::http((addr, p)).ok().map(|s| {
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
fn watch(dir: &Path, site: &RwLock<Site>, out: &Output) {
    let mut last = fingerprint(dir);
    let mut version = 1;
    loop {
        std::thread::sleep(Duration::from_millis(300));
        let now = fingerprint(dir);
        if now != last {
            last = now;
            version += 1;
            out.say(&msg!("serve-rebuilding", version = version));
            let pages = build(dir, version, out);
            let mut site = site.write().unwrap_or_else(|e| e.into_inner());
            site.pages = pages;
            site.version = version;
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

/// The pages of one build (the HTML documents and an index), or the error page; every page
/// carries `version`. The terminal gets what `rpkd check` would print: the diagnostics with
/// their snippets and the plan's counts.
fn build(dir: &Path, version: u64, out: &Output) -> Result<BTreeMap<String, Vec<u8>>, Vec<u8>> {
    let options = rpkd::Options {
        formats: vec![OutputFormat::Html],
        ..rpkd::Options::default()
    };
    let color = out.color_stderr();
    let report = |checked: &rpkd::Checked| {
        if !checked.diagnostics.is_empty() {
            out.raw(&render(
                Format::Human,
                out.lang,
                &[(&checked.sources, checked.diagnostics.as_slice())],
                color,
            ));
            out.raw("\n");
        }
        let (errors, warnings) = (checked.errors(), checked.warnings());
        let summary = if errors + warnings == 0 {
            msg!("serve-built-clean", version = version)
        } else {
            msg!(
                "serve-built-counts",
                version = version,
                errors = errors,
                warnings = warnings
            )
        };
        out.say(&summary);
    };
    let css = rpkd::render::templates::BUILTIN
        .iter()
        .find(|(name, _)| *name == "style.css")
        .map_or("", |(_, text)| *text);
    let plan = dir.display().to_string();
    let page = match rpkd::build(dir, &options) {
        Ok(documents) => {
            report(&documents.checked);
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
                Err(e) => {
                    out.error(&e.message());
                    rpkd::diag::html::page(out.lang, &plan, &[], Some(&e.message()), css)
                }
            }
        }
        Err(rpkd::BuildError::Environment(e)) => {
            out.error(&e.message());
            rpkd::diag::html::page(out.lang, &plan, &[], Some(&e.message()), css)
        }
        Err(rpkd::BuildError::Invalid(checked)) => {
            report(&checked);
            rpkd::diag::html::page(
                out.lang,
                &plan,
                &[(&checked.sources, checked.diagnostics.as_slice())],
                None,
                css,
            )
        }
        Err(rpkd::BuildError::Render(checked, e)) => {
            report(&checked);
            out.error(&e.message());
            rpkd::diag::html::page(
                out.lang,
                &plan,
                &[(&checked.sources, checked.diagnostics.as_slice())],
                Some(&e.message()),
                css,
            )
        }
    };
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
