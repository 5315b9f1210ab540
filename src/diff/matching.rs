//! Which item of the old version is which of the new: first the same code (or id), then, among
//! what is left, the same name under another code (a re-coded line, a line moved to another
//! kegiatan). A name shared by several leftover items is paired only where the pairing is
//! clear: one on each side, or items whose parents are themselves a pair.

use super::facts::Item;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// How two items were found to be the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchedBy {
    /// The same code or id in both versions.
    Code,
    /// The same name under another code.
    Name,
}

/// The pairing of two lists of items, by index.
#[derive(Debug, Default)]
pub struct Matching {
    /// (old, new, how), in the order of the new version.
    pub pairs: Vec<(usize, usize, MatchedBy)>,
    /// Old items with no partner, in their order.
    pub removed: Vec<usize>,
    /// New items with no partner, in their order.
    pub added: Vec<usize>,
}

impl Matching {
    /// The new index an old index was paired with.
    pub fn new_of(&self) -> HashMap<usize, usize> {
        self.pairs.iter().map(|(o, n, _)| (*o, *n)).collect()
    }
}

/// A name as compared: case and runs of white space do not count.
pub fn normal(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Pair `old` with `new`. `same_parent(o, n)` tells whether two items' parents are a pair,
/// to settle names that several items share.
pub fn pair(old: &[&Item], new: &[&Item], same_parent: impl Fn(usize, usize) -> bool) -> Matching {
    let mut new_by_key: HashMap<&str, usize> = HashMap::with_capacity(new.len());
    for (i, item) in new.iter().enumerate() {
        new_by_key.entry(item.key.as_str()).or_insert(i);
    }
    let mut old_taken = vec![false; old.len()];
    let mut new_taken = vec![false; new.len()];
    let mut pairs = Vec::new();
    for (o, item) in old.iter().enumerate() {
        if let Some(&n) = new_by_key.get(item.key.as_str())
            && !new_taken[n]
        {
            old_taken[o] = true;
            new_taken[n] = true;
            pairs.push((o, n, MatchedBy::Code));
        }
    }
    // Leftovers grouped by name.
    let mut groups: BTreeMap<String, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
    for (o, item) in old.iter().enumerate().filter(|(o, _)| !old_taken[*o]) {
        groups.entry(normal(&item.name)).or_default().0.push(o);
    }
    for (n, item) in new.iter().enumerate().filter(|(n, _)| !new_taken[*n]) {
        if let Some(group) = groups.get_mut(&normal(&item.name)) {
            group.1.push(n);
        }
    }
    for (name, (olds, news)) in groups {
        if name.is_empty() || news.is_empty() {
            continue;
        }
        if olds.len() == 1 && news.len() == 1 {
            pairs.push((olds[0], news[0], MatchedBy::Name));
            old_taken[olds[0]] = true;
            new_taken[news[0]] = true;
            continue;
        }
        // Several items of one name: pair those under paired parents, one to one, in order.
        for &o in &olds {
            if let Some(&n) = news.iter().find(|&&n| !new_taken[n] && same_parent(o, n)) {
                pairs.push((o, n, MatchedBy::Name));
                old_taken[o] = true;
                new_taken[n] = true;
            }
        }
    }
    pairs.sort_by_key(|(_, n, _)| *n);
    Matching {
        pairs,
        removed: (0..old.len()).filter(|o| !old_taken[*o]).collect(),
        added: (0..new.len()).filter(|n| !new_taken[*n]).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(key: &str, name: &str, parent: &str) -> Item {
        Item {
            key: key.into(),
            name: name.into(),
            parent: Some(parent.into()),
            facts: Vec::new(),
            indicators: Vec::new(),
            same: false,
        }
    }

    #[test]
    fn code_first_then_a_unique_name() {
        let old = [
            item("1.01", "Bedah Rumah", "k"),
            item("1.02", "Sanitasi", "k"),
            item("1.03", "Pelatihan", "k"),
        ];
        let new = [
            item("1.02", "Sanitasi Layak", "k"),
            item("1.09", "bedah  rumah", "k"),
            item("1.04", "Baru", "k"),
        ];
        let old: Vec<&Item> = old.iter().collect();
        let new: Vec<&Item> = new.iter().collect();
        let m = pair(&old, &new, |_, _| false);
        assert_eq!(
            m.pairs,
            [(1, 0, MatchedBy::Code), (0, 1, MatchedBy::Name)].to_vec()
        );
        assert_eq!(m.removed, [2]);
        assert_eq!(m.added, [2]);
    }

    #[test]
    fn a_shared_name_pairs_only_under_paired_parents() {
        let old = [
            item("1.01", "Pendataan", "a"),
            item("2.01", "Pendataan", "b"),
        ];
        let new = [
            item("1.05", "Pendataan", "a"),
            item("2.05", "Pendataan", "b"),
        ];
        let old: Vec<&Item> = old.iter().collect();
        let new: Vec<&Item> = new.iter().collect();
        let m = pair(&old, &new, |o, n| old[o].parent == new[n].parent);
        assert_eq!(
            m.pairs,
            [(0, 0, MatchedBy::Name), (1, 1, MatchedBy::Name)].to_vec()
        );
        let m = pair(&old, &new, |_, _| false);
        assert!(m.pairs.is_empty());
        assert_eq!(m.removed.len(), 2);
    }
}
