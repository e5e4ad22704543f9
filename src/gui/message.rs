//! The editor's messages as typed data, drawn in the UI language of the moment (issue 13).
//!
//! A confirmation ("Tallennettu …", "Viety …") is a short toast that fades out after
//! [`TOAST_SECONDS`]; a problem or an error stays in the message bar until dismissed. A
//! message made of the editor's own words keeps them as a [`UiText`], so switching the UI
//! language redraws it in the new language; an error from the library (store, export) keeps
//! its own text, which names the file and the position.

use crate::i18n::UiText;
use crate::model::{FieldPath, Lang};

/// A field as the editor names it: its section's number and heading, and the number of the
/// list item it is in ("5. Käsittelyn tarkoitus ja oikeusperuste (2)").
pub fn field_label(path: FieldPath, lang: Lang) -> String {
    let section = path.section();
    let heading = format!("{}. {}", section.number(), section.heading(lang));
    // The first list index of the path, as the path is written ("purposes[1].description").
    let text = path.to_string();
    let index =
        text.split_once('[').and_then(|(_, rest)| rest.split_once(']')).and_then(|(n, _)| n.parse::<usize>().ok());
    match index {
        Some(i) => format!("{heading} ({})", i + 1),
        None => heading,
    }
}

/// How long a confirmation stays on screen, in seconds of UI time.
pub const TOAST_SECONDS: f64 = 4.0;

/// One message.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    kind: Kind,
}

#[derive(Clone, Debug, PartialEq)]
enum Kind {
    /// A confirmation: the editor's words, a value shown as is (a path, a count), and the UI
    /// time it was first drawn at.
    Done { what: UiText, value: String, shown_at: Option<f64> },
    /// A refusal or warning in the editor's words, with a value.
    Problem { what: UiText, value: String },
    /// An error's own text.
    Error(String),
    /// The poster does not fit: the fields to shorten, each shown by its section and item
    /// with a button that goes to it.
    PosterTooLong { fields: Vec<FieldPath> },
}

impl Message {
    /// A confirmation that fades: `what` followed by `value`.
    pub(crate) fn done(what: UiText, value: impl Into<String>) -> Message {
        Message { kind: Kind::Done { what, value: value.into(), shown_at: None } }
    }

    /// A problem in the editor's words that stays until dismissed.
    pub(crate) fn problem(what: UiText, value: impl Into<String>) -> Message {
        Message { kind: Kind::Problem { what, value: value.into() } }
    }

    /// An error's own text that stays until dismissed.
    pub fn error(text: impl Into<String>) -> Message {
        Message { kind: Kind::Error(text.into()) }
    }

    /// The poster does not fit on one page: shorten `fields` (or give them a poster text).
    pub(crate) fn poster_too_long(fields: Vec<FieldPath>) -> Message {
        Message { kind: Kind::PosterTooLong { fields } }
    }

    /// The fields the message is about, each drawn as a button that goes to it.
    pub fn fields(&self) -> &[FieldPath] {
        match &self.kind {
            Kind::PosterTooLong { fields } => fields,
            _ => &[],
        }
    }

    /// The text in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let join = |what: UiText, value: &str| {
            let what = what.get(lang);
            if value.is_empty() { what.to_owned() } else { format!("{what} {value}") }
        };
        match &self.kind {
            Kind::Done { what, value, .. } | Kind::Problem { what, value } => join(*what, value),
            Kind::Error(text) => text.clone(),
            Kind::PosterTooLong { fields } => {
                let labels: Vec<String> = fields.iter().map(|f| field_label(*f, lang)).collect();
                format!("{} {}", UiText::PosterDoesNotFit.get(lang), labels.join("; "))
            }
        }
    }

    /// True for a confirmation (a toast that fades).
    pub fn is_toast(&self) -> bool {
        matches!(self.kind, Kind::Done { .. })
    }

    /// How visible a toast is at UI time `now`: 1 while fresh, fading to 0 over its last
    /// second; always 1 for a message that stays.
    pub fn opacity(&self, now: f64) -> f32 {
        match self.kind {
            Kind::Done { shown_at: Some(at), .. } => ((TOAST_SECONDS - (now - at)).clamp(0.0, 1.0)) as f32,
            _ => 1.0,
        }
    }

    /// Starts a new toast's clock at `now`; true while the message is still to be shown.
    pub(crate) fn keep(&mut self, now: f64) -> bool {
        match &mut self.kind {
            Kind::Done { shown_at, .. } => now - *shown_at.get_or_insert(now) < TOAST_SECONDS,
            _ => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_toast_fades_and_goes_while_an_error_stays() {
        let mut toast = Message::done(UiText::Saved, "a.ron");
        let mut error = Message::error("a.ron: rivi 3: odottamaton merkki");
        assert!(toast.keep(10.0) && error.keep(10.0));
        assert_eq!(toast.opacity(10.0), 1.0);
        assert!(toast.opacity(10.0 + TOAST_SECONDS - 0.5) < 1.0);
        assert!(!toast.keep(10.0 + TOAST_SECONDS) && error.keep(1000.0));
    }

    #[test]
    fn the_editors_words_follow_the_ui_language_and_an_error_keeps_its_own() {
        let m = Message::done(UiText::Saved, "a.ron");
        assert_eq!(m.text(Lang::Fi), format!("{} a.ron", UiText::Saved.get(Lang::Fi)));
        assert_eq!(m.text(Lang::En), format!("{} a.ron", UiText::Saved.get(Lang::En)));
        assert_ne!(m.text(Lang::Fi), m.text(Lang::En));
        assert_eq!(Message::error("x").text(Lang::Sv), "x");
    }
}
