//! The message catalogues against the source: every id the code uses exists in both languages
//! with the arguments the code passes, no catalogue holds an id nothing uses, both languages
//! have the same files, and every text follows the house style (no final period, a lowercase
//! start). The ids are found in the source as the literals of `msg!("…")` and
//! `Message::new("…"`, so an id can only be used through them.

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Ids used on purpose without a catalogue entry (the test of the fallback).
const NOT_IN_CATALOGUE: &[&str] = &["no-such-message"];

/// Ids made at run time from the CLI's commands and arguments (`cmd-check-arg-format`): the
/// Indonesian help of each; the unit test of `src/cli/localise.rs` checks them against the
/// clap definition.
const MADE_AT_RUN_TIME: &str = "cmd-";

/// The words of `--help`, which follow clap's conventions (a capital, sentences with a
/// period) rather than the house style of messages.
const HELP: [&str; 2] = ["help-", "cmd-"];

/// Messages that are sentences or paragraphs rather than diagnostics, and may start with a
/// capital or end with a period.
const PROSE: &[&str] = &[
    "init-next-steps",
    "page-reload",
    "page-summary",
    "page-title",
];

/// A call site: the id and the argument names given.
#[derive(Debug)]
struct Use {
    file: String,
    /// `None` for `Message::new`, whose arguments are built at run time.
    args: Option<BTreeSet<String>>,
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `msg!("id", a = …, b = …)` and `Message::new("id", …)` of the source, by id.
fn uses() -> BTreeMap<String, Vec<Use>> {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let mut found: BTreeMap<String, Vec<Use>> = BTreeMap::new();
    for path in files {
        let text = fs::read_to_string(&path).unwrap();
        // Comments hold examples, not uses.
        let code: String = text
            .lines()
            .map(|l| match l.trim_start().starts_with("//") {
                true => "",
                false => l,
            })
            .collect::<Vec<_>>()
            .join("\n");
        for marker in ["msg!(", "Message::new("] {
            let mut rest = code.as_str();
            while let Some(at) = rest.find(marker) {
                rest = &rest[at + marker.len()..];
                let trimmed = rest.trim_start();
                let Some(lit) = trimmed.strip_prefix('"') else {
                    continue;
                };
                let Some(end) = lit.find('"') else { continue };
                let id = &lit[..end];
                if id.is_empty()
                    || !id
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                {
                    continue;
                }
                let args = (marker == "msg!(").then(|| call_args(&lit[end + 1..]));
                found.entry(id.to_owned()).or_default().push(Use {
                    file: path.display().to_string(),
                    args,
                });
            }
        }
    }
    found
}

/// The names of `name = value` arguments at the top level of a call, up to its closing `)`.
fn call_args(text: &str) -> BTreeSet<String> {
    let mut depth = 0i32;
    let mut names = BTreeSet::new();
    let mut in_str = false;
    let mut prev = ' ';
    let mut current = String::new();
    for c in text.chars() {
        if in_str {
            if c == '"' && prev != '\\' {
                in_str = false;
            }
            prev = c;
            continue;
        }
        match c {
            '"' => in_str = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => break,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => current.clear(),
            '=' if depth == 0 && prev != '=' && prev != '!' && prev != '<' && prev != '>' => {
                let name = current.trim().trim_start_matches(',').trim();
                if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
                    names.insert(name.to_owned());
                }
            }
            _ => current.push(c),
        }
        prev = c;
    }
    names
}

/// One catalogue: each message's variables and its text, by id.
struct Catalogue {
    messages: BTreeMap<String, (BTreeSet<String>, String)>,
    files: BTreeSet<String>,
}

fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>, text: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                text.push_str("{}");
                expression_vars(expression, out, text);
            }
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>, text: &mut String) {
    match e {
        ast::Expression::Inline(inline) => inline_vars(inline, out, text),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out, text);
            for v in variants {
                let mut ignored = String::new();
                variables(&v.value, out, if v.default { text } else { &mut ignored });
            }
        }
    }
}

fn inline_vars(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>, text: &mut String) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out, text),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out, text);
            }
        }
        _ => {}
    }
}

fn catalogue(lang: &str) -> Catalogue {
    let mut messages = BTreeMap::new();
    let mut files = BTreeSet::new();
    for entry in fs::read_dir(format!("locales/{lang}")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        assert_eq!(
            path.extension().and_then(|e| e.to_str()),
            Some("ftl"),
            "{} is not a catalogue file",
            path.display()
        );
        files.insert(name);
        let text = fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    let mut shown = String::new();
                    if let Some(value) = &m.value {
                        variables(value, &mut vars, &mut shown);
                    }
                    let id = m.id.name.to_owned();
                    assert!(
                        messages.insert(id.clone(), (vars, shown)).is_none(),
                        "{lang}: `{id}` defined twice"
                    );
                }
                ast::Entry::Term(t) => panic!("{lang}: term `-{}`: use a message", t.id.name),
                ast::Entry::Junk { content } => panic!("{lang}: cannot parse {content:?}"),
                _ => {}
            }
        }
    }
    Catalogue { messages, files }
}

#[test]
fn both_languages_have_the_files_the_binary_embeds() {
    let embedded: BTreeSet<String> = rpkd::i18n::FILES
        .iter()
        .map(|(name, _, _)| name.to_string())
        .collect();
    assert_eq!(catalogue("id").files, embedded, "locales/id");
    assert_eq!(catalogue("en").files, embedded, "locales/en");
}

#[test]
fn every_used_id_is_in_both_catalogues_with_its_arguments_and_every_id_is_used() {
    let uses = uses();
    assert!(
        uses.len() > 50,
        "only {} ids found in the source",
        uses.len()
    );
    let mut problems = Vec::new();
    let code_titles: BTreeSet<String> = rpkd::diag::Code::ALL
        .iter()
        .map(|c| c.title_id().to_owned())
        .collect();
    for lang in ["id", "en"] {
        let cat = catalogue(lang);
        for (id, sites) in &uses {
            if NOT_IN_CATALOGUE.contains(&id.as_str()) {
                continue;
            }
            let Some((vars, _)) = cat.messages.get(id) else {
                problems.push(format!(
                    "{lang}: `{id}` missing (used in {})",
                    sites[0].file
                ));
                continue;
            };
            for site in sites {
                let Some(args) = &site.args else { continue };
                for var in vars.difference(args) {
                    problems.push(format!(
                        "{lang}: `{id}` uses `${var}`, which {} does not pass",
                        site.file
                    ));
                }
            }
        }
        for id in cat.messages.keys() {
            let title = code_titles.contains(id);
            if title && lang == "en" {
                problems.push(format!(
                    "en: `{id}`: English titles live in src/diag/code.rs"
                ));
            }
            if !uses.contains_key(id) && !title && !id.starts_with(MADE_AT_RUN_TIME) {
                problems.push(format!("{lang}: `{id}` is not used by the source"));
            }
        }
    }
    let id = catalogue("id");
    for title in &code_titles {
        if !id.messages.contains_key(title) {
            problems.push(format!("id: the code title `{title}` is missing"));
        }
    }
    // An argument no language prints is a typo or a leftover.
    let en = catalogue("en");
    for (name, sites) in &uses {
        let printed: BTreeSet<&String> = [&id, &en]
            .iter()
            .filter_map(|c| c.messages.get(name))
            .flat_map(|(v, _)| v.iter())
            .collect();
        if printed.is_empty() && !id.messages.contains_key(name) {
            continue;
        }
        for site in sites {
            for arg in site.args.iter().flatten() {
                if !printed.contains(arg) {
                    problems.push(format!(
                        "`{name}`: argument `{arg}` given in {} is printed by neither language",
                        site.file
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_text_follows_the_house_style() {
    let mut problems = Vec::new();
    for lang in ["id", "en"] {
        for (id, (_, text)) in catalogue(lang).messages {
            if PROSE.contains(&id.as_str())
                || id.starts_with("code-")
                || HELP.iter().any(|p| id.starts_with(p))
            {
                continue;
            }
            let text = text.trim();
            if text.ends_with('.') && !text.ends_with("...") {
                problems.push(format!("{lang}: `{id}` ends with a period: {text}"));
            }
            let first = text.split_whitespace().next().unwrap_or("");
            // An acronym (RAT, YAML, PDF), a name in backticks or a proper name may lead.
            let acronym = first.len() > 1
                && first
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(|c| c.is_uppercase());
            let name = ["Markdown"].contains(&first);
            if first.chars().next().is_some_and(char::is_uppercase) && !acronym && !name {
                problems.push(format!("{lang}: `{id}` starts with a capital: {text}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn both_languages_render_every_code_title() {
    for code in rpkd::diag::Code::ALL {
        let id = code.title_in(rpkd::i18n::Lang::Id);
        assert!(
            !id.starts_with("code-"),
            "{}: no Indonesian title",
            code.as_str()
        );
        assert_eq!(code.title_in(rpkd::i18n::Lang::En), code.title());
    }
}
