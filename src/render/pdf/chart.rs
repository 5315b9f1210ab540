//! Charts as vector drawings for the PDF, from the same chart data as the HTML's SVG, with
//! Indonesian number labels.

use super::fonts::{Face, Fonts};
use super::layout::{Color, Item};
use crate::locale::{decimal, decimal_fixed};
use crate::view::chart::{Chart, ChartKind, axis};

/// The palette of the SVG charts, as RGB fractions.
const PALETTE: [(f32, f32, f32); 6] = [
    (0.122, 0.306, 0.475),
    (0.753, 0.314, 0.302),
    (0.310, 0.498, 0.227),
    (0.816, 0.541, 0.122),
    (0.420, 0.298, 0.604),
    (0.165, 0.549, 0.549),
];

fn colour(i: usize) -> Color {
    let (r, g, b) = PALETTE[i % PALETTE.len()];
    Color::Rgb(r, g, b)
}

/// Draw `chart` in the box at (`x`, `y`) (top-left), `w` × `h` points.
pub fn draw(chart: &Chart, x: f32, y: f32, w: f32, h: f32, fonts: &Fonts) -> Vec<Item> {
    let mut d = Drawing {
        items: Vec::new(),
        fonts,
        left: x + 40.0,
        right: x + w - 8.0,
        top: y + 8.0,
        bottom: y + h - 34.0,
        legend_y: y + h - 8.0,
    };
    match &chart.kind {
        ChartKind::Line { unit, series } => d.lines(unit, series),
        ChartKind::Bars {
            categories, series, ..
        } => d.bars(categories, series),
    }
    d.items
}

struct Drawing<'f> {
    items: Vec<Item>,
    fonts: &'f Fonts,
    left: f32,
    right: f32,
    top: f32,
    bottom: f32,
    legend_y: f32,
}

impl Drawing<'_> {
    fn text(&mut self, x: f32, y: f32, text: String, size: f32, anchor: f32, color: Color) {
        let width = self.fonts.width(Face::Regular, &text, size);
        self.items.push(Item::Text {
            x: x - width * anchor,
            y,
            size,
            face: Face::Regular,
            color,
            text,
        });
    }

    fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32, color: Color) {
        self.items.push(Item::Line {
            x1,
            y1,
            x2,
            y2,
            width,
            color,
        });
    }

    /// Horizontal grid lines with value labels; returns the value → y mapping's bounds.
    fn grid(&mut self, lo: f64, hi: f64, step: f64, suffix: &str) -> (f64, f64) {
        let places = if step >= 1.0 {
            0
        } else {
            (-step.log10().floor()) as usize
        };
        let mut v = lo;
        while v <= hi + step / 2.0 {
            let y = self.y(v, lo, hi);
            self.line(self.left, y, self.right, y, 0.4, Color::Gray(0.85));
            let label = format!("{}{suffix}", decimal(v, places));
            self.text(self.left - 4.0, y + 2.5, label, 7.0, 1.0, Color::Gray(0.3));
            v += step;
        }
        (lo, hi)
    }

    fn y(&self, v: f64, lo: f64, hi: f64) -> f32 {
        self.bottom - ((v - lo) / (hi - lo)) as f32 * (self.bottom - self.top)
    }

    fn legend(&mut self, labels: &[(String, Color, bool)]) {
        let mut x = self.left;
        for (label, color, dashed) in labels {
            if *dashed {
                for k in 0..3 {
                    let sx = x + k as f32 * 6.0;
                    self.line(
                        sx,
                        self.legend_y - 3.0,
                        sx + 3.5,
                        self.legend_y - 3.0,
                        2.5,
                        *color,
                    );
                }
            } else {
                self.line(
                    x,
                    self.legend_y - 3.0,
                    x + 16.0,
                    self.legend_y - 3.0,
                    3.0,
                    *color,
                );
            }
            self.text(
                x + 20.0,
                self.legend_y,
                label.clone(),
                7.5,
                0.0,
                Color::Gray(0.1),
            );
            x += 30.0 + self.fonts.width(Face::Regular, label, 7.5);
        }
    }
}

impl Drawing<'_> {
    fn lines(&mut self, unit: &str, series: &[crate::view::chart::LineSeries]) {
        let points: Vec<(u16, f64)> = series
            .iter()
            .flat_map(|s| s.points.iter().copied())
            .collect();
        let (Some(first), Some(last)) = (
            points.iter().map(|p| p.0).min(),
            points.iter().map(|p| p.0).max(),
        ) else {
            return;
        };
        let lo = points.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
        let hi = points.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
        let (lo, hi, step) = axis(lo.min(0.0).max(lo - (hi - lo)), hi, 5);
        self.grid(lo, hi, step, unit);
        let span = f32::from((last - first).max(1));
        let (left, width) = (self.left + 14.0, self.right - self.left - 28.0);
        let x = |year: u16| left + f32::from(year - first) / span * width;
        for year in first..=last {
            self.text(
                x(year),
                self.bottom + 10.0,
                year.to_string(),
                7.5,
                0.5,
                Color::Gray(0.3),
            );
        }
        for (i, s) in series.iter().enumerate() {
            let color = colour(i);
            for pair in s.points.windows(2) {
                let (x1, y1) = (x(pair[0].0), self.y(pair[0].1, lo, hi));
                let (x2, y2) = (x(pair[1].0), self.y(pair[1].1, lo, hi));
                if s.dashed {
                    // Dashes drawn as short segments: no dash state to leak into other lines.
                    let steps = (((x2 - x1).hypot(y2 - y1)) / 7.0).max(1.0) as usize;
                    for k in (0..steps).step_by(2) {
                        let (t1, t2) = (
                            k as f32 / steps as f32,
                            ((k + 1) as f32 / steps as f32).min(1.0),
                        );
                        self.line(
                            x1 + (x2 - x1) * t1,
                            y1 + (y2 - y1) * t1,
                            x1 + (x2 - x1) * t2,
                            y1 + (y2 - y1) * t2,
                            1.6,
                            color,
                        );
                    }
                } else {
                    self.line(x1, y1, x2, y2, 1.8, color);
                }
            }
            for (year, v) in &s.points {
                let (px, py) = (x(*year), self.y(*v, lo, hi));
                self.items.push(Item::Rect {
                    x: px - 1.8,
                    y: py - 1.8,
                    w: 3.6,
                    h: 3.6,
                    fill: color,
                });
                let dy = if s.dashed { 10.0 } else { -4.0 };
                self.text(
                    px,
                    py + dy,
                    format!("{}{unit}", decimal_fixed(*v, 2)),
                    6.5,
                    0.5,
                    color,
                );
            }
        }
        let labels: Vec<(String, Color, bool)> = series
            .iter()
            .enumerate()
            .map(|(i, s)| (s.label.clone(), colour(i), s.dashed))
            .collect();
        self.legend(&labels);
    }

    fn bars(&mut self, categories: &[String], series: &[crate::view::chart::BarSeries]) {
        if categories.is_empty() || series.is_empty() {
            return;
        }
        let top = series
            .iter()
            .flat_map(|s| s.values.iter().copied())
            .fold(0.0, f64::max);
        let (lo, hi, step) = axis(0.0, top.max(1.0), 5);
        self.grid(lo, hi, step, "");
        let group = (self.right - self.left) / categories.len() as f32;
        let bar = group * 0.8 / series.len() as f32;
        for (c, category) in categories.iter().enumerate() {
            let gx = self.left + group * c as f32 + group * 0.1;
            for (i, s) in series.iter().enumerate() {
                let v = s.values.get(c).copied().unwrap_or(0.0);
                let y = self.y(v, lo, hi);
                self.items.push(Item::Rect {
                    x: gx + bar * i as f32,
                    y,
                    w: (bar - 1.0).max(0.5),
                    h: (self.bottom - y).max(0.0),
                    fill: colour(i),
                });
            }
            let cx = gx + group * 0.4;
            self.text(
                cx,
                self.bottom + 10.0,
                category.clone(),
                7.5,
                0.5,
                Color::Gray(0.3),
            );
        }
        let labels: Vec<(String, Color, bool)> = series
            .iter()
            .enumerate()
            .map(|(i, s)| (s.label.clone(), colour(i), false))
            .collect();
        self.legend(&labels);
    }
}
