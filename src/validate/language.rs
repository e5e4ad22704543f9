//! Notice languages: every declared language filled in wherever another language has text
//! (names and addresses may fall back to another language), and the organisation's
//! publication languages declared (a bilingual municipality publishes in Finnish and Swedish).

use super::{Ctx, Detail, Kind, Out};
use crate::model::FieldPath as P;

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    for tf in ctx.texts.iter().filter(|t| t.kind != Kind::Name) {
        for &lang in &ctx.langs {
            if tf.text.is_empty_in(lang) {
                out.add(tf.path.in_lang(lang), Detail::LanguageMissing { lang });
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
            out.add(P::Languages(crate::model::List::All), Detail::LanguageNotDeclared { lang: *lang });
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
        assert!(of(&r, "language-missing").iter().all(|f| f.path.lang() == Some(Lang::En)));
        assert!(of(&r, "language-missing").len() > 10);
    }

    #[test]
    fn organisation_languages_declared() {
        let mut r = complete();
        let org = Organisation { languages: vec![Lang::Fi, Lang::Sv], ..Organisation::default() };
        let rule = |r: &Register| {
            validate_at(r, Some(&org), today()).into_iter().filter(|f| f.rule.id == "language-not-declared").count()
        };
        assert_eq!(rule(&r), 0);
        r.languages = vec![Lang::Fi];
        assert_eq!(rule(&r), 1);
    }
}
