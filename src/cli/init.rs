//! `rpkd init DIR [--region NAME] [--kind …] [--start YEAR] [--force]`: scaffold a new plan that
//! passes `rpkd check` at once, for a planner to fill in.
//!
//! The scaffold is the files under `templates/init/`, embedded at compile time, with their
//! `${name}` placeholders filled from the options (no template engine: the files are plain YAML
//! and Markdown a maintainer can read as they will come out). The region's kind decides the level
//! digit of the nomenclature codes, the `jenis` and the head's title in the placeholders. The clock
//! is never read: the period starts in `--start`, 2025 unless told. Files are written through
//! [`rpkd::write::write_files`], each whole or not at all; a non-empty directory is refused unless
//! `--force`, and even then only the scaffold's own files are written and nothing is deleted.

use super::output::Output;
use clap::ValueEnum;
use rpkd::i18n::Message;
use rpkd::msg;
use rpkd::render::OutputFile;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The new plan directory (created if needed)
    #[arg(value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    dir: PathBuf,

    /// The region's name without its kind, e.g. `Tangerang`; a leading `Kota`, `Kabupaten` or
    /// `Provinsi` is taken as the kind [default: a `[Nama Daerah]` placeholder]
    #[arg(long, value_name = "NAME", value_parser = parse_region)]
    region: Option<RegionName>,

    /// What kind of region the plan is for [default: the kind `--region` starts with, else kota]
    #[arg(long, value_enum)]
    kind: Option<Kind>,

    /// The first year of the five-year period, from 2000 to 2096; the default is fixed, never
    /// taken from the clock
    #[arg(
        long,
        value_name = "YEAR",
        default_value_t = 2025,
        value_parser = clap::value_parser!(u16).range(i64::from(FIRST_START)..=i64::from(LAST_START))
    )]
    start: u16,

    /// Write into a non-empty DIR: the scaffold's files replace files of the same name, every
    /// other file is kept
    #[arg(long)]
    force: bool,
}

/// The earliest `--start` taken: RPKDs date from Perpres 15/2010; 2000 leaves room for older
/// plans typed in after the fact.
const FIRST_START: u16 = 2000;
/// The latest `--start` taken: the period's last year must stay within 2100, like every year a
/// plan may hold.
const LAST_START: u16 = 2096;

/// The region's kind, as `daerah.jenis` writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    /// A city: Wali Kota, level digit 2
    Kota,
    /// A regency: Bupati, level digit 2
    Kabupaten,
    /// A province: Gubernur, level digit 1
    Provinsi,
}

impl Kind {
    fn key(self) -> &'static str {
        match self {
            Kind::Kota => "kota",
            Kind::Kabupaten => "kabupaten",
            Kind::Provinsi => "provinsi",
        }
    }

    /// As printed before the region's name: `Kota Tangerang`.
    fn label(self) -> &'static str {
        match self {
            Kind::Kota => "Kota",
            Kind::Kabupaten => "Kabupaten",
            Kind::Provinsi => "Provinsi",
        }
    }

    /// The regional head's title.
    fn head(self) -> &'static str {
        match self {
            Kind::Kota => "Wali Kota",
            Kind::Kabupaten => "Bupati",
            Kind::Provinsi => "Gubernur",
        }
    }

    /// The level digit `L` of kegiatan and sub kegiatan codes (Permendagri 90/2019).
    fn digit(self) -> &'static str {
        match self {
            Kind::Provinsi => "1",
            Kind::Kota | Kind::Kabupaten => "2",
        }
    }

    /// What the smallest unit of territory is called in placeholders: a city has kelurahan, a
    /// kabupaten mostly desa.
    fn village(self) -> &'static str {
        match self {
            Kind::Kota => "Kelurahan",
            Kind::Kabupaten | Kind::Provinsi => "Desa",
        }
    }
}

/// `--region` as given, with the kind it started with (`Kota Bogor` → `Bogor`, kota).
#[derive(Debug, Clone)]
pub struct RegionName {
    name: String,
    kind: Option<Kind>,
}

/// Region names are short proper names; anything outside these characters would need escaping in
/// YAML or Markdown, and is far more likely a mistake than a real name.
fn parse_region(text: &str) -> Result<RegionName, String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(c) = text
        .chars()
        .find(|c| !(c.is_alphanumeric() || " .-'’(),".contains(*c)))
    {
        return Err(format!(
            "`{c}` is not allowed in a region name (letters, digits, spaces and `.-'(),` are)"
        ));
    }
    let mut kind = None;
    let mut name = text.as_str();
    for (word, k) in [
        ("kota", Kind::Kota),
        ("kabupaten", Kind::Kabupaten),
        ("kab.", Kind::Kabupaten),
        ("provinsi", Kind::Provinsi),
    ] {
        let (head, rest) = name.split_once(' ').unwrap_or((name, ""));
        if head.eq_ignore_ascii_case(word) {
            kind = Some(k);
            name = rest;
            break;
        }
    }
    if name.is_empty() {
        return Err("the region name is empty (give it without its kind, e.g. `Tangerang`)".into());
    }
    Ok(RegionName {
        name: name.to_owned(),
        kind,
    })
}

/// The kind from `--kind`, or the one `--region` started with, or kota; the two may not disagree.
fn resolve_kind(region: Option<&RegionName>, kind: Option<Kind>) -> Result<Kind, Message> {
    match (region.and_then(|r| r.kind), kind) {
        (Some(named), Some(given)) if named != given => Err(msg!(
            "init-kind-disagrees",
            named = named.key(),
            given = given.key()
        )),
        (named, given) => Ok(given.or(named).unwrap_or(Kind::Kota)),
    }
}

/// One file of the scaffold: the folder inside the plan (`""` for its root), the name, the text.
#[derive(Debug)]
struct ScaffoldFile {
    folder: &'static str,
    file: OutputFile,
}

impl ScaffoldFile {
    fn path(&self) -> PathBuf {
        Path::new(self.folder).join(&self.file.name)
    }
}

const RPKD: &str = include_str!("../../templates/init/rpkd.yaml");
const PROGRAM: &str = include_str!("../../templates/init/program.yaml");
const RAT: &str = include_str!("../../templates/init/rat.yaml");
const NARRATIVE: [(&str, &str); 4] = [
    (
        "kata-pengantar.md",
        include_str!("../../templates/init/narasi/kata-pengantar.md"),
    ),
    (
        "latar-belakang.md",
        include_str!("../../templates/init/narasi/latar-belakang.md"),
    ),
    (
        "kondisi-umum.md",
        include_str!("../../templates/init/narasi/kondisi-umum.md"),
    ),
    (
        "penutup.md",
        include_str!("../../templates/init/narasi/penutup.md"),
    ),
];
const RAT_CONDITIONS: &str = include_str!("../../templates/init/narasi/rat-kondisi.md");
/// The territory of each kind: a kota's kecamatan and kelurahan, a kabupaten's kecamatan with
/// desa and kelurahan, a province's kabupaten and kota.
const TERRITORY_KOTA: &str = include_str!("../../templates/init/fragments/wilayah-kota.yaml");
const TERRITORY_KABUPATEN: &str =
    include_str!("../../templates/init/fragments/wilayah-kabupaten.yaml");
const TERRITORY_PROVINSI: &str =
    include_str!("../../templates/init/fragments/wilayah-provinsi.yaml");

/// The values of the `${name}` placeholders.
fn variables(region: Option<&str>, kind: Kind, start: u16) -> Vec<(&'static str, String)> {
    let name = region.unwrap_or("[Nama Daerah]");
    let province_line = match kind {
        Kind::Provinsi => String::new(),
        Kind::Kota | Kind::Kabupaten => "  # Provinsi tempat daerah berada, misalnya Banten.\n  \
             provinsi: \"[Nama Provinsi]\"\n"
            .to_owned(),
    };
    let place = match kind {
        Kind::Kota => name.to_owned(),
        Kind::Kabupaten => "[Ibu kota kabupaten]".to_owned(),
        Kind::Provinsi => "[Ibu kota provinsi]".to_owned(),
    };
    // A kabupaten/kota compares its figures with its province and the nation; a province with the
    // nation and other provinces (`pembanding`), never with a `provinsi` figure of its own.
    let (territory, comparison, compared, keys, example, rat_example, form) = match kind {
        Kind::Kota => (
            TERRITORY_KOTA,
            "provinsi: 10.5, ",
            "dibandingkan dengan provinsi dan nasional",
            "provinsi, nasional, pembanding",
            format!("[\"[Kecamatan 1]\", kelurahan-fokus-{start}]"),
            "[\"[Kecamatan 1]\"]",
            "\"Kecamatan\" atau \"Kecamatan/Kelurahan\"",
        ),
        Kind::Kabupaten => (
            TERRITORY_KABUPATEN,
            "provinsi: 10.5, ",
            "dibandingkan dengan provinsi dan nasional",
            "provinsi, nasional, pembanding",
            format!("[\"[Kecamatan 1]\", desa-fokus-{start}]"),
            "[\"[Kecamatan 1]\"]",
            "\"Kecamatan\" atau \"Kecamatan/Desa\"",
        ),
        Kind::Provinsi => (
            TERRITORY_PROVINSI,
            "",
            "dibandingkan dengan nasional dan, di `pembanding`, provinsi lain",
            "nasional, pembanding (provinsi lain: {Nama Provinsi: nilai})",
            format!("[lokus-{start}, \"Kota [Nama Kota 1]\"]"),
            "[\"Kabupaten [Nama Kabupaten 1]\"]",
            "\"Kabupaten Nama\" atau \"Kota Nama\"",
        ),
    };
    // The fragment first: it holds placeholders of its own, filled by the ones after it.
    let mut vars = vec![
        ("wilayah", territory.trim_end().to_owned()),
        ("pembanding", comparison.to_owned()),
        ("dibandingkan", compared.to_owned()),
        ("kunci_pembanding", keys.to_owned()),
        ("lokasi_contoh", example),
        ("lokasi_rat", rat_example.to_owned()),
        ("bentuk_lokasi", form.to_owned()),
        ("daerah", name.to_owned()),
        ("jenis", kind.key().to_owned()),
        ("jenis_label", kind.label().to_owned()),
        ("kepala", kind.head().to_owned()),
        ("perkada", format!("Peraturan {}", kind.head())),
        ("digit", kind.digit().to_owned()),
        ("desa", kind.village().to_owned()),
        ("tempat", place),
        ("baris_provinsi", province_line),
    ];
    for (offset, name) in (0u16..).zip(["t0", "t1", "t2", "t3", "t4", "t5"]) {
        // `t0` is the year before the period: baselines and the last published figures.
        vars.push((name, (start - 1 + offset).to_string()));
    }
    vars
}

/// Replace every `${name}` in `template`.
fn fill(template: &str, vars: &[(&str, String)]) -> String {
    let mut text = template.to_owned();
    for (name, value) in vars {
        text = text.replace(&format!("${{{name}}}"), value);
    }
    text
}

/// Every file of the scaffold, `rpkd.yaml` last: a scaffold cut short by a failed write is then
/// not yet a plan.
fn scaffold(region: Option<&str>, kind: Kind, start: u16) -> Vec<ScaffoldFile> {
    let vars = variables(region, kind, start);
    let file = |folder, name: String, template: &str| ScaffoldFile {
        folder,
        file: OutputFile {
            name,
            bytes: fill(template, &vars).into_bytes(),
        },
    };
    let mut files: Vec<ScaffoldFile> = NARRATIVE
        .iter()
        .map(|(name, template)| file("narasi", (*name).to_owned(), template))
        .collect();
    files.push(file(
        "narasi",
        format!("rat-{start}-kondisi.md"),
        RAT_CONDITIONS,
    ));
    // The schemas the files' modelines point at, so an editor completes and checks at once.
    for (name, schema) in rpkd::schema::all() {
        files.push(ScaffoldFile {
            folder: "schema",
            file: OutputFile {
                name: name.to_owned(),
                bytes: rpkd::schema::to_text(&schema).into_bytes(),
            },
        });
    }
    files.push(file("program", "contoh.yaml".to_owned(), PROGRAM));
    files.push(file("rat", format!("{start}.yaml"), RAT));
    files.push(file("", "rpkd.yaml".to_owned(), RPKD));
    files
}

pub fn run(args: Args, out: &Output) -> ExitCode {
    let kind = match resolve_kind(args.region.as_ref(), args.kind) {
        Ok(kind) => kind,
        Err(message) => {
            out.error(&message);
            return ExitCode::from(2);
        }
    };
    let files = scaffold(
        args.region.as_ref().map(|r| r.name.as_str()),
        kind,
        args.start,
    );
    if let Err(message) = ready(&args.dir, &files, args.force) {
        out.error(&msg!("init-nothing-written", why = message));
        return ExitCode::FAILURE;
    }
    for folder in ["narasi", "schema", "program", "rat", ""] {
        let batch: Vec<OutputFile> = files
            .iter()
            .filter(|f| f.folder == folder)
            .map(|f| f.file.clone())
            .collect();
        if let Err(e) = rpkd::write::write_files(&args.dir.join(folder), &batch) {
            out.error(&e.message());
            return ExitCode::FAILURE;
        }
    }
    if !out.quiet {
        out.raw(&report(&args.dir, &files, out));
    }
    ExitCode::SUCCESS
}

/// Whether the scaffold may be written into `dir`: it is absent or empty, or `--force` was given
/// and nothing stands where a scaffold file or folder goes. Checked before anything is written.
fn ready(dir: &Path, files: &[ScaffoldFile], force: bool) -> Result<(), Message> {
    let mut entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(_) if !dir.exists() => return Ok(()),
        Err(_) if !dir.is_dir() => return Err(msg!("init-not-a-folder", path = dir)),
        Err(e) => {
            return Err(msg!(
                "error-read",
                path = dir,
                cause = rpkd::error::io_cause(&e)
            ));
        }
    };
    if entries.next().is_none() {
        return Ok(());
    }
    if !force {
        return Err(msg!("init-not-empty", path = dir));
    }
    for file in files {
        if !file.folder.is_empty() {
            let folder = dir.join(file.folder);
            if folder.exists() && !folder.is_dir() {
                return Err(msg!(
                    "init-folder-in-the-way",
                    path = folder.as_path(),
                    folder = file.folder
                ));
            }
        }
        let path = dir.join(file.path());
        if path.exists() && !path.is_file() {
            return Err(msg!(
                "init-file-in-the-way",
                path = path.as_path(),
                file = file.path().as_path()
            ));
        }
    }
    Ok(())
}

/// What was written and what to do next.
fn report(dir: &Path, files: &[ScaffoldFile], out: &Output) -> String {
    let mut paths: Vec<String> = files
        .iter()
        .map(|f| f.path().to_string_lossy().replace('\\', "/"))
        .collect();
    paths.sort_by_key(|p| (p.contains('/'), p.clone()));
    let shown = shell_word(&dir.to_string_lossy());
    let mut text = out.text(&msg!("init-created", path = dir, files = files.len()));
    text.push('\n');
    for path in &paths {
        text.push_str(&format!("  {path}\n"));
    }
    text.push('\n');
    text.push_str(&out.text(&msg!("init-next-steps", dir = shown)));
    text.push('\n');
    text
}

/// `text` as one shell word, quoted only when it has to be.
fn shell_word(text: &str) -> String {
    if !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:@+".contains(c))
    {
        text.to_owned()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_placeholder_is_filled_for_every_kind() {
        for kind in [Kind::Kota, Kind::Kabupaten, Kind::Provinsi] {
            for region in [None, Some("Tangerang")] {
                for file in scaffold(region, kind, 2030) {
                    let text = String::from_utf8(file.file.bytes.clone()).unwrap();
                    assert!(
                        !text.contains("${"),
                        "{kind:?} {}: {text}",
                        file.path().display()
                    );
                }
            }
        }
    }

    #[test]
    fn yaml_files_start_with_the_schema_modeline() {
        let expected = [
            ("rpkd.yaml", "schema/rpkd.schema.json"),
            ("program/contoh.yaml", "../schema/program.schema.json"),
            ("rat/2025.yaml", "../schema/rat.schema.json"),
        ];
        let files = scaffold(None, Kind::Kota, 2025);
        for (path, schema) in expected {
            let file = files
                .iter()
                .find(|f| f.path() == Path::new(path))
                .unwrap_or_else(|| panic!("no {path}"));
            let first = std::str::from_utf8(&file.file.bytes)
                .unwrap()
                .lines()
                .next()
                .unwrap();
            assert_eq!(first, format!("# yaml-language-server: $schema={schema}"));
        }
    }

    #[test]
    fn kind_sets_level_digit_and_title() {
        let text = |kind| {
            scaffold(Some("Contoh"), kind, 2025)
                .into_iter()
                .map(|f| String::from_utf8(f.file.bytes).unwrap())
                .collect::<String>()
        };
        let province = text(Kind::Provinsi);
        assert!(province.contains("\"1.06.05.1.02.0006\""));
        assert!(province.contains("jabatan: \"Gubernur Contoh\""));
        assert!(!province.contains("provinsi: \"[Nama Provinsi]\""));
        let regency = text(Kind::Kabupaten);
        assert!(regency.contains("\"1.06.05.2.02.0006\""));
        assert!(regency.contains("nama: \"[Nama Bupati]\""));
        assert!(regency.contains("provinsi: \"[Nama Provinsi]\""));
    }

    #[test]
    fn region_names_carry_their_kind() {
        let r = parse_region("  Kota   Bogor ").unwrap();
        assert_eq!((r.name.as_str(), r.kind), ("Bogor", Some(Kind::Kota)));
        let r = parse_region("kabupaten Kepulauan Seribu").unwrap();
        assert_eq!(r.kind, Some(Kind::Kabupaten));
        // A name that merely begins like a kind is a name.
        let r = parse_region("Kotawaringin Barat").unwrap();
        assert_eq!((r.name.as_str(), r.kind), ("Kotawaringin Barat", None));
        assert!(parse_region("Kota ").is_err());
        assert!(parse_region("Bogor\"\nx: 1").is_err());
        assert!(parse_region("[Bogor]").is_err());
    }

    #[test]
    fn kinds_from_name_and_flag_must_agree() {
        let bogor = parse_region("Kota Bogor").unwrap();
        assert_eq!(resolve_kind(Some(&bogor), None), Ok(Kind::Kota));
        assert_eq!(resolve_kind(Some(&bogor), Some(Kind::Kota)), Ok(Kind::Kota));
        assert!(resolve_kind(Some(&bogor), Some(Kind::Kabupaten)).is_err());
        assert_eq!(resolve_kind(None, None), Ok(Kind::Kota));
        assert_eq!(resolve_kind(None, Some(Kind::Provinsi)), Ok(Kind::Provinsi));
    }

    #[test]
    fn paths_are_quoted_for_the_shell_only_when_needed() {
        assert_eq!(shell_word("plans/kota-bogor"), "plans/kota-bogor");
        assert_eq!(shell_word("my plan"), "'my plan'");
        assert_eq!(shell_word("it's"), r"'it'\''s'");
    }
}
