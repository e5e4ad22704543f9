//! Property test: any register survives save and load unchanged, byte for byte.

use proptest::prelude::*;
use seloste::model::*;
use seloste::store;

fn any_string() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-zA-ZåäöÅÄÖ .,:;!?()\"'\\\\/-]{0,40}",
        "\\PC{0,20}",
        any::<String>().prop_map(|s| s.chars().take(30).collect()),
    ]
}

fn text() -> impl Strategy<Value = Text> {
    (any_string(), any_string(), any_string()).prop_map(|(fi, sv, en)| Text { fi, sv, en })
}

fn answer() -> impl Strategy<Value = Answer> {
    prop::sample::select(Answer::ALL.to_vec())
}

fn date() -> impl Strategy<Value = Option<Date>> {
    prop::option::of(
        (1990i32..2100, 1u8..=12, 1u8..=31).prop_filter_map("real day", |(y, m, d)| Date::from_ymd(y, m, d)),
    )
}

fn contact() -> impl Strategy<Value = Contact> {
    (text(), text(), any_string(), any_string()).prop_map(|(name, street, phone, email)| Contact {
        name,
        street,
        phone,
        email,
        postal_code: "94100".into(),
        ..Contact::default()
    })
}

fn purpose() -> impl Strategy<Value = Purpose> {
    (text(), prop::sample::subsequence(LegalBasis::ALL.to_vec(), 0..=6), text(), any::<bool>()).prop_map(
        |(description, legal_bases, legitimate_interests, direct_marketing)| Purpose {
            description,
            legal_bases,
            legitimate_interests,
            direct_marketing,
            ..Purpose::default()
        },
    )
}

fn register() -> impl Strategy<Value = Register> {
    (
        (any_string(), prop::sample::select(Status::ALL.to_vec()), date(), date()),
        (text(), contact(), prop::collection::vec(purpose(), 0..4), prop::collection::vec(text(), 0..4)),
        (answer(), answer(), answer(), prop::sample::subsequence(Right::ALL.to_vec(), 0..=11)),
        (prop::sample::subsequence(Lang::ALL.to_vec(), 0..=3), prop::collection::vec(any_string(), 0..3), text()),
    )
        .prop_map(
            |(
                (id, status, created, updated),
                (name, dpo, purposes, subjects),
                (special, transfers, automated, rights),
                (languages, tags, cookies),
            )| {
                let mut r = Register {
                    id,
                    status,
                    created,
                    updated,
                    name,
                    dpo,
                    purposes,
                    subjects,
                    languages,
                    tags,
                    cookies,
                    ..Register::default()
                };
                r.data.special = special;
                r.transfers.answer = transfers;
                r.automated.answer = automated;
                r.rights.listed = rights.into_iter().map(RightEntry::new).collect();
                r.controller.kind = ControllerKind::PublicAuthority;
                r
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn save_then_load_gives_the_same_register(r in register()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.ron");
        store::save_register(&path, &r).unwrap();
        let back = store::load_register(&path).unwrap();
        prop_assert_eq!(&back, &r);
        let bytes = std::fs::read_to_string(&path).unwrap();
        prop_assert_eq!(store::to_ron(&back), bytes);
    }
}
