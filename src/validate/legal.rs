//! W020: every entry of `dasar_hukum` names its kind of regulation first, so the documents can
//! place it in the official order (UU, PP, Perpres, Inpres, Permendagri, Kepmendagri, Perda,
//! Perkada).

use crate::diag::{Code, Diagnostic};
use crate::model::PlanRoot;
use crate::model::legal::LegalKind;

pub fn check(root: &PlanRoot, out: &mut Vec<Diagnostic>) {
    for entry in &root.legal_basis {
        if LegalKind::classify(&entry.value).is_some() {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::LegalBasisKind,
                "a legal basis entry does not start with its kind of regulation",
            )
            .primary(entry.span, "printed last, after every regulation of a known kind")
            .hint("start with the kind as the regulation names itself: `Undang-Undang`, `Peraturan Pemerintah`, `Peraturan Presiden`, `Instruksi Presiden`, `Peraturan Menteri …`, `Keputusan Menteri …`, `Peraturan Daerah …`, `Peraturan Gubernur/Bupati/Wali Kota …`, `Keputusan Gubernur/Bupati/Wali Kota …`"),
        );
    }
}
