//! Chart data: what each chart shows, as numbers. The HTML draws it as SVG and the PDF as
//! vector paths, from these same values.

use super::{RatView, RpkdView};
use serde::Serialize;

/// One chart of a document, by the id a template names it with (`<!-- rpkd:chart ID -->`).
#[derive(Debug, Clone, Serialize)]
pub struct Chart {
    pub id: &'static str,
    pub title: String,
    /// What the y axis measures, printed above it (`Persen`, `Miliar rupiah`).
    pub y_label: String,
    pub kind: ChartKind,
}

#[derive(Debug, Clone, Serialize)]
pub enum ChartKind {
    /// Values over years, one line per series; `unit` is printed after each value (`%`).
    Line {
        unit: &'static str,
        series: Vec<LineSeries>,
    },
    /// Grouped bars: one group per category, one bar per series; values in `scale_label`
    /// units (e.g. billions of rupiah).
    Bars {
        categories: Vec<String>,
        series: Vec<BarSeries>,
        scale_label: &'static str,
    },
}

#[derive(Debug, Clone, Serialize)]
pub struct LineSeries {
    pub label: String,
    pub points: Vec<(u16, f64)>,
    /// Targets are drawn dashed.
    pub dashed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct BarSeries {
    pub label: String,
    pub values: Vec<f64>,
}

const BILLION: f64 = 1_000_000_000.0;

/// The RPKD's charts: the poverty rate against its target path, and the indicative budget by
/// national strategy per year.
pub fn rpkd_charts(view: &RpkdView) -> Vec<Chart> {
    let mut charts = Vec::new();
    if let Some(p0) = &view.p0 {
        let mut series = vec![LineSeries {
            label: "Realisasi".into(),
            points: p0.rows.iter().map(|r| (r.year, r.value)).collect(),
            dashed: false,
        }];
        if !p0.targets.is_empty() {
            series.push(LineSeries {
                label: "Target RPKD".into(),
                points: p0.targets.iter().map(|t| (t.year, t.value)).collect(),
                dashed: true,
            });
        }
        charts.push(Chart {
            id: "kemiskinan",
            title: format!(
                "Persentase penduduk miskin {} dan target {}",
                view.common.region, view.common.period
            ),
            y_label: "Persen".into(),
            kind: ChartKind::Line { unit: "%", series },
        });
    }
    charts.push(Chart {
        id: "anggaran",
        title: format!(
            "Pagu indikatif per strategi nasional, {} (miliar rupiah)",
            view.common.period
        ),
        y_label: "Miliar rupiah".into(),
        kind: ChartKind::Bars {
            categories: view.common.years.iter().map(u16::to_string).collect(),
            series: view
                .funding
                .by_national
                .rows
                .iter()
                .map(|row| BarSeries {
                    label: row.label.clone(),
                    values: row.per_year.iter().map(|v| *v as f64 / BILLION).collect(),
                })
                .collect(),
            scale_label: "miliar rupiah",
        },
    });
    charts
}

/// A RAT's chart: allocation (and spending, once reported) per region strategy.
pub fn rat_charts(view: &RatView) -> Vec<Chart> {
    let mut series = vec![BarSeries {
        label: "Alokasi".into(),
        values: view
            .groups
            .iter()
            .map(|g| g.allocation as f64 / BILLION)
            .collect(),
    }];
    if view.has_realisation {
        series.push(BarSeries {
            label: "Realisasi".into(),
            values: view
                .groups
                .iter()
                .map(|g| g.spent as f64 / BILLION)
                .collect(),
        });
    }
    vec![Chart {
        id: "anggaran",
        title: if view.has_realisation {
            format!(
                "Alokasi dan realisasi anggaran per strategi, {} (miliar rupiah)",
                view.year
            )
        } else {
            format!(
                "Alokasi anggaran per strategi, {} (miliar rupiah)",
                view.year
            )
        },
        y_label: "Miliar rupiah".into(),
        kind: ChartKind::Bars {
            categories: view.groups.iter().map(|g| g.strategy.clone()).collect(),
            series,
            scale_label: "miliar rupiah",
        },
    }]
}

/// A "nice" axis: rounded bounds and a step of 1, 2 or 5 times a power of ten.
pub fn axis(min: f64, max: f64, ticks: usize) -> (f64, f64, f64) {
    let (min, max) = if (max - min).abs() < f64::EPSILON {
        (min - 1.0, max + 1.0)
    } else {
        (min, max)
    };
    let raw = (max - min) / ticks.max(1) as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    (
        (min / step).floor() * step,
        (max / step).ceil() * step,
        step,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axes_take_nice_steps() {
        assert_eq!(axis(0.0, 97.0, 5), (0.0, 100.0, 20.0));
        assert_eq!(axis(4.8, 5.89, 5), (4.5, 6.0, 0.5));
        assert_eq!(axis(0.0, 0.0, 5).2, 0.5);
    }
}
