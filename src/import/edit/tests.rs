use super::*;
use crate::load::yaml::parse;
use crate::source::FileId;

fn v(yaml: &str, tag: usize) -> Value {
    Value {
        yaml: yaml.into(),
        tag,
    }
}

fn edit(text: &str, changes: &FileChanges) -> Edited {
    let root = parse(FileId(0), text).expect("valid YAML");
    let edited = apply(text, &root, changes).expect("placeable");
    // The result is still YAML, and every tag points at the text written for it.
    parse(FileId(0), &edited.text).expect("the edit keeps the file valid YAML");
    edited
}

const FLOW: &str = "\
tahun: 2025
rencana_aksi:
  # Dinas Sosial
  - sub_kegiatan: \"1.06.05.2.02.0001\"
    target: 45000   # rumah tangga
    alokasi: 1850000000
    realisasi:
      - {triwulan: 1, anggaran: 296000000, output: 8200}
      - {triwulan: 3, anggaran: 555000000, output: 14300}
    keterangan: 'Data ''DTSEN'''

  - sub_kegiatan: \"1.06.05.2.02.0006\"
    target: 2600
    alokasi: {apbd: 6000000000, csr: 1800000000}
    keterangan: Bantuan tunai
";

fn quarter(q: u8, output: &str, spent: &[(Option<&str>, &str)], tag: usize) -> QuarterChange {
    QuarterChange {
        quarter: q,
        output: Some(v(output, tag)),
        spent: spent
            .iter()
            .map(|(k, a)| (k.map(String::from), v(a, tag + 1)))
            .collect(),
        anchor: tag + 2,
    }
}

#[test]
fn only_changed_figures_are_rewritten() {
    let changes = FileChanges {
        lines: vec![LineChange {
            code: "1.06.05.2.02.0001".into(),
            quarters: vec![QuarterChange {
                quarter: 1,
                output: Some(v("8250", 1)),
                spent: vec![(None, v("296500000", 2))],
                anchor: 3,
            }],
            ..LineChange::default()
        }],
        proposals: vec![],
    };
    let edited = edit(FLOW, &changes);
    let expected = FLOW.replace(
        "anggaran: 296000000, output: 8200",
        "anggaran: 296500000, output: 8250",
    );
    assert_eq!(edited.text, expected);
    let at = |tag| {
        edited
            .placed
            .iter()
            .find(|(_, t)| *t == tag)
            .map(|(r, _)| &edited.text[r.clone()])
    };
    assert_eq!(at(1), Some("8250"));
    assert_eq!(at(2), Some("296500000"));
}

#[test]
fn a_new_quarter_goes_in_order_in_the_files_style() {
    let changes = FileChanges {
        lines: vec![LineChange {
            code: "1.06.05.2.02.0001".into(),
            quarters: vec![
                quarter(2, "12900", &[(None, "499500000")], 10),
                quarter(4, "10720", &[(None, "440300000")], 20),
            ],
            ..LineChange::default()
        }],
        proposals: vec![],
    };
    let edited = edit(FLOW, &changes);
    let expected = FLOW
        .replace(
            "      - {triwulan: 3,",
            "      - {triwulan: 2, anggaran: 499500000, output: 12900}\n      - {triwulan: 3,",
        )
        .replace(
            "output: 14300}\n",
            "output: 14300}\n      - {triwulan: 4, anggaran: 440300000, output: 10720}\n",
        );
    assert_eq!(edited.text, expected);
}

#[test]
fn a_line_without_realisation_gets_the_key_before_its_notes_and_sources_stay_split() {
    let changes = FileChanges {
        lines: vec![LineChange {
            code: "1.06.05.2.02.0006".into(),
            quarters: vec![quarter(
                1,
                "2450",
                &[(Some("apbd"), "1500000000"), (Some("csr"), "333000000")],
                1,
            )],
            notes: Some(v("\"Dimulai: Februari\"", 9)),
            ..LineChange::default()
        }],
        proposals: vec![],
    };
    let edited = edit(FLOW, &changes);
    let expected = FLOW.replace(
        "    keterangan: Bantuan tunai\n",
        "    realisasi:\n      - {triwulan: 1, anggaran: {apbd: 1500000000, csr: 333000000}, output: 2450}\n    keterangan: \"Dimulai: Februari\"\n",
    );
    assert_eq!(edited.text, expected);
}

#[test]
fn notes_keep_their_quoting() {
    let changes = FileChanges {
        lines: vec![LineChange {
            code: "1.06.05.2.02.0001".into(),
            notes: Some(v(&yaml_string("Data 'DTSEN' 2025"), 1)),
            ..LineChange::default()
        }],
        proposals: vec![],
    };
    let edited = edit(FLOW, &changes);
    assert!(
        edited
            .text
            .contains("    keterangan: 'Data ''DTSEN'' 2025'\n"),
        "{}",
        edited.text
    );
}

#[test]
fn block_entries_and_crlf_are_kept() {
    let text = "rencana_aksi:\r\n- sub_kegiatan: \"1.02.02.2.02.0026\"\r\n  target: 10\r\n  realisasi:\r\n  - triwulan: 1\r\n    output: 5\r\n    anggaran: 100\r\n";
    let changes = FileChanges {
        lines: vec![LineChange {
            code: "1.02.02.2.02.0026".into(),
            quarters: vec![quarter(2, "3", &[(None, "50")], 1)],
            ..LineChange::default()
        }],
        proposals: vec![],
    };
    let edited = edit(text, &changes);
    assert_eq!(
        edited.text,
        format!("{text}  - triwulan: 2\r\n    output: 3\r\n    anggaran: 50\r\n")
    );
}

#[test]
fn proposals_are_appended_as_lines_with_a_comment() {
    let changes = FileChanges {
        lines: vec![],
        proposals: vec![NewLine {
            fields: vec![
                ("sub_kegiatan", v("\"1.06.05.2.02.0007\"", 1)),
                ("target", v("500", 2)),
                ("alokasi", v("2500000000", 3)),
                ("sumber_dana", v("apbd", 4)),
                ("jenis_bantuan", v("barang", 5)),
            ],
            comment: "Usulan DINSOS (dinsos-2025.xlsx)".into(),
            anchor: 6,
        }],
    };
    let edited = edit(FLOW, &changes);
    assert_eq!(
        edited.text,
        format!(
            "{FLOW}\n  # Usulan DINSOS (dinsos-2025.xlsx)\n  - sub_kegiatan: \"1.06.05.2.02.0007\"\n    target: 500\n    alokasi: 2500000000\n    sumber_dana: apbd\n    jenis_bantuan: barang\n"
        )
    );
}

#[test]
fn strings_are_plain_only_where_yaml_reads_them_back() {
    assert_eq!(yaml_string("Bantuan tunai"), "Bantuan tunai");
    assert_eq!(yaml_string("Catatan: terlambat"), "\"Catatan: terlambat\"");
    assert_eq!(yaml_string("123"), "\"123\"");
    assert_eq!(yaml_string("yes"), "\"yes\"");
    assert_eq!(yaml_string("baris\nkedua"), "\"baris\\nkedua\"");
    assert_eq!(yaml_string("- daftar"), "\"- daftar\"");
}
