//! W020: every entry of `dasar_hukum` names its kind of regulation first, so the documents can
//! place it in the official order (UU, PP, Perpres, Inpres, Permendagri, Kepmendagri, Perda,
//! Perkada).

use crate::diag::{Code, Diagnostic};
use crate::model::PlanRoot;
use crate::model::legal::LegalKind;
use crate::msg;

pub fn check(root: &PlanRoot, out: &mut Vec<Diagnostic>) {
    for entry in &root.legal_basis {
        if LegalKind::classify(&entry.value).is_some() {
            continue;
        }
        out.push(
            Diagnostic::new(Code::LegalBasisKind, msg!("legal-no-kind"))
                .primary(entry.span, msg!("legal-printed-last"))
                .hint(msg!("legal-hint")),
        );
    }
}
