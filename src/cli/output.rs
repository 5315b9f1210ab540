//! What every subcommand shares about talking to a person: the language (`--lang`, `RPKD_LANG`,
//! the locale), how much to say (`-q`, `-v`) and whether to colour (`--color`, `NO_COLOR`,
//! `CLICOLOR_FORCE`). Every line the CLI prints goes through [`Output`], rendered in its language.

use rpkd::i18n::{Lang, Message};
use rpkd::msg;
use std::io::{IsTerminal, Write};

/// `--lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LangArg {
    /// Bahasa Indonesia
    Id,
    /// English
    En,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorArg {
    /// Colour on a terminal, unless `NO_COLOR` is set (or `CLICOLOR_FORCE` forces it)
    Auto,
    /// Always colour, even into a file or a pipe
    Always,
    /// Never colour
    Never,
}

/// The options every subcommand takes.
#[derive(Debug, Clone, clap::Args)]
pub struct GlobalArgs {
    /// Language of messages: `id` (Bahasa Indonesia) or `en` [default: `RPKD_LANG`, else the
    /// locale (`LC_ALL`, `LC_MESSAGES`, `LANG`) if it is English, else id]
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    lang: Option<LangArg>,

    /// Print only diagnostics and errors: no summaries, notes or progress
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,

    /// Say more: each plan's files, the time each plan took
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,

    /// When to colour the output
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorArg::Auto)]
    color: ColorArg,
}

/// How the CLI talks for one run.
#[derive(Debug, Clone)]
pub struct Output {
    pub lang: Lang,
    pub quiet: bool,
    pub verbose: bool,
    color: ColorArg,
    /// `NO_COLOR`, `CLICOLOR_FORCE`, `CLICOLOR`, `TERM`, read once.
    env: ColorEnv,
}

#[derive(Debug, Clone, Default)]
struct ColorEnv {
    no_color: bool,
    force: bool,
    disabled: bool,
    dumb: bool,
}

/// Whether to colour a stream, by the conventions of no-color.org and bixense.com/clicolors, in
/// the order cargo's terminal crates use: a `--color` choice; `NO_COLOR` (set and not empty)
/// never; `CLICOLOR_FORCE` (set, not empty, not `0`) always; `CLICOLOR=0` never; otherwise a
/// terminal that is not `TERM=dumb`.
fn colour(choice: ColorArg, env: &ColorEnv, terminal: bool) -> bool {
    match choice {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto if env.no_color => false,
        ColorArg::Auto if env.force => true,
        ColorArg::Auto if env.disabled => false,
        ColorArg::Auto => terminal && !env.dumb,
    }
}

impl Output {
    /// The output of this run, from the options and the environment.
    pub fn new(args: &GlobalArgs) -> Output {
        let var = |name: &str| std::env::var(name).ok();
        let set = |name: &str| var(name).is_some_and(|v| !v.is_empty());
        let env = ColorEnv {
            no_color: set("NO_COLOR"),
            force: var("CLICOLOR_FORCE").is_some_and(|v| !v.is_empty() && v != "0"),
            disabled: var("CLICOLOR").is_some_and(|v| v == "0"),
            dumb: var("TERM").is_some_and(|v| v == "dumb"),
        };
        let choice = Lang::from_env(var);
        let lang = match args.lang {
            Some(LangArg::Id) => Lang::Id,
            Some(LangArg::En) => Lang::En,
            None => choice.lang,
        };
        let out = Output {
            lang,
            quiet: args.quiet,
            verbose: args.verbose > 0,
            color: args.color,
            env,
        };
        if let (None, Some(value)) = (args.lang, &choice.ignored) {
            out.warn(&msg!(
                "cli-lang-unknown",
                value = value.as_str(),
                lang = lang.code()
            ));
        }
        out
    }

    /// Whether stdout gets colour.
    pub fn color_stdout(&self) -> bool {
        colour(self.color, &self.env, std::io::stdout().is_terminal())
    }

    /// Whether stderr gets colour.
    pub fn color_stderr(&self) -> bool {
        colour(self.color, &self.env, std::io::stderr().is_terminal())
    }

    /// The message in this run's language.
    pub fn text(&self, message: &Message) -> String {
        message.render(self.lang)
    }

    /// A summary or a note on stderr (not with `-q`).
    pub fn say(&self, message: &Message) {
        if !self.quiet {
            self.line_always(&self.text(message));
        }
    }

    /// `error: …` / `kesalahan: …` on stderr, always.
    pub fn error(&self, message: &Message) {
        let text = self.text(&msg!("cli-error", message = message.clone()));
        self.line_always(&text);
    }

    /// `warning: …` / `peringatan: …` on stderr (not with `-q`).
    pub fn warn(&self, message: &Message) {
        if !self.quiet {
            let text = self.text(&msg!("cli-warning", message = message.clone()));
            self.line_always(&text);
        }
    }

    /// Text already rendered (a diagnostics report) on stderr, always.
    pub fn raw(&self, text: &str) {
        // A closed stderr (the terminal went away) must not stop the program.
        let _ = std::io::stderr().lock().write_all(text.as_bytes());
    }

    /// A line on stderr, always (what a command exists to say, like the preview's address).
    pub fn line_always(&self, text: &str) {
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(text.as_bytes());
        let _ = err.write_all(b"\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_follows_the_flag_then_no_color_then_clicolor_force_then_the_terminal() {
        let none = ColorEnv::default();
        let no_color = ColorEnv {
            no_color: true,
            force: true,
            ..ColorEnv::default()
        };
        let force = ColorEnv {
            force: true,
            ..ColorEnv::default()
        };
        let dumb = ColorEnv {
            dumb: true,
            ..ColorEnv::default()
        };
        let disabled = ColorEnv {
            disabled: true,
            ..ColorEnv::default()
        };
        assert!(colour(ColorArg::Always, &no_color, false));
        assert!(!colour(ColorArg::Never, &force, true));
        assert!(!colour(ColorArg::Auto, &no_color, true));
        assert!(colour(ColorArg::Auto, &force, false));
        assert!(colour(ColorArg::Auto, &none, true));
        assert!(!colour(ColorArg::Auto, &none, false));
        assert!(!colour(ColorArg::Auto, &dumb, true));
        assert!(!colour(ColorArg::Auto, &disabled, true));
    }
}
