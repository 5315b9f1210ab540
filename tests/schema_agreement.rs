//! The JSON Schemas and `rpkd check` judge the same values the same way. Each case changes one
//! value of the valid base plan; the changed file is validated against its schema (boon, as an
//! editor's language server would, after the YAML is read as JSON data) and the plan is checked.
//! Both must accept it, or both refuse it. Cases keep to what a schema can judge in one file
//! (shapes, types, ranges, patterns); references between files are `check`'s alone.

mod common;
use common::copy_dir;

use serde_json::Value;
use std::fs;
use std::path::Path;

struct Case {
    what: &'static str,
    file: &'static str,
    find: &'static str,
    replace: &'static str,
    valid: bool,
}

const fn case(
    what: &'static str,
    file: &'static str,
    find: &'static str,
    replace: &'static str,
    valid: bool,
) -> Case {
    Case {
        what,
        file,
        find,
        replace,
        valid,
    }
}

const RPKD: &str = "rpkd.yaml";
const RAT: &str = "rat/2025.yaml";
const PROGRAM: &str = "program/dinsos.yaml";

const CASES: &[Case] = &[
    case("the base plan", RPKD, "mulai: 2025", "mulai: 2025", true),
    case(
        "a quoted year",
        RPKD,
        "mulai: 2025",
        "mulai: \"2025\"",
        true,
    ),
    case(
        "a quoted RAT year",
        RAT,
        "tahun: 2025",
        "tahun: '2025'",
        true,
    ),
    case(
        "a year key quoted",
        PROGRAM,
        "{2025: 1500000000,",
        "{\"2025\": 1500000000,",
        true,
    ),
    case(
        "a quoted year with a space",
        RPKD,
        "mulai: 2025",
        "mulai: \"2025 \"",
        false,
    ),
    case("a two-digit year", RPKD, "mulai: 2025", "mulai: 25", false),
    case(
        "a year past 2100",
        RAT,
        "tahun: 2025",
        "tahun: \"2125\"",
        false,
    ),
    case(
        "an empty optional value (~)",
        RPKD,
        "provinsi: 5.7",
        "provinsi: ~",
        true,
    ),
    case(
        "an empty optional value (nothing)",
        RPKD,
        "provinsi: 5.7,",
        "provinsi: ,",
        true,
    ),
    case(
        "an empty required value",
        RPKD,
        "mulai: 2025",
        "mulai: ~",
        false,
    ),
    case(
        "an amount in exponent notation",
        RAT,
        "alokasi: 1500000000",
        "alokasi: 1.5e9",
        true,
    ),
    case(
        "an amount in exponent notation, capital E",
        RAT,
        "alokasi: 1500000000",
        "alokasi: 15E+8",
        true,
    ),
    case(
        "an exponent that leaves a fraction",
        RAT,
        "alokasi: 1500000000",
        "alokasi: 1.5e-3",
        false,
    ),
    case(
        "an amount with a decimal fraction",
        RAT,
        "alokasi: 1500000000",
        "alokasi: 1500000000.5",
        false,
    ),
    case(
        "a negative amount",
        RAT,
        "alokasi: 1500000000",
        "alokasi: -1500000000",
        false,
    ),
    case(
        "an amount above Rp100 triliun",
        RAT,
        "alokasi: 1500000000",
        "alokasi: 1.5e15",
        false,
    ),
    case(
        "an amount with thousands dots",
        RAT,
        "alokasi: 1500000000",
        "alokasi: 1.500.000.000",
        false,
    ),
    case(
        "an amount with Rp",
        RAT,
        "alokasi: 1500000000",
        "alokasi: Rp1500000000",
        false,
    ),
    case(
        "a real date",
        RPKD,
        "tanggal: 2025-07-14",
        "tanggal: 2024-02-29",
        true,
    ),
    case(
        "a day February lacks",
        RPKD,
        "tanggal: 2025-07-14",
        "tanggal: 2025-02-29",
        false,
    ),
    case(
        "1900 was no leap year",
        RPKD,
        "tanggal: 2025-07-14",
        "tanggal: 1900-02-29",
        false,
    ),
    case(
        "a 31st of a 30-day month",
        RPKD,
        "tanggal: 2025-07-14",
        "tanggal: 2025-06-31",
        false,
    ),
    case(
        "month 13",
        RPKD,
        "tanggal: 2025-07-14",
        "tanggal: 2025-13-01",
        false,
    ),
    case(
        "a date with a one-digit day",
        RPKD,
        "tanggal: 2025-07-14",
        "tanggal: 2025-07-4",
        false,
    ),
    case(
        "an unknown key",
        RAT,
        "tahun: 2025",
        "tahun: 2025\ncatatan: x",
        false,
    ),
    case(
        "an unknown keyword",
        PROGRAM,
        "strategi: S1",
        "strategi: S1\n    jenis: langsungg",
        false,
    ),
    case(
        "text where a number goes",
        RAT,
        "output: 300}",
        "output: banyak}",
        false,
    ),
    case(
        "a count as text",
        RAT,
        "output: 300}",
        "output: \"300\"}",
        false,
    ),
    case("a boolean as yes", RPKD, "mulai: 2025", "mulai: yes", false),
];

fn schema_for(file: &str) -> &'static str {
    match file {
        RPKD => "schema/rpkd.schema.json",
        RAT => "schema/rat.schema.json",
        _ => "schema/program.schema.json",
    }
}

#[test]
fn schemas_and_check_agree_on_every_case() {
    let mut compiler = boon::Compiler::new();
    let mut schemas = boon::Schemas::new();
    let mut index = std::collections::HashMap::new();
    for path in [RPKD, RAT, PROGRAM].map(schema_for) {
        let json: Value = serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
        let url = format!("file:///{path}");
        compiler.add_resource(&url, json).unwrap();
        index.insert(path, compiler.compile(&url, &mut schemas).unwrap());
    }
    let mut disagreements = Vec::new();
    for case in CASES {
        let temp = tempfile::tempdir().unwrap();
        let plan = temp.path().join("plan");
        copy_dir(Path::new("tests/fixtures/base"), &plan);
        let path = plan.join(case.file);
        let text = fs::read_to_string(&path).unwrap();
        assert_eq!(
            text.matches(case.find).count(),
            1,
            "{}: `{}`",
            case.what,
            case.find
        );
        let changed = text.replace(case.find, case.replace);
        fs::write(&path, &changed).unwrap();

        let checked = rpkd::check(&plan).unwrap();
        let check_ok = checked.diagnostics.is_empty();
        let data: Option<Value> = serde_saphyr::from_str(&changed).ok();
        let schema_ok = data
            .as_ref()
            .is_some_and(|d| schemas.validate(d, index[schema_for(case.file)]).is_ok());
        if check_ok != schema_ok || check_ok != case.valid {
            let report = rpkd::diag::render::render(
                rpkd::diag::render::Format::Short,
                rpkd::i18n::Lang::En,
                &[(&checked.sources, checked.diagnostics.as_slice())],
                false,
            );
            disagreements.push(format!(
                "{}: expected {}, check {}, schema {} (data {:?})\n{report}",
                case.what,
                if case.valid { "valid" } else { "invalid" },
                if check_ok { "accepts" } else { "refuses" },
                if schema_ok { "accepts" } else { "refuses" },
                data.map(|d| d.to_string().chars().take(80).collect::<String>())
            ));
        }
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
}

/// The values the two cannot judge alike, pinned so they stay a known limit: a whole number
/// written with a decimal point. YAML reads `2.000` (two thousand, as Indonesians write it) as
/// the number 2 and `2025.0` as 2025, and JSON data cannot tell `2.000` from `2`, so a schema's
/// `integer` accepts both. `check` sees the text and refuses them (E005) with a hint, rather
/// than read Rp2.
#[test]
fn a_decimal_point_in_a_whole_number_is_refused_by_check_though_json_cannot_see_it() {
    for (file, find, replace) in [
        (RAT, "alokasi: 1500000000", "alokasi: 1.500"),
        (RPKD, "mulai: 2025", "mulai: 2025.0"),
    ] {
        let temp = tempfile::tempdir().unwrap();
        let plan = temp.path().join("plan");
        copy_dir(Path::new("tests/fixtures/base"), &plan);
        let path = plan.join(file);
        let text = fs::read_to_string(&path).unwrap();
        fs::write(&path, text.replace(find, replace)).unwrap();
        let checked = rpkd::check(&plan).unwrap();
        assert!(
            checked
                .diagnostics
                .iter()
                .any(|d| d.code.as_str() == "E005"),
            "{replace}: {:?}",
            checked.diagnostics
        );
    }
}
