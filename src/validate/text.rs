//! Wording rules: vague retention, placeholders, unfinished text, residue of imported text
//! (check boxes, markup, web page chrome, dates), obsolete law, and prose that contradicts the
//! register's own yes/no answers (profiling, disclosures, transfers, identity codes).
//!
//! The texts are scanned once (`scan.rs`); these rules only read the scans.

use super::format::AUTHORITY_STALE;
use super::scan::{self, C, Scan, VENDORS};
use super::{Ctx, Out, Rule, Severity, msg};
use crate::model::{Answer, Lang, LegalBasis, Right};

pub(super) static PLACEHOLDER: Rule = Rule {
    id: "text-placeholder",
    severity: Severity::Warning,
    article: "GDPR 12(1)",
    summary: "Placeholder text left in: TODO, xxx, [täydennä], ???.",
};
pub(super) static UNFINISHED: Rule = Rule {
    id: "text-unfinished",
    severity: Severity::Warning,
    article: "GDPR 12(1)",
    summary: "Unfinished text: a colon with no list after it, a sentence stopping at \"on\"/\"ovat\", an unanswered question.",
};
pub(super) static CHECKBOX: Rule = Rule {
    id: "text-checkbox-residue",
    severity: Severity::Warning,
    article: "GDPR 12(1)",
    summary: "Unticked check boxes from a form (\"Ei / Kyllä\", ☐) left in the text.",
};
pub(super) static MARKUP: Rule = Rule {
    id: "text-markup",
    severity: Severity::Warning,
    article: "GDPR 12(1)",
    summary: "Markup artefacts: **, __, HTML entities or tags.",
};
pub(super) static GARBLED: Rule = Rule {
    id: "text-garbled",
    severity: Severity::Warning,
    article: "GDPR 12(1)",
    summary: "Garbled characters from a wrong encoding (Ã¤, U+FFFD).",
};
pub(super) static CHROME: Rule = Rule {
    id: "text-web-chrome",
    severity: Severity::Warning,
    article: "GDPR 12(1)",
    summary: "Web page furniture copied with the text: fbpx, PALUU ... ETUSIVULLE, Suosikit, logo alt text.",
};
pub(super) static OBSOLETE_LAW: Rule = Rule {
    id: "text-obsolete-law",
    severity: Severity::Warning,
    article: "Tietosuojalaki 1050/2018",
    summary: "Reference to the repealed Henkilötietolaki (523/1999).",
};
pub(super) static DATE_IN_BODY: Rule = Rule {
    id: "text-date-in-body",
    severity: Severity::Warning,
    article: "GDPR 12(1)",
    summary: "A \"Päivitetty: 30.5.2024\" line inside a body text instead of the register's dates.",
};
pub(super) static WRONG_SECTION: Rule = Rule {
    id: "text-wrong-section",
    severity: Severity::Warning,
    article: "GDPR 14(2)(f)",
    summary: "The sources section holds retention text and names no source.",
};
pub(super) static RETENTION_VAGUE: Rule = Rule {
    id: "retention-vague",
    severity: Severity::Warning,
    article: "GDPR 13(2)(a)",
    summary: "Vague retention: \"tarpeen mukaan\", \"toistaiseksi\", \"as long as necessary\", a minimum with no maximum.",
};
pub(super) static RETENTION_NOT_CONCRETE: Rule = Rule {
    id: "retention-not-concrete",
    severity: Severity::Hint,
    article: "GDPR 13(2)(a)",
    summary: "Retention names no period (number and unit) and no records management plan.",
};
pub(super) static PURPOSE_VAGUE: Rule = Rule {
    id: "purpose-vague",
    severity: Severity::Hint,
    article: "GDPR 5(1)(b)",
    summary: "Open-ended purpose: \"ja muihin tarkoituksiin\".",
};
pub(super) static LEGACY_BASIS: Rule = Rule {
    id: "legal-basis-legacy",
    severity: Severity::Warning,
    article: "GDPR 6(1)",
    summary: "A legal basis of the old law (\"asiallinen yhteys\", \"viranomaistoiminnan rekisteri\") instead of Art. 6(1).",
};
pub(super) static PROFILING: Rule = Rule {
    id: "profiling-contradiction",
    severity: Severity::Warning,
    article: "GDPR 13(2)(f)",
    summary: "Profiling answered \"no\" while a text describes targeting, remarketing or profiling.",
};
pub(super) static DISCLOSURE: Rule = Rule {
    id: "disclosure-contradiction",
    severity: Severity::Warning,
    article: "GDPR 13(1)(e)",
    summary: "Disclosures answered \"no\" while a text says data are disclosed (\"luovutetaan\", \"voimme luovuttaa\").",
};
pub(super) static VENDOR: Rule = Rule {
    id: "transfer-vendor",
    severity: Severity::Warning,
    article: "GDPR 13(1)(f), 44",
    summary: "Transfers answered \"no\" while the register names a vendor outside the EU/EEA (Facebook, Google, Microsoft, ...).",
};
pub(super) static CONSENT_WITHDRAWAL: Rule = Rule {
    id: "consent-withdrawal-unmentioned",
    severity: Severity::Warning,
    article: "GDPR 13(2)(c), 7(3)",
    summary: "A text relies on consent, no purpose has consent as its basis, and nothing says consent can be withdrawn.",
};
pub(super) static PID_UNDECLARED: Rule = Rule {
    id: "personal-id-undeclared",
    severity: Severity::Warning,
    article: "Tietosuojalaki 1050/2018 29 §",
    summary: "A text says the personal identity code is processed, but the data content does not record it.",
};

/// The rules of this file.
pub(super) static RULES: &[&Rule] = &[
    &PLACEHOLDER,
    &UNFINISHED,
    &CHECKBOX,
    &MARKUP,
    &GARBLED,
    &CHROME,
    &OBSOLETE_LAW,
    &DATE_IN_BODY,
    &WRONG_SECTION,
    &RETENTION_VAGUE,
    &RETENTION_NOT_CONCRETE,
    &PURPOSE_VAGUE,
    &LEGACY_BASIS,
    &PROFILING,
    &DISCLOSURE,
    &VENDOR,
    &CONSENT_WITHDRAWAL,
    &PID_UNDECLARED,
];

/// Sections whose text describes the law or the notice, not this processing: contradiction
/// rules skip them ("oikeus olla joutumatta profiloinnin kohteeksi" is not profiling).
fn about_the_law(root: &str) -> bool {
    matches!(root, "rights" | "complaint" | "automated" | "department")
}

/// A three-language message quoting the text.
fn quoted(fi: &str, sv: &str, en: &str, q: &str) -> [String; 3] {
    [fi.replace("{q}", q), sv.replace("{q}", q), en.replace("{q}", q)]
}

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    let reg = ctx.reg;
    let mut last_contradiction: [Option<usize>; 3] = [None; 3];
    let mut retention_concrete = !reg.retention.records_plan.is_empty();
    let mut retention_scanned = false;
    for sc in &ctx.scans {
        let Some(tf) = ctx.texts.get(sc.text) else { continue };
        let s = tf.text.get(sc.lang);
        let root = tf.path.root_name();
        let path = tf.path.field(sc.lang.code());
        let q = |c: C| scan::quote(s, sc.span(c), false);
        let line = |c: C| scan::quote(s, sc.span(c), true);

        if sc.has(C::Placeholder) {
            out.add(
                &PLACEHOLDER,
                path,
                quoted(
                    "Tekstissä on täyttämätön kohta: ”{q}”.",
                    "Texten har en platshållare: ”{q}”.",
                    "The text contains a placeholder: \"{q}\".",
                    &q(C::Placeholder),
                ),
            );
        }
        if let Some(m) = unfinished_message(sc, &line) {
            out.add(&UNFINISHED, path, m);
        }
        if sc.has(C::Checkbox) {
            out.add(
                &CHECKBOX,
                path,
                quoted(
                    "Tekstiin on jäänyt lomakkeen valintaruutu: ”{q}”. Merkitse vastaus lomakkeen kenttään ja poista jäänne.",
                    "Texten innehåller en kryssruta från en blankett: ”{q}”. Ange svaret i formulärets fält och ta bort resten.",
                    "The text contains a form check box: \"{q}\". Give the answer in the form field and remove the residue.",
                    &q(C::Checkbox),
                ),
            );
        }
        if sc.has(C::Markup) {
            out.add(
                &MARKUP,
                path,
                quoted(
                    "Tekstissä on muotoilumerkintöjä: ”{q}”.",
                    "Texten innehåller formateringskoder: ”{q}”.",
                    "The text contains markup: \"{q}\".",
                    &q(C::Markup),
                ),
            );
        }
        if sc.has(C::Garbled) {
            out.add(
                &GARBLED,
                path,
                quoted(
                    "Tekstissä on rikkoutuneita merkkejä (väärä merkistö): ”{q}”.",
                    "Texten innehåller förvrängda tecken (fel teckenkodning): ”{q}”.",
                    "The text contains garbled characters (wrong encoding): \"{q}\".",
                    &q(C::Garbled),
                ),
            );
        }
        if sc.has(C::Chrome) {
            out.add(
                &CHROME,
                path,
                quoted(
                    "Tekstiin on jäänyt verkkosivun osia: ”{q}”.",
                    "Texten innehåller rester av webbsidan: ”{q}”.",
                    "The text contains leftovers of a web page: \"{q}\".",
                    &q(C::Chrome),
                ),
            );
        }
        if sc.has(C::ObsoleteLaw) {
            out.add(
                &OBSOLETE_LAW,
                path,
                quoted(
                    "Teksti viittaa kumottuun henkilötietolakiin (523/1999): ”{q}”. Nykyiset säädökset ovat EU:n yleinen tietosuoja-asetus ja tietosuojalaki (1050/2018).",
                    "Texten hänvisar till den upphävda personuppgiftslagen (523/1999): ”{q}”. Gällande bestämmelser är EU:s allmänna dataskyddsförordning och dataskyddslagen (1050/2018).",
                    "The text refers to the repealed Personal Data Act (523/1999): \"{q}\". The rules in force are the GDPR and the Data Protection Act (1050/2018).",
                    &q(C::ObsoleteLaw),
                ),
            );
        }
        if sc.has(C::DateInBody) {
            out.add(
                &DATE_IN_BODY,
                path,
                quoted(
                    "Tekstissä on päiväysrivi: ”{q}”. Laatimis- ja päivityspäivä kuuluvat rekisterin perustietoihin.",
                    "Texten innehåller en datumrad: ”{q}”. Datum för upprättande och uppdatering hör till registrets grunduppgifter.",
                    "The text contains a date line: \"{q}\". The creation and update dates belong in the register's basic information.",
                    &q(C::DateInBody),
                ),
            );
        }
        if root == "sources" && sc.has(C::RetentionWord) && !sc.has(C::SourceWord) {
            out.add(
                &WRONG_SECTION,
                path,
                quoted(
                    "Tietolähteiden kohdassa on säilytystä koskevaa tekstiä: ”{q}”. Siirrä se säilytysaikaan ja kerro tietolähteet.",
                    "Under informationskällor finns text om lagring: ”{q}”. Flytta den till lagringstiden och ange källorna.",
                    "The sources hold text about retention: \"{q}\". Move it to retention and give the sources.",
                    &q(C::RetentionWord),
                ),
            );
        }
        if let Some(c) = vague_retention(sc, root == "retention") {
            out.add(
                &RETENTION_VAGUE,
                path,
                quoted(
                    "Säilytysaika on epämääräinen: ”{q}”. Kerro aika (esim. ”2 vuotta asiakassuhteen päättymisestä”) tai perusteet, joilla se määräytyy.",
                    "Lagringstiden är vag: ”{q}”. Ange tiden (t.ex. ”2 år efter att kundrelationen upphört”) eller kriterierna för den.",
                    "The retention period is vague: \"{q}\". Give the period (e.g. \"2 years after the customer relationship ends\") or the criteria that set it.",
                    &q(c),
                ),
            );
        }
        if root == "retention" {
            retention_scanned = true;
            retention_concrete |= sc.has(C::Period) || sc.has(C::RecordsPlan);
        }
        if root == "purposes" && sc.has(C::VaguePurpose) {
            out.add(
                &PURPOSE_VAGUE,
                path,
                quoted(
                    "Tarkoitus jää avoimeksi: ”{q}”. Luettele kaikki käyttötarkoitukset.",
                    "Ändamålet lämnas öppet: ”{q}”. Räkna upp alla ändamål.",
                    "The purpose is open-ended: \"{q}\". List every purpose.",
                    &q(C::VaguePurpose),
                ),
            );
        }
        if matches!(root, "purposes" | "legal_basis_text") && sc.has(C::LegacyBasis) {
            out.add(
                &LEGACY_BASIS,
                path,
                quoted(
                    "”{q}” ei ole tietosuoja-asetuksen mukainen oikeusperuste vaan henkilötietolain aikainen käsite. Valitse peruste 6 artiklan 1 kohdasta.",
                    "”{q}” är ingen rättslig grund enligt dataskyddsförordningen utan ett begrepp från personuppgiftslagen. Välj en grund i artikel 6.1.",
                    "\"{q}\" is not a legal basis under the GDPR but a concept of the old Personal Data Act. Choose a basis from Art. 6(1).",
                    &q(C::LegacyBasis),
                ),
            );
        }
        if sc.has(C::SaStale) && (root == "complaint" || sc.has(C::Tietosuoja)) {
            out.add(&AUTHORITY_STALE, path, super::format::stale_message(&q(C::SaStale)));
        }
        if about_the_law(root) {
            continue;
        }
        // Contradictions: one finding per text field, not per language.
        let once = |slot: &mut Option<usize>| {
            let first = *slot != Some(sc.text);
            *slot = Some(sc.text);
            first
        };
        if reg.automated.answer == Answer::No && sc.has(C::Profiling) && once(&mut last_contradiction[0]) {
            out.add(
                &PROFILING,
                path,
                quoted(
                    "Profilointiin on vastattu ”ei”, mutta teksti kuvaa kohdentamista tai profilointia: ”{q}”.",
                    "Frågan om profilering har besvarats med ”nej”, men texten beskriver riktad marknadsföring eller profilering: ”{q}”.",
                    "Profiling is answered \"no\", but the text describes targeting or profiling: \"{q}\".",
                    &q(C::Profiling),
                ),
            );
        }
        if reg.recipients.disclosures == Answer::No && sc.has(C::Disclose) && once(&mut last_contradiction[1]) {
            out.add(
                &DISCLOSURE,
                path,
                quoted(
                    "Luovutuksiin on vastattu ”ei”, mutta teksti kertoo tietojen luovuttamisesta: ”{q}”.",
                    "Frågan om utlämnanden har besvarats med ”nej”, men texten beskriver att uppgifter lämnas ut: ”{q}”.",
                    "Disclosures are answered \"no\", but the text says data are disclosed: \"{q}\".",
                    &q(C::Disclose),
                ),
            );
        }
        if reg.data.personal_id_code != Answer::Yes && sc.has(C::Pid) && once(&mut last_contradiction[2]) {
            out.add(
                &PID_UNDECLARED,
                path,
                quoted(
                    "Teksti kertoo henkilötunnuksen käsittelystä (”{q}”), mutta sitä ei ole merkitty käsiteltäviin tietoihin.",
                    "Texten nämner att personbeteckningar behandlas (”{q}”), men det har inte angetts bland uppgifterna som behandlas.",
                    "The text says the personal identity code is processed (\"{q}\"), but the data content does not record it.",
                    &q(C::Pid),
                ),
            );
        }
    }
    if retention_scanned && !retention_concrete {
        out.add(
            &RETENTION_NOT_CONCRETE,
            "retention",
            msg(
                "Säilytysajassa ei ole aikaa (esim. ”4 viikkoa”, ”2 vuotta”) eikä viittausta tiedonohjaussuunnitelmaan.",
                "Lagringstiden anger ingen tid (t.ex. ”4 veckor”, ”2 år”) och hänvisar inte till informationsstyrningsplanen.",
                "The retention gives no period (e.g. \"4 weeks\", \"2 years\") and no reference to the records management plan.",
            ),
        );
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
            && ctx
                .texts
                .get(sc.text)
                .is_some_and(|t| !about_the_law(t.path.root_name()) && t.path.root_name() != "cookies")
    });
    let Some((sc, tf)) = first.and_then(|sc| ctx.texts.get(sc.text).map(|t| (sc, t))) else { return };
    let q = scan::quote(tf.text.get(sc.lang), sc.span(C::Consent), false);
    out.add(
        &CONSENT_WITHDRAWAL,
        tf.path.field(sc.lang.code()),
        quoted(
            "Teksti kertoo suostumukseen perustuvasta käsittelystä (”{q}”), mutta oikeutta peruuttaa suostumus ei mainita, eikä suostumusta ole valittu oikeusperusteeksi.",
            "Texten beskriver behandling som grundar sig på samtycke (”{q}”), men rätten att återkalla samtycket nämns inte, och samtycke har inte valts som rättslig grund.",
            "The text describes processing based on consent (\"{q}\"), but the right to withdraw consent is not mentioned, and consent is not chosen as a legal basis.",
            &q,
        ),
    );
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

fn unfinished_message(sc: &Scan, line: &dyn Fn(C) -> String) -> Option<[String; 3]> {
    if sc.has(C::UnfinishedColon) {
        Some(quoted(
            "Kaksoispisteen jälkeen ei tule luetteloa: ”{q}”.",
            "Efter kolonet följer ingen lista: ”{q}”.",
            "No list follows the colon: \"{q}\".",
            &line(C::UnfinishedColon),
        ))
    } else if sc.has(C::UnfinishedDangling) {
        Some(quoted(
            "Lause jää kesken: ”{q}”.",
            "Meningen slutar mitt i: ”{q}”.",
            "The sentence stops midway: \"{q}\".",
            &line(C::UnfinishedDangling),
        ))
    } else if sc.has(C::UnfinishedQuestion) {
        Some(quoted(
            "Teksti päättyy kysymykseen, johon ei ole vastattu: ”{q}”.",
            "Texten slutar med en obesvarad fråga: ”{q}”.",
            "The text ends with a question nobody answered: \"{q}\".",
            &line(C::UnfinishedQuestion),
        ))
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
        if ctx.texts.get(sc.text).is_some_and(|t| !about_the_law(t.path.root_name())) {
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
    let v = list.join(", ");
    out.add(
        &VENDOR,
        "transfers.answer",
        [
            format!(
                "Siirtoihin EU:n tai ETA:n ulkopuolelle on vastattu ”ei”, mutta rekisterissä mainitaan {v}. Varmista, siirtyykö tietoja, ja kerro siirtojen suojatoimet."
            ),
            format!(
                "Frågan om överföringar utanför EU eller EES har besvarats med ”nej”, men registret nämner {v}. Kontrollera om uppgifter överförs och ange skyddsåtgärderna."
            ),
            format!(
                "Transfers outside the EU/EEA are answered \"no\", but the register names {v}. Check whether data are transferred and give the safeguards."
            ),
        ],
    );
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
        assert!(list[0].message(Lang::Fi).contains("käsittelylle on"), "{:?}", list[0].message);
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
        assert_eq!(one(&r, "retention-not-concrete"), (super::Severity::Hint, "retention".into()));
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
