//! The messages of the findings: one exhaustive match over [`Detail`], rendered in the
//! language of the reader only when a finding is shown.

use super::detail::{Detail, Unfinished};
use crate::i18n::DocText;
use crate::model::{ControllerKind, Lang, Right};

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
    let quoted = |text: DocText, q: &str| text.get(lang).replacen("{q}", q, 1);
    // A processor row with no name yet is still named in the message.
    let named = |name: &str| {
        if name.trim().is_empty() { DocText::UnnamedProcessor.get(lang).to_owned() } else { name.to_owned() }
    };
    match detail {
        Detail::HowToMissing => DocText::SayHowDataSubject.get(lang).to_owned(),
        Detail::RightsMissing => DocText::DataSubjectsRightsNot.get(lang).to_owned(),
        Detail::RetentionPeriodMissing => DocText::RetentionPeriodTheseData.get(lang).to_owned(),
        Detail::RetentionMissing => DocText::NeitherRetentionPeriodNor.get(lang).to_owned(),
        Detail::TransfersNotListed => DocText::DataTransferredOutsideEUEEA.get(lang).to_owned(),
        Detail::TransfersUnanswered => DocText::StateWhetherDataTransferred.get(lang).to_owned(),
        Detail::RecipientsNotListed => DocText::DataDisclosedButNo.get(lang).to_owned(),
        Detail::RecipientsUnanswered => DocText::RecipientsNotGivenList.get(lang).to_owned(),
        Detail::SourcesUnanswered => DocText::SourcesNotGivenSay.get(lang).to_owned(),
        Detail::SourcesNotListed => DocText::DataComeElsewhereThan.get(lang).to_owned(),
        Detail::LegalBasisMissing => DocText::PurposeNoLegalBasis.get(lang).to_owned(),
        Detail::PurposeDescriptionMissing => DocText::PurposeNoDescription.get(lang).to_owned(),
        Detail::LegalBasisOnlyInProse => DocText::NoLegalBasisChosen.get(lang).to_owned(),
        Detail::PurposeMissing => DocText::NoPurposeProcessingGiven.get(lang).to_owned(),
        Detail::ContactChannelMissing => DocText::ContactPersonNeitherPhone.get(lang).to_owned(),
        Detail::ContactPersonMissing => DocText::NoContactPersonPerson.get(lang).to_owned(),
        Detail::ControllerKindMissing => DocText::ChooseKindControllerPublic.get(lang).to_owned(),
        Detail::ControllerContactMissing => DocText::ControllersContactDetailsMissing.get(lang).to_owned(),
        Detail::ControllerNameMissing => DocText::ControllersNameMissing.get(lang).to_owned(),
        Detail::PublicUrlMissing => DocText::PublishedNoticeNoPublic.get(lang).to_owned(),
        Detail::UpdatedMissing => DocText::UpdateDateMissingNotice.get(lang).to_owned(),
        Detail::SecurityMissing => DocText::SecurityMeasuresNotDescribed.get(lang).to_owned(),
        Detail::ProvisionMissing => DocText::StateWhetherProvidingData.get(lang).to_owned(),
        Detail::AutomatedUnanswered => DocText::StateWhetherThereAutomated.get(lang).to_owned(),
        Detail::DataCategoriesMissing => DocText::CategoriesPersonalDataProcessed.get(lang).to_owned(),
        Detail::SubjectsMissing => DocText::CategoriesDataSubjectsNot.get(lang).to_owned(),
        Detail::NameMissing => DocText::RegisterNoName.get(lang).to_owned(),
        Detail::ProvisionContradictsConsent => DocText::ProcessingRestsConsentAlone.get(lang).to_owned(),
        Detail::ProvisionConsequencesMissing => DocText::SayWhatFollowsIf.get(lang).to_owned(),
        Detail::PortabilityMissing => DocText::ProcessingRestsConsentContract.get(lang).to_owned(),
        Detail::ObjectMissing => DocText::ProcessingRestsPublicTask.get(lang).to_owned(),
        Detail::AutomatedRightMissing => DocText::AutomatedDecisionsMadeBut.get(lang).to_owned(),
        Detail::ObjectMarketingMissing => DocText::DataUsedDirectMarketing.get(lang).to_owned(),
        Detail::WithdrawConsentMissing => DocText::ProcessingRestsConsentBut.get(lang).to_owned(),
        Detail::TransferCopyMissing => DocText::SayHowObtainCopy.get(lang).to_owned(),
        Detail::TransferSafeguardMissing => DocText::TransferNoSafeguardAdequacy.get(lang).to_owned(),
        Detail::TransferCountryMissing => DocText::CountryDataGoNot.get(lang).to_owned(),
        Detail::TransfersInconsistent => DocText::TransfersAnsweredNoBut.get(lang).to_owned(),
        Detail::ProcessorsUnanswered => DocText::StateWhetherProcessorsUsed.get(lang).to_owned(),
        Detail::ProcessorsMissing => DocText::ProcessingOutsourcedButNo.get(lang).to_owned(),
        Detail::RecipientsInconsistent => DocText::DisclosuresAnsweredNoBut.get(lang).to_owned(),
        Detail::PersonalIdBasisMissing => DocText::PersonalIdentityCodeProcessed.get(lang).to_owned(),
        Detail::CriminalBasisMissing => DocText::DataCriminalConvictionsOffences.get(lang).to_owned(),
        Detail::SpecialUnanswered => DocText::StateWhetherSpecialCategories.get(lang).to_owned(),
        Detail::SpecialConditionsChosen => DocText::SpecialCategoriesAnsweredNo.get(lang).to_owned(),
        Detail::SpecialCategoryMarked => DocText::SpecialCategoriesAnsweredNoBut.get(lang).to_owned(),
        Detail::SpecialConditionMissing => DocText::SpecialCategoriesDataProcessed.get(lang).to_owned(),
        Detail::PublicLegitimateInterests => DocText::PublicAuthorityCannotRely.get(lang).to_owned(),
        Detail::LawMissing => DocText::LegalObligationPublicTask.get(lang).to_owned(),
        Detail::LegitimateInterestsMissing => DocText::ProcessingRestsLegitimateInterests.get(lang).to_owned(),
        Detail::AuthorityIncomplete => DocText::SupervisoryAuthorityNoContact.get(lang).to_owned(),
        Detail::AutomatedLogicMissing => DocText::AutomatedDecisionMakingGive.get(lang).to_owned(),
        Detail::JointArrangementMissing => DocText::JointControllersListedBut.get(lang).to_owned(),
        Detail::ConsentWithdrawal { quote } => quoted(DocText::TextDescribesProcessingBased, quote),
        Detail::RetentionNotConcrete => DocText::RetentionGivesNoPeriod.get(lang).to_owned(),
        Detail::PidUndeclared { quote } => quoted(DocText::TextSaysPersonalIdentity, quote),
        Detail::Disclosure { quote } => quoted(DocText::DisclosuresAnsweredNoButText, quote),
        Detail::Profiling { quote } => quoted(DocText::ProfilingAnsweredNoBut, quote),
        Detail::LegacyBasis { quote } => quoted(DocText::NotLegalBasisUnderGDPR, quote),
        Detail::PurposeVague { quote } => quoted(DocText::PurposeOpenEndedList, quote),
        Detail::RetentionVague { quote } => quoted(DocText::RetentionPeriodVagueGive, quote),
        Detail::WrongSection { quote } => quoted(DocText::SourcesHoldTextAbout, quote),
        Detail::DateInBody { quote } => quoted(DocText::TextContainsDateLine, quote),
        Detail::ObsoleteLaw { quote } => quoted(DocText::TextRefersRepealedPersonal, quote),
        Detail::Chrome { quote } => quoted(DocText::TextContainsLeftoversWeb, quote),
        Detail::Garbled { quote } => quoted(DocText::TextContainsGarbledCharacters, quote),
        Detail::Markup { quote } => quoted(DocText::TextContainsMarkup, quote),
        Detail::Checkbox { quote } => quoted(DocText::TextContainsFormCheck, quote),
        Detail::Placeholder { quote } => quoted(DocText::TextContainsPlaceholder, quote),
        Detail::DpoMissing { kind } => match kind {
            ControllerKind::PublicAuthority => DocText::DataProtectionOfficersContact.get(lang),
            ControllerKind::Company | ControllerKind::Association => DocText::NoDataProtectionOfficer.get(lang),
            ControllerKind::Unspecified => DocText::DataProtectionOfficersContactDetails.get(lang),
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
        Detail::RightNotApplicable { right } => {
            format!("{}: {}", right.label(lang), not_applicable_reason(*right, lang))
        }
        Detail::ProcessorAgreementMissing { processor } => {
            let processor = named(processor);
            by_lang!(
                lang,
                "Käsittelijän {processor} kanssa ei ole merkitty tehdyksi 28 artiklan mukaista käsittelysopimusta.",
                "Inget personuppgiftsbiträdesavtal enligt artikel 28 har angetts för {processor}.",
                "No Art. 28 processing agreement is recorded for {processor}."
            )
        }
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
            by_lang!(
                lang,
                "Päivämäärä {d} on tulevaisuudessa.",
                "Datumet {d} ligger i framtiden.",
                "The date {d} is in the future."
            )
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
            let processor = named(processor);
            let d = ends.display(lang);
            by_lang!(
                lang,
                "Käsittelijän {processor} sopimus on päättynyt {d}: uusi sopimus tai lopeta käsittely.",
                "Personuppgiftsbiträdet {processor}s avtal upphörde {d}: förnya avtalet eller avsluta behandlingen.",
                "The contract with the processor {processor} ended on {d}: renew it or end the processing."
            )
        }
        Detail::ContractEnding { processor, ends, ended: false } => {
            let processor = named(processor);
            let d = ends.display(lang);
            by_lang!(
                lang,
                "Käsittelijän {processor} sopimus päättyy {d}, alle 90 päivän kuluttua.",
                "Personuppgiftsbiträdet {processor}s avtal upphör {d}, om mindre än 90 dagar.",
                "The contract with the processor {processor} ends on {d}, within 90 days."
            )
        }
        Detail::ContractDateMissing { processor } => {
            let processor = named(processor);
            by_lang!(
                lang,
                "Käsittelijän {processor} sopimukselle ei ole allekirjoituspäivää.",
                "Avtalet med personuppgiftsbiträdet {processor} har inget datum för undertecknandet.",
                "The contract with the processor {processor} has no signing date."
            )
        }
        Detail::ProcessorOutsideEea { processor, location } => {
            let processor = named(processor);
            by_lang!(
                lang,
                "Käsittelijä {processor} käsittelee tietoja EU:n tai ETA:n ulkopuolella ({location}), mutta sille ei ole merkitty siirtoa.",
                "Personuppgiftsbiträdet {processor} behandlar uppgifter utanför EU/EES ({location}), men ingen överföring har angetts för det.",
                "The processor {processor} processes data outside the EU/EEA ({location}), but no transfer is listed for it."
            )
        }
        Detail::DpiaNotAssessed { why } => {
            let why = match why {
                super::detail::DpiaTrigger::SpecialCategories => DocText::RegisterProcessesSpecialCategories.get(lang),
                super::detail::DpiaTrigger::Monitoring => DocText::RegisterSystematicMonitoringSuch.get(lang),
                super::detail::DpiaTrigger::Profiling => DocText::RegisterUsedProfilingAutomated.get(lang),
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
        Detail::Unfinished { how: Unfinished::Colon, quote } => quoted(DocText::NoListFollowsColon, quote),
        Detail::Unfinished { how: Unfinished::Dangling, quote } => quoted(DocText::SentenceStopsMidway, quote),
        Detail::Unfinished { how: Unfinished::Question, quote } => quoted(DocText::TextEndsQuestionNobody, quote),
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
        Right::Erasure => DocText::DoesNotApplyWhen.get(lang),
        Right::Portability => DocText::AppliesOnlyAutomatedProcessing.get(lang),
        Right::Object => DocText::AppliesOnlyProcessingBased.get(lang),
        Right::WithdrawConsent => DocText::NoProcessingBasedConsent.get(lang),
        _ => DocText::DoesNotApplyLegal.get(lang),
    }
}
