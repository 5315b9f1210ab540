//! Kinds of regulation and their official order, for the legal basis (*dasar hukum*) of a
//! document: UU 12/2011 fixes the hierarchy of statutes (UU, PP, Perpres, Perda Provinsi, Perda
//! Kabupaten/Kota); practice places presidential instructions after regulations, ministerial
//! regulations and decrees after them, and the regional head's own instruments last.

/// A kind of regulation, in the order a legal basis lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LegalKind {
    /// Undang-Undang (and Perppu, which stands at its level).
    Law,
    /// Peraturan Pemerintah.
    GovernmentRegulation,
    /// Peraturan Presiden.
    PresidentialRegulation,
    /// Keputusan Presiden.
    PresidentialDecree,
    /// Instruksi Presiden.
    PresidentialInstruction,
    /// Peraturan Menteri (and regulations of national agencies).
    MinisterialRegulation,
    /// Keputusan Menteri, Instruksi and Surat Edaran Menteri.
    MinisterialDecree,
    /// Peraturan Daerah Provinsi.
    ProvincialBylaw,
    /// Peraturan Daerah Kabupaten/Kota.
    RegionalBylaw,
    /// Peraturan Gubernur.
    GovernorRegulation,
    /// Peraturan Bupati / Wali Kota.
    HeadRegulation,
    /// Keputusan or Instruksi Gubernur / Bupati / Wali Kota.
    HeadDecree,
}

impl LegalKind {
    /// The kind a citation starts with, if it starts with one.
    pub fn classify(text: &str) -> Option<LegalKind> {
        // A placeholder of `rpkd init` (`[Peraturan Daerah …]`) has its kind too.
        let t = text.trim().trim_start_matches('[').to_lowercase();
        let t = t.replace("walikota", "wali kota");
        let starts = |p: &str| t.starts_with(p);
        let head = |kind: &str| {
            ["gubernur", "bupati", "wali kota"]
                .iter()
                .find(|h| t.starts_with(&format!("{kind} {h}")))
                .copied()
        };
        Some(
            if starts("undang-undang") || starts("uu ") || starts("peraturan pemerintah pengganti")
            {
                LegalKind::Law
            } else if starts("peraturan pemerintah") {
                LegalKind::GovernmentRegulation
            } else if starts("peraturan presiden") {
                LegalKind::PresidentialRegulation
            } else if starts("keputusan presiden") {
                LegalKind::PresidentialDecree
            } else if starts("instruksi presiden") {
                LegalKind::PresidentialInstruction
            } else if starts("peraturan menteri")
                || starts("peraturan badan")
                || starts("peraturan kepala badan")
            {
                LegalKind::MinisterialRegulation
            } else if starts("keputusan menteri")
                || starts("instruksi menteri")
                || starts("surat edaran menteri")
                || starts("kepmendagri")
            {
                LegalKind::MinisterialDecree
            } else if starts("peraturan daerah provinsi") {
                LegalKind::ProvincialBylaw
            } else if starts("peraturan daerah") {
                LegalKind::RegionalBylaw
            } else if head("peraturan") == Some("gubernur") {
                LegalKind::GovernorRegulation
            } else if head("peraturan").is_some() {
                LegalKind::HeadRegulation
            } else if head("keputusan").is_some() || head("instruksi").is_some() {
                LegalKind::HeadDecree
            } else {
                return None;
            },
        )
    }
}

/// A citation's number and year (`Nomor 23 Tahun 2014` → `("23", 2014)`), to tell one
/// regulation cited twice and to order regulations of a kind by year.
pub fn number_and_year(text: &str) -> (Option<String>, Option<u16>) {
    let lower = text.to_lowercase();
    let number = lower.find("nomor ").map(|i| {
        lower[i + 6..]
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_end_matches([',', ';'])
            .to_owned()
    });
    let year = lower.find("tahun ").and_then(|i| {
        let digits: String = lower[i + 6..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().ok()
    });
    (number, year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_told_from_the_citation() {
        let k = |t: &str| LegalKind::classify(t);
        assert_eq!(k("Undang-Undang Nomor 23 Tahun 2014"), Some(LegalKind::Law));
        assert_eq!(
            k("Peraturan Pemerintah Nomor 12 Tahun 2019"),
            Some(LegalKind::GovernmentRegulation)
        );
        assert_eq!(
            k("Peraturan Presiden Nomor 15 Tahun 2010"),
            Some(LegalKind::PresidentialRegulation)
        );
        assert_eq!(
            k("Instruksi Presiden Nomor 8 Tahun 2025"),
            Some(LegalKind::PresidentialInstruction)
        );
        assert_eq!(
            k("Peraturan Menteri Dalam Negeri Nomor 53 Tahun 2020"),
            Some(LegalKind::MinisterialRegulation)
        );
        assert_eq!(
            k("Keputusan Menteri Dalam Negeri Nomor 900.1.15.5-1317 Tahun 2023"),
            Some(LegalKind::MinisterialDecree)
        );
        assert_eq!(
            k("Peraturan Daerah Provinsi Banten Nomor 1 Tahun 2025"),
            Some(LegalKind::ProvincialBylaw)
        );
        assert_eq!(
            k("Peraturan Daerah Kota Tangerang Nomor 6 Tahun 2025"),
            Some(LegalKind::RegionalBylaw)
        );
        assert_eq!(
            k("Peraturan Gubernur Banten Nomor 5 Tahun 2024"),
            Some(LegalKind::GovernorRegulation)
        );
        assert_eq!(
            k("Peraturan Walikota Tangerang Nomor 52 Tahun 2023"),
            Some(LegalKind::HeadRegulation)
        );
        assert_eq!(
            k("Keputusan Bupati Buleleng Nomor 400/2020"),
            Some(LegalKind::HeadDecree)
        );
        assert_eq!(k("Rencana Pembangunan Jangka Menengah"), None);
        assert!(LegalKind::Law < LegalKind::PresidentialInstruction);
        assert!(LegalKind::MinisterialDecree < LegalKind::RegionalBylaw);
    }

    #[test]
    fn numbers_and_years_are_read() {
        assert_eq!(
            number_and_year("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah"),
            (Some("23".into()), Some(2014))
        );
        assert_eq!(
            number_and_year("Keputusan Menteri Dalam Negeri Nomor 900.1.15.5-1317 Tahun 2023"),
            (Some("900.1.15.5-1317".into()), Some(2023))
        );
        assert_eq!(number_and_year("tanpa nomor"), (None, None));
    }
}
