//! The small failing inputs of tests/import_cases/ (README.md there): each is one example
//! of a kind of fault seen on real notices. Each test asserts what the README says the
//! import should give, and a few variants of the same kind (other heading styles, labels,
//! bullet glyphs, negations) so that the kind is fixed, not the example.

use seloste::export::{self, Format, Options};
use seloste::import::{self, Imported, Note};
use seloste::model::*;
use std::path::Path;

fn case(name: &str) -> Imported {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/import_cases").join(name);
    let bytes = std::fs::read(&path).expect("case file");
    import::import_bytes(&bytes, name).expect("imports")
}

fn text(s: &str, name: &str) -> Imported {
    import::import_str(s, name).expect("imports")
}

/// Every string of the register, for "appears nowhere" checks.
fn all_text(r: &Register) -> String {
    serde_json::to_string(r).expect("json")
}

#[test]
fn case_01_a_markdown_heading_with_its_text_on_the_next_line_and_a_negation() {
    let imp = case("01-markdown-heading-negation.md");
    let r = &imp.register;
    assert!(
        imp.report.sections.iter().any(|s| s.section == Section::Transfers && s.heading.is_some()),
        "the heading is the transfers section: {:?}",
        imp.report.sections
    );
    assert_eq!(r.transfers.answer, Answer::No, "ei siirretä: {:?}", r.transfers);
    // The same kind: other heading marks, other negations, in three languages.
    for (t, want) in [
        (
            "Seloste\n\n### Tietojen siirto EU:n tai ETA:n ulkopuolelle\nTietoja ei siirretä EU:n tai ETA:n ulkopuolelle.\n",
            Answer::No,
        ),
        (
            "Seloste\n\n## Tietojen siirto EU:n tai ETA:n ulkopuolelle\nHenkilötiedot eivät siirry EU:n tai ETA:n ulkopuolelle.\n",
            Answer::No,
        ),
        (
            "Beskrivning\n\n## Överföring av uppgifter utanför EU eller EES\nUppgifterna överförs inte till länder utanför EU eller EES.\n",
            Answer::No,
        ),
        (
            "Notice\n\n## Transfers outside the EU/EEA\nYour personal data are not transferred outside the EU or the EEA.\n",
            Answer::No,
        ),
        (
            "Notice\n\n## Transfers outside the EU/EEA\nWe do not transfer personal data outside the EU or EEA.\n",
            Answer::No,
        ),
        (
            "Notice\n\n## Transfers outside the EU/EEA\nNo personal data is transferred outside the EU or EEA.\n",
            Answer::No,
        ),
        (
            "Seloste\n\n## Tietojen siirto EU:n tai ETA:n ulkopuolelle\nTietoja siirretään Yhdysvaltoihin vakiosopimuslausekkeiden perusteella.\n",
            Answer::Yes,
        ),
    ] {
        let imp = text(t, "x.md");
        assert_eq!(imp.register.transfers.answer, want, "{t}");
    }
}

#[test]
fn ambiguous_or_conditional_transfer_text_stays_unanswered_with_a_note() {
    for t in [
        // Both a negation and an affirmation.
        "Seloste\n\n## Tietojen siirto EU:n tai ETA:n ulkopuolelle\nTietoja ei siirretä EU:n tai ETA:n ulkopuolelle. Tietoja voidaan siirtää Yhdysvaltoihin.\n",
        // A condition.
        "Seloste\n\n## Tietojen siirto EU:n tai ETA:n ulkopuolelle\nJos tietoja siirretään EU:n tai ETA:n ulkopuolelle, huolehdimme suojatoimista.\n",
        "Notice\n\n## Transfers outside the EU/EEA\nIf data is transferred outside the EU or EEA, we use standard contractual clauses.\n",
    ] {
        let imp = text(t, "x.md");
        assert_eq!(imp.register.transfers.answer, Answer::Unanswered, "{t}");
        assert!(
            imp.report.notes.iter().any(|n| matches!(n, Note::Ambiguous { section: Section::Transfers, .. })),
            "{t}: {:?}",
            imp.report.notes
        );
    }
    // "Luovutetaan vain ..." is a yes with a restriction.
    let imp =
        text("Seloste\n\n## Tietojen luovutukset\nTietoja luovutetaan vain viranomaisille lain nojalla.\n", "x.md");
    assert_eq!(imp.register.recipients.disclosures, Answer::Yes);
}

#[test]
fn case_02_a_contact_block_of_label_value_lines() {
    let imp = case("02-labelled-contact-block.txt");
    let c = &imp.register.controller.contact;
    assert_eq!(c.name.fi, "Ville Esimerkki");
    assert_eq!(c.street.fi, "Testitie 6 A 4");
    assert_eq!(c.postal_code, "00730");
    assert_eq!(c.city.fi, "HELSINKI");
    assert_eq!(c.phone, "+358 50 000 1007");
    assert_eq!(c.email, "ville.esimerkki@example.com");
    assert!(c.title.fi.is_empty(), "no title: {:?}", c.title);
    assert!(imp.register.extra.is_empty(), "no extra section: {:?}", imp.register.extra);
    // The same kind in Swedish and English, and with icons before the values.
    let sv = text(
        "Dataskyddsbeskrivning\n\n1. Personuppgiftsansvarig\n\nNamn: Grankulla stad\nAdress: Stadshusplan 1\nPostnummer: 02700\nPostanstalt: Grankulla\nTelefon: 09 505 6255\nE-post: registratur@grankulla.fi\n\n\
         2. Ändamålet med behandlingen\n\nUppgifterna används för att sköta lånen och det är inte möjligt utan dem.\n",
        "sv.txt",
    );
    let c = &sv.register.controller.contact;
    assert_eq!(
        (c.name.sv.as_str(), c.street.sv.as_str(), c.postal_code.as_str(), c.city.sv.as_str()),
        ("Grankulla stad", "Stadshusplan 1", "02700", "Grankulla")
    );
    assert_eq!((c.phone.as_str(), c.email.as_str()), ("09 505 6255", "registratur@grankulla.fi"));
    let en = text(
        "Privacy notice\n\n1. Controller\n\nName: City of Example\nAddress: Main Street 1\nPostal code: 00100\nCity: Helsinki\nPhone: +358 9 123 456\nEmail: registry@example.fi\n",
        "en.txt",
    );
    let c = &en.register.controller.contact;
    assert_eq!((c.postal_code.as_str(), c.city.en.as_str()), ("00100", "Helsinki"));
    assert_eq!(c.email, "registry@example.fi");
    let icons = text(
        "Tietosuojaseloste\n\n1. Rekisterinpitäjä\n\nEsimerkin kunta\nKäyntiosoite: Kunnantie 1\nPostinumero ja -toimipaikka: 99999 Esimerkki\n📞 040 000 0000\n✉ kirjaamo@esimerkki.fi\n",
        "ikonit.txt",
    );
    let c = &icons.register.controller.contact;
    assert_eq!(
        (c.phone.as_str(), c.email.as_str(), c.postal_code.as_str()),
        ("040 000 0000", "kirjaamo@esimerkki.fi", "99999")
    );
}

#[test]
fn several_people_a_dpo_in_a_sentence_and_a_former_contact() {
    let imp = text(
        "Tietosuojaseloste\n\n1. Rekisterinpitäjä\n\nEsimerkin kunta, Kunnantie 1, 99999 Esimerkki\n\
         Tietosuojavastaavana toimii Maija Meikäläinen, maija.meikalainen@esimerkki.fi.\n\n\
         2. Yhteyshenkilöt\n\nPekka Virtanen\nPuh. 040 111 1111\npekka.virtanen@esimerkki.fi\n\n\
         Liisa Korhonen\nPuh. 040 222 2222\nliisa.korhonen@esimerkki.fi\n\n\
         ent. Olli Entinen, olli.entinen@esimerkki.fi\n",
        "monta.txt",
    );
    let r = &imp.register;
    let names: Vec<&str> = r.contacts.iter().map(|c| c.contact.name.fi.as_str()).collect();
    assert_eq!(names, vec!["Pekka Virtanen", "Liisa Korhonen"]);
    assert_eq!(r.dpo.email, "maija.meikalainen@esimerkki.fi");
    assert_eq!(r.dpo.name.fi, "Maija Meikäläinen");
    assert!(!r.contacts.iter().any(|c| c.contact.email.contains("olli")), "a former contact is not current");
}

#[test]
fn case_03_words_hyphenated_at_line_ends_and_a_basis_across_lines() {
    let imp = case("03-pdf-hyphenated-basis.txt");
    let r = &imp.register;
    let all = all_text(r);
    assert!(all.contains("perustuu") && all.contains("artiklan"), "{all}");
    assert!(!all.contains("perus-") && !all.contains("artik-"), "{all}");
    assert!(r.purposes.iter().any(|p| p.legal_bases.contains(&LegalBasis::PublicTask)), "{:?}", r.purposes);
    // The same kind: other ways of writing Art. 6(1)(e), broken across lines.
    for t in [
        "Seloste\n\n4. Käsittelyn oikeusperuste\nTietosuoja-asetuksen 6 artiklan 1\nkohdan e alakohta.\n",
        "Seloste\n\n4. Käsittelyn oikeusperuste\nEU:n tietosuoja-asetus art.\n6.1 e.\n",
        "Notice\n\n4. Legal basis\nThe processing is based on GDPR Article\n6(1)(e).\n",
        "Beskrivning\n\n4. Rättslig grund\nBehandlingen grundar sig på allmänt\nintresse.\n",
    ] {
        let imp = text(t, "x.txt");
        assert!(
            imp.register.purposes.iter().any(|p| p.legal_bases.contains(&LegalBasis::PublicTask)),
            "{t}: {:?}",
            imp.register.purposes
        );
    }
}

#[test]
fn case_04_a_running_header_and_page_number_between_sections() {
    let imp = case("04-pdf-running-header.txt");
    let r = &imp.register;
    let purposes: Vec<&str> = r.purposes.iter().map(|p| p.description.fi.as_str()).collect();
    assert_eq!(purposes, vec!["Lainaustoiminnan hoitaminen."]);
    assert!(
        !r.data.description.fi.contains("2 (3)") && r.data.categories.iter().all(|c| !c.name.fi.contains("2 (3)")),
        "{:?}",
        r.data
    );
    // Other page numbers: "Sivu 2/3", "Page 2 of 3", "Sida 2 av 3".
    for number in ["Sivu 2/3", "sivu 2 / 3", "Page 2 of 3", "Sida 2 av 3", "- 2 -"] {
        let t = format!(
            "Kirjaston asiakasrekisteri\n\n4. Henkilötietojen käsittelyn tarkoitus\nLainaustoiminnan hoitaminen.\n\u{c}Tietosuojaseloste – Esimerkin kunta\n{number}\n\n5. Rekisterin tietosisältö\nAsiakkaan nimi ja osoite.\n"
        );
        let imp = text(&t, "x.txt");
        let purposes: Vec<&str> = imp.register.purposes.iter().map(|p| p.description.fi.as_str()).collect();
        assert_eq!(purposes, vec!["Lainaustoiminnan hoitaminen."], "{number}");
    }
}

#[test]
fn case_05_word_bullets_with_tabs_and_a_ticked_box() {
    let imp = case("05-word-bullets-checkboxes.txt");
    let r = &imp.register;
    let purposes: Vec<&str> = r.purposes.iter().map(|p| p.description.fi.as_str()).collect();
    assert_eq!(purposes, vec!["leiri-ilmoittautumisten hoitaminen", "palautekysely"]);
    assert_eq!(r.transfers.answer, Answer::Yes);
    assert!(r.transfers.description.fi.contains("Microsoft Forms, vakiosopimuslausekkeet"), "{:?}", r.transfers);
    // Every bullet glyph followed by a tab or spaces.
    for glyph in ['•', '◦', '▪', '‣', '–', '-', '*'] {
        for gap in ["\t", " ", "   "] {
            let t = format!(
                "Rekisteri\n\n4. Henkilötietojen käsittelyn tarkoitus\nTietoja käsitellään seuraaviin tarkoituksiin:\n{glyph}{gap}ilmoittautumiset\n{glyph}{gap}palautekysely\n"
            );
            let imp = text(&t, "x.txt");
            let purposes: Vec<&str> = imp.register.purposes.iter().map(|p| p.description.fi.as_str()).collect();
            assert_eq!(purposes, vec!["ilmoittautumiset", "palautekysely"], "{glyph:?} {gap:?}");
        }
    }
    // Every way of ticking a box, after the answer word or before it.
    for (line, want) in [
        ("Ei ☐ Kyllä ☒", Answer::Yes),
        ("Ei ☒ Kyllä ☐", Answer::No),
        ("☐ Ei ☑ Kyllä", Answer::Yes),
        ("[x] Ei [ ] Kyllä", Answer::No),
        ("Ei (x) Kyllä ( )", Answer::No),
        ("Ei ✔ Kyllä", Answer::No),
        ("Nej ☐ Ja ☒", Answer::Yes),
        ("No ☒ Yes ☐", Answer::No),
        ("Ei X Kyllä", Answer::No),
        ("Ei ☐ Kyllä ☐", Answer::Unanswered),
    ] {
        let t = format!("Rekisteri\n\n9. Tietojen siirto EU:n tai ETA:n ulkopuolelle\n{line}\n");
        assert_eq!(text(&t, "x.txt").register.transfers.answer, want, "{line}");
    }
}

#[test]
fn case_06_ligatures_become_letters() {
    let imp = case("06-pdf-ligatures.txt");
    let r = &imp.register;
    assert_eq!(r.controller.contact.email, "kirjaamo@esimerkki.fi");
    let all = all_text(r);
    assert!(all.contains("Asiakasprofiilin") && all.contains("Workflow"), "{all}");
    assert!(!all.contains(['\u{fb01}', '\u{fb02}', '\u{fb00}', '\u{fb03}', '\u{fb04}']), "{all}");
    let today = seloste::model::Date::from_ymd(2026, 1, 1).expect("date");
    let findings = seloste::validate::validate_at(r, None, today);
    assert!(!findings.iter().any(|f| f.rule.id.starts_with("email")), "{findings:?}");
    let pdf = export::export(
        r,
        &Options { lang: Lang::Fi, poster: false, format: Format::Pdf, paper: seloste::layout::Paper::A4 },
    )
    .expect("PDF");
    let doc = lopdf::Document::load_mem(&pdf.bytes).expect("PDF parses");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let extracted = doc.extract_text(&pages).expect("text");
    assert!(!extracted.contains('\u{fffd}'), "no replacement character in the PDF");
    assert!(extracted.replace(char::is_whitespace, "").contains("kirjaamo@esimerkki.fi"));
}
