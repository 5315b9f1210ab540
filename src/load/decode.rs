//! Node tree → typed model, collecting every problem instead of stopping at the first.
//!
//! serde's derive gives up at the first unknown key or wrong type in a file; a planner who broke
//! five things wants to see five errors. So the model is decoded by [`Decode`] impls that push
//! a [`Diagnostic`] and carry on: a bad list item is dropped, a bad optional value becomes
//! absent, and a record with a bad required value is dropped as a whole while its siblings are
//! still read. The [`record!`](crate::record) and [`keywords!`](crate::keywords) macros write
//! those impls from one declaration that also names each key.

use super::words;
use super::yaml::{Node, NodeKind};
use crate::diag::{Code, Diagnostic, did_you_mean, known_list};
use crate::msg;
use crate::source::{Span, Spanned};
use std::collections::HashMap;

/// Decoding state for one file.
pub struct Cx<'a> {
    text: &'a str,
    pub diagnostics: Vec<Diagnostic>,
    /// Ids and codes of list items that failed to decode: references to them are not reported
    /// again as unknown.
    pub broken_ids: Vec<String>,
}

impl<'a> Cx<'a> {
    pub fn new(text: &'a str) -> Self {
        Cx {
            text,
            diagnostics: Vec::new(),
            broken_ids: Vec::new(),
        }
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// The source text of a node, as the planner wrote it.
    pub fn raw(&self, node: &Node) -> &'a str {
        self.text
            .get(node.span.start as usize..node.span.end as usize)
            .unwrap_or("")
    }

    pub fn wrong_type(&mut self, node: &Node, expected: &str) {
        let found = words::found(&node.kind);
        let d = Diagnostic::new(
            Code::WrongType,
            msg!(
                "decode-wrong-type",
                expected = words::expected(expected),
                found = found.clone()
            ),
        )
        .primary(node.span, msg!("decode-this-is", found = found));
        self.push(d);
    }

    /// The entries of a mapping with duplicate keys reported and dropped (the first wins).
    pub fn entries<'n>(&mut self, node: &'n Node, expected: &str) -> Option<Vec<Entry<'n>>> {
        let NodeKind::Map(pairs) = &node.kind else {
            self.wrong_type(node, expected);
            return None;
        };
        // Small mappings (nearly all) are searched; a large one is indexed, so a pasted
        // mapping of a hundred thousand keys stays linear.
        const SEARCHED: usize = 16;
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut entries: Vec<Entry<'n>> = Vec::with_capacity(pairs.len());
        for (key, value) in pairs {
            let name = self.key_text(key);
            let seen = if pairs.len() <= SEARCHED {
                entries.iter().position(|e| e.name == name)
            } else {
                index.get(&name).copied()
            };
            if let Some(first) = seen.map(|i| &entries[i]) {
                let d = Diagnostic::new(
                    Code::DuplicateKey,
                    msg!("decode-duplicate-key", key = name.as_str()),
                )
                .primary(key.span, msg!("decode-defined-again"))
                .secondary(first.key.span, msg!("decode-first-defined"))
                .hint(msg!("decode-duplicate-key-hint"));
                self.push(d);
                continue;
            }
            if pairs.len() > SEARCHED {
                index.insert(name.clone(), entries.len());
            }
            entries.push(Entry { name, key, value });
        }
        Some(entries)
    }

    fn key_text(&self, key: &Node) -> String {
        match &key.kind {
            NodeKind::Str(s) => s.clone(),
            NodeKind::Int(i) => i.to_string(),
            _ => self.raw(key).to_owned(),
        }
    }

    /// Report every key of a mapping that a record does not know. A suggestion is never a key
    /// the mapping already has (it would become a duplicate), and words planners use for a key
    /// (`opd` for `perangkat_daerah`) suggest that key.
    /// `what` is the record's name as the `record!` macro gives it (`program`).
    pub fn unknown_keys(&mut self, entries: &[Entry<'_>], known: &[&str], what: &str) {
        let free: Vec<&str> = known
            .iter()
            .copied()
            .filter(|k| !entries.iter().any(|e| e.name == *k))
            .collect();
        for entry in entries {
            if known.contains(&entry.name.as_str()) {
                continue;
            }
            let word = crate::diag::normalise_word(&entry.name);
            let meant: Vec<&str> = KEY_SYNONYMS
                .iter()
                .filter(|(w, _)| crate::diag::normalise_word(w) == word)
                .map(|(_, key)| *key)
                .filter(|key| known.contains(key))
                .collect();
            let synonym = match meant.iter().find(|key| free.contains(key)) {
                Some(key) => Some(msg!(
                    "decode-key-written-as",
                    wrong = entry.name.as_str(),
                    key = *key
                )),
                None => meant.first().map(|key| {
                    msg!(
                        "decode-key-means-given",
                        wrong = entry.name.as_str(),
                        key = *key
                    )
                }),
            };
            // The closest key may be one the mapping has already: then this is a stray repeat.
            let taken = did_you_mean(&entry.name, known.iter().copied()).and_then(|_| {
                let closest = known
                    .iter()
                    .copied()
                    .find(|k| did_you_mean(&entry.name, [*k]).is_some() && !free.contains(k))?;
                did_you_mean(&entry.name, free.iter().copied())
                    .is_none()
                    .then(|| msg!("decode-key-already-given", key = closest))
            });
            let hint = synonym
                .or_else(|| did_you_mean(&entry.name, free.iter().copied()))
                .or(taken);
            let d = Diagnostic::new(
                Code::UnknownKey,
                msg!(
                    "decode-unknown-key",
                    key = entry.name.as_str(),
                    what = words::record(what)
                ),
            )
            .primary(entry.key.span, msg!("decode-not-a-key"))
            .hint_opt(hint)
            .hint(known_list(msg!("known-keys"), known.iter().copied()));
            self.push(d);
        }
    }

    /// Remember the id or code of a mapping that failed to decode.
    fn remember_broken(&mut self, node: &Node) {
        if let NodeKind::Map(pairs) = &node.kind {
            for (key, value) in pairs {
                let is_id = matches!(&key.kind, NodeKind::Str(k) if k == "id" || k == "kode");
                if is_id {
                    let text = match &value.kind {
                        NodeKind::Str(s) => s.clone(),
                        _ => self.raw(value).to_owned(),
                    };
                    self.broken_ids.push(text);
                }
            }
        }
    }
}

/// Words planners write for a key, each with the key it means where that key exists. The first
/// whose key the record has (and the mapping lacks) is suggested.
const KEY_SYNONYMS: &[(&str, &str)] = &[
    ("opd", "perangkat_daerah"),
    ("skpd", "perangkat_daerah"),
    ("penanggung_jawab", "perangkat_daerah"),
    ("pelaksana", "perangkat_daerah"),
    ("lokus", "lokasi"),
    ("sumber", "sumber_dana"),
    ("anggaran", "pagu"),
    ("anggaran", "alokasi"),
    ("pagu_indikatif", "pagu"),
    ("pagu", "alokasi"),
    ("penerima_manfaat", "sasaran"),
    ("catatan", "keterangan"),
    ("uptd", "unit"),
    ("sub_unit", "unit"),
    ("kelurahan_desa", "desa_kelurahan"),
    ("kab", "kabupaten"),
    ("tagging", "penandaan"),
    ("tematik", "penandaan"),
    ("kategori_tagging", "tag"),
    ("lokasi_fokus", "kelompok_lokasi"),
    ("kelompok", "kelompok_lokasi"),
    ("baseline", "kondisi_awal"),
    ("satuan_target", "satuan"),
    ("perda", "dasar_hukum"),
    ("regulasi", "dasar_hukum"),
    ("perkada", "penetapan"),
    ("theme", "tema"),
    ("realisasi_anggaran", "anggaran"),
    ("keluaran", "output"),
];

/// One key and value of a mapping.
pub struct Entry<'n> {
    pub name: String,
    pub key: &'n Node,
    pub value: &'n Node,
}

/// A model type that can be read from a YAML node.
pub trait Decode: Sized {
    /// What the planner should have written, for "expected …, found …".
    const EXPECTED: &'static str;

    /// Read the value, pushing a diagnostic and returning `None` if it is not valid.
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self>;

    /// The key is absent from its record. Required by default; options and lists override.
    fn absent(key: &str, what: &str, record: Span, cx: &mut Cx) -> Option<Self> {
        let what = words::record(what);
        let d = Diagnostic::new(
            Code::MissingKey,
            msg!("decode-missing-key", key = key, what = what.clone()),
        )
        .primary(record, msg!("decode-without-key", key = key, what = what))
        .hint(msg!(
            "decode-add-key",
            key = key,
            expected = words::expected(Self::EXPECTED)
        ));
        cx.push(d);
        None
    }
}

impl<T: Decode> Decode for Spanned<T> {
    const EXPECTED: &'static str = T::EXPECTED;
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        T::decode(node, cx).map(|value| Spanned::new(value, node.span))
    }
    fn absent(key: &str, what: &str, record: Span, cx: &mut Cx) -> Option<Self> {
        T::absent(key, what, record, cx).map(|value| Spanned::new(value, record))
    }
}

impl<T: Decode> Decode for Option<T> {
    const EXPECTED: &'static str = T::EXPECTED;
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        match node.kind {
            NodeKind::Null => Some(None),
            _ => T::decode(node, cx).map(Some),
        }
    }
    fn absent(_: &str, _: &str, _: Span, _: &mut Cx) -> Option<Self> {
        Some(None)
    }
}

impl<T: Decode> Decode for Vec<T> {
    const EXPECTED: &'static str = "a list";
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        match &node.kind {
            NodeKind::Null => Some(Vec::new()),
            NodeKind::Seq(items) => Some(
                items
                    .iter()
                    .filter_map(|item| {
                        let value = T::decode(item, cx);
                        if value.is_none() {
                            cx.remember_broken(item);
                        }
                        value
                    })
                    .collect(),
            ),
            _ => {
                cx.wrong_type(node, "a list (items start with `- `)");
                None
            }
        }
    }
    fn absent(_: &str, _: &str, _: Span, _: &mut Cx) -> Option<Self> {
        Some(Vec::new())
    }
}

impl Decode for String {
    const EXPECTED: &'static str = "text";
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        match &node.kind {
            NodeKind::Str(s) => Some(s.clone()),
            // A number where text is expected (a regulation number, a code) is meant as text.
            NodeKind::Int(_) | NodeKind::Float(_) => Some(cx.raw(node).to_owned()),
            _ => {
                cx.wrong_type(node, Self::EXPECTED);
                None
            }
        }
    }
}

impl Decode for bool {
    const EXPECTED: &'static str = "`true` or `false`";
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        match node.kind {
            NodeKind::Bool(b) => Some(b),
            _ => {
                cx.wrong_type(node, Self::EXPECTED);
                None
            }
        }
    }
}

impl Decode for u64 {
    const EXPECTED: &'static str = "a whole number";
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        match &node.kind {
            NodeKind::Int(i) if *i >= 0 => match u64::try_from(*i) {
                Ok(n) => Some(n),
                Err(_) => {
                    cx.push(too_large(node));
                    None
                }
            },
            NodeKind::Int(_) => {
                let d = Diagnostic::new(Code::InvalidValue, msg!("decode-negative-count"))
                    .primary(node.span, msg!("decode-negative"));
                cx.push(d);
                None
            }
            _ => {
                cx.push(number_expected(node, Self::EXPECTED));
                None
            }
        }
    }
}

impl Decode for f64 {
    const EXPECTED: &'static str = "a number";
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        match &node.kind {
            NodeKind::Int(i) => Some(*i as f64),
            NodeKind::Float(f) if f.is_finite() => Some(*f),
            _ => {
                cx.push(number_expected(node, Self::EXPECTED));
                None
            }
        }
    }
}

pub fn too_large(node: &Node) -> Diagnostic {
    Diagnostic::new(Code::InvalidValue, msg!("decode-number-too-large"))
        .primary(node.span, msg!("decode-too-large"))
}

/// "expected a number, found text", with a hint for the ways planners write numbers in
/// Indonesian: decimal comma, thousands dots, `Rp`, words.
pub fn number_expected(node: &Node, expected: &str) -> Diagnostic {
    let found = words::found(&node.kind);
    let mut d = Diagnostic::new(
        Code::WrongType,
        msg!(
            "decode-wrong-type",
            expected = words::expected(expected),
            found = found.clone()
        ),
    )
    .primary(node.span, msg!("decode-this-is", found = found));
    if let NodeKind::Str(text) = &node.kind {
        let t = text.trim();
        let digits: String = t.chars().filter(char::is_ascii_digit).collect();
        if t.contains(',')
            && t.chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        {
            let fixed = t.replace('.', "").replace(',', ".");
            d = d.hint(msg!("decode-decimal-point", fixed = fixed));
        } else if !digits.is_empty()
            && t.chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ' ' || c == 'R' || c == 'p')
        {
            d = d.hint(msg!("decode-plain-digits", digits = digits));
        } else {
            d = d.hint(msg!("decode-digits"));
        }
    }
    d
}

/// Declare a model record: a struct whose fields are read from the named YAML keys.
///
/// ```ignore
/// record! {
///     /// A pillar of the plan.
///     "pillar" pub struct Pillar {
///         /// Unique id, e.g. `P1`.
///         id: Spanned<String> = "id",
///         description: Option<Spanned<String>> = "uraian",
///     }
/// }
/// ```
///
/// Every record also gets `span`, the place of its mapping. Field types decide presence:
/// `Option` and `Vec` may be absent, anything else is required.
#[macro_export]
macro_rules! record {
    (
        $(#[$meta:meta])*
        $what:literal pub struct $name:ident {
            $( $(#[$fmeta:meta])* $field:ident : $ty:ty = $key:literal $(: $desc:literal)? ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone)]
        pub struct $name {
            $( $(#[$fmeta])* pub $field: $ty, )*
            /// Where this record's mapping starts.
            pub span: $crate::source::Span,
        }

        impl $name {
            /// The YAML keys of this record, in declaration order.
            pub const KEYS: &'static [&'static str] = &[$($key),*];
            /// What a planner calls this record, in messages.
            pub const WHAT: &'static str = $what;
        }

        impl $crate::load::decode::Decode for $name {
            const EXPECTED: &'static str = concat!("a mapping (", $what, ")");
            fn decode(
                node: &$crate::load::yaml::Node,
                cx: &mut $crate::load::decode::Cx,
            ) -> Option<Self> {
                let entries = cx.entries(node, Self::EXPECTED)?;
                cx.unknown_keys(&entries, Self::KEYS, $what);
                $(
                    let $field = match entries.iter().find(|e| e.name == $key) {
                        Some(entry) => <$ty as $crate::load::decode::Decode>::decode(entry.value, cx),
                        None => <$ty as $crate::load::decode::Decode>::absent($key, $what, node.span, cx),
                    };
                )*
                Some($name { $( $field: $field?, )* span: node.span })
            }
        }

        impl $crate::schema::Schema for $name {
            fn schema(defs: &mut $crate::schema::Defs) -> serde_json::Value {
                defs.reference(stringify!($name), |defs| {
                    let mut properties = serde_json::Map::new();
                    let mut required: Vec<&str> = Vec::new();
                    $(
                        #[allow(unused_mut)]
                        let mut property = <$ty as $crate::schema::Schema>::schema(defs);
                        $(
                            if let serde_json::Value::Object(map) = &mut property {
                                map.insert("description".into(), serde_json::Value::from($desc));
                                // Editors render this one as Markdown (backticks, emphasis).
                                map.insert("markdownDescription".into(), serde_json::Value::from($desc));
                            }
                        )?
                        properties.insert($key.into(), property);
                        if !<$ty as $crate::schema::Schema>::OPTIONAL {
                            required.push($key);
                        }
                    )*
                    serde_json::json!({
                        "type": "object",
                        "properties": properties,
                        "required": required,
                        "additionalProperties": false,
                    })
                })
            }
        }
    };
}

/// Declare a closed set of keywords (a YAML enum written as plain text), with the label a
/// document prints for each.
#[macro_export]
macro_rules! keywords {
    (
        $(#[$meta:meta])*
        $what:literal pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $key:literal => $label:literal ),* $(,)?
        }
        $( synonyms { $( $syn:literal => [ $( $target:ident ),+ ] ),* $(,)? } )?
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $( $(#[$vmeta])* $variant, )* }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$( $name::$variant, )*];
            /// The keywords a plan may write.
            pub const KEYS: &'static [&'static str] = &[$($key),*];
            /// Words planners use for these values that are not keywords, each with the
            /// keywords it may mean (compared after [`normalise_word`](crate::diag::normalise_word)).
            pub const SYNONYMS: &'static [(&'static str, &'static [$name])] = &[
                $( $( ($syn, &[ $( $name::$target ),+ ]), )* )?
            ];

            /// The keyword as written in the plan.
            pub fn key(self) -> &'static str {
                match self { $( $name::$variant => $key, )* }
            }

            /// The name printed in documents (Bahasa Indonesia).
            pub fn label(self) -> &'static str {
                match self { $( $name::$variant => $label, )* }
            }
        }

        impl $crate::schema::Schema for $name {
            fn schema(_: &mut $crate::schema::Defs) -> serde_json::Value {
                let labels: Vec<String> = Self::ALL
                    .iter()
                    .map(|v| format!("`{}`: {}", v.key(), v.label()))
                    .collect();
                serde_json::json!({
                    "type": "string",
                    "enum": Self::KEYS,
                    "description": labels.join("; "),
                    // One label per value in editor completion (yaml-language-server).
                    "enumDescriptions": Self::ALL.iter().map(|v| v.label()).collect::<Vec<_>>(),
                    // What yaml-language-server says for a value outside the list.
                    "errorMessage": format!(
                        "nilai tidak dikenal; pilih salah satu: {}",
                        Self::KEYS.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
                    ),
                })
            }
        }

        impl $crate::load::decode::Decode for $name {
            const EXPECTED: &'static str = concat!("one of the ", $what, " keywords");
            fn decode(
                node: &$crate::load::yaml::Node,
                cx: &mut $crate::load::decode::Cx,
            ) -> Option<Self> {
                let text = <String as $crate::load::decode::Decode>::decode(node, cx)?;
                match Self::ALL.iter().find(|v| v.key() == text) {
                    Some(v) => Some(*v),
                    None => {
                        let d = $crate::diag::Diagnostic::new(
                            $crate::diag::Code::UnknownValue,
                            $crate::msg!(
                                "decode-unknown-value",
                                what = $crate::load::words::keyword($what),
                                value = text.as_str()
                            ),
                        )
                        .primary(node.span, $crate::msg!("decode-not-a-value"))
                        .hint_opt($crate::diag::keyword_hint(
                            &text,
                            Self::ALL.iter().map(|v| (v.key(), v.label())),
                            Self::SYNONYMS
                                .iter()
                                .map(|(word, meant)| (*word, meant.iter().map(|v| v.key()).collect())),
                        ))
                        .hint($crate::diag::known_list(
                            $crate::msg!("known-values"),
                            Self::KEYS.iter().copied(),
                        ));
                        cx.push(d);
                        None
                    }
                }
            }
        }
    };
}
