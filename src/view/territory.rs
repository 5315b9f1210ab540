//! The region's territory as documents speak of it: a kabupaten/kota's kecamatan with their
//! desa and kelurahan, a province's kabupaten and kota; the words that fit ("kelurahan" in a
//! city, "desa/kelurahan" only where both occur); counts that say what they count; and the
//! named location groups, expanded.

use super::share;
use crate::model::lookup::{Lookup, PlaceKind, normalise_location};
use crate::model::{Member, Plan, PlanRoot, RegionKind, Statistic, VillageKind};
use crate::source::Spanned;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct TerritoryView {
    /// Whether the territory is a province's kabupaten and kota.
    pub province: bool,
    /// What the top level is called: `kecamatan`, or `kabupaten/kota` (`kabupaten`, `kota`
    /// when only one kind occurs).
    pub area_word: &'static str,
    pub area_title: &'static str,
    /// What the villages are called: `desa`, `kelurahan`, or `desa/kelurahan` where both occur.
    pub village_word: &'static str,
    pub village_title: &'static str,
    pub districts: Vec<DistrictView>,
    pub members: Vec<MemberView>,
    pub counts: PlaceCounts,
    pub groups: Vec<GroupView>,
    /// Poor people over every kecamatan (or kabupaten/kota) that gives a figure.
    pub total_poor_people: u64,
}

/// How many places the territory has, each counted by what the plan states or else by what it
/// lists.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PlaceCounts {
    /// Kecamatan: listed (a kabupaten/kota), or the sum of the kabupaten/kota's
    /// `jumlah_kecamatan` (a province).
    pub districts: u64,
    pub desa: u64,
    pub kelurahan: u64,
    /// `desa + kelurahan`.
    pub villages: u64,
    /// Whether the village counts are whole: every kecamatan (or kabupaten/kota) states its
    /// counts or lists its villages. Documents print the totals only then.
    pub villages_known: bool,
    /// Whether `districts` is whole (always for a kabupaten/kota).
    pub districts_known: bool,
    pub regencies: usize,
    pub cities: usize,
    /// Priority kecamatan (or kabupaten/kota), and priority desa/kelurahan.
    pub priority_areas: usize,
    pub priority_villages: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct DistrictView {
    pub name: String,
    pub poor_people: Option<u64>,
    /// Share of the region's poor people, in percent.
    pub share: Option<f64>,
    pub priority: bool,
    /// The villages listed.
    pub villages: Vec<VillageView>,
    /// Desa and kelurahan of the kecamatan: stated, else listed.
    pub desa: u64,
    pub kelurahan: u64,
    /// `desa`, `kelurahan` or `desa/kelurahan`, for this kecamatan.
    pub village_word: &'static str,
    /// Sub kegiatan that name this kecamatan or one of its desa/kelurahan (groups expanded).
    pub lines: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct VillageView {
    pub name: String,
    /// `desa` or `kelurahan`.
    pub kind: &'static str,
    pub poor_people: Option<u64>,
    pub priority: bool,
}

/// A kabupaten or kota of a province.
#[derive(Debug, Clone, Serialize)]
pub struct MemberView {
    /// `Kabupaten Pandeglang`
    pub name: String,
    /// `Pandeglang`
    pub short_name: String,
    /// `kabupaten` or `kota`
    pub kind: &'static str,
    pub code: Option<String>,
    pub poor_people: Option<u64>,
    pub share: Option<f64>,
    pub priority: bool,
    pub districts: Option<u64>,
    pub desa: Option<u64>,
    pub kelurahan: Option<u64>,
    /// The latest P0 and extreme poverty the province's plan records for it, and the P0 target
    /// for the last year of the period.
    pub p0: Option<YearFigure>,
    pub p0_target: Option<f64>,
    pub extreme_poverty: Option<YearFigure>,
    /// Whether the province plan names this kabupaten/kota's own plan.
    pub has_plan: bool,
    /// Sub kegiatan that name it (groups expanded).
    pub lines: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct YearFigure {
    pub year: u16,
    pub value: f64,
}

/// A named location group.
#[derive(Debug, Clone, Serialize)]
pub struct GroupView {
    pub id: String,
    /// As printed in a sentence: `desa fokus`.
    pub name: String,
    pub description: Option<String>,
    /// The places, as written (`Gerokgak/Pejarakan`).
    pub places: Vec<String>,
    /// How many places it holds, and what they are: `desa`, `kelurahan`, `desa/kelurahan`,
    /// `kecamatan`, `kabupaten/kota`, or `lokasi` when kinds mix.
    pub size: usize,
    pub noun: &'static str,
    /// In how many kecamatan (or kabupaten/kota) its places lie.
    pub areas: usize,
    /// How many places of that kind the region has, when known: "27 desa fokus dari 148
    /// desa/kelurahan".
    pub total: Option<u64>,
    pub total_noun: &'static str,
    /// `desa fokus (27 desa)`, for a location cell.
    pub label: String,
}

/// The word for villages of these kinds.
pub fn village_word(desa: bool, kelurahan: bool, region: RegionKind) -> &'static str {
    match (desa, kelurahan) {
        (true, true) => "desa/kelurahan",
        (true, false) => "desa",
        (false, true) => "kelurahan",
        (false, false) => match region {
            RegionKind::City => "kelurahan",
            RegionKind::Regency => "desa",
            RegionKind::Province => "desa/kelurahan",
        },
    }
}

/// `Desa/Kelurahan` for `desa/kelurahan`, and so on, for headings.
pub fn title(word: &'static str) -> &'static str {
    match word {
        "desa" => "Desa",
        "kelurahan" => "Kelurahan",
        "desa/kelurahan" => "Desa/Kelurahan",
        "kecamatan" => "Kecamatan",
        "kabupaten" => "Kabupaten",
        "kota" => "Kota",
        _ => "Kabupaten/Kota",
    }
}

/// The words for the region's areas and villages (see [`TerritoryView`]).
pub fn words(root: &PlanRoot) -> (&'static str, &'static str) {
    let kind = root.region.kind.value;
    if kind == RegionKind::Province {
        let regency = root.members().any(|m| m.kind.value == RegionKind::Regency);
        let city = root.members().any(|m| m.kind.value == RegionKind::City);
        let area = match (regency, city) {
            (true, false) => "kabupaten",
            (false, true) => "kota",
            _ => "kabupaten/kota",
        };
        let desa = root
            .members()
            .any(|m| m.desa_count.as_ref().is_some_and(|c| c.value > 0));
        let kel = root
            .members()
            .any(|m| m.kelurahan_count.as_ref().is_some_and(|c| c.value > 0));
        return (area, village_word(desa, kel, kind));
    }
    let has = |k: VillageKind| {
        root.districts().any(|d| {
            d.villages.iter().any(|v| v.kind_in(kind) == k)
                || match k {
                    VillageKind::Desa => d.desa_count.as_ref().is_some_and(|c| c.value > 0),
                    VillageKind::Kelurahan => {
                        d.kelurahan_count.as_ref().is_some_and(|c| c.value > 0)
                    }
                }
        })
    };
    (
        "kecamatan",
        village_word(has(VillageKind::Desa), has(VillageKind::Kelurahan), kind),
    )
}

pub fn build(plan: &Plan, root: &PlanRoot, lookup: &Lookup) -> TerritoryView {
    let kind = root.region.kind.value;
    let province = kind == RegionKind::Province;
    // Every place each sub kegiatan (and its executors) names, groups expanded.
    let line_places: Vec<Vec<String>> = plan
        .lines()
        .map(|l| {
            let mut names: Vec<Spanned<String>> = l.sub.locations.clone();
            for e in &l.sub.executors {
                names.extend(e.locations.iter().cloned());
            }
            let mut tops: Vec<String> =
                lookup.expand(&names).iter().map(|(_, p)| p.top()).collect();
            tops.sort();
            tops.dedup();
            tops
        })
        .collect();
    let lines_in = |area: &str| {
        line_places
            .iter()
            .filter(|t| t.iter().any(|n| n == area))
            .count()
    };

    let total_poor_people: u64 = root
        .districts()
        .filter_map(|d| d.poor_people.as_ref().map(|p| p.value))
        .chain(
            root.members()
                .filter_map(|m| m.poor_people.as_ref().map(|p| p.value)),
        )
        .sum();
    let poor_share = |p: &Option<Spanned<u64>>| {
        p.as_ref()
            .and_then(|p| share(p.value as f64, total_poor_people as f64))
    };

    let mut counts = PlaceCounts {
        villages_known: true,
        districts_known: true,
        ..PlaceCounts::default()
    };
    let districts: Vec<DistrictView> = root
        .districts()
        .map(|d| {
            let listed =
                |k: VillageKind| d.villages.iter().filter(|v| v.kind_in(kind) == k).count() as u64;
            let desa = d
                .desa_count
                .as_ref()
                .map_or(listed(VillageKind::Desa), |c| c.value);
            let kelurahan = d
                .kelurahan_count
                .as_ref()
                .map_or(listed(VillageKind::Kelurahan), |c| c.value);
            if d.villages.is_empty() && d.desa_count.is_none() && d.kelurahan_count.is_none() {
                counts.villages_known = false;
            }
            counts.districts += 1;
            counts.desa += desa;
            counts.kelurahan += kelurahan;
            counts.priority_areas += usize::from(d.priority.as_ref().is_some_and(|p| p.value));
            counts.priority_villages += d
                .villages
                .iter()
                .filter(|v| v.priority.as_ref().is_some_and(|p| p.value))
                .count();
            DistrictView {
                name: d.name.value.clone(),
                poor_people: d.poor_people.as_ref().map(|p| p.value),
                share: poor_share(&d.poor_people),
                priority: d.priority.as_ref().is_some_and(|p| p.value),
                villages: d
                    .villages
                    .iter()
                    .map(|v| VillageView {
                        name: v.name.value.clone(),
                        kind: v.kind_in(kind).key(),
                        poor_people: v.poor_people.as_ref().map(|p| p.value),
                        priority: v.priority.as_ref().is_some_and(|p| p.value),
                    })
                    .collect(),
                desa,
                kelurahan,
                village_word: village_word(desa > 0, kelurahan > 0, kind),
                lines: lines_in(&normalise_location(&d.name)),
            }
        })
        .collect();

    let members: Vec<MemberView> = root
        .members()
        .map(|m| {
            match m.kind.value {
                RegionKind::City => counts.cities += 1,
                _ => counts.regencies += 1,
            }
            match &m.district_count {
                Some(c) => counts.districts += c.value,
                None => counts.districts_known = false,
            }
            if m.desa_count.is_none() && m.kelurahan_count.is_none() {
                counts.villages_known = false;
            }
            counts.desa += m.desa_count.as_ref().map_or(0, |c| c.value);
            counts.kelurahan += m.kelurahan_count.as_ref().map_or(0, |c| c.value);
            counts.priority_areas += usize::from(m.priority.as_ref().is_some_and(|p| p.value));
            member_view(
                m,
                poor_share(&m.poor_people),
                lines_in(&normalise_location(&m.full_name())),
            )
        })
        .collect();
    counts.villages = counts.desa + counts.kelurahan;

    let (area_word, village) = words(root);

    let groups = root
        .location_groups
        .iter()
        .map(|g| group_view(g, lookup, &counts, kind))
        .collect();

    TerritoryView {
        province,
        area_word,
        area_title: title(area_word),
        village_word: village,
        village_title: title(village),
        districts,
        members,
        counts,
        groups,
        total_poor_people,
    }
}

fn member_view(m: &Member, share: Option<f64>, lines: usize) -> MemberView {
    let latest = |s: Statistic| {
        m.statistics
            .as_deref()
            .and_then(|st| st.get(s))
            .and_then(|series| series.data.iter().max_by_key(|o| o.year.value))
            .map(|o| YearFigure {
                year: o.year.value.0,
                value: o.value.value,
            })
    };
    let p0_target = m
        .statistics
        .as_deref()
        .and_then(|st| st.p0.as_ref())
        .and_then(|s| s.target.as_ref())
        .and_then(|t| t.entries.iter().max_by_key(|(y, _)| y.value))
        .map(|(_, v)| v.value);
    MemberView {
        name: m.full_name(),
        short_name: m.name.value.clone(),
        kind: if m.kind.value == RegionKind::City {
            "kota"
        } else {
            "kabupaten"
        },
        code: m.code.as_ref().map(|c| c.value.clone()),
        poor_people: m.poor_people.as_ref().map(|p| p.value),
        share,
        priority: m.priority.as_ref().is_some_and(|p| p.value),
        districts: m.district_count.as_ref().map(|c| c.value),
        desa: m.desa_count.as_ref().map(|c| c.value),
        kelurahan: m.kelurahan_count.as_ref().map(|c| c.value),
        p0: latest(Statistic::P0),
        p0_target,
        extreme_poverty: latest(Statistic::ExtremePoverty),
        has_plan: m.plan.is_some(),
        lines,
    }
}

fn group_view(
    g: &crate::model::LocationGroup,
    lookup: &Lookup,
    counts: &PlaceCounts,
    region: RegionKind,
) -> GroupView {
    let places = lookup.expand(&g.locations);
    let kinds: Vec<PlaceKind> = places.iter().map(|(_, p)| p.kind(region)).collect();
    let has = |k: PlaceKind| kinds.contains(&k);
    let villages_only = kinds.iter().all(|k| matches!(k, PlaceKind::Village(_)));
    let (noun, total, total_noun) = if kinds.is_empty() {
        ("lokasi", None, "lokasi")
    } else if villages_only {
        let desa = has(PlaceKind::Village(VillageKind::Desa));
        let kel = has(PlaceKind::Village(VillageKind::Kelurahan));
        let noun = village_word(desa, kel, region);
        let region_word = village_word(counts.desa > 0, counts.kelurahan > 0, region);
        let total = counts.villages_known.then_some(counts.villages);
        (noun, total, region_word)
    } else if kinds.iter().all(|k| *k == PlaceKind::District) {
        ("kecamatan", Some(counts.districts), "kecamatan")
    } else if kinds
        .iter()
        .all(|k| matches!(k, PlaceKind::Regency | PlaceKind::City))
    {
        let noun = match (has(PlaceKind::Regency), has(PlaceKind::City)) {
            (true, false) => "kabupaten",
            (false, true) => "kota",
            _ => "kabupaten/kota",
        };
        (
            noun,
            Some((counts.regencies + counts.cities) as u64),
            "kabupaten/kota",
        )
    } else {
        ("lokasi", None, "lokasi")
    };
    let mut areas: Vec<String> = places.iter().map(|(_, p)| p.top()).collect();
    areas.sort();
    areas.dedup();
    let size = places.len();
    GroupView {
        id: g.id.value.clone(),
        name: g.name.value.clone(),
        description: g.description.as_ref().map(|d| d.value.clone()),
        places: places.iter().map(|(n, _)| n.clone()).collect(),
        size,
        noun,
        areas: areas.len(),
        total: total.filter(|t| *t >= size as u64),
        total_noun,
        label: format!(
            "{} ({} {noun})",
            g.name.value,
            crate::locale::group(size as u64)
        ),
    }
}

/// A `lokasi` list as a location cell prints it: places as written, groups by their label.
pub fn location_labels(
    names: &[Spanned<String>],
    lookup: &Lookup,
    groups: &[GroupView],
) -> Vec<String> {
    names
        .iter()
        .map(|n| {
            let name = n.value.trim();
            match groups.iter().find(|g| g.id == name) {
                Some(g) if lookup.groups.contains_key(name) => g.label.clone(),
                _ => normalise_location(name),
            }
        })
        .collect()
}
