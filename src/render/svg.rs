//! Charts as SVG: the shared chart geometry ([`super::chart`]) in its own coordinates, with
//! Indonesian number labels. Self-contained (no fonts or scripts fetched), so the same text works
//! inline in HTML and as a `.svg` file.

use super::chart::{Anchor, Shape, WIDTH, geometry};
use super::html::escape;
use super::pdf::fonts::{Face, fonts};
use crate::view::chart::Chart;
use std::fmt::Write as _;

fn hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// A standalone SVG document (`xmlns` set), usable as a file or inline.
pub fn svg(chart: &Chart) -> String {
    let g = geometry(chart, &|text, size| {
        fonts().width(Face::Regular, text, size)
    });
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height:.0}\" role=\"img\" aria-labelledby=\"chart-{id}-title\" font-family=\"Liberation Sans, Arial, Helvetica, sans-serif\" font-size=\"12\">\n<title id=\"chart-{id}-title\">{title}</title>\n<rect width=\"{WIDTH}\" height=\"{height:.0}\" fill=\"#ffffff\"/>\n",
        id = chart.id,
        height = g.height.ceil(),
        title = escape(&chart.title)
    );
    for shape in &g.shapes {
        match shape {
            Shape::Line {
                x1,
                y1,
                x2,
                y2,
                width,
                colour,
                dash,
            } => {
                let dash = dash.map_or_else(String::new, |(a, b)| {
                    format!(" stroke-dasharray=\"{a} {b}\"")
                });
                let _ = writeln!(
                    out,
                    "<line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" stroke=\"{}\" stroke-width=\"{width}\"{dash}/>",
                    hex(*colour)
                );
            }
            Shape::Rect {
                x,
                y,
                w,
                h,
                colour,
                title,
            } => {
                let title = title
                    .as_ref()
                    .map_or_else(String::new, |t| format!("<title>{}</title>", escape(t)));
                let _ = writeln!(
                    out,
                    "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" fill=\"{}\">{title}</rect>",
                    hex(*colour)
                );
            }
            Shape::Dot { x, y, r, colour } => {
                let _ = writeln!(
                    out,
                    "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r}\" fill=\"{}\"/>",
                    hex(*colour)
                );
            }
            Shape::Text {
                x,
                y,
                size,
                anchor,
                colour,
                text,
                ..
            } => {
                let anchor = match anchor {
                    Anchor::Start => "start",
                    Anchor::Middle => "middle",
                    Anchor::End => "end",
                };
                let _ = writeln!(
                    out,
                    "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"{anchor}\" font-size=\"{size}\" fill=\"{}\">{}</text>",
                    hex(*colour),
                    escape(text)
                );
            }
        }
    }
    out.push_str("</svg>\n");
    out
}

/// The chart as an HTML figure captioned `label` (`Gambar 2.`) and its title.
pub fn figure(chart: &Chart, label: &str) -> String {
    format!(
        "<figure class=\"chart\" id=\"gambar-{id}\">\n{svg}<figcaption>{label} {title}</figcaption>\n</figure>",
        id = chart.id,
        svg = svg(chart),
        label = escape(label),
        title = escape(&chart.title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::chart::{BarSeries, ChartKind, LineSeries};

    #[test]
    fn charts_are_standalone_svg_with_indonesian_labels() {
        let chart = Chart {
            id: "kemiskinan",
            title: "Persentase penduduk miskin & target".into(),
            y_label: "Persen".into(),
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
        assert!(text.contains(">Persen</text>"), "{text}");
        assert!(!text.contains("NaN"), "{text}");
        let bars = Chart {
            id: "anggaran",
            title: "Pagu".into(),
            y_label: "Miliar rupiah".into(),
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
