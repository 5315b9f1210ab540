//! The region's territory: E045 (a kabupaten/kota lists kecamatan, a province lists kabupaten
//! and kota), E046 (a stated number of desa or kelurahan is not below those listed), E047 (a
//! province compares with the nation and other provinces, not with a province), W010
//! (desa/kelurahan figures within their kecamatan's).

use crate::diag::{Code, Diagnostic};
use crate::model::{Area, PlanRoot, RegionKind, VillageKind};
use crate::source::Spanned;

pub fn check(root: &PlanRoot, out: &mut Vec<Diagnostic>) {
    let kind = root.region.kind.value;
    for area in &root.areas {
        match (area, kind) {
            (Area::District(d), RegionKind::Province) => out.push(
                Diagnostic::new(
                    Code::TerritoryKind,
                    format!("kecamatan `{}` in the plan of a province", d.name.value),
                )
                .primary(d.name.span, "a province lists its kabupaten and kota")
                .secondary(root.region.kind.span, "the plan is a province's")
                .hint("write each kabupaten and kota of the province: `- kabupaten: Pandeglang` or `- kota: Tangerang`"),
            ),
            (Area::Member(m), RegionKind::Regency | RegionKind::City) => out.push(
                Diagnostic::new(
                    Code::TerritoryKind,
                    format!("{} in the plan of a {}", m.full_name(), kind.key()),
                )
                .primary(m.name.span, format!("a {} lists its kecamatan", kind.key()))
                .secondary(root.region.kind.span, format!("the plan is a {}'s", kind.key()))
                .hint("write each kecamatan with its desa and kelurahan: `- kecamatan: Periuk`"),
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
                        format!(
                            "kecamatan {} has {} {} by its count but lists {listed}",
                            d.name.value,
                            stated.value,
                            village_kind.key()
                        ),
                    )
                    .primary(
                        stated.span,
                        format!("fewer than the {} listed", village_kind.key()),
                    )
                    .hint(format!(
                        "`jumlah_{}` is the kecamatan's whole number of {}, listed or not",
                        village_kind.key(),
                        village_kind.key()
                    )),
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
    Diagnostic::new(
        Code::ComparisonKind,
        "a province's statistics give a `provinsi` comparison",
    )
    .primary(value.span, "the province's own figure is `nilai`")
    .secondary(root.region.kind.span, "the plan is a province's")
    .hint("a province compares with the nation (`nasional`) and with other provinces: `pembanding: {Jawa Barat: 7.02}`")
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
                format!(
                    "the desa/kelurahan of {} count {} poor people, more than the kecamatan's {}",
                    d.name.value,
                    crate::locale::group(villages),
                    crate::locale::group(total.value)
                ),
            )
            .primary(total.span, "the kecamatan figure")
            .hint("the kecamatan's `penduduk_miskin` is the sum over its desa/kelurahan or more"),
        );
    }
}
