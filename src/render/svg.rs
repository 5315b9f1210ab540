//! Charts as SVG, drawn from [`Chart`] data with Indonesian number labels. Self-contained (no
//! fonts or scripts fetched), so the same text works inline in HTML and as a `.svg` file.

use super::html::escape;
use crate::locale::{decimal, decimal_fixed};
use crate::view::chart::{Chart, ChartKind, axis};
use std::fmt::Write as _;

const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 360.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 24.0;
const BOTTOM: f64 = 72.0;
pub const PALETTE: [&str; 6] = [
    "#1f4e79", "#c0504d", "#4f7f3a", "#d08a1f", "#6b4c9a", "#2a8c8c",
];

/// A standalone SVG document (`xmlns` set), usable as a file or inline.
pub fn svg(chart: &Chart) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" aria-labelledby=\"chart-{id}-title\" font-family=\"Liberation Sans, Arial, Helvetica, sans-serif\" font-size=\"12\">\n<title id=\"chart-{id}-title\">{title}</title>\n<rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#ffffff\"/>\n",
        id = chart.id,
        title = escape(&chart.title)
    );
    match &chart.kind {
        ChartKind::Line { unit, series } => line(&mut out, unit, series),
        ChartKind::Bars {
            categories,
            series,
            scale_label,
        } => bars(&mut out, categories, series, scale_label),
    }
    out.push_str("</svg>\n");
    out
}

/// The chart as an HTML figure with a numbered caption.
pub fn figure(chart: &Chart, number: usize) -> String {
    format!(
        "<figure class=\"chart\" id=\"gambar-{id}\">\n{svg}<figcaption>Gambar {number}. {title}</figcaption>\n</figure>",
        id = chart.id,
        svg = svg(chart),
        title = escape(&chart.title)
    )
}

fn places(step: f64) -> usize {
    if step >= 1.0 {
        0
    } else {
        (-step.log10().floor()) as usize
    }
}

fn grid(
    out: &mut String,
    lo: f64,
    hi: f64,
    step: f64,
    suffix: &str,
) -> impl Fn(f64) -> f64 + use<> {
    let plot_h = HEIGHT - TOP - BOTTOM;
    let y = move |v: f64| TOP + plot_h - (v - lo) / (hi - lo) * plot_h;
    let mut v = lo;
    while v <= hi + step / 2.0 {
        let yy = y(v);
        let _ = writeln!(
            out,
            "<line x1=\"{LEFT}\" y1=\"{yy:.1}\" x2=\"{:.1}\" y2=\"{yy:.1}\" stroke=\"#d9d9d9\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"#404040\">{}{suffix}</text>",
            WIDTH - RIGHT,
            LEFT - 6.0,
            yy + 4.0,
            decimal(v, places(step))
        );
        v += step;
    }
    y
}

fn legend(out: &mut String, labels: &[(String, &str, bool)]) {
    let mut x = LEFT;
    let y = HEIGHT - 18.0;
    for (label, colour, dashed) in labels {
        let dash = if *dashed {
            " stroke-dasharray=\"6 4\""
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{colour}\" stroke-width=\"6\"{dash}/><text x=\"{:.1}\" y=\"{y:.1}\" fill=\"#202020\">{}</text>",
            y - 4.0,
            x + 22.0,
            y - 4.0,
            x + 28.0,
            escape(label)
        );
        x += 40.0 + label.chars().count() as f64 * 6.4;
    }
}

fn line(out: &mut String, unit: &str, series: &[crate::view::chart::LineSeries]) {
    let points: Vec<(u16, f64)> = series
        .iter()
        .flat_map(|s| s.points.iter().copied())
        .collect();
    if points.is_empty() {
        return;
    }
    let (first, last) = (
        points.iter().map(|p| p.0).min().unwrap_or(0),
        points.iter().map(|p| p.0).max().unwrap_or(0),
    );
    let (lo, hi) = (
        points.iter().map(|p| p.1).fold(f64::INFINITY, f64::min),
        points.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max),
    );
    let (lo, hi, step) = axis(lo.min(0.0).max(lo - (hi - lo)), hi, 5);
    let y = grid(out, lo, hi, step, unit);
    let span = f64::from((last - first).max(1));
    let plot_w = WIDTH - LEFT - RIGHT - 40.0;
    let x = |year: u16| LEFT + 20.0 + f64::from(year - first) / span * plot_w;
    for year in first..=last {
        let _ = writeln!(
            out,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#404040\">{year}</text>",
            x(year),
            HEIGHT - BOTTOM + 18.0
        );
    }
    for (i, s) in series.iter().enumerate() {
        let colour = PALETTE[i % PALETTE.len()];
        let dash = if s.dashed {
            " stroke-dasharray=\"6 4\""
        } else {
            ""
        };
        let path: Vec<String> = s
            .points
            .iter()
            .map(|(yr, v)| format!("{:.1},{:.1}", x(*yr), y(*v)))
            .collect();
        let _ = writeln!(
            out,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2.5\"{dash}/>",
            path.join(" ")
        );
        for (yr, v) in &s.points {
            let offset = if s.dashed { 16.0 } else { -8.0 };
            let _ = writeln!(
                out,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3.5\" fill=\"{colour}\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"11\" fill=\"{colour}\">{}{unit}</text>",
                x(*yr),
                y(*v),
                x(*yr),
                y(*v) + offset,
                decimal_fixed(*v, 2)
            );
        }
    }
    let labels: Vec<(String, &str, bool)> = series
        .iter()
        .enumerate()
        .map(|(i, s)| (s.label.clone(), PALETTE[i % PALETTE.len()], s.dashed))
        .collect();
    legend(out, &labels);
}

fn bars(
    out: &mut String,
    categories: &[String],
    series: &[crate::view::chart::BarSeries],
    scale_label: &str,
) {
    if categories.is_empty() || series.is_empty() {
        return;
    }
    let hi = series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .fold(0.0, f64::max);
    let (lo, hi, step) = axis(0.0, hi.max(1.0), 5);
    let y = grid(out, lo, hi, step, "");
    let _ = writeln!(
        out,
        "<text x=\"14\" y=\"{:.1}\" transform=\"rotate(-90 14 {:.1})\" text-anchor=\"middle\" fill=\"#404040\">{}</text>",
        TOP + (HEIGHT - TOP - BOTTOM) / 2.0,
        TOP + (HEIGHT - TOP - BOTTOM) / 2.0,
        escape(scale_label)
    );
    let group_w = (WIDTH - LEFT - RIGHT) / categories.len() as f64;
    let bar_w = (group_w * 0.8) / series.len() as f64;
    for (c, category) in categories.iter().enumerate() {
        let gx = LEFT + group_w * c as f64 + group_w * 0.1;
        for (i, s) in series.iter().enumerate() {
            let v = s.values.get(c).copied().unwrap_or(0.0);
            let top = y(v);
            let _ = writeln!(
                out,
                "<rect x=\"{:.1}\" y=\"{top:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{}\"><title>{}: {}</title></rect>",
                gx + bar_w * i as f64,
                (bar_w - 2.0).max(1.0),
                (y(lo) - top).max(0.0),
                PALETTE[i % PALETTE.len()],
                escape(&s.label),
                decimal(v, 1)
            );
        }
        let _ = writeln!(
            out,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#404040\">{}</text>",
            gx + group_w * 0.4,
            HEIGHT - BOTTOM + 18.0,
            escape(category)
        );
    }
    let labels: Vec<(String, &str, bool)> = series
        .iter()
        .enumerate()
        .map(|(i, s)| (s.label.clone(), PALETTE[i % PALETTE.len()], false))
        .collect();
    legend(out, &labels);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::chart::{BarSeries, LineSeries};

    #[test]
    fn charts_are_standalone_svg_with_indonesian_labels() {
        let chart = Chart {
            id: "kemiskinan",
            title: "Persentase penduduk miskin & target".into(),
            kind: ChartKind::Line {
                unit: "%",
                series: vec![LineSeries {
                    label: "Realisasi".into(),
                    points: vec![(2023, 5.89), (2024, 5.43)],
                    dashed: false,
                }],
            },
        };
        let text = svg(&chart);
        assert!(text.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(text.contains("5,89%"), "{text}");
        assert!(text.contains("&amp; target"), "{text}");
        assert!(!text.contains("NaN"), "{text}");
        let bars = Chart {
            id: "anggaran",
            title: "Pagu".into(),
            kind: ChartKind::Bars {
                categories: vec!["2025".into()],
                series: vec![BarSeries {
                    label: "A".into(),
                    values: vec![12.5],
                }],
                scale_label: "miliar rupiah",
            },
        };
        let text = svg(&bars);
        assert!(text.contains("A: 12,5"), "{text}");
    }
}
