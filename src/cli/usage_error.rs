//! clap's errors (an unknown option, a missing or malformed argument) in the run's language
//! and the house style: `error: …` / `kesalahan: …`, the thing named in backticks, clap's
//! context kept (the argument, the value, the valid values, the suggestion), then the usage
//! line and where to read more. Help and version requests print as clap prints them.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use rpkd::i18n::{Arg, Lang, Message};
use rpkd::msg;
use std::process::ExitCode;

/// Print `error` and give the exit code: 0 for `--help` and `--version`, 2 for wrong usage.
pub fn report(error: clap::Error, lang: Lang) -> ExitCode {
    match error.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            // The help of the localised definition; a closed stdout is no reason to panic.
            let _ = error.print();
            return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
        }
        _ => {}
    }
    let text = render(&error, lang);
    let mut err = std::io::stderr().lock();
    let _ = std::io::Write::write_all(&mut err, text.as_bytes());
    ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2))
}

/// The whole report of a usage error, as printed (ends with a newline).
pub fn render(error: &clap::Error, lang: Lang) -> String {
    let mut out = msg!("cli-error", message = message(error)).render(lang);
    let mut tips = Vec::new();
    for (kind, what) in [
        (
            ContextKind::SuggestedSubcommand,
            msg!("usage-what-subcommand"),
        ),
        (ContextKind::SuggestedArg, msg!("usage-what-argument")),
        (ContextKind::SuggestedValue, msg!("usage-what-value")),
    ] {
        let names = strings(error.get(kind));
        if !names.is_empty() {
            tips.push(msg!(
                "usage-tip-similar",
                what = what,
                names = quoted_list(&names),
                count = names.len()
            ));
        }
    }
    if let Some(ContextValue::StyledStrs(suggestions)) = error.get(ContextKind::Suggested) {
        tips.extend(suggestions.iter().map(|s| suggestion(&s.to_string())));
    }
    if !tips.is_empty() {
        out.push('\n');
    }
    for tip in tips {
        out.push_str("\n  ");
        out.push_str(&msg!("usage-tip", tip = tip).render(lang));
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.to_string();
        // clap's title is English; the line after it is ours (see `localise::finish`).
        let line = usage.strip_prefix("Usage: ").unwrap_or(&usage);
        out.push_str("\n\n");
        out.push_str(&msg!("help-usage").render(lang));
        out.push(' ');
        out.push_str(line);
    }
    out.push_str("\n\n");
    out.push_str(&msg!("usage-more", flag = "--help").render(lang));
    out.push('\n');
    out
}

/// What went wrong, from the error's kind and context.
fn message(error: &clap::Error) -> Message {
    let string = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let number = |kind| match error.get(kind) {
        Some(ContextValue::Number(n)) => Some(i64::try_from(*n).unwrap_or(0)),
        _ => None,
    };
    let arg = string(ContextKind::InvalidArg);
    let value = string(ContextKind::InvalidValue);
    let known = match error.kind() {
        ErrorKind::UnknownArgument => arg.map(|arg| msg!("usage-unknown-argument", arg = arg)),
        ErrorKind::InvalidSubcommand => string(ContextKind::InvalidSubcommand)
            .map(|name| msg!("usage-unknown-subcommand", name = name)),
        ErrorKind::InvalidValue => match (arg, value) {
            (Some(arg), Some(value)) if value.is_empty() => {
                Some(msg!("usage-value-required", arg = arg))
            }
            (Some(arg), Some(value)) => {
                let valid = strings(error.get(ContextKind::ValidValue));
                Some(match valid.is_empty() {
                    true => msg!("usage-invalid-value", arg = arg, value = value),
                    false => msg!(
                        "usage-invalid-value-of",
                        arg = arg,
                        value = value,
                        valid = quoted_list(&valid)
                    ),
                })
            }
            _ => None,
        },
        ErrorKind::ValueValidation => match (arg, value) {
            (Some(arg), Some(value)) => {
                let cause = std::error::Error::source(error)
                    .map(|s| cause(&s.to_string()))
                    .unwrap_or_else(|| msg!("usage-cause-invalid"));
                Some(msg!(
                    "usage-value-rejected",
                    arg = arg,
                    value = value,
                    cause = cause
                ))
            }
            _ => None,
        },
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(error.get(ContextKind::InvalidArg));
            (!missing.is_empty()).then(|| {
                msg!(
                    "usage-missing-required",
                    args = quoted_list(&missing),
                    count = missing.len()
                )
            })
        }
        ErrorKind::MissingSubcommand => string(ContextKind::InvalidSubcommand).map(|name| {
            let valid = strings(error.get(ContextKind::ValidSubcommand));
            msg!(
                "usage-missing-subcommand",
                name = name,
                valid = quoted_list(&valid)
            )
        }),
        ErrorKind::ArgumentConflict => {
            let prior = strings(error.get(ContextKind::PriorArg));
            match arg {
                Some(arg) if prior == [arg.clone()] => {
                    Some(msg!("usage-argument-repeated", arg = arg))
                }
                Some(arg) if !prior.is_empty() => Some(msg!(
                    "usage-argument-conflict",
                    arg = arg,
                    other = quoted_list(&prior)
                )),
                Some(arg) => Some(msg!("usage-argument-conflict-any", arg = arg)),
                None => None,
            }
        }
        ErrorKind::NoEquals => arg.map(|arg| msg!("usage-no-equals", arg = arg)),
        ErrorKind::TooManyValues => match (arg, value) {
            (Some(arg), Some(value)) => Some(msg!("usage-too-many", arg = arg, value = value)),
            _ => None,
        },
        ErrorKind::TooFewValues => match (
            arg,
            number(ContextKind::MinValues),
            number(ContextKind::ActualNumValues),
        ) {
            (Some(arg), Some(min), Some(actual)) => {
                Some(msg!("usage-too-few", arg = arg, min = min, actual = actual))
            }
            _ => None,
        },
        ErrorKind::WrongNumberOfValues => match (
            arg,
            number(ContextKind::ExpectedNumValues),
            number(ContextKind::ActualNumValues),
        ) {
            (Some(arg), Some(expected), Some(actual)) => Some(msg!(
                "usage-wrong-number",
                arg = arg,
                expected = expected,
                actual = actual
            )),
            _ => None,
        },
        ErrorKind::InvalidUtf8 => Some(msg!("usage-invalid-utf8")),
        _ => None,
    };
    // A kind clap adds later, or one without its usual context: clap's own words, which
    // are English (its first line, without its `error: `).
    known.unwrap_or_else(|| {
        let text = error.render().to_string();
        let first = text.lines().next().unwrap_or("");
        Message::verbatim(first.strip_prefix("error: ").unwrap_or(first))
    })
}

fn strings(value: Option<&ContextValue>) -> Vec<String> {
    match value {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(list)) => list.clone(),
        _ => Vec::new(),
    }
}

/// `` `a`, `b`, `c` ``.
fn quoted_list(items: &[String]) -> Arg {
    Arg::CommaList(items.iter().map(|i| Arg::from(format!("`{i}`"))).collect())
}

/// A cause clap's value parsers give in English, in the catalogue where it is one of theirs:
/// a number out of its range, text where a number belongs. Any other (a parser's own
/// message) is printed as it is.
fn cause(text: &str) -> Message {
    if let Some((value, range)) = text.split_once(" is not in ")
        && let Some((low, high)) = range.split_once("..=")
    {
        return msg!("usage-cause-range", value = value, low = low, high = high);
    }
    match text {
        "invalid digit found in string" | "cannot parse integer from empty string" => {
            msg!("usage-cause-not-a-number")
        }
        "number too large to fit in target type" | "number too small to fit in target type" => {
            msg!("usage-cause-too-large")
        }
        _ => Message::verbatim(text),
    }
}

/// One of clap's `tip:` lines, in the catalogue where it is one of the two it writes.
fn suggestion(text: &str) -> Message {
    if let Some(rest) = text.strip_prefix("to pass '")
        && let Some((arg, rest)) = rest.split_once("' as a value, use '")
    {
        let instead = rest.strip_suffix('\'').unwrap_or(rest);
        return msg!("usage-tip-as-value", arg = arg, instead = instead);
    }
    if let Some(rest) = text.strip_prefix("subcommand '")
        && let Some((name, _)) = rest.split_once("' exists; to use it")
    {
        return msg!("usage-tip-remove-dashes", name = name);
    }
    Message::verbatim(text)
}
