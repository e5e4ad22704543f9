//! The fixed texts of a notice in Finnish, Swedish and English: the parts the user does not
//! type (legal reference line, labels, standard explanations of the rights, the complaint
//! paragraph and the supervisory authority's contact block, "no transfers" and the like).
//!
//! The notice speaks to the data subject ("sinä" / "du" / "you"), as the Finnish Data
//! Protection Ombudsman's own guidance does. Headings of the numbered sections come from
//! [`crate::model::Section::heading`], the names of rights and legal bases from the
//! vocabularies in [`crate::model`].

use crate::model::Lang;
use crate::model::{LegalBasis, Right, SpecialCondition, tr};

/// The document-type line under the title (GDPR-REFERENCE 1.3, F02).
pub fn document_type(lang: Lang) -> &'static str {
    tr(
        lang,
        "Tietosuojaseloste – EU:n yleinen tietosuoja-asetus (2016/679) 13 ja 14 artikla",
        "Dataskyddsbeskrivning – EU:s allmänna dataskyddsförordning (2016/679) artiklarna 13 och 14",
        "Privacy notice – EU General Data Protection Regulation (2016/679), Articles 13 and 14",
    )
}

/// The short name of the document, used in the PDF title.
pub fn document_name(lang: Lang) -> &'static str {
    tr(lang, "Tietosuojaseloste", "Dataskyddsbeskrivning", "Privacy notice")
}

/// The mark printed where required content is missing, so a draft never looks finished.
pub fn missing(lang: Lang) -> &'static str {
    tr(lang, "[puuttuu]", "[saknas]", "[missing]")
}

/// "Päivitetty 30.5.2024" without the date.
pub fn updated(lang: Lang) -> &'static str {
    tr(lang, "Päivitetty", "Uppdaterad", "Updated")
}

/// The word before page numbers: "sivu 2 / 3".
pub fn page(lang: Lang) -> &'static str {
    tr(lang, "sivu", "sida", "page")
}

/// Prefix of a phone number in a contact block.
pub fn phone(lang: Lang) -> &'static str {
    tr(lang, "puh.", "tfn", "tel.")
}

/// Label of the business ID.
pub fn business_id(lang: Lang) -> &'static str {
    tr(lang, "Y-tunnus", "FO-nummer", "Business ID")
}

/// Label of the joint controllers.
pub fn joint_controllers(lang: Lang) -> &'static str {
    tr(lang, "Yhteisrekisterinpitäjät", "Gemensamt personuppgiftsansvariga", "Joint controllers")
}

/// Label of a joint controller's share of responsibility.
pub fn responsibility(lang: Lang) -> &'static str {
    tr(lang, "Vastuualue", "Ansvarsområde", "Responsibility")
}

/// Label of the joint-controller arrangement (Art. 26(2)).
pub fn arrangement(lang: Lang) -> &'static str {
    tr(lang, "Vastuunjako", "Ansvarsfördelning", "Division of responsibilities")
}

/// Label of a purpose when there are several.
pub fn purpose(lang: Lang) -> &'static str {
    tr(lang, "Tarkoitus", "Ändamål", "Purpose")
}

/// Label of the legal basis of a purpose.
pub fn legal_basis(lang: Lang) -> &'static str {
    tr(lang, "Oikeusperuste", "Rättslig grund", "Legal basis")
}

/// Label of the law a basis rests on (Art. 6(3)).
pub fn law(lang: Lang) -> &'static str {
    tr(lang, "Lainsäädäntö", "Lagstiftning", "Legislation")
}

/// Label of the legitimate interests (Art. 13(1)(d)).
pub fn legitimate_interests(lang: Lang) -> &'static str {
    tr(lang, "Oikeutetut edut", "Berättigade intressen", "Legitimate interests")
}

/// Label of a purpose that is direct marketing.
pub fn direct_marketing(lang: Lang) -> &'static str {
    tr(
        lang,
        "Tietoja käytetään suoramarkkinointiin. Voit milloin tahansa kieltää tietojesi käytön suoramarkkinointiin.",
        "Uppgifterna används för direktmarknadsföring. Du kan när som helst invända mot att dina uppgifter används för direktmarknadsföring.",
        "The data are used for direct marketing. You may object to the use of your data for direct marketing at any time.",
    )
}

/// A legal basis with its article, e.g. "Suostumus (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta)".
pub fn basis_with_article(basis: LegalBasis, lang: Lang) -> String {
    let l = basis.letter();
    let article = match lang {
        Lang::Fi => format!("tietosuoja-asetuksen 6 artiklan 1 kohdan {l} alakohta"),
        Lang::Sv => format!("artikel 6.1 {l} i dataskyddsförordningen"),
        Lang::En => format!("GDPR Article 6(1)({l})"),
    };
    format!("{} ({article})", basis.label(lang))
}

/// An Art. 9(2) condition with its article.
pub fn condition_with_article(c: SpecialCondition, lang: Lang) -> String {
    let l = c.letter();
    let article = match lang {
        Lang::Fi => format!("9 artiklan 2 kohdan {l} alakohta"),
        Lang::Sv => format!("artikel 9.2 {l}"),
        Lang::En => format!("Article 9(2)({l})"),
    };
    format!("{} ({article})", c.label(lang))
}

/// Special categories: yes / no statements and the label of the condition.
pub fn special_yes(lang: Lang) -> &'static str {
    tr(
        lang,
        "Rekisterissä käsitellään erityisiin henkilötietoryhmiin kuuluvia tietoja (tietosuoja-asetuksen 9 artikla).",
        "I registret behandlas särskilda kategorier av personuppgifter (artikel 9 i dataskyddsförordningen).",
        "The register contains special categories of personal data (GDPR Article 9).",
    )
}

/// See [`special_yes`].
pub fn special_no(lang: Lang) -> &'static str {
    tr(
        lang,
        "Rekisterissä ei käsitellä erityisiin henkilötietoryhmiin kuuluvia tietoja.",
        "I registret behandlas inte särskilda kategorier av personuppgifter.",
        "The register contains no special categories of personal data.",
    )
}

/// Label of the special categories processed.
pub fn special_kinds(lang: Lang) -> &'static str {
    tr(lang, "Erityiset henkilötietoryhmät", "Särskilda kategorier", "Special categories")
}

/// Label of the Art. 9(2) condition.
pub fn special_condition(lang: Lang) -> &'static str {
    tr(lang, "Käsittelyn peruste", "Grund för behandlingen", "Condition for processing")
}

/// Criminal data (Art. 10): yes.
pub fn criminal_yes(lang: Lang) -> &'static str {
    tr(
        lang,
        "Rekisterissä käsitellään rikostuomioihin ja rikkomuksiin liittyviä tietoja (tietosuoja-asetuksen 10 artikla).",
        "I registret behandlas uppgifter om fällande domar i brottmål och överträdelser (artikel 10 i dataskyddsförordningen).",
        "The register contains personal data relating to criminal convictions and offences (GDPR Article 10).",
    )
}

/// Criminal data (Art. 10): no.
pub fn criminal_no(lang: Lang) -> &'static str {
    tr(
        lang,
        "Rekisterissä ei käsitellä rikostuomioihin ja rikkomuksiin liittyviä tietoja.",
        "I registret behandlas inte uppgifter om fällande domar i brottmål och överträdelser.",
        "The register contains no personal data relating to criminal convictions and offences.",
    )
}

/// Label of a basis (criminal data).
pub fn basis(lang: Lang) -> &'static str {
    tr(lang, "Peruste", "Grund", "Basis")
}

/// Personal identity code: yes.
pub fn id_code_yes(lang: Lang) -> &'static str {
    tr(
        lang,
        "Rekisterissä käsitellään henkilötunnusta.",
        "I registret behandlas personbeteckningar.",
        "The register contains personal identity codes.",
    )
}

/// Personal identity code: no.
pub fn id_code_no(lang: Lang) -> &'static str {
    tr(
        lang,
        "Rekisterissä ei käsitellä henkilötunnusta.",
        "I registret behandlas inte personbeteckningar.",
        "The register contains no personal identity codes.",
    )
}

/// Label of the basis for the personal identity code.
pub fn id_code_basis(lang: Lang) -> &'static str {
    tr(
        lang,
        "Henkilötunnuksen käsittelyn peruste (tietosuojalaki 29 §)",
        "Grund för behandling av personbeteckning (dataskyddslagen 29 §)",
        "Basis for processing the personal identity code (Data Protection Act, section 29)",
    )
}

/// Sources: from the data subject.
pub fn from_subject(lang: Lang) -> &'static str {
    tr(
        lang,
        "Tiedot saadaan rekisteröidyltä itseltään.",
        "Uppgifterna fås av den registrerade själv.",
        "The data are obtained from the data subjects themselves.",
    )
}

/// Sources: not from the data subject.
pub fn not_from_subject(lang: Lang) -> &'static str {
    tr(
        lang,
        "Tietoja ei saada rekisteröidyltä itseltään.",
        "Uppgifterna fås inte av den registrerade själv.",
        "The data are not obtained from the data subjects themselves.",
    )
}

/// Sources: the other sources follow.
pub fn other_sources(lang: Lang) -> &'static str {
    tr(lang, "Muut tietolähteet:", "Andra informationskällor:", "Other sources:")
}

/// Sources: all sources follow (when the data do not come from the subject).
pub fn sources_list(lang: Lang) -> &'static str {
    tr(lang, "Tietolähteet:", "Informationskällor:", "Sources:")
}

/// Recipients: none.
pub fn no_disclosures(lang: Lang) -> &'static str {
    tr(
        lang,
        "Tietoja ei luovuteta säännönmukaisesti rekisterinpitäjän ulkopuolelle.",
        "Uppgifter lämnas inte ut regelbundet utanför den personuppgiftsansvariga.",
        "The data are not regularly disclosed outside the controller.",
    )
}

/// Recipients: the list follows.
pub fn disclosures_to(lang: Lang) -> &'static str {
    tr(
        lang,
        "Tietoja luovutetaan säännönmukaisesti seuraaville vastaanottajille:",
        "Uppgifter lämnas regelbundet ut till följande mottagare:",
        "The data are regularly disclosed to the following recipients:",
    )
}

/// Label of the basis of a disclosure.
pub fn disclosure_basis(lang: Lang) -> &'static str {
    tr(lang, "Luovutusperuste", "Grund för utlämnandet", "Basis for disclosure")
}

/// Processors: none.
pub fn no_processors(lang: Lang) -> &'static str {
    tr(
        lang,
        "Henkilötietojen käsittelyä ei ole annettu ulkopuolisen palveluntarjoajan tehtäväksi.",
        "Behandlingen av personuppgifter har inte lagts ut på en extern tjänsteleverantör.",
        "The processing of personal data has not been outsourced to a service provider.",
    )
}

/// Processors: the list follows.
pub fn processors_intro(lang: Lang) -> &'static str {
    tr(
        lang,
        "Rekisterinpitäjän lukuun henkilötietoja käsittelevät seuraavat palveluntarjoajat:",
        "Följande tjänsteleverantörer behandlar personuppgifter för den personuppgiftsansvarigas räkning:",
        "The following service providers process personal data on behalf of the controller:",
    )
}

/// Processors: an Art. 28 agreement is in place.
pub fn processing_agreement(lang: Lang) -> &'static str {
    tr(
        lang,
        "Henkilötietojen käsittelystä on tehty sopimus.",
        "Ett personuppgiftsbiträdesavtal har ingåtts.",
        "A data processing agreement is in place.",
    )
}

/// Transfers: none.
pub fn no_transfers(lang: Lang) -> &'static str {
    tr(
        lang,
        "Tietoja ei siirretä eikä luovuteta Euroopan unionin tai Euroopan talousalueen (EU/ETA) ulkopuolelle.",
        "Uppgifter överförs eller lämnas inte ut utanför Europeiska unionen eller Europeiska ekonomiska samarbetsområdet (EU/EES).",
        "The data are not transferred or disclosed outside the European Union or the European Economic Area (EU/EEA).",
    )
}

/// Transfers: the list follows.
pub fn transfers_intro(lang: Lang) -> &'static str {
    tr(
        lang,
        "Tietoja siirretään EU:n tai ETA:n ulkopuolelle seuraavasti:",
        "Uppgifter överförs utanför EU eller EES enligt följande:",
        "The data are transferred outside the EU/EEA as follows:",
    )
}

/// Label of the recipient of a transfer.
pub fn recipient(lang: Lang) -> &'static str {
    tr(lang, "Vastaanottaja", "Mottagare", "Recipient")
}

/// Label of the safeguard of a transfer.
pub fn safeguard(lang: Lang) -> &'static str {
    tr(lang, "Suojatoimi", "Skyddsåtgärd", "Safeguard")
}

/// Label of the information systems.
pub fn systems(lang: Lang) -> &'static str {
    tr(lang, "Tietojärjestelmät", "Informationssystem", "Information systems")
}

/// Label of electronic material.
pub fn electronic(lang: Lang) -> &'static str {
    tr(lang, "Sähköinen aineisto", "Elektroniskt material", "Electronic material")
}

/// Label of manual material.
pub fn manual(lang: Lang) -> &'static str {
    tr(lang, "Manuaalinen aineisto", "Manuellt material", "Manual material")
}

/// Automated decisions: none.
pub fn no_automated(lang: Lang) -> &'static str {
    tr(
        lang,
        "Tietoja ei käytetä automaattiseen päätöksentekoon eikä profilointiin.",
        "Uppgifterna används inte för automatiserat beslutsfattande eller profilering.",
        "The data are not used for automated decision-making or profiling.",
    )
}

/// Automated decisions: some.
pub fn yes_automated(lang: Lang) -> &'static str {
    tr(
        lang,
        "Tietoja käytetään automaattiseen päätöksentekoon tai profilointiin.",
        "Uppgifterna används för automatiserat beslutsfattande eller profilering.",
        "The data are used for automated decision-making or profiling.",
    )
}

/// Label of the logic of automated decisions.
pub fn logic(lang: Lang) -> &'static str {
    tr(lang, "Käytetty logiikka", "Logiken", "Logic involved")
}

/// Label of their significance and consequences.
pub fn consequences(lang: Lang) -> &'static str {
    tr(lang, "Merkitys ja seuraukset", "Betydelse och följder", "Significance and consequences")
}

/// How to exercise the rights, when the register says nothing of its own. The controller's
/// contact details are always section 2 of the notice.
pub fn default_how_to(lang: Lang) -> &'static str {
    tr(
        lang,
        "Oikeuksien käyttämistä koskevat pyynnöt voi osoittaa rekisterinpitäjälle kohdassa 2 mainittuihin yhteystietoihin. Pyyntöön vastataan viimeistään kuukauden kuluessa.",
        "Begäranden om att utöva rättigheterna kan riktas till den personuppgiftsansvarige via kontaktuppgifterna i punkt 2. Begäran besvaras senast inom en månad.",
        "Requests to exercise these rights can be sent to the controller using the contact details in section 2. Requests are answered within one month.",
    )
}

/// The standard explanation of a right, in one or two sentences. `complaint_section` is the
/// number of the complaint section, which the complaint right points to.
pub fn right_explanation(right: Right, lang: Lang, complaint_section: usize) -> String {
    let s = match right {
        Right::Informed => tr(
            lang,
            "Sinulla on oikeus saada selkeät tiedot henkilötietojesi käsittelystä. Tämä seloste kertoo, mitä tietoja käsitellään, mihin tarkoitukseen ja millä perusteella.",
            "Du har rätt att få tydlig information om hur dina personuppgifter behandlas. Denna beskrivning berättar vilka uppgifter som behandlas, för vilket ändamål och på vilken grund.",
            "You have the right to clear information about how your personal data are processed. This notice tells you which data are processed, for what purpose and on what basis.",
        ),
        Right::Access => tr(
            lang,
            "Sinulla on oikeus saada tietää, käsitelläänkö henkilötietojasi, ja saada jäljennös sinua koskevista tiedoista.",
            "Du har rätt att få veta om dina personuppgifter behandlas och att få en kopia av de uppgifter som gäller dig.",
            "You have the right to know whether your personal data are processed and to receive a copy of the data about you.",
        ),
        Right::Rectification => tr(
            lang,
            "Sinulla on oikeus vaatia, että virheelliset tai puutteelliset tietosi korjataan tai täydennetään ilman aiheetonta viivytystä.",
            "Du har rätt att utan onödigt dröjsmål få felaktiga eller ofullständiga uppgifter om dig rättade eller kompletterade.",
            "You have the right to have inaccurate or incomplete data about you corrected or completed without undue delay.",
        ),
        Right::Erasure => tr(
            lang,
            "Sinulla on oikeus pyytää tietojesi poistamista esimerkiksi silloin, kun niitä ei enää tarvita siihen tarkoitukseen, jota varten ne kerättiin, tai kun peruutat suostumuksesi.",
            "Du har rätt att begära att dina uppgifter raderas, till exempel när de inte längre behövs för det ändamål för vilket de samlades in eller när du återkallar ditt samtycke.",
            "You have the right to ask for your data to be erased, for example when they are no longer needed for the purpose they were collected for or when you withdraw your consent.",
        ),
        Right::Restriction => tr(
            lang,
            "Sinulla on oikeus pyytää, että tietojesi käsittelyä rajoitetaan esimerkiksi siksi aikaa, kun tietojen paikkansapitävyyttä selvitetään.",
            "Du har rätt att begära att behandlingen av dina uppgifter begränsas, till exempel medan det utreds om uppgifterna är korrekta.",
            "You have the right to ask for the processing of your data to be restricted, for example while the accuracy of the data is being checked.",
        ),
        Right::Portability => tr(
            lang,
            "Kun käsittely perustuu suostumukseesi tai sopimukseen ja tehdään automaattisesti, sinulla on oikeus saada itse toimittamasi tiedot koneluettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle.",
            "När behandlingen grundar sig på ditt samtycke eller ett avtal och sker automatiserat har du rätt att få de uppgifter du själv lämnat i ett maskinläsbart format och föra över dem till en annan personuppgiftsansvarig.",
            "Where processing is based on your consent or a contract and is carried out by automated means, you have the right to receive the data you provided in a machine-readable format and to transmit them to another controller.",
        ),
        Right::Object => tr(
            lang,
            "Sinulla on oikeus erityiseen tilanteeseesi liittyvällä perusteella vastustaa tietojesi käsittelyä, kun käsittely perustuu yleisen edun mukaiseen tehtävään tai oikeutettuun etuun.",
            "Du har rätt att av skäl som hänför sig till din särskilda situation invända mot behandlingen av dina uppgifter när den grundar sig på en uppgift av allmänt intresse eller ett berättigat intresse.",
            "You have the right to object, on grounds relating to your particular situation, to processing based on a task in the public interest or on legitimate interests.",
        ),
        Right::ObjectDirectMarketing => tr(
            lang,
            "Sinulla on oikeus milloin tahansa kieltää tietojesi käyttö suoramarkkinointiin, myös siihen liittyvä profilointi.",
            "Du har rätt att när som helst invända mot att dina uppgifter används för direktmarknadsföring, inklusive profilering som hänger samman med den.",
            "You have the right to object at any time to the use of your data for direct marketing, including profiling related to it.",
        ),
        Right::AutomatedDecisions => tr(
            lang,
            "Sinulla on oikeus olla joutumatta pelkästään automaattiseen käsittelyyn perustuvan päätöksen kohteeksi, jos päätöksellä on sinuun oikeusvaikutuksia tai vastaava merkittävä vaikutus.",
            "Du har rätt att inte bli föremål för ett beslut som enbart grundas på automatiserad behandling, om beslutet har rättsliga följder för dig eller på liknande sätt påverkar dig i betydande grad.",
            "You have the right not to be subject to a decision based solely on automated processing that produces legal effects concerning you or similarly significantly affects you.",
        ),
        Right::WithdrawConsent => tr(
            lang,
            "Kun käsittely perustuu suostumukseesi, voit peruuttaa suostumuksesi milloin tahansa. Peruuttaminen ei vaikuta sitä ennen tehdyn käsittelyn lainmukaisuuteen.",
            "När behandlingen grundar sig på ditt samtycke kan du när som helst återkalla det. Återkallandet påverkar inte lagligheten av behandlingen innan samtycket återkallades.",
            "Where processing is based on your consent, you may withdraw it at any time. Withdrawal does not affect the lawfulness of processing before it.",
        ),
        Right::Complaint => {
            return match lang {
                Lang::Fi => format!(
                    "Sinulla on oikeus tehdä valitus valvontaviranomaiselle, jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuojalainsäädäntöä (ks. kohta {complaint_section})."
                ),
                Lang::Sv => format!(
                    "Du har rätt att lämna in klagomål till en tillsynsmyndighet om du anser att behandlingen av dina personuppgifter strider mot dataskyddslagstiftningen (se punkt {complaint_section})."
                ),
                Lang::En => format!(
                    "You have the right to lodge a complaint with a supervisory authority if you consider that the processing of your personal data infringes data protection law (see section {complaint_section})."
                ),
            };
        }
    };
    s.to_owned()
}

/// The complaint paragraph when the authority is the Finnish one (the default).
pub fn complaint_finland(lang: Lang) -> &'static str {
    tr(
        lang,
        "Jos katsot, että henkilötietojesi käsittelyssä rikotaan EU:n yleistä tietosuoja-asetusta, sinulla on oikeus tehdä valitus valvontaviranomaiselle. Suomessa valvontaviranomainen on tietosuojavaltuutettu:",
        "Om du anser att behandlingen av dina personuppgifter strider mot EU:s allmänna dataskyddsförordning har du rätt att lämna in klagomål till en tillsynsmyndighet. I Finland är tillsynsmyndigheten dataombudsmannen:",
        "If you consider that the processing of your personal data infringes the EU General Data Protection Regulation, you have the right to lodge a complaint with a supervisory authority. In Finland the supervisory authority is the Data Protection Ombudsman:",
    )
}

/// The complaint paragraph when the register names another authority.
pub fn complaint_other(lang: Lang) -> &'static str {
    tr(
        lang,
        "Jos katsot, että henkilötietojesi käsittelyssä rikotaan EU:n yleistä tietosuoja-asetusta, sinulla on oikeus tehdä valitus valvontaviranomaiselle:",
        "Om du anser att behandlingen av dina personuppgifter strider mot EU:s allmänna dataskyddsförordning har du rätt att lämna in klagomål till en tillsynsmyndighet:",
        "If you consider that the processing of your personal data infringes the EU General Data Protection Regulation, you have the right to lodge a complaint with a supervisory authority:",
    )
}

/// The current contact block of the Office of the Data Protection Ombudsman
/// (GDPR-REFERENCE 1.6, checked against tietosuoja.fi/yhteystiedot, /sv/kontaktuppgifter and
/// /en/contact-information). One line per entry, in the notice language.
pub fn authority_lines(lang: Lang) -> [&'static str; 7] {
    match lang {
        Lang::Fi => [
            "Tietosuojavaltuutetun toimisto",
            "Käyntiosoite: Lintulahdenkuja 4, 00530 Helsinki",
            "Postiosoite: PL 800, 00531 Helsinki",
            "Vaihde: 029 566 6700",
            "Kirjaamo: 029 566 6768",
            "Sähköposti: tietosuoja@om.fi",
            "tietosuoja.fi",
        ],
        Lang::Sv => [
            "Dataombudsmannens byrå",
            "Besöksadress: Fågelviksgränden 4, 00530 Helsingfors",
            "Postadress: PB 800, 00531 Helsingfors",
            "Växel: 029 566 6700",
            "Registratorskontoret: 029 566 6768",
            "E-post: tietosuoja@om.fi",
            "tietosuoja.fi/sv",
        ],
        Lang::En => [
            "Office of the Data Protection Ombudsman",
            "Visiting address: Lintulahdenkuja 4, 00530 Helsinki",
            "Postal address: P.O. Box 800, 00531 Helsinki, Finland",
            "Switchboard: +358 29 566 6700",
            "Registry: +358 29 566 6768",
            "E-mail: tietosuoja@om.fi",
            "tietosuoja.fi/en",
        ],
    }
}

/// Poster: the big title of a camera-surveillance sign.
pub fn camera_title(lang: Lang) -> &'static str {
    tr(lang, "KAMERAVALVONTA", "KAMERABEVAKNING", "CAMERA SURVEILLANCE")
}

/// Poster: the label of the controller block.
pub fn poster_controller(lang: Lang) -> &'static str {
    tr(lang, "Rekisterinpitäjä", "Personuppgiftsansvarig", "Controller")
}

/// Poster: the label of the purposes.
pub fn poster_purposes(lang: Lang) -> &'static str {
    tr(lang, "Käsittelyn tarkoitus", "Ändamål", "Purpose")
}

/// Poster: the label of the legal bases.
pub fn poster_bases(lang: Lang) -> &'static str {
    tr(lang, "Oikeusperuste", "Rättslig grund", "Legal basis")
}

/// Poster: the label of whom to contact.
pub fn poster_contact(lang: Lang) -> &'static str {
    tr(lang, "Yhteystiedot", "Kontaktuppgifter", "Contact")
}

/// Poster: the label of the rights.
pub fn poster_rights(lang: Lang) -> &'static str {
    tr(lang, "Oikeutesi", "Dina rättigheter", "Your rights")
}

/// Poster: the label of the address of the full notice.
pub fn poster_full_notice(lang: Lang) -> &'static str {
    tr(lang, "Koko tietosuojaseloste", "Hela dataskyddsbeskrivningen", "Full privacy notice")
}

/// Poster: the text alternative of the camera-surveillance pictogram (PDF/UA Alt).
pub fn poster_camera_alt(lang: Lang) -> &'static str {
    tr(
        lang,
        "Kameravalvonnan tunnus: seinäkiinnitteinen valvontakamera",
        "Symbol för kamerabevakning: en övervakningskamera på väggen",
        "Camera surveillance symbol: a surveillance camera on a wall",
    )
}

/// Poster: the text alternative of the QR code, followed by the address it opens.
pub fn poster_qr_alt(lang: Lang) -> &'static str {
    tr(lang, "QR-koodi, joka avaa osoitteen", "QR-kod som öppnar adressen", "QR code that opens the address")
}

/// Poster: where the full notice is when there is no public address.
pub fn poster_no_url(lang: Lang) -> &'static str {
    tr(
        lang,
        "Koko tietosuojaseloste on saatavilla rekisterinpitäjältä.",
        "Hela dataskyddsbeskrivningen finns hos den personuppgiftsansvarige.",
        "The full privacy notice is available from the controller.",
    )
}

/// Poster: label of the data protection officer in the contact block.
pub fn poster_dpo(lang: Lang) -> &'static str {
    tr(lang, "Tietosuojavastaava", "Dataskyddsombud", "Data protection officer")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_right_has_an_explanation_in_every_language() {
        for lang in Lang::ALL {
            for right in Right::ALL {
                let text = right_explanation(right, lang, 16);
                assert!(text.len() > 40 && text.ends_with('.'), "{right:?} {lang}: {text}");
            }
        }
        assert!(right_explanation(Right::Complaint, Lang::Sv, 16).contains("punkt 16"));
    }

    #[test]
    fn authority_block_is_current() {
        for lang in Lang::ALL {
            let block = authority_lines(lang).join("\n");
            assert!(block.contains("00531") && block.contains("566 67"), "{block}");
            assert!(!block.contains("00521"), "stale postcode");
        }
    }
}
