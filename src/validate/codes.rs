//! Nomenclature codes (Permendagri 90/2019): E016 well-formed for their level, E017 each extends
//! its parent's, E018 the level digit matches the region kind.

use crate::diag::{Code, Diagnostic};
use crate::model::{CodeLevel, NomenclatureCode, Plan, PlanRoot, RegionKind};
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
        format!("malformed {what} code `{}`", code.0),
    )
    .primary(code.span, format!("expected `{}`", level.pattern()))
    .hint(format!(
        "a {what} code has the form `{}` in digits, e.g. `{example}` (Permendagri 90/2019)",
        level.pattern()
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
        format!(
            "`{}` does not extend its {parent_what} code `{}`",
            child.0, parent.0
        ),
    )
    .primary(child.span, format!("should start with `{}.`", parent.0))
    .secondary(parent.span, format!("the {parent_what} code"))
    .hint("a sub kegiatan's code continues its kegiatan's, which continues its program's");
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
        format!(
            "the level digit of `{}` is {actual}, but a {} uses {expected}",
            code.0,
            kind.key()
        ),
    )
    .primary(
        code.span,
        format!("the fourth segment should be `{expected}`"),
    )
    .hint(
        "the level digit `L` in `U.BB.PP.L.KK` is 1 for a province and 2 for a kabupaten or kota",
    );
    out.push(d);
}
