//! The text of every file a plan is read from, and byte spans into it.
//!
//! `load` registers each file here once; diagnostics carry a [`Span`] (file id and byte range) and
//! turn it into `line:column` only when printed, so nothing upstream computes positions it may
//! never need.
//!
//! A workbook an import reads is registered here too, as one line of text per cell it looks at
//! ([`SourceFiles::add_workbook`]): a diagnostic then points at a cell with an ordinary span, and
//! is printed as `dinsos-2025.xlsx!Realisasi!F12` instead of `file:line:column`.

use std::path::{Path, PathBuf};

/// Index of a file in [`SourceFiles`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// A byte range in one source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, start: usize, end: usize) -> Self {
        let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Span {
            file,
            start: clamp(start),
            end: clamp(end.max(start)),
        }
    }

    /// The span at the very start of a file, for problems that concern the file as a whole.
    pub fn file_start(file: FileId) -> Self {
        Span::new(file, 0, 0)
    }
}

/// A value together with the place in the plan it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(value: T, span: Span) -> Self {
        Spanned { value, span }
    }
}

impl<T> std::ops::Deref for Spanned<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

/// One file of a plan.
#[derive(Debug)]
pub struct SourceFile {
    /// Path as shown to the user (relative to the working directory when it was given so).
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<usize>,
    /// Characters before every `CHUNK`-th byte, so a column on a line of megabytes is found
    /// without counting from the line's start (made on first use).
    chars_before: std::sync::OnceLock<Vec<u32>>,
    /// For a workbook: the cell each line of `text` holds, in order.
    cells: Option<Vec<CellRef>>,
    /// Whether the file began with a byte-order mark (not part of `text`), so a file rewritten
    /// in place keeps it.
    pub bom: bool,
}

/// A cell of a workbook: sheet, 0-based row and column.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CellRef {
    pub sheet: String,
    pub row: u32,
    pub col: u32,
}

impl CellRef {
    pub fn new(sheet: impl Into<String>, row: u32, col: u32) -> Self {
        CellRef {
            sheet: sheet.into(),
            row,
            col,
        }
    }

    /// `F12`: the column letters and the 1-based row.
    pub fn a1(&self) -> String {
        format!("{}{}", column_letters(self.col), self.row + 1)
    }

    /// `Realisasi!F12`, with the sheet quoted when its name needs it (`'Data Lama'!B3`).
    pub fn full(&self) -> String {
        let plain = self.sheet.chars().all(|c| c.is_alphanumeric() || c == '_');
        if plain {
            format!("{}!{}", self.sheet, self.a1())
        } else {
            format!("'{}'!{}", self.sheet.replace('\'', "''"), self.a1())
        }
    }
}

/// `A`, `Z`, `AA`, … for a 0-based column.
pub fn column_letters(col: u32) -> String {
    let mut n = col as u64 + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        out.push(b'A' + rem);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

const CHUNK: usize = 4096;

/// A position for people: 1-based line, 1-based column counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl SourceFile {
    fn new(path: PathBuf, text: String) -> Self {
        // A line ends at LF, CR LF or a lone CR, as YAML and Markdown read them.
        let bytes = text.as_bytes();
        let line_starts = std::iter::once(0)
            .chain(bytes.iter().enumerate().filter_map(|(i, b)| match b {
                b'\n' => Some(i + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => Some(i + 1),
                _ => None,
            }))
            .collect();
        SourceFile {
            path,
            text,
            line_starts,
            chars_before: std::sync::OnceLock::new(),
            cells: None,
            bom: false,
        }
    }

    /// The workbook cell a span points into, for a workbook source (none for the file's own
    /// first line, which stands for the workbook as a whole).
    pub fn cell(&self, span: Span) -> Option<&CellRef> {
        let cells = self.cells.as_ref()?;
        let line = self.line_col(span.start).line - 1;
        cells.get(line.checked_sub(1)?)
    }

    /// Whether this source is a workbook's cells rather than a text file.
    pub fn is_workbook(&self) -> bool {
        self.cells.is_some()
    }

    /// Line and column of a byte offset (clamped to the text and to a character boundary).
    pub fn line_col(&self, offset: u32) -> LineCol {
        let mut offset = (offset as usize).min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let column = if offset - start < CHUNK {
            self.text[start..offset].chars().count()
        } else {
            self.chars(offset) - self.chars(start)
        };
        LineCol {
            line: line + 1,
            column: column + 1,
        }
    }

    /// The number of characters before byte `offset` (a character boundary).
    fn chars(&self, offset: usize) -> usize {
        let index = self.chars_before.get_or_init(|| {
            let mut total = 0u32;
            let mut index = vec![0];
            for chunk in self.text.as_bytes().chunks(CHUNK) {
                total += chunk.iter().filter(|b| (**b as i8) >= -0x40).count() as u32;
                index.push(total);
            }
            index
        });
        let block = offset / CHUNK;
        let partial = self.text.as_bytes()[block * CHUNK..offset]
            .iter()
            .filter(|b| (**b as i8) >= -0x40)
            .count();
        index[block] as usize + partial
    }

    /// The source text a span covers.
    pub fn slice(&self, span: Span) -> &str {
        self.text
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }
}

/// Every file read for one plan, addressed by [`FileId`].
#[derive(Debug, Default)]
pub struct SourceFiles {
    files: Vec<SourceFile>,
}

impl SourceFiles {
    pub fn add(&mut self, path: PathBuf, text: String) -> FileId {
        self.files.push(SourceFile::new(path, text));
        FileId((self.files.len() - 1) as u32)
    }

    /// Register the cells of a workbook that an import looks at, one line of text per cell
    /// (line breaks inside a cell shown as spaces). [`SourceFiles::cell_span`] then gives the
    /// span of the `index`th cell.
    pub fn add_workbook(&mut self, path: PathBuf, cells: Vec<(CellRef, String)>) -> FileId {
        // The first line is the workbook itself ([`Span::file_start`]); cells follow.
        let mut text = String::from("\n");
        let mut refs = Vec::with_capacity(cells.len());
        for (cell, value) in cells {
            text.push_str(&value.replace(['\n', '\r'], " "));
            text.push('\n');
            refs.push(cell);
        }
        let mut file = SourceFile::new(path, text);
        file.cells = Some(refs);
        self.files.push(file);
        FileId((self.files.len() - 1) as u32)
    }

    /// The span of the `index`th cell of a workbook source: its text on its line.
    pub fn cell_span(&self, id: FileId, index: usize) -> Span {
        let file = self.get(id);
        let start = file.line_starts.get(index + 1).copied().unwrap_or(0);
        let end = file.text[start..]
            .find('\n')
            .map_or(file.text.len(), |i| start + i);
        Span::new(id, start, end)
    }

    /// Record that a file began with a byte-order mark.
    pub fn mark_bom(&mut self, id: FileId) {
        self.files[id.0 as usize].bom = true;
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn path(&self, id: FileId) -> &Path {
        &self.get(id).path
    }

    pub fn slice(&self, span: Span) -> &str {
        self.get(span.file).slice(span)
    }

    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let mut files = SourceFiles::default();
        let id = files.add("a.yaml".into(), "nama: é\nx: 1\n".into());
        let file = files.get(id);
        assert_eq!(file.line_col(0), LineCol { line: 1, column: 1 });
        // "é" is two bytes; the newline after it is column 8 in characters
        assert_eq!(file.line_col(8), LineCol { line: 1, column: 8 });
        assert_eq!(file.line_col(9), LineCol { line: 2, column: 1 });
        assert_eq!(file.line_col(12), LineCol { line: 2, column: 4 });
        // past the end is clamped, inside a character moves back to its start
        assert_eq!(file.line_col(7), LineCol { line: 1, column: 7 });
        assert_eq!(file.line_col(999).line, 3);
    }

    #[test]
    fn a_lone_carriage_return_ends_a_line_as_crlf_and_lf_do() {
        let mut files = SourceFiles::default();
        let id = files.add("a.yaml".into(), "a: 1\rb: 2\r\nc: 3\nd: é\re: 5".into());
        let file = files.get(id);
        let text = &file.text;
        let at = |s: &str| file.line_col(text.find(s).unwrap() as u32);
        assert_eq!(at("b:"), LineCol { line: 2, column: 1 });
        assert_eq!(at("c:"), LineCol { line: 3, column: 1 });
        assert_eq!(at("d:"), LineCol { line: 4, column: 1 });
        assert_eq!(at("e:"), LineCol { line: 5, column: 1 });
    }

    #[test]
    fn columns_on_a_line_of_megabytes_count_characters() {
        let mut files = SourceFiles::default();
        let line = "é, x, ".repeat(300_000);
        let id = files.add("a.yaml".into(), format!("a:\n[{line}]\n"));
        let file = files.get(id);
        // "é, x, " is 6 characters in 7 bytes.
        let offset = 3 + 1 + 7 * 250_000;
        assert_eq!(
            file.line_col(offset as u32),
            LineCol {
                line: 2,
                column: 2 + 6 * 250_000
            }
        );
    }

    #[test]
    fn workbook_cells_are_lines_and_are_named_like_a_spreadsheet() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(16383), "XFD");
        let mut files = SourceFiles::default();
        let id = files.add_workbook(
            "dinsos-2025.xlsx".into(),
            vec![
                (CellRef::new("Realisasi", 11, 5), "1.500.000".into()),
                (CellRef::new("Data Lama", 2, 1), "a\nb".into()),
            ],
        );
        let second = files.cell_span(id, 1);
        assert_eq!(files.slice(second), "a b");
        let file = files.get(id);
        assert_eq!(
            file.cell(files.cell_span(id, 0)).unwrap().full(),
            "Realisasi!F12"
        );
        assert_eq!(file.cell(second).unwrap().full(), "'Data Lama'!B3");
        assert_eq!(file.cell(Span::file_start(id)), None);
    }
}
