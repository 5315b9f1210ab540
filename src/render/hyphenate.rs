//! Indonesian hyphenation by the rules of PUEBI (*Pedoman Umum Ejaan Bahasa Indonesia*,
//! *pemenggalan kata*), for the PDF's line breaker.
//!
//! The rules, on letters grouped into consonants (the digraphs `ng`, `ny`, `kh` and `sy` count as
//! one) and vowels (the diphthongs `ai`, `au`, `ei` and `oi` are never split):
//!
//! - between two vowels: `ma-af`, `bu-ah`;
//! - one consonant between vowels goes with the second: `ba-pak`, `ke-nyang`;
//! - two consonants between vowels are split: `man-di`, `lang-sung`, `sum-ber`;
//! - three or more: after the first, `bang-krut`, `ul-tra`.
//!
//! Where the rules and the dictionary (KBBI, which splits at prefixes and suffixes: `ke·te·rang·an`
//! beside the rules' `ke-te-ra-ngan`) can disagree, the break is left out, so every break offered
//! is right by both: the syllable before a suffix *-an* after a consonant, the prefix area of
//! *meng-*, *peng-*, *ber-*, *ter-*, *per-* before a vowel, a consonant with `r` or `l` (`pro-gram`
//! or `prog-ram`), and clusters of three or more that do not end in one. A break leaves at least
//! two letters before it and three after it.
//!
//! Only words of plain letters are hyphenated: never a word with a digit (a number, an amount, a
//! code), never an acronym or a word with a capital inside (`APBD`, `BAZNAS`, `DinSos`), never a
//! word that does not spell like Indonesian (`outcome`, `ghost`).

/// Letters a hyphen may not leave fewer than, before and after it.
const LEFT: usize = 2;
const RIGHT: usize = 3;

/// Byte offsets inside `token` where it may be broken with a hyphen added. `token` is one word
/// as printed, with any punctuation attached (`(kemiskinan),`); offsets fall between letters.
/// A word that already holds a hyphen (`sebesar-besarnya`) may also break after it (offsets in
/// [`after_hyphens`]), and each part is hyphenated on its own.
pub fn hyphenate(token: &str) -> Vec<usize> {
    let start = token
        .char_indices()
        .find(|(_, c)| c.is_alphanumeric())
        .map_or(token.len(), |(i, _)| i);
    let end = token
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_alphanumeric())
        .map_or(start, |(i, c)| i + c.len_utf8());
    if start >= end {
        return Vec::new();
    }
    let core = &token[start..end];
    if !core.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut at = start;
    for part in core.split('-') {
        out.extend(word(part).into_iter().map(|i| at + i));
        at += part.len() + 1;
    }
    out
}

/// Offsets just after each hyphen inside a token's letters (`anak-` | `anak`): a break there
/// adds nothing.
pub fn after_hyphens(token: &str) -> Vec<usize> {
    let bytes = token.as_bytes();
    (1..bytes.len().saturating_sub(1))
        .filter(|&i| {
            bytes[i] == b'-'
                && bytes[i - 1].is_ascii_alphabetic()
                && bytes[i + 1].is_ascii_alphabetic()
        })
        .map(|i| i + 1)
        .collect()
}

/// A unit of spelling: one vowel, a diphthong, one consonant or a digraph.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Unit {
    start: usize,
    len: usize,
    vowel: bool,
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Letter pairs and letters that do not occur in Indonesian spelling: a word with one is a
/// foreign word, left whole.
fn foreign(lower: &[u8]) -> bool {
    const PAIRS: [&[u8; 2]; 11] = [
        b"th", b"ph", b"sh", b"ck", b"ou", b"ee", b"gh", b"wh", b"oa", b"ow", b"ew",
    ];
    if lower.iter().any(|b| matches!(b, b'q' | b'x')) {
        return true;
    }
    // `gh` is foreign except as `ng` + `h` (`peng-hasilan`).
    if lower.windows(2).enumerate().any(|(i, w)| {
        PAIRS.iter().any(|p| w == &p[..]) && !(w == b"gh" && i > 0 && lower[i - 1] == b'n')
    }) {
        return true;
    }
    // `c` is always followed by a vowel in Indonesian; `w` and `y` never close a syllable.
    lower.windows(2).any(|w| {
        (w[0] == b'c' && !is_vowel(w[1])) || (matches!(w[0], b'w' | b'y') && !is_vowel(w[1]))
    }) || matches!(lower.last(), Some(b'c' | b'w' | b'y' | b'j' | b'v'))
}

/// Hyphenation points of one word of ASCII letters.
fn word(word: &str) -> Vec<usize> {
    let bytes = word.as_bytes();
    if bytes.len() < LEFT + RIGHT {
        return Vec::new();
    }
    // Acronyms and words with a capital inside stay whole.
    if bytes[1..].iter().any(u8::is_ascii_uppercase) {
        return Vec::new();
    }
    let lower: Vec<u8> = bytes.iter().map(u8::to_ascii_lowercase).collect();
    if foreign(&lower) {
        return Vec::new();
    }
    let units = units(&lower);
    let nuclei: Vec<usize> = (0..units.len()).filter(|&i| units[i].vowel).collect();
    let suffix = suffix_vowels(&lower);
    let mut points = Vec::new();
    for pair in nuclei.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let consonants = &units[a + 1..b];
        let at = match consonants {
            [] => Some(units[b].start),
            [c] => Some(c.start),
            [c1, c2] => (!liquid_cluster(&lower, c1, c2)).then_some(c2.start),
            // `bang-krut`, `ul-tra`; not `s` before a cluster (`infra·struktur`, a compound).
            [c1, c2, c3] => {
                (lower[c1.start] != b's' && liquid_cluster(&lower, c2, c3)).then_some(c2.start)
            }
            _ => None,
        };
        // The syllable before a suffix `-an` after a consonant: `ke-te-ra-ngan` by the rules,
        // `ke·te·rang·an` in the dictionary; leave it (also before `-nya`, `-lah`, …).
        if let (Some(_), [_]) = (at, consonants)
            && suffix.contains(&units[b].start)
        {
            continue;
        }
        if let Some(at) = at {
            points.push(at);
        }
    }
    // `me-ngam-bil` by the rules, `meng·am·bil` in the dictionary: nothing inside a nasal or
    // `-r` prefix before a vowel.
    let prefix = prefix_before_vowel(&lower);
    points.retain(|&p| p >= LEFT && bytes.len() - p >= RIGHT && p > prefix);
    points
}

/// Where a suffix that may follow a consonant of the root starts (`-an`, and `-i` before a
/// clitic): the vowel whose syllable the rules and the dictionary begin differently.
fn suffix_vowels(lower: &[u8]) -> Vec<usize> {
    const CLITICS: [&[u8]; 7] = [b"", b"nya", b"lah", b"kah", b"pun", b"ku", b"mu"];
    let mut out = Vec::new();
    for clitic in CLITICS {
        let Some(stem) = lower.strip_suffix(clitic) else {
            continue;
        };
        if stem.ends_with(b"an") {
            out.push(stem.len() - 2);
        }
        if !clitic.is_empty() && stem.ends_with(b"i") {
            out.push(stem.len() - 1);
        }
    }
    out
}

/// How far a prefix reaches that rules and dictionary split differently, or 0.
fn prefix_before_vowel(lower: &[u8]) -> usize {
    const PREFIXES: [&[u8]; 11] = [
        b"meng", b"peng", b"meny", b"peny", b"mem", b"pem", b"men", b"pen", b"ber", b"ter", b"per",
    ];
    PREFIXES
        .iter()
        .find(|p| lower.starts_with(p) && lower.get(p.len()).is_some_and(|&b| is_vowel(b)))
        .map_or(0, |p| p.len())
}

/// A stop or `f` followed by `r` or `l` (`pr`, `tr`, `kl`, …): a cluster loanwords keep
/// together, so the rules and the dictionary disagree on where it breaks.
fn liquid_cluster(lower: &[u8], first: &Unit, second: &Unit) -> bool {
    first.len == 1
        && second.len == 1
        && matches!(
            lower[first.start],
            b'p' | b'b' | b't' | b'd' | b'k' | b'g' | b'f' | b's'
        )
        && matches!(lower[second.start], b'r' | b'l')
}

fn units(lower: &[u8]) -> Vec<Unit> {
    let mut out = Vec::with_capacity(lower.len());
    let mut i = 0;
    while i < lower.len() {
        let b = lower[i];
        let next = lower.get(i + 1).copied();
        let (len, vowel) = if is_vowel(b) {
            let diphthong = matches!(
                (b, next),
                (b'a', Some(b'i')) | (b'a', Some(b'u')) | (b'e', Some(b'i')) | (b'o', Some(b'i'))
            );
            (if diphthong { 2 } else { 1 }, true)
        } else {
            let digraph = matches!(
                (b, next),
                (b'n', Some(b'g')) | (b'n', Some(b'y')) | (b'k', Some(b'h')) | (b's', Some(b'y'))
            );
            (if digraph { 2 } else { 1 }, false)
        };
        out.push(Unit {
            start: i,
            len,
            vowel,
        });
        i += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word with a hyphen at every point offered.
    fn show(token: &str) -> String {
        let points = hyphenate(token);
        let mut out = String::new();
        for (i, c) in token.char_indices() {
            if points.contains(&i) {
                out.push('-');
            }
            out.push(c);
        }
        out
    }

    /// Syllables as the dictionary gives them (KBBI, with `·`), for a few hundred words of the
    /// documents' vocabulary: every break offered must be one of them.
    const DICTIONARY: &str = "
        a·da a·dat a·gar a·ja·ran a·kan a·khir a·ki·bat ak·ses a·ku·rat a·lam a·la·mat a·lo·ka·si
        a·man an·tar an·ta·ra a·nak an·cam·an ang·ga·ran ang·go·ta ang·ka a·pa·bi·la a·rah a·ra·han
        a·sam a·set a·sing a·suh·an a·tas a·tau a·wal ba·dan ba·gai·ma·na ba·gi ba·gi·an ba·han
        bah·wa ba·ik ba·ku ba·lai ban·tu·an ba·nyak ba·ngun·an ba·ru ba·sis ba·tas be·ban be·be·ra·pa
        be·lan·ja be·lum be·nar ber·da·sar·kan ber·ke·lan·jut·an ber·sa·ma be·sar be·sar·an bi·a·ya
        bi·dang bu·di·da·ya bu·kan bu·lan bu·ruh ca·kup·an ca·pai·an ca·ra ce·pat ci·bo·das da·e·rah
        da·lam da·na da·pat da·sar da·ta de·ngan de·sa di·ba·has di·ga·bung·kan di·ha·rap·kan
        di·la·ku·kan di·lak·sa·na·kan di·na·mi·ka di·nas di·ren·ca·na·kan di·sa·ji·kan
        di·su·sun di·te·tap·kan do·ku·men du·kung·an e·fek·tif e·ko·no·mi e·va·lu·a·si gi·zi
        go·long·an ha·rap·an ha·sil hu·bung·an hu·kum hu·ni ha·ri i·ni in·di·ka·tor in·dus·tri
        in·for·ma·si in·fra·struk·tur in·sen·tif in·ter·ven·si is·tri i·tu ja·lan ja·min·an
        jang·ka ja·sa je·nis ju·ga jum·lah ka·bu·pa·ten ka·lang·an ka·li kan·tong
        ka·ra·wa·ci ka·rak·te·ris·tik ka·re·na ka·wa·san ke·a·da·an ke·bi·jak·an ke·bu·tuh·an
        ke·ca·mat·an ke·gi·at·an ke·ha·mil·an ke·lem·ba·ga·an ke·lu·ar·ga ke·lu·rah·an
        ke·ma·tang·an ke·mis·kin·an ke·pa·la ke·pen·du·duk·an ke·ra·ja·an ke·ren·tan·an ke·rang·ka
        ke·se·hat·an ke·se·jah·te·ra·an ke·se·lu·ruh·an ke·te·rang·an
        ke·ti·ga khu·sus ko·de ko·mit·men kon·di·si kon·ver·gen·si ko·or·di·na·si ko·ta kri·te·ri·a
        ku·a·li·tas ku·rang la·han la·in la·in·nya lan·jut·an lang·kah lang·sung la·po·ran la·yak
        la·yan·an le·bih lem·ba·ga li·ma lo·ka·si lo·kus ma·kan·an ma·ka·sar ma·na·je·men
        man·di·ri ma·nu·si·a ma·sa ma·sih ma·sya·ra·kat ma·suk ma·ta ma·te·ri me·la·lui me·la·ku·kan
        me·la·ya·ni me·mi·li·ki me·mu·ngut me·nang·gu·la·ngi me·nge·lo·la
        meng·ge·rak·kan meng·ha·pus me·ning·kat·kan men·ja·di men·te·ri me·nu·run
        me·nu·ju me·nu·rut mi·nim mis·kin mo·dal mo·del mu·dah mu·lai na·ma na·si·o·nal ne·ga·ra
        ne·ge·ri no·mor nya·ta o·leh o·pe·ra·si·o·nal or·ga·ni·sa·si pa·da pa·gu pa·ngan pa·sar
        pe·da·gang pe·de·sa·an pe·do·man pe·ker·ja pe·ker·ja·an pe·la·ku pe·la·tih·an
        pe·lak·sa·na pe·lak·sa·na·an pe·la·yan·an pe·ma·kai·an pe·man·tau·an pem·ba·ngun·an
        pem·ber·da·ya·an pem·bi·a·ya·an pe·me·rin·tah pe·me·rin·tah·an pe·me·nuh·an pe·nang·gu·lang·an
        pen·da·pat·an pen·da·ta·an pen·di·dik·an pen·du·duk pen·ting pe·nga·wa·san pe·nge·lo·la·an
        pe·ngen·tas·an peng·ha·pus·an peng·ha·sil·an peng·u·at·an pe·ngu·rang·an
        pe·nu·run·an pe·nyu·sun·an pe·ra·tur·an per·ce·pat·an pe·ren·ca·na·an per·lu pe·run·tuk·an
        pe·ru·mah·an pe·ser·ta pe·tu·gas pi·lar pin·jam·an po·kok po·ten·si pra·sa·ra·na pre·si·den
        pri·o·ri·tas pro·gram pro·ses pro·vin·si pu·blik pu·sat ra·pat ra·sio ra·ta re·a·li·sa·si
        ren·ca·na ru·mah ru·mah·nya sa·ma sam·pai sa·ni·ta·si sa·ngat sa·sar·an sa·tu·an se·ba·gai
        se·ba·gai·ma·na se·be·sar se·bu·ah se·hing·ga se·ja·lan se·ka·li se·kre·ta·ri·at
        se·lu·ruh se·mes·ter se·ni se·su·ai se·ti·ap si·fat sis·tem so·si·al stra·te·gi
        su·a·tu sub sum·ber sum·ber·da·ya ta·hun ta·hun·an tam·bah·an ta·nah
        tang·gal tang·gung ta·nge·rang tar·get ta·ta te·ma te·na·ga te·ngah
        ter·ha·dap ter·ma·suk ter·pa·du ter·se·but ti·dak tim ting·kat tim·bul tu·ju·an
        tu·nai tu·run u·mum u·sa·ha war·ga wi·la·yah ya·itu yang ke·cil pen·ting·nya
        pe·ne·ri·ma ma·ri·tim sa·lur·an se·ko·lah ke·gi·at·an·nya pe·ning·kat·an pe·nu·run·an
        ke·mam·pu·an pe·ngem·bang·an pe·me·ta·an pen·ca·pai·an ber·ja·lan
        ber·ba·gai ter·wu·jud·nya pe·nun·jang mem·ba·ngun mem·ban·tu
        mem·ber·da·ya·kan me·nye·di·a·kan pe·nye·di·a·an pe·ngo·lah·an ban·sos ke·mi·tra·an
        pe·nga·dil·an ke·la·hir·an pe·ri·o·de pe·ma·sar·an ke·ma·ju·an per·ta·ni·an
        per·i·kan·an pe·ter·nak·an ko·pe·ra·si u·sa·ha·wan
    ";

    fn dictionary() -> Vec<(String, Vec<usize>)> {
        DICTIONARY
            .split_whitespace()
            .map(|w| {
                let mut word = String::new();
                let mut points = Vec::new();
                for part in w.split('·') {
                    if !word.is_empty() {
                        points.push(word.len());
                    }
                    word.push_str(part);
                }
                (word, points)
            })
            .collect()
    }

    #[test]
    fn every_break_offered_is_a_syllable_boundary_of_the_dictionary() {
        let words = dictionary();
        assert!(words.len() > 300, "{}", words.len());
        // A word may be listed twice with different syllables (the rules' and the
        // dictionary's): a break must be a boundary in every listing, or in the only one.
        let mut wrong = Vec::new();
        let (mut offered, mut possible) = (0, 0);
        for (word, _) in &words {
            let listings: Vec<&Vec<usize>> = words
                .iter()
                .filter(|(w, _)| w == word)
                .map(|(_, p)| p)
                .collect();
            let points = hyphenate(word);
            for p in &points {
                if !listings.iter().all(|l| l.contains(p)) {
                    wrong.push(show(word));
                }
            }
            offered += points.len();
            possible += listings[0]
                .iter()
                .filter(|&&p| p >= LEFT && word.len() - p >= RIGHT)
                .count();
        }
        assert!(wrong.is_empty(), "breaks not in the dictionary: {wrong:?}");
        // The rules leave out the doubtful breaks, not most of them.
        assert!(
            offered * 100 >= possible * 70,
            "{offered} of {possible} possible breaks offered"
        );
    }

    #[test]
    fn the_words_of_the_review_break_where_they_should() {
        assert_eq!(show("Keterangan"), "Ke-te-rangan");
        assert_eq!(show("persen"), "per-sen");
        assert_eq!(show("intervensi"), "in-ter-vensi");
        assert_eq!(show("Langsung"), "Lang-sung");
        assert_eq!(show("Sumber"), "Sum-ber");
        assert_eq!(show("Karawaci"), "Ka-ra-waci");
        assert_eq!(show("penanggulangan"), "penang-gu-langan");
        assert_eq!(show("masyarakat"), "ma-sya-ra-kat");
        assert_eq!(show("menghapus"), "meng-ha-pus");
        assert_eq!(show("kemiskinan,"), "ke-mis-kinan,");
        assert_eq!(show("(pembangunan)"), "(pem-ba-ngunan)");
    }

    #[test]
    fn acronyms_codes_numbers_amounts_and_foreign_words_stay_whole() {
        for token in [
            "APBD",
            "BAZNAS",
            "DTSEN",
            "TKPK,",
            "DinSos",
            "1.06.05.2.02.0006",
            "Rp1.200.000.000",
            "2.350",
            "5,19%",
            "S1-A",
            "2025–2029",
            "outcome",
            "progress",
            "Kesejahteraan2",
            "méthode",
        ] {
            assert!(hyphenate(token).is_empty(), "{token}: {}", show(token));
        }
    }

    #[test]
    fn two_letters_before_and_three_after_every_break() {
        assert_eq!(show("akhir"), "akhir");
        assert_eq!(show("bantuan"), "ban-tuan");
        assert_eq!(show("daerah"), "da-e-rah");
        for (word, _) in dictionary() {
            for p in hyphenate(&word) {
                assert!(p >= 2 && word.len() - p >= 3, "{word}");
            }
        }
    }

    #[test]
    fn reduplicated_words_break_after_their_hyphen_too() {
        assert_eq!(after_hyphens("sebesar-besarnya"), [8]);
        assert_eq!(show("anak-anak"), "anak-anak");
        assert!(hyphenate("sebesar-besarnya").contains(&2));
        assert!(after_hyphens("S1-A").is_empty() || hyphenate("S1-A").is_empty());
    }
}
