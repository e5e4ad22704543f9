//! Cross-field rules (GDPR-REFERENCE 2.2): what one answer demands of another field.
//! Legitimate interests with 6(1)(f), the law behind 6(1)(c)/(e), Art. 9(2) conditions with
//! special categories, safeguards with transfers, rights against the legal bases, and so on.

use super::rights::{Applicability, register_rights};
use super::{Ctx, Out, Rule, Severity, msg};
use crate::model::{Answer, ControllerKind, LegalBasis, Requirement, Right, Safeguard};

pub(super) static LEGITIMATE_INTERESTS_MISSING: Rule = Rule {
    id: "legitimate-interests-missing",
    severity: Severity::Error,
    article: "GDPR 13(1)(d)",
    summary: "A purpose uses 6(1)(f) but the legitimate interests are not described.",
};
pub(super) static LAW_MISSING: Rule = Rule {
    id: "law-missing",
    severity: Severity::Warning,
    article: "GDPR 6(3)",
    summary: "A purpose uses 6(1)(c) or (e) but names no law it rests on.",
};
pub(super) static PUBLIC_LEGITIMATE_INTERESTS: Rule = Rule {
    id: "public-authority-legitimate-interests",
    severity: Severity::Warning,
    article: "GDPR 6(1), second subparagraph",
    summary: "A public authority bases a purpose on legitimate interests.",
};
pub(super) static SPECIAL_CONDITION_MISSING: Rule = Rule {
    id: "special-condition-missing",
    severity: Severity::Error,
    article: "GDPR 9(2)",
    summary: "Special categories are processed but no Art. 9(2) condition is chosen.",
};
pub(super) static SPECIAL_INCONSISTENT: Rule = Rule {
    id: "special-inconsistent",
    severity: Severity::Warning,
    article: "GDPR 9",
    summary: "Special categories answered \"no\", yet a category is marked special or a 9(2) condition is chosen.",
};
pub(super) static SPECIAL_UNANSWERED: Rule = Rule {
    id: "special-unanswered",
    severity: Severity::Hint,
    article: "GDPR 9, 30(1)(c)",
    summary: "It is not said whether special categories are processed.",
};
pub(super) static CRIMINAL_BASIS_MISSING: Rule = Rule {
    id: "criminal-basis-missing",
    severity: Severity::Error,
    article: "GDPR 10; Tietosuojalaki 1050/2018 7 §",
    summary: "Criminal-offence data are processed but the authority for it is not given.",
};
pub(super) static PERSONAL_ID_BASIS_MISSING: Rule = Rule {
    id: "personal-id-basis-missing",
    severity: Severity::Warning,
    article: "Tietosuojalaki 1050/2018 29 §",
    summary: "The personal identity code is processed with no ground named.",
};
pub(super) static TRANSFER_SAFEGUARD_MISSING: Rule = Rule {
    id: "transfer-safeguard-missing",
    severity: Severity::Error,
    article: "GDPR 13(1)(f), 44-49",
    summary: "A transfer outside the EU/EEA without a safeguard.",
};
pub(super) static TRANSFER_COUNTRY_MISSING: Rule = Rule {
    id: "transfer-country-missing",
    severity: Severity::Error,
    article: "GDPR 13(1)(f), 30(1)(e)",
    summary: "A transfer without its country.",
};
pub(super) static TRANSFER_COPY_MISSING: Rule = Rule {
    id: "transfer-copy-missing",
    severity: Severity::Warning,
    article: "GDPR 13(1)(f)",
    summary: "Safeguards by contract, BCR or derogation with no word on how to get a copy or which derogation.",
};
pub(super) static TRANSFERS_INCONSISTENT: Rule = Rule {
    id: "transfers-inconsistent",
    severity: Severity::Warning,
    article: "GDPR 13(1)(f)",
    summary: "Transfers answered \"no\" but transfers are listed.",
};
pub(super) static RECIPIENTS_INCONSISTENT: Rule = Rule {
    id: "recipients-inconsistent",
    severity: Severity::Warning,
    article: "GDPR 13(1)(e)",
    summary: "Disclosures answered \"no\" but recipients are listed.",
};
pub(super) static PROCESSORS_MISSING: Rule = Rule {
    id: "processors-missing",
    severity: Severity::Warning,
    article: "GDPR 13(1)(e), 28",
    summary: "Processing is outsourced but no processor is named.",
};
pub(super) static PROCESSORS_UNANSWERED: Rule = Rule {
    id: "processors-unanswered",
    severity: Severity::Hint,
    article: "GDPR 28, 30(1)(d)",
    summary: "It is not said whether processors are used.",
};
pub(super) static PROCESSOR_AGREEMENT_MISSING: Rule = Rule {
    id: "processor-agreement-missing",
    severity: Severity::Warning,
    article: "GDPR 28(3)",
    summary: "A processor without a recorded processing agreement.",
};
pub(super) static JOINT_ARRANGEMENT_MISSING: Rule = Rule {
    id: "joint-arrangement-missing",
    severity: Severity::Error,
    article: "GDPR 26(2)",
    summary: "Joint controllers without the essence of the arrangement.",
};
pub(super) static AUTOMATED_LOGIC_MISSING: Rule = Rule {
    id: "automated-logic-missing",
    severity: Severity::Error,
    article: "GDPR 13(2)(f), 22",
    summary: "Automated decisions without their logic, significance and consequences.",
};
pub(super) static RIGHT_MISSING: Rule = Rule {
    id: "right-missing",
    severity: Severity::Error,
    article: "GDPR 13(2)(b)",
    summary: "A right that applies is not listed (access, rectification, restriction; erasure where it applies).",
};
pub(super) static WITHDRAW_CONSENT_MISSING: Rule = Rule {
    id: "withdraw-consent-missing",
    severity: Severity::Error,
    article: "GDPR 13(2)(c), 7(3)",
    summary: "Consent is a basis but the right to withdraw it is not mentioned.",
};
pub(super) static OBJECT_MARKETING_MISSING: Rule = Rule {
    id: "right-object-marketing-missing",
    severity: Severity::Error,
    article: "GDPR 21(2)-(4)",
    summary: "A direct-marketing purpose without the right to object to direct marketing.",
};
pub(super) static OBJECT_MISSING: Rule = Rule {
    id: "right-object-missing",
    severity: Severity::Warning,
    article: "GDPR 13(2)(b), 21(1)",
    summary: "6(1)(e) or (f) is used but the right to object is not listed.",
};
pub(super) static PORTABILITY_MISSING: Rule = Rule {
    id: "right-portability-missing",
    severity: Severity::Warning,
    article: "GDPR 13(2)(b), 20",
    summary: "Consent or contract with automated processing, but data portability is not listed.",
};
pub(super) static AUTOMATED_RIGHT_MISSING: Rule = Rule {
    id: "right-automated-missing",
    severity: Severity::Warning,
    article: "GDPR 22(3)",
    summary: "Automated decisions are made but the Art. 22 right is not listed.",
};
pub(super) static RIGHT_NOT_APPLICABLE: Rule = Rule {
    id: "right-not-applicable",
    severity: Severity::Warning,
    article: "GDPR 7(3), 17(3)(b), 20, 21(1)",
    summary: "A listed right cannot apply under the bases used (a hint when the notice explains it in its own words).",
};
pub(super) static PROVISION_CONSEQUENCES_MISSING: Rule = Rule {
    id: "provision-consequences-missing",
    severity: Severity::Warning,
    article: "GDPR 13(2)(e)",
    summary: "Giving the data is statutory or contractual, but the consequences of not giving them are not stated.",
};
pub(super) static PROVISION_CONTRADICTS_CONSENT: Rule = Rule {
    id: "provision-contradicts-consent",
    severity: Severity::Warning,
    article: "GDPR 13(2)(e), 6(1)(a)",
    summary: "Processing rests on consent alone, yet giving the data is called statutory or contractual.",
};
pub(super) static AUTHORITY_INCOMPLETE: Rule = Rule {
    id: "authority-incomplete",
    severity: Severity::Warning,
    article: "GDPR 13(2)(d)",
    summary: "The supervisory authority is named without contact details.",
};

/// The rules of this file.
pub(super) static RULES: &[&Rule] = &[
    &LEGITIMATE_INTERESTS_MISSING,
    &LAW_MISSING,
    &PUBLIC_LEGITIMATE_INTERESTS,
    &SPECIAL_CONDITION_MISSING,
    &SPECIAL_INCONSISTENT,
    &SPECIAL_UNANSWERED,
    &CRIMINAL_BASIS_MISSING,
    &PERSONAL_ID_BASIS_MISSING,
    &TRANSFER_SAFEGUARD_MISSING,
    &TRANSFER_COUNTRY_MISSING,
    &TRANSFER_COPY_MISSING,
    &TRANSFERS_INCONSISTENT,
    &RECIPIENTS_INCONSISTENT,
    &PROCESSORS_MISSING,
    &PROCESSORS_UNANSWERED,
    &PROCESSOR_AGREEMENT_MISSING,
    &JOINT_ARRANGEMENT_MISSING,
    &AUTOMATED_LOGIC_MISSING,
    &RIGHT_MISSING,
    &WITHDRAW_CONSENT_MISSING,
    &OBJECT_MARKETING_MISSING,
    &OBJECT_MISSING,
    &PORTABILITY_MISSING,
    &AUTOMATED_RIGHT_MISSING,
    &RIGHT_NOT_APPLICABLE,
    &PROVISION_CONSEQUENCES_MISSING,
    &PROVISION_CONTRADICTS_CONSENT,
    &AUTHORITY_INCOMPLETE,
];

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    purposes(ctx, out);
    data(ctx, out);
    recipients_processors_transfers(ctx, out);
    let reg = ctx.reg;
    if !reg.controller.joint.is_empty() && reg.controller.joint_arrangement.is_empty() {
        out.add(
            &JOINT_ARRANGEMENT_MISSING,
            "controller.joint_arrangement",
            msg(
                "Yhteisrekisterinpitäjät on lueteltu, mutta järjestelyn pääkohtia ja vastuunjakoa ei ole kerrottu.",
                "Gemensamt personuppgiftsansvariga räknas upp, men det väsentliga innehållet i arrangemanget och ansvarsfördelningen har inte angetts.",
                "Joint controllers are listed, but the essence of the arrangement and the division of responsibilities are not given.",
            ),
        );
    }
    let a = &reg.automated;
    if a.answer == Answer::Yes && (a.logic.is_empty() || a.consequences.is_empty()) {
        let path = if a.logic.is_empty() { "automated.logic" } else { "automated.consequences" };
        out.add(
            &AUTOMATED_LOGIC_MISSING,
            path,
            msg(
                "Automaattisesta päätöksenteosta on kerrottava käytetty logiikka sekä käsittelyn merkitys ja seuraukset rekisteröidylle.",
                "För automatiserat beslutsfattande ska logiken samt behandlingens betydelse och följder för den registrerade anges.",
                "For automated decision-making, give the logic involved and the significance and consequences for the data subject.",
            ),
        );
    }
    rights(ctx, out);
    provision(ctx, out);
    let auth = &reg.complaint.authority;
    if !auth.is_empty() && !auth.has_channel() {
        out.add(
            &AUTHORITY_INCOMPLETE,
            "complaint.authority",
            msg(
                "Valvontaviranomaisen yhteystiedot puuttuvat. Jätä kohta tyhjäksi, niin selosteeseen tulevat tietosuojavaltuutetun toimiston ajantasaiset yhteystiedot.",
                "Tillsynsmyndighetens kontaktuppgifter saknas. Lämna fältet tomt så används dataombudsmannens byrås aktuella kontaktuppgifter.",
                "The supervisory authority has no contact details. Leave the block empty to use the current details of the Data Protection Ombudsman's office.",
            ),
        );
    }
}

fn purposes(ctx: &Ctx<'_>, out: &mut Out) {
    for (i, p) in ctx.reg.purposes.iter().enumerate() {
        let has = |b: LegalBasis| p.legal_bases.contains(&b);
        if has(LegalBasis::LegitimateInterests) && p.legitimate_interests.is_empty() {
            out.add(
                &LEGITIMATE_INTERESTS_MISSING,
                format!("purposes[{i}].legitimate_interests"),
                msg(
                    "Käsittely perustuu oikeutettuun etuun, mutta oikeutettuja etuja ei ole kuvattu.",
                    "Behandlingen grundar sig på berättigat intresse, men de berättigade intressena har inte beskrivits.",
                    "Processing rests on legitimate interests, but the interests are not described.",
                ),
            );
        }
        if (has(LegalBasis::LegalObligation) || has(LegalBasis::PublicTask)) && p.law.is_empty() {
            out.add(
                &LAW_MISSING,
                format!("purposes[{i}].law"),
                msg(
                    "Lakisääteisen velvoitteen tai yleisen edun mukaisen tehtävän on perustuttava lakiin: mainitse laki ja pykälä.",
                    "En rättslig förpliktelse eller en uppgift av allmänt intresse ska vara fastställd i lag: ange lagen och paragrafen.",
                    "A legal obligation or a public task must be laid down by law: name the act and section.",
                ),
            );
        }
        if ctx.kind == ControllerKind::PublicAuthority && has(LegalBasis::LegitimateInterests) {
            out.add(
                &PUBLIC_LEGITIMATE_INTERESTS,
                format!("purposes[{i}].legal_bases"),
                msg(
                    "Viranomainen ei voi perustaa tehtäviensä hoitamista oikeutettuun etuun. Käytä perusteena yleisen edun mukaista tehtävää tai lakisääteistä velvoitetta.",
                    "En myndighet kan inte grunda utförandet av sina uppgifter på berättigat intresse. Använd uppgift av allmänt intresse eller rättslig förpliktelse.",
                    "A public authority cannot rely on legitimate interests in performing its tasks. Use public task or legal obligation.",
                ),
            );
        }
    }
}

fn data(ctx: &Ctx<'_>, out: &mut Out) {
    let d = &ctx.reg.data;
    let special_category = d.categories.iter().position(|c| c.special.is_some());
    let special = d.special == Answer::Yes || special_category.is_some();
    if special && d.special_conditions.is_empty() {
        out.add(
            &SPECIAL_CONDITION_MISSING,
            "data.special_conditions",
            msg(
                "Erityisiä henkilötietoryhmiä käsitellään, mutta käsittelyn edellytystä ei ole valittu 9 artiklan 2 kohdasta.",
                "Särskilda kategorier av personuppgifter behandlas, men ingen grund har valts i artikel 9.2.",
                "Special categories of data are processed, but no condition of Art. 9(2) is chosen.",
            ),
        );
    }
    if d.special == Answer::No {
        if let Some(i) = special_category {
            out.add(
                &SPECIAL_INCONSISTENT,
                format!("data.categories[{i}].special"),
                msg(
                    "Erityisten henkilötietojen käsittelyyn on vastattu ”ei”, mutta tämä tietoryhmä on merkitty erityiseksi.",
                    "Frågan om särskilda kategorier av personuppgifter har besvarats med ”nej”, men denna kategori är markerad som särskild.",
                    "Special categories are answered \"no\", but this data category is marked special.",
                ),
            );
        } else if !d.special_conditions.is_empty() {
            out.add(
                &SPECIAL_INCONSISTENT,
                "data.special_conditions",
                msg(
                    "Erityisten henkilötietojen käsittelyyn on vastattu ”ei”, mutta 9 artiklan 2 kohdan edellytyksiä on valittu.",
                    "Frågan om särskilda kategorier av personuppgifter har besvarats med ”nej”, men grunder enligt artikel 9.2 har valts.",
                    "Special categories are answered \"no\", but Art. 9(2) conditions are chosen.",
                ),
            );
        }
    }
    if d.special == Answer::Unanswered && special_category.is_none() && d.special_conditions.is_empty() {
        out.add(
            &SPECIAL_UNANSWERED,
            "data.special",
            msg(
                "Kerro, käsitelläänkö erityisiä henkilötietoryhmiä (esimerkiksi terveystietoja).",
                "Ange om särskilda kategorier av personuppgifter (till exempel hälsouppgifter) behandlas.",
                "State whether special categories of data (for example health data) are processed.",
            ),
        );
    }
    if d.criminal == Answer::Yes && d.criminal_basis.is_empty() {
        out.add(
            &CRIMINAL_BASIS_MISSING,
            "data.criminal_basis",
            msg(
                "Rikostuomioihin ja rikkomuksiin liittyviä tietoja käsitellään, mutta käsittelyn perustetta (tietosuojalaki 7 §) ei ole kerrottu.",
                "Uppgifter om fällande domar i brottmål och lagöverträdelser behandlas, men grunden (dataskyddslagen 7 §) har inte angetts.",
                "Data on criminal convictions and offences are processed, but the authority for it (Data Protection Act, section 7) is not given.",
            ),
        );
    }
    if d.personal_id_code == Answer::Yes && d.personal_id_basis.is_empty() {
        out.add(
            &PERSONAL_ID_BASIS_MISSING,
            "data.personal_id_basis",
            msg(
                "Henkilötunnusta käsitellään, mutta käsittelyn perustetta (tietosuojalaki 29 §) ei ole kerrottu.",
                "Personbeteckningen behandlas, men grunden (dataskyddslagen 29 §) har inte angetts.",
                "The personal identity code is processed, but the ground for it (Data Protection Act, section 29) is not given.",
            ),
        );
    }
}

fn recipients_processors_transfers(ctx: &Ctx<'_>, out: &mut Out) {
    let reg = ctx.reg;
    if reg.recipients.disclosures == Answer::No && reg.recipients.list.iter().any(|r| !r.name.is_empty()) {
        out.add(
            &RECIPIENTS_INCONSISTENT,
            "recipients.disclosures",
            msg(
                "Luovutuksiin on vastattu ”ei”, mutta vastaanottajia on lueteltu.",
                "Frågan om utlämnanden har besvarats med ”nej”, men mottagare räknas upp.",
                "Disclosures are answered \"no\", but recipients are listed.",
            ),
        );
    }
    let p = &reg.processors;
    if p.used == Answer::Yes && p.list.is_empty() && p.description.is_empty() {
        out.add(
            &PROCESSORS_MISSING,
            "processors.list",
            msg(
                "Käsittely on ulkoistettu, mutta käsittelijöitä ei ole nimetty.",
                "Behandlingen har lagts ut, men inga personuppgiftsbiträden har angetts.",
                "Processing is outsourced, but no processors are named.",
            ),
        );
    }
    if p.used == Answer::Unanswered && p.list.is_empty() {
        out.add(
            &PROCESSORS_UNANSWERED,
            "processors.used",
            msg(
                "Kerro, käytetäänkö henkilötietojen käsittelijöitä (toimeksianto tai ostopalvelu).",
                "Ange om personuppgiftsbiträden används (uppdrag eller köpta tjänster).",
                "State whether processors are used (outsourcing or purchased services).",
            ),
        );
    }
    for (i, proc_) in p.list.iter().enumerate() {
        if proc_.agreement != Answer::Yes {
            out.add(
                &PROCESSOR_AGREEMENT_MISSING,
                format!("processors.list[{i}].agreement"),
                [
                    format!(
                        "Käsittelijän {} kanssa ei ole merkitty tehdyksi 28 artiklan mukaista käsittelysopimusta.",
                        proc_.name
                    ),
                    format!("Inget personuppgiftsbiträdesavtal enligt artikel 28 har angetts för {}.", proc_.name),
                    format!("No Art. 28 processing agreement is recorded for {}.", proc_.name),
                ],
            );
        }
    }
    let t = &reg.transfers;
    if t.answer == Answer::No && !t.list.is_empty() {
        out.add(
            &TRANSFERS_INCONSISTENT,
            "transfers.answer",
            msg(
                "Siirtoihin on vastattu ”ei”, mutta siirtoja on lueteltu.",
                "Frågan om överföringar har besvarats med ”nej”, men överföringar räknas upp.",
                "Transfers are answered \"no\", but transfers are listed.",
            ),
        );
    }
    for (i, x) in t.list.iter().enumerate() {
        if x.country.is_empty() {
            out.add(
                &TRANSFER_COUNTRY_MISSING,
                format!("transfers.list[{i}].country"),
                msg(
                    "Siirron kohdemaata ei ole kerrottu.",
                    "Mottagarlandet för överföringen har inte angetts.",
                    "The country the data go to is not given.",
                ),
            );
        }
        match x.safeguard {
            None => out.add(
                &TRANSFER_SAFEGUARD_MISSING,
                format!("transfers.list[{i}].safeguard"),
                msg(
                    "Siirrolle ei ole valittu suojatoimea (komission riittävyyspäätös, vakiosopimuslausekkeet, yritystä koskevat sitovat säännöt tai 49 artiklan poikkeus).",
                    "Ingen skyddsåtgärd har valts för överföringen (beslut om adekvat skyddsnivå, standardavtalsklausuler, bindande företagsbestämmelser eller undantag enligt artikel 49).",
                    "The transfer has no safeguard (adequacy decision, standard contractual clauses, binding corporate rules or an Art. 49 derogation).",
                ),
            ),
            Some(Safeguard::AdequacyDecision) => {}
            Some(_) if x.details.is_empty() => out.add(
                &TRANSFER_COPY_MISSING,
                format!("transfers.list[{i}].details"),
                msg(
                    "Kerro, mistä suojatoimista saa jäljennöksen (tai mihin 49 artiklan poikkeukseen siirto perustuu).",
                    "Ange hur man får en kopia av skyddsåtgärderna (eller vilket undantag i artikel 49 överföringen grundar sig på).",
                    "Say how to obtain a copy of the safeguards (or which Art. 49 derogation the transfer rests on).",
                ),
            ),
            Some(_) => {}
        }
    }
}

fn rights(ctx: &Ctx<'_>, out: &mut Out) {
    let reg = ctx.reg;
    let table = register_rights(reg);
    let bases = reg.legal_bases();
    let listed = |r: Right| reg.lists_right(r);
    let applies = |r: Right| table.get(r) != Applicability::NotApplicable;
    // Withdrawal of consent: required whenever any purpose rests on consent.
    let consent = bases.contains(&LegalBasis::Consent)
        || reg.data.special_conditions.contains(&crate::model::SpecialCondition::ExplicitConsent);
    if consent && !listed(Right::WithdrawConsent) {
        out.add(
            &WITHDRAW_CONSENT_MISSING,
            "rights.listed",
            msg(
                "Käsittely perustuu suostumukseen, mutta oikeutta peruuttaa suostumus milloin tahansa ei ole mainittu.",
                "Behandlingen grundar sig på samtycke, men rätten att när som helst återkalla samtycket nämns inte.",
                "Processing rests on consent, but the right to withdraw consent at any time is not mentioned.",
            ),
        );
    }
    if reg.purposes.iter().any(|p| p.direct_marketing) && !listed(Right::ObjectDirectMarketing) {
        out.add(
            &OBJECT_MARKETING_MISSING,
            "rights.listed",
            msg(
                "Tietoja käytetään suoramarkkinointiin, mutta oikeutta vastustaa suoramarkkinointia ei ole kerrottu erikseen ja selkeästi.",
                "Uppgifterna används för direktmarknadsföring, men rätten att invända mot direktmarknadsföring anges inte separat och tydligt.",
                "The data are used for direct marketing, but the right to object to it is not stated separately and clearly.",
            ),
        );
    }
    if reg.automated.answer == Answer::Yes && !listed(Right::AutomatedDecisions) {
        out.add(
            &AUTOMATED_RIGHT_MISSING,
            "rights.listed",
            msg(
                "Rekisterissä tehdään automaattisia päätöksiä, mutta oikeutta olla joutumatta niiden kohteeksi ja vaatia ihmisen arviointia ei ole mainittu.",
                "Automatiserade beslut fattas, men rätten att inte bli föremål för dem och att kräva mänsklig bedömning nämns inte.",
                "Automated decisions are made, but the right not to be subject to them and to obtain human intervention is not mentioned.",
            ),
        );
    }
    if reg.rights.listed.is_empty() {
        // `rights-missing` says it once; listing each right too would only repeat it.
        return;
    }
    let uses = |b: LegalBasis| bases.contains(&b);
    for right in [Right::Access, Right::Rectification, Right::Restriction, Right::Erasure] {
        if applies(right) && !listed(right) && !(right == Right::Erasure && bases.is_empty()) {
            out.add(
                &RIGHT_MISSING,
                "rights.listed",
                [
                    format!(
                        "Luettelosta puuttuu oikeus, joka koskee tätä käsittelyä: {}.",
                        right.label(crate::model::Lang::Fi)
                    ),
                    format!(
                        "Förteckningen saknar en rättighet som gäller denna behandling: {}.",
                        right.label(crate::model::Lang::Sv)
                    ),
                    format!(
                        "A right that applies to this processing is not listed: {}.",
                        right.label(crate::model::Lang::En)
                    ),
                ],
            );
        }
    }
    if (uses(LegalBasis::PublicTask) || uses(LegalBasis::LegitimateInterests)) && !listed(Right::Object) {
        out.add(
            &OBJECT_MISSING,
            "rights.listed",
            msg(
                "Käsittely perustuu yleisen edun mukaiseen tehtävään tai oikeutettuun etuun, mutta vastustamisoikeutta ei ole mainittu.",
                "Behandlingen grundar sig på en uppgift av allmänt intresse eller ett berättigat intresse, men rätten att göra invändningar nämns inte.",
                "Processing rests on a public task or legitimate interests, but the right to object is not mentioned.",
            ),
        );
    }
    if (uses(LegalBasis::Consent) || uses(LegalBasis::Contract))
        && table.get(Right::Portability) != Applicability::NotApplicable
        && !listed(Right::Portability)
    {
        out.add(
            &PORTABILITY_MISSING,
            "rights.listed",
            msg(
                "Käsittely perustuu suostumukseen tai sopimukseen ja on automaattista, mutta oikeutta siirtää tiedot järjestelmästä toiseen ei ole mainittu.",
                "Behandlingen grundar sig på samtycke eller avtal och sker automatiserat, men rätten till dataportabilitet nämns inte.",
                "Processing rests on consent or a contract and is automated, but the right to data portability is not mentioned.",
            ),
        );
    }
    if bases.is_empty() {
        return;
    }
    for (i, entry) in reg.rights.listed.iter().enumerate() {
        if table.get(entry.right) != Applicability::NotApplicable {
            continue;
        }
        let Some(why) = not_applicable_reason(entry.right) else { continue };
        let severity = if entry.text.is_empty() { Severity::Warning } else { Severity::Hint };
        let label = |l| entry.right.label(l);
        use crate::model::Lang::*;
        out.add_as(
            &RIGHT_NOT_APPLICABLE,
            severity,
            format!("rights.listed[{i}]"),
            [
                format!("{}: {}", label(Fi), why[0]),
                format!("{}: {}", label(Sv), why[1]),
                format!("{}: {}", label(En), why[2]),
            ],
        );
    }
}

/// Why a right cannot apply, in fi, sv, en.
fn not_applicable_reason(right: Right) -> Option<[&'static str; 3]> {
    match right {
        Right::Erasure => Some([
            "ei sovellu, kun käsittely perustuu lakisääteiseen velvoitteeseen tai yleisen edun mukaiseen tehtävään (17 artiklan 3 kohdan b alakohta). Poista oikeus luettelosta tai kerro sen rajoituksesta.",
            "gäller inte när behandlingen grundar sig på en rättslig förpliktelse eller en uppgift av allmänt intresse (artikel 17.3 b). Ta bort rättigheten eller förklara begränsningen.",
            "does not apply when processing rests on a legal obligation or a public task (Art. 17(3)(b)). Remove it or explain the limitation.",
        ]),
        Right::Portability => Some([
            "koskee vain suostumukseen tai sopimukseen perustuvaa automaattista käsittelyä (20 artikla).",
            "gäller endast automatiserad behandling som grundar sig på samtycke eller avtal (artikel 20).",
            "applies only to automated processing based on consent or a contract (Art. 20).",
        ]),
        Right::Object => Some([
            "koskee vain yleisen edun mukaiseen tehtävään tai oikeutettuun etuun perustuvaa käsittelyä (21 artiklan 1 kohta). Suostumukseen perustuvassa käsittelyssä suostumus peruutetaan.",
            "gäller endast behandling som grundar sig på en uppgift av allmänt intresse eller ett berättigat intresse (artikel 21.1). Vid samtycke återkallas samtycket i stället.",
            "applies only to processing based on a public task or legitimate interests (Art. 21(1)). With consent, consent is withdrawn instead.",
        ]),
        Right::WithdrawConsent => Some([
            "mikään käsittely ei perustu suostumukseen.",
            "ingen behandling grundar sig på samtycke.",
            "no processing is based on consent.",
        ]),
        _ => None,
    }
}

fn provision(ctx: &Ctx<'_>, out: &mut Out) {
    let reg = ctx.reg;
    let p = &reg.provision;
    if matches!(p.requirement, Requirement::Statutory | Requirement::Contractual) && p.consequences.is_empty() {
        out.add(
            &PROVISION_CONSEQUENCES_MISSING,
            "provision.consequences",
            msg(
                "Kerro, mitä seuraa, jos tietoja ei anneta.",
                "Ange vad som följer om uppgifterna inte lämnas.",
                "Say what follows if the data are not provided.",
            ),
        );
    }
    let bases = reg.legal_bases();
    if bases == [LegalBasis::Consent] && matches!(p.requirement, Requirement::Statutory | Requirement::Contractual) {
        out.add(
            &PROVISION_CONTRADICTS_CONSENT,
            "provision.requirement",
            msg(
                "Käsittely perustuu pelkästään suostumukseen, mutta tietojen antamisen sanotaan perustuvan lakiin tai sopimukseen.",
                "Behandlingen grundar sig enbart på samtycke, men uppgifterna sägs lämnas enligt lag eller avtal.",
                "Processing rests on consent alone, but providing the data is said to be a statutory or contractual requirement.",
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::Severity;
    use crate::model::*;

    #[test]
    fn legitimate_interests_and_law() {
        let mut r = complete();
        assert!(!fires(&r, "legitimate-interests-missing") && !fires(&r, "law-missing"));
        r.purposes[0].law = Text::default();
        assert_eq!(one(&r, "law-missing").1, "purposes[0].law");
        r.purposes[0].legal_bases = vec![LegalBasis::LegitimateInterests];
        assert_eq!(one(&r, "legitimate-interests-missing").1, "purposes[0].legitimate_interests");
        r.purposes[0].legitimate_interests = Text::new("Omaisuuden suojaaminen.", "Skydd av egendom.", "");
        assert!(!fires(&r, "legitimate-interests-missing"));
    }

    #[test]
    fn public_authority_and_legitimate_interests() {
        let mut r = complete();
        assert!(!fires(&r, "public-authority-legitimate-interests"));
        r.purposes[0].legal_bases = vec![LegalBasis::LegitimateInterests];
        assert_eq!(one(&r, "public-authority-legitimate-interests").1, "purposes[0].legal_bases");
        r.controller.kind = ControllerKind::Company;
        assert!(!fires(&r, "public-authority-legitimate-interests"));
    }

    #[test]
    fn special_categories() {
        let mut r = complete();
        assert!(
            !fires(&r, "special-condition-missing")
                && !fires(&r, "special-inconsistent")
                && !fires(&r, "special-unanswered")
        );
        r.data.categories[0].special = Some(SpecialKind::Health);
        assert_eq!(one(&r, "special-inconsistent").1, "data.categories[0].special");
        assert!(fires(&r, "special-condition-missing"));
        r.data.special = Answer::Yes;
        r.data.special_conditions = vec![SpecialCondition::HealthOrSocialCare];
        assert!(!fires(&r, "special-condition-missing") && !fires(&r, "special-inconsistent"));
        r.data.categories[0].special = None;
        r.data.special = Answer::Unanswered;
        r.data.special_conditions.clear();
        assert_eq!(one(&r, "special-unanswered").0, Severity::Hint);
    }

    #[test]
    fn criminal_and_identity_code() {
        let mut r = complete();
        assert!(!fires(&r, "criminal-basis-missing") && !fires(&r, "personal-id-basis-missing"));
        r.data.criminal = Answer::Yes;
        r.data.personal_id_code = Answer::Yes;
        assert!(fires(&r, "criminal-basis-missing"));
        assert_eq!(one(&r, "personal-id-basis-missing"), (Severity::Warning, "data.personal_id_basis".into()));
    }

    #[test]
    fn transfers() {
        let mut r = complete();
        assert!(!fires(&r, "transfer-safeguard-missing") && !fires(&r, "transfers-inconsistent"));
        r.transfers.list.push(Transfer { recipient: "Meta Platforms Inc.".into(), ..Transfer::default() });
        assert!(fires(&r, "transfers-inconsistent"));
        r.transfers.answer = Answer::Yes;
        assert_eq!(one(&r, "transfer-safeguard-missing").1, "transfers.list[0].safeguard");
        assert_eq!(one(&r, "transfer-country-missing").1, "transfers.list[0].country");
        r.transfers.list[0].safeguard = Some(Safeguard::StandardContractualClauses);
        assert_eq!(one(&r, "transfer-copy-missing").1, "transfers.list[0].details");
        r.transfers.list[0].safeguard = Some(Safeguard::AdequacyDecision);
        assert!(!fires(&r, "transfer-copy-missing") && !fires(&r, "transfer-safeguard-missing"));
    }

    #[test]
    fn recipients_inconsistent() {
        let mut r = complete();
        assert!(!fires(&r, "recipients-inconsistent"));
        r.recipients.disclosures = Answer::No;
        assert!(fires(&r, "recipients-inconsistent"));
    }

    #[test]
    fn processors() {
        let mut r = complete();
        assert!(
            !fires(&r, "processor-agreement-missing")
                && !fires(&r, "processors-missing")
                && !fires(&r, "processors-unanswered")
        );
        r.processors.list[0].agreement = Answer::Unanswered;
        assert_eq!(one(&r, "processor-agreement-missing").1, "processors.list[0].agreement");
        r.processors.list.clear();
        assert_eq!(one(&r, "processors-missing").1, "processors.list");
        r.processors.used = Answer::Unanswered;
        assert_eq!(one(&r, "processors-unanswered").0, Severity::Hint);
    }

    #[test]
    fn joint_controllers() {
        let mut r = complete();
        assert!(!fires(&r, "joint-arrangement-missing"));
        r.controller.joint.push(JointController::default());
        assert!(fires(&r, "joint-arrangement-missing"));
    }

    #[test]
    fn automated_decisions() {
        let mut r = complete();
        assert!(!fires(&r, "automated-logic-missing") && !fires(&r, "right-automated-missing"));
        r.automated.answer = Answer::Yes;
        assert_eq!(one(&r, "automated-logic-missing").1, "automated.logic");
        assert!(fires(&r, "right-automated-missing"));
        r.automated.logic = Text::new("Pisteytys.", "Poängsättning.", "");
        r.automated.consequences = Text::new("Hakemus hylätään.", "Ansökan avslås.", "");
        r.rights.listed.push(RightEntry::new(Right::AutomatedDecisions));
        assert!(!fires(&r, "automated-logic-missing") && !fires(&r, "right-automated-missing"));
    }

    #[test]
    fn core_rights_missing() {
        let mut r = complete();
        assert!(!fires(&r, "right-missing"));
        r.rights.listed.retain(|e| e.right != Right::Restriction);
        let f = of(&r, "right-missing");
        assert_eq!(f.len(), 1);
        assert!(f[0].message(Lang::Fi).contains("rajoittamiseen"));
    }

    #[test]
    fn erasure_missing_only_where_it_applies() {
        let mut r = complete();
        r.purposes[0].legal_bases = vec![LegalBasis::Contract];
        r.purposes[0].law = Text::default();
        assert!(fires(&r, "right-missing"), "erasure applies under a contract");
        r.rights.listed.push(RightEntry::new(Right::Erasure));
        assert!(!fires(&r, "right-missing"));
    }

    #[test]
    fn withdraw_consent() {
        let mut r = complete();
        assert!(!fires(&r, "withdraw-consent-missing"));
        r.purposes.push(Purpose {
            description: Text::new("Uutiskirje.", "Nyhetsbrev.", ""),
            legal_bases: vec![LegalBasis::Consent],
            ..Purpose::default()
        });
        assert_eq!(one(&r, "withdraw-consent-missing"), (Severity::Error, "rights.listed".into()));
        r.rights.listed.push(RightEntry::new(Right::WithdrawConsent));
        assert!(!fires(&r, "withdraw-consent-missing"));
    }

    #[test]
    fn direct_marketing_objection() {
        let mut r = complete();
        assert!(!fires(&r, "right-object-marketing-missing"));
        r.purposes[0].direct_marketing = true;
        assert!(fires(&r, "right-object-marketing-missing"));
        r.rights.listed.push(RightEntry::new(Right::ObjectDirectMarketing));
        assert!(!fires(&r, "right-object-marketing-missing"));
    }

    #[test]
    fn objection_under_public_task() {
        let mut r = complete();
        assert!(!fires(&r, "right-object-missing"));
        r.rights.listed.retain(|e| e.right != Right::Object);
        assert_eq!(one(&r, "right-object-missing").0, Severity::Warning);
    }

    #[test]
    fn portability_under_consent_or_contract() {
        let mut r = complete();
        assert!(!fires(&r, "right-portability-missing"));
        r.purposes[0].legal_bases = vec![LegalBasis::Contract];
        assert!(fires(&r, "right-portability-missing"));
        r.security.systems.clear();
        r.security.electronic = Text::default();
        assert!(!fires(&r, "right-portability-missing"), "paper only: no portability");
    }

    #[test]
    fn rights_that_cannot_apply() {
        let mut r = complete();
        assert!(!fires(&r, "right-not-applicable"));
        r.rights.listed.push(RightEntry::new(Right::Erasure));
        r.rights.listed.push(RightEntry::new(Right::Portability));
        r.rights.listed.push(RightEntry::new(Right::WithdrawConsent));
        let f = of(&r, "right-not-applicable");
        assert_eq!(f.len(), 3, "{f:#?}");
        assert_eq!(f[0].path, "rights.listed[5]");
        assert_eq!(f[0].severity, Severity::Warning);
        r.rights.listed[5].text = Text::fi("Oikeus poistaa tiedot ei koske lakisääteistä käsittelyä.");
        let f = of(&r, "right-not-applicable");
        assert_eq!(f.iter().find(|f| f.path == "rights.listed[5]").unwrap().severity, Severity::Hint);
        // Consent only: objection cannot apply (the Jämsä case).
        let mut r = complete();
        r.purposes[0].legal_bases = vec![LegalBasis::Consent];
        r.rights.listed.push(RightEntry::new(Right::WithdrawConsent));
        assert_eq!(one(&r, "right-not-applicable").1, "rights.listed[3]");
    }

    #[test]
    fn provision_rules() {
        let mut r = complete();
        assert!(!fires(&r, "provision-consequences-missing") && !fires(&r, "provision-contradicts-consent"));
        r.provision.requirement = Requirement::Contractual;
        r.provision.consequences = Text::default();
        assert!(fires(&r, "provision-consequences-missing"));
        r.purposes[0].legal_bases = vec![LegalBasis::Consent];
        assert!(fires(&r, "provision-contradicts-consent"));
    }

    #[test]
    fn authority_without_contact_details() {
        let mut r = complete();
        assert!(!fires(&r, "authority-incomplete"));
        r.complaint.authority.name = Text::fi("Tietosuojavaltuutettu");
        assert_eq!(one(&r, "authority-incomplete").1, "complaint.authority");
    }
}
