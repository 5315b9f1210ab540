//! The Fluent catalogues: `locales/<lang>/*.ftl`, embedded at compile time, parsed once per
//! language on first use (the only file that names `fluent_bundle`).

use super::{Arg, Lang, Message, Repr};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

macro_rules! files {
    ($($name:literal),* $(,)?) => {
        /// Each catalogue file: its name and its text in Bahasa Indonesia and in English.
        pub const FILES: &[(&str, &str, &str)] = &[
            $(($name,
               include_str!(concat!("../../locales/id/", $name, ".ftl")),
               include_str!(concat!("../../locales/en/", $name, ".ftl")))),*
        ];
    };
}

// One file per area; `tests/catalogue.rs` checks this list against the folders.
files![
    "common",
    "diagnostics",
    "files",
    "load",
    "reading",
    "validate",
    "model",
    "layout",
    "cli",
    "serve",
    "import",
    "help"
];

/// One language's messages.
pub struct Catalogue {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

/// The catalogue of `lang`, parsed on first use.
pub fn catalogue(lang: Lang) -> &'static Catalogue {
    static ID: OnceLock<Catalogue> = OnceLock::new();
    static EN: OnceLock<Catalogue> = OnceLock::new();
    match lang {
        Lang::Id => ID.get_or_init(|| Catalogue::load(Lang::Id)),
        Lang::En => EN.get_or_init(|| Catalogue::load(Lang::En)),
    }
}

impl Catalogue {
    fn load(lang: Lang) -> Catalogue {
        let tag = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        // Fluent wraps each argument in Unicode isolation marks by default, for right-to-left
        // scripts; in a terminal or a CI log they are invisible bytes that break copy and paste.
        bundle.set_use_isolating(false);
        for (_, id, en) in FILES {
            let text = match lang {
                Lang::Id => id,
                Lang::En => en,
            };
            // A syntax error in an embedded file is a defect the catalogue test reports; the
            // entries around it still load.
            let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        Catalogue { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the catalogue defines `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The text of the message `id`, which takes no arguments, if the catalogue defines it:
    /// for ids made at run time (the help texts of the CLI's commands and options, named after
    /// them) rather than written as a literal in [`msg!`](crate::msg).
    pub fn text(&self, id: &str) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            self.bundle
                .format_pattern(pattern, None, &mut errors)
                .into_owned(),
        )
    }

    /// The message in this language. An id the catalogue lacks (a defect the catalogue test
    /// catches) prints as the id with its arguments, so nothing is lost.
    pub fn format(&self, message: &Message) -> String {
        let (id, args) = match &message.0 {
            Repr::Verbatim(text) => return text.clone(),
            Repr::Id { id, args } => (*id, args),
        };
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            let shown: Vec<String> = args
                .iter()
                .map(|(name, arg)| format!("{name}={}", self.plain(arg)))
                .collect();
            return format!("{id}({})", shown.join(", "));
        };
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (name, arg) in args {
            fluent.set(*name, self.value(arg));
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent), &mut errors)
            .into_owned()
    }

    fn value(&self, arg: &Arg) -> FluentValue<'static> {
        match arg {
            Arg::Int(n) => FluentValue::from(*n),
            other => FluentValue::String(self.plain(other).into()),
        }
    }

    /// An argument as text.
    fn plain(&self, arg: &Arg) -> String {
        match arg {
            Arg::Text(text) => text.clone(),
            Arg::Int(n) => n.to_string(),
            Arg::Msg(message) => self.format(message),
            Arg::CommaList(items) => items
                .iter()
                .map(|a| self.plain(a))
                .collect::<Vec<_>>()
                .join(", "),
            Arg::OrList(items) => match items.as_slice() {
                [] => String::new(),
                [one] => self.plain(one),
                [rest @ .., last] => {
                    let head: Vec<String> = rest.iter().map(|a| self.plain(a)).collect();
                    self.format(&crate::msg!(
                        "list-or",
                        head = head.join(", "),
                        last = self.plain(last)
                    ))
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::msg;

    #[test]
    fn a_message_renders_in_each_language_with_its_arguments() {
        let m = msg!("list-or", head = "`a`, `b`", last = "`c`");
        assert_eq!(m.render(Lang::Id), "`a`, `b` atau `c`");
        assert_eq!(m.render(Lang::En), "`a`, `b` or `c`");
    }

    #[test]
    fn a_missing_id_prints_itself_and_its_arguments() {
        let m = msg!("no-such-message", key = "x", n = 3u32);
        assert_eq!(m.render(Lang::Id), "no-such-message(key=x, n=3)");
    }

    #[test]
    fn nested_messages_and_lists_render_in_the_same_language() {
        let list = Arg::OrList(vec!["`a`".into(), "`b`".into(), "`c`".into()]);
        let m = Message::new("list-or", vec![("head", list), ("last", "`d`".into())]);
        assert_eq!(m.render(Lang::Id), "`a`, `b` atau `c` atau `d`");
    }
}
