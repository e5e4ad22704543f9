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
