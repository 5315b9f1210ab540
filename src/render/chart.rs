//! Chart geometry, computed once from the chart data and drawn by both writers: the SVG of the
//! HTML and `.md` (as is, in its own coordinates) and the PDF (scaled into the figure's box).
//!
//! Text is measured with the document font (Liberation Sans, the first family the SVG asks
//! for), so the legend wraps inside the frame instead of running off it; the y axis carries its
//! unit.

use crate::locale::{decimal, decimal_fixed};
use crate::view::chart::{BarSeries, Chart, ChartKind, LineSeries, axis};

/// The reference size the geometry is computed at (SVG user units; the PDF scales it).
pub const WIDTH: f32 = 720.0;
const LEFT: f32 = 64.0;
const RIGHT: f32 = 24.0;
const TOP: f32 = 34.0;
const PLOT_HEIGHT: f32 = 250.0;
const FONT: f32 = 12.0;
const SMALL: f32 = 11.0;
const LEGEND_ROW: f32 = 18.0;

/// The series colours, as RGB.
pub const PALETTE: [(u8, u8, u8); 6] = [
    (0x1f, 0x4e, 0x79),
    (0xc0, 0x50, 0x4d),
    (0x4f, 0x7f, 0x3a),
    (0xd0, 0x8a, 0x1f),
    (0x6b, 0x4c, 0x9a),
    (0x2a, 0x8c, 0x8c),
];
const GRID: (u8, u8, u8) = (0xd9, 0xd9, 0xd9);
const LABEL: (u8, u8, u8) = (0x40, 0x40, 0x40);
const INK: (u8, u8, u8) = (0x20, 0x20, 0x20);

fn colour(i: usize) -> (u8, u8, u8) {
    PALETTE[i % PALETTE.len()]
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        colour: (u8, u8, u8),
        /// Dash and gap lengths.
        dash: Option<(f32, f32)>,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        colour: (u8, u8, u8),
        /// What the bar stands for (an SVG tooltip).
        title: Option<String>,
    },
    Dot {
        x: f32,
        y: f32,
        r: f32,
        colour: (u8, u8, u8),
    },
    /// Text with its baseline at `y`; `width` is its measured width.
    Text {
        x: f32,
        y: f32,
        size: f32,
        anchor: Anchor,
        colour: (u8, u8, u8),
        text: String,
        width: f32,
    },
}

/// A chart drawn at [`WIDTH`] × `height`.
#[derive(Debug, Clone, PartialEq)]
pub struct Geometry {
    pub height: f32,
    pub shapes: Vec<Shape>,
}

struct Draw<'m> {
    shapes: Vec<Shape>,
    measure: &'m dyn Fn(&str, f32) -> f32,
    bottom: f32,
}

impl Draw<'_> {
    fn text(
        &mut self,
        x: f32,
        y: f32,
        size: f32,
        anchor: Anchor,
        colour: (u8, u8, u8),
        text: String,
    ) {
        let width = (self.measure)(&text, size);
        self.shapes.push(Shape::Text {
            x,
            y,
            size,
            anchor,
            colour,
            text,
            width,
        });
    }

    fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32, colour: (u8, u8, u8)) {
        self.shapes.push(Shape::Line {
            x1,
            y1,
            x2,
            y2,
            width,
            colour,
            dash: None,
        });
    }

    /// Grid lines and value labels; returns the value → y mapping.
    fn grid(&mut self, lo: f64, hi: f64, step: f64, suffix: &str) -> impl Fn(f64) -> f32 + use<> {
        let bottom = self.bottom;
        let y = move |v: f64| bottom - ((v - lo) / (hi - lo)) as f32 * PLOT_HEIGHT;
        let places = if step >= 1.0 {
            0
        } else {
            (-step.log10().floor()) as usize
        };
        let mut v = lo;
        while v <= hi + step / 2.0 {
            let yy = y(v);
            self.line(LEFT, yy, WIDTH - RIGHT, yy, 1.0, GRID);
            self.text(
                LEFT - 6.0,
                yy + 4.0,
                FONT,
                Anchor::End,
                LABEL,
                format!("{}{suffix}", decimal(v, places)),
            );
            v += step;
        }
        y
    }

    /// The legend under the plot, wrapped into rows that stay inside the frame; returns its
    /// height.
    fn legend(&mut self, entries: &[(String, (u8, u8, u8), bool)], top: f32) -> f32 {
        const SWATCH: f32 = 22.0;
        const GAP: f32 = 6.0;
        const BETWEEN: f32 = 18.0;
        let room = WIDTH - RIGHT - LEFT;
        let mut x = LEFT;
        let mut row_top = top;
        let mut row_height = 0.0f32;
        for (label, colour, dashed) in entries {
            // An entry wider than a row has its label broken between words.
            let lines = wrap(label, room - SWATCH - GAP, SMALL, self.measure);
            let width = SWATCH
                + GAP
                + lines
                    .iter()
                    .map(|l| (self.measure)(l, SMALL))
                    .fold(0.0, f32::max);
            if x > LEFT && x + width > WIDTH - RIGHT {
                row_top += row_height;
                row_height = 0.0;
                x = LEFT;
            }
            let y = row_top + LEGEND_ROW - 4.0;
            self.shapes.push(Shape::Line {
                x1: x,
                y1: y - 4.0,
                x2: x + SWATCH,
                y2: y - 4.0,
                width: 6.0,
                colour: *colour,
                dash: dashed.then_some((6.0, 4.0)),
            });
            for (i, line) in lines.iter().enumerate() {
                self.text(
                    x + SWATCH + GAP,
                    y + i as f32 * LEGEND_ROW,
                    SMALL,
                    Anchor::Start,
                    INK,
                    line.clone(),
                );
            }
            row_height = row_height.max(lines.len() as f32 * LEGEND_ROW);
            x += width + BETWEEN;
        }
        row_top + row_height - top
    }
}

/// Words of `text` in lines no wider than `width`.
fn wrap(text: &str, width: f32, size: f32, measure: &dyn Fn(&str, f32) -> f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if measure(&format!("{line} {word}"), size) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// The chart's geometry; `measure` gives a text's width at a size in the document font.
pub fn geometry(chart: &Chart, measure: &dyn Fn(&str, f32) -> f32) -> Geometry {
    let mut d = Draw {
        shapes: Vec::new(),
        measure,
        bottom: TOP + PLOT_HEIGHT,
    };
    // The unit of the y axis, above it.
    d.text(
        LEFT - 6.0,
        TOP - 14.0,
        SMALL,
        Anchor::Start,
        LABEL,
        chart.y_label.clone(),
    );
    let entries = match &chart.kind {
        ChartKind::Line { unit, series } => line(&mut d, unit, series),
        ChartKind::Bars {
            categories, series, ..
        } => bars(&mut d, categories, series),
    };
    let legend_top = TOP + PLOT_HEIGHT + 28.0;
    let legend = d.legend(&entries, legend_top);
    Geometry {
        height: legend_top + legend + 10.0,
        shapes: d.shapes,
    }
}

fn line(d: &mut Draw<'_>, unit: &str, series: &[LineSeries]) -> Vec<(String, (u8, u8, u8), bool)> {
    let points: Vec<(u16, f64)> = series
        .iter()
        .flat_map(|s| s.points.iter().copied())
        .collect();
    let (Some(first), Some(last)) = (
        points.iter().map(|p| p.0).min(),
        points.iter().map(|p| p.0).max(),
    ) else {
        return Vec::new();
    };
    let lo = points.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
    let hi = points.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
    let (lo, hi, step) = axis(lo.min(0.0).max(lo - (hi - lo)), hi, 5);
    let y = d.grid(lo, hi, step, unit);
    let span = f32::from((last - first).max(1));
    let plot_w = WIDTH - LEFT - RIGHT - 40.0;
    let x = |year: u16| LEFT + 20.0 + f32::from(year - first) / span * plot_w;
    for year in first..=last {
        d.text(
            x(year),
            d.bottom + 18.0,
            FONT,
            Anchor::Middle,
            LABEL,
            year.to_string(),
        );
    }
    for (i, s) in series.iter().enumerate() {
        let c = colour(i);
        for pair in s.points.windows(2) {
            d.shapes.push(Shape::Line {
                x1: x(pair[0].0),
                y1: y(pair[0].1),
                x2: x(pair[1].0),
                y2: y(pair[1].1),
                width: 2.5,
                colour: c,
                dash: s.dashed.then_some((6.0, 4.0)),
            });
        }
        for (year, v) in &s.points {
            d.shapes.push(Shape::Dot {
                x: x(*year),
                y: y(*v),
                r: 3.5,
                colour: c,
            });
            let dy = if s.dashed { 16.0 } else { -8.0 };
            d.text(
                x(*year),
                y(*v) + dy,
                SMALL,
                Anchor::Middle,
                c,
                format!("{}{unit}", decimal_fixed(*v, 2)),
            );
        }
    }
    series
        .iter()
        .enumerate()
        .map(|(i, s)| (s.label.clone(), colour(i), s.dashed))
        .collect()
}

fn bars(
    d: &mut Draw<'_>,
    categories: &[String],
    series: &[BarSeries],
) -> Vec<(String, (u8, u8, u8), bool)> {
    if categories.is_empty() || series.is_empty() {
        return Vec::new();
    }
    let top = series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .fold(0.0, f64::max);
    let (lo, hi, step) = axis(0.0, top.max(1.0), 5);
    let y = d.grid(lo, hi, step, "");
    let group = (WIDTH - LEFT - RIGHT) / categories.len() as f32;
    let bar = group * 0.8 / series.len() as f32;
    for (c, category) in categories.iter().enumerate() {
        let gx = LEFT + group * c as f32 + group * 0.1;
        for (i, s) in series.iter().enumerate() {
            let v = s.values.get(c).copied().unwrap_or(0.0);
            let top = y(v);
            d.shapes.push(Shape::Rect {
                x: gx + bar * i as f32,
                y: top,
                w: (bar - 2.0).max(1.0),
                h: (y(lo) - top).max(0.0),
                colour: colour(i),
                title: Some(format!("{}: {}", s.label, decimal(v, 1))),
            });
        }
        d.text(
            gx + group * 0.4,
            d.bottom + 18.0,
            FONT,
            Anchor::Middle,
            LABEL,
            category.clone(),
        );
    }
    series
        .iter()
        .enumerate()
        .map(|(i, s)| (s.label.clone(), colour(i), false))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measure(text: &str, size: f32) -> f32 {
        crate::render::pdf::fonts::fonts().width(
            crate::render::pdf::fonts::Face::Regular,
            text,
            size,
        )
    }

    fn bars_chart(labels: &[&str]) -> Chart {
        Chart {
            id: "anggaran",
            title: "Pagu".into(),
            y_label: "Miliar rupiah".into(),
            kind: ChartKind::Bars {
                categories: vec!["2025".into(), "2026".into()],
                series: labels
                    .iter()
                    .map(|l| BarSeries {
                        label: (*l).into(),
                        values: vec![12.5, 20.0],
                    })
                    .collect(),
                scale_label: "miliar rupiah",
            },
        }
    }

    #[test]
    fn every_text_of_a_long_legend_stays_inside_the_frame() {
        let chart = bars_chart(&[
            "Pengurangan beban pengeluaran masyarakat",
            "Peningkatan pendapatan masyarakat",
            "Penurunan jumlah kantong kemiskinan",
            "Sebuah strategi dengan nama yang sangat panjang sekali sehingga tidak muat dalam satu baris legenda sama sekali",
        ]);
        let g = geometry(&chart, &measure);
        for s in &g.shapes {
            if let Shape::Text {
                x,
                y,
                anchor,
                width,
                text,
                ..
            } = s
            {
                let left = match anchor {
                    Anchor::Start => *x,
                    Anchor::Middle => x - width / 2.0,
                    Anchor::End => x - width,
                };
                assert!(
                    left >= 0.0 && left + width <= WIDTH,
                    "{text}: {left} + {width}"
                );
                assert!(*y <= g.height, "{text}");
            }
        }
        // Every word of every label is drawn.
        let drawn: String = g
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(" ");
        assert!(drawn.contains("sama sekali"), "{drawn}");
        assert!(drawn.contains("Miliar rupiah"), "the unit of the y axis");
    }
}
