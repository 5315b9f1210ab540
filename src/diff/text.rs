//! Narrative changes as a word-level diff, the way a reader sees them: each chapter's Markdown
//! is read into blocks of plain text (paragraphs, headings, list items, table rows), the blocks
//! of the two versions are aligned (`similar`, Myers), and each pair of changed blocks is
//! compared word by word. Markup is not shown: `**kemiskinan**` compares as `kemiskinan`, and a
//! change of layout only is reported as such.
//!
//! Time is bounded without a clock (a deadline would make the output depend on the machine):
//! blocks longer than [`MAX_WORDS`] words are shown as replaced whole rather than compared
//! word by word.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::Serialize;
use similar::{Algorithm, DiffOp, capture_diff_slices};

/// Longest block compared word by word.
const MAX_WORDS: usize = 5_000;

/// Below this share of common words, two blocks are shown as one removed and one added.
const MIN_SIMILARITY: f64 = 0.3;

/// A run of words that is common, deleted or inserted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    /// `same`, `deleted` or `inserted`.
    pub kind: &'static str,
    pub text: String,
    /// Whether a space comes before it (not before a comma or a closing bracket).
    pub space: bool,
}

/// A word or a punctuation mark of a block, and whether a space came before it.
fn tokens(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    for word in text.split(' ') {
        let mut rest = word;
        let mut space = true;
        while let Some(c) = rest
            .chars()
            .next()
            .filter(|c| matches!(c, '(' | '"' | '“' | '«'))
        {
            out.push((&rest[..c.len_utf8()], space));
            rest = &rest[c.len_utf8()..];
            space = false;
        }
        let core_end = rest
            .trim_end_matches(|c: char| {
                matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')' | '"' | '”' | '»')
            })
            .len();
        let (core, tail) = rest.split_at(core_end);
        if !core.is_empty() {
            out.push((core, space));
            space = false;
        }
        for (i, c) in tail.char_indices() {
            out.push((&tail[i..i + c.len_utf8()], space));
            space = false;
        }
    }
    out
}

/// One block of a chapter that changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BlockChange {
    /// `changed`, `added` or `removed`.
    pub status: &'static str,
    /// `paragraf`, `judul`, `butir`, `baris tabel` or `kode`.
    pub kind: &'static str,
    /// Its number among the blocks of its version (the new one, or the old for a removed block).
    pub position: usize,
    /// The heading it stands under, if any.
    pub under: Option<String>,
    pub segments: Vec<Segment>,
}

/// What changed in one text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TextChange {
    /// `changed`; `written` (the plan now gives a text where the document printed its standard
    /// one); `cleared` (the reverse); `layout` (only markup or line breaks changed).
    pub status: &'static str,
    pub blocks: Vec<BlockChange>,
    pub inserted_words: usize,
    pub deleted_words: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Block {
    kind: &'static str,
    text: String,
}

/// The blocks of a Markdown text, as plain text with single spaces.
fn blocks(markdown: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut buffer = String::new();
    let mut row: Vec<String> = Vec::new();
    let mut kind_stack: Vec<&'static str> = Vec::new();
    let flush = |buffer: &mut String, kind: &'static str, out: &mut Vec<Block>| {
        let text = buffer.split_whitespace().collect::<Vec<_>>().join(" ");
        buffer.clear();
        if !text.is_empty() {
            out.push(Block { kind, text });
        }
    };
    // The documents' dialect (GitHub tables and strikethrough), named here so the comparison
    // does not reach up into `render`.
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::Heading { .. }) => kind_stack.push("judul"),
            Event::Start(Tag::Item) => {
                flush(&mut buffer, current(&kind_stack), &mut out);
                kind_stack.push("butir");
            }
            Event::Start(Tag::CodeBlock(_)) => kind_stack.push("kode"),
            Event::Start(Tag::TableRow | Tag::TableHead) => {
                row.clear();
                kind_stack.push("baris tabel");
            }
            Event::End(TagEnd::TableCell) => {
                row.push(buffer.split_whitespace().collect::<Vec<_>>().join(" "));
                buffer.clear();
            }
            Event::End(TagEnd::TableRow | TagEnd::TableHead) => {
                buffer = row.join(" | ");
                flush(&mut buffer, "baris tabel", &mut out);
                kind_stack.pop();
            }
            Event::End(TagEnd::Heading(_) | TagEnd::Item | TagEnd::CodeBlock) => {
                let kind = current(&kind_stack);
                flush(&mut buffer, kind, &mut out);
                kind_stack.pop();
            }
            Event::End(TagEnd::Paragraph | TagEnd::BlockQuote(_) | TagEnd::HtmlBlock) => {
                let kind = current(&kind_stack);
                flush(&mut buffer, kind, &mut out);
            }
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                buffer.push_str(&t)
            }
            Event::FootnoteReference(t) => {
                buffer.push_str("[^");
                buffer.push_str(&t);
                buffer.push(']');
            }
            Event::SoftBreak | Event::HardBreak | Event::Rule => buffer.push(' '),
            Event::TaskListMarker(done) => buffer.push_str(if done { "[x] " } else { "[ ] " }),
            _ => {}
        }
    }
    flush(&mut buffer, "paragraf", &mut out);
    out
}

fn current(stack: &[&'static str]) -> &'static str {
    stack.last().copied().unwrap_or("paragraf")
}

/// Compare two versions of a text (`None`: the plan gives none). `None` when nothing changed.
pub fn compare(old: Option<&str>, new: Option<&str>) -> Option<TextChange> {
    let status = match (old, new) {
        (None, None) => return None,
        (Some(a), Some(b)) if a == b => return None,
        (None, Some(_)) => "written",
        (Some(_), None) => "cleared",
        (Some(_), Some(_)) => "changed",
    };
    let old_blocks = old.map(blocks).unwrap_or_default();
    let new_blocks = new.map(blocks).unwrap_or_default();
    let mut change = TextChange {
        status,
        blocks: Vec::new(),
        inserted_words: 0,
        deleted_words: 0,
    };
    let heading_before = |list: &[Block], i: usize| {
        list[..i]
            .iter()
            .rev()
            .find(|b| b.kind == "judul")
            .map(|b| b.text.clone())
    };
    let push_whole = |change: &mut TextChange, list: &[Block], i: usize, added: bool| {
        let block = &list[i];
        let words = block.text.split(' ').count();
        if added {
            change.inserted_words += words;
        } else {
            change.deleted_words += words;
        }
        change.blocks.push(BlockChange {
            status: if added { "added" } else { "removed" },
            kind: block.kind,
            position: i + 1,
            under: heading_before(list, i),
            segments: vec![Segment {
                kind: if added { "inserted" } else { "deleted" },
                text: block.text.clone(),
                space: false,
            }],
        });
    };
    for op in capture_diff_slices(Algorithm::Myers, &old_blocks, &new_blocks) {
        match op {
            DiffOp::Equal { .. } => {}
            DiffOp::Delete {
                old_index, old_len, ..
            } => {
                for i in old_index..old_index + old_len {
                    push_whole(&mut change, &old_blocks, i, false);
                }
            }
            DiffOp::Insert {
                new_index, new_len, ..
            } => {
                for i in new_index..new_index + new_len {
                    push_whole(&mut change, &new_blocks, i, true);
                }
            }
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                let paired = old_len.min(new_len);
                for k in 0..paired {
                    let (o, n) = (old_index + k, new_index + k);
                    match words(&old_blocks[o].text, &new_blocks[n].text) {
                        Some((segments, inserted, deleted)) => {
                            change.inserted_words += inserted;
                            change.deleted_words += deleted;
                            change.blocks.push(BlockChange {
                                status: "changed",
                                kind: new_blocks[n].kind,
                                position: n + 1,
                                under: heading_before(&new_blocks, n),
                                segments,
                            });
                        }
                        None => {
                            push_whole(&mut change, &old_blocks, o, false);
                            push_whole(&mut change, &new_blocks, n, true);
                        }
                    }
                }
                for o in old_index + paired..old_index + old_len {
                    push_whole(&mut change, &old_blocks, o, false);
                }
                for n in new_index + paired..new_index + new_len {
                    push_whole(&mut change, &new_blocks, n, true);
                }
            }
        }
    }
    if change.blocks.is_empty() && status == "changed" {
        change.status = "layout";
    }
    Some(change)
}

/// A word-level diff of two blocks, or `None` when they have too little in common (or are
/// too long) to be read as one block edited.
fn words(old: &str, new: &str) -> Option<(Vec<Segment>, usize, usize)> {
    let a = tokens(old);
    let b = tokens(new);
    if a.len() > MAX_WORDS || b.len() > MAX_WORDS {
        return None;
    }
    let a_words: Vec<&str> = a.iter().map(|t| t.0).collect();
    let b_words: Vec<&str> = b.iter().map(|t| t.0).collect();
    let ops = capture_diff_slices(Algorithm::Myers, &a_words, &b_words);
    let common: usize = ops
        .iter()
        .map(|op| match op {
            DiffOp::Equal { len, .. } => *len,
            _ => 0,
        })
        .sum();
    if (common as f64) < MIN_SIMILARITY * a.len().max(b.len()) as f64 {
        return None;
    }
    let mut segments: Vec<Segment> = Vec::new();
    let mut push = |kind: &'static str, tokens: &[(&str, bool)]| {
        for (i, (word, space)) in tokens.iter().enumerate() {
            match segments.last_mut() {
                Some(last) if last.kind == kind && i > 0 => {
                    if *space {
                        last.text.push(' ');
                    }
                    last.text.push_str(word);
                }
                _ => segments.push(Segment {
                    kind,
                    text: (*word).to_owned(),
                    space: *space,
                }),
            }
        }
    };
    let (mut inserted, mut deleted) = (0, 0);
    let count = |t: &[(&str, bool)]| {
        t.iter()
            .filter(|(w, _)| w.chars().any(char::is_alphanumeric))
            .count()
    };
    for op in ops {
        match op {
            DiffOp::Equal { old_index, len, .. } => push("same", &a[old_index..old_index + len]),
            DiffOp::Delete {
                old_index, old_len, ..
            } => {
                deleted += count(&a[old_index..old_index + old_len]);
                push("deleted", &a[old_index..old_index + old_len]);
            }
            DiffOp::Insert {
                new_index, new_len, ..
            } => {
                inserted += count(&b[new_index..new_index + new_len]);
                push("inserted", &b[new_index..new_index + new_len]);
            }
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                deleted += count(&a[old_index..old_index + old_len]);
                inserted += count(&b[new_index..new_index + new_len]);
                push("deleted", &a[old_index..old_index + old_len]);
                push("inserted", &b[new_index..new_index + new_len]);
            }
        }
    }
    if let Some(first) = segments.first_mut() {
        first.space = false;
    }
    Some((segments, inserted, deleted))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(kind: &'static str, text: &str, space: bool) -> Segment {
        Segment {
            kind,
            text: text.into(),
            space,
        }
    }

    #[test]
    fn an_edited_paragraph_is_compared_word_by_word() {
        let old = "# Latar\n\nAngka kemiskinan **turun** menjadi 5,19 persen.\n\nParagraf tetap.\n";
        let new = "# Latar\n\nAngka kemiskinan turun tajam menjadi 4,90 persen.\n\nParagraf tetap.\n\n- butir baru\n";
        let change = compare(Some(old), Some(new)).unwrap();
        assert_eq!(change.status, "changed");
        assert_eq!(change.blocks.len(), 2);
        let edited = &change.blocks[0];
        assert_eq!(edited.status, "changed");
        assert_eq!(edited.under.as_deref(), Some("Latar"));
        assert_eq!(
            edited.segments,
            [
                seg("same", "Angka kemiskinan turun", false),
                seg("inserted", "tajam", true),
                seg("same", "menjadi", true),
                seg("deleted", "5,19", true),
                seg("inserted", "4,90", true),
                seg("same", "persen.", true),
            ]
        );
        assert_eq!(change.blocks[1].status, "added");
        assert_eq!(change.blocks[1].kind, "butir");
        assert_eq!((change.inserted_words, change.deleted_words), (4, 1));
    }

    #[test]
    fn a_rewritten_paragraph_is_removed_and_added() {
        let change = compare(
            Some("Satu dua tiga empat."),
            Some("Lima enam tujuh delapan."),
        )
        .unwrap();
        let statuses: Vec<&str> = change.blocks.iter().map(|b| b.status).collect();
        assert_eq!(statuses, ["removed", "added"]);
    }

    #[test]
    fn layout_only_and_no_change() {
        assert_eq!(compare(Some("a b"), Some("a b")), None);
        assert_eq!(compare(None, None), None);
        let change = compare(Some("a\nb"), Some("a b")).unwrap();
        assert_eq!(change.status, "layout");
        assert!(change.blocks.is_empty());
        assert_eq!(compare(None, Some("Teks.")).unwrap().status, "written");
    }

    #[test]
    fn table_rows_are_blocks() {
        let old = "| a | b |\n|---|---|\n| 1 | 2 |\n";
        let new = "| a | b |\n|---|---|\n| 1 | 3 |\n";
        let change = compare(Some(old), Some(new)).unwrap();
        assert_eq!(change.blocks.len(), 1);
        assert_eq!(change.blocks[0].kind, "baris tabel");
    }
}
