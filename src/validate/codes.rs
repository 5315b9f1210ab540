//! Nomenclature codes (Permendagri 90/2019): E016 well-formed for their level, E017 each extends
//! its parent's, E018 the level digit matches the region kind.

use super::words::region;
use crate::diag::{Code, Diagnostic};
use crate::model::{CodeLevel, NomenclatureCode, Plan, PlanRoot, RegionKind};
use crate::msg;
use crate::source::Spanned;

pub fn check(plan: &Plan, root: &PlanRoot, out: &mut Vec<Diagnostic>) {
    let kind = root.region.kind.value;
    for program in &plan.programs {
        let program_ok = shape(&program.code, CodeLevel::Program, out);
        for kegiatan in &program.activities {
            let kegiatan_ok = shape(&kegiatan.code, CodeLevel::Kegiatan, out);
            if kegiatan_ok {
                level(&kegiatan.code, kind, out);
                if program_ok {
                    parent(&kegiatan.code, &program.code, "program", out);
                }
            }
            for sub in &kegiatan.sub_activities {
                if shape(&sub.code, CodeLevel::SubKegiatan, out) && kegiatan_ok {
                    parent(&sub.code, &kegiatan.code, "kegiatan", out);
                }
            }
        }
    }
}

fn shape(code: &Spanned<NomenclatureCode>, level: CodeLevel, out: &mut Vec<Diagnostic>) -> bool {
    if code.is_well_formed(level) {
        return true;
    }
    let what = match level {
        CodeLevel::Program => "program",
        CodeLevel::Kegiatan => "kegiatan",
        CodeLevel::SubKegiatan => "sub kegiatan",
    };
    let example = match level {
        CodeLevel::Program => "1.06.05",
        CodeLevel::Kegiatan => "1.06.05.2.01",
        CodeLevel::SubKegiatan => "1.06.05.2.01.0006",
    };
    let d = Diagnostic::new(
        Code::NomenclatureFormat,
        msg!("nom-malformed", what = what, code = &code.0),
    )
    .primary(code.span, msg!("val-expected", value = level.pattern()))
    .hint(msg!(
        "nom-malformed-hint",
        what = what,
        pattern = level.pattern(),
        example = example
    ));
    out.push(d);
    false
}

fn parent(
    child: &Spanned<NomenclatureCode>,
    parent: &Spanned<NomenclatureCode>,
    parent_what: &str,
    out: &mut Vec<Diagnostic>,
) {
    if child.extends(parent) {
        return;
    }
    let d = Diagnostic::new(
        Code::NomenclatureParent,
        msg!(
            "nom-not-extending",
            child = &child.0,
            what = parent_what,
            parent = &parent.0
        ),
    )
    .primary(child.span, msg!("nom-should-start", parent = &parent.0))
    .secondary(parent.span, msg!("nom-parent-code", what = parent_what))
    .hint(msg!("nom-parent-hint"));
    out.push(d);
}

fn level(code: &Spanned<NomenclatureCode>, kind: RegionKind, out: &mut Vec<Diagnostic>) {
    let expected = kind.level_digit();
    let Some(actual) = code.level_digit() else {
        return;
    };
    if actual == expected {
        return;
    }
    let d = Diagnostic::new(
        Code::NomenclatureLevel,
        msg!(
            "nom-level",
            code = &code.0,
            actual = actual,
            region = region(kind),
            expected = expected
        ),
    )
    .primary(code.span, msg!("nom-level-label", expected = expected))
    .hint(msg!("nom-level-hint"));
    out.push(d);
}
