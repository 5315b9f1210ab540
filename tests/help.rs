//! `--help`, `-h`, `help` and usage errors through the binary, in Bahasa Indonesia (the
//! default) and in English (`--lang en`, `RPKD_LANG=en`, an English locale).

use assert_cmd::Command;

/// The binary with no language in its environment: Bahasa Indonesia.
fn rpkd() -> Command {
    let mut cmd = Command::cargo_bin("rpkd").unwrap();
    for var in [
        "RPKD_LANG",
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
        "CLICOLOR_FORCE",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("NO_COLOR", "1");
    cmd
}

fn stdout(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn has_all(text: &str, wanted: &[&str]) {
    for w in wanted {
        assert!(text.contains(w), "missing {w:?} in:\n{text}");
    }
}

fn has_none(text: &str, unwanted: &[&str]) {
    for w in unwanted {
        assert!(!text.contains(w), "{w:?} in:\n{text}");
    }
}

/// clap's English words, which the Indonesian help must not show.
const CLAP_ENGLISH: &[&str] = &[
    "Usage:",
    "Commands:",
    "Options:",
    "Arguments:",
    "Possible values:",
    "[default:",
    "[possible values:",
    "Print help",
    "Print version",
    "[OPTIONS]",
    "<COMMAND>",
    "Examples:",
    "Exit status:",
    "Environment:",
];

#[test]
fn top_help_is_indonesian_by_default() {
    for args in [&["--help"][..], &["-h"], &["help"]] {
        let text = stdout(rpkd().args(args));
        has_all(
            &text,
            &[
                "Penggunaan: rpkd [OPSI] <PERINTAH>",
                "Perintah:\n  check        Periksa satu rencana atau lebih",
                "Opsi:\n",
                "  -h, --help",
                "Tampilkan bantuan",
                "Tampilkan versi",
                "help         Tampilkan bantuan ini",
            ],
        );
        has_none(&text, CLAP_ENGLISH);
    }
    let long = stdout(rpkd().arg("--help"));
    has_all(
        &long,
        &[
            "Nilai yang dapat dipilih:\n          - auto:   Berwarna di terminal",
            "[bawaan: auto]",
            "Contoh:\n  rpkd init plans/kota-serang",
            "Kode keluar:\n  0  Berhasil",
            "Variabel lingkungan:\n  RPKD_LANG",
        ],
    );
    let short = stdout(rpkd().arg("-h"));
    has_all(
        &short,
        &["[bawaan: auto] [nilai yang dapat dipilih: auto, always, never]"],
    );
}

#[test]
fn check_help_in_both_languages() {
    let id = stdout(rpkd().args(["check", "--help"]));
    has_all(
        &id,
        &[
            "Periksa satu rencana atau lebih dan laporkan semua masalah sekaligus",
            "Penggunaan: rpkd check [OPSI] [PLAN_DIR]...",
            "Argumen:\n  [PLAN_DIR]...\n          Folder rencana (masing-masing berisi `rpkd.yaml`)",
            "      --format <FORMAT>\n          Bentuk keluaran diagnostik",
            "- sarif:  SARIF 2.1.0, untuk GitHub code scanning",
            "[bawaan: human]",
            "      --deny-warnings\n          Gagal (kode keluar 1) juga bila ada peringatan",
            "[bawaan: 64]",
            "Tampilkan bantuan (ringkasannya dengan '-h')",
            "  rpkd check plans/kota-tangerang\n      Memeriksa satu rencana",
            "GITHUB_STEP_SUMMARY",
        ],
    );
    has_none(&id, CLAP_ENGLISH);
    let in_help = stdout(rpkd().args(["help", "check"]));
    assert_eq!(in_help, id, "`rpkd help check` is `rpkd check --help`");

    let en = stdout(rpkd().args(["--lang", "en", "check", "--help"]));
    has_all(
        &en,
        &[
            "Check one or more plans and report every problem at once",
            "Usage: rpkd check [OPTIONS] [PLAN_DIR]...",
            "Arguments:\n  [PLAN_DIR]...\n          Plan directories (each holds an `rpkd.yaml`)",
            "Options:\n      --format <FORMAT>\n          How to print diagnostics",
            "Possible values:\n          - human:  Snippets of the offending lines",
            "[default: human]",
            "Print help (see a summary with '-h')",
            "Examples:\n  rpkd check\n      Check every plan under `plans/`.",
            "Exit status:",
        ],
    );
    has_none(&en, &["Penggunaan", "Opsi:", "bawaan", "Periksa"]);
    for env in [("RPKD_LANG", "en"), ("LANG", "en_US.UTF-8")] {
        let by_env = stdout(rpkd().env(env.0, env.1).args(["check", "--help"]));
        assert_eq!(by_env, en, "{env:?}");
    }
    // `--lang id` wins over an English environment.
    let forced = stdout(
        rpkd()
            .env("LANG", "en_US.UTF-8")
            .args(["check", "--help", "--lang=id"]),
    );
    assert_eq!(forced, id);
}

#[test]
fn every_subcommand_help_is_indonesian() {
    for sub in [
        "check",
        "build",
        "init",
        "completions",
        "man",
        "serve",
        "schema",
        "ekspor",
        "impor",
        "banding",
    ] {
        let text = stdout(rpkd().args([sub, "--help"]));
        has_none(&text, CLAP_ENGLISH);
        assert!(text.contains("Penggunaan: rpkd "), "{sub}:\n{text}");
    }
}

fn usage_error(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(2), "usage errors exit with 2");
    assert!(out.stdout.is_empty());
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn usage_errors_in_both_languages_exit_with_2() {
    let id = usage_error(rpkd().args(["check", "--frmat", "json"]));
    assert_eq!(
        id,
        "kesalahan: argumen `--frmat` tidak dikenal\n\n  \
         saran: ada argumen yang mirip: `--format`\n\n\
         Penggunaan: rpkd check [OPSI] [PLAN_DIR]...\n\n\
         keterangan lebih lanjut: `--help`\n"
    );
    let en = usage_error(rpkd().args(["--lang", "en", "check", "--frmat", "json"]));
    assert_eq!(
        en,
        "error: unexpected argument `--frmat`\n\n  \
         tip: a similar argument exists: `--format`\n\n\
         Usage: rpkd check [OPTIONS] [PLAN_DIR]...\n\n\
         for more information, try `--help`\n"
    );

    let id = usage_error(rpkd().args(["check", "--format", "xml"]));
    has_all(
        &id,
        &[
            "kesalahan: nilai `xml` tidak berlaku untuk `--format <FORMAT>` (nilai yang dapat dipilih: `human`, `short`, `json`, `github`, `sarif`, `gitlab`)",
        ],
    );
    let en = usage_error(
        rpkd()
            .env("RPKD_LANG", "en")
            .args(["check", "--format", "xml"]),
    );
    has_all(
        &en,
        &["error: invalid value `xml` for `--format <FORMAT>` (possible values: `human`,"],
    );

    let id = usage_error(rpkd().args(["check", "--format"]));
    has_all(
        &id,
        &["kesalahan: `--format <FORMAT>` memerlukan nilai, tetapi tidak ada nilai yang diberikan"],
    );
    let id = usage_error(rpkd().args(["check", "--max-file-mb", "5000"]));
    has_all(
        &id,
        &[
            "kesalahan: nilai `5000` tidak berlaku untuk `--max-file-mb <MB>` (5000 di luar rentang 1 sampai 4096)",
        ],
    );
    let id = usage_error(rpkd().args(["check", "--max-file-mb", "banyak"]));
    has_all(&id, &["(bukan bilangan bulat)"]);
    let id = usage_error(rpkd().args(["init"]));
    has_all(
        &id,
        &[
            "kesalahan: argumen wajib `<DIR>` belum diberikan",
            "Penggunaan: rpkd init",
        ],
    );
    let id = usage_error(rpkd().args(["chek"]));
    has_all(
        &id,
        &[
            "kesalahan: subperintah `chek` tidak dikenal",
            "saran: ada beberapa subperintah yang mirip: `schema`, `check`",
        ],
    );
    let id = usage_error(rpkd().args(["check", "-q", "-v"]));
    has_all(
        &id,
        &["kesalahan: argumen `--quiet` tidak dapat dipakai bersama `--verbose...`"],
    );
    let en = usage_error(rpkd().args(["--lang", "en", "init"]));
    has_all(
        &en,
        &[
            "error: the required argument `<DIR>` was not provided",
            "Usage: rpkd init [OPTIONS] <DIR>",
        ],
    );

    // Without a subcommand: the help, on stderr, in the language.
    let id = usage_error(&mut rpkd());
    has_all(&id, &["Penggunaan: rpkd [OPSI] <PERINTAH>"]);
}
