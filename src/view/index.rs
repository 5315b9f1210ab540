//! The view of `output/index.html`: one entry per plan built, with the figures a reader scans
//! first and links to every document in every format.

use super::RpkdView;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct IndexEntry {
    /// The plan's folder under the output directory (`kota-tangerang`).
    pub dir: String,
    pub region: String,
    pub government: String,
    pub period: String,
    /// The latest published poverty rate (P0) and its year.
    pub p0: Option<f64>,
    pub p0_year: Option<u16>,
    /// The plan's poverty target for the last year of the period.
    pub p0_target: Option<f64>,
    pub end: u16,
    /// Total indicative budget over the period.
    pub total: u64,
    pub documents: Vec<IndexDocument>,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndexDocument {
    /// `RPKD 2025–2029`, `RAT 2025`.
    pub label: String,
    /// File names of the formats written, with their format labels (`PDF`, `HTML`, `Markdown`).
    pub files: Vec<(String, String)>,
}

/// The index entry of a plan whose documents (`stems`) were written in `extensions`.
pub fn entry(
    dir: &str,
    view: &RpkdView,
    stems: &[(String, String)],
    extensions: &[&str],
) -> IndexEntry {
    let p0 = view.p0.as_ref();
    IndexEntry {
        dir: dir.to_owned(),
        region: view.common.region.clone(),
        government: view.common.government.clone(),
        period: view.common.period.clone(),
        p0: p0.and_then(|s| s.latest.as_ref()).map(|o| o.value),
        p0_year: p0.and_then(|s| s.latest.as_ref()).map(|o| o.year),
        p0_target: p0.and_then(|s| s.final_target),
        end: view.common.end,
        total: view.funding.total,
        documents: stems
            .iter()
            .map(|(stem, label)| IndexDocument {
                label: label.clone(),
                files: extensions
                    .iter()
                    .map(|ext| {
                        let format = match *ext {
                            "pdf" => "PDF",
                            "html" => "HTML",
                            _ => "Markdown",
                        };
                        (
                            format.to_owned(),
                            format!("{}/{}.{ext}", percent_encode(dir), percent_encode(stem)),
                        )
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// A path segment for an `href`: every byte but unreserved ASCII (RFC 3986: letters, digits,
/// `-._~`) percent-encoded, so a folder named `kota #1` or `Kabupaten Ñ` links right.
pub fn percent_encode(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for b in segment.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn link_segments_are_percent_encoded() {
        assert_eq!(super::percent_encode("kota-tangerang"), "kota-tangerang");
        assert_eq!(
            super::percent_encode("kota #1?a=b&c%\"é"),
            "kota%20%231%3Fa%3Db%26c%25%22%C3%A9"
        );
    }
}
