//! Required content (DESIGN.md section 3, GDPR-REFERENCE 2.1): what an Art. 13/14 notice and
//! an Art. 30 record cannot do without. Mostly errors.

use super::{Ctx, Out, Rule, Severity, msg};
use crate::model::{Answer, ControllerKind, Requirement, Right, Status};

pub(super) static NAME_MISSING: Rule = Rule {
    id: "name-missing",
    severity: Severity::Error,
    article: "GDPR 30(1)(b)",
    summary: "The register has no name.",
};
pub(super) static CONTROLLER_NAME_MISSING: Rule = Rule {
    id: "controller-name-missing",
    severity: Severity::Error,
    article: "GDPR 13(1)(a), 30(1)(a)",
    summary: "The controller has no name.",
};
pub(super) static CONTROLLER_CONTACT_MISSING: Rule = Rule {
    id: "controller-contact-missing",
    severity: Severity::Error,
    article: "GDPR 13(1)(a), 30(1)(a)",
    summary: "Neither the controller nor any contact person has an address, phone or e-mail.",
};
pub(super) static CONTROLLER_KIND_MISSING: Rule = Rule {
    id: "controller-kind-missing",
    severity: Severity::Hint,
    article: "GDPR 6(1), 37(1)(a)",
    summary: "The kind of controller (public authority, company, association) is not chosen; public-sector rules depend on it.",
};
pub(super) static CONTACT_PERSON_MISSING: Rule = Rule {
    id: "contact-person-missing",
    severity: Severity::Hint,
    article: "GDPR 12(2)",
    summary: "No contact person or person in charge is named.",
};
pub(super) static CONTACT_CHANNEL_MISSING: Rule = Rule {
    id: "contact-channel-missing",
    severity: Severity::Warning,
    article: "GDPR 12(2)",
    summary: "A contact person has neither a phone number nor an e-mail address.",
};
pub(super) static DPO_MISSING: Rule = Rule {
    id: "dpo-missing",
    severity: Severity::Error,
    article: "GDPR 13(1)(b), 37(1)(a)",
    summary: "No contact details for the DPO: error for a public authority, warning when the kind is not chosen, hint for a company or association.",
};
pub(super) static PURPOSE_MISSING: Rule = Rule {
    id: "purpose-missing",
    severity: Severity::Error,
    article: "GDPR 13(1)(c), 30(1)(b)",
    summary: "No purpose of processing.",
};
pub(super) static PURPOSE_DESCRIPTION_MISSING: Rule = Rule {
    id: "purpose-description-missing",
    severity: Severity::Error,
    article: "GDPR 13(1)(c), 30(1)(b)",
    summary: "A purpose without a description.",
};
pub(super) static LEGAL_BASIS_MISSING: Rule = Rule {
    id: "legal-basis-missing",
    severity: Severity::Error,
    article: "GDPR 13(1)(c), 6(1)",
    summary: "A purpose without a legal basis of Art. 6(1)(a)-(f).",
};
pub(super) static SUBJECTS_MISSING: Rule = Rule {
    id: "subjects-missing",
    severity: Severity::Error,
    article: "GDPR 30(1)(c)",
    summary: "No categories of data subjects.",
};
pub(super) static DATA_CATEGORIES_MISSING: Rule = Rule {
    id: "data-categories-missing",
    severity: Severity::Error,
    article: "GDPR 14(1)(d), 30(1)(c)",
    summary: "No categories of personal data.",
};
pub(super) static SOURCES_MISSING: Rule = Rule {
    id: "sources-missing",
    severity: Severity::Error,
    article: "GDPR 14(2)(f)",
    summary: "Data come from elsewhere (or it is not said where they come from) and no source is given.",
};
pub(super) static RECIPIENTS_MISSING: Rule = Rule {
    id: "recipients-missing",
    severity: Severity::Error,
    article: "GDPR 13(1)(e), 30(1)(d)",
    summary: "Neither recipients nor an explicit \"no regular disclosures\".",
};
pub(super) static TRANSFERS_MISSING: Rule = Rule {
    id: "transfers-missing",
    severity: Severity::Error,
    article: "GDPR 13(1)(f), 30(1)(e)",
    summary: "No yes/no on transfers outside the EU/EEA, or \"yes\" with no transfer listed.",
};
pub(super) static RETENTION_MISSING: Rule = Rule {
    id: "retention-missing",
    severity: Severity::Error,
    article: "GDPR 13(2)(a), 30(1)(f)",
    summary: "No retention period or criteria.",
};
pub(super) static RETENTION_PERIOD_MISSING: Rule = Rule {
    id: "retention-period-missing",
    severity: Severity::Error,
    article: "GDPR 13(2)(a)",
    summary: "A retention rule names data but no period.",
};
pub(super) static AUTOMATED_UNANSWERED: Rule = Rule {
    id: "automated-unanswered",
    severity: Severity::Error,
    article: "GDPR 13(2)(f), 22",
    summary: "No statement on automated decision-making and profiling (\"no\" must be stated too).",
};
pub(super) static RIGHTS_MISSING: Rule = Rule {
    id: "rights-missing",
    severity: Severity::Error,
    article: "GDPR 13(2)(b), 15-22",
    summary: "No rights of the data subject listed.",
};
pub(super) static COMPLAINT_MISSING: Rule = Rule {
    id: "complaint-missing",
    severity: Severity::Error,
    article: "GDPR 13(2)(d), 77",
    summary: "The right to complain to the supervisory authority is not mentioned.",
};
pub(super) static PROVISION_MISSING: Rule = Rule {
    id: "provision-missing",
    severity: Severity::Error,
    article: "GDPR 13(2)(e)",
    summary: "Data come from the data subject, but it is not said whether giving them is statutory, contractual or voluntary.",
};
pub(super) static SECURITY_MISSING: Rule = Rule {
    id: "security-missing",
    severity: Severity::Warning,
    article: "GDPR 30(1)(g), 32",
    summary: "No description of the security measures.",
};
pub(super) static UPDATED_MISSING: Rule = Rule {
    id: "updated-missing",
    severity: Severity::Warning,
    article: "GDPR 5(2), 12(1)",
    summary: "No \"last updated\" date.",
};
pub(super) static PUBLIC_URL_MISSING: Rule = Rule {
    id: "public-url-missing",
    severity: Severity::Hint,
    article: "GDPR 12(1)",
    summary: "A published register has no public address for the poster's QR code.",
};
pub(super) static HOW_TO_MISSING: Rule = Rule {
    id: "rights-how-to-missing",
    severity: Severity::Hint,
    article: "GDPR 12(2)",
    summary: "It is not said how to exercise the rights (where to send a request).",
};

/// The rules of this file.
pub(super) static RULES: &[&Rule] = &[
    &NAME_MISSING,
    &CONTROLLER_NAME_MISSING,
    &CONTROLLER_CONTACT_MISSING,
    &CONTROLLER_KIND_MISSING,
    &CONTACT_PERSON_MISSING,
    &CONTACT_CHANNEL_MISSING,
    &DPO_MISSING,
    &PURPOSE_MISSING,
    &PURPOSE_DESCRIPTION_MISSING,
    &LEGAL_BASIS_MISSING,
    &SUBJECTS_MISSING,
    &DATA_CATEGORIES_MISSING,
    &SOURCES_MISSING,
    &RECIPIENTS_MISSING,
    &TRANSFERS_MISSING,
    &RETENTION_MISSING,
    &RETENTION_PERIOD_MISSING,
    &AUTOMATED_UNANSWERED,
    &RIGHTS_MISSING,
    &COMPLAINT_MISSING,
    &PROVISION_MISSING,
    &SECURITY_MISSING,
    &UPDATED_MISSING,
    &PUBLIC_URL_MISSING,
    &HOW_TO_MISSING,
];

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    let reg = ctx.reg;
    if reg.name.is_empty() {
        out.add(
            &NAME_MISSING,
            "name",
            msg("Rekisterin nimi puuttuu.", "Registrets namn saknas.", "The register has no name."),
        );
    }
    controller(ctx, out);
    dpo(ctx, out);
    purposes(ctx, out);
    if reg.subjects.iter().all(|s| s.is_empty()) {
        out.add(
            &SUBJECTS_MISSING,
            "subjects",
            msg(
                "Rekisteröityjen ryhmiä ei ole kuvattu (keiden tietoja käsitellään).",
                "Kategorierna av registrerade har inte beskrivits (vems uppgifter som behandlas).",
                "The categories of data subjects are not described (whose data are processed).",
            ),
        );
    }
    if reg.data.categories.iter().all(|c| c.name.is_empty() && c.description.is_empty()) {
        out.add(
            &DATA_CATEGORIES_MISSING,
            "data.categories",
            msg(
                "Käsiteltäviä henkilötietoryhmiä ei ole lueteltu.",
                "Kategorierna av personuppgifter som behandlas har inte räknats upp.",
                "The categories of personal data processed are not listed.",
            ),
        );
    }
    sources(ctx, out);
    recipients_and_transfers(ctx, out);
    retention(ctx, out);
    if reg.automated.answer == Answer::Unanswered {
        out.add(
            &AUTOMATED_UNANSWERED,
            "automated.answer",
            msg(
                "Kerro, tehdäänkö automaattisia päätöksiä tai profilointia. Myös ”ei” on kerrottava.",
                "Ange om automatiserade beslut eller profilering förekommer. Även ”nej” ska anges.",
                "State whether there is automated decision-making or profiling. \"No\" must be stated too.",
            ),
        );
    }
    rights(ctx, out);
    if reg.sources.from_subject != Answer::No && reg.provision.requirement == Requirement::Unanswered {
        out.add(
            &PROVISION_MISSING,
            "provision.requirement",
            msg(
                "Kerro, perustuuko tietojen antaminen lakiin tai sopimukseen vai onko se vapaaehtoista, ja mitä seuraa, jos tietoja ei anneta.",
                "Ange om det är lagstadgat, avtalsenligt eller frivilligt att lämna uppgifterna och vad som följer om de inte lämnas.",
                "State whether providing the data is statutory, contractual or voluntary, and what follows if they are not provided.",
            ),
        );
    }
    let s = &reg.security;
    if s.electronic.is_empty() && s.manual.is_empty() && s.general.is_empty() {
        out.add(
            &SECURITY_MISSING,
            "security",
            msg(
                "Rekisterin suojauksen periaatteita ei ole kuvattu.",
                "Principerna för skydd av registret har inte beskrivits.",
                "The security measures are not described.",
            ),
        );
    }
    if reg.updated.is_none() {
        out.add(
            &UPDATED_MISSING,
            "updated",
            msg(
                "Päivityspäivä puuttuu: selosteesta on käytävä ilmi, milloin sitä on viimeksi päivitetty.",
                "Uppdateringsdatum saknas: beskrivningen ska visa när den senast uppdaterades.",
                "The update date is missing: a notice shows when it was last updated.",
            ),
        );
    }
    if reg.status == Status::Published && reg.public_url.trim().is_empty() {
        out.add(
            &PUBLIC_URL_MISSING,
            "public_url",
            msg(
                "Julkaistulla selosteella ei ole verkko-osoitetta julisteen QR-koodia varten.",
                "Den publicerade beskrivningen har ingen webbadress för affischens QR-kod.",
                "The published notice has no public address for the poster's QR code.",
            ),
        );
    }
}

fn controller(ctx: &Ctx<'_>, out: &mut Out) {
    let reg = ctx.reg;
    let c = &reg.controller;
    if c.contact.name.is_empty() {
        out.add(
            &CONTROLLER_NAME_MISSING,
            "controller.contact.name",
            msg(
                "Rekisterinpitäjän nimi puuttuu.",
                "Den personuppgiftsansvariges namn saknas.",
                "The controller's name is missing.",
            ),
        );
    }
    if !c.contact.has_channel() && !reg.contacts.iter().any(|p| p.contact.has_channel()) {
        out.add(
            &CONTROLLER_CONTACT_MISSING,
            "controller.contact",
            msg(
                "Rekisterinpitäjän yhteystiedot puuttuvat: lisää osoite, puhelinnumero tai sähköpostiosoite.",
                "Den personuppgiftsansvariges kontaktuppgifter saknas: lägg till adress, telefonnummer eller e-postadress.",
                "The controller's contact details are missing: add an address, a phone number or an e-mail address.",
            ),
        );
    }
    if ctx.kind == ControllerKind::Unspecified {
        out.add(
            &CONTROLLER_KIND_MISSING,
            "controller.kind",
            msg(
                "Valitse rekisterinpitäjän tyyppi (viranomainen, yritys, yhdistys): julkista sektoria koskevat säännöt riippuvat siitä.",
                "Välj typ av personuppgiftsansvarig (myndighet, företag, förening): reglerna för den offentliga sektorn beror på den.",
                "Choose the kind of controller (public authority, company, association): the public-sector rules depend on it.",
            ),
        );
    }
    if reg.contacts.is_empty() {
        out.add(
            &CONTACT_PERSON_MISSING,
            "contacts",
            msg(
                "Rekisterille ei ole nimetty yhteyshenkilöä eikä vastuuhenkilöä.",
                "Ingen kontaktperson eller ansvarsperson har angetts för registret.",
                "No contact person or person in charge is named for the register.",
            ),
        );
    }
    for (i, p) in reg.contacts.iter().enumerate() {
        if !p.contact.is_empty() && p.contact.phone.trim().is_empty() && p.contact.email.trim().is_empty() {
            out.add(
                &CONTACT_CHANNEL_MISSING,
                format!("contacts[{i}].contact"),
                msg(
                    "Yhteyshenkilöllä ei ole puhelinnumeroa eikä sähköpostiosoitetta.",
                    "Kontaktpersonen har varken telefonnummer eller e-postadress.",
                    "The contact person has neither a phone number nor an e-mail address.",
                ),
            );
        }
    }
}

fn dpo(ctx: &Ctx<'_>, out: &mut Out) {
    let d = &ctx.reg.dpo;
    if !d.phone.trim().is_empty() || !d.email.trim().is_empty() || !d.street.is_empty() {
        return;
    }
    let (severity, m) = match ctx.kind {
        ControllerKind::PublicAuthority => (
            Severity::Error,
            msg(
                "Tietosuojavastaavan yhteystiedot puuttuvat. Viranomaisella on oltava tietosuojavastaava, ja hänen yhteystietonsa kerrotaan selosteessa.",
                "Dataskyddsombudets kontaktuppgifter saknas. En myndighet ska ha ett dataskyddsombud, och kontaktuppgifterna ska anges i beskrivningen.",
                "The data protection officer's contact details are missing. A public authority must have a DPO, and the notice gives their contact details.",
            ),
        ),
        ControllerKind::Company | ControllerKind::Association => (
            Severity::Hint,
            msg(
                "Tietosuojavastaavaa ei ole ilmoitettu. Yrityksellä tai yhdistyksellä se on pakollinen vain, jos sen ydintoimintaa on laajamittainen henkilöiden seuranta tai erityisten henkilötietojen käsittely; kirjaa arvio.",
                "Inget dataskyddsombud har angetts. Ett företag eller en förening behöver ett endast om kärnverksamheten omfattar storskalig övervakning eller behandling av känsliga personuppgifter; dokumentera bedömningen.",
                "No data protection officer is given. A company or association needs one only if its core activities involve large-scale monitoring or special-category data; record the assessment.",
            ),
        ),
        ControllerKind::Unspecified => (
            Severity::Warning,
            msg(
                "Tietosuojavastaavan yhteystiedot puuttuvat. Jos rekisterinpitäjä on viranomainen, tietosuojavastaava on pakollinen; valitse myös rekisterinpitäjän tyyppi.",
                "Dataskyddsombudets kontaktuppgifter saknas. Om den personuppgiftsansvarige är en myndighet är ett dataskyddsombud obligatoriskt; välj också typ av personuppgiftsansvarig.",
                "The data protection officer's contact details are missing. If the controller is a public authority, a DPO is mandatory; also choose the kind of controller.",
            ),
        ),
    };
    out.add_as(&DPO_MISSING, severity, "dpo", m);
}

fn purposes(ctx: &Ctx<'_>, out: &mut Out) {
    let reg = ctx.reg;
    if reg.purposes.is_empty() {
        out.add(
            &PURPOSE_MISSING,
            "purposes",
            msg(
                "Käsittelyn tarkoitusta ei ole kerrottu.",
                "Ändamålet med behandlingen har inte angetts.",
                "No purpose of processing is given.",
            ),
        );
        if !reg.legal_basis_text.is_empty() {
            // The basis is only in prose (as imported): it still names no Art. 6(1) point.
            out.add(
                &LEGAL_BASIS_MISSING,
                "purposes",
                msg(
                    "Oikeusperustetta ei ole valittu tietosuoja-asetuksen 6 artiklan 1 kohdasta (a–f).",
                    "Ingen rättslig grund har valts i artikel 6.1 (a–f) i dataskyddsförordningen.",
                    "No legal basis is chosen from GDPR Article 6(1)(a)-(f).",
                ),
            );
        }
        return;
    }
    for (i, p) in reg.purposes.iter().enumerate() {
        if p.description.is_empty() {
            out.add(
                &PURPOSE_DESCRIPTION_MISSING,
                format!("purposes[{i}].description"),
                msg(
                    "Käsittelyn tarkoituksen kuvaus puuttuu.",
                    "Beskrivningen av ändamålet saknas.",
                    "The purpose has no description.",
                ),
            );
        }
        if p.legal_bases.is_empty() {
            out.add(
                &LEGAL_BASIS_MISSING,
                format!("purposes[{i}].legal_bases"),
                msg(
                    "Käsittelyn tarkoitukselle ei ole valittu oikeusperustetta tietosuoja-asetuksen 6 artiklan 1 kohdasta (a–f).",
                    "Ingen rättslig grund har valts för ändamålet i artikel 6.1 (a–f) i dataskyddsförordningen.",
                    "The purpose has no legal basis from GDPR Article 6(1)(a)-(f).",
                ),
            );
        }
    }
}

fn sources(ctx: &Ctx<'_>, out: &mut Out) {
    let s = &ctx.reg.sources;
    let given = s.list.iter().any(|t| !t.is_empty()) || !s.description.is_empty();
    if given {
        return;
    }
    if s.from_elsewhere == Answer::Yes || s.from_subject == Answer::No {
        out.add(
            &SOURCES_MISSING,
            "sources.list",
            msg(
                "Tietoja saadaan muualta kuin rekisteröidyltä itseltään, mutta tietolähteitä ei ole kerrottu.",
                "Uppgifter fås från annat håll än den registrerade själv, men informationskällorna har inte angetts.",
                "Data come from elsewhere than the data subject, but the sources are not given.",
            ),
        );
    } else if s.from_subject == Answer::Unanswered && s.from_elsewhere == Answer::Unanswered {
        out.add(
            &SOURCES_MISSING,
            "sources",
            msg(
                "Tietolähteitä ei ole kerrottu: kerro, saadaanko tiedot rekisteröidyltä itseltään vai muualta.",
                "Informationskällorna har inte angetts: ange om uppgifterna fås från den registrerade själv eller från annat håll.",
                "The sources are not given: say whether the data come from the data subject or from elsewhere.",
            ),
        );
    }
}

fn recipients_and_transfers(ctx: &Ctx<'_>, out: &mut Out) {
    let reg = ctx.reg;
    let r = &reg.recipients;
    let listed = r.list.iter().any(|x| !x.name.is_empty());
    match r.disclosures {
        Answer::Unanswered if !listed => out.add(
            &RECIPIENTS_MISSING,
            "recipients.disclosures",
            msg(
                "Vastaanottajia ei ole kerrottu: luettele vastaanottajat tai ilmoita, ettei tietoja luovuteta säännönmukaisesti.",
                "Mottagarna har inte angetts: räkna upp mottagarna eller ange att uppgifter inte lämnas ut regelbundet.",
                "Recipients are not given: list them or state that there are no regular disclosures.",
            ),
        ),
        Answer::Yes if !listed && r.description.is_empty() => out.add(
            &RECIPIENTS_MISSING,
            "recipients.list",
            msg(
                "Tietoja luovutetaan, mutta vastaanottajia ei ole lueteltu.",
                "Uppgifter lämnas ut, men mottagarna har inte räknats upp.",
                "Data are disclosed, but no recipients are listed.",
            ),
        ),
        _ => {}
    }
    let t = &reg.transfers;
    match t.answer {
        Answer::Unanswered if t.list.is_empty() => out.add(
            &TRANSFERS_MISSING,
            "transfers.answer",
            msg(
                "Kerro, siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle.",
                "Ange om uppgifter överförs utanför EU eller EES.",
                "State whether data are transferred outside the EU/EEA.",
            ),
        ),
        Answer::Yes if t.list.is_empty() => out.add(
            &TRANSFERS_MISSING,
            "transfers.list",
            msg(
                "Tietoja siirretään EU:n tai ETA:n ulkopuolelle, mutta siirtoja (maa, vastaanottaja, suojatoimi) ei ole lueteltu.",
                "Uppgifter överförs utanför EU eller EES, men överföringarna (land, mottagare, skyddsåtgärd) har inte räknats upp.",
                "Data are transferred outside the EU/EEA, but the transfers (country, recipient, safeguard) are not listed.",
            ),
        ),
        _ => {}
    }
}

fn retention(ctx: &Ctx<'_>, out: &mut Out) {
    let r = &ctx.reg.retention;
    let any_rule = r.rules.iter().any(|x| !x.data.is_empty() || !x.period.is_empty());
    if !any_rule && r.criteria.is_empty() && r.records_plan.is_empty() {
        out.add(
            &RETENTION_MISSING,
            "retention",
            msg(
                "Säilytysaikaa tai sen määrittämisen perusteita ei ole kerrottu.",
                "Lagringstiden eller kriterierna för att fastställa den har inte angetts.",
                "Neither the retention period nor the criteria used to set it are given.",
            ),
        );
    }
    for (i, rule) in r.rules.iter().enumerate() {
        if !rule.data.is_empty() && rule.period.is_empty() {
            out.add(
                &RETENTION_PERIOD_MISSING,
                format!("retention.rules[{i}].period"),
                msg(
                    "Näiden tietojen säilytysaika puuttuu.",
                    "Lagringstiden för dessa uppgifter saknas.",
                    "The retention period of these data is missing.",
                ),
            );
        }
    }
}

fn rights(ctx: &Ctx<'_>, out: &mut Out) {
    let reg = ctx.reg;
    if reg.rights.listed.is_empty() {
        out.add(
            &RIGHTS_MISSING,
            "rights.listed",
            msg(
                "Rekisteröidyn oikeuksia ei ole lueteltu.",
                "Den registrerades rättigheter har inte räknats upp.",
                "The data subject's rights are not listed.",
            ),
        );
    } else if reg.rights.how_to.is_empty() {
        out.add(
            &HOW_TO_MISSING,
            "rights.how_to",
            msg(
                "Kerro, miten rekisteröity voi käyttää oikeuksiaan (mihin pyyntö lähetetään).",
                "Ange hur den registrerade kan utöva sina rättigheter (vart begäran skickas).",
                "Say how the data subject can exercise the rights (where to send a request).",
            ),
        );
    }
    let complaint = reg.lists_right(Right::Complaint) || !reg.complaint.text.is_empty();
    if !complaint {
        out.add(
            &COMPLAINT_MISSING,
            "rights.listed",
            msg(
                "Oikeutta tehdä valitus valvontaviranomaiselle (tietosuojavaltuutettu) ei ole mainittu.",
                "Rätten att lämna in klagomål till tillsynsmyndigheten (dataombudsmannen) nämns inte.",
                "The right to lodge a complaint with the supervisory authority (the Data Protection Ombudsman) is not mentioned.",
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
    fn name() {
        let mut r = complete();
        assert!(!fires(&r, "name-missing"));
        r.name = Text::default();
        assert_eq!(one(&r, "name-missing"), (Severity::Error, "name".into()));
    }

    #[test]
    fn controller_name_and_contact() {
        let mut r = complete();
        assert!(!fires(&r, "controller-name-missing") && !fires(&r, "controller-contact-missing"));
        r.controller.contact = Contact::default();
        assert!(fires(&r, "controller-name-missing"));
        assert!(!fires(&r, "controller-contact-missing"), "the contact person can be reached");
        r.contacts.clear();
        assert_eq!(one(&r, "controller-contact-missing").1, "controller.contact");
    }

    #[test]
    fn controller_kind() {
        let mut r = complete();
        assert!(!fires(&r, "controller-kind-missing"));
        r.controller.kind = ControllerKind::Unspecified;
        assert_eq!(one(&r, "controller-kind-missing").0, Severity::Hint);
        let org = Organisation {
            controller: Controller { kind: ControllerKind::PublicAuthority, ..Controller::default() },
            ..Organisation::default()
        };
        let with_org = super::super::validate_at(&r, Some(&org), today());
        assert!(!with_org.iter().any(|f| f.rule == "controller-kind-missing"));
    }

    #[test]
    fn contact_person() {
        let mut r = complete();
        assert!(!fires(&r, "contact-person-missing") && !fires(&r, "contact-channel-missing"));
        r.contacts[0].contact.phone.clear();
        r.contacts[0].contact.email.clear();
        assert_eq!(one(&r, "contact-channel-missing").1, "contacts[0].contact");
        r.contacts.clear();
        assert_eq!(one(&r, "contact-person-missing").0, Severity::Hint);
    }

    #[test]
    fn dpo_severity_follows_the_controller_kind() {
        let mut r = complete();
        assert!(!fires(&r, "dpo-missing"));
        r.dpo = Contact::default();
        assert_eq!(one(&r, "dpo-missing"), (Severity::Error, "dpo".into()));
        r.controller.kind = ControllerKind::Company;
        assert_eq!(one(&r, "dpo-missing").0, Severity::Hint);
        r.controller.kind = ControllerKind::Association;
        assert_eq!(one(&r, "dpo-missing").0, Severity::Hint);
        r.controller.kind = ControllerKind::Unspecified;
        assert_eq!(one(&r, "dpo-missing").0, Severity::Warning);
        r.dpo.name = Text::fi("Maija Virtanen");
        assert_eq!(one(&r, "dpo-missing").0, Severity::Warning, "a name alone is no contact");
    }

    #[test]
    fn purposes_and_bases() {
        let mut r = complete();
        assert!(!fires(&r, "purpose-missing") && !fires(&r, "legal-basis-missing"));
        r.purposes[0].legal_bases.clear();
        assert_eq!(one(&r, "legal-basis-missing").1, "purposes[0].legal_bases");
        r.purposes[0].description = Text::default();
        assert_eq!(one(&r, "purpose-description-missing").1, "purposes[0].description");
        r.purposes.clear();
        assert_eq!(one(&r, "purpose-missing").1, "purposes");
        assert!(!fires(&r, "legal-basis-missing"));
        r.legal_basis_text = Text::fi("Oikeusperuste henkilötietojen käsittelylle on");
        assert!(fires(&r, "legal-basis-missing"), "a basis only in prose is no basis");
    }

    #[test]
    fn subjects_and_data() {
        let mut r = complete();
        assert!(!fires(&r, "subjects-missing") && !fires(&r, "data-categories-missing"));
        r.subjects.clear();
        r.data.categories.clear();
        assert!(fires(&r, "subjects-missing") && fires(&r, "data-categories-missing"));
    }

    #[test]
    fn sources() {
        let mut r = complete();
        assert!(!fires(&r, "sources-missing"));
        r.sources.description = Text::default();
        assert!(!fires(&r, "sources-missing"), "the data subject is the source");
        r.sources.from_elsewhere = Answer::Yes;
        assert_eq!(one(&r, "sources-missing").1, "sources.list");
        r.sources = Sources::default();
        assert_eq!(one(&r, "sources-missing").1, "sources");
    }

    #[test]
    fn recipients() {
        let mut r = complete();
        assert!(!fires(&r, "recipients-missing"));
        r.recipients.list.clear();
        assert_eq!(one(&r, "recipients-missing").1, "recipients.list");
        r.recipients.disclosures = Answer::No;
        assert!(!fires(&r, "recipients-missing"));
        r.recipients.disclosures = Answer::Unanswered;
        assert_eq!(one(&r, "recipients-missing").1, "recipients.disclosures");
    }

    #[test]
    fn transfers() {
        let mut r = complete();
        assert!(!fires(&r, "transfers-missing"));
        r.transfers.answer = Answer::Unanswered;
        assert_eq!(one(&r, "transfers-missing").1, "transfers.answer");
        r.transfers.answer = Answer::Yes;
        assert_eq!(one(&r, "transfers-missing").1, "transfers.list");
    }

    #[test]
    fn retention() {
        let mut r = complete();
        assert!(!fires(&r, "retention-missing") && !fires(&r, "retention-period-missing"));
        r.retention.rules[0].period = Text::default();
        assert_eq!(one(&r, "retention-period-missing").1, "retention.rules[0].period");
        r.retention = Retention::default();
        assert_eq!(one(&r, "retention-missing").1, "retention");
    }

    #[test]
    fn automated() {
        let mut r = complete();
        assert!(!fires(&r, "automated-unanswered"));
        r.automated.answer = Answer::Unanswered;
        assert_eq!(one(&r, "automated-unanswered"), (Severity::Error, "automated.answer".into()));
    }

    #[test]
    fn rights_and_complaint() {
        let mut r = complete();
        assert!(!fires(&r, "rights-missing") && !fires(&r, "complaint-missing") && !fires(&r, "rights-how-to-missing"));
        r.rights.how_to = Text::default();
        assert_eq!(one(&r, "rights-how-to-missing").0, Severity::Hint);
        r.rights.listed.retain(|e| e.right != Right::Complaint);
        assert_eq!(one(&r, "complaint-missing").0, Severity::Error);
        r.complaint.text =
            Text::new("Voit tehdä valituksen tietosuojavaltuutetulle.", "Du kan klaga hos dataombudsmannen.", "");
        assert!(!fires(&r, "complaint-missing"));
        r.rights.listed.clear();
        assert_eq!(one(&r, "rights-missing").1, "rights.listed");
    }

    #[test]
    fn provision() {
        let mut r = complete();
        assert!(!fires(&r, "provision-missing"));
        r.provision.requirement = Requirement::Unanswered;
        assert_eq!(one(&r, "provision-missing").1, "provision.requirement");
        r.sources.from_subject = Answer::No;
        assert!(!fires(&r, "provision-missing"), "Art. 13(2)(e) only when collected from the subject");
    }

    #[test]
    fn security_dates_and_url() {
        let mut r = complete();
        assert!(!fires(&r, "security-missing") && !fires(&r, "updated-missing") && !fires(&r, "public-url-missing"));
        r.security = Security::default();
        r.updated = None;
        r.public_url.clear();
        assert!(fires(&r, "security-missing") && fires(&r, "updated-missing") && fires(&r, "public-url-missing"));
    }
}
