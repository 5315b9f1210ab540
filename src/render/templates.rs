//! The template engine: built-in templates embedded at compile time, a plan's own templates
//! layered over them, and the Indonesian locale registered as filters.
//!
//! Built-ins are registered as `builtin/NAME` with `builtin/` as a fallback prefix, and a plan's
//! files under their plain name: rendering `rpkd.md` finds the plan's file first, and a plan's
//! `rpkd.md` can `{% extends "builtin/rpkd.md" %}` and replace one block.
//!
//! Markdown templates escape every value for Markdown (see [`markdown::escape`]); the HTML page
//! escapes for HTML. Two engines keep the two escapings apart.

use super::markdown;
use crate::error::Error;
use crate::locale;
use crate::model::{Date, Rupiah};
use tera::{Kwargs, State, Tera, Value};

/// The built-in templates, as files under `templates/`.
pub const BUILTIN: &[(&str, &str)] = &[
    ("rpkd.md", include_str!("../../templates/rpkd.md")),
    ("rat.md", include_str!("../../templates/rat.md")),
    (
        "sinkronisasi.md",
        include_str!("../../templates/sinkronisasi.md"),
    ),
    ("banding.md", include_str!("../../templates/banding.md")),
    (
        "banding-github.md",
        include_str!("../../templates/banding-github.md"),
    ),
    ("page.html", include_str!("../../templates/page.html")),
    ("index.html", include_str!("../../templates/index.html")),
    ("style.css", include_str!("../../templates/style.css")),
];

/// A template a plan supplies: its file name and text.
#[derive(Debug, Clone)]
pub struct UserTemplate {
    pub name: String,
    pub text: String,
}

/// The two engines: Markdown documents, and the HTML page around them.
pub struct Templates {
    pub markdown: Tera,
    pub page: Tera,
}

impl Templates {
    pub fn new(user: &[UserTemplate]) -> Result<Self, Error> {
        Templates::compile(user).map_err(template_error)
    }

    /// The engines, or tera's own error (with its place in the template) for `check` to report.
    pub fn compile(user: &[UserTemplate]) -> Result<Self, tera::Error> {
        let is_markdown = |name: &str| name.ends_with(".md");
        let markdown = engine(
            BUILTIN.iter().filter(|(n, _)| is_markdown(n)).copied(),
            user.iter().filter(|t| is_markdown(&t.name)),
            [".md"],
            Some(markdown::escape),
        )?;
        let page = engine(
            BUILTIN.iter().filter(|(n, _)| !is_markdown(n)).copied(),
            user.iter().filter(|t| !is_markdown(&t.name)),
            [".html"],
            None,
        )?;
        Ok(Templates { markdown, page })
    }
}

fn engine<'a>(
    builtin: impl Iterator<Item = (&'static str, &'static str)>,
    user: impl Iterator<Item = &'a UserTemplate>,
    escaped: [&'static str; 1],
    escape: Option<tera::EscapeFn>,
) -> Result<Tera, tera::Error> {
    let mut tera = Tera::new();
    tera.set_fallback_prefixes(["builtin/"])?;
    tera.autoescape_on(escaped);
    if let Some(f) = escape {
        tera.set_escape_fn(f);
    }
    register_filters(&mut tera);
    let mut all: Vec<(String, String)> = builtin
        .map(|(name, text)| (format!("builtin/{name}"), text.to_owned()))
        .collect();
    all.extend(user.map(|t| (t.name.clone(), t.text.clone())));
    tera.add_raw_templates(all)?;
    Ok(tera)
}

/// A tera error with its whole chain (file, line, column and cause).
pub fn template_error(error: tera::Error) -> Error {
    let mut message = error.to_string();
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        message.push_str(&format!("\n  caused by: {cause}"));
        source = cause.source();
    }
    Error::Template(message)
}

/// Where a tera error points, if it points anywhere: the template's name, the byte range in its
/// source and the message without tera's own snippet (ours shows the source).
#[derive(Debug, Clone, PartialEq)]
pub struct TemplatePlace {
    pub template: String,
    pub range: std::ops::Range<usize>,
    pub message: String,
}

/// The innermost located error of a tera error's chain, and every message of the chain.
pub fn locate(error: &tera::Error) -> (Option<TemplatePlace>, Vec<String>) {
    let mut place = None;
    let mut messages = Vec::new();
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(e) = current {
        match e.downcast_ref::<tera::Error>().map(tera::Error::kind) {
            Some(
                tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report),
            ) => {
                messages.push(report.message().to_owned());
                place = Some(TemplatePlace {
                    template: report.filename().to_owned(),
                    range: report.span().range.clone(),
                    message: report.message().to_owned(),
                });
            }
            _ => {
                let text = e.to_string();
                if !text.is_empty() && !messages.contains(&text) {
                    messages.push(text);
                }
            }
        }
        current = e.source();
    }
    (place, messages)
}

fn number(value: &Value) -> Option<f64> {
    value
        .as_f64()
        .or_else(|| value.as_i64().map(|i| i as f64))
        .or_else(|| value.as_u64().map(|u| u as f64))
}

fn money(value: &Value) -> Option<Rupiah> {
    value
        .as_u64()
        .or_else(|| {
            value
                .as_f64()
                .filter(|f| *f >= 0.0)
                .map(|f| f.round() as u64)
        })
        .map(Rupiah)
}

/// What a table prints for a figure the plan does not give.
const MISSING: &str = "–";

fn places(kwargs: &Kwargs, default: usize) -> usize {
    kwargs
        .get::<usize>("desimal")
        .ok()
        .flatten()
        .unwrap_or(default)
}

/// The locale as filters. Each prints `–` for a missing value (`none`), so a template need not
/// test every optional figure before printing it.
fn register_filters(tera: &mut Tera) {
    tera.register_filter("rupiah", |v: &Value, _: Kwargs, _: &State| {
        money(v).map_or(MISSING.into(), locale::rupiah)
    });
    tera.register_filter("rupiah_formal", |v: &Value, _: Kwargs, _: &State| {
        money(v).map_or(MISSING.into(), locale::rupiah_formal)
    });
    tera.register_filter("rupiah_singkat", |v: &Value, _: Kwargs, _: &State| {
        money(v).map_or(MISSING.into(), locale::rupiah_short)
    });
    // Whole numbers grouped by thousands (`1.234`); with `desimal=N`, up to N decimals.
    tera.register_filter("angka", |v: &Value, k: Kwargs, _: &State| {
        number(v).map_or(MISSING.into(), |n| locale::decimal(n, places(&k, 2)))
    });
    // Exactly N decimals (`desimal`, default 2), for columns that line up.
    tera.register_filter("angka_tetap", |v: &Value, k: Kwargs, _: &State| {
        number(v).map_or(MISSING.into(), |n| locale::decimal_fixed(n, places(&k, 2)))
    });
    tera.register_filter("persen", |v: &Value, k: Kwargs, _: &State| {
        number(v).map_or(MISSING.into(), |n| locale::percent(n, places(&k, 2)))
    });
    tera.register_filter("tanggal", |v: &Value, _: Kwargs, _: &State| {
        v.as_str()
            .and_then(Date::parse)
            .map_or(MISSING.into(), locale::date)
    });
    tera.register_filter("romawi", |v: &Value, _: Kwargs, _: &State| {
        v.as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .map_or(MISSING.into(), locale::roman)
    });
    // Changes, with their sign (`+Rp1.500.000`, `−0,25`, `+5,25%`), for the review report.
    tera.register_filter("selisih_rupiah", |v: &Value, _: Kwargs, _: &State| {
        number(v).map_or(MISSING.into(), |n| locale::rupiah_delta(n.round() as i64))
    });
    tera.register_filter("selisih", |v: &Value, k: Kwargs, _: &State| {
        number(v).map_or(MISSING.into(), |n| locale::decimal_delta(n, places(&k, 2)))
    });
    tera.register_filter("persen_selisih", |v: &Value, k: Kwargs, _: &State| {
        number(v).map_or(MISSING.into(), |n| locale::percent_delta(n, places(&k, 2)))
    });
    // One value of the review report by its kind (`jenis`: rupiah, angka, teks, daftar), with
    // its unit (`satuan`); an empty list prints `kosong` (default `–`).
    tera.register_filter("nilai", |v: &Value, k: Kwargs, _: &State| {
        let kind = k.get::<String>("jenis").ok().flatten().unwrap_or_default();
        let unit = k.get::<String>("satuan").ok().flatten();
        let empty = k
            .get::<String>("kosong")
            .ok()
            .flatten()
            .unwrap_or_else(|| MISSING.into());
        if v.is_none() {
            return MISSING.to_owned();
        }
        match kind.as_str() {
            "rupiah" => money(v).map_or(MISSING.into(), locale::rupiah),
            "angka" => number(v).map_or(MISSING.into(), |n| {
                let n = locale::decimal(n, 2);
                match unit.as_deref() {
                    Some(u) if !u.is_empty() => format!("{n} {u}"),
                    _ => n,
                }
            }),
            "daftar" => match v.as_array() {
                Some(list) if !list.is_empty() => list
                    .iter()
                    .map(|x| x.as_str().map_or_else(|| x.to_string(), str::to_owned))
                    .collect::<Vec<_>>()
                    .join(", "),
                _ => empty,
            },
            _ => v.as_str().map_or_else(|| v.to_string(), str::to_owned),
        }
    });
    tera.register_filter("terbilang", |v: &Value, _: Kwargs, _: &State| {
        money(v).map_or(MISSING.into(), |r| locale::terbilang(r.0))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(template: &str, context: &tera::Context) -> String {
        let mut tera = engine(
            std::iter::empty(),
            [UserTemplate {
                name: "t.md".into(),
                text: template.into(),
            }]
            .iter(),
            [".md"],
            Some(markdown::escape),
        )
        .unwrap();
        tera.autoescape_on([".md"]);
        tera.render("t.md", context).unwrap()
    }

    #[test]
    fn filters_print_indonesian_forms_and_a_dash_for_missing() {
        let mut cx = tera::Context::new();
        cx.insert("pagu", &1_600_000_000_000u64);
        cx.insert("p0", &5.19);
        cx.insert("none", &Option::<f64>::None);
        cx.insert("date", "2025-09-30");
        let out = render(
            "{{ pagu | rupiah }} {{ pagu | rupiah_singkat }} {{ p0 | persen }} {{ p0 | angka(desimal=1) }} {{ none | persen }} {{ date | tanggal }} BAB {{ 4 | romawi }} {{ 5200000 | terbilang }}",
            &cx,
        );
        assert_eq!(
            out,
            "Rp1.600.000.000.000 Rp1,6 triliun 5,19% 5,2 – 30 September 2025 BAB IV lima juta dua ratus ribu"
        );
    }

    #[test]
    fn markdown_templates_escape_plan_text() {
        let mut cx = tera::Context::new();
        cx.insert("name", "<script>alert('x')</script> | *");
        let out = render("| {{ name }} |", &cx);
        assert_eq!(out, "| \\<script\\>alert('x')\\</script\\> \\| \\* |");
    }
}
