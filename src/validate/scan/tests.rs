//! Tests of `scan`.

use super::*;

/// The number of classes (all fit in the 64 bits of a mask).
const NCLASS: usize = C::No as usize + 1;
/// Every class, in bit order.
const CLASSES: [C; NCLASS] = [
    C::Placeholder,
    C::Profiling,
    C::Disclose,
    C::Pid,
    C::Consent,
    C::Withdraw,
    C::ObsoleteLaw,
    C::Chrome,
    C::Vague,
    C::Minimum,
    C::RetentionWord,
    C::LegacyBasis,
    C::VaguePurpose,
    C::SaStale,
    C::Checkbox,
    C::Markup,
    C::Garbled,
    C::UnfinishedColon,
    C::UnfinishedDangling,
    C::UnfinishedQuestion,
    C::DateInBody,
    C::VagueRetention,
    C::MinimumRetention,
    C::Maximum,
    C::AsLongAs,
    C::Need,
    C::SourceWord,
    C::Number,
    C::TimeUnit,
    C::Period,
    C::RecordsPlan,
    C::Tietosuoja,
    C::Vendor,
    C::Paluu,
    C::Etusivu,
    C::Neg,
    C::DateLabel,
    C::Yes,
    C::No,
];

fn scan(s: &str, lang: Lang) -> Scan {
    let mut buf = Vec::new();
    scan_str(s, lang, Some(false), &mut buf)
}

fn fi(s: &str) -> Scan {
    scan(s, Lang::Fi)
}

#[test]
fn lowercases_finnish_capitals_in_place() {
    let mut buf = Vec::new();
    scan_str("ÄÖÅ Éa ×", Lang::Fi, None, &mut buf);
    assert_eq!(std::str::from_utf8(&buf).unwrap(), "äöå éa ×");
    assert!(fi("SÄILYTETÄÄN TOISTAISEKSI").has(C::Vague));
}

#[test]
fn negation_hides_disclosure_and_profiling() {
    assert!(!fi("Tietoja ei luovuteta kolmansille osapuolille.").has(C::Disclose));
    assert!(fi("Voimme luovuttaa ilmoittautumistietosi kumppaneille.").has(C::Disclose));
    assert!(fi("Tietoja luovutetaan vain viranomaisille.").has(C::Disclose));
    assert!(!fi("Automaattista päätöksentekoa tai profilointia ei suoriteta.").has(C::Profiling));
    assert!(fi("Tarjonnan kohdentamiseen ja analysointiin.").has(C::Profiling));
    assert!(fi("Tietoja ei luovuteta kolmansille, mutta voimme luovuttaa ne kumppaneille.").has(C::Disclose));
    assert!(scan("Uppgifterna lämnas ut till polisen.", Lang::Sv).has(C::Disclose));
    assert!(!scan("Uppgifterna lämnas inte ut.", Lang::Sv).has(C::Disclose));
}

#[test]
fn vague_retention_phrases() {
    assert!(fi("Lomakkeet säilytetään tarpeen mukaan.").has(C::Vague));
    assert!(fi("Tiedot säilytetään niin kauan kuin on tarpeellista.").has(C::Vague));
    assert!(!fi("Tiedot säilytetään niin kauan kuin asiakassuhde on voimassa.").has(C::Vague));
    assert!(scan("Data are kept as long as necessary.", Lang::En).has(C::Vague));
    let s = fi("Henkilötiedot säilytetään vähintään asiakassuhteen keston ajan.");
    assert!(s.has(C::MinimumRetention) && !s.has(C::Maximum));
    assert!(fi("Tallenteet säilytetään 30 vuorokautta.").has(C::Period));
    assert!(fi("Tietoja säilytetään kolme vuotta sen jälkeen.").has(C::Period));
}

#[test]
fn checkbox_residue_and_dates_in_body() {
    assert!(fi("- Ei\n Kyllä\n\nViestinnässä voidaan käyttää ostopalvelua.").has(C::Checkbox));
    assert!(fi("Ei / Kyllä").has(C::Checkbox));
    assert!(!fi("Ei. Kyllä, mutta vain osittain.").has(C::Checkbox));
    assert!(fi("☐ Kyllä").has(C::Checkbox));
    assert!(fi("- suostumus\n\nPäivitetty: 30.5.2024\n\n- sopimus").has(C::DateInBody));
    assert!(!fi("Laki tuli voimaan 1.1.2019.").has(C::DateInBody));
}

#[test]
fn web_chrome() {
    assert!(fi("fbpx\n\nJämsä Tehdas etätyötilan logo").has(C::Chrome));
    assert!(fi("Tekstiä.\n\nPALUU TEHTAAN ETUSIVULLE").has(C::Chrome));
    assert!(fi("p. 029 566 6700, tietosuoja@om.fiSuosikit").has(C::Chrome));
    assert!(fi("Suosikit\n\nChat-palvelun tietosuojaseloste").has(C::Chrome));
    assert!(!fi("Kiinnostuksen kohteet, suosikit ja aihepainotukset").has(C::Chrome));
    assert!(!fi("Paluu työhön sovitaan erikseen.").has(C::Chrome));
}

#[test]
fn placeholders_markup_and_garbage() {
    assert!(fi("Yhteyshenkilö: TODO").has(C::Placeholder));
    assert!(fi("Puhelin 040 xxx xxxx").has(C::Placeholder));
    assert!(fi("Tietoja ovat [täydennä].").has(C::Placeholder));
    assert!(!fi("Taksi ja Kelan korvaus.").has(C::Placeholder));
    assert!(fi("oikeusperusteet**Henkilötietojen käsittelyn tarkoitus:**").has(C::Markup));
    assert!(fi("Tiedot&nbsp;säilytetään").has(C::Markup));
    assert!(!fi("Nimi & osoite").has(C::Markup));
    assert!(fi("HenkilÃ¶tiedot").has(C::Garbled));
    assert!(!fi("Henkilötiedot").has(C::Garbled));
}

#[test]
fn obsolete_law_and_stale_authority() {
    assert!(fi("Henkilötietolain 10 §:n mukainen rekisteriseloste").has(C::ObsoleteLaw));
    assert!(fi("henkilötietolaki (523/1999)").has(C::ObsoleteLaw));
    assert!(!fi("Tietosuojalaki (1050/2018)").has(C::ObsoleteLaw));
    let s = fi("Tietosuojavaltuutetun toimisto, PL 800, 00521 Helsinki, p. +358 29 56 60700");
    assert!(s.has(C::SaStale) && s.has(C::Tietosuoja));
    assert!(!fi("Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki, puh. 029 566 6700").has(C::SaStale));
}

#[test]
fn consent_and_withdrawal() {
    assert!(fi("Sijaintitiedot, mikäli olet antanut siihen nimenomaisen suostumuksesi.").has(C::Consent));
    assert!(!fi("Käsittely ei perustu suostumukseen.").has(C::Consent));
    assert!(fi("Voit peruuttaa suostumuksesi milloin tahansa.").has(C::Withdraw));
    assert!(!fi("Käsittely perustuu lakiin.").has(C::Withdraw));
}

#[test]
fn vendors_and_identity_codes() {
    let s = fi("Saatat nähdä Facebook- tai Google-mainoksia.");
    assert_eq!(s.vendors, 0b101);
    assert_eq!(fi("Kameran zoomaus").vendors, 0);
    assert!(fi("Henkilötunnus tallennetaan vain silloin, kun asiakkaalla ei ole Y-tunnusta.").has(C::Pid));
    assert!(fi("Henkilötunnus tallennetaan laskutusta varten.").has(C::Pid));
    assert!(!fi("Henkilötunnusta ei kerätä.").has(C::Pid));
}

#[test]
fn unfinished_texts() {
    assert!(
        fi("EU:n yleisen tietosuoja-asetuksen mukainen oikeusperuste henkilötietojen käsittelylle on ")
            .has(C::UnfinishedDangling)
    );
    assert!(fi("Rekisteriin tallennettavia tietoja ovat:").has(C::UnfinishedColon));
    assert!(fi("Rekisteriin tallennettavia tietoja ovat:\n\nHenkilötunnus tallennetaan vain silloin, kun asiakkaalla ei ole Y-tunnusta ja työntekijöiltä.").has(C::UnfinishedColon));
    assert!(fi("Evästeiden avulla voidaan kerätä muun muassa seuraavia tietoja:\n\nKolmannen osapuolen evästeet\n\nSivustollamme voi olla painikkeita.").has(C::UnfinishedColon));
    assert!(!fi("Tietoja ovat:\n- nimi\n- osoite").has(C::UnfinishedColon));
    assert!(!fi("Tietoja ovat:\n\nNimi, osoite, puhelinnumero, sähköpostiosoite.").has(C::UnfinishedColon));
    assert!(!fi("Lisätietoja:\n\nMatti Meikäläinen").has(C::UnfinishedColon));
    assert!(fi("- Ei\n- Kyllä\n\nMilloin toteutetaan?").has(C::UnfinishedQuestion));
    let ok = fi("Tiedot kerätään rekisteröidyltä itseltään. Tallenteet säilytetään 30 vuorokautta.");
    assert!(!ok.has(C::UnfinishedDangling) && !ok.has(C::UnfinishedColon) && !ok.has(C::UnfinishedQuestion));
}

#[test]
fn quotes_are_short_and_marked_when_cut() {
    let s = "Alku, jossa kerrotaan kaikenlaista muuta aivan ensin ja pitkään. Lomakkeet säilytetään tarpeen mukaan. Google Analytics 1 vuorokausi-2 vuotta ja paljon muuta tekstiä tässä perässä.";
    let sc = fi(s);
    let q = quote(s, sc.span(C::Vague), false);
    assert!(q.contains("tarpeen mukaan"), "{q}");
    assert!(q.chars().count() <= 90, "{q}");
    assert!(q.starts_with('…') && q.ends_with('…'), "{q}");
}

proptest::proptest! {
    #[test]
    fn scanning_and_quoting_never_panic(
        s in "(\\PC|[\n:.,?*_&<>\\[\\]/–☐ÄÖÅäöåÃ¤â€])*",
    ) {
        for lang in Lang::ALL {
            let sc = scan(&s, lang);
            for c in CLASSES {
                if sc.has(c) {
                    let q = quote(&s, sc.span(c), false);
                    let l = quote(&s, sc.span(c), true);
                    proptest::prop_assert!(q.chars().count() <= s.chars().count() + 2);
                    proptest::prop_assert!(l.chars().count() <= s.chars().count() + 2);
                }
            }
        }
    }
}

#[test]
fn every_class_is_in_bit_order() {
    for (i, c) in CLASSES.iter().enumerate() {
        assert_eq!(*c as usize, i);
    }
}
