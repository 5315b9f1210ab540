//! Charts for the PDF: the shared chart geometry ([`crate::render::chart`]) scaled into the
//! figure's box as vector items.

use super::fonts::{Face, Fonts};
use super::layout::{Color, Item};
use crate::render::chart::{Anchor, Shape, WIDTH, geometry};
use crate::view::chart::Chart;

fn rgb((r, g, b): (u8, u8, u8)) -> Color {
    Color::Rgb(
        f32::from(r) / 255.0,
        f32::from(g) / 255.0,
        f32::from(b) / 255.0,
    )
}

/// The height `chart` takes when drawn `w` points wide.
pub fn height(chart: &Chart, w: f32, fonts: &Fonts) -> f32 {
    let g = geometry(chart, &|t, s| fonts.width(Face::Regular, t, s));
    g.height * w / WIDTH
}

/// Draw `chart` `w` points wide with its top-left corner at (`x`, `y`).
pub fn draw(chart: &Chart, x: f32, y: f32, w: f32, fonts: &Fonts) -> Vec<Item> {
    let g = geometry(chart, &|t, s| fonts.width(Face::Regular, t, s));
    let k = w / WIDTH;
    let mut items = Vec::new();
    let line = |items: &mut Vec<Item>, x1: f32, y1: f32, x2: f32, y2: f32, width: f32, c| {
        items.push(Item::Line {
            x1: x + x1 * k,
            y1: y + y1 * k,
            x2: x + x2 * k,
            y2: y + y2 * k,
            width: width * k,
            color: c,
        });
    };
    for shape in g.shapes {
        match shape {
            Shape::Line {
                x1,
                y1,
                x2,
                y2,
                width,
                colour,
                dash,
            } => match dash {
                // Dashes drawn as short segments: no dash state to leak into other lines.
                Some((on, off)) => {
                    let length = (x2 - x1).hypot(y2 - y1);
                    let mut t = 0.0;
                    while t < length {
                        let end = (t + on).min(length);
                        let (a, b) = (t / length, end / length);
                        line(
                            &mut items,
                            x1 + (x2 - x1) * a,
                            y1 + (y2 - y1) * a,
                            x1 + (x2 - x1) * b,
                            y1 + (y2 - y1) * b,
                            width,
                            rgb(colour),
                        );
                        t += on + off;
                    }
                }
                None => line(&mut items, x1, y1, x2, y2, width, rgb(colour)),
            },
            Shape::Rect {
                x: rx,
                y: ry,
                w: rw,
                h: rh,
                colour,
                ..
            } => items.push(Item::Rect {
                x: x + rx * k,
                y: y + ry * k,
                w: rw * k,
                h: rh * k,
                fill: rgb(colour),
            }),
            Shape::Dot {
                x: cx,
                y: cy,
                r,
                colour,
            } => items.push(Item::Rect {
                x: x + (cx - r) * k,
                y: y + (cy - r) * k,
                w: 2.0 * r * k,
                h: 2.0 * r * k,
                fill: rgb(colour),
            }),
            Shape::Text {
                x: tx,
                y: ty,
                size,
                anchor,
                colour,
                text,
                width,
            } => {
                let shift = match anchor {
                    Anchor::Start => 0.0,
                    Anchor::Middle => width / 2.0,
                    Anchor::End => width,
                };
                items.push(Item::Text {
                    x: x + (tx - shift) * k,
                    y: y + ty * k,
                    size: size * k,
                    face: Face::Regular,
                    color: rgb(colour),
                    text,
                });
            }
        }
    }
    items
}
