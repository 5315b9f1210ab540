//! The region's territory: E045 (a kabupaten/kota lists kecamatan, a province lists kabupaten
//! and kota), E046 (a stated number of desa or kelurahan is not below those listed), E047 (a
//! province compares with the nation and other provinces, not with a province), W010
//! (desa/kelurahan figures within their kecamatan's).

use super::words::region;
use crate::diag::{Code, Diagnostic};
use crate::model::{Area, PlanRoot, RegionKind, VillageKind};
use crate::msg;
use crate::source::Spanned;

pub fn check(root: &PlanRoot, out: &mut Vec<Diagnostic>) {
    let kind = root.region.kind.value;
    for area in &root.areas {
        match (area, kind) {
            (Area::District(d), RegionKind::Province) => out.push(
                Diagnostic::new(
                    Code::TerritoryKind,
                    msg!("terr-kecamatan-in-province", name = &d.name.value),
                )
                .primary(d.name.span, msg!("terr-province-lists"))
                .secondary(
                    root.region.kind.span,
                    msg!("terr-plan-is", region = region(kind)),
                )
                .hint(msg!("terr-province-hint")),
            ),
            (Area::Member(m), RegionKind::Regency | RegionKind::City) => out.push(
                Diagnostic::new(
                    Code::TerritoryKind,
                    msg!(
                        "terr-member-in-regency",
                        member = m.full_name(),
                        region = region(kind)
                    ),
                )
                .primary(
                    m.name.span,
                    msg!("terr-lists-kecamatan", region = region(kind)),
                )
                .secondary(
                    root.region.kind.span,
                    msg!("terr-plan-is", region = region(kind)),
                )
                .hint(msg!("terr-kecamatan-hint")),
            ),
            _ => {}
        }
    }
    for d in root.districts() {
        for (village_kind, stated) in [
            (VillageKind::Desa, &d.desa_count),
            (VillageKind::Kelurahan, &d.kelurahan_count),
        ] {
            let Some(stated) = stated else { continue };
            let listed = d
                .villages
                .iter()
                .filter(|v| v.kind_in(kind) == village_kind)
                .count() as u64;
            if listed > stated.value {
                out.push(
                    Diagnostic::new(
                        Code::CountBelowListed,
                        msg!(
                            "terr-count-below",
                            name = &d.name.value,
                            stated = stated.value,
                            kind = village_kind.key(),
                            listed = listed
                        ),
                    )
                    .primary(
                        stated.span,
                        msg!("terr-fewer-than-listed", kind = village_kind.key()),
                    )
                    .hint(msg!("terr-count-hint", kind = village_kind.key())),
                );
            }
        }
        villages_within(d, out);
    }
    if kind == RegionKind::Province
        && let Some(stats) = &root.statistics
    {
        for (_, series) in stats.series() {
            for o in &series.data {
                if let Some(p) = &o.province {
                    out.push(province_comparison(p, root));
                }
            }
        }
    }
}

fn province_comparison(value: &Spanned<f64>, root: &PlanRoot) -> Diagnostic {
    Diagnostic::new(Code::ComparisonKind, msg!("terr-comparison"))
        .primary(value.span, msg!("terr-own-figure"))
        .secondary(
            root.region.kind.span,
            msg!("terr-plan-is", region = region(RegionKind::Province)),
        )
        .hint(msg!("terr-comparison-hint"))
}

/// W010: the poor people of a kecamatan's desa/kelurahan cannot add up to more than its own.
fn villages_within(d: &crate::model::District, out: &mut Vec<Diagnostic>) {
    let Some(total) = &d.poor_people else {
        return;
    };
    let villages: u64 = d
        .villages
        .iter()
        .filter_map(|v| v.poor_people.as_ref().map(|p| p.value))
        .sum();
    if villages > total.value {
        out.push(
            Diagnostic::new(
                Code::VillagesExceedDistrict,
                msg!(
                    "terr-villages-exceed",
                    name = &d.name.value,
                    villages = crate::locale::group(villages),
                    total = crate::locale::group(total.value)
                ),
            )
            .primary(total.span, msg!("terr-kecamatan-figure"))
            .hint(msg!("terr-villages-hint")),
        );
    }
}
