//! "did you mean" hints: the closest known name to a misspelt one.

use crate::i18n::{Arg, Message};
use crate::msg;

/// The candidate closest to `wrong`, if it is close enough to be a likely typo.
///
/// Case differences count as half an edit, so `s2` suggests `S2` before `S3`. Names longer
/// than [`MAX_SUGGESTED`] characters get no suggestion: no id is that long, and comparing one
/// with every candidate would cost more than the check.
pub fn did_you_mean<'a, I>(wrong: &str, candidates: I) -> Option<Message>
where
    I: IntoIterator<Item = &'a str>,
{
    let length = wrong.chars().count();
    if length > MAX_SUGGESTED {
        return None;
    }
    let limit = (length / 3).max(1) * 2;
    let candidates: Vec<&str> = candidates.into_iter().take(MAX_CANDIDATES + 1).collect();
    // Among thousands of names (every sub kegiatan code of a province), one close by is no
    // longer a likely typo, and a thousand wrong references would cost millions of comparisons.
    if candidates.len() > MAX_CANDIDATES {
        return None;
    }
    candidates
        .into_iter()
        .filter(|c| *c != wrong)
        // Each character of difference in length is an edit at least.
        .filter(|c| {
            c.len().abs_diff(wrong.len()) <= limit * 2
                && c.chars().count().abs_diff(length) * 2 <= limit
        })
        .map(|c| (distance(wrong, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, c)| (*d, c.to_string()))
        .map(|(_, c)| msg!("hint-did-you-mean", name = c))
}

/// The longest name "did you mean" is computed for.
pub const MAX_SUGGESTED: usize = 64;

/// The most candidates "did you mean" compares a name with.
pub const MAX_CANDIDATES: usize = 1_000;
/// A word compared the way planners vary it: lower case, without spaces, `_`, `-` or `.`.
pub fn normalise_word(word: &str) -> String {
    word.chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '.'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The hint for an unknown keyword: the keyword it is a known synonym of (`bankeu` →
/// `bantuan_keuangan_provinsi`), the keyword it spells differently (`Dana Desa` → `dana_desa`),
/// or the closest keyword. `keys` are the keywords with their labels; `synonyms` the words
/// planners use with the keywords each may mean.
pub fn keyword_hint<'a>(
    wrong: &str,
    keys: impl Iterator<Item = (&'a str, &'a str)> + Clone,
    synonyms: impl Iterator<Item = (&'a str, Vec<&'a str>)>,
) -> Option<Message> {
    let word = normalise_word(wrong);
    let label = |key: &str| keys.clone().find(|(k, _)| *k == key).map(|(_, l)| l);
    if let Some((key, _)) = keys
        .clone()
        .find(|(k, l)| normalise_word(k) == word || normalise_word(l) == word)
    {
        return Some(msg!("hint-did-you-mean", name = key));
    }
    for (synonym, meant) in synonyms {
        if normalise_word(synonym) == word {
            let options: Vec<Arg> = meant
                .iter()
                .map(|k| match label(k) {
                    Some(l) => Arg::Text(format!("`{k}` ({l})")),
                    None => Arg::Text(format!("`{k}`")),
                })
                .collect();
            return Some(msg!(
                "hint-written-as",
                wrong = wrong,
                options = Arg::OrList(options)
            ));
        }
    }
    did_you_mean(wrong, keys.map(|(k, _)| k))
}

/// "known strategies: S1, S2, S3", shortened after twelve names; `what` is the plural
/// (`msg!("known-strategies")`).
pub fn known_list<'a, I>(what: Message, names: I) -> Message
where
    I: IntoIterator<Item = &'a str>,
{
    const SHOWN: usize = 12;
    let names: Vec<&str> = names.into_iter().collect();
    if names.is_empty() {
        return msg!("hint-none-defined", what = what);
    }
    let list = names
        .iter()
        .take(SHOWN)
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > SHOWN {
        return msg!(
            "hint-known-more",
            what = what,
            list = list,
            more = names.len() - SHOWN
        );
    }
    msg!("hint-known", what = what, list = list)
}

/// Edit distance in half-edits (optimal string alignment): a substitution that only changes
/// case costs 1, any other edit 2, and two neighbours written the other way round (`apdb` for
/// `apbd`, the commonest slip of a typist) one edit, 2.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Three rows: two back (for a transposition), the previous and the current one.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j * 2).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = (i + 1) * 2;
        for (j, cb) in b.iter().enumerate() {
            let sub = if ca == cb {
                0
            } else if ca.to_lowercase().eq(cb.to_lowercase()) {
                1
            } else {
                2
            };
            let mut best = (prev[j] + sub).min(prev[j + 1] + 2).min(cur[j] + 2);
            if i > 0 && j > 0 && *ca == b[j - 1] && a[i - 1] == *cb && ca != cb {
                best = best.min(before[j - 1] + 2);
            }
            cur[j + 1] = best;
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn en(m: Option<Message>) -> Option<String> {
        m.map(|m| m.render(Lang::En))
    }

    #[test]
    fn suggests_the_closest_name() {
        let keys = ["strategi", "pilar", "perangkat_daerah"];
        assert_eq!(
            en(did_you_mean("stratgi", keys)),
            Some("did you mean `strategi`?".into())
        );
        assert_eq!(
            en(did_you_mean("s2", ["S1", "S2", "S3"])),
            Some("did you mean `S2`?".into())
        );
        assert_eq!(did_you_mean("anggaran", keys), None);
        // Two letters the other way round are one slip, as close as one letter wrong.
        assert_eq!(
            en(did_you_mean("apdb", ["apbd", "apbn", "csr"])),
            Some("did you mean `apbd`?".into())
        );
        assert_eq!(distance("apdb", "apbd"), 2);
        assert_eq!(distance("ab", "ba"), 2);
        assert_eq!(distance("abc", "abc"), 0);
        assert_eq!(distance("kota", "Kota"), 1);
        assert_eq!(distance("", "ab"), 4);
        let many: Vec<String> = (0..2_000).map(|i| format!("K{i}")).collect();
        assert_eq!(did_you_mean("K1x", many.iter().map(String::as_str)), None);
        let long = "S".repeat(40_000);
        assert_eq!(did_you_mean(&long, [long.as_str(), "S1"]), None);
    }

    #[test]
    fn keywords_know_spellings_and_synonyms() {
        let keys = [
            ("apbd", "APBD"),
            ("dana_desa", "Dana Desa"),
            ("apbdes", "APBDes di luar Dana Desa"),
            ("dak_fisik", "DAK Fisik"),
            ("dak_nonfisik", "DAK Nonfisik"),
        ];
        let synonyms = || {
            [
                ("dak", vec!["dak_fisik", "dak_nonfisik"]),
                ("dd", vec!["dana_desa"]),
            ]
            .into_iter()
        };
        let hint = |w: &str| keyword_hint(w, keys.iter().copied(), synonyms());
        assert_eq!(
            en(hint("Dana Desa")),
            Some("did you mean `dana_desa`?".into())
        );
        assert_eq!(
            en(hint("DAK")),
            Some(
                "`DAK` is written `dak_fisik` (DAK Fisik) or `dak_nonfisik` (DAK Nonfisik)".into()
            )
        );
        assert_eq!(
            en(hint("dd")),
            Some("`dd` is written `dana_desa` (Dana Desa)".into())
        );
        assert_eq!(en(hint("APBDes")), Some("did you mean `apbdes`?".into()));
        assert_eq!(en(hint("apbdd")), Some("did you mean `apbd`?".into()));
    }

    #[test]
    fn lists_known_names_and_shortens_long_lists() {
        let en = |m: Message| m.render(Lang::En);
        assert_eq!(
            en(known_list(msg!("known-strategies"), ["S1", "S2"])),
            "known strategies: `S1`, `S2`"
        );
        assert_eq!(
            known_list(msg!("known-strategies"), ["S1", "S2"]).render(Lang::Id),
            "strategi yang tersedia: `S1`, `S2`"
        );
        let many: Vec<String> = (1..=15).map(|i| format!("K{i}")).collect();
        let text = en(known_list(
            msg!("known-codes"),
            many.iter().map(String::as_str),
        ));
        assert!(text.ends_with("`K12` and 3 more"), "{text}");
        assert_eq!(
            en(known_list(msg!("known-pillars"), [])),
            "no pillars are defined"
        );
    }
}
