//! The legal basis (*dasar hukum*) a document cites in BAB I: the national regulations every
//! RPKD and RAT rests on, the plan's own `dasar_hukum`, the Kepmendagri its codes and tagging
//! follow, and for a RAT the Perkada that enacted the RPKD, all in the official order of kinds
//! (UU, PP, Perpres, Inpres, Permendagri, Kepmendagri, Perda, Perkada), within a kind by year
//! and within a year by number.

use crate::model::PlanRoot;
use crate::model::legal::{LegalKind, number_and_year};

/// One regulation to cite.
struct Citation {
    kind: Option<LegalKind>,
    number: Option<String>,
    year: Option<u16>,
    text: String,
}

impl Citation {
    fn new(text: String) -> Self {
        let (number, year) = number_and_year(&text);
        Citation {
            kind: LegalKind::classify(&text),
            number,
            year,
            text,
        }
    }

    fn same_as(&self, other: &Citation) -> bool {
        self.kind.is_some()
            && self.kind == other.kind
            && self.number.is_some()
            && self.number == other.number
            && self.year == other.year
    }
}

/// The national regulations a document dated in `year` cites, for a plan of this kind.
fn national(root: &PlanRoot, year: u16) -> Vec<Citation> {
    let mut out = vec![
        "Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin".to_owned(),
        "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang".to_owned(),
        "Peraturan Presiden Nomor 15 Tahun 2010 tentang Percepatan Penanggulangan Kemiskinan sebagaimana telah diubah dengan Peraturan Presiden Nomor 96 Tahun 2015 tentang Perubahan atas Peraturan Presiden Nomor 15 Tahun 2010 tentang Percepatan Penanggulangan Kemiskinan".to_owned(),
    ];
    // An instruction is cited by the documents issued while it stands.
    if year >= 2022 {
        out.push("Instruksi Presiden Nomor 4 Tahun 2022 tentang Percepatan Penghapusan Kemiskinan Ekstrem".to_owned());
    }
    if year >= 2025 {
        out.push("Instruksi Presiden Nomor 8 Tahun 2025 tentang Optimalisasi Pelaksanaan Pengentasan Kemiskinan dan Penghapusan Kemiskinan Ekstrem".to_owned());
    }
    let version = root.nomenclature_version.value.trim();
    let version_is_decree = LegalKind::classify(version) == Some(LegalKind::MinisterialDecree)
        && version.to_lowercase().starts_with("keputusan menteri");
    out.push(if version_is_decree {
        "Peraturan Menteri Dalam Negeri Nomor 90 Tahun 2019 tentang Klasifikasi, Kodefikasi, dan Nomenklatur Perencanaan Pembangunan dan Keuangan Daerah".to_owned()
    } else {
        format!(
            "Peraturan Menteri Dalam Negeri Nomor 90 Tahun 2019 tentang Klasifikasi, Kodefikasi, dan Nomenklatur Perencanaan Pembangunan dan Keuangan Daerah, beserta pemutakhirannya sebagaimana terakhir ditetapkan dengan {version}"
        )
    });
    out.push("Peraturan Menteri Dalam Negeri Nomor 53 Tahun 2020 tentang Tata Kerja dan Penyelarasan Kerja serta Pembinaan Kelembagaan dan Sumber Daya Manusia Tim Koordinasi Penanggulangan Kemiskinan Provinsi dan Kabupaten/Kota".to_owned());
    if version_is_decree {
        // Every update of the nomenclature is about the same thing; say so where the plan
        // names only its number.
        out.push(if version.to_lowercase().contains(" tentang ") {
            version.to_owned()
        } else {
            format!("{version} tentang Pemutakhiran Klasifikasi, Kodefikasi, dan Nomenklatur Perencanaan Pembangunan dan Keuangan Daerah")
        });
    }
    if let Some(tagging) = &root.tagging {
        let basis = tagging.basis.value.trim();
        if basis != version {
            out.push(basis.to_owned());
        }
    }
    out.into_iter().map(Citation::new).collect()
}

/// Put the plan's and the built-in citations together: a plan's citation of a regulation the
/// built-ins hold replaces it; kinds in the official order, each kind by year; citations of no
/// known kind last, in the order written.
fn ordered(builtin: Vec<Citation>, own: Vec<Citation>) -> Vec<String> {
    let mut all: Vec<Citation> = builtin
        .into_iter()
        .filter(|b| !own.iter().any(|o| o.same_as(b)))
        .collect();
    all.extend(own);
    // A stable sort: within a kind and a year by number, else the order written.
    all.sort_by_key(|c| {
        (
            c.kind.is_none(),
            c.kind,
            c.year.unwrap_or(u16::MAX),
            c.number.as_deref().and_then(serial),
        )
    });
    all.into_iter().map(|c| c.text).collect()
}

/// The serial of a regulation's number: the number itself (`23`), or the last run of digits
/// of a decree's (`900.1.15.5-1317` → 1317), the order they were issued in within a year.
fn serial(number: &str) -> Option<u64> {
    let digits: String = number
        .chars()
        .rev()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    digits.parse().ok()
}

/// The legal basis of the RPKD, signed in `year`.
pub fn rpkd(root: &PlanRoot, year: u16) -> Vec<String> {
    let own = root
        .legal_basis
        .iter()
        .map(|l| Citation::new(l.value.trim().to_owned()))
        .collect();
    ordered(national(root, year), own)
}

/// The legal basis of a RAT signed in `year`: the RPKD's, with the Perkada that enacted the
/// RPKD (or, while it has none, the RPKD itself, cited last).
pub fn rat(root: &PlanRoot, year: u16, region: &str, period: &str) -> Vec<String> {
    let mut own: Vec<Citation> = root
        .legal_basis
        .iter()
        .map(|l| Citation::new(l.value.trim().to_owned()))
        .collect();
    let rpkd = format!("Rencana Penanggulangan Kemiskinan Daerah {region} Tahun {period}");
    match &root.enactment {
        Some(e) => {
            let head = root.region.kind.value.head_title();
            let kind = e.kind.value.trim();
            let name = if kind.ends_with(head) {
                format!("{kind} {}", root.region.name.value)
            } else {
                kind.to_owned()
            };
            let about = e.about.as_ref().map_or(rpkd, |a| a.value.clone());
            own.push(Citation::new(format!(
                "{name} Nomor {} Tahun {} tentang {about}",
                e.number.value, e.date.value.year
            )));
        }
        None => own.push(Citation {
            kind: None,
            number: None,
            year: None,
            text: rpkd,
        }),
    }
    ordered(national(root, year), own)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(text: &str) -> Citation {
        Citation::new(text.to_owned())
    }

    #[test]
    fn citations_follow_the_official_order_and_the_plan_replaces_a_builtin() {
        let builtin = vec![
            c("Peraturan Presiden Nomor 15 Tahun 2010 tentang X"),
            c("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah"),
            c("Instruksi Presiden Nomor 8 Tahun 2025 tentang Y"),
        ];
        let own = vec![
            c("Peraturan Wali Kota Tangerang Nomor 52 Tahun 2023 tentang A"),
            c("Peraturan Daerah Kota Tangerang Nomor 6 Tahun 2025 tentang B"),
            c("Peraturan Daerah Kota Tangerang Nomor 3 Tahun 2024 tentang C"),
            c("Rencana tanpa jenis"),
            c("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (sebagaimana diubah)"),
            c("Undang-Undang Nomor 6 Tahun 1999 tentang Pembentukan"),
            c("Undang-Undang Nomor 6 Tahun 2014 tentang Desa"),
        ];
        let list = ordered(builtin, own);
        let starts: Vec<&str> = list
            .iter()
            .map(|t| &t[..t.find(" tentang").unwrap_or(t.len())])
            .collect();
        assert_eq!(
            starts,
            [
                "Undang-Undang Nomor 6 Tahun 1999",
                "Undang-Undang Nomor 6 Tahun 2014",
                "Undang-Undang Nomor 23 Tahun 2014",
                "Peraturan Presiden Nomor 15 Tahun 2010",
                "Instruksi Presiden Nomor 8 Tahun 2025",
                "Peraturan Daerah Kota Tangerang Nomor 3 Tahun 2024",
                "Peraturan Daerah Kota Tangerang Nomor 6 Tahun 2025",
                "Peraturan Wali Kota Tangerang Nomor 52 Tahun 2023",
                "Rencana tanpa jenis",
            ]
        );
        assert!(list[2].ends_with("(sebagaimana diubah)"), "{list:?}");
    }
}
