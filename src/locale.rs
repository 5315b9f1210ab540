//! Numbers the Indonesian way (`id-ID`): `Rp1.234.567`, `5,19`. Used by diagnostics now and by
//! the document templates as filters.

use crate::model::Rupiah;

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

/// A decimal with a comma and no more places than needed, up to `max_places`: `5,19`, `80`.
pub fn decimal(value: f64, max_places: usize) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_with_periods() {
        assert_eq!(group(0), "0");
        assert_eq!(group(999), "999");
        assert_eq!(group(1000), "1.000");
        assert_eq!(group(1234567), "1.234.567");
        assert_eq!(rupiah(Rupiah(1_500_000_000)), "Rp1.500.000.000");
    }

    #[test]
    fn decimals_take_a_comma() {
        assert_eq!(decimal(5.19, 2), "5,19");
        assert_eq!(decimal(80.0, 2), "80");
        assert_eq!(decimal(0.384, 3), "0,384");
        assert_eq!(decimal(137700.0, 2), "137.700");
        assert_eq!(decimal(-1.5, 2), "-1,5");
        assert_eq!(decimal(-0.001, 2), "0");
    }
}
