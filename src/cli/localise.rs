//! The clap definition in the run's language: `--help`, `-h`, `help` and the usage lines.
//!
//! The English texts are the doc comments clap derives (the one source of the English help);
//! the Indonesian ones live in `locales/id/help.ftl` under ids named after the command and the
//! argument ([`key`]): `cmd-check` (the about), `cmd-check-long` (the long about), `cmd-check-arg-format`
//! (an argument's help), `cmd-check-arg-format-long`, `cmd-check-arg-format-val-json` (a possible
//! value). The words clap writes itself — headings, `[default: …]`, the possible values, the help
//! and version flags, `[OPTIONS]` — come from both catalogues (`help-…`), so clap's own English
//! is replaced the same way in both languages. A unit test fails when a command, an argument or
//! a value has no Indonesian text, or when the catalogue holds one nothing uses.
//!
//! The language is known before parsing ([`lang_before_parsing`]), since the help and the
//! usage errors are printed by the parser.

use clap::builder::StyledStr;
use clap::{Arg, ArgAction, Command};
use rpkd::i18n::{Lang, Message, catalogue};
use rpkd::msg;
use std::ffi::OsString;

/// The language of this run, from the raw arguments and the environment: `--lang id|en` or
/// `--lang=id|en` anywhere before `--`, else [`Lang::from_env`]. A `--lang` value that names
/// no language is left for the parser to report (in the environment's language).
pub fn lang_before_parsing(args: &[OsString], var: impl Fn(&str) -> Option<String>) -> Lang {
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        let value = match arg.as_ref() {
            "--" => break,
            "--lang" => args.next().map(|v| v.into_owned()),
            other => other.strip_prefix("--lang=").map(str::to_owned),
        };
        let chosen = match value.as_deref() {
            Some("id") => Some(Lang::Id),
            Some("en") => Some(Lang::En),
            _ => None,
        };
        if let Some(lang) = chosen {
            return lang;
        }
    }
    Lang::from_env(var).lang
}

/// The catalogue id of a derived text: `cmd-` + the command's path (`rpkd` for the top
/// command, `check` for `rpkd check`) + `rest`.
pub fn key(path: &[String], rest: &str) -> String {
    match path {
        [] => format!("cmd-rpkd{rest}"),
        _ => format!("cmd-{}{rest}", path.join("-")),
    }
}

/// One text clap derives from a doc comment: its catalogue id and its English.
#[cfg(test)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Derived {
    pub id: String,
    pub english: String,
}

/// Every text of the definition that needs an Indonesian entry, commands depth first, before
/// [`localise`] (on the definition as derived).
#[cfg(test)]
pub fn derived(command: &Command) -> Vec<Derived> {
    let mut out = Vec::new();
    collect(command, &mut Vec::new(), &mut out);
    out
}

#[cfg(test)]
fn collect(command: &Command, path: &mut Vec<String>, out: &mut Vec<Derived>) {
    let mut push = |id: String, text: Option<&StyledStr>| {
        if let Some(text) = text {
            out.push(Derived {
                id,
                english: text.to_string(),
            });
        }
    };
    push(key(path, ""), command.get_about());
    push(key(path, "-long"), command.get_long_about());
    push(key(path, "-after"), command.get_after_help());
    push(key(path, "-after-long"), command.get_after_long_help());
    for arg in command.get_arguments() {
        let base = format!("-arg-{}", arg.get_id());
        push(key(path, &base), arg.get_help());
        push(key(path, &format!("{base}-long")), arg.get_long_help());
        for value in arg.get_possible_values() {
            let id = key(path, &format!("{base}-val-{}", value.get_name()));
            push(id, value.get_help());
        }
    }
    for sub in command.get_subcommands() {
        path.push(sub.get_name().to_owned());
        collect(sub, path, out);
        path.pop();
    }
}

/// The derived definition in `lang`, not yet built: its texts, the help template with the
/// headings, the `-h`/`--help` and `-V`/`--version` flags, `[default: …]` and the possible
/// values. [`finish`] does what needs the built definition.
pub fn localise(command: Command, lang: Lang) -> Command {
    localise_at(command, lang, &mut Vec::new())
}

fn localise_at(mut command: Command, lang: Lang, path: &mut Vec<String>) -> Command {
    let cat = catalogue(lang);
    // English is the doc comment; Indonesian the catalogue, or the English when it has none
    // (which the unit test forbids).
    let text = |id: String| match lang {
        Lang::Id => cat.text(&id),
        Lang::En => None,
    };
    if let Some(t) = text(key(path, "")) {
        command = command.about(t);
    }
    if let (Some(t), true) = (text(key(path, "-long")), command.get_long_about().is_some()) {
        command = command.long_about(t);
    }
    if let (Some(t), true) = (
        text(key(path, "-after")),
        command.get_after_help().is_some(),
    ) {
        command = command.after_help(t);
    }
    let after_long = command.get_after_long_help().is_some();
    if let (Some(t), true) = (text(key(path, "-after-long")), after_long) {
        command = command.after_long_help(t);
    }

    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in &ids {
        let base = format!("-arg-{id}");
        let help = text(key(path, &base));
        let long = text(key(path, &format!("{base}-long")));
        let values: Vec<(String, Option<String>)> = command
            .get_arguments()
            .find(|a| a.get_id() == id.as_str())
            .map(|a| a.get_possible_values())
            .unwrap_or_default()
            .iter()
            .map(|v| {
                let id = key(path, &format!("{base}-val-{}", v.get_name()));
                (v.get_name().to_owned(), text(id))
            })
            .collect();
        command = command.mut_arg(id, |mut arg| {
            if let Some(help) = help {
                arg = arg.help(help);
            }
            if let (Some(long), true) = (long, arg.get_long_help().is_some()) {
                arg = arg.long_help(long);
            }
            with_specs(arg, &values, lang)
        });
    }

    let long_exists = command.get_long_about().is_some()
        || command.get_after_long_help().is_some()
        || command.get_arguments().any(|a| a.get_long_help().is_some());
    let render = |m: Message| m.render(lang);
    let mut help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .display_order(usize::MAX - 1);
    help = match long_exists {
        true => help
            .help(render(msg!("help-flag-short")))
            .long_help(render(msg!("help-flag-long"))),
        false => help.help(render(msg!("help-flag"))),
    };
    command = command.disable_help_flag(true).arg(help);
    if path.is_empty() && command.get_version().is_some() {
        let version = Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .display_order(usize::MAX)
            .help(render(msg!("help-version-flag")));
        command = command.disable_version_flag(true).arg(version);
    }

    let help_template = template(&command, lang);
    command = command.help_template(help_template);
    if command.has_subcommands() {
        command = command.subcommand_value_name(render(msg!("help-command-placeholder")));
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        path.push(name.clone());
        command = command.mut_subcommand(&name, |sub| localise_at(sub, lang, path));
        path.pop();
    }
    command
}

/// `arg` with its default and possible values written into its help in `lang`, the way clap
/// writes them in English (`[default: …]`, `[possible values: …]`, a `Possible values:` list
/// in the long help when the values have their own help), and clap's own hidden.
fn with_specs(arg: Arg, values: &[(String, Option<String>)], lang: Lang) -> Arg {
    if !arg.get_action().takes_values() || arg.is_hide_set() {
        return arg;
    }
    let defaults: Vec<String> = match arg.is_hide_default_value_set() {
        true => Vec::new(),
        false => arg
            .get_default_values()
            .iter()
            .map(|v| quoted(&v.to_string_lossy()))
            .collect(),
    };
    let possible: Vec<(String, Option<String>)> = match arg.is_hide_possible_values_set() {
        true => Vec::new(),
        false => arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| {
                let own = values
                    .iter()
                    .find(|(name, _)| name == v.get_name())
                    .and_then(|(_, t)| t.clone());
                let help = own.or_else(|| v.get_help().map(|h| h.to_string()));
                (v.get_name().to_owned(), help)
            })
            .collect(),
    };
    if defaults.is_empty() && possible.is_empty() {
        return arg;
    }
    let render = |m: Message| m.render(lang);
    let default = (!defaults.is_empty()).then(|| {
        format!(
            "[{}]",
            render(msg!("help-default", value = defaults.join(" ")))
        )
    });
    let names: Vec<String> = possible.iter().map(|(n, _)| quoted(n)).collect();
    let inline = (!possible.is_empty()).then(|| {
        format!(
            "[{}]",
            render(msg!("help-possible-values", values = names.join(", ")))
        )
    });
    let listed = possible.iter().any(|(_, h)| h.is_some());

    let short_help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
    let mut short = short_help.clone();
    for spec in default.iter().chain(inline.iter()) {
        if !short.is_empty() {
            short.push(' ');
        }
        short.push_str(spec);
    }

    let mut long = arg
        .get_long_help()
        .map(|h| h.to_string())
        .unwrap_or(short_help);
    if listed {
        let width = possible.iter().map(|(n, _)| n.chars().count()).max();
        if !long.is_empty() {
            long.push_str("\n\n");
        }
        long.push_str(&render(msg!("help-possible-values-heading")));
        for (name, help) in &possible {
            long.push_str(&format!("\n- {name}"));
            if let Some(help) = help {
                let pad = width.unwrap_or(0) - name.chars().count();
                long.push_str(&format!(": {:pad$}{help}", ""));
            }
        }
    }
    let specs: Vec<&String> = match listed {
        true => default.iter().collect(),
        false => default.iter().chain(inline.iter()).collect(),
    };
    if !specs.is_empty() {
        if !long.is_empty() {
            long.push_str("\n\n");
        }
        let specs: Vec<&str> = specs.iter().map(|s| s.as_str()).collect();
        long.push_str(&specs.join("\n"));
    }
    arg.hide_default_value(true)
        .hide_possible_values(true)
        .help(short)
        .long_help(long)
}

/// A value as clap quotes it in help: in double quotes when it holds a space.
fn quoted(value: &str) -> String {
    match value.contains(char::is_whitespace) {
        true => format!("{value:?}"),
        false => value.to_owned(),
    }
}

/// clap's default help template, with the headings in `lang` and styled as clap styles them.
fn template(command: &Command, lang: Lang) -> StyledStr {
    let styles = command.get_styles();
    let header = styles.get_header();
    let usage = styles.get_usage();
    let heading = |style: &clap::builder::styling::Style, m: Message| {
        format!(
            "{}{}{}",
            style.render(),
            m.render(lang),
            style.render_reset()
        )
    };
    let mut sections = Vec::new();
    if command.get_subcommands().any(|s| !s.is_hide_set()) {
        sections.push(format!(
            "{}\n{{subcommands}}",
            heading(header, msg!("help-commands"))
        ));
    }
    if command
        .get_positionals()
        .any(|a| !a.is_hide_set() && !a.is_hide_short_help_set())
    {
        sections.push(format!(
            "{}\n{{positionals}}",
            heading(header, msg!("help-arguments"))
        ));
    }
    sections.push(format!(
        "{}\n{{options}}",
        heading(header, msg!("help-options"))
    ));
    let text = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{}{{after-help}}",
        heading(usage, msg!("help-usage")),
        sections.join("\n\n")
    );
    StyledStr::from(text)
}

/// Build the localised definition and do what needs it built: the usage lines with
/// `[OPTIONS]` in `lang`, and clap's `help` subcommand.
pub fn finish(mut command: Command, lang: Lang) -> Command {
    command.build();
    let usage = usage_line(&mut command, lang);
    command = command.override_usage(usage);
    override_usages(&mut command, lang);
    if command.find_subcommand("help").is_some() {
        let about = msg!("help-subcommand").render(lang);
        let template = template(&Command::new("help"), lang);
        command = command.mut_subcommand("help", |help| {
            help.about(about.clone()).help_template(template)
        });
    }
    command
}

fn override_usages(command: &mut Command, lang: Lang) {
    for sub in command.get_subcommands_mut() {
        if sub.get_name() == "help" {
            continue;
        }
        let usage = usage_line(sub, lang);
        *sub = std::mem::take(sub).override_usage(usage);
        override_usages(sub, lang);
    }
}

/// The usage of a built command without clap's `Usage:` title, `[OPTIONS]` in `lang`.
fn usage_line(command: &mut Command, lang: Lang) -> StyledStr {
    let rendered = command.render_usage().ansi().to_string();
    // clap writes `<style>Usage:<reset> ` before the line.
    let line = match rendered.find("Usage:") {
        Some(at) => {
            let rest = &rendered[at + "Usage:".len()..];
            let rest = rest.strip_prefix("\u{1b}[0m").unwrap_or(rest);
            rest.strip_prefix(' ').unwrap_or(rest)
        }
        None => rendered.as_str(),
    };
    let options = msg!("help-options-placeholder").render(lang);
    StyledStr::from(line.replace("[OPTIONS]", &format!("[{options}]")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// The `cmd-` ids of a catalogue file.
    fn cmd_ids(text: &str) -> Vec<String> {
        text.lines()
            .filter(|l| l.starts_with("cmd-"))
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned()))
            .collect()
    }

    #[test]
    fn every_command_argument_and_value_has_its_help_in_both_languages() {
        let derived = derived(&super::super::Cli::command());
        assert!(derived.len() > 80, "only {} texts", derived.len());
        let id = catalogue(Lang::Id);
        let mut problems = Vec::new();
        for text in &derived {
            if text.english.trim().is_empty() {
                problems.push(format!("{}: no English (doc comment)", text.id));
            }
            match id.text(&text.id) {
                None => problems.push(format!("{} = {}", text.id, text.english)),
                Some(t) if t.trim().is_empty() => {
                    problems.push(format!("{}: not translated", text.id))
                }
                Some(_) => {}
            }
        }
        let known: Vec<&str> = derived.iter().map(|d| d.id.as_str()).collect();
        for (name, id_text, en_text) in rpkd::i18n::FILES {
            for stale in cmd_ids(id_text) {
                if !known.contains(&stale.as_str()) {
                    problems.push(format!("locales/id/{name}.ftl: `{stale}` names no text"));
                }
            }
            for english in cmd_ids(en_text) {
                problems.push(format!(
                    "locales/en/{name}.ftl: `{english}`: the English is the doc comment"
                ));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn every_command_and_visible_argument_has_a_doc_comment() {
        fn walk(command: &Command, problems: &mut Vec<String>) {
            if command.get_about().is_none() {
                problems.push(format!("`{}` has no about", command.get_name()));
            }
            for arg in command.get_arguments().filter(|a| !a.is_hide_set()) {
                if arg.get_help().is_none() {
                    problems.push(format!(
                        "`{} {}` has no help",
                        command.get_name(),
                        arg.get_id()
                    ));
                }
            }
            for sub in command.get_subcommands() {
                walk(sub, problems);
            }
        }
        let mut problems = Vec::new();
        walk(&super::super::Cli::command(), &mut problems);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn lang_flag_before_parsing_wins_over_the_environment() {
        let english = |name: &str| (name == "LANG").then(|| "en_US.UTF-8".to_owned());
        let none = |_: &str| None;
        assert_eq!(
            lang_before_parsing(&args(&["rpkd", "check"]), none),
            Lang::Id
        );
        assert_eq!(lang_before_parsing(&args(&["rpkd"]), english), Lang::En);
        let id = args(&["rpkd", "check", "--lang", "id", "--help"]);
        assert_eq!(lang_before_parsing(&id, english), Lang::Id);
        let en = args(&["rpkd", "--lang=en", "check"]);
        assert_eq!(lang_before_parsing(&en, none), Lang::En);
        let after = args(&["rpkd", "check", "--", "--lang", "en"]);
        assert_eq!(lang_before_parsing(&after, none), Lang::Id);
        let unknown = args(&["rpkd", "--lang", "jawa"]);
        assert_eq!(lang_before_parsing(&unknown, english), Lang::En);
    }
}
