//! Property-based fuzzing (the stable toolchain here cannot run cargo-fuzz): arbitrary and
//! mutated input must never panic, and whatever loads must round-trip.
//!
//! `cargo test` runs a modest number of cases; the long run is
//! `SELOSTE_FUZZ_CASES=1000000 cargo test --release --test main fuzz`.

use crate::util::*;
use proptest::prelude::*;
use std::path::Path;

fn cases() -> u32 {
    std::env::var("SELOSTE_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2_000)
}

/// The sample files as text, the seed corpus for mutations (read once).
fn corpus() -> &'static [String] {
    static CORPUS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    CORPUS.get_or_init(|| sample_files().iter().map(|p| std::fs::read_to_string(p).unwrap()).collect())
}

#[derive(Clone, Debug)]
enum Mutation {
    Delete { at: usize, len: usize },
    Insert { at: usize, text: String },
    Duplicate { at: usize, len: usize },
    Truncate { at: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1usize..200).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (any::<usize>(), prop_oneof!["[()\\[\\],:\"\\\\ a-zåäö0-9]{1,8}", "\\PC{1,4}"])
            .prop_map(|(at, text)| Mutation::Insert { at, text }),
        (any::<usize>(), 1usize..300).prop_map(|(at, len)| Mutation::Duplicate { at, len }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
    ]
}

fn boundary(s: &str, i: usize) -> usize {
    let i = i % (s.len() + 1);
    (0..=i).rev().find(|c| s.is_char_boundary(*c)).unwrap_or(0)
}

fn apply(mut s: String, m: &Mutation) -> String {
    match m {
        Mutation::Delete { at, len } => {
            let a = boundary(&s, *at);
            let b = boundary(&s, a + len);
            s.replace_range(a..b.max(a), "");
        }
        Mutation::Insert { at, text } => {
            let a = boundary(&s, *at);
            s.insert_str(a, text);
        }
        Mutation::Duplicate { at, len } => {
            let a = boundary(&s, *at);
            let b = boundary(&s, a + len).max(a);
            let piece = s[a..b].to_owned();
            s.insert_str(b, &piece);
        }
        Mutation::Truncate { at } => {
            let a = boundary(&s, *at);
            s.truncate(a);
        }
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn fuzz_loader_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = seloste::store::register_from_str(&text, Path::new("fuzz.ron"));
        let _ = seloste::store::organisation_from_str(&text, Path::new("fuzz.ron"));
    }

    #[test]
    fn fuzz_loader_mutated_samples(which in any::<usize>(), mutations in prop::collection::vec(mutation(), 1..6)) {
        let corpus = corpus();
        let mut text = corpus[which % corpus.len()].clone();
        for m in &mutations {
            text = apply(text, m);
        }
        if let Ok(register) = seloste::store::register_from_str(&text, Path::new("fuzz.ron")) {
            // Whatever loads must save and load back to the same value.
            let again = seloste::store::to_ron(&register);
            let back = seloste::store::register_from_str(&again, Path::new("fuzz.ron"));
            prop_assert_eq!(back.ok(), Some(register));
        }
    }
}

fn notice_like_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[A-ZÅÄÖa-zåäö0-9 .,:;()\\-–•*\\n]{0,400}",
        prop::collection::vec(
            prop_oneof![
                Just("Rekisterinpitäjä\n".to_owned()),
                Just("1. Rekisterin nimi\n".to_owned()),
                Just("Käsittelyn peruste\n\nSuostumus.\n".to_owned()),
                Just("- Ei\n- Kyllä\n".to_owned()),
                Just("nimi[at]kunta.fi 040 123 4567\n".to_owned()),
                "[a-zåäö ]{1,60}\\n",
            ],
            0..30
        )
        .prop_map(|parts| parts.concat()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn fuzz_importer(bytes in prop_oneof![
        prop::collection::vec(any::<u8>(), 0..3000),
        notice_like_text().prop_map(String::into_bytes),
    ]) {
        if let Ok(imported) = seloste::import::import_bytes(&bytes, "fuzz.txt") {
            // What the importer makes must be a valid register: it saves and loads back.
            let text = seloste::store::to_ron(&imported.register);
            let back = seloste::store::register_from_str(&text, Path::new("fuzz.ron"));
            prop_assert_eq!(back.ok(), Some(imported.register));
        }
    }

    #[test]
    fn fuzz_layout(texts in prop::collection::vec(notice_like_text(), 1..8), lang in prop::sample::select(seloste::model::Lang::ALL.to_vec())) {
        use seloste::model::*;
        let mut r = Register { languages: vec![lang], ..Register::default() };
        let t = |i: usize| Text { fi: texts[i % texts.len()].clone(), sv: texts[(i + 1) % texts.len()].clone(), en: texts[(i + 2) % texts.len()].clone() };
        r.name = t(0);
        r.purposes = vec![Purpose { description: t(1), legal_bases: vec![LegalBasis::Consent], ..Purpose::default() }];
        r.controller.contact.name = t(2);
        r.controller.contact.street = t(3);
        r.data.categories = vec![DataCategory { name: t(4), description: t(5), special: None }];
        r.extra = vec![ExtraSection { heading: t(6), body: t(7), ..Default::default() }];
        let pages = seloste::layout::notice(&seloste::notice::build(&r, lang));
        prop_assert!(!pages.is_empty());
        for page in &pages {
            for run in &page.texts {
                prop_assert!(run.x >= 0.0 && run.y >= 0.0 && run.y <= page.height, "run outside the page: {run:?}");
            }
        }
        let _ = seloste::layout::poster(&seloste::notice::poster(&r, lang));
    }
}

/// Found by `fuzz_layout`: a register name with many line breaks made a title block taller
/// than a page, and its last lines were placed below the page.
#[test]
fn regression_title_taller_than_a_page_is_split() {
    use seloste::model::*;
    let name = "\n\n\n\n\n\n\n\n\n\n\n\n\nAöA•00•0ÄÄKÄA(,m0AA0a0Ö0(AA•0AÖ(Aaaaa\n\n\n\n\n,";
    let r = Register { name: Text::new(name, name, name), languages: vec![Lang::Fi], ..Register::default() };
    let pages = seloste::layout::notice(&seloste::notice::build(&r, Lang::Fi));
    for page in &pages {
        for run in &page.texts {
            assert!(run.y <= page.height, "{run:?}");
        }
    }
}
