//! Tables, set the way a typesetter would.
//!
//! Each column is measured at 1 pt: its narrowest (min-content: the widest syllable of a word,
//! the whole of a number, amount or code), its widest word, and its widest cell on one line
//! (max-content). The type size then follows directly from the page: the base size when every
//! column's widest word fits, else the size at which they do (never below 85% of the base while
//! syllables can still break), never a size at which a syllable would not fit; below 5 pt the
//! table is set in column panels with its key columns repeated. Widths come from
//! [`column_widths`]: figures take what they need, text columns share the rest fairly.
//!
//! Tables naming the same grid share one size and one set of widths. Rows stay whole, a row with
//! `keep` stays with the next, a row taller than a page is split line by line; the header repeats
//! on every page under the caption's label and "(continued)"; the notes stay with the last row.

use super::super::fonts::{Face, Fonts};
use super::text::{self, Line, Word};
use super::{BLACK, Color, Engine, Item, Mark, RULE};
use crate::render::directive::ColumnKind;
use crate::render::doc::{Align, Block, Caption, Column, Run, Table};
use std::collections::HashMap;
use std::ops::Range;

const PAD_X: f32 = 2.5;
const PAD_Y: f32 = 1.4;
const HEAD_FILL: Color = Color::Gray(0.9);
const SECTION_FILL: Color = Color::Gray(0.96);
/// The smallest type a table is set in; below it, panels.
const MIN_SIZE: f32 = 5.0;
/// Caption and notes.
const CAPTION: f32 = 9.5;
/// A table of this many rows or fewer is kept on one page.
const SHORT: usize = 6;
/// Line height of table text, in type sizes.
const LEADING: f32 = 1.22;
const NOTE: f32 = 8.5;

/// A column measured at 1 pt, without padding.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ColumnMeasure {
    /// The narrowest the column can be: its widest unbreakable piece.
    pub min: f32,
    /// Its widest word: narrower than this, words hyphenate.
    pub word: f32,
    /// Its widest cell set on one line.
    pub max: f32,
    /// How much text it holds (the mean width of its non-empty cells), for sharing.
    pub weight: f32,
    /// A column of figures (numbers, amounts, years).
    pub figure: bool,
}

impl ColumnMeasure {
    fn union(&mut self, other: &ColumnMeasure) {
        self.min = self.min.max(other.min);
        self.word = self.word.max(other.word);
        self.max = self.max.max(other.max);
        self.weight = self.weight.max(other.weight);
        self.figure &= other.figure;
    }

    fn scaled(&self, size: f32, pad: f32) -> ColumnMeasure {
        ColumnMeasure {
            min: self.min * size + pad,
            word: self.word * size + pad,
            max: self.max * size + pad,
            weight: self.weight,
            figure: self.figure,
        }
    }
}

/// Column widths for `available` points, from measures that include padding.
///
/// Every column gets at least its `min` (the caller chose a type size at which the mins fit).
/// When everything fits on one line, each column gets its `max` and the text columns share what
/// is left in proportion. Otherwise figure columns first get their widest token (a number or an
/// amount never wraps), and then every column shares the rest by water-filling: a common level
/// `L` rises until the width is used, each column getting `clamp(L × weight, what it has, max)`.
/// A column that needs less than its share keeps only what it needs, and no text column is
/// squeezed below its share while a figure column takes more than it needs.
pub fn column_widths(columns: &[ColumnMeasure], available: f32) -> Vec<f32> {
    let n = columns.len();
    if n == 0 {
        return Vec::new();
    }
    let sum_max: f32 = columns.iter().map(|c| c.max).sum();
    if sum_max <= available {
        let text_max: f32 = columns.iter().filter(|c| !c.figure).map(|c| c.max).sum();
        let spare = available - sum_max;
        return columns
            .iter()
            .map(|c| {
                if text_max > 0.0 {
                    c.max
                        + if c.figure {
                            0.0
                        } else {
                            spare * c.max / text_max
                        }
                } else {
                    c.max + spare * c.max / sum_max.max(0.001)
                }
            })
            .collect();
    }
    let mut widths: Vec<f32> = columns.iter().map(|c| c.min).collect();
    let mut left = available - widths.iter().sum::<f32>();
    if left <= 0.0 {
        return widths;
    }
    // Figures first, up to their widest token: a number or an amount is read whole. Beyond it
    // (`2.400 orang` on one line) they share like text.
    let figure_need: f32 = columns
        .iter()
        .filter(|c| c.figure)
        .map(|c| c.word.max(c.min) - c.min)
        .sum();
    let figure_share = if figure_need > 0.0 {
        (left / figure_need).min(1.0)
    } else {
        0.0
    };
    for (w, c) in widths.iter_mut().zip(columns) {
        if c.figure {
            let add = (c.word.max(c.min) - c.min) * figure_share;
            *w += add;
            left -= add;
        }
    }
    if left <= 0.0 {
        return widths;
    }
    // Then water-filling on `level × weight`, each column between what it has and its max.
    let floor: Vec<f32> = widths.clone();
    let all: Vec<usize> = (0..n).collect();
    let mean_weight = all.iter().map(|&i| columns[i].weight).sum::<f32>() / n as f32;
    let weight = |i: usize| {
        let w = if mean_weight > 0.0 {
            (columns[i].weight / mean_weight).sqrt()
        } else {
            1.0
        };
        w.clamp(0.5, 2.0)
    };
    let base: f32 = floor.iter().sum::<f32>() + left;
    let fill = |level: f32| -> f32 {
        all.iter()
            .map(|&i| (level * weight(i)).clamp(floor[i], columns[i].max.max(floor[i])))
            .sum()
    };
    let (mut lo, mut hi) = (
        0.0f32,
        columns.iter().map(|c| c.max).fold(0.0, f32::max) * 4.0 + 1.0,
    );
    for _ in 0..60 {
        let mid = (lo + hi) / 2.0;
        if fill(mid) <= base {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    for &i in &all {
        widths[i] = (lo * weight(i)).clamp(floor[i], columns[i].max.max(floor[i]));
    }
    let text: Vec<usize> = (0..n).filter(|&i| !columns[i].figure).collect();
    // Rounding in the search leaves a sliver: give it to the widest text column.
    let used: f32 = widths.iter().sum();
    if let Some(&widest) = text
        .iter()
        .chain(&all)
        .max_by(|&&a, &&b| widths[a].total_cmp(&widths[b]))
    {
        widths[widest] += (available - used).max(0.0);
    }
    widths
}

/// A table's size, widths and column panels, shared by every table of a grid.
#[derive(Debug, Clone)]
pub(super) struct Grid {
    size: f32,
    widths: Vec<f32>,
    /// Columns repeated at the left of every panel, and the panels.
    key: Vec<usize>,
    panels: Vec<Range<usize>>,
}

/// A table's words at 1 pt and its column measures.
pub(super) struct Measured {
    header: Vec<Vec<Word>>,
    rows: Vec<Vec<Vec<Word>>>,
    columns: Vec<ColumnMeasure>,
    /// Each ordinary row's cells set on one line, at 1 pt (for choosing widths).
    naturals: Vec<Vec<f32>>,
}

/// The tables of each named grid, by grid name and column count.
pub(super) fn collect_grids<'a>(
    blocks: &'a [Block],
    out: &mut HashMap<(String, usize), Vec<&'a Table>>,
) {
    for b in blocks {
        match b {
            Block::Table(t) => {
                if let Some(g) = &t.grid {
                    out.entry((g.clone(), t.columns.len())).or_default().push(t);
                }
            }
            Block::Styled { blocks, .. } | Block::Quote(blocks) => collect_grids(blocks, out),
            Block::List { items, .. } => {
                for item in items {
                    collect_grids(item, out);
                }
            }
            _ => {}
        }
    }
}

/// What a header cell prints under its group: the header text without the group's label
/// (`Target 2025` under `Target` prints `2025`).
fn header_runs(table: &Table, c: usize) -> Vec<Run> {
    let cell = table.header.get(c).cloned().unwrap_or_default();
    let Some(group) = table.columns.get(c).and_then(|col| col.group.as_deref()) else {
        return cell;
    };
    let text = crate::render::doc::text(&cell);
    match text.strip_prefix(group) {
        Some(rest) if !rest.trim().is_empty() && cell.len() == 1 => {
            let mut run = cell[0].clone();
            run.text = rest.trim().to_owned();
            vec![run]
        }
        _ => cell,
    }
}

/// Consecutive columns of one group.
fn groups(columns: &[Column]) -> Vec<(String, Range<usize>)> {
    let mut out: Vec<(String, Range<usize>)> = Vec::new();
    for (i, c) in columns.iter().enumerate() {
        match (&c.group, out.last_mut()) {
            (Some(g), Some((last, range))) if last == g && range.end == i => range.end = i + 1,
            (Some(g), _) => out.push((g.clone(), i..i + 1)),
            _ => {}
        }
    }
    out
}

fn measure(table: &Table, fonts: &Fonts) -> Measured {
    let n = table.columns.len();
    let figure = |c: usize| table.columns[c].kind.is_figure();
    let cell_words = |runs: &[Run], face: Face, c: usize| {
        let mut words = text::words(runs, 1.0, face, fonts);
        if !matches!(table.columns[c].kind, ColumnKind::Text) {
            for w in &mut words {
                w.breakable = false;
            }
        }
        words
    };
    let header: Vec<Vec<Word>> = (0..n)
        .map(|c| cell_words(&header_runs(table, c), Face::Bold, c))
        .collect();
    let rows: Vec<Vec<Vec<Word>>> = table
        .rows
        .iter()
        .map(|row| {
            (0..n)
                .map(|c| cell_words(row.cells.get(c).map_or(&[][..], |r| r), Face::Regular, c))
                .collect()
        })
        .collect();
    let space = fonts.width(Face::Regular, " ", 1.0);
    let mut columns: Vec<ColumnMeasure> = (0..n)
        .map(|c| ColumnMeasure {
            figure: figure(c),
            ..ColumnMeasure::default()
        })
        .collect();
    let mut totals = vec![(0.0f32, 0usize); n];
    let mut naturals: Vec<Vec<f32>> = Vec::new();
    // A matrix repeats its words: each word's narrowest setting is found once.
    let mut narrowest: HashMap<String, f32> = HashMap::new();
    let mut take = |c: usize, words: &[Word], count: bool| -> f32 {
        let col = &mut columns[c];
        // Lines a hard break ends are measured apart; the natural width is their sum.
        let (mut line, mut total, mut first) = (0.0f32, 0.0f32, true);
        for w in words {
            col.word = col.word.max(w.width);
            if w.width > col.min {
                let least = if w.breakable {
                    let key = w.text();
                    match narrowest.get(&key) {
                        Some(v) => *v,
                        None => {
                            let v = text::narrowest(w, fonts);
                            narrowest.insert(key, v);
                            v
                        }
                    }
                } else {
                    w.width
                };
                col.min = col.min.max(least);
            }
            line += w.width + if first { 0.0 } else { space };
            first = false;
            if w.newline {
                col.max = col.max.max(line);
                total += line;
                line = 0.0;
                first = true;
            }
        }
        col.max = col.max.max(line);
        total += line;
        if count && total > 0.0 {
            totals[c].0 += total;
            totals[c].1 += 1;
        }
        total
    };
    for (c, words) in header.iter().enumerate() {
        take(c, words, false);
    }
    for (r, row) in rows.iter().enumerate() {
        // A section row spans its empty cells; it does not size the column it starts in.
        let section = table.rows[r].section;
        let mut natural = vec![0.0; n];
        for (c, words) in row.iter().enumerate() {
            if section == Some(c) {
                continue;
            }
            natural[c] = take(c, words, true);
        }
        if section.is_none() {
            naturals.push(natural);
        }
    }
    for (c, col) in columns.iter_mut().enumerate() {
        col.weight = if totals[c].1 > 0 {
            totals[c].0 / totals[c].1 as f32
        } else {
            0.0
        };
    }
    Measured {
        header,
        rows,
        columns,
        naturals,
    }
}

/// At most this many rows guide the choice of widths (evenly spaced through the table).
const SAMPLE: usize = 400;

fn sample(rows: &[Vec<f32>]) -> Vec<Vec<f32>> {
    let step = rows.len().div_ceil(SAMPLE).max(1);
    rows.iter().step_by(step).cloned().collect()
}

/// Widths that make the table shorter: starting from fair shares, width moves from one text
/// column to another while that lowers the estimated height of the rows (the lines of each
/// row's fullest cell, `naturals` being the cells set on one line). Figure columns and every
/// column's minimum are kept, and a column whose fair share holds all its cells on one line
/// keeps its words whole (a short column is not hyphenated to save a line in a long one).
pub fn shortest(
    widths: &[f32],
    columns: &[ColumnMeasure],
    naturals: &[Vec<f32>],
    pad: f32,
) -> Vec<f32> {
    let n = widths.len();
    let mut w = widths.to_vec();
    if naturals.is_empty() || n < 2 {
        return w;
    }
    let lines = |nat: f32, width: f32| -> f32 {
        if nat <= 0.0 {
            1.0
        } else {
            // A little over the ratio (lines break between words, not anywhere), kept
            // fractional so that every step of width shows in the sum.
            (nat * 1.06 / (width - pad).max(1.0)).max(1.0)
        }
    };
    let movable: Vec<usize> = (0..n).filter(|&c| !columns[c].figure).collect();
    let floor: Vec<f32> = (0..n)
        .map(|c| {
            if columns[c].max <= widths[c] + 0.01 {
                columns[c].min.max(columns[c].word)
            } else {
                columns[c].min
            }
        })
        .collect();
    let total: f32 = w.iter().sum();
    let mut step = total / 100.0;
    for _ in 0..600 {
        if step < 0.5 {
            break;
        }
        // Per row: the tallest cell, the column it is in, and the second tallest.
        let per_row: Vec<(f32, usize, f32)> = naturals
            .iter()
            .map(|row| {
                let mut top = (1.0f32, usize::MAX, 1.0f32);
                for c in 0..n {
                    let l = lines(row[c], w[c]);
                    if l > top.0 {
                        top = (l, c, top.0);
                    } else if l > top.2 {
                        top.2 = l;
                    }
                }
                top
            })
            .collect();
        let height = |c: usize, width: f32| -> f32 {
            naturals
                .iter()
                .zip(&per_row)
                .map(|(row, &(top, at, second))| {
                    let others = if at == c { second } else { top };
                    others.max(lines(row[c], width))
                })
                .sum()
        };
        let now: f32 = per_row.iter().map(|r| r.0).sum();
        let mut best: Option<(f32, usize, usize)> = None;
        let gains: Vec<(usize, f32)> = movable
            .iter()
            .filter(|&&c| w[c] + step <= columns[c].max.max(w[c]))
            .map(|&c| (c, now - height(c, w[c] + step)))
            .collect();
        let losses: Vec<(usize, f32)> = movable
            .iter()
            .filter(|&&c| w[c] - step >= floor[c])
            .map(|&c| (c, height(c, w[c] - step) - now))
            .collect();
        for &(r, gain) in &gains {
            for &(d, loss) in &losses {
                if r != d && gain - loss > 0.0 && best.is_none_or(|(b, _, _)| gain - loss > b) {
                    best = Some((gain - loss, r, d));
                }
            }
        }
        match best {
            Some((_, r, d)) => {
                w[r] += step;
                w[d] -= step;
            }
            None => step /= 2.0,
        }
    }
    w
}

/// The size, widths and panels for columns measured at 1 pt in `available` points.
fn grid(columns: &[ColumnMeasure], naturals: &[Vec<f32>], available: f32, base: f32) -> Grid {
    let n = columns.len();
    let pad = 2.0 * PAD_X;
    // A token wider than a third of the page is broken wherever it must be; it does not set
    // the column (a 100,000-character word would make every other column vanish).
    let cap = |v: f32, size: f32| v.min(available / 3.0 / size);
    let sum = |f: &dyn Fn(&ColumnMeasure) -> f32| columns.iter().map(f).sum::<f32>();
    let room = available - n as f32 * pad;
    let size_for = |total: f32| if total > 0.0 { room / total } else { base };
    let s_word = size_for(sum(&|c| c.word.min(available / 3.0 / base)));
    let s_min = size_for(sum(&|c| cap(c.min, MIN_SIZE)));
    let mut size = if s_word >= base {
        base
    } else {
        s_word.max(base * 0.85).min(s_min).min(base)
    };
    size = (size * 20.0).floor() / 20.0;
    if size >= MIN_SIZE && room > 0.0 {
        let scaled: Vec<ColumnMeasure> = columns
            .iter()
            .map(|c| {
                let mut m = c.scaled(size, pad);
                m.min = cap(c.min, size) * size + pad;
                m.word = m.word.max(m.min);
                m.max = m.max.max(m.min);
                m
            })
            .collect();
        let fair = column_widths(&scaled, available);
        let rows: Vec<Vec<f32>> = naturals
            .iter()
            .map(|r| r.iter().map(|v| v * size).collect())
            .collect();
        return Grid {
            size,
            widths: shortest(&fair, &scaled, &rows, pad),
            key: Vec::new(),
            panels: std::iter::once(0..n).collect(),
        };
    }
    // Too many columns for one page at the smallest type: panels, each repeating the key
    // columns (the leading ones up to the first text column, when they are narrow enough).
    let size = MIN_SIZE;
    let width = |c: &ColumnMeasure| cap(c.min, size) * size + pad;
    let first_text = columns.iter().position(|c| !c.figure).unwrap_or(0);
    let mut key: Vec<usize> = (0..=first_text.min(2)).collect();
    if key.iter().map(|&c| width(&columns[c])).sum::<f32>() > available / 3.0 {
        key = vec![0];
    }
    let key_width: f32 = key.iter().map(|&c| width(&columns[c])).sum();
    let mut panels = Vec::new();
    let mut start = key.last().map_or(0, |&k| k + 1);
    while start < n {
        let mut end = start;
        let mut used = key_width;
        while end < n && (end == start || used + width(&columns[end]) <= available) {
            used += width(&columns[end]);
            end += 1;
        }
        panels.push(start..end);
        start = end;
    }
    if panels.is_empty() {
        panels.push(0..0);
    }
    // Widths per panel are computed when each panel is set; here every column's own.
    let widths = columns.iter().map(width).collect();
    Grid {
        size,
        widths,
        key,
        panels,
    }
}

struct Cell {
    lines: Vec<Line>,
    x: f32,
    width: f32,
    align: Align,
}

struct SetRow {
    cells: Vec<Cell>,
    /// Lines of the tallest cell.
    lines: usize,
    keep: bool,
    section: bool,
}

/// One panel of a table with every line broken: what placing it on pages needs, computed once
/// (a heading asks how tall its start is; a start over after a page break places it again).
pub(super) struct SetTable {
    size: f32,
    lh: f32,
    xs: Vec<f32>,
    widths: Vec<f32>,
    total_width: f32,
    header: Vec<Cell>,
    groups: Vec<(Range<usize>, Vec<Line>)>,
    group_height: f32,
    header_height: f32,
    rows: Vec<SetRow>,
    first_caption: Option<Vec<Line>>,
    repeat_caption: Option<Vec<Line>>,
    notes: Vec<Vec<Line>>,
    notes_height: f32,
    /// Listed in the list of tables (the first panel of a captioned table with an id).
    mark: Option<(String, String)>,
}

impl SetTable {
    fn row_height(&self, r: &SetRow) -> f32 {
        r.lines as f32 * self.lh + 2.0 * PAD_Y
    }

    /// A row and the rows it keeps with.
    fn chain(&self, from: usize) -> f32 {
        let mut h = 0.0;
        for r in &self.rows[from..] {
            h += self.row_height(r);
            if !r.keep {
                break;
            }
        }
        h
    }

    fn caption_height(lines: &Option<Vec<Line>>) -> f32 {
        lines
            .as_ref()
            .map_or(0.0, |l| l.len() as f32 * CAPTION * 1.3 + 3.0)
    }

    /// What must stay together at the table's start: caption, header and the first chain of
    /// rows, or the whole of a short table.
    fn start_height(&self, page_body: f32) -> f32 {
        let caption = Self::caption_height(&self.first_caption);
        let first = if self.rows.is_empty() {
            0.0
        } else {
            self.chain(0)
        };
        let whole = caption
            + self.header_height
            + self.rows.iter().map(|r| self.row_height(r)).sum::<f32>()
            + self.notes_height;
        if self.rows.len() <= SHORT && whole <= page_body {
            whole
        } else {
            caption + self.header_height + first
        }
    }
}

impl Engine<'_> {
    /// The panels of a table, set (from the cache when the table was just set).
    fn set(&mut self, table: &Table) -> std::rc::Rc<Vec<SetTable>> {
        let key = table as *const Table as usize;
        if let Some((k, set)) = &self.last_set
            && *k == key
            && self.last_set_landscape == self.landscape
        {
            return set.clone();
        }
        let set = std::rc::Rc::new(self.set_panels(table));
        self.last_set = Some((key, set.clone()));
        self.last_set_landscape = self.landscape;
        set
    }

    /// How tall the start of a table is (for a heading that must stay with it).
    pub(super) fn table_start(&mut self, table: &Table) -> f32 {
        if table.columns.is_empty() {
            return 0.0;
        }
        let body = self.frame().height();
        let set = self.set(table);
        set.first().map_or(0.0, |s| s.start_height(body))
    }

    pub(super) fn table(&mut self, table: &Table) {
        if table.columns.is_empty() {
            return;
        }
        let set = self.set(table);
        for panel in set.iter() {
            self.place_table(panel);
        }
    }

    fn set_panels(&mut self, table: &Table) -> Vec<SetTable> {
        let n = table.columns.len();
        let base = if self.landscape { 6.5 } else { 8.0 };
        let available = self.width();
        let key = table.grid.as_ref().map(|g| (g.clone(), n, self.landscape));
        let (grid, mut measured) = match &key {
            Some(k) => {
                if !self.grids.contains_key(k) {
                    let mut union: Option<Vec<ColumnMeasure>> = None;
                    let mut rows: Vec<Vec<f32>> = Vec::new();
                    for t in self
                        .grid_tables
                        .get(&(k.0.clone(), k.1))
                        .cloned()
                        .unwrap_or_default()
                    {
                        let m = measure(t, self.fonts);
                        rows.extend(m.naturals.iter().cloned());
                        match union.as_mut() {
                            Some(u) => {
                                for (a, b) in u.iter_mut().zip(&m.columns) {
                                    a.union(b);
                                }
                            }
                            None => union = Some(m.columns.clone()),
                        }
                        // Kept for when the table is set, so it is measured once.
                        self.measured.insert(t as *const Table as usize, m);
                    }
                    let union = union.unwrap_or_else(|| measure(table, self.fonts).columns);
                    self.grids
                        .insert(k.clone(), grid(&union, &sample(&rows), available, base));
                }
                let m = self
                    .measured
                    .remove(&(table as *const Table as usize))
                    .unwrap_or_else(|| measure(table, self.fonts));
                (self.grids[k].clone(), m)
            }
            None => {
                let m = measure(table, self.fonts);
                (grid(&m.columns, &sample(&m.naturals), available, base), m)
            }
        };
        let panels = grid.panels.clone();
        let mut out = Vec::with_capacity(panels.len());
        for (p, panel) in panels.iter().enumerate() {
            let columns: Vec<usize> = grid.key.iter().copied().chain(panel.clone()).collect();
            let widths: Vec<f32> = if panels.len() > 1 {
                let scaled: Vec<ColumnMeasure> = columns
                    .iter()
                    .map(|&c| ColumnMeasure {
                        min: grid.widths[c],
                        word: grid.widths[c],
                        max: measured.columns[c].max * grid.size + 2.0 * PAD_X,
                        weight: measured.columns[c].weight,
                        figure: measured.columns[c].figure,
                    })
                    .collect();
                column_widths(&scaled, available)
            } else {
                grid.widths.clone()
            };
            let last = p + 1 == panels.len();
            out.push(self.set_panel(
                table,
                &mut measured,
                grid.size,
                &columns,
                &widths,
                p > 0,
                last,
            ));
        }
        out
    }

    /// Set one panel of a table: `columns` are the table's column indices shown, `widths`
    /// theirs; `continued` when an earlier panel already carried the caption.
    #[allow(clippy::too_many_arguments)]
    fn set_panel(
        &self,
        table: &Table,
        measured: &mut Measured,
        size: f32,
        columns: &[usize],
        widths: &[f32],
        continued: bool,
        take: bool,
    ) -> SetTable {
        let lh = size * LEADING;
        let pad = 2.0 * PAD_X;
        let xs: Vec<f32> = std::iter::once(0.0)
            .chain(widths.iter().scan(0.0, |acc, w| {
                *acc += w;
                Some(*acc)
            }))
            .collect();
        let total_width = xs.last().copied().unwrap_or(0.0);
        let shown: Vec<Column> = columns.iter().map(|&c| table.columns[c].clone()).collect();
        let fonts = self.fonts;
        // Words are measured at 1 pt: lines are broken at the width divided by the size, and
        // placed scaled by it.
        let lay = |words: Vec<Word>, w: f32| -> Vec<Line> {
            text::greedy_owned(words, ((w - pad) / size).max(0.01), 0.25, fonts)
        };
        // Header: one row, or two under groups.
        let panel_groups = groups(&shown);
        let group_cells: Vec<(Range<usize>, Vec<Line>)> = panel_groups
            .iter()
            .map(|(label, range)| {
                let w: f32 = range.clone().map(|c| widths[c]).sum();
                let words = super::label_words(label, 1.0, Face::Bold, fonts);
                (range.clone(), lay(words, w))
            })
            .collect();
        let group_height = group_cells
            .iter()
            .map(|(_, l)| l.len().max(1) as f32 * lh + 2.0 * PAD_Y)
            .fold(0.0, f32::max);
        let header: Vec<Cell> = columns
            .iter()
            .enumerate()
            .map(|(i, &c)| {
                let align = if shown[i].group.is_some() {
                    Align::Center
                } else {
                    shown[i].align
                };
                Cell {
                    lines: lay(measured.header[c].clone(), widths[i]),
                    x: xs[i],
                    width: widths[i],
                    align,
                }
            })
            .collect();
        let header_lines = header
            .iter()
            .map(|c| c.lines.len())
            .max()
            .unwrap_or(1)
            .max(1);
        let header_height = group_height + header_lines as f32 * lh + 2.0 * PAD_Y;
        let rows: Vec<SetRow> = table
            .rows
            .iter()
            .zip(measured.rows.iter_mut())
            .map(|(row, words)| {
                let section = row.section;
                let spans = section.is_some_and(|s| columns.contains(&s));
                let mut cells = Vec::new();
                for (i, &c) in columns.iter().enumerate() {
                    if let Some(s) = section
                        && spans
                        && c > s
                    {
                        continue;
                    }
                    let w = match section {
                        Some(s) if s == c => widths[i..].iter().sum(),
                        _ => widths[i],
                    };
                    // The last panel takes the words; earlier ones copy them.
                    let cell = if take {
                        std::mem::take(&mut words[c])
                    } else {
                        words[c].clone()
                    };
                    cells.push(Cell {
                        lines: lay(cell, w),
                        x: xs[i],
                        width: w,
                        align: shown[i].align,
                    });
                }
                let lines = cells
                    .iter()
                    .map(|c| c.lines.len())
                    .max()
                    .unwrap_or(0)
                    .max(1);
                SetRow {
                    cells,
                    lines,
                    keep: row.keep,
                    section: spans,
                }
            })
            .collect();
        let width = self.width();
        let caption_lines = |runs: &[Run]| -> Vec<Line> {
            let words = text::words(runs, CAPTION, Face::Regular, fonts);
            let mut lines = text::balanced(&words, width, fonts);
            for l in &mut lines {
                l.justify = false;
            }
            lines
        };
        let label = &self.options.labels.continued;
        let continued_runs = |caption: &Caption| -> Vec<Run> {
            let mut runs = if caption.label.is_empty() {
                caption.runs()
            } else {
                caption.label.clone()
            };
            runs.push(Run::plain(format!(" ({label})")));
            runs
        };
        let first_caption: Option<Vec<Line>> = table.caption.as_ref().map(|c| {
            if continued {
                caption_lines(&continued_runs(c))
            } else {
                caption_lines(&c.runs())
            }
        });
        let repeat_caption: Option<Vec<Line>> = table
            .caption
            .as_ref()
            .map(|c| caption_lines(&continued_runs(c)));
        let notes: Vec<Vec<Line>> = table
            .notes
            .iter()
            .map(|runs| {
                let words = text::words(runs, NOTE, Face::Regular, fonts);
                text::justified(&words, total_width, fonts)
            })
            .collect();
        let notes_height: f32 = notes
            .iter()
            .map(|l| l.len() as f32 * NOTE * 1.35 + 2.0)
            .sum::<f32>()
            + if notes.is_empty() { 0.0 } else { 3.0 };
        let mark = match (&table.caption, &table.id, continued) {
            (Some(c), Some(id), false) => Some((c.plain(), id.clone())),
            _ => None,
        };
        SetTable {
            size,
            lh,
            xs,
            widths: widths.to_vec(),
            total_width,
            header,
            groups: group_cells,
            group_height,
            header_height,
            rows,
            first_caption,
            repeat_caption,
            notes,
            notes_height,
            mark,
        }
    }

    /// Place a set table on pages: its start kept together, kept rows with the next, a row taller
    /// than what is left of the page split line by line, the header (under the caption's label
    /// and "(continued)") on every page it continues on, the notes with the last row.
    fn place_table(&mut self, t: &SetTable) {
        let page_body = self.frame().height();
        let start = t.start_height(page_body);
        if start <= page_body {
            self.ensure(start);
        } else {
            self.ensure(SetTable::caption_height(&t.first_caption) + t.header_height + t.lh * 3.0);
        }
        let left = self.frame().left + (self.width() - t.total_width).max(0.0) / 2.0;
        if let Some(lines) = &t.first_caption {
            if let Some((title, id)) = &t.mark {
                self.out.tables.push(Mark {
                    level: 0,
                    title: title.clone(),
                    id: id.clone(),
                    page: self.pages.len() - 1,
                    y: self.y,
                });
            }
            self.caption(lines);
        }
        self.draw_header(left, t);
        let repeat = SetTable::caption_height(&t.repeat_caption) + t.header_height;
        let last = t.rows.len().saturating_sub(1);
        for (r, row) in t.rows.iter().enumerate() {
            let h = t.row_height(row);
            // What must go on this page with the row: at the start of a chain of kept rows,
            // the whole chain; a chain that ends the table takes the notes, and one that ends
            // just before a last single row takes that row too (never alone on a new page).
            // Inside a chain, only the row itself (the chain was placed as one).
            let starts_chain = r == 0 || !t.rows[r - 1].keep;
            let need = if starts_chain {
                let end = (r..t.rows.len()).find(|&e| !t.rows[e].keep).unwrap_or(last);
                let mut need = t.chain(r);
                if end == last {
                    need += t.notes_height;
                } else if end + 1 == last {
                    need += t.row_height(&t.rows[last]) + t.notes_height;
                }
                need
            } else {
                h
            };
            let at_top = self.y <= self.frame().top + repeat + 0.5;
            // A row taller than a page is split wherever it starts: it moves to the next page
            // only when fewer than three of its lines fit here.
            let tall = h + repeat > page_body;
            let move_on = if tall {
                self.room() < 3.0 * t.lh + 2.0 * PAD_Y
            } else {
                need + repeat <= page_body || h > self.room()
            };
            if need > self.room() && !at_top && move_on {
                self.continue_table(left, t);
            }
            // A row taller than what is left of the page is split line by line.
            let mut from = 0;
            loop {
                let fit = (((self.room() - 2.0 * PAD_Y) / t.lh).floor().max(0.0)) as usize;
                let mut take = (row.lines - from).min(fit);
                if take == 0 {
                    self.continue_table(left, t);
                    let fit = (((self.room() - 2.0 * PAD_Y) / t.lh).floor().max(1.0)) as usize;
                    take = (row.lines - from).min(fit);
                }
                self.draw_row(left, row, from..from + take, t);
                from += take;
                if from >= row.lines {
                    break;
                }
                self.continue_table(left, t);
            }
        }
        if !t.notes.is_empty() {
            self.y += 3.0;
            for lines in &t.notes {
                self.ensure(lines.len().min(2) as f32 * NOTE * 1.35);
                for line in lines {
                    if NOTE * 1.35 > self.room() {
                        self.new_page();
                    }
                    self.place_line(
                        line,
                        left,
                        t.total_width,
                        NOTE,
                        NOTE * 1.35,
                        Align::Left,
                        BLACK,
                    );
                }
                self.y += 2.0;
            }
        }
        self.y += 8.0;
    }

    fn caption(&mut self, lines: &[Line]) {
        let left = self.frame().left;
        let width = self.width();
        for line in lines {
            self.place_line(
                line,
                left,
                width,
                CAPTION,
                CAPTION * 1.3,
                Align::Center,
                BLACK,
            );
        }
        self.y += 3.0;
    }

    /// A new page with the caption's label and "(continued)", and the header again.
    fn continue_table(&mut self, left: f32, t: &SetTable) {
        self.new_page();
        if let Some(lines) = &t.repeat_caption {
            self.caption(lines);
        }
        self.draw_header(left, t);
    }

    fn draw_header(&mut self, left: f32, t: &SetTable) {
        let top = self.y;
        let (lh, size, xs) = (t.lh, t.size, &t.xs);
        let total = xs.last().copied().unwrap_or(0.0);
        self.push(Item::Rect {
            x: left,
            y: top,
            w: total,
            h: t.header_height,
            fill: HEAD_FILL,
        });
        for (range, lines) in &t.groups {
            let x = left + xs[range.start];
            let w: f32 = range.clone().map(|c| t.widths[c]).sum();
            self.y = top + PAD_Y;
            for line in lines {
                self.place_scaled(
                    line,
                    x + PAD_X,
                    w - 2.0 * PAD_X,
                    size,
                    lh,
                    Align::Center,
                    BLACK,
                    size,
                );
            }
            self.hline(x, x + w, top + t.group_height);
        }
        for (i, cell) in t.header.iter().enumerate() {
            let in_group = t.groups.iter().any(|(r, _)| r.contains(&i));
            let cell_top = if in_group { top + t.group_height } else { top };
            let avail = top + t.header_height - cell_top;
            let height = cell.lines.len() as f32 * lh + 2.0 * PAD_Y;
            // Header text sits at the bottom of its cell.
            self.y = cell_top + (avail - height).max(0.0) + PAD_Y;
            for line in &cell.lines {
                self.place_scaled(
                    line,
                    left + cell.x + PAD_X,
                    cell.width - 2.0 * PAD_X,
                    size,
                    lh,
                    cell.align,
                    BLACK,
                    size,
                );
            }
        }
        // Borders: inside a group, the rules between its columns start below its label.
        let bottom = top + t.header_height;
        self.hline(left, left + total, top);
        self.hline(left, left + total, bottom);
        for (i, x) in xs.iter().enumerate() {
            let inside = t.groups.iter().any(|(r, _)| i > r.start && i < r.end);
            let y1 = if inside { top + t.group_height } else { top };
            self.vline(left + x, y1, bottom);
        }
        self.y = bottom;
    }

    /// Lines `range` of a row (all of it, or the part that fits on this page).
    fn draw_row(&mut self, left: f32, row: &SetRow, range: Range<usize>, t: &SetTable) {
        let (lh, size) = (t.lh, t.size);
        let top = self.y;
        let height = (range.end - range.start) as f32 * lh + 2.0 * PAD_Y;
        let total = t.total_width;
        if row.section {
            self.push(Item::Rect {
                x: left,
                y: top,
                w: total,
                h: height,
                fill: SECTION_FILL,
            });
        }
        for cell in &row.cells {
            self.y = top + PAD_Y;
            for line in cell
                .lines
                .iter()
                .skip(range.start)
                .take(range.end - range.start)
            {
                self.place_scaled(
                    line,
                    left + cell.x + PAD_X,
                    cell.width - 2.0 * PAD_X,
                    size,
                    lh,
                    cell.align,
                    BLACK,
                    size,
                );
            }
        }
        let bottom = top + height;
        self.hline(left, left + total, top);
        self.hline(left, left + total, bottom);
        self.vline(left, top, bottom);
        for cell in &row.cells {
            self.vline(left + cell.x + cell.width, top, bottom);
        }
        self.y = bottom;
    }

    fn hline(&mut self, x1: f32, x2: f32, y: f32) {
        self.push(Item::Line {
            x1,
            y1: y,
            x2,
            y2: y,
            width: 0.4,
            color: RULE,
        });
    }

    fn vline(&mut self, x: f32, y1: f32, y2: f32) {
        self.push(Item::Line {
            x1: x,
            y1,
            x2: x,
            y2,
            width: 0.4,
            color: RULE,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn col(min: f32, word: f32, max: f32, figure: bool) -> ColumnMeasure {
        ColumnMeasure {
            min,
            word,
            max,
            weight: 1.0,
            figure,
        }
    }

    #[test]
    fn everything_on_one_line_when_it_fits_spare_to_text() {
        let w = column_widths(
            &[col(10.0, 20.0, 30.0, false), col(15.0, 15.0, 15.0, true)],
            100.0,
        );
        assert!((w[1] - 15.0).abs() < 0.01, "{w:?}");
        assert!((w.iter().sum::<f32>() - 100.0).abs() < 0.01);
    }

    #[test]
    fn figures_take_what_they_need_and_text_shares_the_rest_fairly() {
        let cols = [
            col(20.0, 40.0, 300.0, false),
            col(20.0, 40.0, 300.0, false),
            col(10.0, 10.0, 25.0, false),
            col(30.0, 30.0, 40.0, true),
            col(30.0, 30.0, 40.0, true),
        ];
        let w = column_widths(&cols, 300.0);
        assert!((w.iter().sum::<f32>() - 300.0).abs() < 0.05, "{w:?}");
        // Figures get their max, no more.
        assert!(
            (w[3] - 40.0).abs() < 0.01 && (w[4] - 40.0).abs() < 0.01,
            "{w:?}"
        );
        // The short text column gets what it needs; the two long ones share equally.
        assert!((w[2] - 25.0).abs() < 0.01, "{w:?}");
        assert!((w[0] - w[1]).abs() < 0.05, "{w:?}");
        // No text column below the widest share while a figure has more than its max.
        for (i, c) in cols.iter().enumerate() {
            assert!(w[i] >= c.min - 0.01);
            assert!(w[i] <= c.max + 0.01 || !c.figure, "{w:?}");
        }
    }

    #[test]
    fn every_column_keeps_its_minimum_when_space_is_short() {
        let cols = [col(50.0, 60.0, 200.0, false), col(40.0, 40.0, 45.0, true)];
        let w = column_widths(&cols, 95.0);
        assert!(w[0] >= 50.0 && w[1] >= 40.0, "{w:?}");
        assert!(w.iter().sum::<f32>() <= 95.01, "{w:?}");
    }

    #[test]
    fn weights_give_more_room_to_fuller_columns() {
        let mut heavy = col(10.0, 20.0, 500.0, false);
        heavy.weight = 4.0;
        let light = col(10.0, 20.0, 500.0, false);
        let w = column_widths(&[heavy, light], 200.0);
        assert!(w[0] > w[1], "{w:?}");
    }

    #[test]
    fn width_moves_to_the_column_that_makes_rows_tall() {
        let cols = [col(10.0, 20.0, 400.0, false), col(10.0, 20.0, 400.0, false)];
        // The first column holds four times the text of the second in every row.
        let rows: Vec<Vec<f32>> = (0..20).map(|_| vec![400.0, 100.0]).collect();
        let w = shortest(&[100.0, 100.0], &cols, &rows, 0.0);
        assert!(w[0] > 130.0, "{w:?}");
        assert!((w[0] + w[1] - 200.0).abs() < 0.01, "{w:?}");
        let lines = |w: &[f32]| {
            rows.iter()
                .map(|r| (r[0] * 1.06 / w[0]).ceil().max((r[1] * 1.06 / w[1]).ceil()))
                .sum::<f32>()
        };
        assert!(lines(&w) < lines(&[100.0, 100.0]));
    }

    #[test]
    fn the_size_follows_from_the_page_and_panels_come_only_when_needed() {
        let narrow: Vec<ColumnMeasure> = (0..5).map(|_| col(5.0, 8.0, 20.0, false)).collect();
        let g = grid(&narrow, &[], 500.0, 8.0);
        assert_eq!(g.size, 8.0);
        assert_eq!(g.panels.len(), 1);
        assert_eq!(g.panels[0], 0..5);
        // 40 columns whose words need 8 em each: the size that makes them fit.
        let wide: Vec<ColumnMeasure> = (0..40).map(|_| col(2.0, 3.0, 6.0, false)).collect();
        let g = grid(&wide, &[], 700.0, 8.0);
        assert!(g.size < 8.0 && g.size >= 5.0, "{}", g.size);
        assert_eq!(g.panels.len(), 1);
        // 200 of them cannot fit at 5 pt: panels.
        let many: Vec<ColumnMeasure> = (0..200).map(|_| col(3.0, 4.0, 6.0, false)).collect();
        let g = grid(&many, &[], 700.0, 8.0);
        assert_eq!(g.size, MIN_SIZE);
        assert!(g.panels.len() > 1);
        let covered: usize = g.panels.iter().map(|p| p.len()).sum::<usize>() + g.key.len();
        assert_eq!(covered, 200);
    }
}
