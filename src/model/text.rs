//! Localized text and the notice languages.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A notice language. Finnish is the default and the fallback.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Finnish (suomi).
    #[default]
    Fi,
    /// Swedish (svenska).
    Sv,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the order the editor shows them.
    pub const ALL: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

    /// The ISO 639-1 code (`fi`, `sv`, `en`), also the PDF/HTML language tag.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// Parses an ISO code, case-insensitively.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "fi" => Some(Lang::Fi),
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's own name (`suomi`, `svenska`, `English`).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Fi => "suomi",
            Lang::Sv => "svenska",
            Lang::En => "English",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A free text in up to three languages; any of them may be empty.
///
/// Paragraphs inside one language are separated by a blank line (`"\n\n"`).
/// In the file each language is one line, so editing one paragraph changes one line.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Text {
    /// Finnish.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub fi: String,
    /// Swedish.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub sv: String,
    /// English.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub en: String,
}

impl Text {
    /// A text with only the Finnish version.
    pub fn fi(s: impl Into<String>) -> Self {
        Text { fi: s.into(), ..Text::default() }
    }

    /// A text in all three languages.
    pub fn new(fi: impl Into<String>, sv: impl Into<String>, en: impl Into<String>) -> Self {
        Text { fi: fi.into(), sv: sv.into(), en: en.into() }
    }

    /// The text in exactly this language (possibly empty).
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fi => &self.fi,
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }

    /// Mutable access to one language.
    pub fn get_mut(&mut self, lang: Lang) -> &mut String {
        match lang {
            Lang::Fi => &mut self.fi,
            Lang::Sv => &mut self.sv,
            Lang::En => &mut self.en,
        }
    }

    /// The text in `lang`, or else in Finnish, Swedish, English, whichever is first
    /// non-empty. Used for names and addresses that are often not translated.
    pub fn or_any(&self, lang: Lang) -> &str {
        let own = self.get(lang);
        if !own.trim().is_empty() {
            return own;
        }
        Lang::ALL.iter().map(|l| self.get(*l)).find(|s| !s.trim().is_empty()).unwrap_or("")
    }

    /// True when every language is empty or only white space.
    pub fn is_empty(&self) -> bool {
        self.fi.trim().is_empty() && self.sv.trim().is_empty() && self.en.trim().is_empty()
    }

    /// True when `lang` is empty or only white space.
    pub fn is_empty_in(&self, lang: Lang) -> bool {
        self.get(lang).trim().is_empty()
    }

    /// All non-empty versions with their language.
    pub fn versions(&self) -> impl Iterator<Item = (Lang, &str)> {
        Lang::ALL.into_iter().map(|l| (l, self.get(l))).filter(|(_, s)| !s.trim().is_empty())
    }
}
