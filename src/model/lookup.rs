//! What the names of a plan refer to: agency and unit ids, locations and location groups, tag
//! categories. Built once from `rpkd.yaml` and shared by validation (which reports what does not
//! resolve) and the views (which roll units up to their agency and expand groups). The first
//! definition of a name wins; duplicates are reported by validation.

use super::keywords::{RegionKind, Tag, VillageKind};
use super::plan::{Agency, District, LocationGroup, Member, PlanRoot, Unit, Village};
use crate::source::Spanned;
use std::collections::BTreeMap;

/// The resolved names of one plan.
pub struct Lookup<'a> {
    pub kind: RegionKind,
    pub agencies: BTreeMap<&'a str, &'a Agency>,
    /// Units by id, with the agency they belong to.
    pub units: BTreeMap<&'a str, (&'a Unit, &'a Agency)>,
    /// Every place a `lokasi` may name, by its normalised name: `Periuk`, `Periuk/Gebang
    /// Raya`, `Kabupaten Pandeglang`.
    pub places: BTreeMap<String, Place<'a>>,
    pub groups: BTreeMap<&'a str, &'a LocationGroup>,
    /// The tag categories lines may carry: the plan's own, or the built-in two.
    pub tags: Vec<TagInfo>,
}

/// A place of `wilayah`.
#[derive(Debug, Clone, Copy)]
pub enum Place<'a> {
    District(&'a District),
    Village(&'a District, &'a Village),
    Member(&'a Member),
}

/// What a place is, for counting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceKind {
    District,
    Village(VillageKind),
    Regency,
    City,
}

impl PlaceKind {
    /// The noun documents use for this kind of place.
    pub fn noun(self) -> &'static str {
        match self {
            PlaceKind::District => "kecamatan",
            PlaceKind::Village(VillageKind::Desa) => "desa",
            PlaceKind::Village(VillageKind::Kelurahan) => "kelurahan",
            PlaceKind::Regency => "kabupaten",
            PlaceKind::City => "kota",
        }
    }
}

/// A tag category a line may carry.
#[derive(Debug, Clone)]
pub struct TagInfo {
    pub id: String,
    pub label: String,
}

/// Who carries a line out: an agency, or a unit of it.
#[derive(Debug, Clone, Copy)]
pub struct Owner<'a> {
    pub agency: &'a Agency,
    pub unit: Option<&'a Unit>,
}

impl<'a> Lookup<'a> {
    pub fn new(root: &'a PlanRoot) -> Self {
        let kind = root.region.kind.value;
        let mut lookup = Lookup {
            kind,
            agencies: BTreeMap::new(),
            units: BTreeMap::new(),
            places: BTreeMap::new(),
            groups: BTreeMap::new(),
            tags: Vec::new(),
        };
        for a in &root.agencies {
            lookup.agencies.entry(a.id.as_str()).or_insert(a);
            for u in &a.units {
                lookup.units.entry(u.id.as_str()).or_insert((u, a));
            }
        }
        for d in root.districts() {
            lookup
                .places
                .entry(normalise_location(&d.name))
                .or_insert(Place::District(d));
            for v in &d.villages {
                let name = normalise_location(&format!("{}/{}", d.name.value, v.name.value));
                lookup.places.entry(name).or_insert(Place::Village(d, v));
            }
        }
        for m in root.members() {
            lookup
                .places
                .entry(normalise_location(&m.full_name()))
                .or_insert(Place::Member(m));
        }
        for g in &root.location_groups {
            lookup.groups.entry(g.id.as_str()).or_insert(g);
        }
        lookup.tags = match root.tagging.as_ref().filter(|t| !t.categories.is_empty()) {
            Some(tagging) => tagging
                .categories
                .iter()
                .map(|c| TagInfo {
                    id: c.id.value.clone(),
                    label: c.name.value.clone(),
                })
                .collect(),
            None => Tag::ALL
                .iter()
                .map(|t| TagInfo {
                    id: t.key().to_owned(),
                    label: t.label().to_owned(),
                })
                .collect(),
        };
        lookup
    }

    /// The agency or unit an id names.
    pub fn owner(&self, id: &str) -> Option<Owner<'a>> {
        if let Some(agency) = self.agencies.get(id) {
            return Some(Owner { agency, unit: None });
        }
        self.units.get(id).map(|(unit, agency)| Owner {
            agency,
            unit: Some(unit),
        })
    }

    /// The place a location names, if it names one.
    pub fn place(&self, name: &str) -> Option<Place<'a>> {
        self.places.get(&normalise_location(name)).copied()
    }

    /// Every place a `lokasi` list covers, groups expanded, each once, in the order written.
    pub fn expand(&self, names: &[Spanned<String>]) -> Vec<(String, Place<'a>)> {
        let mut out: Vec<(String, Place<'a>)> = Vec::new();
        let mut push = |name: String, place: Place<'a>| {
            if !out.iter().any(|(n, _)| *n == name) {
                out.push((name, place));
            }
        };
        for name in names {
            if let Some(group) = self.groups.get(name.value.trim()) {
                for member in &group.locations {
                    if let Some(place) = self.place(member) {
                        push(normalise_location(member), place);
                    }
                }
            } else if let Some(place) = self.place(name) {
                push(normalise_location(name), place);
            }
        }
        out
    }

    pub fn tag_label(&self, id: &str) -> Option<&str> {
        self.tags
            .iter()
            .find(|t| t.id == id)
            .map(|t| t.label.as_str())
    }
}

impl Place<'_> {
    pub fn kind(&self, region: RegionKind) -> PlaceKind {
        match self {
            Place::District(_) => PlaceKind::District,
            Place::Village(_, v) => PlaceKind::Village(v.kind_in(region)),
            Place::Member(m) => match m.kind.value {
                RegionKind::City => PlaceKind::City,
                _ => PlaceKind::Regency,
            },
        }
    }

    /// The kecamatan (or kabupaten/kota) a place lies in, by name.
    pub fn top(&self) -> String {
        match self {
            Place::District(d) | Place::Village(d, _) => normalise_location(&d.name),
            Place::Member(m) => normalise_location(&m.full_name()),
        }
    }
}

/// `Ciledug / Sudimara Barat` and `Ciledug/Sudimara Barat` are the same place; so are
/// `Kabupaten  Pandeglang` and `Kabupaten Pandeglang`.
pub fn normalise_location(text: &str) -> String {
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    match text.split_once('/') {
        Some((d, v)) => format!("{}/{}", words(d), words(v)),
        None => words(text),
    }
}

#[cfg(test)]
mod tests {
    use super::normalise_location;

    #[test]
    fn locations_compare_without_extra_spaces() {
        assert_eq!(
            normalise_location(" Ciledug /  Sudimara Barat "),
            "Ciledug/Sudimara Barat"
        );
        assert_eq!(
            normalise_location("Kabupaten  Pandeglang"),
            "Kabupaten Pandeglang"
        );
    }
}
