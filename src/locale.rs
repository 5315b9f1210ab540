//! Numbers, money and dates the Indonesian way (`id-ID`): `Rp1.234.567`, `5,19%`,
//! `30 September 2025`, `BAB IV`, *terbilang*. Pure functions; `render` registers them as template
//! filters and diagnostics use them for amounts.

use crate::model::{Date, Rupiah};

/// Digits grouped by thousands with a period: `1234567` → `1.234.567`.
pub fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// `Rp1.234.567`: no space after `Rp`, a period between thousands.
pub fn rupiah(amount: Rupiah) -> String {
    format!("Rp{}", group(amount.0))
}

/// `Rp1.234.567,00`, the form of official totals.
pub fn rupiah_formal(amount: Rupiah) -> String {
    format!("Rp{},00", group(amount.0))
}

/// `Rp1,6 triliun`, `Rp753 juta`, `Rp1,2 miliar`: the form of prose. Amounts below a million are
/// written in full.
pub fn rupiah_short(amount: Rupiah) -> String {
    const SCALES: [(u64, &str); 3] = [
        (1_000_000_000_000, "triliun"),
        (1_000_000_000, "miliar"),
        (1_000_000, "juta"),
    ];
    for (scale, word) in SCALES {
        if amount.0 >= scale {
            // Round to one decimal in integers, so no float ever touches money.
            let tenths = (amount.0 as u128 * 10 + scale as u128 / 2) / scale as u128;
            let whole = (tenths / 10) as u64;
            let frac = tenths % 10;
            return if frac == 0 {
                format!("Rp{} {word}", group(whole))
            } else {
                format!("Rp{},{frac} {word}", group(whole))
            };
        }
    }
    rupiah(amount)
}

/// A decimal with a comma and thousands periods, with no more places than needed up to
/// `max_places`: `5,19`, `80`, `137.700`.
pub fn decimal(value: f64, max_places: usize) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    let text = format!("{:.*}", max_places, value);
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        &text
    };
    let text = if text == "-0" { "0" } else { text };
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text, None),
    };
    let (sign, int) = match int.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", int),
    };
    let int = int
        .parse::<u64>()
        .map(group)
        .unwrap_or_else(|_| int.to_owned());
    match frac {
        Some(f) => format!("{sign}{int},{f}"),
        None => format!("{sign}{int}"),
    }
}

/// A decimal with exactly `places` places: `5,10` rather than `5,1`, for table columns.
pub fn decimal_fixed(value: f64, places: usize) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    let text = format!("{:.*}", places, value);
    let text = if text
        .trim_start_matches('-')
        .chars()
        .all(|c| c == '0' || c == '.')
    {
        text.trim_start_matches('-').to_owned()
    } else {
        text
    };
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let (sign, int) = match int.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", int),
    };
    let int = int
        .parse::<u64>()
        .map(group)
        .unwrap_or_else(|_| int.to_owned());
    if frac.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int},{frac}")
    }
}

/// A change in rupiah with its sign: `+Rp1.500.000`, `−Rp250.000`, `Rp0`. The minus is
/// U+2212, which prints as wide as the plus.
pub fn rupiah_delta(delta: i64) -> String {
    let amount = rupiah(Rupiah(delta.unsigned_abs()));
    match delta.signum() {
        1 => format!("+{amount}"),
        -1 => format!("\u{2212}{amount}"),
        _ => amount,
    }
}

/// A change in a number with its sign, up to `max_places` decimals: `+1.200`, `−0,25`, `0`.
pub fn decimal_delta(delta: f64, max_places: usize) -> String {
    let text = decimal(delta.abs(), max_places);
    if text == "0" || !delta.is_finite() {
        return text;
    }
    if delta > 0.0 {
        format!("+{text}")
    } else {
        format!("\u{2212}{text}")
    }
}

/// A change in percent with its sign: `+5,25%`, `−3,00%`.
pub fn percent_delta(delta: f64, places: usize) -> String {
    let text = percent(delta.abs(), places);
    if !delta.is_finite()
        || text
            .trim_end_matches('%')
            .chars()
            .all(|c| c == '0' || c == ',')
    {
        return text;
    }
    if delta > 0.0 {
        format!("+{text}")
    } else {
        format!("\u{2212}{text}")
    }
}

/// `5,19%`.
pub fn percent(value: f64, places: usize) -> String {
    format!("{}%", decimal_fixed(value, places))
}

pub const MONTHS: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// `30 September 2025`.
pub fn date(date: Date) -> String {
    format!(
        "{} {} {}",
        date.day,
        MONTHS[(date.month as usize).clamp(1, 12) - 1],
        date.year
    )
}

/// Roman numerals for chapters: `4` → `IV`. Zero has none and gives an empty string.
pub fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, numeral) in TABLE {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

/// An amount in words, as official text spells totals out: `5200000` → `lima juta dua ratus
/// ribu`. The caller adds `rupiah`.
pub fn terbilang(n: u64) -> String {
    if n == 0 {
        return "nol".into();
    }
    const SCALES: [(u64, &str); 6] = [
        (1_000_000_000_000_000_000, "kuintiliun"),
        (1_000_000_000_000_000, "kuadriliun"),
        (1_000_000_000_000, "triliun"),
        (1_000_000_000, "miliar"),
        (1_000_000, "juta"),
        (1_000, "ribu"),
    ];
    let mut words: Vec<String> = Vec::new();
    let mut rest = n;
    for (scale, name) in SCALES {
        let count = rest / scale;
        rest %= scale;
        if count == 0 {
            continue;
        }
        if count == 1 && scale == 1_000 {
            // "seribu", but "satu juta", "satu miliar".
            words.push("seribu".into());
        } else {
            words.push(format!("{} {name}", below_thousand(count)));
        }
    }
    if rest > 0 {
        words.push(below_thousand(rest));
    }
    words.join(" ")
}

fn below_thousand(n: u64) -> String {
    const ONES: [&str; 10] = [
        "", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    ];
    let mut parts: Vec<String> = Vec::new();
    let hundreds = n / 100;
    let rest = n % 100;
    match hundreds {
        0 => {}
        1 => parts.push("seratus".into()),
        h => parts.push(format!("{} ratus", ONES[h as usize])),
    }
    match rest {
        0 => {}
        10 => parts.push("sepuluh".into()),
        11 => parts.push("sebelas".into()),
        12..=19 => parts.push(format!("{} belas", ONES[(rest - 10) as usize])),
        20..=99 => {
            parts.push(format!("{} puluh", ONES[(rest / 10) as usize]));
            if !rest.is_multiple_of(10) {
                parts.push(ONES[(rest % 10) as usize].into());
            }
        }
        r => parts.push(ONES[r as usize].into()),
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_with_periods() {
        assert_eq!(group(0), "0");
        assert_eq!(group(999), "999");
        assert_eq!(group(1000), "1.000");
        assert_eq!(group(1234567), "1.234.567");
        assert_eq!(group(u64::MAX), "18.446.744.073.709.551.615");
    }

    #[test]
    fn rupiah_in_its_three_forms() {
        assert_eq!(rupiah(Rupiah(1_234_567)), "Rp1.234.567");
        assert_eq!(rupiah(Rupiah(0)), "Rp0");
        assert_eq!(rupiah_formal(Rupiah(1_234_567)), "Rp1.234.567,00");
        assert_eq!(rupiah_short(Rupiah(1_600_000_000_000)), "Rp1,6 triliun");
        assert_eq!(rupiah_short(Rupiah(753_000_000)), "Rp753 juta");
        assert_eq!(rupiah_short(Rupiah(1_234_000_000)), "Rp1,2 miliar");
        assert_eq!(rupiah_short(Rupiah(1_250_000_000)), "Rp1,3 miliar");
        assert_eq!(rupiah_short(Rupiah(999_950_000)), "Rp1.000 juta");
        assert_eq!(rupiah_short(Rupiah(2_500_000)), "Rp2,5 juta");
        assert_eq!(rupiah_short(Rupiah(950_000)), "Rp950.000");
        assert_eq!(
            rupiah_short(Rupiah(12_345_000_000_000_000)),
            "Rp12.345 triliun"
        );
    }

    #[test]
    fn decimals_take_a_comma_and_group_thousands() {
        assert_eq!(decimal(5.19, 2), "5,19");
        assert_eq!(decimal(80.0, 2), "80");
        assert_eq!(decimal(0.384, 3), "0,384");
        assert_eq!(decimal(137700.0, 2), "137.700");
        assert_eq!(decimal(-1.5, 2), "-1,5");
        assert_eq!(decimal(-0.001, 2), "0");
        assert_eq!(decimal(f64::NAN, 2), "–");
        assert_eq!(decimal_fixed(5.1, 2), "5,10");
        assert_eq!(decimal_fixed(1234.5, 1), "1.234,5");
        assert_eq!(decimal_fixed(-0.001, 2), "0,00");
        assert_eq!(decimal_fixed(7.0, 0), "7");
        assert_eq!(percent(5.19, 2), "5,19%");
        assert_eq!(percent(100.0, 1), "100,0%");
    }

    #[test]
    fn dates_spell_the_month() {
        let d = Date {
            year: 2025,
            month: 9,
            day: 30,
        };
        assert_eq!(date(d), "30 September 2025");
        let d = Date {
            year: 2026,
            month: 1,
            day: 2,
        };
        assert_eq!(date(d), "2 Januari 2026");
    }

    #[test]
    fn roman_numerals_for_chapters() {
        let got: Vec<String> = (1..=8).map(roman).collect();
        assert_eq!(got, ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]);
        assert_eq!(roman(1994), "MCMXCIV");
        assert_eq!(roman(0), "");
    }

    #[test]
    fn terbilang_spells_amounts() {
        let cases: &[(u64, &str)] = &[
            (0, "nol"),
            (1, "satu"),
            (10, "sepuluh"),
            (11, "sebelas"),
            (12, "dua belas"),
            (19, "sembilan belas"),
            (20, "dua puluh"),
            (21, "dua puluh satu"),
            (100, "seratus"),
            (101, "seratus satu"),
            (110, "seratus sepuluh"),
            (115, "seratus lima belas"),
            (999, "sembilan ratus sembilan puluh sembilan"),
            (1_000, "seribu"),
            (1_001, "seribu satu"),
            (2_000, "dua ribu"),
            (11_000, "sebelas ribu"),
            (100_000, "seratus ribu"),
            (1_000_000, "satu juta"),
            (5_200_000, "lima juta dua ratus ribu"),
            (1_000_000_000, "satu miliar"),
            (1_600_000_000_000, "satu triliun enam ratus miliar"),
            (
                1_234_567_890,
                "satu miliar dua ratus tiga puluh empat juta lima ratus enam puluh tujuh ribu delapan ratus sembilan puluh",
            ),
        ];
        for (n, words) in cases {
            assert_eq!(terbilang(*n), *words, "{n}");
        }
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Read `terbilang` back into a number, to check it loses nothing.
    fn parse_words(text: &str) -> u64 {
        let unit = |w: &str| -> Option<u64> {
            Some(match w {
                "nol" => 0,
                "satu" => 1,
                "dua" => 2,
                "tiga" => 3,
                "empat" => 4,
                "lima" => 5,
                "enam" => 6,
                "tujuh" => 7,
                "delapan" => 8,
                "sembilan" => 9,
                "sepuluh" => 10,
                "sebelas" => 11,
                "seratus" => 100,
                _ => return None,
            })
        };
        let (mut total, mut group, mut last) = (0u64, 0u64, 0u64);
        for word in text.split(' ') {
            let scale = match word {
                "belas" => {
                    group += 10;
                    continue;
                }
                "puluh" | "ratus" => {
                    let factor = if word == "puluh" { 10 } else { 100 };
                    group = group - last + last * factor;
                    continue;
                }
                "seribu" => {
                    total += 1_000;
                    continue;
                }
                "ribu" => 1_000,
                "juta" => 1_000_000,
                "miliar" => 1_000_000_000,
                "triliun" => 1_000_000_000_000,
                "kuadriliun" => 1_000_000_000_000_000,
                "kuintiliun" => 1_000_000_000_000_000_000,
                w => {
                    last = unit(w).unwrap_or_else(|| panic!("unknown word {w}"));
                    group += last;
                    continue;
                }
            };
            total += group * scale;
            group = 0;
        }
        total + group
    }

    proptest! {
        #[test]
        fn rupiah_keeps_every_digit(n in any::<u64>()) {
            let text = rupiah(Rupiah(n));
            prop_assert!(text.starts_with("Rp"));
            prop_assert_eq!(text[2..].replace('.', ""), n.to_string());
            // groups of three after the first
            for part in text[2..].split('.').skip(1) {
                prop_assert_eq!(part.len(), 3);
            }
        }

        #[test]
        fn decimals_read_back(v in -1.0e9f64..1.0e9) {
            let text = decimal_fixed(v, 2);
            let back: f64 = text.replace('.', "").replace(',', ".").parse().unwrap();
            prop_assert!((back - v).abs() <= 0.005 + 1e-9, "{} -> {}", v, text);
        }

        #[test]
        fn terbilang_reads_back(n in any::<u64>()) {
            prop_assert_eq!(parse_words(&terbilang(n)), n);
        }
    }
}
