//! Which language to speak: Bahasa Indonesia unless the person asks for English.

use std::fmt;

/// A language the catalogues hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Bahasa Indonesia, the default.
    #[default]
    Id,
    /// English, on request.
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    /// The language's code: `id`, `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// A language tag or locale name: `id`, `in` (the old code), `id_ID.UTF-8`, `en`, `en-GB`,
    /// `en_US.UTF-8`, in any case. `None` for anything else, `C` and `POSIX` included.
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        let language = tag
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match language.as_str() {
            "id" | "in" | "ind" => Some(Lang::Id),
            "en" | "eng" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language for a run, from the environment, in this order (the first that is set and
    /// not empty decides):
    ///
    /// 1. `RPKD_LANG` (`id` or `en`): a value that names neither is reported and skipped;
    /// 2. the POSIX locale variables for messages: `LC_ALL`, then `LC_MESSAGES`, then `LANG`.
    ///    A locale of English (`en_US.UTF-8`) gives English; any other (`id_ID.UTF-8`, `C`,
    ///    `C.UTF-8` as on CI runners, `fr_FR`) gives Bahasa Indonesia.
    ///
    /// Without any of them (Windows sets none) the language is Bahasa Indonesia. `--lang`
    /// comes before all of these; the CLI applies it.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> LangChoice {
        let set = |name: &str| var(name).filter(|v| !v.trim().is_empty());
        let mut ignored = None;
        if let Some(value) = set("RPKD_LANG") {
            match Lang::parse(&value) {
                Some(lang) => {
                    return LangChoice {
                        lang,
                        ignored: None,
                    };
                }
                None => ignored = Some(value),
            }
        }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|name| set(name));
        let lang = match locale.as_deref().and_then(Lang::parse) {
            Some(Lang::En) => Lang::En,
            _ => Lang::Id,
        };
        LangChoice { lang, ignored }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The language chosen from the environment, and a `RPKD_LANG` value that named no language
/// (for the CLI to warn about).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangChoice {
    pub lang: Lang,
    pub ignored: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choose(vars: &[(&str, &str)]) -> LangChoice {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Lang::from_env(|name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()))
    }

    #[test]
    fn tags_and_locales_name_their_language() {
        for tag in ["id", "ID", "in", "id_ID.UTF-8", "id-ID", "ind"] {
            assert_eq!(Lang::parse(tag), Some(Lang::Id), "{tag}");
        }
        for tag in ["en", "EN", "en_US.UTF-8", "en-GB", "en_AU@euro"] {
            assert_eq!(Lang::parse(tag), Some(Lang::En), "{tag}");
        }
        for tag in ["C", "POSIX", "C.UTF-8", "fr_FR", "", "ms_MY", "eno"] {
            assert_eq!(Lang::parse(tag), None, "{tag}");
        }
    }

    #[test]
    fn indonesian_unless_the_environment_asks_for_english() {
        assert_eq!(choose(&[]).lang, Lang::Id);
        assert_eq!(choose(&[("LANG", "C.UTF-8")]).lang, Lang::Id);
        assert_eq!(choose(&[("LANG", "fr_FR.UTF-8")]).lang, Lang::Id);
        assert_eq!(choose(&[("LANG", "id_ID.UTF-8")]).lang, Lang::Id);
        assert_eq!(choose(&[("LANG", "en_US.UTF-8")]).lang, Lang::En);
    }

    #[test]
    fn rpkd_lang_then_lc_all_then_lc_messages_then_lang() {
        let all = [
            ("RPKD_LANG", "id"),
            ("LC_ALL", "en_US.UTF-8"),
            ("LC_MESSAGES", "en_US.UTF-8"),
            ("LANG", "en_US.UTF-8"),
        ];
        assert_eq!(choose(&all).lang, Lang::Id);
        assert_eq!(choose(&all[1..]).lang, Lang::En);
        assert_eq!(
            choose(&[("LC_ALL", "id_ID.UTF-8"), ("LANG", "en_US.UTF-8")]).lang,
            Lang::Id
        );
        assert_eq!(
            choose(&[("LC_MESSAGES", "C"), ("LANG", "en_US.UTF-8")]).lang,
            Lang::Id,
            "the first locale variable set decides, even when it names no language"
        );
        assert_eq!(
            choose(&[("LC_ALL", ""), ("LANG", "en_US.UTF-8")]).lang,
            Lang::En,
            "an empty variable is not set"
        );
    }

    #[test]
    fn an_unknown_rpkd_lang_is_reported_and_skipped() {
        let choice = choose(&[("RPKD_LANG", "jawa"), ("LANG", "en_US.UTF-8")]);
        assert_eq!(choice.lang, Lang::En);
        assert_eq!(choice.ignored.as_deref(), Some("jawa"));
    }
}
