//! Statistics as BAB II and BAB III print them: each series with its comparisons (the province
//! and the nation for a kabupaten/kota; the nation and other provinces for a province), its
//! targets, and its trend told truthfully — against the year before, since the series last
//! turned, and since the period began.

use crate::model::{Series, Statistic};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct StatisticView {
    pub key: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    /// `turun`, `naik`, or absent when neither way is better.
    pub better: Option<&'static str>,
    pub rows: Vec<ObservationView>,
    /// The target for each year that has one.
    pub targets: Vec<YearValue>,
    /// The last observed value.
    pub latest: Option<ObservationView>,
    /// The starting point of the plan's targets (*kondisi awal*): the last value before the
    /// period begins, else the first one observed.
    pub baseline: Option<ObservationView>,
    /// The target for the last year of the period.
    pub final_target: Option<f64>,
    /// Names of the other regions compared (`pembanding`), in the order first written; each
    /// row's `comparators` has one entry per name.
    pub comparator_names: Vec<String>,
    /// How the latest value moved.
    pub trend: Option<TrendView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ObservationView {
    pub year: u16,
    pub value: f64,
    pub province: Option<f64>,
    pub national: Option<f64>,
    pub comparators: Vec<Option<f64>>,
    pub source: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct YearValue {
    pub year: u16,
    pub value: f64,
}

/// The latest value against earlier ones.
#[derive(Debug, Clone, Serialize)]
pub struct TrendView {
    /// Against the observation before it.
    pub previous: Option<Change>,
    /// Against the value where the latest run (every step the same way) began, when it began
    /// before the previous observation: "terus menurun sejak tahun 2021".
    pub run: Option<Change>,
    /// Against the last value before the period began (the baseline), when the latest value
    /// is from inside the period.
    pub since_start: Option<Change>,
}

/// The latest value compared with the value of `year`.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub year: u16,
    pub value: f64,
    /// `turun`, `naik` or `tetap`.
    pub direction: &'static str,
    /// `menurun`, `meningkat` or `tidak berubah`, for "terus menurun".
    pub verb: &'static str,
    /// How much, always zero or more.
    pub difference: f64,
    /// Whether the change is progress (`better`), regress, or neither (`tetap`, or no better way).
    pub progress: Option<bool>,
}

fn change(from: (u16, f64), to: f64, better: Option<&'static str>) -> Change {
    let delta = to - from.1;
    let (direction, verb) = if delta.abs() < 1e-9 {
        ("tetap", "tidak berubah")
    } else if delta < 0.0 {
        ("turun", "menurun")
    } else {
        ("naik", "meningkat")
    };
    Change {
        year: from.0,
        value: from.1,
        direction,
        verb,
        difference: delta.abs(),
        progress: match (better, direction) {
            (_, "tetap") | (None, _) => None,
            (Some(b), d) => Some(b == d),
        },
    }
}

/// The trend of `rows` (sorted by year) for a plan whose period starts in `start`.
pub fn trend(rows: &[(u16, f64)], start: u16, better: Option<&'static str>) -> Option<TrendView> {
    let (&latest, earlier) = rows.split_last()?;
    let previous = earlier.last().map(|p| change(*p, latest.1, better));
    // Walk back while every step goes the same way as the last one.
    let mut run = None;
    if let Some(prev) = &previous
        && prev.direction != "tetap"
    {
        let falling = prev.direction == "turun";
        let mut first = earlier.len() - 1;
        while first > 0 {
            let (a, b) = (earlier[first - 1].1, earlier[first].1);
            let same = if falling { a > b + 1e-9 } else { a + 1e-9 < b };
            if !same {
                break;
            }
            first -= 1;
        }
        if first + 1 < earlier.len() {
            run = Some(change(earlier[first], latest.1, better));
        }
    }
    let since_start = if latest.0 >= start {
        earlier
            .iter()
            .rev()
            .find(|(y, _)| *y < start)
            .map(|p| change(*p, latest.1, better))
    } else {
        None
    };
    // The baseline said already as "the year before" is not said again.
    let since_start = since_start.filter(|s| previous.as_ref().is_none_or(|p| p.year != s.year));
    Some(TrendView {
        previous,
        run,
        since_start,
    })
}

pub fn statistic_view(
    statistic: Statistic,
    series: &Series,
    start: u16,
    end: u16,
) -> StatisticView {
    let mut comparator_names: Vec<String> = Vec::new();
    for o in &series.data {
        for (name, _) in o.comparators.iter().flat_map(|c| &c.entries) {
            if !comparator_names.contains(&name.value) {
                comparator_names.push(name.value.clone());
            }
        }
    }
    let mut rows: Vec<ObservationView> = series
        .data
        .iter()
        .map(|o| ObservationView {
            year: o.year.value.0,
            value: o.value.value,
            province: o.province.as_ref().map(|v| v.value),
            national: o.national.as_ref().map(|v| v.value),
            comparators: comparator_names
                .iter()
                .map(|n| {
                    o.comparators
                        .iter()
                        .flat_map(|c| &c.entries)
                        .find(|(name, _)| &name.value == n)
                        .map(|(_, v)| v.value)
                })
                .collect(),
            source: o
                .source
                .as_ref()
                .or(series.source.as_ref())
                .map(|s| s.value.clone()),
        })
        .collect();
    rows.sort_by_key(|r| r.year);
    let mut targets: Vec<YearValue> = series
        .target
        .iter()
        .flat_map(|t| &t.entries)
        .map(|(y, v)| YearValue {
            year: y.value.0,
            value: v.value,
        })
        .collect();
    targets.sort_by_key(|t| t.year);
    let better = statistic.better().map(|d| d.key());
    let points: Vec<(u16, f64)> = rows.iter().map(|r| (r.year, r.value)).collect();
    StatisticView {
        key: statistic.key(),
        label: statistic.label(),
        unit: statistic.unit(),
        better,
        latest: rows.last().cloned(),
        baseline: rows
            .iter()
            .rev()
            .find(|r| r.year < start)
            .or(rows.first())
            .cloned(),
        final_target: targets.iter().find(|t| t.year == end).map(|t| t.value),
        trend: trend(&points, start, better),
        rows,
        targets,
        comparator_names,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fall_since_a_peak_is_told_as_a_fall() {
        // Banten's P0: up to a 2021 peak, down since.
        let rows = [
            (2019, 4.94),
            (2020, 5.92),
            (2021, 6.66),
            (2022, 6.16),
            (2023, 6.17),
            (2024, 5.84),
            (2025, 5.63),
        ];
        let t = trend(&rows, 2025, Some("turun")).unwrap();
        let p = t.previous.unwrap();
        assert_eq!(
            (p.year, p.direction, p.progress),
            (2024, "turun", Some(true))
        );
        // 2023 rose a little from 2022, so the run of falls starts in 2023.
        let r = t.run.unwrap();
        assert_eq!((r.year, r.verb), (2023, "menurun"));
        // The baseline (2024) is the year before: said once, as `previous`.
        assert!(t.since_start.is_none());
        let t = trend(
            &[(2023, 6.17), (2024, 5.84), (2025, 5.63), (2026, 5.40)],
            2025,
            Some("turun"),
        )
        .unwrap();
        let s = t.since_start.unwrap();
        assert_eq!((s.year, s.direction), (2024, "turun"));
        assert!((s.difference - 0.44).abs() < 1e-9);
    }

    #[test]
    fn a_rise_is_a_rise_and_no_run_is_claimed_from_one_step() {
        let t = trend(&[(2023, 5.0), (2024, 5.5)], 2025, Some("turun")).unwrap();
        let p = t.previous.unwrap();
        assert_eq!((p.direction, p.progress), ("naik", Some(false)));
        assert!(t.run.is_none());
        assert!(t.since_start.is_none(), "2024 is before the period");
        let t = trend(&[(2024, 5.0), (2025, 5.0)], 2025, Some("turun")).unwrap();
        assert_eq!(t.previous.unwrap().direction, "tetap");
        assert!(trend(&[], 2025, None).is_none());
        assert!(
            trend(&[(2024, 1.0)], 2025, None)
                .unwrap()
                .previous
                .is_none()
        );
    }
}
