//! Narrative chapters: Markdown written inline in the YAML or kept in `.md` files beside it.

use crate::load::decode::{Cx, Decode};
use crate::load::yaml::{Node, NodeKind};
use crate::record;
use crate::source::{FileId, Spanned};

/// A piece of planner-written Markdown.
#[derive(Debug, Clone)]
pub enum Markdown {
    /// Written in the YAML itself.
    Inline(Spanned<String>),
    /// `{berkas: narasi/latar-belakang.md}`: a file relative to the plan directory, read by
    /// `load` (`file` is set once it has been read).
    File {
        path: Spanned<String>,
        file: Option<FileId>,
    },
}

record! {
    /// A reference to a Markdown file.
    "narrative file reference" pub struct MarkdownFile {
        /// Path relative to the plan directory, e.g. `narasi/latar-belakang.md`.
        path: Spanned<String> = "berkas" : "Jalur berkas Markdown relatif terhadap folder rencana, \
            misalnya `narasi/latar-belakang.md`. Berkas harus ada dan berada di dalam folder \
            rencana: tanpa jalur absolut dan tanpa `..` (E009). Wajib.",
    }
}

impl Decode for Markdown {
    const EXPECTED: &'static str = "Markdown text, or `{berkas: path/to/file.md}`";
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        match node.kind {
            NodeKind::Map(_) => MarkdownFile::decode(node, cx).map(|f| Markdown::File {
                path: f.path,
                file: None,
            }),
            NodeKind::Str(_) => Spanned::<String>::decode(node, cx).map(Markdown::Inline),
            _ => {
                cx.wrong_type(node, Self::EXPECTED);
                None
            }
        }
    }
}

record! {
    /// The narrative chapters of the RPKD. Every one is optional; a document shows a standard
    /// text where a plan gives none.
    "narrative section" pub struct Narrative {
        /// Kata pengantar (foreword).
        foreword: Option<Markdown> = "kata_pengantar" : "Kata pengantar, dalam Markdown: teks \
            langsung (`kata_pengantar: |` lalu teks di baris berikutnya) atau `{berkas: \
            narasi/kata-pengantar.md}`. Opsional; bila tidak diisi, dokumen mencetak teks baku.",
        /// BAB I: latar belakang.
        background: Option<Markdown> = "latar_belakang" : "BAB I: latar belakang, dalam Markdown: \
            teks langsung (`latar_belakang: |` lalu teks di baris berikutnya) atau `{berkas: \
            narasi/latar-belakang.md}`. Opsional; bila tidak diisi, dokumen mencetak teks baku.",
        /// BAB I: maksud dan tujuan.
        purpose: Option<Markdown> = "maksud_tujuan" : "BAB I: maksud dan tujuan, dalam Markdown: \
            teks langsung (`maksud_tujuan: |` lalu teks di baris berikutnya) atau `{berkas: \
            narasi/maksud-tujuan.md}`. Opsional; bila tidak diisi, dokumen mencetak teks baku.",
        /// BAB II: kondisi umum daerah.
        general_conditions: Option<Markdown> = "kondisi_umum" : "BAB II: kondisi umum daerah, \
            dalam Markdown: teks langsung (`kondisi_umum: |` lalu teks di baris berikutnya) atau \
            `{berkas: narasi/kondisi-umum.md}`. Opsional; bila tidak diisi, dokumen mencetak teks \
            baku.",
        /// BAB III: karakteristik rumah tangga miskin.
        poverty_characteristics: Option<Markdown> = "karakteristik_kemiskinan" : "BAB III: \
            karakteristik rumah tangga miskin, dalam Markdown: teks langsung \
            (`karakteristik_kemiskinan: |` lalu teks di baris berikutnya) atau `{berkas: \
            narasi/karakteristik-kemiskinan.md}`. Opsional; bila tidak diisi, dokumen mencetak \
            teks baku.",
        /// BAB III: permasalahan dan faktor penentu.
        problems: Option<Markdown> = "permasalahan" : "BAB III: permasalahan dan faktor penentu \
            kemiskinan, dalam Markdown: teks langsung (`permasalahan: |` lalu teks di baris \
            berikutnya) atau `{berkas: narasi/permasalahan.md}`. Opsional; bila tidak diisi, \
            dokumen mencetak teks baku.",
        /// BAB III: evaluasi program periode sebelumnya.
        previous_evaluation: Option<Markdown> = "evaluasi_periode_lalu" : "BAB III: evaluasi \
            program periode sebelumnya, dalam Markdown: teks langsung (`evaluasi_periode_lalu: |` \
            lalu teks di baris berikutnya) atau `{berkas: narasi/evaluasi-periode-lalu.md}`. \
            Opsional; bila tidak diisi, dokumen mencetak teks baku.",
        /// BAB IV: isu strategis.
        strategic_issues: Option<Markdown> = "isu_strategis" : "BAB IV: isu strategis, dalam \
            Markdown: teks langsung (`isu_strategis: |` lalu teks di baris berikutnya) atau \
            `{berkas: narasi/isu-strategis.md}`. Opsional; bila tidak diisi, dokumen mencetak teks \
            baku.",
        /// BAB V: kriteria lokasi prioritas.
        location_criteria: Option<Markdown> = "kriteria_lokasi" : "BAB V: kriteria lokasi \
            prioritas, dalam Markdown: teks langsung (`kriteria_lokasi: |` lalu teks di baris \
            berikutnya) atau `{berkas: narasi/kriteria-lokasi.md}`. Opsional; bila tidak diisi, \
            dokumen mencetak teks baku.",
        /// BAB VI: pemantauan dan evaluasi.
        monitoring: Option<Markdown> = "pemantauan_evaluasi" : "BAB VI: pemantauan dan evaluasi, \
            dalam Markdown: teks langsung (`pemantauan_evaluasi: |` lalu teks di baris berikutnya) \
            atau `{berkas: narasi/pemantauan-evaluasi.md}`. Opsional; bila tidak diisi, dokumen \
            mencetak teks baku.",
        /// BAB VII: penutup.
        closing: Option<Markdown> = "penutup" : "BAB VII: penutup, dalam Markdown: teks langsung \
            (`penutup: |` lalu teks di baris berikutnya) atau `{berkas: narasi/penutup.md}`. \
            Opsional; bila tidak diisi, dokumen mencetak teks baku.",
    }
}

impl Narrative {
    /// Every chapter given, mutably, for `load` to read the files they name.
    pub fn chapters_mut(&mut self) -> impl Iterator<Item = &mut Markdown> {
        [
            &mut self.foreword,
            &mut self.background,
            &mut self.purpose,
            &mut self.general_conditions,
            &mut self.poverty_characteristics,
            &mut self.problems,
            &mut self.previous_evaluation,
            &mut self.strategic_issues,
            &mut self.location_criteria,
            &mut self.monitoring,
            &mut self.closing,
        ]
        .into_iter()
        .filter_map(Option::as_mut)
    }
}

impl crate::schema::Schema for Markdown {
    fn schema(defs: &mut crate::schema::Defs) -> serde_json::Value {
        let file = <MarkdownFile as crate::schema::Schema>::schema(defs);
        serde_json::json!({
            "description": "Teks Markdown langsung, atau `{berkas: narasi/nama-berkas.md}` untuk berkas Markdown di dalam folder rencana.",
            "oneOf": [{ "type": "string" }, file],
        })
    }
}
