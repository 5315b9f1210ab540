//! Words and line breaking, as pure functions of measured text.
//!
//! Runs become [`Word`]s (pieces of text in their faces with no break between them); words
//! become [`Line`]s by one of three breakers: [`justified`] for body paragraphs (a total-fit
//! breaker in the manner of Knuth and Plass, with Indonesian hyphenation, that never stretches
//! a word gap beyond [`MAX_GAP`] times its natural width: a line that cannot be set within that
//! is set ragged instead), [`greedy`] for table cells and ragged text (hyphenating a word only
//! where the line would otherwise be left short), and [`balanced`] for centred titles (the same
//! number of lines as greedy, as even as they can be).

use super::super::fonts::{Face, Fonts};
use crate::render::doc::Run;
use crate::render::hyphenate;

/// Measures text: the embedded fonts in the document, a fixed-width stand-in in tests.
pub trait Measure {
    fn width(&self, face: Face, text: &str, size: f32) -> f32;
}

impl Measure for Fonts {
    fn width(&self, face: Face, text: &str, size: f32) -> f32 {
        Fonts::width(self, face, text, size)
    }
}

/// The widest a justified word gap may grow, in natural gaps.
pub const MAX_GAP: f32 = 1.8;
/// The narrowest it may shrink.
const MIN_GAP: f32 = 0.85;

/// Text in one face with no break inside; `link` is an anchor of the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    pub text: String,
    pub face: Face,
    pub link: Option<String>,
}

/// A word as printed: one or more pieces with no break between them.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub pieces: Vec<Piece>,
    pub width: f32,
    pub size: f32,
    /// No line break may follow this word (`Rp1,6` before `triliun`, a non-breaking space).
    pub glue: bool,
    /// The word may be hyphenated (plain text: one piece, not italic, not code).
    pub breakable: bool,
    /// A line ends after this word (a hard line break).
    pub newline: bool,
}

impl Word {
    pub fn text(&self) -> String {
        self.pieces.iter().map(|p| p.text.as_str()).collect()
    }

    /// Scale a word measured at one size to another (widths are linear in the size).
    pub fn scaled(&self, size: f32) -> Word {
        let mut w = self.clone();
        w.width = self.width * size / self.size;
        w.size = size;
        w
    }
}

/// One line: its words and its natural width (words and single spaces).
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub words: Vec<Word>,
    pub width: f32,
    /// The last line of its paragraph (never stretched).
    pub last: bool,
    /// Set justified: false for a line that would stretch too far, which is set ragged.
    pub justify: bool,
}

fn space(m: &dyn Measure, size: f32) -> f32 {
    m.width(Face::Regular, " ", size)
}

fn hyphen(m: &dyn Measure, face: Face, size: f32) -> f32 {
    m.width(face, "-", size)
}

/// The longest token (in bytes) that is hyphenated.
const MAX_WORD: usize = 64;

/// Scale words that an amount is printed with, which must not end a line before it.
const SCALES: [&str; 5] = ["ribu", "juta", "miliar", "triliun", "persen"];

/// Split runs into words. A non-breaking space joins the words on either side; an amount keeps
/// its scale word (`Rp1,6 triliun`); a word of punctuation alone keeps to the word before it, so
/// no line starts with a lone `,` or `–`.
pub fn words(runs: &[Run], size: f32, base: Face, m: &dyn Measure) -> Vec<Word> {
    let mut words: Vec<Word> = Vec::new();
    let mut current: Option<Word> = None;
    for run in runs {
        let mut face = base;
        if run.bold {
            face = face.bold();
        }
        if run.italic || run.alt {
            face = face.italic();
        }
        let link = run.anchor().map(str::to_owned);
        let plain = !(run.italic || run.alt || run.code);
        let mut rest = run.text.as_str();
        while !rest.is_empty() {
            let split = rest.char_indices().find(|(_, c)| c.is_whitespace());
            let (piece, after) = match split {
                Some((0, c)) => {
                    if let Some(w) = current.take() {
                        words.push(w);
                    }
                    if let Some(last) = words.last_mut() {
                        match c {
                            '\u{a0}' => last.glue = true,
                            '\n' => last.newline = true,
                            _ => {}
                        }
                    }
                    rest = &rest[c.len_utf8()..];
                    continue;
                }
                Some((i, _)) => (&rest[..i], &rest[i..]),
                None => (rest, ""),
            };
            let width = m.width(face, piece, size);
            let w = current.get_or_insert_with(|| Word {
                pieces: Vec::new(),
                width: 0.0,
                size,
                glue: false,
                breakable: true,
                newline: false,
            });
            w.pieces.push(Piece {
                text: piece.to_owned(),
                face,
                link: link.clone(),
            });
            w.width += width;
            // No word of a language is longer than this; a longer token is broken where it
            // must be, never hyphenated (which would also cost time quadratic in its length).
            w.breakable &= plain && w.pieces.len() == 1 && piece.len() <= MAX_WORD;
            rest = after;
        }
    }
    if let Some(w) = current.take() {
        words.push(w);
    }
    for i in 1..words.len() {
        let punctuation = words[i]
            .pieces
            .iter()
            .all(|p| !p.text.chars().any(char::is_alphanumeric));
        if punctuation {
            words[i - 1].glue = true;
        }
        let ends_in_digit = words[i - 1]
            .pieces
            .last()
            .is_some_and(|p| p.text.ends_with(|c: char| c.is_ascii_digit()));
        let scale = words[i].pieces.first().is_some_and(|p| {
            let t = p
                .text
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            SCALES.contains(&t.as_str())
        });
        if ends_in_digit && scale {
            words[i - 1].glue = true;
        }
    }
    words
}

/// Where a word may break with a hyphen: byte offsets into its one piece, each with the width
/// of the part before it (hyphen included) and after it.
fn hyphen_points(word: &Word, m: &dyn Measure) -> Vec<(usize, f32, f32)> {
    if !word.breakable || word.pieces.len() != 1 {
        return Vec::new();
    }
    let piece = &word.pieces[0];
    let mut points: Vec<(usize, bool)> = hyphenate::hyphenate(&piece.text)
        .into_iter()
        .map(|p| (p, true))
        .chain(
            hyphenate::after_hyphens(&piece.text)
                .into_iter()
                .map(|p| (p, false)),
        )
        .collect();
    points.sort_unstable_by_key(|p| p.0);
    points.dedup_by_key(|p| p.0);
    points
        .into_iter()
        .map(|(at, add)| {
            let before = m.width(piece.face, &piece.text[..at], word.size)
                + if add {
                    hyphen(m, piece.face, word.size)
                } else {
                    0.0
                };
            let after = m.width(piece.face, &piece.text[at..], word.size);
            (at, before, after)
        })
        .collect()
}

/// The narrowest a word can be set: its widest syllable with the hyphen, or the whole word
/// when it may not break.
pub fn narrowest(word: &Word, m: &dyn Measure) -> f32 {
    let points = hyphen_points(word, m);
    if points.is_empty() {
        return word.width;
    }
    let mut widest: f32 = 0.0;
    let mut before_prev = 0.0;
    let mut prev_after = word.width;
    for (_, before, after) in &points {
        // The fragment from the previous point to this one, with its hyphen.
        let hyphen_w = *before - (word.width - *after);
        let fragment = (word.width - *after) - before_prev + hyphen_w;
        widest = widest.max(fragment);
        before_prev = word.width - *after;
        prev_after = *after;
    }
    widest.max(prev_after)
}

/// Split a one-piece word at byte `at`: the part before (with a hyphen unless the text already
/// has one there) and the part after.
fn split_at(word: &Word, at: usize, m: &dyn Measure) -> (Word, Word) {
    let piece = &word.pieces[0];
    let mut left = piece.text[..at].to_owned();
    if !left.ends_with('-') {
        left.push('-');
    }
    let right = piece.text[at..].to_owned();
    let make = |text: String, glue: bool| Word {
        width: m.width(piece.face, &text, word.size),
        pieces: vec![Piece {
            text,
            face: piece.face,
            link: piece.link.clone(),
        }],
        size: word.size,
        glue,
        breakable: word.breakable,
        newline: false,
    };
    let mut right = make(right, word.glue);
    right.newline = word.newline;
    (make(left, false), right)
}

/// A word wider than any line, broken between characters (after a `.`, `,`, `/` or `-` when one
/// falls in the second half of the part): the first part that fits in `width` and the rest.
/// No hyphen is added: this is not a syllable.
fn split_to_fit(word: &Word, width: f32, m: &dyn Measure) -> (Word, Option<Word>) {
    let mut head: Vec<Piece> = Vec::new();
    let mut used = 0.0;
    for (pi, piece) in word.pieces.iter().enumerate() {
        let w = m.width(piece.face, &piece.text, word.size);
        if used + w <= width || (head.is_empty() && piece.text.chars().count() == 1) {
            used += w;
            head.push(piece.clone());
            continue;
        }
        // Break inside this piece.
        let mut cut = 0;
        let mut last_sep = None;
        let mut acc = used;
        for (i, c) in piece.text.char_indices() {
            let cw = m.width(piece.face, &piece.text[i..i + c.len_utf8()], word.size);
            if acc + cw > width && (cut > 0 || !head.is_empty()) {
                break;
            }
            acc += cw;
            cut = i + c.len_utf8();
            if matches!(c, '.' | ',' | '/' | '-' | ')' | ';' | ':') {
                last_sep = Some(cut);
            }
        }
        if let Some(sep) = last_sep
            && sep * 2 >= cut
            && sep < piece.text.len()
        {
            cut = sep;
        }
        let mut rest_pieces = Vec::new();
        if cut > 0 {
            head.push(Piece {
                text: piece.text[..cut].to_owned(),
                face: piece.face,
                link: piece.link.clone(),
            });
        }
        if cut < piece.text.len() {
            rest_pieces.push(Piece {
                text: piece.text[cut..].to_owned(),
                face: piece.face,
                link: piece.link.clone(),
            });
        }
        rest_pieces.extend(word.pieces[pi + 1..].iter().cloned());
        let measure = |pieces: &[Piece]| -> f32 {
            pieces
                .iter()
                .map(|p| m.width(p.face, &p.text, word.size))
                .sum()
        };
        let first = Word {
            width: measure(&head),
            pieces: head,
            size: word.size,
            glue: false,
            breakable: false,
            newline: false,
        };
        let rest = (!rest_pieces.is_empty()).then(|| Word {
            width: measure(&rest_pieces),
            pieces: rest_pieces,
            size: word.size,
            glue: word.glue,
            breakable: false,
            newline: word.newline,
        });
        return (first, rest);
    }
    (word.clone(), None)
}

fn natural(words: &[Word], m: &dyn Measure) -> f32 {
    let spaces: f32 = words.iter().skip(1).map(|w| space(m, w.size)).sum();
    words.iter().map(|w| w.width).sum::<f32>() + spaces
}

fn finish(lines: &mut [Line]) {
    if let Some(last) = lines.last_mut() {
        last.last = true;
    }
}

/// Greedy line breaking for cells and ragged text. A word that does not fit is hyphenated when
/// that leaves less than `slack` of the line empty; a word wider than the line is hyphenated or,
/// failing a syllable that fits, broken between characters.
pub fn greedy(words: &[Word], width: f32, slack: f32, m: &dyn Measure) -> Vec<Line> {
    greedy_owned(words.to_vec(), width, slack, m)
}

/// [`greedy`] on words the caller gives up (no copy of them is made).
pub fn greedy_owned(words: Vec<Word>, width: f32, slack: f32, m: &dyn Measure) -> Vec<Line> {
    // Most cells fit on one line: no breaking to do.
    if words.is_empty() {
        return Vec::new();
    }
    let total = natural(&words, m);
    if total <= width + 0.01 && !words.iter().any(|w| w.newline) {
        return vec![Line {
            words,
            width: total,
            last: true,
            justify: false,
        }];
    }
    let mut lines: Vec<Line> = Vec::new();
    let mut line: Vec<Word> = Vec::new();
    let mut line_width = 0.0f32;
    let mut queue: std::collections::VecDeque<Word> = words.into();
    let push_line = |lines: &mut Vec<Line>, line: &mut Vec<Word>, line_width: &mut f32| {
        if !line.is_empty() {
            lines.push(Line {
                words: std::mem::take(line),
                width: *line_width,
                last: false,
                justify: false,
            });
        }
        *line_width = 0.0;
    };
    while let Some(word) = queue.pop_front() {
        // A glued group moves as one.
        let mut group = vec![word];
        while group.last().is_some_and(|w| w.glue && !w.newline) {
            match queue.pop_front() {
                Some(w) => group.push(w),
                None => break,
            }
        }
        let group_width = natural(&group, m);
        let gap = if line.is_empty() {
            0.0
        } else {
            space(m, group[0].size)
        };
        if line_width + gap + group_width <= width + 0.01 {
            line_width += gap + group_width;
            let ends = group.last().is_some_and(|w| w.newline);
            line.extend(group);
            if ends {
                push_line(&mut lines, &mut line, &mut line_width);
            }
            continue;
        }
        if group.len() > 1 && line.is_empty() && group_width > width {
            // Glue that cannot hold on any line is let go.
            for (i, mut w) in group.into_iter().enumerate().rev() {
                if i == 0 {
                    w.glue = false;
                }
                queue.push_front(w);
            }
            if let Some(first) = queue.front_mut() {
                first.glue = false;
            }
            continue;
        }
        if group.len() == 1 {
            let word = &group[0];
            let room = width - line_width - gap;
            let short = room > width * slack || line.is_empty();
            if short {
                let best = hyphen_points(word, m)
                    .into_iter()
                    .rfind(|(_, before, _)| *before <= room + 0.01);
                if let Some((at, before, _)) = best {
                    let (left, right) = split_at(word, at, m);
                    line_width += gap + before;
                    line.push(left);
                    push_line(&mut lines, &mut line, &mut line_width);
                    queue.push_front(right);
                    continue;
                }
            }
            if line.is_empty() {
                // Wider than the line, with no syllable that fits.
                let (first, rest) = split_to_fit(word, width, m);
                line_width = first.width;
                line.push(first);
                push_line(&mut lines, &mut line, &mut line_width);
                if let Some(rest) = rest {
                    queue.push_front(rest);
                }
                continue;
            }
        }
        push_line(&mut lines, &mut line, &mut line_width);
        for w in group.into_iter().rev() {
            queue.push_front(w);
        }
    }
    push_line(&mut lines, &mut line, &mut line_width);
    finish(&mut lines);
    lines
}

/// Balanced lines for a centred title: as many lines as greedy breaking takes, made as even as
/// possible, so a title never ends with one short word on a line of its own.
pub fn balanced(words: &[Word], width: f32, m: &dyn Measure) -> Vec<Line> {
    // The last word never stands alone (`TAHUN` / `2025–2029`).
    let mut glued;
    let words = if words.len() >= 3 {
        glued = words.to_vec();
        let n = glued.len();
        glued[n - 2].glue = true;
        &glued[..]
    } else {
        words
    };
    let lines = greedy(words, width, 1.0, m);
    if lines.len() < 2 {
        return lines;
    }
    let count = lines.len();
    let widest = words.iter().map(|w| w.width).fold(0.0, f32::max);
    let (mut lo, mut hi) = (widest.min(width), width);
    for _ in 0..20 {
        let mid = (lo + hi) / 2.0;
        if greedy(words, mid, 1.0, m).len() <= count {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    greedy(words, hi, 1.0, m)
}

/// A stretch of a word between two break opportunities.
struct Fragment {
    word: usize,
    /// Byte range in the word's single piece, or the whole word.
    range: Option<std::ops::Range<usize>>,
    width: f32,
    /// What follows the fragment.
    after: After,
}

#[derive(Clone, Copy, PartialEq)]
enum After {
    /// A space where the line may break.
    Space,
    /// A space where it may not.
    Glue,
    /// Inside a word: a break adds a hyphen (or none after an existing one).
    Hyphen {
        width: f32,
    },
    End,
}

/// Total-fit line breaking for a justified paragraph: the breaks that minimise the sum over the
/// lines of (10 + badness)², badness growing with the cube of how far a line's gaps stretch or
/// shrink, plus a cost for each hyphen and more for two in a row. A line whose gaps would pass
/// [`MAX_GAP`] is accepted only when nothing else fits, and is then set ragged.
pub fn justified(words: &[Word], width: f32, m: &dyn Measure) -> Vec<Line> {
    if words.is_empty() {
        return Vec::new();
    }
    if let Some(at) = words.iter().position(|w| w.newline)
        && at + 1 < words.len()
    {
        // A hard break: each part on its own, its last line not stretched.
        let mut lines = justified(&words[..=at], width, m);
        lines.extend(justified(&words[at + 1..], width, m));
        return lines;
    }
    if words.iter().any(|w| w.width > width) {
        // A word wider than the line: greedy splits it; nothing to justify around it.
        let mut lines = greedy(words, width, 0.25, m);
        for l in lines.iter_mut() {
            l.justify = !l.last;
        }
        return lines;
    }
    let mut frags: Vec<Fragment> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let points = hyphen_points(w, m);
        let end = if i + 1 == words.len() {
            After::End
        } else if w.glue {
            After::Glue
        } else {
            After::Space
        };
        if points.is_empty() {
            frags.push(Fragment {
                word: i,
                range: None,
                width: w.width,
                after: end,
            });
            continue;
        }
        let text = &w.pieces[0].text;
        let face = w.pieces[0].face;
        let mut from = 0;
        for (at, _, _) in &points {
            let part = &text[from..*at];
            let h = if part.ends_with('-') {
                0.0
            } else {
                hyphen(m, face, w.size)
            };
            frags.push(Fragment {
                word: i,
                range: Some(from..*at),
                width: m.width(face, part, w.size),
                after: After::Hyphen { width: h },
            });
            from = *at;
        }
        frags.push(Fragment {
            word: i,
            range: Some(from..text.len()),
            width: m.width(face, &text[from..], w.size),
            after: end,
        });
    }
    let n = frags.len();
    // Prefix sums over fragments: widths and word gaps (a gap follows fragment k when its
    // `after` is a space).
    let mut widths = vec![0.0f32; n + 1];
    let mut gaps = vec![0.0f32; n + 1];
    let mut gap_count = vec![0usize; n + 1];
    for (k, f) in frags.iter().enumerate() {
        widths[k + 1] = widths[k] + f.width;
        let g = match f.after {
            After::Space | After::Glue => space(m, words[f.word].size),
            _ => 0.0,
        };
        gaps[k + 1] = gaps[k] + g;
        gap_count[k + 1] = gap_count[k] + usize::from(g > 0.0);
    }
    // A line from break i (after fragment i-1) to break j (after fragment j-1).
    let line_cost = |i: usize, j: usize| -> Option<(f32, bool)> {
        let last = j == n;
        // Gaps inside the line: those after fragments i..j-1, but not the one the line ends at.
        let inner_gaps = gaps[j - 1] - gaps[i];
        let inner_count = gap_count[j - 1] - gap_count[i];
        let end_hyphen = match frags[j - 1].after {
            After::Hyphen { width } => width,
            _ => 0.0,
        };
        let natural = widths[j] - widths[i] + inner_gaps + end_hyphen;
        let shrink = inner_gaps * (1.0 - MIN_GAP);
        if natural - shrink > width + 0.01 {
            return None;
        }
        let stretch = inner_gaps * (MAX_GAP - 1.0);
        let ratio = if natural <= width {
            if last {
                0.0
            } else if stretch > 0.0 {
                (width - natural) / stretch
            } else {
                // One word alone on a line: it cannot stretch.
                if width - natural < 1.0 { 0.0 } else { 10.0 }
            }
        } else {
            -(natural - width) / shrink.max(0.001)
        };
        let loose = ratio > 1.0;
        let badness = (100.0 * ratio.abs().powi(3)).min(10_000.0);
        let mut cost = (10.0 + badness).powi(2);
        if loose {
            // Acceptable only when nothing else is.
            cost += 1.0e7;
        }
        if end_hyphen > 0.0 || matches!(frags[j - 1].after, After::Hyphen { .. }) {
            cost += 50.0 * 50.0;
        }
        let _ = inner_count;
        Some((cost, loose))
    };
    let breakable = |k: usize| -> bool {
        k == 0 || k == n || matches!(frags[k - 1].after, After::Space | After::Hyphen { .. })
    };
    let mut best: Vec<f32> = vec![f32::INFINITY; n + 1];
    let mut from: Vec<usize> = vec![0; n + 1];
    best[0] = 0.0;
    for j in 1..=n {
        if !breakable(j) {
            continue;
        }
        let mut i = j;
        while i > 0 {
            i -= 1;
            if !breakable(i) || !best[i].is_finite() {
                continue;
            }
            // Lines only grow as i moves back: stop once even full shrink cannot fit.
            let Some((cost, _)) = line_cost(i, j) else {
                break;
            };
            let mut total = best[i] + cost;
            // Two hyphenated lines in a row.
            if i > 0
                && matches!(frags[i - 1].after, After::Hyphen { .. })
                && matches!(frags[j - 1].after, After::Hyphen { .. })
            {
                total += 3000.0;
            }
            if total < best[j] {
                best[j] = total;
                from[j] = i;
            }
        }
    }
    if !best[n].is_finite() {
        let mut lines = greedy(words, width, 0.25, m);
        for l in lines.iter_mut() {
            l.justify = !l.last;
        }
        return lines;
    }
    let mut breaks = vec![n];
    let mut j = n;
    while j > 0 {
        j = from[j];
        breaks.push(j);
    }
    breaks.reverse();
    let mut lines = Vec::new();
    for pair in breaks.windows(2) {
        let (i, j) = (pair[0], pair[1]);
        let loose = line_cost(i, j).is_some_and(|(_, l)| l);
        let mut line_words: Vec<Word> = Vec::new();
        let mut k = i;
        while k < j {
            let wi = frags[k].word;
            let mut end = k;
            while end + 1 < j && frags[end + 1].word == wi {
                end += 1;
            }
            let word = &words[wi];
            let whole = frags[k].range.is_none()
                || (frags[k].range.as_ref().is_some_and(|r| r.start == 0)
                    && frags[end]
                        .range
                        .as_ref()
                        .is_some_and(|r| r.end == word.pieces[0].text.len()));
            if whole {
                line_words.push(word.clone());
            } else {
                let piece = &word.pieces[0];
                let start = frags[k].range.as_ref().map_or(0, |r| r.start);
                let stop = frags[end]
                    .range
                    .as_ref()
                    .map_or(piece.text.len(), |r| r.end);
                let mut text = piece.text[start..stop].to_owned();
                let broken = matches!(frags[end].after, After::Hyphen { .. }) && end + 1 == j;
                if broken && !text.ends_with('-') {
                    text.push('-');
                }
                line_words.push(Word {
                    width: m.width(piece.face, &text, word.size),
                    pieces: vec![Piece {
                        text,
                        face: piece.face,
                        link: piece.link.clone(),
                    }],
                    size: word.size,
                    glue: word.glue && !broken,
                    breakable: word.breakable,
                    newline: word.newline && !broken,
                });
            }
            k = end + 1;
        }
        let width_now = natural(&line_words, m);
        lines.push(Line {
            words: line_words,
            width: width_now,
            last: j == n,
            justify: !loose && j != n,
        });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character half the type size wide, a space a quarter.
    struct Mono;
    impl Measure for Mono {
        fn width(&self, _: Face, text: &str, size: f32) -> f32 {
            text.chars()
                .map(|c| if c == ' ' { 0.25 } else { 0.5 })
                .sum::<f32>()
                * size
        }
    }

    fn ws(text: &str) -> Vec<Word> {
        words(&[Run::plain(text)], 10.0, Face::Regular, &Mono)
    }

    fn texts(lines: &[Line]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.words.iter().map(Word::text).collect::<Vec<_>>().join(" "))
            .collect()
    }

    #[test]
    fn amounts_keep_their_scale_and_punctuation_its_word() {
        let w = ws("sebesar Rp1,6 triliun , dan");
        assert!(w[1].glue, "{w:?}");
        assert!(w[2].glue, "a lone comma keeps to the word before");
        let lines = greedy(&w, 80.0, 1.0, &Mono);
        for l in texts(&lines) {
            assert!(!l.starts_with(','), "{l}");
            assert!(!l.ends_with("Rp1,6"), "{l}");
        }
        let nbsp = ws("TAHUN\u{a0}2025–2029");
        assert_eq!(nbsp.len(), 2);
        assert!(nbsp[0].glue);
    }

    #[test]
    fn greedy_hyphenates_only_at_syllables_and_never_a_number() {
        // 5 pt per letter: "kemiskinan" is 50 pt wide.
        let w = ws("angka kemiskinan 1.200.000");
        let lines = greedy(&w, 60.0, 0.2, &Mono);
        let t = texts(&lines);
        assert_eq!(t[0], "angka kemis-", "{t:?}");
        assert_eq!(t[1], "kinan");
        assert_eq!(t[2], "1.200.000");
        for l in &lines {
            assert!(l.width <= 60.01, "{l:?}");
        }
    }

    #[test]
    fn a_token_wider_than_the_line_is_broken_and_nothing_is_lost() {
        let token: String = "x".repeat(1000);
        let w = ws(&format!("awal {token} akhir"));
        let lines = greedy(&w, 100.0, 0.2, &Mono);
        let joined: String = texts(&lines).join("");
        assert_eq!(joined.matches('x').count(), 1000);
        for l in &lines {
            assert!(l.width <= 100.01, "{}", l.width);
        }
        let code = ws("1.06.05.2.02.0006");
        let lines = greedy(&code, 40.0, 0.2, &Mono);
        assert!(texts(&lines)[0].ends_with('.'), "{:?}", texts(&lines));
    }

    #[test]
    fn justified_lines_never_stretch_past_the_limit() {
        let text = "Kemiskinan merupakan persoalan multidimensi yang tidak hanya berkaitan dengan rendahnya pendapatan tetapi juga dengan keterbatasan akses terhadap pendidikan kesehatan hunian yang layak sanitasi air minum dan kesempatan kerja";
        let w = ws(text);
        for width in [90.0, 130.0, 200.0, 333.0] {
            let lines = justified(&w, width, &Mono);
            let sp = Mono.width(Face::Regular, " ", 10.0);
            for l in &lines {
                assert!(l.width <= width + 0.01 || l.words.len() == 1, "{l:?}");
                let gaps = l.words.len().saturating_sub(1) as f32;
                if l.justify && gaps > 0.0 {
                    let gap = sp + (width - l.width) / gaps;
                    assert!(gap <= sp * MAX_GAP + 0.01, "{} at {width}", gap / sp);
                }
            }
            // Every word is there, hyphens undone.
            let mut joined = String::new();
            for l in texts(&lines) {
                if joined.ends_with('-') {
                    joined.pop();
                } else if !joined.is_empty() {
                    joined.push(' ');
                }
                joined.push_str(&l);
            }
            assert_eq!(joined, text);
            assert!(lines.last().unwrap().last);
        }
    }

    #[test]
    fn total_fit_beats_greedy_on_looseness() {
        let w = ws("aa bb cc dddddddddd ee ff gg hhhhhhhhhh ii jj");
        let width = 60.0;
        let worst = |lines: &[Line]| {
            lines
                .iter()
                .filter(|l| !l.last && l.words.len() > 1)
                .map(|l| (width - l.width) / (l.words.len() - 1) as f32)
                .fold(0.0, f32::max)
        };
        let optimal = justified(&w, width, &Mono);
        let first = greedy(&w, width, 1.0, &Mono);
        assert!(worst(&optimal) <= worst(&first), "{:?}", texts(&optimal));
    }

    #[test]
    fn balanced_titles_have_even_lines() {
        let w = ws("RENCANA PENANGGULANGAN KEMISKINAN DAERAH KOTA TANGERANG TAHUN 2025–2029");
        let lines = balanced(&w, 250.0, &Mono);
        let t = texts(&lines);
        assert!(t.last().unwrap().contains("TAHUN"), "{t:?}");
        let widths: Vec<f32> = lines.iter().map(|l| l.width).collect();
        let (lo, hi) = widths
            .iter()
            .fold((f32::MAX, 0.0f32), |(a, b), w| (a.min(*w), b.max(*w)));
        assert!(lo > hi * 0.6, "{t:?}");
    }
}
