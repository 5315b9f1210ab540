//! The small value types of a plan: years, rupiah, dates, nomenclature codes, yearly series.
//!
//! Each makes an invalid value unrepresentable where that is cheap: money is whole rupiah in a
//! `u64`, never a float; a year is a plausible calendar year; a code has been split into its
//! segments.

use crate::diag::{Code, Diagnostic};
use crate::load::decode::{Cx, Decode, number_expected};
use crate::load::words;
use crate::load::yaml::{Node, NodeKind};
use crate::msg;
use crate::source::{Span, Spanned};
use std::fmt;

/// A calendar year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Year(pub u16);

impl Year {
    const RANGE: std::ops::RangeInclusive<i128> = 1900..=2100;
}

impl fmt::Display for Year {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl Decode for Year {
    const EXPECTED: &'static str = "a year such as `2025`";
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        let value = match &node.kind {
            NodeKind::Int(i) => Some(*i),
            // A quoted year (`"2025"`) is meant as the year; the schema accepts the same
            // four digits and nothing else.
            NodeKind::Str(s) if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) => {
                s.parse::<i128>().ok()
            }
            _ => None,
        };
        match value {
            Some(y) if Year::RANGE.contains(&y) => Some(Year(y as u16)),
            Some(_) => {
                let d = Diagnostic::new(
                    Code::InvalidValue,
                    msg!("scalar-year-implausible", value = cx.raw(node)),
                )
                .primary(node.span, msg!("scalar-not-a-year"))
                .hint(msg!("scalar-year-hint"));
                cx.push(d);
                None
            }
            None => {
                cx.wrong_type(node, Self::EXPECTED);
                None
            }
        }
    }
}

/// An amount of money in whole rupiah.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Rupiah(pub u64);

impl Rupiah {
    /// The largest amount one entry may hold: Rp100 triliun, more than the whole budget of any
    /// region in a year. A larger figure is a typing mistake, and the bound keeps every total
    /// of a plan (hundreds of thousands of entries) far inside `u64`.
    pub const MAX: Rupiah = Rupiah(100_000_000_000_000);
}

impl std::ops::Add for Rupiah {
    type Output = Rupiah;
    fn add(self, other: Rupiah) -> Rupiah {
        Rupiah(self.0.saturating_add(other.0))
    }
}

impl std::iter::Sum for Rupiah {
    fn sum<I: Iterator<Item = Rupiah>>(iter: I) -> Rupiah {
        iter.fold(Rupiah(0), |a, b| a + b)
    }
}

impl Decode for Rupiah {
    const EXPECTED: &'static str = "an amount in whole rupiah, e.g. `1500000000`";
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        match &node.kind {
            NodeKind::Int(i) if *i < 0 => {
                let d = Diagnostic::new(
                    Code::NegativeMoney,
                    msg!("scalar-money-negative", value = cx.raw(node)),
                )
                .primary(node.span, msg!("scalar-money-cannot-be-negative"))
                .hint(msg!("scalar-money-negative-hint"));
                cx.push(d);
                None
            }
            NodeKind::Int(i) => match u64::try_from(*i) {
                Ok(n) if n <= Rupiah::MAX.0 => Some(Rupiah(n)),
                _ => {
                    cx.push(too_much(node, cx));
                    None
                }
            },
            // Exponent notation that names a whole amount exactly (`1.85e9`) is that amount, as
            // it is for the schema's `integer`. A decimal point without an exponent is refused:
            // `2.000` is how Indonesians write two thousand, and YAML reads it as 2.
            NodeKind::Float(f) if *f >= 0.0 && exponent_amount(cx.raw(node)).is_some() => {
                match exponent_amount(cx.raw(node)) {
                    Some(n) if n <= Rupiah::MAX.0 => Some(Rupiah(n)),
                    _ => {
                        cx.push(too_much(node, cx));
                        None
                    }
                }
            }
            NodeKind::Float(f) => {
                let (code, label) = if *f < 0.0 {
                    (Code::NegativeMoney, msg!("scalar-money-cannot-be-negative"))
                } else {
                    (Code::WrongType, msg!("scalar-money-whole-rupiah"))
                };
                let d = Diagnostic::new(
                    code,
                    msg!(
                        "scalar-expected-found",
                        expected = words::expected(Self::EXPECTED),
                        value = cx.raw(node)
                    ),
                )
                .primary(node.span, label)
                .hint(msg!("scalar-money-decimal-hint"));
                cx.push(d);
                None
            }
            _ => {
                cx.push(number_expected(node, Self::EXPECTED));
                None
            }
        }
    }
}

/// E024 for an amount above [`Rupiah::MAX`].
fn too_much(node: &Node, cx: &Cx) -> Diagnostic {
    Diagnostic::new(
        Code::InvalidValue,
        msg!("scalar-money-too-large", value = cx.raw(node)),
    )
    .primary(node.span, msg!("scalar-too-large-for-amount"))
    .hint(msg!("scalar-money-too-large-hint"))
}

/// The whole number that `text` writes in exponent notation (`1.85e9`, `2E+10`), exactly, or
/// `None` when it is not written so, has a fractional part, or exceeds `u64`.
fn exponent_amount(text: &str) -> Option<u64> {
    let text = text.trim().strip_prefix('+').unwrap_or(text.trim());
    let (mantissa, exponent) = text.split_once(['e', 'E'])?;
    let exponent: i32 = exponent
        .strip_prefix('+')
        .unwrap_or(exponent)
        .parse()
        .ok()?;
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if whole.is_empty() && fraction.is_empty()
        || !whole
            .bytes()
            .chain(fraction.bytes())
            .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    // The digits as one integer, then shifted by what the exponent leaves of the point.
    let shift = exponent - i32::try_from(fraction.len()).ok()?;
    let digits = format!("{whole}{fraction}");
    let digits = digits.trim_start_matches('0');
    if shift < 0 {
        let cut = usize::try_from(-shift).ok()?;
        if cut > digits.len() {
            return digits.is_empty().then_some(0);
        }
        let (kept, dropped) = digits.split_at(digits.len() - cut);
        if dropped.bytes().any(|b| b != b'0') {
            return None;
        }
        return if kept.is_empty() {
            Some(0)
        } else {
            kept.parse().ok()
        };
    }
    if digits.is_empty() {
        return Some(0);
    }
    let base: u64 = digits.parse().ok()?;
    base.checked_mul(10u64.checked_pow(u32::try_from(shift).ok()?)?)
}

/// A calendar date, written `2025-07-14` in a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.splitn(3, '-');
        let year: u16 = parts
            .next()
            .filter(|p| p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit()))?
            .parse()
            .ok()?;
        let two = |p: &&str| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit());
        let month: u8 = parts.next().filter(two)?.parse().ok()?;
        let day: u8 = parts.next().filter(two)?.parse().ok()?;
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        ((1900..=2100).contains(&year) && (1..=days).contains(&day)).then_some(Date {
            year,
            month,
            day,
        })
    }
}

impl Decode for Date {
    const EXPECTED: &'static str = "a date written `YYYY-MM-DD`, e.g. `2025-07-14`";
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        let text = match &node.kind {
            NodeKind::Str(s) => s.as_str(),
            _ => cx.raw(node),
        };
        match Date::parse(text) {
            Some(date) => Some(date),
            None => {
                let d = Diagnostic::new(
                    Code::InvalidDate,
                    msg!("scalar-date-invalid", value = cx.raw(node)),
                )
                .primary(node.span, msg!("scalar-not-a-date"))
                .hint(msg!("scalar-date-hint"));
                cx.push(d);
                None
            }
        }
    }
}

/// The level a nomenclature code reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeLevel {
    /// `U.BB.PP`
    Program,
    /// `U.BB.PP.L.KK`
    Kegiatan,
    /// `U.BB.PP.L.KK.SSSS`
    SubKegiatan,
}

impl CodeLevel {
    pub fn pattern(self) -> &'static str {
        match self {
            CodeLevel::Program => "U.BB.PP",
            CodeLevel::Kegiatan => "U.BB.PP.L.KK",
            CodeLevel::SubKegiatan => "U.BB.PP.L.KK.SSSS",
        }
    }

    fn widths(self) -> &'static [usize] {
        match self {
            CodeLevel::Program => &[1, 2, 2],
            CodeLevel::Kegiatan => &[1, 2, 2, 1, 2],
            CodeLevel::SubKegiatan => &[1, 2, 2, 1, 2, 4],
        }
    }
}

/// A nomenclature code of Permendagri 90/2019 (`1.06.05.2.02.0006`), kept as written.
///
/// Decoding accepts any text so that a malformed code is reported by the validator, which
/// knows what level the code should have.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NomenclatureCode(pub String);

impl NomenclatureCode {
    /// Whether the code has the shape of `level`: the right number of segments, each all digits
    /// of the right width.
    pub fn is_well_formed(&self, level: CodeLevel) -> bool {
        let parts: Vec<&str> = self.0.split('.').collect();
        parts.len() == level.widths().len()
            && parts
                .iter()
                .zip(level.widths())
                .all(|(p, w)| p.len() == *w && p.bytes().all(|b| b.is_ascii_digit()))
    }

    /// The level digit `L` (1 province, 2 kabupaten/kota), if the code reaches that far.
    pub fn level_digit(&self) -> Option<&str> {
        self.0.split('.').nth(3)
    }

    /// Whether this code continues `parent` (`1.06.05.2.01` extends `1.06.05`).
    pub fn extends(&self, parent: &NomenclatureCode) -> bool {
        self.0.len() > parent.0.len()
            && self.0.starts_with(&parent.0)
            && self.0.as_bytes()[parent.0.len()] == b'.'
    }
}

impl fmt::Display for NomenclatureCode {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl Decode for NomenclatureCode {
    const EXPECTED: &'static str = "a nomenclature code such as `1.06.05.2.02.0006`";
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        String::decode(node, cx).map(|s| NomenclatureCode(s.trim().to_owned()))
    }
}

/// Values by year, in the order written: `{2025: 5.19, 2026: 5.05}`.
#[derive(Debug, Clone)]
pub struct YearMap<T> {
    pub entries: Vec<(Spanned<Year>, Spanned<T>)>,
    /// Years whose value did not decode (already reported): not "missing" as well.
    pub invalid_years: Vec<Year>,
    pub span: Span,
}

impl<T> YearMap<T> {
    pub fn get(&self, year: Year) -> Option<&T> {
        self.entries
            .iter()
            .find(|(y, _)| y.value == year)
            .map(|(_, v)| &v.value)
    }

    pub fn has_year(&self, year: Year) -> bool {
        self.get(year).is_some() || self.invalid_years.contains(&year)
    }

    pub fn years(&self) -> impl Iterator<Item = &Spanned<Year>> {
        self.entries.iter().map(|(y, _)| y)
    }
}

impl<T: Decode> Decode for YearMap<T> {
    const EXPECTED: &'static str = "a mapping from year to value, e.g. `{2025: 10, 2026: 12}`";
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        let entries = cx.entries(node, Self::EXPECTED)?;
        let mut map = YearMap {
            entries: Vec::with_capacity(entries.len()),
            invalid_years: Vec::new(),
            span: node.span,
        };
        for entry in entries {
            let Some(year) = Spanned::<Year>::decode(entry.key, cx) else {
                continue;
            };
            match Spanned::<T>::decode(entry.value, cx) {
                Some(value) => map.entries.push((year, value)),
                None => map.invalid_years.push(year.value),
            }
        }
        Some(map)
    }
}

/// A list that remembers whether any of its items failed to decode, so that a rule about an
/// empty list ("a program needs an indicator") does not fire when the item was there but wrong.
#[derive(Debug, Clone)]
pub struct Items<T> {
    pub items: Vec<T>,
    /// How many items were dropped (each already reported).
    pub dropped: usize,
}

impl<T> Default for Items<T> {
    fn default() -> Self {
        Items {
            items: Vec::new(),
            dropped: 0,
        }
    }
}

impl<T> std::ops::Deref for Items<T> {
    type Target = Vec<T>;
    fn deref(&self) -> &Vec<T> {
        &self.items
    }
}

impl<'a, T> IntoIterator for &'a Items<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<T: Decode> Decode for Items<T> {
    const EXPECTED: &'static str = "a list";
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        let count = match &node.kind {
            NodeKind::Seq(items) => items.len(),
            _ => 0,
        };
        let items = Vec::<T>::decode(node, cx)?;
        Some(Items {
            dropped: count.saturating_sub(items.len()),
            items,
        })
    }
    fn absent(_: &str, _: &str, _: Span, _: &mut Cx) -> Option<Self> {
        Some(Items::default())
    }
}

impl<T: crate::schema::Schema> crate::schema::Schema for Items<T> {
    const OPTIONAL: bool = true;
    fn schema(defs: &mut crate::schema::Defs) -> serde_json::Value {
        <Vec<T> as crate::schema::Schema>::schema(defs)
    }
}

/// A year of 1900–2100 as four digits, the only text `Year::decode` takes for a year.
const YEAR_PATTERN: &str = "^(19[0-9]{2}|20[0-9]{2}|2100)$";

/// A day of the calendar from 1900-01-01 to 2100-12-31, as `Date::parse` accepts it: months of
/// 31 and 30 days, February to the 28th, and the 29th in leap years (2000, not 1900 or 2100).
const DATE_PATTERN: &str = concat!(
    "^(19[0-9]{2}|20[0-9]{2}|2100)-(0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])$",
    "|^(19[0-9]{2}|20[0-9]{2}|2100)-(0[469]|11)-(0[1-9]|[12][0-9]|30)$",
    "|^(19[0-9]{2}|20[0-9]{2}|2100)-02-(0[1-9]|1[0-9]|2[0-8])$",
    "|^((19|20)(0[48]|[2468][048]|[13579][26])|2000)-02-29$",
);

impl crate::schema::Schema for Year {
    fn schema(_: &mut crate::schema::Defs) -> serde_json::Value {
        // A quoted year is read as the year (`Year::decode`), so the schema takes both.
        serde_json::json!({
            "anyOf": [
                { "type": "integer", "minimum": 1900, "maximum": 2100 },
                { "type": "string", "pattern": YEAR_PATTERN },
            ],
            "description": "Tahun ditulis lengkap, misalnya `2025`.",
            "errorMessage": "tahun ditulis lengkap dengan empat angka antara 1900 dan 2100, misalnya `2025`",
        })
    }
}

impl crate::schema::Schema for Rupiah {
    fn schema(_: &mut crate::schema::Defs) -> serde_json::Value {
        serde_json::json!({
            "type": "integer",
            "minimum": 0,
            "maximum": Rupiah::MAX.0,
            "description": "Rupiah utuh tanpa `Rp`, titik atau koma: `1500000000`.",
            "errorMessage": "tuliskan rupiah utuh tanpa `Rp`, titik, atau koma, paling banyak Rp100 triliun, misalnya `1500000000` untuk Rp1,5 miliar",
        })
    }
}

impl crate::schema::Schema for Date {
    fn schema(_: &mut crate::schema::Defs) -> serde_json::Value {
        serde_json::json!({
            "type": "string",
            "pattern": DATE_PATTERN,
            "description": "Tanggal `TTTT-BB-HH`, misalnya `2025-07-14`.",
            "errorMessage": "tuliskan tanggal yang ada di kalender sebagai `TTTT-BB-HH`, misalnya `2025-07-14` untuk 14 Juli 2025",
        })
    }
}

impl crate::schema::Schema for NomenclatureCode {
    fn schema(_: &mut crate::schema::Defs) -> serde_json::Value {
        serde_json::json!({
            "type": "string",
            // `check` trims the code before judging it, so spaces around it are accepted here too.
            "pattern": "^ *[0-9]\\.[0-9]{2}\\.[0-9]{2}(\\.[0-9]\\.[0-9]{2}(\\.[0-9]{4})?)? *$",
            "errorMessage": "kode nomenklatur ditulis `U.BB.PP` (program), `U.BB.PP.L.KK` (kegiatan) atau `U.BB.PP.L.KK.SSSS` (sub kegiatan), misalnya `1.06.05.2.02.0006`",
            "description": "Kode nomenklatur Permendagri 90/2019: program `U.BB.PP`, kegiatan `U.BB.PP.L.KK`, sub kegiatan `U.BB.PP.L.KK.SSSS`.",
        })
    }
}

impl<T: crate::schema::Schema> crate::schema::Schema for YearMap<T> {
    fn schema(defs: &mut crate::schema::Defs) -> serde_json::Value {
        serde_json::json!({
            "type": "object",
            "propertyNames": { "pattern": YEAR_PATTERN },
            "additionalProperties": T::schema(defs),
            "description": "Nilai per tahun periode, misalnya `{2025: 5.19, 2026: 5.05}`.",
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn exponent_notation_names_a_whole_amount_exactly_or_nothing() {
        assert_eq!(exponent_amount("1.85e9"), Some(1_850_000_000));
        assert_eq!(exponent_amount("15E+8"), Some(1_500_000_000));
        assert_eq!(exponent_amount("2e0"), Some(2));
        assert_eq!(
            exponent_amount("1.2345678912345e13"),
            Some(12_345_678_912_345)
        );
        assert_eq!(exponent_amount("1000e-3"), Some(1));
        assert_eq!(exponent_amount("0e5"), Some(0));
        for bad in [
            "1.5e-3",
            "1500e-3",
            "1.2345e2",
            "2.000",
            "1500000000",
            "e9",
            "1.5e",
            "1x5e3",
            "9e30",
        ] {
            assert_eq!(exponent_amount(bad), None, "{bad}");
        }
    }

    use super::*;

    #[test]
    fn dates_are_checked_for_real_calendar_days() {
        assert_eq!(
            Date::parse("2025-07-14"),
            Some(Date {
                year: 2025,
                month: 7,
                day: 14
            })
        );
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        assert_eq!(Date::parse("2025-02-29"), None);
        assert_eq!(Date::parse("2025-13-01"), None);
        assert_eq!(Date::parse("14-07-2025"), None);
        assert_eq!(Date::parse("2025-7-14"), None);
    }

    #[test]
    fn nomenclature_codes_have_fixed_segment_widths() {
        let code = |s: &str| NomenclatureCode(s.into());
        assert!(code("1.06.05").is_well_formed(CodeLevel::Program));
        assert!(code("1.06.05.2.01").is_well_formed(CodeLevel::Kegiatan));
        assert!(code("1.06.05.2.01.0006").is_well_formed(CodeLevel::SubKegiatan));
        assert!(!code("1.06.05.2.01.006").is_well_formed(CodeLevel::SubKegiatan));
        assert!(!code("1.6.05").is_well_formed(CodeLevel::Program));
        assert!(!code("1.06.05.2.01").is_well_formed(CodeLevel::SubKegiatan));
        assert!(!code("1.06.x5").is_well_formed(CodeLevel::Program));
        assert!(code("1.06.05.2.01").extends(&code("1.06.05")));
        assert!(!code("1.06.050.2.01").extends(&code("1.06.05")));
        assert!(!code("1.06.05").extends(&code("1.06.05")));
        assert_eq!(code("1.06.05.2.01").level_digit(), Some("2"));
    }
}
