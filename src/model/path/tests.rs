//! Tests of `path`.

use super::*;
use FieldPath as P;

fn round(s: &str) -> FieldPath {
    let p: FieldPath = s.parse().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(p.to_string(), s);
    p
}

#[test]
fn writes_and_reads_serde_style_paths() {
    assert_eq!(round("purposes[1].legal_bases"), P::Purposes(List::field(1, PurposeField::LegalBases(List::All))));
    assert_eq!(round("name.fi"), P::Name(Some(Lang::Fi)));
    assert_eq!(
        round("controller.contact.email"),
        P::Controller(Some(ControllerField::Contact(Some(ContactField::Email))))
    );
    assert_eq!(
        round("controller.joint[2].contact.name.sv"),
        P::Controller(Some(ControllerField::Joint(List::field(
            2,
            JointField::Contact(Some(ContactField::Name(Some(Lang::Sv))))
        ))))
    );
    assert_eq!(round("rights.listed[5]"), P::Rights(Some(RightsField::Listed(List::at(5)))));
    for s in ["subjects[0].en", "sources.list[3]", "tags[1]", "dpo", "security", "extra[10].body.fi", "format"] {
        round(s);
    }
}

#[test]
fn rejects_what_is_not_a_field() {
    for s in [
        "",
        "nme",
        "name.de",
        "name.fi.x",
        "purposes[01]",
        "purposes[]",
        "purposes[1",
        "purposes.1",
        "dpo.legal_bases",
        "purposes[99999999999999999999999]",
        "name.",
        ".name",
        "tags[1].fi",
        "status.fi",
    ] {
        assert!(s.parse::<FieldPath>().is_err(), "{s}");
    }
    assert!("nme".parse::<FieldPath>().unwrap_err().to_string().contains("nme"));
}

#[test]
fn sections() {
    let s = |p: &str| round(p).section();
    assert_eq!(s("purposes[1].legal_bases"), Section::Purposes);
    assert_eq!(s("legal_basis_text.fi"), Section::Purposes);
    assert_eq!(s("dpo.email"), Section::Dpo);
    assert_eq!(s("next_review"), Section::Meta);
    assert_eq!(s("extra[0].body"), Section::Extra);
}

#[test]
fn order_is_file_order_with_numeric_indices() {
    let mut v: Vec<FieldPath> =
        ["purposes[10].law", "purposes[2].law", "purposes", "purposes[2]", "name", "dpo.email", "dpo"]
            .iter()
            .map(|s| round(s))
            .collect();
    v.sort();
    let shown: Vec<String> = v.iter().map(ToString::to_string).collect();
    assert_eq!(shown, ["name", "dpo", "dpo.email", "purposes", "purposes[2]", "purposes[2].law", "purposes[10].law"]);
}

#[test]
fn languages_and_containment() {
    assert_eq!(round("name").in_lang(Lang::Sv), round("name.sv"));
    assert_eq!(round("purposes[1].law").in_lang(Lang::En), round("purposes[1].law.en"));
    assert_eq!(round("subjects[1]").in_lang(Lang::En), round("subjects[1].en"));
    assert_eq!(round("dpo.email").in_lang(Lang::En), round("dpo.email"));
    assert_eq!(round("dpo").in_lang(Lang::En), round("dpo"));
    assert_eq!(round("name.sv").lang(), Some(Lang::Sv));
    assert_eq!(round("name").lang(), None);
    assert!(round("dpo.email").is_within(round("dpo")));
    assert!(round("purposes[1].law.fi").is_within(round("purposes[1]")));
    assert!(round("purposes[1].law.fi").is_within(round("purposes")));
    assert!(!round("purposes[1].law").is_within(round("purposes[2]")));
    assert!(!round("dpo").is_within(round("dpo.email")));
    assert!(!round("name.fi").is_within(round("name.sv")));
}

#[test]
fn from_generic_steps() {
    use PathStep::*;
    assert_eq!(
        FieldPath::from_steps(&[Field("purposes"), Index(1), Field("law"), Field("fi")]),
        Ok(round("purposes[1].law.fi"))
    );
    assert!(FieldPath::from_steps(&[Field("purposes"), Field("law")]).is_err());
}

#[test]
fn serde_as_strings() {
    let p = round("controller.contact.email");
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(json, "\"controller.contact.email\"");
    assert_eq!(serde_json::from_str::<FieldPath>(&json).unwrap(), p);
    assert!(serde_json::from_str::<FieldPath>("\"controller.x\"").is_err());
}
