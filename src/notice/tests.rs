use super::*;
use crate::model::{
    Answer, ContactPerson, ContactRole, DataCategory, ExtraSection, LegalBasis, Purpose, Register, Right, RightEntry,
    Transfer,
};

fn text_of(n: &Notice) -> String {
    String::from_utf8(crate::export::txt::notice(n)).unwrap_or_default()
}

fn headings(n: &Notice) -> Vec<(usize, Section)> {
    n.sections.iter().filter_map(|s| Some((s.number?, s.section))).collect()
}

fn minimal() -> Register {
    Register {
        name: Text::new("Kameravalvonta", "Kamerabevakning", "Camera surveillance"),
        controller: crate::model::Controller {
            kind: ControllerKind::Company,
            contact: Contact { name: Text::fi("Yhtiö Oy"), ..Contact::default() },
            ..Default::default()
        },
        ..Register::default()
    }
}

#[test]
fn empty_register_marks_every_required_section_missing() {
    let n = build(&Register::default(), Lang::Fi);
    let text = text_of(&n);
    // Required sections are there, each with the mark; optional ones are left out.
    for s in [Section::Name, Section::Controller, Section::Dpo, Section::Purposes, Section::Rights, Section::Retention]
    {
        let sec = n.sections.iter().find(|x| x.section == s).unwrap_or_else(|| panic!("{s:?} missing"));
        assert!(
            sec.blocks
                .iter()
                .any(|b| matches!(b, Block::Paragraph(sp) if sp.iter().any(|x| x.style == Style::Missing)))
        );
    }
    for s in [Section::Contacts, Section::Processors, Section::Security, Section::Cookies, Section::Extra] {
        assert!(!n.sections.iter().any(|x| x.section == s), "{s:?} should be left out");
    }
    assert!(text.contains("[puuttuu]"));
    assert_eq!(n.title.register, "[puuttuu]");
    // Numbers run without gaps.
    for (i, (number, _)) in headings(&n).iter().enumerate() {
        assert_eq!(*number, i + 1);
    }
    // The complaint section is never empty: the authority's block is always there.
    assert!(text.contains("Tietosuojavaltuutetun toimisto") && text.contains("PL 800, 00531 Helsinki"));
    // Swedish and English marks.
    assert!(text_of(&build(&Register::default(), Lang::Sv)).contains("[saknas]"));
    assert!(text_of(&build(&Register::default(), Lang::En)).contains("[missing]"));
}

#[test]
fn company_without_dpo_leaves_the_section_out() {
    let n = build(&minimal(), Lang::Fi);
    assert!(!n.sections.iter().any(|s| s.section == Section::Dpo));
    let mut public = minimal();
    public.controller.kind = ControllerKind::PublicAuthority;
    assert!(build(&public, Lang::Fi).sections.iter().any(|s| s.section == Section::Dpo));
}

#[test]
fn fixed_statements_in_three_languages() {
    let mut r = minimal();
    r.recipients.disclosures = Answer::No;
    r.transfers.answer = Answer::No;
    r.automated.answer = Answer::No;
    r.processors.used = Answer::No;
    let fi = text_of(&build(&r, Lang::Fi));
    assert!(fi.contains("Tietoja ei luovuteta säännönmukaisesti"));
    assert!(fi.contains("Tietoja ei siirretä eikä luovuteta Euroopan unionin"));
    assert!(fi.contains("Tietoja ei käytetä automaattiseen päätöksentekoon eikä profilointiin."));
    let sv = text_of(&build(&r, Lang::Sv));
    assert!(sv.contains("Uppgifter lämnas inte ut regelbundet"));
    assert!(sv.contains("Dataombudsmannens byrå") && sv.contains("Fågelviksgränden 4, 00530 Helsingfors"));
    let en = text_of(&build(&r, Lang::En));
    assert!(en.contains("not used for automated decision-making or profiling"));
    assert!(en.contains("P.O. Box 800, 00531 Helsinki, Finland"));
    assert!(en.starts_with("Privacy notice – EU General Data Protection Regulation (2016/679), Articles 13 and 14"));
}

#[test]
fn rights_get_standard_explanations_unless_they_have_their_own() {
    let mut r = minimal();
    r.rights.listed = vec![
        RightEntry::new(Right::Access),
        RightEntry { right: Right::Erasure, text: Text::fi("Tallenteet poistetaan 30 päivän kuluttua.") },
        RightEntry::new(Right::Complaint),
    ];
    let n = build(&r, Lang::Fi);
    let text = text_of(&n);
    assert!(text.contains("• Oikeus saada pääsy tietoihin (tarkastusoikeus)\n  Sinulla on oikeus saada tietää"));
    assert!(text.contains("Oikeus tietojen poistamiseen\n  Tallenteet poistetaan 30 päivän kuluttua."));
    // The complaint right points at the complaint section by its actual number.
    let complaint = n.sections.iter().find(|s| s.section == Section::Complaint).and_then(|s| s.number).unwrap_or(0);
    assert!(text.contains(&format!("(ks. kohta {complaint})")), "{text}");
    // The default how-to sentence is there when the register has none.
    assert!(text.contains("kohdassa 2 mainittuihin yhteystietoihin"));
}

#[test]
fn purposes_with_bases_laws_and_missing_bases() {
    let mut r = minimal();
    r.purposes = vec![
        Purpose {
            description: Text::fi("Omaisuuden suojaaminen."),
            legal_bases: vec![LegalBasis::PublicTask],
            law: Text::fi("Kuntalaki (410/2015)"),
            ..Purpose::default()
        },
        Purpose { description: Text::fi("Tilastointi."), ..Purpose::default() },
    ];
    let text = text_of(&build(&r, Lang::Fi));
    assert!(text.contains("Tarkoitus 1: Omaisuuden suojaaminen."));
    assert!(text.contains(
        "Oikeusperuste: Yleisen edun mukainen tehtävä tai julkisen vallan käyttö (tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta)"
    ));
    assert!(text.contains("Lainsäädäntö: Kuntalaki (410/2015)"));
    assert!(text.contains("Tarkoitus 2: Tilastointi.\n\nOikeusperuste: [puuttuu]"));
    // Prose missing in Swedish shows the mark there.
    let sv = text_of(&build(&r, Lang::Sv));
    assert!(sv.contains("Ändamål 1: [saknas]"), "{sv}");
}

#[test]
fn lists_contacts_transfers_and_extra_sections() {
    let mut r = minimal();
    r.contacts = vec![ContactPerson {
        role: ContactRole::Responsible,
        contact: Contact {
            name: Text::fi("Jukka Vilén"),
            phone: "040 486 4101".into(),
            email: "jukka.vilen@kemi.fi".into(),
            ..Contact::default()
        },
    }];
    r.transfers.answer = Answer::Yes;
    r.transfers.list =
        vec![Transfer { country: Text::fi("Yhdysvallat"), recipient: "Google LLC".into(), ..Transfer::default() }];
    r.data.categories =
        vec![DataCategory { name: Text::fi("Yhteystiedot"), description: Text::fi("nimi, puhelin"), special: None }];
    r.extra = vec![ExtraSection {
        heading: Text::fi("Selosteen muutokset"),
        body: Text::fi("Seloste päivitetään vuosittain."),
        ..Default::default()
    }];
    let n = build(&r, Lang::Fi);
    let text = text_of(&n);
    assert!(text.contains("Rekisterin vastuuhenkilö\nJukka Vilén\npuh. 040 486 4101\njukka.vilen@kemi.fi"));
    assert!(text.contains("• Yhdysvallat. Vastaanottaja: Google LLC. Suojatoimi: [puuttuu]"));
    assert!(text.contains("• Yhteystiedot: nimi, puhelin"));
    let last = n.sections.last().map(|s| (s.heading.clone(), s.section));
    assert_eq!(last, Some(("Selosteen muutokset".to_owned(), Section::Extra)));
}

#[test]
fn user_text_becomes_paragraphs_and_bullets_without_losing_characters() {
    let blocks = text_blocks(
        "Ensimmäinen kappale,\njatkuu.\n\nLuettelo:\n- yksi\n- kaksi\n\n\u{feff}Ja\u{308}lkimma\u{308}inen",
    );
    assert_eq!(
        blocks,
        vec![
            Block::Paragraph(vec![Span::regular("Ensimmäinen kappale,\njatkuu.")]),
            Block::Paragraph(vec![Span::regular("Luettelo:")]),
            Block::Bullets(vec![vec![Span::regular("yksi")], vec![Span::regular("kaksi")]]),
            Block::Paragraph(vec![Span::regular("Jälkimmäinen")]),
        ]
    );
}

#[test]
fn updated_date_and_metadata() {
    let mut r = minimal();
    r.updated = Date::from_ymd(2024, 5, 30);
    let n = build(&r, Lang::Fi);
    assert_eq!(n.updated, "Päivitetty 30.5.2024");
    assert_eq!(n.page_word, "sivu");
    assert_eq!(n.info.title, "Tietosuojaseloste: Kameravalvonta");
    assert_eq!(n.info.author, "Yhtiö Oy");
    assert_eq!(build(&r, Lang::En).updated, "Updated 30 May 2024");
    assert_eq!(build(&r, Lang::Sv).page_word, "sida");
}

#[test]
fn camera_surveillance_is_detected_in_any_language() {
    assert!(is_camera_surveillance(&minimal()));
    let mut r = minimal();
    r.name = Text::fi("Asiakasrekisteri");
    assert!(!is_camera_surveillance(&r));
    r.purposes.push(Purpose { description: Text::new("", "Kamerabevakning av entrén", ""), ..Purpose::default() });
    assert!(is_camera_surveillance(&r));
    // Camera surveillance as one purpose among others does not make a camera sign.
    r.purposes.push(Purpose { description: Text::fi("Asiakassuhteen hoitaminen"), ..Purpose::default() });
    assert!(!is_camera_surveillance(&r));
}

#[test]
fn poster_names_its_fields() {
    let mut r = minimal();
    r.purposes.push(Purpose {
        description: Text::fi("Turvallisuus."),
        legal_bases: vec![LegalBasis::LegitimateInterests],
        ..Purpose::default()
    });
    r.rights.listed = vec![RightEntry::new(Right::Access)];
    r.public_url = "https://example.fi/seloste".into();
    let p = poster(&r, Lang::Fi);
    assert!(p.camera);
    assert_eq!(p.title, "KAMERAVALVONTA");
    let fields: Vec<String> = p.blocks.iter().flat_map(|b| b.lines.iter().map(|l| l.field.to_string())).collect();
    assert!(fields.iter().any(|f| f == "purposes[0].description.fi"));
    assert!(fields.iter().any(|f| f == "rights.listed[0]"));
    assert_eq!(p.url, "https://example.fi/seloste");
}

#[test]
fn an_introduction_prints_first_without_a_number() {
    let mut r = minimal();
    r.extra = vec![
        ExtraSection {
            heading: Text::fi("Selosteen muutokset"),
            body: Text::fi("Seloste päivitetään vuosittain."),
            ..Default::default()
        },
        ExtraSection {
            heading: Text::fi("Johdanto"),
            body: Text::fi("Kerromme alla, miten käsittelemme tietojasi."),
            placement: crate::model::ExtraPlacement::BeforeSections,
        },
    ];
    let n = build(&r, Lang::Fi);
    let first = n.sections.first().map(|s| (s.numbered_heading(), s.section));
    assert_eq!(first, Some(("Johdanto".to_owned(), Section::Extra)));
    // The numbered sections start at 1 after it; the other extra section stays last.
    assert_eq!(n.sections.get(1).map(NoticeSection::numbered_heading), Some("1. Rekisterin nimi".to_owned()));
    let last = n.sections.last().map(NoticeSection::numbered_heading).unwrap_or_default();
    assert!(last.ends_with(". Selosteen muutokset"), "{last}");
    let text = text_of(&n);
    let intro = text.find("Kerromme alla").unwrap_or(usize::MAX);
    assert!(intro < text.find("1. Rekisterin nimi").unwrap_or(0), "{text}");
    // On the page, it stands between the title and section 1.
    let pages = crate::layout::notice(&n);
    let runs: Vec<&str> = pages[0].texts.iter().map(|t| t.text.as_str()).collect();
    let at = |s: &str| runs.iter().position(|r| r.contains(s));
    assert!(at("Kameravalvonta") < at("Johdanto") && at("Johdanto") < at("Rekisterin nimi"), "{runs:?}");
}
