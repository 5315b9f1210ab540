//! What the tool says to a person, in Bahasa Indonesia or English.
//!
//! A [`Message`] is data: a message id from the catalogue and typed arguments, never a
//! pre-formatted string. Stages build messages (a [`Diagnostic`](crate::diag::Diagnostic) carries
//! them for its text, labels and hints; [`Error`](crate::error::Error) gives one); printers render
//! them in the [`Lang`] they are handed, so the language is an input to printing like the format.
//! The texts live in Fluent catalogues, one folder per language (`locales/id/*.ftl`,
//! `locales/en/*.ftl`), embedded at compile time and parsed once per language on first use
//! ([`catalogue`]).
//!
//! Build a message with [`msg!`](crate::msg): `msg!("kunci-tak-dikenal", key = name, what =
//! msg!("rec-program"))`. An argument is verbatim text (a key, an id, a path: printed as it is),
//! a number (printed in digits; Fluent selects plural forms from it) or another message (a
//! fragment rendered in the same language first). The catalogue test (`tests/catalogue.rs`) fails
//! when an id used in the source is missing from either catalogue, when a catalogue holds an id no
//! source uses, or when the two catalogues disagree on a message's arguments.

mod catalogue;
mod lang;

pub use catalogue::{Catalogue, FILES, catalogue};
pub use lang::{Lang, LangChoice};

/// A message to a person: an id in the catalogues and its arguments.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Message(Repr);

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Repr {
    Id {
        id: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
    /// Text that no catalogue can hold, printed as it is in every language: the message of a
    /// library the tool does not control (tera's template errors, an operating system's error
    /// text). Made only through [`Message::verbatim`], so every one can be found.
    Verbatim(String),
}

/// One argument of a message.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    /// Printed as it is in every language: a key, an id, a path, a value from the plan.
    Text(String),
    /// A count or a year: printed in digits without grouping; Fluent chooses plural forms by it.
    Int(i64),
    /// A fragment rendered in the same language before it is put in.
    Msg(Message),
    /// Items joined the way the language lists alternatives: `a, b or c` / `a, b atau c`.
    OrList(Vec<Arg>),
    /// Items joined by commas: `` `a`, `b`, `c` `` (each item already formatted).
    CommaList(Vec<Arg>),
}

impl Message {
    /// The message `id` with `args`; prefer [`msg!`](crate::msg).
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Message {
        Message(Repr::Id { id, args })
    }

    /// Text printed as it is in every language (see [`Repr::Verbatim`]).
    pub fn verbatim(text: impl Into<String>) -> Message {
        Message(Repr::Verbatim(text.into()))
    }

    /// The catalogue id, or `None` for verbatim text.
    pub fn id(&self) -> Option<&'static str> {
        match &self.0 {
            Repr::Id { id, .. } => Some(id),
            Repr::Verbatim(_) => None,
        }
    }

    /// The arguments, by name.
    pub fn args(&self) -> &[(&'static str, Arg)] {
        match &self.0 {
            Repr::Id { args, .. } => args,
            Repr::Verbatim(_) => &[],
        }
    }

    /// The argument `name`, if given.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args().iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    /// Whether this message renders as nothing (an unlabelled caret).
    pub fn is_empty(&self) -> bool {
        matches!(&self.0, Repr::Verbatim(t) if t.is_empty())
    }

    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        catalogue(lang).format(self)
    }
}

/// Untranslated text while a module still builds its messages with `format!` (see
/// ARCHITECTURE.md, "Messages"): it prints the same in both languages, and the catalogue test
/// counts the modules that still do so.
impl From<String> for Message {
    fn from(text: String) -> Message {
        Message::verbatim(text)
    }
}

impl From<&str> for Message {
    fn from(text: &str) -> Message {
        Message::verbatim(text)
    }
}

impl From<&String> for Message {
    fn from(text: &String) -> Message {
        Message::verbatim(text.as_str())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(text: std::borrow::Cow<'_, str>) -> Arg {
        Arg::Text(text.into_owned())
    }
}

impl From<&std::path::Path> for Arg {
    fn from(path: &std::path::Path) -> Arg {
        Arg::Text(path.display().to_string())
    }
}

impl From<&std::path::PathBuf> for Arg {
    fn from(path: &std::path::PathBuf) -> Arg {
        Arg::Text(path.display().to_string())
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Arg {
        Arg::Msg(message)
    }
}

macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(u8, u16, u32, u64, usize, i32, i64);

impl From<crate::model::scalar::Year> for Arg {
    fn from(year: crate::model::scalar::Year) -> Arg {
        Arg::Int(i64::from(year.0))
    }
}

/// A [`Message`]: `msg!("id")` or `msg!("id", name = value, …)`, each value anything that
/// converts [`Into<Arg>`](Arg) (text, a number, another message).
#[macro_export]
macro_rules! msg {
    ($id:literal $(,)?) => {
        $crate::i18n::Message::new($id, ::std::vec::Vec::new())
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Message::new(
            $id,
            ::std::vec![$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}
