//! Test registers: a complete one that passes every rule, and helpers to break it.

use super::{Finding, Severity, validate_at};
use crate::model::*;

/// The day the tests pretend it is.
pub(crate) fn today() -> Date {
    Date::from_ymd(2025, 6, 1).unwrap()
}

fn t(fi: &str, sv: &str) -> Text {
    Text { fi: fi.into(), sv: sv.into(), en: String::new() }
}

fn contact(name: &str, title: (&str, &str), phone: &str, email: &str) -> Contact {
    Contact {
        name: Text::fi(name),
        title: t(title.0, title.1),
        street: t("Kaupungintalo, Torikatu 1", "Stadshuset, Torggatan 1"),
        postal_code: "65100".into(),
        city: t("Järvelä", "Järvelä"),
        phone: phone.into(),
        email: email.into(),
        web: String::new(),
    }
}

/// One processor with a signed contract (so that the contract rules stay quiet).
fn processors() -> Processors {
    Processors {
        used: Answer::Yes,
        list: vec![Processor {
            name: "Vartiointi Oy".into(),
            task: t("Kameravalvontajärjestelmän ylläpito", "Underhåll av kameraövervakningssystemet"),
            agreement: Answer::Yes,
            signed: Date::from_ymd(2024, 1, 10),
            ..Processor::default()
        }],
        ..Processors::default()
    }
}

/// A complete camera-surveillance register of a bilingual city: no errors, no warnings.
pub(crate) fn complete() -> Register {
    Register {
        id: "kameravalvonta".into(),
        status: Status::Published,
        created: Date::from_ymd(2024, 1, 10),
        updated: Date::from_ymd(2025, 1, 15),
        next_review: Date::from_ymd(2026, 1, 15),
        dpia: Dpia {
            required: Answer::Yes,
            reason: "Tallentava kameravalvonta (tietosuojavaltuutetun luettelo, kohta 4)".into(),
            reference: "VA-2024-3".into(),
            date: Date::from_ymd(2024, 1, 5),
        },
        department: t("Kaupunkiympäristö", "Stadsmiljö"),
        languages: vec![Lang::Fi, Lang::Sv],
        public_url: "https://www.jarvela.fi/tietosuoja/kameravalvonta".into(),
        name: t("Kaupungintalon kameravalvonta", "Kameraövervakning i stadshuset"),
        controller: Controller {
            kind: ControllerKind::PublicAuthority,
            contact: Contact {
                name: t("Järvelän kaupunki", "Järvelä stad"),
                street: t("PL 10 (Torikatu 1)", "PB 10 (Torggatan 1)"),
                postal_code: "65101".into(),
                city: Text::fi("Järvelä"),
                phone: "06 123 4000".into(),
                email: "kirjaamo@jarvela.fi".into(),
                web: "https://www.jarvela.fi".into(),
                ..Contact::default()
            },
            body: t("Kaupunginhallitus", "Stadsstyrelsen"),
            business_id: "0245974-7".into(),
            ..Controller::default()
        },
        contacts: vec![ContactPerson {
            role: ContactRole::Responsible,
            contact: contact(
                "Matti Meikäläinen",
                ("Turvallisuuspäällikkö", "Säkerhetschef"),
                "040 123 4567",
                "matti.meikalainen@jarvela.fi",
            ),
        }],
        dpo: contact(
            "Maija Virtanen",
            ("Tietosuojavastaava", "Dataskyddsombud"),
            "+358 40 765 4321",
            "tietosuoja@jarvela.fi",
        ),
        purposes: vec![Purpose {
            description: t(
                "Kaupungintalon tilojen, omaisuuden ja henkilöiden turvallisuuden varmistaminen sekä rikosten ennaltaehkäisy ja selvittäminen.",
                "Att trygga säkerheten för stadshusets lokaler, egendom och personer samt att förebygga och utreda brott.",
            ),
            legal_bases: vec![LegalBasis::PublicTask],
            law: t(
                "Kuntalaki (410/2015) 7 §, tietosuojalaki (1050/2018) 4 §.",
                "Kommunallagen (410/2015) 7 §, dataskyddslagen (1050/2018) 4 §.",
            ),
            ..Purpose::default()
        }],
        subjects: vec![t(
            "Kaupungintalon työntekijät, asiakkaat ja muut vierailijat",
            "Stadshusets anställda, kunder och andra besökare",
        )],
        data: DataContent {
            categories: vec![DataCategory {
                name: t("Tallenteet", "Inspelningar"),
                description: t(
                    "Kuvatallenne henkilöstä, tallennusaika ja kameran sijainti.",
                    "Bildinspelning av personen, inspelningstid och kamerans plats.",
                ),
                special: None,
            }],
            special: Answer::No,
            criminal: Answer::No,
            personal_id_code: Answer::No,
            ..DataContent::default()
        },
        sources: Sources {
            from_subject: Answer::Yes,
            from_elsewhere: Answer::No,
            description: t(
                "Tiedot kerätään kameroilla kaupungintalon sisäänkäynneistä ja aulasta.",
                "Uppgifterna samlas in med kameror vid stadshusets ingångar och i lobbyn.",
            ),
            ..Sources::default()
        },
        recipients: Recipients {
            disclosures: Answer::Yes,
            list: vec![Recipient {
                name: t("Poliisi", "Polisen"),
                data: t("Tallenteet rikoksen selvittämiseksi", "Inspelningar för utredning av brott"),
                basis: t("Poliisilaki (872/2011) 4 luku 3 §", "Polislagen (872/2011) 4 kap. 3 §"),
            }],
            ..Recipients::default()
        },
        processors: processors(),
        transfers: Transfers { answer: Answer::No, ..Transfers::default() },
        retention: Retention {
            rules: vec![RetentionRule {
                data: t("Tallenteet", "Inspelningar"),
                period: t(
                    "30 vuorokautta tallennushetkestä, jonka jälkeen ne poistetaan automaattisesti.",
                    "30 dygn från inspelningen, därefter raderas de automatiskt.",
                ),
            }],
            records_plan: t("Kaupungin tiedonohjaussuunnitelma", "Stadens informationsstyrningsplan"),
            ..Retention::default()
        },
        security: Security {
            systems: vec![System {
                name: "Tallentava kameravalvontajärjestelmä".into(),
                vendor: "Vartiointi Oy".into(),
            }],
            electronic: t(
                "Tallenteet ovat salatulla palvelimella lukitussa tilassa. Katseluoikeus on vain nimetyillä henkilöillä, ja katselut kirjataan lokiin.",
                "Inspelningarna finns på en krypterad server i ett låst utrymme. Endast utsedda personer får se dem, och visningarna loggas.",
            ),
            manual: t("Manuaalista aineistoa ei ole.", "Det finns inget manuellt material."),
            ..Security::default()
        },
        automated: Automated { answer: Answer::No, ..Automated::default() },
        rights: Rights {
            listed: [Right::Access, Right::Rectification, Right::Restriction, Right::Object, Right::Complaint]
                .into_iter()
                .map(RightEntry::new)
                .collect(),
            how_to: t(
                "Pyynnöt tehdään kirjallisesti kaupungin kirjaamoon. Pyytäjän henkilöllisyys tarkistetaan.",
                "Begäran görs skriftligt till stadens registratorskontor. Identiteten kontrolleras.",
            ),
        },
        complaint: Complaint::default(),
        provision: Provision {
            requirement: Requirement::Voluntary,
            consequences: t(
                "Valvotuille alueille ei voi tulla joutumatta kuvatuksi.",
                "Man kan inte vistas i de övervakade utrymmena utan att bli filmad.",
            ),
        },
        ..Register::default()
    }
}

/// The findings of `reg` as of [`today`], without an organisation profile.
pub(crate) fn findings(reg: &Register) -> Vec<Finding> {
    validate_at(reg, None, today())
}

/// The findings of rule `rule`.
pub(crate) fn of(reg: &Register, rule: &str) -> Vec<Finding> {
    findings(reg).into_iter().filter(|f| f.rule.id == rule).collect()
}

/// True when `rule` reports something on `reg`.
pub(crate) fn fires(reg: &Register, rule: &str) -> bool {
    !of(reg, rule).is_empty()
}

/// The single finding of `rule`, with its severity and path.
pub(crate) fn one(reg: &Register, rule: &str) -> (Severity, String) {
    let list = of(reg, rule);
    assert_eq!(list.len(), 1, "expected one {rule}, got {list:#?}");
    (list[0].severity, list[0].path.to_string())
}

#[test]
fn the_complete_register_passes_every_rule() {
    let list = findings(&complete());
    assert!(list.is_empty(), "{list:#?}");
}

/// A register with every field of the model filled in (lists with one item), for tests that
/// must meet every field: the complete register plus what it leaves empty.
pub(crate) fn full() -> Register {
    let mut r = complete();
    let all = |s: &str| Text::new(s, s, s);
    r.tags = vec!["kamera".into()];
    r.notes = "Muistiinpano".into();
    r.languages = vec![Lang::Fi, Lang::Sv, Lang::En];
    r.name = all("Kameravalvonta");
    r.department = all("Kaupunkiympäristö");
    let person = |n: &str| Contact {
        name: all(n),
        title: all("Päällikkö"),
        street: all("Torikatu 1"),
        postal_code: "65100".into(),
        city: all("Järvelä"),
        phone: "040 123 4567".into(),
        email: "a@jarvela.fi".into(),
        web: "https://www.jarvela.fi".into(),
    };
    r.controller.contact = person("Järvelän kaupunki");
    r.controller.joint = vec![JointController { contact: person("Naapurikunta"), responsibility: all("Vastuu") }];
    r.controller.joint_arrangement = all("Järjestely");
    r.contacts[0].contact = person("Matti");
    r.dpo = person("Maija");
    r.purposes[0].legitimate_interests = all("Etu");
    r.purposes[0].direct_marketing = true;
    r.purposes[0].description = all("Tarkoitus");
    r.purposes[0].law = all("Laki");
    r.legal_basis_text = all("Peruste");
    r.subjects = vec![all("Asiakkaat")];
    r.data.description = all("Tiedot");
    r.data.categories[0].special = Some(SpecialKind::PoliticalOpinions);
    r.data.categories[0].name = all("Tallenteet");
    r.data.categories[0].description = all("Kuvat");
    r.data.special = Answer::Yes;
    r.data.special_conditions = vec![SpecialCondition::ExplicitConsent];
    r.data.special_text = all("Erityinen");
    r.data.criminal = Answer::Yes;
    r.data.criminal_basis = all("Rikos");
    r.data.personal_id_code = Answer::Yes;
    r.data.personal_id_basis = all("Hetu");
    r.sources.list = vec![all("Väestötietojärjestelmä")];
    r.sources.description = all("Lähteet");
    r.recipients.list[0] = Recipient { name: all("Poliisi"), data: all("Tallenteet"), basis: all("Laki") };
    r.recipients.description = all("Luovutukset");
    r.processors.list[0].task = all("Ylläpito");
    r.processors.description = all("Käsittelijät");
    r.transfers.answer = Answer::Yes;
    r.transfers.list = vec![Transfer {
        country: all("Yhdysvallat"),
        recipient: "Acme Inc".into(),
        safeguard: Some(Safeguard::StandardContractualClauses),
        details: all("Jäljennös"),
    }];
    r.transfers.description = all("Siirrot");
    r.retention.rules[0].data = all("Tallenteet");
    r.retention.rules[0].period = all("30 vuorokautta");
    r.retention.criteria = all("Kriteerit");
    r.retention.records_plan = all("Suunnitelma");
    r.security.general = all("Yleinen");
    r.security.electronic = all("Sähköinen");
    r.security.manual = all("Manuaalinen");
    r.automated = Automated { answer: Answer::Yes, description: all("K"), logic: all("L"), consequences: all("S") };
    r.rights.listed[0].text = all("Oikeus");
    r.rights.how_to = all("Näin");
    r.complaint = Complaint { authority: person("Tietosuojavaltuutettu"), text: all("Valitus") };
    r.provision.consequences = all("Seuraus");
    r.cookies = all("Evästeet");
    r.extra = vec![ExtraSection { heading: all("Muuta"), body: all("Teksti"), ..Default::default() }];
    r.processors.list[0].contract = "SOP-2024-17".into();
    r.processors.list[0].ends = Date::from_ymd(2030, 12, 31);
    r.processors.list[0].locations = vec!["FI".into()];
    r.change_log = true;
    let person =
        |n: &str, d: u8| Approval { name: n.into(), title: "Päällikkö".into(), date: Date::from_ymd(2025, 1, d) };
    r.approvals =
        Approvals {
            drafted: person("Laatija", 1), checked: person("Tarkastaja", 2), approved: person("Hyväksyjä", 3)
        };
    r.dpo_opinion = Opinion { text: "Ei huomautettavaa.".into(), date: Date::from_ymd(2025, 1, 4) };
    r.dpia = Dpia {
        required: Answer::Yes,
        reason: "Kameravalvonta".into(),
        reference: "DPIA-1".into(),
        date: Date::from_ymd(2025, 1, 5),
    };
    r.history = vec![Version {
        version: 1,
        date: Date::from_ymd(2025, 1, 6),
        by: "Maija".into(),
        note: "Ensimmäinen".into(),
        approved: "Kaisa Kunnanjohtaja, Kaupunginjohtaja, 5.1.2025".into(),
        changed: vec![crate::model::FieldPath::Name(None)],
        forced: true,
        snapshot: "arkisto/kamera/1-2025-01-06.ron".into(),
        sha256: "00".into(),
    }];
    r
}
