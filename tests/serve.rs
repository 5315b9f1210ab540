//! `rpkd serve`: answers on loopback, reflects an edit, shows errors instead of stale pages.

mod common;
use common::copy_dir;

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A plain HTTP/1.0 GET: status code and body.
fn get(port: u16, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(stream, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = response
        .split_once("\r\n\r\n")
        .map_or("", |(_, b)| b)
        .to_owned();
    (status, body)
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn wait_for(mut ok: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(20) {
        if ok() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(150));
    }
    false
}

/// Start `rpkd serve` on a copy of the base plan: the server, its port and the plan folder.
fn start(temp: &Path, offset: u16) -> (Server, u16, std::path::PathBuf) {
    let plan = temp.join("plan");
    copy_dir(Path::new("tests/fixtures/base"), &plan);
    let base_port = 20_000 + (std::process::id() % 20_000) as u16 + offset * 25;
    let mut child = Command::new(env!("CARGO_BIN_EXE_rpkd"))
        .arg("serve")
        .arg(&plan)
        .env("RPKD_LANG", "en")
        .args(["--port", &base_port.to_string()])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let server = Server(child);
    let mut reader = BufReader::new(stderr);
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    // Keep reading what the server reports, as a terminal would.
    std::thread::spawn(move || {
        let mut sink = String::new();
        let _ = reader.read_to_string(&mut sink);
    });
    let port: u16 = line
        .split("127.0.0.1:")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no port in {line:?}"));
    assert!(line.contains("http://127.0.0.1:"), "{line}");
    (server, port, plan)
}

#[test]
fn serves_the_plan_on_loopback_and_follows_edits() {
    let temp = tempfile::tempdir().unwrap();
    let (server, port, plan) = start(temp.path(), 0);

    let (status, index) = get(port, "/");
    assert_eq!(status, 200);
    assert!(index.contains("/rpkd.html"), "{index}");
    let (status, page) = get(port, "/rpkd.html");
    assert_eq!(status, 200);
    assert!(page.contains("KOTA CONTOH"), "the document is served");
    assert!(page.contains("/__rpkd/version"), "the page reloads itself");
    // Nothing but the build's pages.
    assert_eq!(get(port, "/rpkd.yaml").0, 404);
    assert_eq!(get(port, "/../Cargo.toml").0, 404);

    let (_, version) = get(port, "/__rpkd/version");
    // The page carries the version it was built at, so it can never miss a later one.
    assert!(page.contains(&format!("var v=\"{version}\"")), "{version}");
    let root = plan.join("rpkd.yaml");
    let text = fs::read_to_string(&root).unwrap();
    fs::write(&root, text.replace("nama: Contoh", "nama: Contoh Baru")).unwrap();
    assert!(
        wait_for(|| get(port, "/__rpkd/version").1 != version),
        "no rebuild after an edit"
    );
    assert!(get(port, "/rpkd.html").1.contains("KOTA CONTOH BARU"));

    // A broken plan: every page shows the errors instead of the stale document.
    fs::write(&root, text.replace("selesai: 2029", "selesai: 2030")).unwrap();
    assert!(wait_for(|| get(port, "/rpkd.html")
        .1
        .contains("The plan has problems")));
    // The watcher may have caught the file half written; the report follows the last save.
    assert!(wait_for(|| get(port, "/rat-2025.html").1.contains("E012")));
    let (_, page) = get(port, "/rat-2025.html");
    assert!(page.contains("rpkd.yaml:"), "{page}");
    assert!(page.contains("E012"), "{page}");
    drop(server);
}

/// A raw request with the given `Host` header (or none): the status code.
fn status_with_host(port: u16, host: Option<&str>) -> u16 {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let host = host.map_or(String::new(), |h| format!("Host: {h}\r\n"));
    write!(stream, "GET /rpkd.html HTTP/1.0\r\n{host}\r\n").unwrap();
    let mut response = String::new();
    let _ = stream.read_to_string(&mut response);
    response
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

#[test]
fn only_loopback_names_are_answered_and_a_client_that_never_reads_blocks_nobody() {
    let temp = tempfile::tempdir().unwrap();
    let (server, port, _plan) = start(temp.path(), 1);
    for host in ["127.0.0.1", "localhost", "LOCALHOST:8000", "[::1]:8000"] {
        let with_port = if host.contains(':') && !host.starts_with('[') || host.contains("]:") {
            host.to_owned()
        } else {
            format!("{host}:{port}")
        };
        assert_eq!(status_with_host(port, Some(&with_port)), 200, "{with_port}");
    }
    // DNS rebinding: another site's name pointed at 127.0.0.1.
    for host in [
        "evil.example",
        "evil.example:8000",
        "127.0.0.1.evil.example",
        "localhost.evil.example",
        "127.0.0.1:80@evil.example",
    ] {
        assert_eq!(status_with_host(port, Some(host)), 403, "{host}");
    }
    assert_eq!(status_with_host(port, None), 403);

    // One client asks for many pages on one connection and never reads the answers.
    let mut greedy = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let request = "GET /rpkd.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".repeat(200);
    greedy.write_all(request.as_bytes()).unwrap();
    std::thread::sleep(Duration::from_millis(500));
    let start = Instant::now();
    let (status, page) = get(port, "/rpkd.html");
    assert_eq!(status, 200);
    assert!(page.contains("KOTA CONTOH"));
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
    drop(greedy);
    drop(server);
}
