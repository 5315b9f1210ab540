//! Planner-written Markdown (narrative chapters, RAT conditions): the dialect every document is
//! written in, and how a planner's text is made inert before a template embeds it.
//!
//! A narrative is the planner's content, never the document's layout: raw HTML becomes text,
//! so neither `<script>` nor a `<!-- rpkd:… -->` directive survives it; a link to a
//! `javascript:` (or any non-web) target points nowhere, however the target is spelt
//! (`javascript&#58;`, `javascript\:`, through a reference definition); a code fence left open
//! is closed, so it cannot swallow the template's text after it. The `.md` output, the HTML and
//! the PDF all start from the one neutralised text, so they agree on what is inert.
//!
//! `load`, `view` and `render` use this module; it uses nothing of theirs.

use pulldown_cmark::{CodeBlockKind, Event, LinkType, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// The Markdown dialect of every document: GitHub-flavoured tables and strikethrough.
pub fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// Whether a link target is one a document may carry: an anchor, a relative path, the web or
/// mail. `javascript:`, `data:`, `vbscript:` and every other scheme are not.
pub fn is_safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    match lower.split_once(':') {
        None => true,
        Some(("http" | "https" | "mailto", _)) => true,
        // A colon after a path separator is not a scheme (`docs/a:b.md`).
        Some((scheme, _)) => scheme.contains(['/', '#', '?']),
    }
}

/// The text a Markdown document prints, piece by piece, with the range of its source: entity
/// references decoded (`&#10003;` is the `✓` a renderer prints), markup left out.
pub fn printed(text: &str) -> Vec<(Range<usize>, String)> {
    Parser::new_ext(text, options())
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Text(t) | Event::Code(t) => Some((range, t.into_string())),
            _ => None,
        })
        .collect()
}

/// The deepest nesting of block quotes and lists a planner's Markdown may have.
pub const MAX_NESTING: usize = 32;

/// How deep the text nests block quotes and lists, and where it passes [`MAX_NESTING`], if it
/// does (the byte offset of the first block too deep).
pub fn too_deep(text: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    let mut deepest = 0usize;
    let mut first_past: Option<usize> = None;
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::BlockQuote(_) | Tag::List(_)) => {
                depth += 1;
                deepest = deepest.max(depth);
                if depth > MAX_NESTING && first_past.is_none() {
                    first_past = Some(range.start);
                }
            }
            Event::End(TagEnd::BlockQuote(_) | TagEnd::List(_)) => {
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
    }
    first_past.map(|at| (deepest, at))
}

/// One replacement of a byte range of the planner's text.
struct Edit {
    range: Range<usize>,
    with: String,
}

/// Make planner-written Markdown inert for any renderer, in one pass over the parser's own
/// offsets into `text`: every edit is a range of `text` itself, applied once, in order.
///
/// Raw HTML becomes text (`<script>` becomes `&lt;script>`, printed as `<script>`, never run);
/// a link or image to an unsafe target gets the target `#`; an autolink to one becomes text;
/// an open code fence is closed. The result ends with a blank line, so what a template writes
/// after it starts a block of its own.
pub fn neutralise(text: &str) -> String {
    let out = apply(text, edits(text));
    match leftovers(&out) {
        // Cannot happen by construction; should it, nothing of the text may stay markup.
        true => plain(text),
        false => out,
    }
}

fn edits(text: &str) -> Vec<Edit> {
    let parser = Parser::new_ext(text, options());
    let mut edits: Vec<Edit> = Vec::new();
    for (_, definition) in parser.reference_definitions().iter() {
        if !is_safe_url(&definition.dest) {
            edits.push(match definition_target(text, definition.span.clone()) {
                Some(range) => Edit {
                    range,
                    with: "#".into(),
                },
                None => Edit {
                    range: definition.span.clone(),
                    with: "\n".into(),
                },
            });
        }
    }
    // Open links and images: where their source starts, whether their target is unsafe, and
    // how far their inner text reaches.
    struct Open {
        start: usize,
        inline: bool,
        unsafe_target: bool,
        inner_end: usize,
    }
    let mut open: Vec<Open> = Vec::new();
    let mut fence: Option<String> = None;
    for (event, range) in parser.into_offset_iter() {
        match &event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            })
            | Event::Start(Tag::Image {
                link_type,
                dest_url,
                ..
            }) => {
                let unsafe_target = !is_safe_url(dest_url);
                if unsafe_target && matches!(link_type, LinkType::Autolink | LinkType::Email) {
                    // `<javascript:alert(1)>`: no link at all, the text as written.
                    edits.push(Edit {
                        range: range.start..range.start + 1,
                        with: "&lt;".into(),
                    });
                }
                let opener = if matches!(event, Event::Start(Tag::Image { .. })) {
                    2
                } else {
                    1
                };
                open.push(Open {
                    start: range.start,
                    inline: *link_type == LinkType::Inline,
                    unsafe_target,
                    inner_end: range.start + opener,
                });
                continue;
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                if let Some(link) = open.pop() {
                    if link.unsafe_target && link.inline {
                        edits.push(inline_target(text, &link.inner_end, &range, link.start));
                    }
                    grow(&mut open, range.end, |o| &mut o.inner_end);
                }
                continue;
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                let raw = &text[range.clone()];
                if raw.contains('<') {
                    edits.push(Edit {
                        range: range.clone(),
                        with: raw.replace('<', "&lt;"),
                    });
                }
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_))) => {
                // An open fence runs to the end of what holds it; only one that runs to the
                // end of the text would swallow the template's text after it.
                fence = (range.end >= text.trim_end().len())
                    .then(|| unclosed_fence(text, range.clone()))
                    .flatten();
            }
            _ => {}
        }
        grow(&mut open, range.end, |o| &mut o.inner_end);
    }
    if let Some(closing) = fence {
        edits.push(Edit {
            range: text.len()..text.len(),
            with: format!("\n{closing}\n"),
        });
    }
    edits
}

/// Every open link's inner text reaches at least `end`.
fn grow<T>(open: &mut [T], end: usize, field: impl Fn(&mut T) -> &mut usize) {
    for o in open.iter_mut() {
        let f = field(o);
        *f = (*f).max(end);
    }
}

/// `[text](javascript:x "t")`: the part after the link text, `](javascript:x "t")`, becomes
/// `](#)`. Should the source not read so (it always does), the whole link becomes its text.
fn inline_target(text: &str, inner_end: &usize, link: &Range<usize>, start: usize) -> Edit {
    let inner_end = (*inner_end).min(link.end);
    match text.get(inner_end..link.end) {
        Some(tail) if tail.starts_with("](") && tail.ends_with(')') => Edit {
            range: inner_end..link.end,
            with: "](#)".into(),
        },
        _ => Edit {
            range: start..link.end,
            with: plain(text.get(start..link.end).unwrap_or("")),
        },
    }
}

/// The target of a link reference definition (`[r]: javascript:x "t"`) within its span.
fn definition_target(text: &str, span: Range<usize>) -> Option<Range<usize>> {
    let source = text.get(span.clone())?;
    let bytes = source.as_bytes();
    // The label ends at the first `]` not escaped by a backslash, followed by `:`.
    let mut i = 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b']' => break,
            _ => i += 1,
        }
    }
    if bytes.get(i + 1) != Some(&b':') {
        return None;
    }
    i += 2;
    while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    let start = i;
    if bytes.get(i) == Some(&b'<') {
        while i < bytes.len() && bytes[i] != b'>' {
            i += if bytes[i] == b'\\' { 2 } else { 1 };
        }
        i = (i + 1).min(bytes.len());
    } else {
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
    }
    (i > start && source.is_char_boundary(start) && source.is_char_boundary(i))
        .then(|| span.start + start..span.start + i)
}

/// The closing fence a fenced code block lacks, if it was left open.
fn unclosed_fence(text: &str, block: Range<usize>) -> Option<String> {
    let source = text.get(block)?;
    let first = source.lines().next()?.trim_start();
    let marker = first.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let count = first.chars().take_while(|c| *c == marker).count();
    let lines: Vec<&str> = source.lines().collect();
    let closed = lines.len() > 1
        && lines.last().is_some_and(|last| {
            let last = last.trim();
            last.chars().all(|c| c == marker) && last.chars().count() >= count
        });
    (!closed).then(|| marker.to_string().repeat(count))
}

fn apply(text: &str, mut edits: Vec<Edit>) -> String {
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out = String::with_capacity(text.len() + 64);
    let mut last = 0;
    for edit in edits {
        if edit.range.start < last {
            // Overlapping edits do not arise from one parse; the check after will catch it.
            continue;
        }
        out.push_str(&text[last..edit.range.start]);
        out.push_str(&edit.with);
        last = edit.range.end;
    }
    out.push_str(&text[last..]);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    if !out.ends_with("\n\n") {
        out.push('\n');
    }
    out
}

/// Whether the text still holds raw HTML or a link to an unsafe target.
fn leftovers(text: &str) -> bool {
    let parser = Parser::new_ext(text, options());
    if parser
        .reference_definitions()
        .iter()
        .any(|(_, d)| !is_safe_url(&d.dest))
    {
        return true;
    }
    parser.into_iter().any(|event| match event {
        Event::Html(_) | Event::InlineHtml(_) => true,
        Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
            !is_safe_url(&dest_url)
        }
        _ => false,
    })
}

/// Text with every character Markdown could read as syntax escaped: prints as written.
fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
    }
    out.push_str("\n\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the HTML writer would see: every HTML event and link target.
    fn markup(text: &str) -> Vec<String> {
        Parser::new_ext(text, options())
            .filter_map(|event| match event {
                Event::Html(h) | Event::InlineHtml(h) => Some(format!("html {h}")),
                Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                    Some(format!("link {dest_url}"))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn raw_html_becomes_text_and_nothing_else_changes() {
        let text = "Paragraf.\n\n<script>alert(1)</script>\n\nTeks <b>tebal</b>.\n";
        let safe = neutralise(text);
        assert!(!safe.contains("<script>"), "{safe}");
        assert!(safe.contains("&lt;script>"), "{safe}");
        assert!(safe.contains("&lt;b>tebal&lt;/b>"), "{safe}");
        assert!(markup(&safe).is_empty(), "{safe}");
        assert_eq!(neutralise("Biasa **saja**."), "Biasa **saja**.\n\n");
    }

    #[test]
    fn unsafe_links_point_nowhere_however_they_are_spelt() {
        let links = neutralise("[a](javascript:alert(1)) [b](https://bps.go.id) [c](#bab-i)");
        assert_eq!(links, "[a](#) [b](https://bps.go.id) [c](#bab-i)\n\n");
        for spelling in [
            "[x](javascript&#58;alert(1))",
            "[x](javascript\\:alert(1))",
            "[x](JavaScript:alert(1) \"judul\")",
            "[x](<java script:x>)",
            "![x](data:image/png;base64,AAAA)",
            "[x][r]\n\n[r]: javascript:alert(1)",
            "[x]\n\n[x]: <javascript:alert(1)> 'judul'",
            "<javascript:alert(1)>",
            "[**tebal** `kode`](vbscript:x)",
        ] {
            let safe = neutralise(spelling);
            let found = markup(&safe);
            assert!(
                found.iter().all(|m| m == "link #"),
                "{spelling:?} → {safe:?}: {found:?}"
            );
            // An autolink stays as the text the planner typed; no target survives.
            if !spelling.starts_with('<') {
                assert!(!safe.to_lowercase().contains("script:"), "{safe}");
            }
        }
    }

    #[test]
    fn a_link_before_html_neither_panics_nor_loses_text() {
        // Offsets are never applied to a string other than the one they were computed on.
        let long = format!("[a](javascript:{})", "a".repeat(200));
        for text in [
            format!("{long} lalu <i>x</i> dan teks."),
            format!("é {long} ü <i>x</i> ✓ akhir"),
            format!("{long}\n\n<!-- rpkd:chart kemiskinan -->\n\n<!-- rpkd:chart kemiskinan -->\n"),
        ] {
            let safe = neutralise(&text);
            assert!(markup(&safe).iter().all(|m| m == "link #"), "{safe}");
            assert!(!safe.contains("<!--"), "{safe}");
            assert!(!safe.contains("<i>"), "{safe}");
            assert!(
                safe.contains("akhir") || safe.contains("teks") || safe.contains("kemiskinan"),
                "{safe}"
            );
        }
    }

    #[test]
    fn a_directive_in_a_narrative_is_text() {
        let safe = neutralise("Teks.\n\n<!-- rpkd:pagebreak -->\n\n<!-- rpkd:chart a -->\n");
        assert!(safe.contains("&lt;!-- rpkd:pagebreak -->"), "{safe}");
        assert!(markup(&safe).is_empty());
    }

    #[test]
    fn nesting_past_the_limit_is_found_where_it_starts() {
        assert_eq!(too_deep("> > > kutipan\n"), None);
        let deep = format!("Teks.\n\n{} dalam\n", ">".repeat(5_000));
        let (depth, at) = too_deep(&deep).unwrap();
        assert!(depth > MAX_NESTING, "{depth}");
        assert!(at >= "Teks.\n\n".len(), "{at}");
    }

    #[test]
    fn an_open_code_fence_is_closed() {
        let safe = neutralise("Teks.\n\n```\nkode tanpa penutup\n");
        assert!(safe.ends_with("```\n\n"), "{safe:?}");
        let after = format!("{safe}# BAB II\n");
        let headings = Parser::new_ext(&after, options())
            .filter(|e| matches!(e, Event::Start(Tag::Heading { .. })))
            .count();
        assert_eq!(headings, 1, "{after}");
        // A closed fence is left alone.
        let closed = "```\nkode\n```\n";
        assert_eq!(neutralise(closed), format!("{closed}\n"));
        let tilde = neutralise("~~~~\nkode\n~~~\n");
        assert!(tilde.ends_with("~~~~\n\n"), "{tilde:?}");
    }
}
