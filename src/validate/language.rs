//! Notice languages: every declared language filled in wherever another language has text
//! (names and addresses may fall back to another language), and the organisation's
//! publication languages declared (a bilingual municipality publishes in Finnish and Swedish).

use super::{Ctx, Kind, Out, Rule, Severity};
use crate::model::Lang;

pub(super) static LANGUAGE_MISSING: Rule = Rule {
    id: "language-missing",
    severity: Severity::Error,
    article: "GDPR 12(1)",
    summary: "A text has content in one language but is empty in a declared notice language.",
};
pub(super) static LANGUAGE_NOT_DECLARED: Rule = Rule {
    id: "language-not-declared",
    severity: Severity::Warning,
    article: "Kielilaki 423/2003 32 §",
    summary: "The organisation publishes in a language (e.g. Swedish) that the register does not declare.",
};

/// The rules of this file.
pub(super) static RULES: &[&Rule] = &[&LANGUAGE_MISSING, &LANGUAGE_NOT_DECLARED];

/// "in Swedish", as each message language says it.
fn in_lang(target: Lang) -> [&'static str; 3] {
    match target {
        Lang::Fi => ["suomeksi", "på finska", "in Finnish"],
        Lang::Sv => ["ruotsiksi", "på svenska", "in Swedish"],
        Lang::En => ["englanniksi", "på engelska", "in English"],
    }
}

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    for tf in ctx.texts.iter().filter(|t| t.kind != Kind::Name) {
        for &lang in &ctx.langs {
            if tf.text.is_empty_in(lang) {
                let [fi, sv, en] = in_lang(lang);
                out.add(
                    &LANGUAGE_MISSING,
                    tf.path.field(lang.code()),
                    [
                        format!("Teksti puuttuu {fi}, vaikka seloste julkaistaan tällä kielellä."),
                        format!("Texten saknas {sv}, fast beskrivningen publiceras på det språket."),
                        format!("The text is missing {en}, although the notice is published in that language."),
                    ],
                );
            }
        }
    }
    let Some(org) = ctx.org else { return };
    if ctx.reg.languages.is_empty() {
        // A register without its own languages is published in the organisation's.
        return;
    }
    for lang in &org.languages {
        if !ctx.reg.languages.contains(lang) {
            let [fi, sv, en] = in_lang(*lang);
            out.add(
                &LANGUAGE_NOT_DECLARED,
                "languages",
                [
                    format!("Organisaatio julkaisee selosteensa myös {fi}, mutta tämän rekisterin kieliin sitä ei ole merkitty."),
                    format!("Organisationen publicerar sina beskrivningar även {sv}, men språket har inte angetts för detta register."),
                    format!("The organisation publishes its notices {en} too, but this register does not declare that language."),
                ],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::super::validate_at;
    use crate::model::*;

    #[test]
    fn every_declared_language_filled_in() {
        let mut r = complete();
        assert!(!fires(&r, "language-missing"));
        r.purposes[0].description.sv.clear();
        assert_eq!(one(&r, "language-missing").1, "purposes[0].description.sv");
        r.languages = vec![Lang::Fi];
        assert!(!fires(&r, "language-missing"));
    }

    #[test]
    fn names_and_addresses_may_fall_back() {
        let mut r = complete();
        r.controller.contact.city = Text::fi("Järvelä");
        r.dpo.name = Text::fi("Maija Virtanen");
        assert!(!fires(&r, "language-missing"));
        r.dpo.title.sv.clear();
        assert_eq!(one(&r, "language-missing").1, "dpo.title.sv");
    }

    #[test]
    fn english_declared_means_english_everywhere() {
        let mut r = complete();
        r.languages.push(Lang::En);
        assert!(of(&r, "language-missing").iter().all(|f| f.path.ends_with(".en")));
        assert!(of(&r, "language-missing").len() > 10);
    }

    #[test]
    fn organisation_languages_declared() {
        let mut r = complete();
        let org = Organisation { languages: vec![Lang::Fi, Lang::Sv], ..Organisation::default() };
        let rule = |r: &Register| {
            validate_at(r, Some(&org), today()).into_iter().filter(|f| f.rule == "language-not-declared").count()
        };
        assert_eq!(rule(&r), 0);
        r.languages = vec![Lang::Fi];
        assert_eq!(rule(&r), 1);
    }
}
