//! Tests of `site`.

use super::*;

#[test]
fn sentences_are_cut_at_a_sentence_end_not_an_abbreviation() {
    let text =
        "Rekisteriä käytetään esim. asiakassuhteen hoitoon. Tietoja käytetään myös tilastointiin ja kehittämiseen.";
    assert_eq!(first_sentences(text, 80), "Rekisteriä käytetään esim. asiakassuhteen hoitoon.");
    assert_eq!(first_sentences(text, 500), text);
    let long = "sana ".repeat(100);
    let cut = first_sentences(&long, 50);
    assert!(cut.ends_with('…') && cut.chars().count() <= 51, "{cut}");
    assert!(!cut.contains("  "));
}

#[test]
fn finnish_order_puts_a_ring_a_umlaut_o_umlaut_after_z() {
    let mut words = vec!["Öljy", "ääni", "Zeta", "åsa", "Aalto", "vesi", "Wanha"];
    words.sort_by_key(|w| sort_key(w));
    assert_eq!(words, vec!["Aalto", "vesi", "Wanha", "Zeta", "åsa", "ääni", "Öljy"]);
}

#[test]
fn version_text_uses_the_hook_fields() {
    let d = Date::from_ymd(2024, 5, 30);
    assert_eq!(version_text(PublishedVersion { version: None, date: d }, Lang::Fi), "30.5.2024");
    assert_eq!(version_text(PublishedVersion { version: Some(3), date: d }, Lang::Sv), "version 3, 30.5.2024");
    assert_eq!(version_text(PublishedVersion { version: None, date: None }, Lang::En), "–");
}

#[test]
fn base_url_must_be_http_and_gets_a_slash() {
    assert_eq!(check_base_url("https://kemi.fi/tietosuoja").as_deref(), Ok("https://kemi.fi/tietosuoja/"));
    for bad in ["kemi.fi", "javascript:alert(1)", "https://", "https://a b", "https://x/\"><script>"] {
        assert!(check_base_url(bad).is_err(), "{bad}");
    }
}

#[test]
fn slugs_are_url_safe_and_never_shadow_site_pages() {
    assert_eq!(slug("Kemi äänestys.ron"), "Kemi-aanestys");
    assert_eq!(slug("index.ron"), "r-index");
    assert_eq!(slug("description.ron"), "r-description");
}
