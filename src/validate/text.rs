//! Wording rules: vague retention, placeholders, unfinished text, residue of imported text
//! (check boxes, markup, web page chrome, dates), obsolete law, and prose that contradicts the
//! register's own yes/no answers (profiling, disclosures, transfers, identity codes).
//!
//! The texts are scanned once (`scan.rs`); these rules only read the scans.

use super::scan::{self, C, Scan, VENDORS};
use super::{Ctx, Detail, Out, Unfinished};
use crate::model::{Answer, FieldPath as P, Lang, LegalBasis, Right, Section, TransfersField};

/// Sections whose text describes the law or the notice, not this processing: contradiction
/// rules skip them ("oikeus olla joutumatta profiloinnin kohteeksi" is not profiling).
fn about_the_law(path: P) -> bool {
    matches!(path, P::Rights(_) | P::Complaint(_) | P::Automated(_) | P::Department(_))
}

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    let reg = ctx.reg;
    let mut last_contradiction: [Option<usize>; 3] = [None; 3];
    let mut retention_concrete = !reg.retention.records_plan.is_empty();
    let mut retention_scanned = false;
    for sc in &ctx.scans {
        let Some(tf) = ctx.texts.get(sc.text) else { continue };
        let s = tf.text.get(sc.lang);
        let section = tf.path.section();
        let path = tf.path.in_lang(sc.lang);
        let q = |c: C| scan::quote(s, sc.span(c), false);
        let line = |c: C| scan::quote(s, sc.span(c), true);

        if sc.has(C::Placeholder) {
            out.add(path, Detail::Placeholder { quote: q(C::Placeholder) });
        }
        if let Some((how, c)) = unfinished(sc) {
            out.add(path, Detail::Unfinished { how, quote: line(c) });
        }
        if sc.has(C::Checkbox) {
            out.add(path, Detail::Checkbox { quote: q(C::Checkbox) });
        }
        if sc.has(C::Markup) {
            out.add(path, Detail::Markup { quote: q(C::Markup) });
        }
        if sc.has(C::Garbled) {
            out.add(path, Detail::Garbled { quote: q(C::Garbled) });
        }
        if sc.has(C::Chrome) {
            out.add(path, Detail::Chrome { quote: q(C::Chrome) });
        }
        if sc.has(C::ObsoleteLaw) {
            out.add(path, Detail::ObsoleteLaw { quote: q(C::ObsoleteLaw) });
        }
        if sc.has(C::DateInBody) {
            out.add(path, Detail::DateInBody { quote: q(C::DateInBody) });
        }
        if section == Section::Sources && sc.has(C::RetentionWord) && !sc.has(C::SourceWord) {
            out.add(path, Detail::WrongSection { quote: q(C::RetentionWord) });
        }
        if let Some(c) = vague_retention(sc, section == Section::Retention) {
            out.add(path, Detail::RetentionVague { quote: q(c) });
        }
        if section == Section::Retention {
            retention_scanned = true;
            retention_concrete |= sc.has(C::Period) || sc.has(C::RecordsPlan);
        }
        if matches!(tf.path, P::Purposes(_)) && sc.has(C::VaguePurpose) {
            out.add(path, Detail::PurposeVague { quote: q(C::VaguePurpose) });
        }
        if section == Section::Purposes && sc.has(C::LegacyBasis) {
            out.add(path, Detail::LegacyBasis { quote: q(C::LegacyBasis) });
        }
        if sc.has(C::SaStale) && (section == Section::Complaint || sc.has(C::Tietosuoja)) {
            out.add(path, Detail::AuthorityStale { what: q(C::SaStale) });
        }
        if about_the_law(tf.path) {
            continue;
        }
        // Contradictions: one finding per text field, not per language.
        let once = |slot: &mut Option<usize>| {
            let first = *slot != Some(sc.text);
            *slot = Some(sc.text);
            first
        };
        if reg.automated.answer == Answer::No && sc.has(C::Profiling) && once(&mut last_contradiction[0]) {
            out.add(path, Detail::Profiling { quote: q(C::Profiling) });
        }
        if reg.recipients.disclosures == Answer::No && sc.has(C::Disclose) && once(&mut last_contradiction[1]) {
            out.add(path, Detail::Disclosure { quote: q(C::Disclose) });
        }
        if reg.data.personal_id_code != Answer::Yes && sc.has(C::Pid) && once(&mut last_contradiction[2]) {
            out.add(path, Detail::PidUndeclared { quote: q(C::Pid) });
        }
    }
    if retention_scanned && !retention_concrete {
        out.add(P::Retention(None), Detail::RetentionNotConcrete);
    }
    vendors(ctx, out);
    consent_withdrawal(ctx, out);
}

/// Consent in the prose, but not as a basis (then `withdraw-consent-missing` speaks), and
/// nowhere a word on withdrawing it.
fn consent_withdrawal(ctx: &Ctx<'_>, out: &mut Out) {
    let reg = ctx.reg;
    if reg.legal_bases().contains(&LegalBasis::Consent) || reg.lists_right(Right::WithdrawConsent) {
        return;
    }
    if ctx.scans.iter().any(|sc| sc.has(C::Withdraw)) {
        return;
    }
    let first = ctx.scans.iter().find(|sc| {
        sc.has(C::Consent)
            && ctx.texts.get(sc.text).is_some_and(|t| !about_the_law(t.path) && !matches!(t.path, P::Cookies(_)))
    });
    let Some((sc, tf)) = first.and_then(|sc| ctx.texts.get(sc.text).map(|t| (sc, t))) else { return };
    let q = scan::quote(tf.text.get(sc.lang), sc.span(C::Consent), false);
    out.add(tf.path.in_lang(sc.lang), Detail::ConsentWithdrawal { quote: q });
}

/// Which class makes the retention wording vague, if any. In the retention section any vague
/// phrase counts, and a minimum with no maximum; elsewhere only in a sentence about keeping
/// data ("säilytetään toistaiseksi").
fn vague_retention(sc: &Scan, in_retention: bool) -> Option<C> {
    if in_retention {
        if sc.has(C::Vague) {
            return Some(C::Vague);
        }
        if sc.has(C::Minimum) && !sc.has(C::Maximum) {
            return Some(C::Minimum);
        }
    } else {
        if sc.has(C::VagueRetention) {
            return Some(C::VagueRetention);
        }
        if sc.has(C::MinimumRetention) && !sc.has(C::Maximum) {
            return Some(C::MinimumRetention);
        }
    }
    None
}

/// How the text is unfinished, and the class that says so, if it is.
fn unfinished(sc: &Scan) -> Option<(Unfinished, C)> {
    if sc.has(C::UnfinishedColon) {
        Some((Unfinished::Colon, C::UnfinishedColon))
    } else if sc.has(C::UnfinishedDangling) {
        Some((Unfinished::Dangling, C::UnfinishedDangling))
    } else if sc.has(C::UnfinishedQuestion) {
        Some((Unfinished::Question, C::UnfinishedQuestion))
    } else {
        None
    }
}

/// Transfers answered "no", but a vendor outside the EU/EEA is named in a text, a system,
/// a processor or a recipient.
fn vendors(ctx: &Ctx<'_>, out: &mut Out) {
    let reg = ctx.reg;
    if reg.transfers.answer != Answer::No {
        return;
    }
    let mut found: u32 = 0;
    for sc in &ctx.scans {
        if ctx.texts.get(sc.text).is_some_and(|t| !about_the_law(t.path)) {
            found |= sc.vendors;
        }
    }
    let mut buf = Vec::new();
    let names = reg
        .security
        .systems
        .iter()
        .flat_map(|s| [s.name.as_str(), s.vendor.as_str()])
        .chain(reg.processors.list.iter().map(|p| p.name.as_str()));
    for name in names.filter(|n| !n.trim().is_empty()) {
        found |= scan::scan_str(name, Lang::En, None, &mut buf).vendors;
    }
    if found == 0 {
        return;
    }
    let mut list: Vec<&str> = Vec::new();
    for (i, name) in VENDORS.iter().enumerate() {
        if found & (1 << i) != 0 && !list.contains(name) {
            list.push(name);
        }
    }
    out.add(P::Transfers(Some(TransfersField::Answer)), Detail::Vendor { vendors: list.join(", ") });
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use crate::model::*;

    #[test]
    fn placeholder() {
        let mut r = complete();
        assert!(!fires(&r, "text-placeholder"));
        r.security.general = Text::fi("TODO: kirjoita suojaus");
        assert_eq!(one(&r, "text-placeholder").1, "security.general.fi");
    }

    #[test]
    fn unfinished() {
        let mut r = complete();
        assert!(!fires(&r, "text-unfinished"));
        r.legal_basis_text =
            Text::fi("EU:n yleisen tietosuoja-asetuksen mukainen oikeusperuste henkilötietojen käsittelylle on ");
        r.data.description = Text::fi("Rekisteriin tallennettavia tietoja ovat:");
        r.data.categories.clear();
        let list = of(&r, "text-unfinished");
        assert_eq!(list.len(), 2, "{list:#?}");
        assert!(list[0].message(Lang::Fi).contains("käsittelylle on"), "{:?}", list[0].message(Lang::Fi));
    }

    #[test]
    fn unfinished_respects_lists_headings_and_language() {
        let mut r = complete();
        // The categories follow the lead-in in the notice.
        r.data.description = Text::new("Rekisteriin tallennetaan seuraavat tiedot:", "Följande uppgifter lagras:", "");
        assert!(!fires(&r, "text-unfinished"));
        r.data.categories.clear();
        assert_eq!(of(&r, "text-unfinished").len(), 2);
        let mut r = complete();
        r.extra.push(ExtraSection {
            heading: Text::new("Mihin chat-palvelua voi käyttää?", "Vad kan chattjänsten användas till?", ""),
            body: Text::new("Neuvontaan.", "Rådgivning.", ""),
            ..Default::default()
        });
        assert!(!fires(&r, "text-unfinished"), "a question is a normal heading");
        r.processors.description = Text::new("Käsittely on ulkoistettu.", "- Ja", "");
        assert!(!fires(&r, "text-unfinished"), "Swedish \"ja\" is not the Finnish \"and\"");
        r.processors.description.fi = "Käsittely on ulkoistettu ja".into();
        assert!(fires(&r, "text-unfinished"));
    }

    #[test]
    fn checkbox_residue() {
        let mut r = complete();
        assert!(!fires(&r, "text-checkbox-residue"));
        r.processors.description = Text::fi("- Ei\n Kyllä\n\nViestinnässä voidaan käyttää ostopalvelua.");
        assert_eq!(one(&r, "text-checkbox-residue").1, "processors.description.fi");
    }

    #[test]
    fn markup_and_garbled() {
        let mut r = complete();
        assert!(!fires(&r, "text-markup") && !fires(&r, "text-garbled"));
        r.legal_basis_text = Text::fi("oikeusperusteet**Henkilötietojen käsittelyn tarkoitus:**");
        r.security.general = Text::fi("HenkilÃ¶tiedot suojataan.");
        assert!(fires(&r, "text-markup"));
        assert!(fires(&r, "text-garbled"));
    }

    #[test]
    fn web_chrome() {
        let mut r = complete();
        assert!(!fires(&r, "text-web-chrome"));
        r.extra.push(ExtraSection {
            heading: Text::fi("Lisätietoja"),
            body: Text::fi("fbpx\n\nPALUU TEHTAAN ETUSIVULLE"),
            ..Default::default()
        });
        assert_eq!(one(&r, "text-web-chrome").1, "extra[0].body.fi");
    }

    #[test]
    fn obsolete_law() {
        let mut r = complete();
        assert!(!fires(&r, "text-obsolete-law"));
        r.purposes[0].law = Text::fi("Henkilötietolaki (523/1999) 8 §");
        assert!(fires(&r, "text-obsolete-law"));
    }

    #[test]
    fn date_in_body() {
        let mut r = complete();
        assert!(!fires(&r, "text-date-in-body"));
        r.retention.criteria =
            Text::fi("Päivitetty: 30.5.2024\n\nTietojen säilytyksessä noudatetaan tiedonohjaussuunnitelmaa.");
        assert!(fires(&r, "text-date-in-body"));
    }

    #[test]
    fn wrong_section() {
        let mut r = complete();
        assert!(!fires(&r, "text-wrong-section"));
        r.sources.description = Text::fi("Henkilötiedot säilytetään vähintään asiakassuhteen keston ajan.");
        assert_eq!(one(&r, "text-wrong-section").1, "sources.description.fi");
    }

    #[test]
    fn retention_vague() {
        let mut r = complete();
        assert!(!fires(&r, "retention-vague"));
        r.retention.criteria = Text::fi("Lomakkeet säilytetään tarpeen mukaan.");
        assert_eq!(one(&r, "retention-vague").1, "retention.criteria.fi");
        let mut r = complete();
        r.retention.rules[0].period.sv = "Så länge det behövs.".into();
        assert_eq!(one(&r, "retention-vague").1, "retention.rules[0].period.sv");
        let mut r = complete();
        r.sources.description =
            Text::fi("Tiedot saadaan asiakkaalta. Henkilötiedot säilytetään vähintään asiakassuhteen keston ajan.");
        assert!(fires(&r, "retention-vague"));
        r.sources.description =
            Text::fi("Tiedot saadaan asiakkaalta, ja ne säilytetään enintään vuoden, vähintään kuukauden.");
        assert!(!fires(&r, "retention-vague"));
    }

    #[test]
    fn retention_not_concrete() {
        let mut r = complete();
        assert!(!fires(&r, "retention-not-concrete"));
        r.retention.records_plan = Text::default();
        r.retention.rules[0].period =
            Text::new("Kunnes tallenne ylikirjoitetaan.", "Tills inspelningen skrivs över.", "");
        assert_eq!(one(&r, "retention-not-concrete"), (crate::validate::Severity::Hint, "retention".into()));
    }

    #[test]
    fn purpose_vague() {
        let mut r = complete();
        assert!(!fires(&r, "purpose-vague"));
        r.purposes[0].description.fi = "Laskutukseen, markkinointiin ja muihin tarkoituksiin.".into();
        assert!(fires(&r, "purpose-vague"));
    }

    #[test]
    fn legacy_basis() {
        let mut r = complete();
        assert!(!fires(&r, "legal-basis-legacy"));
        r.legal_basis_text = Text::fi("Käsittelyn perusteena on käyttäjän asiallinen yhteys kaupungin palveluihin.");
        assert_eq!(one(&r, "legal-basis-legacy").1, "legal_basis_text.fi");
    }

    #[test]
    fn stale_authority_in_text() {
        let mut r = complete();
        assert!(!fires(&r, "authority-stale"));
        r.complaint.text =
            Text::fi("Tietosuojavaltuutetun toimisto, PL 800, 00521 Helsinki, p. +358 29 56 60700, tietosuoja@om.fi");
        assert_eq!(one(&r, "authority-stale").1, "complaint.text.fi");
    }

    #[test]
    fn profiling_contradiction() {
        let mut r = complete();
        assert!(!fires(&r, "profiling-contradiction"));
        r.automated.description = Text::fi("Automaattista päätöksentekoa tai profilointia ei suoriteta.");
        assert!(!fires(&r, "profiling-contradiction"));
        r.purposes[0].description.fi =
            "Tietojasi saatetaan käyttää myös ns. uudelleen markkinoinnin (remarketing) toteuttamiseksi.".into();
        assert_eq!(one(&r, "profiling-contradiction").1, "purposes[0].description.fi");
        r.automated.answer = Answer::Yes;
        assert!(!fires(&r, "profiling-contradiction"));
    }

    #[test]
    fn disclosure_contradiction() {
        let mut r = complete();
        r.recipients = Recipients { disclosures: Answer::No, ..Recipients::default() };
        r.recipients.description = Text::fi("Tietoja ei luovuteta kolmansille osapuolille.");
        assert!(!fires(&r, "disclosure-contradiction"));
        r.recipients.description.fi.push_str(
            "\n\nVoimme luovuttaa ilmoittautumistietosi myös muille tapahtuman järjestämiseen osallistuneille tahoille.",
        );
        assert_eq!(one(&r, "disclosure-contradiction").1, "recipients.description.fi");
    }

    #[test]
    fn transfer_vendor() {
        let mut r = complete();
        assert!(!fires(&r, "transfer-vendor"));
        r.security.systems.push(System { name: "Lomakkeet".into(), vendor: "Microsoft Forms".into() });
        r.cookies = Text::fi("Käytämme Google Analyticsia.");
        let f = of(&r, "transfer-vendor");
        assert_eq!(f.len(), 1);
        assert!(f[0].message(Lang::En).contains("Google, Microsoft"), "{}", f[0].message(Lang::En));
        r.transfers.answer = Answer::Yes;
        assert!(!fires(&r, "transfer-vendor"));
    }

    #[test]
    fn consent_withdrawal_unmentioned() {
        let mut r = complete();
        assert!(!fires(&r, "consent-withdrawal-unmentioned"));
        r.data.categories[0].description.fi =
            "Sijaintitiedot, mikäli olet antanut siihen nimenomaisen suostumuksesi.".into();
        assert_eq!(one(&r, "consent-withdrawal-unmentioned").1, "data.categories[0].description.fi");
        r.rights.how_to.fi.push_str(" Suostumuksen voi peruuttaa milloin tahansa.");
        assert!(!fires(&r, "consent-withdrawal-unmentioned"));
    }

    #[test]
    fn personal_id_undeclared() {
        let mut r = complete();
        assert!(!fires(&r, "personal-id-undeclared"));
        r.data.description = Text::fi("Henkilötunnus tallennetaan vain silloin, kun asiakkaalla ei ole Y-tunnusta.");
        assert!(fires(&r, "personal-id-undeclared"));
        r.data.personal_id_code = Answer::Yes;
        r.data.personal_id_basis =
            Text::new("Laskutus (tietosuojalaki 29 §).", "Fakturering (dataskyddslagen 29 §).", "");
        assert!(!fires(&r, "personal-id-undeclared"));
    }
}
