use super::*;
use crate::model::{Contact, ExtraSection, Lang, LegalBasis, Purpose, Register, Right, RightEntry, Text};
use crate::notice;

const MARGIN: f32 = 20.0 * MM;

/// A register whose extra sections have lengths drawn from `seed`, to put headings and
/// paragraph ends at many different places on the page.
fn varied_register(seed: u64) -> Register {
    let mut state = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
    let mut next = |n: u64| {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % n
    };
    let words =
        ["henkilötietojen", "käsittely", "rekisterinpitäjä", "tallenne", "säilytetään", "ja", "sekä", "kuukauden"];
    let mut r = Register { name: Text::fi("Testirekisteri"), ..Register::default() };
    r.controller.contact = Contact { name: Text::fi("Testikunta"), ..Contact::default() };
    r.updated = crate::model::Date::from_ymd(2024, 5, 30);
    for i in 0..(8 + next(10)) {
        let paragraphs: Vec<String> = (0..1 + next(3))
            .map(|_| (0..1 + next(70)).map(|_| words[next(words.len() as u64) as usize]).collect::<Vec<_>>().join(" "))
            .collect();
        r.extra.push(ExtraSection {
            heading: Text::fi(format!("Lisäkohta {i}")),
            body: Text::fi(paragraphs.join("\n\n")),
            ..Default::default()
        });
    }
    r
}

fn body_runs(page: &Page) -> Vec<&TextRun> {
    page.texts.iter().filter(|t| !matches!(t.role, Role::Header | Role::Footer)).collect()
}

#[test]
fn a_heading_never_ends_a_page() {
    let mut pages_seen = 0;
    for seed in 0..60 {
        let pages = notice(&notice::build(&varied_register(seed), Lang::Fi));
        pages_seen += pages.len();
        for (i, page) in pages.iter().enumerate() {
            let runs = body_runs(page);
            let last = runs.iter().map(|r| r.y).fold(f32::MIN, f32::max);
            for r in runs.iter().filter(|r| (r.y - last).abs() < 0.01) {
                assert!(
                    !matches!(r.role, Role::Heading | Role::Title),
                    "seed {seed} page {}: ends with heading {:?}",
                    i + 1,
                    r.text
                );
            }
        }
    }
    assert!(pages_seen > 100, "the test should cover many page breaks, saw {pages_seen} pages");
}

#[test]
fn footer_has_date_and_page_numbers_and_header_starts_on_page_two() {
    let pages = notice(&notice::build(&varied_register(7), Lang::Sv));
    assert!(pages.len() >= 2);
    let total = pages.len();
    for (i, page) in pages.iter().enumerate() {
        let footer: Vec<&str> = page.texts.iter().filter(|t| t.role == Role::Footer).map(|t| t.text.as_str()).collect();
        assert_eq!(footer, vec!["Uppdaterad 30.5.2024".to_owned(), format!("sida {} / {total}", i + 1)]);
        let header: Vec<&str> = page.texts.iter().filter(|t| t.role == Role::Header).map(|t| t.text.as_str()).collect();
        assert_eq!(header, if i == 0 { vec![] } else { vec!["Testirekisteri"] });
    }
}

#[test]
fn text_stays_inside_the_margins() {
    let pages = notice(&notice::build(&varied_register(3), Lang::Fi));
    for page in &pages {
        for t in &page.texts {
            let w = font::width(t.face, &t.text, t.size);
            assert!(t.x >= MARGIN - 0.01 && t.x + w <= A4_WIDTH - MARGIN + 0.01, "{t:?}");
            assert!(t.y > 0.0 && t.y < A4_HEIGHT, "{t:?}");
        }
        // Body text stays between the header and footer rules.
        for t in body_runs(page) {
            assert!(t.y >= MARGIN && t.y <= A4_HEIGHT - MARGIN + 0.01, "{t:?}");
        }
    }
}

#[test]
fn layout_keeps_every_word() {
    let r = varied_register(11);
    let n = notice::build(&r, Lang::Fi);
    // The body's runs (a word hyphenated at a page end continues after the running header),
    // then the last footer (the text rendering ends with the updated date).
    let pages = notice(&n);
    let footer = pages.last().map(|p| p.texts.iter().filter(|t| t.role == Role::Footer)).into_iter().flatten();
    let laid: String = pages
        .iter()
        .flat_map(body_runs)
        .chain(footer)
        .map(|r| format!("{}\n", r.text))
        .collect::<String>()
        .replace("\u{ad}\n", "");
    let squeezed: String = laid.split_whitespace().collect();
    let mut from = 0;
    for word in String::from_utf8(crate::export::txt::notice(&n)).unwrap_or_default().split_whitespace() {
        let Some(at) = squeezed[from..].find(word) else { panic!("{word:?} not laid out") };
        from += at + word.len();
    }
}

fn poster_register(purpose: &str) -> Register {
    Register {
        name: Text::fi("Asiakasrekisteri"),
        controller: crate::model::Controller {
            contact: Contact { name: Text::fi("Testikunta"), phone: "016 259 111".into(), ..Contact::default() },
            ..Default::default()
        },
        purposes: vec![Purpose {
            description: Text::fi(purpose),
            legal_bases: vec![LegalBasis::Contract],
            ..Purpose::default()
        }],
        rights: crate::model::Rights {
            listed: [Right::Access, Right::Rectification, Right::Erasure, Right::Complaint]
                .map(RightEntry::new)
                .to_vec(),
            ..Default::default()
        },
        public_url: "https://www.testikunta.fi/tietosuoja/asiakasrekisteri".into(),
        ..Register::default()
    }
}

#[test]
fn poster_fits_large_print_and_draws_a_qr_code() {
    let content = notice::poster(&poster_register("Asiakassuhteen hoitaminen."), Lang::Fi);
    let page = poster(&content).expect("fits");
    // The updated date is small print at the foot of the page.
    let body: Vec<&TextRun> = page
        .texts
        .iter()
        .filter(|t| matches!(t.role, Role::Paragraph | Role::ListBody(_)) && t.text != content.updated)
        .collect();
    assert!(!body.is_empty());
    assert!(body.iter().all(|t| t.size >= MIN_POSTER_SIZE));
    let all: String = page.texts.iter().map(|t| t.text.as_str()).collect();
    assert!(all.contains("https://www.testikunta.fi/tietosuoja/asiakasrekisteri"), "{all}");
    let squares = page.shapes.iter().filter(|s| matches!(s, Shape::Rect { .. })).count();
    assert!(squares > 50, "QR code modules: {squares}");
    for t in &page.texts {
        assert!(t.y <= A4_HEIGHT - 15.0 * MM + 0.01, "{t:?}");
    }
}

#[test]
fn poster_too_long_is_an_error_naming_the_field() {
    let long = "Henkilötietoja käsitellään asiakassuhteen hoitamiseksi ja palvelujen kehittämiseksi. ".repeat(40);
    let err = poster(&notice::poster(&poster_register(&long), Lang::Fi)).expect_err("cannot fit");
    let PosterError::DoesNotFit { size, fields, overflow_mm } = &err;
    assert_eq!(*size, MIN_POSTER_SIZE);
    assert!(*overflow_mm > 10.0);
    assert_eq!(fields.first().map(|f| f.0.to_string()).as_deref(), Some("purposes[0].description.fi"));
    assert!(err.to_string().contains("shorten purposes[0].description.fi ("), "{err}");
}

#[test]
fn camera_register_gets_the_sign_layout() {
    let mut r = poster_register("Kiinteistön kameravalvonta omaisuuden suojaamiseksi.");
    r.name = Text::fi("Kameravalvonta, uimahalli");
    let page = poster(&notice::poster(&r, Lang::Fi)).expect("fits");
    assert!(page.texts.iter().any(|t| t.role == Role::Title && t.text == "KAMERAVALVONTA"));
    let symbol = page.shapes.iter().filter(|s| matches!(s, Shape::Polygon { .. })).count();
    assert!(symbol >= 4, "camera symbol polygons: {symbol}");
    // The symbol sits above the title.
    let title_y = page.texts.iter().find(|t| t.text == "KAMERAVALVONTA").map_or(0.0, |t| t.y);
    for s in &page.shapes {
        if let Shape::Polygon { points, .. } = s {
            assert!(points.iter().all(|p| p.1 < title_y));
        }
    }
}
