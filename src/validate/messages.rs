//! The messages of the findings: one exhaustive match over [`Detail`], rendered in the
//! language of the reader only when a finding is shown.

use super::detail::{Detail, Unfinished};
use crate::model::{ControllerKind, Lang, Right, tr};

/// `format!` of the template of `lang` (fi, sv, en); the templates capture local names.
macro_rules! by_lang {
    ($lang:expr, $fi:literal, $sv:literal, $en:literal) => {
        match $lang {
            Lang::Fi => format!($fi),
            Lang::Sv => format!($sv),
            Lang::En => format!($en),
        }
    };
}

/// The message of a finding in `lang`.
#[allow(clippy::too_many_lines)] // One exhaustive match over every rule's detail, by design.
pub fn message(detail: &Detail, lang: Lang) -> String {
    let quoted =
        |fi: &'static str, sv: &'static str, en: &'static str, q: &str| tr(lang, fi, sv, en).replacen("{q}", q, 1);
    match detail {
        Detail::ComplaintMissing => tr(
            lang,
            "Oikeutta tehdä valitus valvontaviranomaiselle (tietosuojavaltuutettu) ei ole mainittu.",
            "Rätten att lämna in klagomål till tillsynsmyndigheten (dataombudsmannen) nämns inte.",
            "The right to lodge a complaint with the supervisory authority (the Data Protection Ombudsman) is not mentioned.",
        )
        .to_owned(),
        Detail::HowToMissing => tr(
            lang,
            "Kerro, miten rekisteröity voi käyttää oikeuksiaan (mihin pyyntö lähetetään).",
            "Ange hur den registrerade kan utöva sina rättigheter (vart begäran skickas).",
            "Say how the data subject can exercise the rights (where to send a request).",
        )
        .to_owned(),
        Detail::RightsMissing => tr(
            lang,
            "Rekisteröidyn oikeuksia ei ole lueteltu.",
            "Den registrerades rättigheter har inte räknats upp.",
            "The data subject's rights are not listed.",
        )
        .to_owned(),
        Detail::RetentionPeriodMissing => tr(
            lang,
            "Näiden tietojen säilytysaika puuttuu.",
            "Lagringstiden för dessa uppgifter saknas.",
            "The retention period of these data is missing.",
        )
        .to_owned(),
        Detail::RetentionMissing => tr(
            lang,
            "Säilytysaikaa tai sen määrittämisen perusteita ei ole kerrottu.",
            "Lagringstiden eller kriterierna för att fastställa den har inte angetts.",
            "Neither the retention period nor the criteria used to set it are given.",
        )
        .to_owned(),
        Detail::TransfersNotListed => tr(
            lang,
            "Tietoja siirretään EU:n tai ETA:n ulkopuolelle, mutta siirtoja (maa, vastaanottaja, suojatoimi) ei ole lueteltu.",
            "Uppgifter överförs utanför EU eller EES, men överföringarna (land, mottagare, skyddsåtgärd) har inte räknats upp.",
            "Data are transferred outside the EU/EEA, but the transfers (country, recipient, safeguard) are not listed.",
        )
        .to_owned(),
        Detail::TransfersUnanswered => tr(
            lang,
            "Kerro, siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle.",
            "Ange om uppgifter överförs utanför EU eller EES.",
            "State whether data are transferred outside the EU/EEA.",
        )
        .to_owned(),
        Detail::RecipientsNotListed => tr(
            lang,
            "Tietoja luovutetaan, mutta vastaanottajia ei ole lueteltu.",
            "Uppgifter lämnas ut, men mottagarna har inte räknats upp.",
            "Data are disclosed, but no recipients are listed.",
        )
        .to_owned(),
        Detail::RecipientsUnanswered => tr(
            lang,
            "Vastaanottajia ei ole kerrottu: luettele vastaanottajat tai ilmoita, ettei tietoja luovuteta säännönmukaisesti.",
            "Mottagarna har inte angetts: räkna upp mottagarna eller ange att uppgifter inte lämnas ut regelbundet.",
            "Recipients are not given: list them or state that there are no regular disclosures.",
        )
        .to_owned(),
        Detail::SourcesUnanswered => tr(
            lang,
            "Tietolähteitä ei ole kerrottu: kerro, saadaanko tiedot rekisteröidyltä itseltään vai muualta.",
            "Informationskällorna har inte angetts: ange om uppgifterna fås från den registrerade själv eller från annat håll.",
            "The sources are not given: say whether the data come from the data subject or from elsewhere.",
        )
        .to_owned(),
        Detail::SourcesNotListed => tr(
            lang,
            "Tietoja saadaan muualta kuin rekisteröidyltä itseltään, mutta tietolähteitä ei ole kerrottu.",
            "Uppgifter fås från annat håll än den registrerade själv, men informationskällorna har inte angetts.",
            "Data come from elsewhere than the data subject, but the sources are not given.",
        )
        .to_owned(),
        Detail::LegalBasisMissing => tr(
            lang,
            "Käsittelyn tarkoitukselle ei ole valittu oikeusperustetta tietosuoja-asetuksen 6 artiklan 1 kohdasta (a–f).",
            "Ingen rättslig grund har valts för ändamålet i artikel 6.1 (a–f) i dataskyddsförordningen.",
            "The purpose has no legal basis from GDPR Article 6(1)(a)-(f).",
        )
        .to_owned(),
        Detail::PurposeDescriptionMissing => tr(
            lang,
            "Käsittelyn tarkoituksen kuvaus puuttuu.",
            "Beskrivningen av ändamålet saknas.",
            "The purpose has no description.",
        )
        .to_owned(),
        Detail::LegalBasisOnlyInProse => tr(
            lang,
            "Oikeusperustetta ei ole valittu tietosuoja-asetuksen 6 artiklan 1 kohdasta (a–f).",
            "Ingen rättslig grund har valts i artikel 6.1 (a–f) i dataskyddsförordningen.",
            "No legal basis is chosen from GDPR Article 6(1)(a)-(f).",
        )
        .to_owned(),
        Detail::PurposeMissing => tr(
            lang,
            "Käsittelyn tarkoitusta ei ole kerrottu.",
            "Ändamålet med behandlingen har inte angetts.",
            "No purpose of processing is given.",
        )
        .to_owned(),
        Detail::ContactChannelMissing => tr(
            lang,
            "Yhteyshenkilöllä ei ole puhelinnumeroa eikä sähköpostiosoitetta.",
            "Kontaktpersonen har varken telefonnummer eller e-postadress.",
            "The contact person has neither a phone number nor an e-mail address.",
        )
        .to_owned(),
        Detail::ContactPersonMissing => tr(
            lang,
            "Rekisterille ei ole nimetty yhteyshenkilöä eikä vastuuhenkilöä.",
            "Ingen kontaktperson eller ansvarsperson har angetts för registret.",
            "No contact person or person in charge is named for the register.",
        )
        .to_owned(),
        Detail::ControllerKindMissing => tr(
            lang,
            "Valitse rekisterinpitäjän tyyppi (viranomainen, yritys, yhdistys): julkista sektoria koskevat säännöt riippuvat siitä.",
            "Välj typ av personuppgiftsansvarig (myndighet, företag, förening): reglerna för den offentliga sektorn beror på den.",
            "Choose the kind of controller (public authority, company, association): the public-sector rules depend on it.",
        )
        .to_owned(),
        Detail::ControllerContactMissing => tr(
            lang,
            "Rekisterinpitäjän yhteystiedot puuttuvat: lisää osoite, puhelinnumero tai sähköpostiosoite.",
            "Den personuppgiftsansvariges kontaktuppgifter saknas: lägg till adress, telefonnummer eller e-postadress.",
            "The controller's contact details are missing: add an address, a phone number or an e-mail address.",
        )
        .to_owned(),
        Detail::ControllerNameMissing => tr(
            lang,
            "Rekisterinpitäjän nimi puuttuu.",
            "Den personuppgiftsansvariges namn saknas.",
            "The controller's name is missing.",
        )
        .to_owned(),
        Detail::PublicUrlMissing => tr(
            lang,
            "Julkaistulla selosteella ei ole verkko-osoitetta julisteen QR-koodia varten.",
            "Den publicerade beskrivningen har ingen webbadress för affischens QR-kod.",
            "The published notice has no public address for the poster's QR code.",
        )
        .to_owned(),
        Detail::UpdatedMissing => tr(
            lang,
            "Päivityspäivä puuttuu: selosteesta on käytävä ilmi, milloin sitä on viimeksi päivitetty.",
            "Uppdateringsdatum saknas: beskrivningen ska visa när den senast uppdaterades.",
            "The update date is missing: a notice shows when it was last updated.",
        )
        .to_owned(),
        Detail::SecurityMissing => tr(
            lang,
            "Rekisterin suojauksen periaatteita ei ole kuvattu.",
            "Principerna för skydd av registret har inte beskrivits.",
            "The security measures are not described.",
        )
        .to_owned(),
        Detail::ProvisionMissing => tr(
            lang,
            "Kerro, perustuuko tietojen antaminen lakiin tai sopimukseen vai onko se vapaaehtoista, ja mitä seuraa, jos tietoja ei anneta.",
            "Ange om det är lagstadgat, avtalsenligt eller frivilligt att lämna uppgifterna och vad som följer om de inte lämnas.",
            "State whether providing the data is statutory, contractual or voluntary, and what follows if they are not provided.",
        )
        .to_owned(),
        Detail::AutomatedUnanswered => tr(
            lang,
            "Kerro, tehdäänkö automaattisia päätöksiä tai profilointia. Myös ”ei” on kerrottava.",
            "Ange om automatiserade beslut eller profilering förekommer. Även ”nej” ska anges.",
            "State whether there is automated decision-making or profiling. \"No\" must be stated too.",
        )
        .to_owned(),
        Detail::DataCategoriesMissing => tr(
            lang,
            "Käsiteltäviä henkilötietoryhmiä ei ole lueteltu.",
            "Kategorierna av personuppgifter som behandlas har inte räknats upp.",
            "The categories of personal data processed are not listed.",
        )
        .to_owned(),
        Detail::SubjectsMissing => tr(
            lang,
            "Rekisteröityjen ryhmiä ei ole kuvattu (keiden tietoja käsitellään).",
            "Kategorierna av registrerade har inte beskrivits (vems uppgifter som behandlas).",
            "The categories of data subjects are not described (whose data are processed).",
        )
        .to_owned(),
        Detail::NameMissing => tr(
            lang,
            "Rekisterin nimi puuttuu.",
            "Registrets namn saknas.",
            "The register has no name.",
        )
        .to_owned(),
        Detail::ProvisionContradictsConsent => tr(
            lang,
            "Käsittely perustuu pelkästään suostumukseen, mutta tietojen antamisen sanotaan perustuvan lakiin tai sopimukseen.",
            "Behandlingen grundar sig enbart på samtycke, men uppgifterna sägs lämnas enligt lag eller avtal.",
            "Processing rests on consent alone, but providing the data is said to be a statutory or contractual requirement.",
        )
        .to_owned(),
        Detail::ProvisionConsequencesMissing => tr(
            lang,
            "Kerro, mitä seuraa, jos tietoja ei anneta.",
            "Ange vad som följer om uppgifterna inte lämnas.",
            "Say what follows if the data are not provided.",
        )
        .to_owned(),
        Detail::PortabilityMissing => tr(
            lang,
            "Käsittely perustuu suostumukseen tai sopimukseen ja on automaattista, mutta oikeutta siirtää tiedot järjestelmästä toiseen ei ole mainittu.",
            "Behandlingen grundar sig på samtycke eller avtal och sker automatiserat, men rätten till dataportabilitet nämns inte.",
            "Processing rests on consent or a contract and is automated, but the right to data portability is not mentioned.",
        )
        .to_owned(),
        Detail::ObjectMissing => tr(
            lang,
            "Käsittely perustuu yleisen edun mukaiseen tehtävään tai oikeutettuun etuun, mutta vastustamisoikeutta ei ole mainittu.",
            "Behandlingen grundar sig på en uppgift av allmänt intresse eller ett berättigat intresse, men rätten att göra invändningar nämns inte.",
            "Processing rests on a public task or legitimate interests, but the right to object is not mentioned.",
        )
        .to_owned(),
        Detail::AutomatedRightMissing => tr(
            lang,
            "Rekisterissä tehdään automaattisia päätöksiä, mutta oikeutta olla joutumatta niiden kohteeksi ja vaatia ihmisen arviointia ei ole mainittu.",
            "Automatiserade beslut fattas, men rätten att inte bli föremål för dem och att kräva mänsklig bedömning nämns inte.",
            "Automated decisions are made, but the right not to be subject to them and to obtain human intervention is not mentioned.",
        )
        .to_owned(),
        Detail::ObjectMarketingMissing => tr(
            lang,
            "Tietoja käytetään suoramarkkinointiin, mutta oikeutta vastustaa suoramarkkinointia ei ole kerrottu erikseen ja selkeästi.",
            "Uppgifterna används för direktmarknadsföring, men rätten att invända mot direktmarknadsföring anges inte separat och tydligt.",
            "The data are used for direct marketing, but the right to object to it is not stated separately and clearly.",
        )
        .to_owned(),
        Detail::WithdrawConsentMissing => tr(
            lang,
            "Käsittely perustuu suostumukseen, mutta oikeutta peruuttaa suostumus milloin tahansa ei ole mainittu.",
            "Behandlingen grundar sig på samtycke, men rätten att när som helst återkalla samtycket nämns inte.",
            "Processing rests on consent, but the right to withdraw consent at any time is not mentioned.",
        )
        .to_owned(),
        Detail::TransferCopyMissing => tr(
            lang,
            "Kerro, mistä suojatoimista saa jäljennöksen (tai mihin 49 artiklan poikkeukseen siirto perustuu).",
            "Ange hur man får en kopia av skyddsåtgärderna (eller vilket undantag i artikel 49 överföringen grundar sig på).",
            "Say how to obtain a copy of the safeguards (or which Art. 49 derogation the transfer rests on).",
        )
        .to_owned(),
        Detail::TransferSafeguardMissing => tr(
            lang,
            "Siirrolle ei ole valittu suojatoimea (komission riittävyyspäätös, vakiosopimuslausekkeet, yritystä koskevat sitovat säännöt tai 49 artiklan poikkeus).",
            "Ingen skyddsåtgärd har valts för överföringen (beslut om adekvat skyddsnivå, standardavtalsklausuler, bindande företagsbestämmelser eller undantag enligt artikel 49).",
            "The transfer has no safeguard (adequacy decision, standard contractual clauses, binding corporate rules or an Art. 49 derogation).",
        )
        .to_owned(),
        Detail::TransferCountryMissing => tr(
            lang,
            "Siirron kohdemaata ei ole kerrottu.",
            "Mottagarlandet för överföringen har inte angetts.",
            "The country the data go to is not given.",
        )
        .to_owned(),
        Detail::TransfersInconsistent => tr(
            lang,
            "Siirtoihin on vastattu ”ei”, mutta siirtoja on lueteltu.",
            "Frågan om överföringar har besvarats med ”nej”, men överföringar räknas upp.",
            "Transfers are answered \"no\", but transfers are listed.",
        )
        .to_owned(),
        Detail::ProcessorsUnanswered => tr(
            lang,
            "Kerro, käytetäänkö henkilötietojen käsittelijöitä (toimeksianto tai ostopalvelu).",
            "Ange om personuppgiftsbiträden används (uppdrag eller köpta tjänster).",
            "State whether processors are used (outsourcing or purchased services).",
        )
        .to_owned(),
        Detail::ProcessorsMissing => tr(
            lang,
            "Käsittely on ulkoistettu, mutta käsittelijöitä ei ole nimetty.",
            "Behandlingen har lagts ut, men inga personuppgiftsbiträden har angetts.",
            "Processing is outsourced, but no processors are named.",
        )
        .to_owned(),
        Detail::RecipientsInconsistent => tr(
            lang,
            "Luovutuksiin on vastattu ”ei”, mutta vastaanottajia on lueteltu.",
            "Frågan om utlämnanden har besvarats med ”nej”, men mottagare räknas upp.",
            "Disclosures are answered \"no\", but recipients are listed.",
        )
        .to_owned(),
        Detail::PersonalIdBasisMissing => tr(
            lang,
            "Henkilötunnusta käsitellään, mutta käsittelyn perustetta (tietosuojalaki 29 §) ei ole kerrottu.",
            "Personbeteckningen behandlas, men grunden (dataskyddslagen 29 §) har inte angetts.",
            "The personal identity code is processed, but the ground for it (Data Protection Act, section 29) is not given.",
        )
        .to_owned(),
        Detail::CriminalBasisMissing => tr(
            lang,
            "Rikostuomioihin ja rikkomuksiin liittyviä tietoja käsitellään, mutta käsittelyn perustetta (tietosuojalaki 7 §) ei ole kerrottu.",
            "Uppgifter om fällande domar i brottmål och lagöverträdelser behandlas, men grunden (dataskyddslagen 7 §) har inte angetts.",
            "Data on criminal convictions and offences are processed, but the authority for it (Data Protection Act, section 7) is not given.",
        )
        .to_owned(),
        Detail::SpecialUnanswered => tr(
            lang,
            "Kerro, käsitelläänkö erityisiä henkilötietoryhmiä (esimerkiksi terveystietoja).",
            "Ange om särskilda kategorier av personuppgifter (till exempel hälsouppgifter) behandlas.",
            "State whether special categories of data (for example health data) are processed.",
        )
        .to_owned(),
        Detail::SpecialConditionsChosen => tr(
            lang,
            "Erityisten henkilötietojen käsittelyyn on vastattu ”ei”, mutta 9 artiklan 2 kohdan edellytyksiä on valittu.",
            "Frågan om särskilda kategorier av personuppgifter har besvarats med ”nej”, men grunder enligt artikel 9.2 har valts.",
            "Special categories are answered \"no\", but Art. 9(2) conditions are chosen.",
        )
        .to_owned(),
        Detail::SpecialCategoryMarked => tr(
            lang,
            "Erityisten henkilötietojen käsittelyyn on vastattu ”ei”, mutta tämä tietoryhmä on merkitty erityiseksi.",
            "Frågan om särskilda kategorier av personuppgifter har besvarats med ”nej”, men denna kategori är markerad som särskild.",
            "Special categories are answered \"no\", but this data category is marked special.",
        )
        .to_owned(),
        Detail::SpecialConditionMissing => tr(
            lang,
            "Erityisiä henkilötietoryhmiä käsitellään, mutta käsittelyn edellytystä ei ole valittu 9 artiklan 2 kohdasta.",
            "Särskilda kategorier av personuppgifter behandlas, men ingen grund har valts i artikel 9.2.",
            "Special categories of data are processed, but no condition of Art. 9(2) is chosen.",
        )
        .to_owned(),
        Detail::PublicLegitimateInterests => tr(
            lang,
            "Viranomainen ei voi perustaa tehtäviensä hoitamista oikeutettuun etuun. Käytä perusteena yleisen edun mukaista tehtävää tai lakisääteistä velvoitetta.",
            "En myndighet kan inte grunda utförandet av sina uppgifter på berättigat intresse. Använd uppgift av allmänt intresse eller rättslig förpliktelse.",
            "A public authority cannot rely on legitimate interests in performing its tasks. Use public task or legal obligation.",
        )
        .to_owned(),
        Detail::LawMissing => tr(
            lang,
            "Lakisääteisen velvoitteen tai yleisen edun mukaisen tehtävän on perustuttava lakiin: mainitse laki ja pykälä.",
            "En rättslig förpliktelse eller en uppgift av allmänt intresse ska vara fastställd i lag: ange lagen och paragrafen.",
            "A legal obligation or a public task must be laid down by law: name the act and section.",
        )
        .to_owned(),
        Detail::LegitimateInterestsMissing => tr(
            lang,
            "Käsittely perustuu oikeutettuun etuun, mutta oikeutettuja etuja ei ole kuvattu.",
            "Behandlingen grundar sig på berättigat intresse, men de berättigade intressena har inte beskrivits.",
            "Processing rests on legitimate interests, but the interests are not described.",
        )
        .to_owned(),
        Detail::AuthorityIncomplete => tr(
            lang,
            "Valvontaviranomaisen yhteystiedot puuttuvat. Jätä kohta tyhjäksi, niin selosteeseen tulevat tietosuojavaltuutetun toimiston ajantasaiset yhteystiedot.",
            "Tillsynsmyndighetens kontaktuppgifter saknas. Lämna fältet tomt så används dataombudsmannens byrås aktuella kontaktuppgifter.",
            "The supervisory authority has no contact details. Leave the block empty to use the current details of the Data Protection Ombudsman's office.",
        )
        .to_owned(),
        Detail::AutomatedLogicMissing => tr(
            lang,
            "Automaattisesta päätöksenteosta on kerrottava käytetty logiikka sekä käsittelyn merkitys ja seuraukset rekisteröidylle.",
            "För automatiserat beslutsfattande ska logiken samt behandlingens betydelse och följder för den registrerade anges.",
            "For automated decision-making, give the logic involved and the significance and consequences for the data subject.",
        )
        .to_owned(),
        Detail::JointArrangementMissing => tr(
            lang,
            "Yhteisrekisterinpitäjät on lueteltu, mutta järjestelyn pääkohtia ja vastuunjakoa ei ole kerrottu.",
            "Gemensamt personuppgiftsansvariga räknas upp, men det väsentliga innehållet i arrangemanget och ansvarsfördelningen har inte angetts.",
            "Joint controllers are listed, but the essence of the arrangement and the division of responsibilities are not given.",
        )
        .to_owned(),
        Detail::ConsentWithdrawal { quote } => quoted(
            "Teksti kertoo suostumukseen perustuvasta käsittelystä (”{q}”), mutta oikeutta peruuttaa suostumus ei mainita, eikä suostumusta ole valittu oikeusperusteeksi.",
            "Texten beskriver behandling som grundar sig på samtycke (”{q}”), men rätten att återkalla samtycket nämns inte, och samtycke har inte valts som rättslig grund.",
            "The text describes processing based on consent (\"{q}\"), but the right to withdraw consent is not mentioned, and consent is not chosen as a legal basis.",
            quote,
        ),
        Detail::RetentionNotConcrete => tr(
            lang,
            "Säilytysajassa ei ole aikaa (esim. ”4 viikkoa”, ”2 vuotta”) eikä viittausta tiedonohjaussuunnitelmaan.",
            "Lagringstiden anger ingen tid (t.ex. ”4 veckor”, ”2 år”) och hänvisar inte till informationsstyrningsplanen.",
            "The retention gives no period (e.g. \"4 weeks\", \"2 years\") and no reference to the records management plan.",
        )
        .to_owned(),
        Detail::PidUndeclared { quote } => quoted(
            "Teksti kertoo henkilötunnuksen käsittelystä (”{q}”), mutta sitä ei ole merkitty käsiteltäviin tietoihin.",
            "Texten nämner att personbeteckningar behandlas (”{q}”), men det har inte angetts bland uppgifterna som behandlas.",
            "The text says the personal identity code is processed (\"{q}\"), but the data content does not record it.",
            quote,
        ),
        Detail::Disclosure { quote } => quoted(
            "Luovutuksiin on vastattu ”ei”, mutta teksti kertoo tietojen luovuttamisesta: ”{q}”.",
            "Frågan om utlämnanden har besvarats med ”nej”, men texten beskriver att uppgifter lämnas ut: ”{q}”.",
            "Disclosures are answered \"no\", but the text says data are disclosed: \"{q}\".",
            quote,
        ),
        Detail::Profiling { quote } => quoted(
            "Profilointiin on vastattu ”ei”, mutta teksti kuvaa kohdentamista tai profilointia: ”{q}”.",
            "Frågan om profilering har besvarats med ”nej”, men texten beskriver riktad marknadsföring eller profilering: ”{q}”.",
            "Profiling is answered \"no\", but the text describes targeting or profiling: \"{q}\".",
            quote,
        ),
        Detail::LegacyBasis { quote } => quoted(
            "”{q}” ei ole tietosuoja-asetuksen mukainen oikeusperuste vaan henkilötietolain aikainen käsite. Valitse peruste 6 artiklan 1 kohdasta.",
            "”{q}” är ingen rättslig grund enligt dataskyddsförordningen utan ett begrepp från personuppgiftslagen. Välj en grund i artikel 6.1.",
            "\"{q}\" is not a legal basis under the GDPR but a concept of the old Personal Data Act. Choose a basis from Art. 6(1).",
            quote,
        ),
        Detail::PurposeVague { quote } => quoted(
            "Tarkoitus jää avoimeksi: ”{q}”. Luettele kaikki käyttötarkoitukset.",
            "Ändamålet lämnas öppet: ”{q}”. Räkna upp alla ändamål.",
            "The purpose is open-ended: \"{q}\". List every purpose.",
            quote,
        ),
        Detail::RetentionVague { quote } => quoted(
            "Säilytysaika on epämääräinen: ”{q}”. Kerro aika (esim. ”2 vuotta asiakassuhteen päättymisestä”) tai perusteet, joilla se määräytyy.",
            "Lagringstiden är vag: ”{q}”. Ange tiden (t.ex. ”2 år efter att kundrelationen upphört”) eller kriterierna för den.",
            "The retention period is vague: \"{q}\". Give the period (e.g. \"2 years after the customer relationship ends\") or the criteria that set it.",
            quote,
        ),
        Detail::WrongSection { quote } => quoted(
            "Tietolähteiden kohdassa on säilytystä koskevaa tekstiä: ”{q}”. Siirrä se säilytysaikaan ja kerro tietolähteet.",
            "Under informationskällor finns text om lagring: ”{q}”. Flytta den till lagringstiden och ange källorna.",
            "The sources hold text about retention: \"{q}\". Move it to retention and give the sources.",
            quote,
        ),
        Detail::DateInBody { quote } => quoted(
            "Tekstissä on päiväysrivi: ”{q}”. Laatimis- ja päivityspäivä kuuluvat rekisterin perustietoihin.",
            "Texten innehåller en datumrad: ”{q}”. Datum för upprättande och uppdatering hör till registrets grunduppgifter.",
            "The text contains a date line: \"{q}\". The creation and update dates belong in the register's basic information.",
            quote,
        ),
        Detail::ObsoleteLaw { quote } => quoted(
            "Teksti viittaa kumottuun henkilötietolakiin (523/1999): ”{q}”. Nykyiset säädökset ovat EU:n yleinen tietosuoja-asetus ja tietosuojalaki (1050/2018).",
            "Texten hänvisar till den upphävda personuppgiftslagen (523/1999): ”{q}”. Gällande bestämmelser är EU:s allmänna dataskyddsförordning och dataskyddslagen (1050/2018).",
            "The text refers to the repealed Personal Data Act (523/1999): \"{q}\". The rules in force are the GDPR and the Data Protection Act (1050/2018).",
            quote,
        ),
        Detail::Chrome { quote } => quoted(
            "Tekstiin on jäänyt verkkosivun osia: ”{q}”.",
            "Texten innehåller rester av webbsidan: ”{q}”.",
            "The text contains leftovers of a web page: \"{q}\".",
            quote,
        ),
        Detail::Garbled { quote } => quoted(
            "Tekstissä on rikkoutuneita merkkejä (väärä merkistö): ”{q}”.",
            "Texten innehåller förvrängda tecken (fel teckenkodning): ”{q}”.",
            "The text contains garbled characters (wrong encoding): \"{q}\".",
            quote,
        ),
        Detail::Markup { quote } => quoted(
            "Tekstissä on muotoilumerkintöjä: ”{q}”.",
            "Texten innehåller formateringskoder: ”{q}”.",
            "The text contains markup: \"{q}\".",
            quote,
        ),
        Detail::Checkbox { quote } => quoted(
            "Tekstiin on jäänyt lomakkeen valintaruutu: ”{q}”. Merkitse vastaus lomakkeen kenttään ja poista jäänne.",
            "Texten innehåller en kryssruta från en blankett: ”{q}”. Ange svaret i formulärets fält och ta bort resten.",
            "The text contains a form check box: \"{q}\". Give the answer in the form field and remove the residue.",
            quote,
        ),
        Detail::Placeholder { quote } => quoted(
            "Tekstissä on täyttämätön kohta: ”{q}”.",
            "Texten har en platshållare: ”{q}”.",
            "The text contains a placeholder: \"{q}\".",
            quote,
        ),
        Detail::DpoMissing { kind } => match kind {
            ControllerKind::PublicAuthority => tr(
                lang,
                "Tietosuojavastaavan yhteystiedot puuttuvat. Viranomaisella on oltava tietosuojavastaava, ja hänen yhteystietonsa kerrotaan selosteessa.",
                "Dataskyddsombudets kontaktuppgifter saknas. En myndighet ska ha ett dataskyddsombud, och kontaktuppgifterna ska anges i beskrivningen.",
                "The data protection officer's contact details are missing. A public authority must have a DPO, and the notice gives their contact details.",
            ),
            ControllerKind::Company | ControllerKind::Association => tr(
                lang,
                "Tietosuojavastaavaa ei ole ilmoitettu. Yrityksellä tai yhdistyksellä se on pakollinen vain, jos sen ydintoimintaa on laajamittainen henkilöiden seuranta tai erityisten henkilötietojen käsittely; kirjaa arvio.",
                "Inget dataskyddsombud har angetts. Ett företag eller en förening behöver ett endast om kärnverksamheten omfattar storskalig övervakning eller behandling av känsliga personuppgifter; dokumentera bedömningen.",
                "No data protection officer is given. A company or association needs one only if its core activities involve large-scale monitoring or special-category data; record the assessment.",
            ),
            ControllerKind::Unspecified => tr(
                lang,
                "Tietosuojavastaavan yhteystiedot puuttuvat. Jos rekisterinpitäjä on viranomainen, tietosuojavastaava on pakollinen; valitse myös rekisterinpitäjän tyyppi.",
                "Dataskyddsombudets kontaktuppgifter saknas. Om den personuppgiftsansvarige är en myndighet är ett dataskyddsombud obligatoriskt; välj också typ av personuppgiftsansvarig.",
                "The data protection officer's contact details are missing. If the controller is a public authority, a DPO is mandatory; also choose the kind of controller.",
            ),
        }
        .to_owned(),
        Detail::RightMissing { right } => {
            let right = right.label(lang);
            by_lang!(
                lang,
                "Luettelosta puuttuu oikeus, joka koskee tätä käsittelyä: {right}.",
                "Förteckningen saknar en rättighet som gäller denna behandling: {right}.",
                "A right that applies to this processing is not listed: {right}."
            )
        }
        Detail::RightNotApplicable { right } => format!("{}: {}", right.label(lang), not_applicable_reason(*right, lang)),
        Detail::ProcessorAgreementMissing { processor } => by_lang!(
            lang,
            "Käsittelijän {processor} kanssa ei ole merkitty tehdyksi 28 artiklan mukaista käsittelysopimusta.",
            "Inget personuppgiftsbiträdesavtal enligt artikel 28 har angetts för {processor}.",
            "No Art. 28 processing agreement is recorded for {processor}."
        ),
        Detail::BusinessIdInvalid { id, check_digit: false } => by_lang!(
            lang,
            "Y-tunnuksen muoto on 1234567-8: ”{id}”.",
            "FO-numret ska ha formen 1234567-8: ”{id}”.",
            "A business ID has the form 1234567-8: \"{id}\"."
        ),
        Detail::BusinessIdInvalid { id, check_digit: true } => by_lang!(
            lang,
            "Y-tunnuksen tarkistusnumero ei täsmää: ”{id}”.",
            "FO-numrets kontrollsiffra stämmer inte: ”{id}”.",
            "The business ID's check digit is wrong: \"{id}\"."
        ),
        Detail::PublicUrlInvalid { url } => by_lang!(
            lang,
            "Selosteen verkko-osoitteen on oltava kokonainen osoite (https://…) julisteen QR-koodia varten: ”{url}”.",
            "Beskrivningens webbadress ska vara en fullständig adress (https://…) för affischens QR-kod: ”{url}”.",
            "The notice's public address must be a full address (https://…) for the poster's QR code: \"{url}\"."
        ),
        Detail::WebInvalid { url } => by_lang!(
            lang,
            "Verkko-osoite ei näytä kelvolliselta: ”{url}”.",
            "Webbadressen ser inte giltig ut: ”{url}”.",
            "The web address does not look valid: \"{url}\"."
        ),
        Detail::EmailObfuscated { form, fixed } => by_lang!(
            lang,
            "Sähköpostiosoitteessa on ”{form}” @-merkin tilalla: tallenna se muodossa ”{fixed}”. Osoitteen voi tarvittaessa peittää vasta julkaistaessa.",
            "E-postadressen har ”{form}” i stället för @: spara den som ”{fixed}”. Adressen kan vid behov döljas först vid publiceringen.",
            "The e-mail address has \"{form}\" instead of @: store it as \"{fixed}\". It can be obscured when the notice is published, if needed."
        ),
        Detail::EmailInvalid { email } => by_lang!(
            lang,
            "Sähköpostiosoite ei ole kelvollinen: ”{email}”.",
            "E-postadressen är inte giltig: ”{email}”.",
            "The e-mail address is not valid: \"{email}\"."
        ),
        Detail::PhoneInvalid { phone } => by_lang!(
            lang,
            "Puhelinnumero ei näytä oikealta: ”{phone}” (esim. 040 123 4567, +358 40 123 4567, 020 6177, 016 259 111).",
            "Telefonnumret ser inte rätt ut: ”{phone}” (t.ex. 040 123 4567, +358 40 123 4567, 020 6177, 016 259 111).",
            "The phone number does not look right: \"{phone}\" (e.g. 040 123 4567, +358 40 123 4567, 020 6177, 016 259 111)."
        ),
        Detail::PostalCodeInvalid { code } => by_lang!(
            lang,
            "Postinumerossa on viisi numeroa: ”{code}”.",
            "Ett postnummer har fem siffror: ”{code}”.",
            "A postal code has five digits: \"{code}\"."
        ),
        Detail::AuthorityStale { what } => by_lang!(
            lang,
            "Valvontaviranomaisen yhteystiedot ovat vanhentuneet (”{what}”). Ajantasaiset tiedot: Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki, puh. 029 566 6700, tietosuoja@om.fi.",
            "Tillsynsmyndighetens kontaktuppgifter är föråldrade (”{what}”). Aktuella uppgifter: Dataombudsmannens byrå, PB 800, 00531 Helsingfors, tfn 029 566 6700, tietosuoja@om.fi.",
            "The supervisory authority's details are out of date (\"{what}\"). Current details: Office of the Data Protection Ombudsman, P.O. Box 800, 00531 Helsinki, tel. +358 29 566 6700, tietosuoja@om.fi."
        ),
        Detail::DateFuture { date } => {
            let d = date.display(lang);
            by_lang!(lang, "Päivämäärä {d} on tulevaisuudessa.", "Datumet {d} ligger i framtiden.", "The date {d} is in the future.")
        }
        Detail::DatesOrder { created, updated } => {
            let (c, u) = (created.display(lang), updated.display(lang));
            by_lang!(
                lang,
                "Laatimispäivä {c} on myöhemmin kuin päivityspäivä {u}.",
                "Datumet då beskrivningen upprättades ({c}) är senare än uppdateringsdatumet ({u}).",
                "The creation date {c} is later than the update date {u}."
            )
        }
        Detail::ContractEnding { processor, ends, ended: true } => {
            let d = ends.display(lang);
            by_lang!(
                lang,
                "Käsittelijän {processor} sopimus on päättynyt {d}: uusi sopimus tai lopeta käsittely.",
                "Personuppgiftsbiträdet {processor}s avtal upphörde {d}: förnya avtalet eller avsluta behandlingen.",
                "The contract with the processor {processor} ended on {d}: renew it or end the processing."
            )
        }
        Detail::ContractEnding { processor, ends, ended: false } => {
            let d = ends.display(lang);
            by_lang!(
                lang,
                "Käsittelijän {processor} sopimus päättyy {d}, alle 90 päivän kuluttua.",
                "Personuppgiftsbiträdet {processor}s avtal upphör {d}, om mindre än 90 dagar.",
                "The contract with the processor {processor} ends on {d}, within 90 days."
            )
        }
        Detail::ContractDateMissing { processor } => by_lang!(
            lang,
            "Käsittelijän {processor} sopimukselle ei ole allekirjoituspäivää.",
            "Avtalet med personuppgiftsbiträdet {processor} har inget datum för undertecknandet.",
            "The contract with the processor {processor} has no signing date."
        ),
        Detail::ProcessorOutsideEea { processor, location } => by_lang!(
            lang,
            "Käsittelijä {processor} käsittelee tietoja EU:n tai ETA:n ulkopuolella ({location}), mutta sille ei ole merkitty siirtoa.",
            "Personuppgiftsbiträdet {processor} behandlar uppgifter utanför EU/EES ({location}), men ingen överföring har angetts för det.",
            "The processor {processor} processes data outside the EU/EEA ({location}), but no transfer is listed for it."
        ),
        Detail::DpiaNotAssessed { why } => {
            let why = match why {
                super::detail::DpiaTrigger::SpecialCategories => tr(
                    lang,
                    "rekisterissä käsitellään erityisiä henkilötietoryhmiä",
                    "registret behandlar särskilda kategorier av personuppgifter",
                    "the register processes special categories of data",
                ),
                super::detail::DpiaTrigger::Monitoring => tr(
                    lang,
                    "rekisteri on järjestelmällistä valvontaa, kuten kameravalvontaa",
                    "registret gäller systematisk övervakning, som kameraövervakning",
                    "the register is systematic monitoring, such as camera surveillance",
                ),
                super::detail::DpiaTrigger::Profiling => tr(
                    lang,
                    "rekisterissä profiloidaan tai tehdään automaattisia päätöksiä",
                    "registret används för profilering eller automatiserade beslut",
                    "the register is used for profiling or automated decisions",
                ),
            };
            by_lang!(
                lang,
                "Vaikutustenarvioinnin tarvetta ei ole arvioitu, vaikka {why} (tietosuoja-asetuksen 35 artiklan 3 kohta ja tietosuojavaltuutetun luettelo vaikutustenarviointia edellyttävistä käsittelytoimista).",
                "Behovet av en konsekvensbedömning har inte bedömts, fast {why} (artikel 35.3 i dataskyddsförordningen och dataombudsmannens förteckning över behandlingar som kräver konsekvensbedömning).",
                "Whether a DPIA is required is not assessed, though {why} (GDPR Art. 35(3) and the Data Protection Ombudsman's list of processing requiring a DPIA)."
            )
        }
        Detail::SnapshotMissing { version, file } => by_lang!(
            lang,
            "Julkaistun version {version} arkistokopio {file} puuttuu.",
            "Arkivkopian {file} av den publicerade versionen {version} saknas.",
            "The archived snapshot {file} of published version {version} is missing."
        ),
        Detail::SnapshotAltered { version, file } => by_lang!(
            lang,
            "Julkaistun version {version} arkistokopio {file} on muuttunut julkaisun jälkeen (tiiviste ei täsmää).",
            "Arkivkopian {file} av den publicerade versionen {version} har ändrats efter publiceringen (hashen stämmer inte).",
            "The archived snapshot {file} of published version {version} has changed since it was published (the hash does not match)."
        ),
        Detail::ReviewOverdue { next_review } => {
            let d = next_review.display(lang);
            by_lang!(
                lang,
                "Tarkistuspäivä {d} on mennyt: tarkista rekisteri ja päivitä päivämäärät.",
                "Granskningsdatumet {d} har passerat: granska registret och uppdatera datumen.",
                "The review date {d} has passed: review the register and update the dates."
            )
        }
        Detail::ImportNotReviewed { source, left } => by_lang!(
            lang,
            "Rekisteri on tuotu tiedostosta {source}, eikä tuontia ole tarkistettu ({left} kohtaa tarkistamatta): avaa tuonnin tarkistus ja merkitse se tarkistetuksi.",
            "Registret har importerats från {source} och importen har inte granskats ({left} punkter kvar): öppna granskningen och markera den som granskad.",
            "The register was imported from {source} and the import has not been reviewed ({left} items left): open the import review and mark it reviewed."
        ),
        Detail::UpdatedOld { updated, months } => {
            let u = updated.display(lang);
            by_lang!(
                lang,
                "Seloste on päivitetty viimeksi {u}, yli {months} kuukautta sitten: tarkista, onko se ajan tasalla, ja aseta seuraava tarkistuspäivä.",
                "Beskrivningen uppdaterades senast {u}, för över {months} månader sedan: kontrollera att den är aktuell och ange nästa granskningsdatum.",
                "The notice was last updated on {u}, over {months} months ago: check that it is up to date and set the next review date."
            )
        }
        Detail::Unfinished { how: Unfinished::Colon, quote } => quoted(
            "Kaksoispisteen jälkeen ei tule luetteloa: ”{q}”.",
            "Efter kolonet följer ingen lista: ”{q}”.",
            "No list follows the colon: \"{q}\".",
            quote,
        ),
        Detail::Unfinished { how: Unfinished::Dangling, quote } => quoted(
            "Lause jää kesken: ”{q}”.",
            "Meningen slutar mitt i: ”{q}”.",
            "The sentence stops midway: \"{q}\".",
            quote,
        ),
        Detail::Unfinished { how: Unfinished::Question, quote } => quoted(
            "Teksti päättyy kysymykseen, johon ei ole vastattu: ”{q}”.",
            "Texten slutar med en obesvarad fråga: ”{q}”.",
            "The text ends with a question nobody answered: \"{q}\".",
            quote,
        ),
        Detail::Vendor { vendors: v } => by_lang!(
            lang,
            "Siirtoihin EU:n tai ETA:n ulkopuolelle on vastattu ”ei”, mutta rekisterissä mainitaan {v}. Varmista, siirtyykö tietoja, ja kerro siirtojen suojatoimet.",
            "Frågan om överföringar utanför EU eller EES har besvarats med ”nej”, men registret nämner {v}. Kontrollera om uppgifter överförs och ange skyddsåtgärderna.",
            "Transfers outside the EU/EEA are answered \"no\", but the register names {v}. Check whether data are transferred and give the safeguards."
        ),
        Detail::LanguageMissing { lang: missing } => {
            let i = in_language(*missing, lang);
            by_lang!(
                lang,
                "Teksti puuttuu {i}, vaikka seloste julkaistaan tällä kielellä.",
                "Texten saknas {i}, fast beskrivningen publiceras på det språket.",
                "The text is missing {i}, although the notice is published in that language."
            )
        }
        Detail::LanguageNotDeclared { lang: declared } => {
            let i = in_language(*declared, lang);
            by_lang!(
                lang,
                "Organisaatio julkaisee selosteensa myös {i}, mutta tämän rekisterin kieliin sitä ei ole merkitty.",
                "Organisationen publicerar sina beskrivningar även {i}, men språket har inte angetts för detta register.",
                "The organisation publishes its notices {i} too, but this register does not declare that language."
            )
        }
        Detail::ControlCharacter { ch, at } => {
            let code = format!("U+{:04X}", u32::from(*ch));
            by_lang!(
                lang,
                "Tekstissä on näkymätön ohjausmerkki {code} (merkki {at}). Poista se: se voi sotkea tulosteen ja päätteen.",
                "Texten innehåller ett osynligt styrtecken {code} (tecken {at}). Ta bort det: det kan förstöra utskriften och terminalen.",
                "The text contains an invisible control character {code} (character {at}). Remove it: it can garble the output and the terminal."
            )
        }
        Detail::HtmlEntity { entity, meant: Some(c) } => by_lang!(
            lang,
            "Tekstissä on HTML-merkintä ”{entity}”: kirjoita merkki ”{c}” sellaisenaan.",
            "Texten innehåller HTML-koden ”{entity}”: skriv tecknet ”{c}” som det är.",
            "The text contains the HTML entity \"{entity}\": write the character \"{c}\" itself."
        ),
        Detail::HtmlEntity { entity, meant: None } => by_lang!(
            lang,
            "Tekstissä on HTML-merkintä ”{entity}”: kirjoita tarkoitettu merkki sellaisenaan.",
            "Texten innehåller HTML-koden ”{entity}”: skriv det avsedda tecknet som det är.",
            "The text contains the HTML entity \"{entity}\": write the character it stands for itself."
        ),
        Detail::TooLong { chars, limit } => by_lang!(
            lang,
            "Teksti on liian pitkä: {chars} merkkiä, kun enimmäispituus on {limit}. Lyhennä tai jaa se.",
            "Texten är för lång: {chars} tecken, när högsta längden är {limit}. Korta eller dela den.",
            "The text is too long: {chars} characters, while the limit is {limit}. Shorten or split it."
        ),
    }
}

/// "in Swedish", as the message language `lang` says it.
fn in_language(target: Lang, lang: Lang) -> &'static str {
    match (target, lang) {
        (Lang::Fi, Lang::Fi) => "suomeksi",
        (Lang::Fi, Lang::Sv) => "på finska",
        (Lang::Fi, Lang::En) => "in Finnish",
        (Lang::Sv, Lang::Fi) => "ruotsiksi",
        (Lang::Sv, Lang::Sv) => "på svenska",
        (Lang::Sv, Lang::En) => "in Swedish",
        (Lang::En, Lang::Fi) => "englanniksi",
        (Lang::En, Lang::Sv) => "på engelska",
        (Lang::En, Lang::En) => "in English",
    }
}

/// True for the rights [`not_applicable_reason`] can explain (the others are never flagged).
pub(super) fn has_not_applicable_reason(right: Right) -> bool {
    matches!(right, Right::Erasure | Right::Portability | Right::Object | Right::WithdrawConsent)
}

/// Why a right cannot apply to processing on the register's legal bases.
fn not_applicable_reason(right: Right, lang: Lang) -> &'static str {
    match right {
        Right::Erasure => tr(
            lang,
            "ei sovellu, kun käsittely perustuu lakisääteiseen velvoitteeseen tai yleisen edun mukaiseen tehtävään (17 artiklan 3 kohdan b alakohta). Poista oikeus luettelosta tai kerro sen rajoituksesta.",
            "gäller inte när behandlingen grundar sig på en rättslig förpliktelse eller en uppgift av allmänt intresse (artikel 17.3 b). Ta bort rättigheten eller förklara begränsningen.",
            "does not apply when processing rests on a legal obligation or a public task (Art. 17(3)(b)). Remove it or explain the limitation.",
        ),
        Right::Portability => tr(
            lang,
            "koskee vain suostumukseen tai sopimukseen perustuvaa automaattista käsittelyä (20 artikla).",
            "gäller endast automatiserad behandling som grundar sig på samtycke eller avtal (artikel 20).",
            "applies only to automated processing based on consent or a contract (Art. 20).",
        ),
        Right::Object => tr(
            lang,
            "koskee vain yleisen edun mukaiseen tehtävään tai oikeutettuun etuun perustuvaa käsittelyä (21 artiklan 1 kohta). Suostumukseen perustuvassa käsittelyssä suostumus peruutetaan.",
            "gäller endast behandling som grundar sig på en uppgift av allmänt intresse eller ett berättigat intresse (artikel 21.1). Vid samtycke återkallas samtycket i stället.",
            "applies only to processing based on a public task or legitimate interests (Art. 21(1)). With consent, consent is withdrawn instead.",
        ),
        Right::WithdrawConsent => tr(
            lang,
            "mikään käsittely ei perustu suostumukseen.",
            "ingen behandling grundar sig på samtycke.",
            "no processing is based on consent.",
        ),
        _ => tr(
            lang,
            "ei sovellu tämän käsittelyn oikeusperusteisiin.",
            "gäller inte med denna behandlings rättsliga grunder.",
            "does not apply on the legal bases of this processing.",
        ),
    }
}
