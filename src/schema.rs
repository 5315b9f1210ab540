//! JSON Schema (draft 2020-12) for the plan files, generated from the model so the two cannot
//! drift: editors use it for completion, hover (descriptions in Bahasa Indonesia) and
//! diagnostics while typing. It checks shapes and values; references between files stay with
//! `rpkd check`.

use serde_json::{Map, Value, json};

/// Definitions collected while a schema is generated (`$defs`).
#[derive(Default)]
pub struct Defs {
    map: Map<String, Value>,
}

impl Defs {
    /// A reference to the definition `name`, generating it once with `make`.
    pub fn reference(&mut self, name: &str, make: impl FnOnce(&mut Defs) -> Value) -> Value {
        if !self.map.contains_key(name) {
            // Insert a placeholder first so a recursive type does not loop.
            self.map.insert(name.to_owned(), Value::Null);
            let schema = make(self);
            self.map.insert(name.to_owned(), schema);
        }
        json!({ "$ref": format!("#/$defs/{name}") })
    }
}

/// A model type's schema.
pub trait Schema {
    /// Whether a record may leave the key out.
    const OPTIONAL: bool = false;
    fn schema(defs: &mut Defs) -> Value;
}

impl<T: Schema> Schema for crate::source::Spanned<T> {
    const OPTIONAL: bool = T::OPTIONAL;
    fn schema(defs: &mut Defs) -> Value {
        T::schema(defs)
    }
}

/// An optional key may also be written empty (`provinsi:` or `provinsi: ~`): `check` reads that
/// as absent, so the schema accepts `null` beside the value.
impl<T: Schema> Schema for Option<T> {
    const OPTIONAL: bool = true;
    fn schema(defs: &mut Defs) -> Value {
        json!({ "anyOf": [T::schema(defs), { "type": "null" }] })
    }
}

/// A list may be written empty (`kegiatan:`): `check` reads it as no items.
impl<T: Schema> Schema for Vec<T> {
    const OPTIONAL: bool = true;
    fn schema(defs: &mut Defs) -> Value {
        json!({ "type": ["array", "null"], "items": T::schema(defs) })
    }
}

impl Schema for String {
    fn schema(_: &mut Defs) -> Value {
        // A number where text is expected is read as text (a regulation number, a code).
        json!({ "type": ["string", "number"], "errorMessage": "di sini seharusnya teks" })
    }
}

impl Schema for bool {
    fn schema(_: &mut Defs) -> Value {
        json!({ "type": "boolean", "errorMessage": "tuliskan `true` atau `false`" })
    }
}

impl Schema for u64 {
    fn schema(_: &mut Defs) -> Value {
        json!({ "type": "integer", "minimum": 0, "errorMessage": "tuliskan bilangan bulat nol atau lebih, dengan angka" })
    }
}

impl Schema for f64 {
    fn schema(_: &mut Defs) -> Value {
        json!({ "type": "number", "errorMessage": "tuliskan bilangan dengan angka dan titik desimal, misalnya `5.19`" })
    }
}

/// The schema of one plan file: its root record with every definition it uses.
pub fn document<T: Schema>(title: &str, description: &str) -> Value {
    let mut defs = Defs::default();
    let root = T::schema(&mut defs);
    let mut schema = Map::new();
    schema.insert(
        "$schema".into(),
        json!("https://json-schema.org/draft/2020-12/schema"),
    );
    schema.insert("title".into(), json!(title));
    schema.insert("description".into(), json!(description));
    schema.insert("$ref".into(), root["$ref"].clone());
    schema.insert("$defs".into(), Value::Object(defs.map));
    Value::Object(schema)
}

/// The three schemas, by file name.
pub fn all() -> Vec<(&'static str, Value)> {
    use crate::model::{PlanRoot, ProgramFile, Rat};
    vec![
        (
            "rpkd.schema.json",
            document::<PlanRoot>(
                "rpkd.yaml",
                "Berkas induk rencana penanggulangan kemiskinan daerah: identitas daerah, periode, pilar, strategi, perangkat daerah, wilayah, statistik dan narasi.",
            ),
        ),
        (
            "program.schema.json",
            document::<ProgramFile>(
                "program/*.yaml",
                "Program, kegiatan dan sub kegiatan beserta indikator, target tahunan dan pagu indikatif.",
            ),
        ),
        (
            "rat.schema.json",
            document::<Rat>(
                "rat/<tahun>.yaml",
                "Rencana aksi tahunan: target, alokasi dan realisasi per triwulan setiap sub kegiatan.",
            ),
        ),
    ]
}

/// A schema file's text: pretty JSON with a final newline.
pub fn to_text(schema: &Value) -> String {
    let mut text = serde_json::to_string_pretty(schema).unwrap_or_default();
    text.push('\n');
    text
}
