//! The Finnish document strings.

use super::DocText;

impl DocText {
    /// The string in Finnish.
    #[allow(clippy::too_many_lines)] // A translation table: one arm per string.
    pub(super) fn fi(self) -> &'static str {
        match self {
            DocText::UnnamedProcessor => "(nimetön käsittelijä)",
            DocText::ActInformationManagementPublic => "Laki julkisen hallinnon tiedonhallinnasta (906/2019) 28 §",
            DocText::Administrator => "Ylläpitäjä",
            DocText::AnswerLeftUnanswered => "Vastaus jätettiin tyhjäksi",
            DocText::AnswerReadText => "Vastaus luettu tekstistä",
            DocText::AppliesOnlyAutomatedProcessing => {
                "koskee vain suostumukseen tai sopimukseen perustuvaa automaattista käsittelyä (20 artikla)."
            }
            DocText::AppliesOnlyProcessingBased => {
                "koskee vain yleisen edun mukaiseen tehtävään tai oikeutettuun etuun perustuvaa käsittelyä (21 artiklan 1 kohta). Suostumukseen perustuvassa käsittelyssä suostumus peruutetaan."
            }
            DocText::Approvals => "Hyväksynnät",
            DocText::Approved => "Hyväksynyt",
            DocText::ArchivingResearchStatistics => {
                "Arkistointi, tieteellinen tai historiallinen tutkimus tai tilastointi"
            }
            DocText::Article6CitedWithout => {
                "Viittaus 6 artiklaan ilman alakohtaa (a-f): oikeusperustetta ei voi päätellä."
            }
            DocText::AssociationFoundation => "Yhdistys tai säätiö",
            DocText::AutomatedDecisionMakingGive => {
                "Automaattisesta päätöksenteosta on kerrottava käytetty logiikka sekä käsittelyn merkitys ja seuraukset rekisteröidylle."
            }
            DocText::AutomatedDecisionMakingProfiling => "Automaattinen päätöksenteko ja profilointi",
            DocText::AutomatedDecisionsMadeBut => {
                "Rekisterissä tehdään automaattisia päätöksiä, mutta oikeutta olla joutumatta niiden kohteeksi ja vaatia ihmisen arviointia ei ole mainittu."
            }
            DocText::BasicInformation => "Perustiedot",
            DocText::Basis => "Peruste",
            DocText::BasisDisclosure => "Luovutusperuste",
            DocText::BasisProcessingPersonalIdentity => "Henkilötunnuksen käsittelyn peruste (tietosuojalaki 29 §)",
            DocText::BindingCorporateRulesArticle => "Yritystä koskevat sitovat säännöt (47 artikla)",
            DocText::BiometricData => "Biometriset tunnistetiedot",
            DocText::BothNoYesTicked => "Sekä Ei että Kyllä rastitettu",
            DocText::Brief => "Lyhyesti",
            DocText::BusinessID => "Y-tunnus",
            DocText::CameraSurveillanceSign => "KAMERAVALVONTA",
            DocText::CameraSurveillanceSymbolSurveillance => {
                "Kameravalvonnan tunnus: seinäkiinnitteinen valvontakamera"
            }
            DocText::CaseRegisterSearchCriteria => "Asiarekisteri, hakutekijät ja rajapinnat",
            DocText::CaseRegisterSearchCriteriaWhich => {
                "Asiarekisteri, hakutekijät, joilla asiakirjoja voi hakea, ja tietoaineistojen saatavuus teknisen rajapinnan kautta (28 §:n 1 momentin 4 ja 5 kohta) kuvataan erikseen."
            }
            DocText::CategoriesDataSubjects => "Rekisteröityjen ryhmät",
            DocText::CategoriesDataSubjectsNot => "Rekisteröityjen ryhmiä ei ole kuvattu (keiden tietoja käsitellään).",
            DocText::CategoriesPersonalDataProcessed => "Käsiteltäviä henkilötietoryhmiä ei ole lueteltu.",
            DocText::ChangeLog => "Muutoshistoria",
            DocText::ChangesNotice => "Selosteen muutokset",
            DocText::Checked => "Tarkastanut",
            DocText::ChooseKindControllerPublic => {
                "Valitse rekisterinpitäjän tyyppi (viranomainen, yritys, yhdistys): julkista sektoria koskevat säännöt riippuvat siitä."
            }
            DocText::Cleaned => "siivottu",
            DocText::CommissionAdequacyDecisionArticle => {
                "Komission tietosuojan riittävyyttä koskeva päätös (45 artikla)"
            }
            DocText::Company => "Yritys",
            DocText::ComposedLetters => "yhdistettyä kirjainta",
            DocText::ConditionProcessing => "Käsittelyn peruste",
            DocText::Consent => "Suostumus",
            DocText::Contact => "Yhteystiedot",
            DocText::ContactDetailsReadSentences => "Yhteystiedot luettu lauseista",
            DocText::ContactPerson => "Rekisterin yhteyshenkilö",
            DocText::ContactPersonNeitherPhone => "Yhteyshenkilöllä ei ole puhelinnumeroa eikä sähköpostiosoitetta.",
            DocText::ContactPersons => "Yhteyshenkilöt",
            DocText::Contract => "Sopimus",
            DocText::ControlCharacters => "ohjausmerkkiä",
            DocText::Controller => "Rekisterinpitäjä",
            DocText::ControllerDecidesDisclosingData => {
                "Tietojen antamisesta päättää rekisterinpitäjä. Asiakirja- ja tietopyynnöt voi lähettää kirjaamoon:"
            }
            DocText::ControllersContactDetailsMissing => {
                "Rekisterinpitäjän yhteystiedot puuttuvat: lisää osoite, puhelinnumero tai sähköpostiosoite."
            }
            DocText::ControllersNameMissing => "Rekisterinpitäjän nimi puuttuu.",
            DocText::Cookies => "Evästeet",
            DocText::CountryDataGoNot => "Siirron kohdemaata ei ole kerrottu.",
            DocText::Created => "laadittu",
            DocText::Dpia => "Vaikutustenarviointi",
            DocText::DPOsOpinion => "Tietosuojavastaavan lausunto",
            DocText::DataComeElsewhereThan => {
                "Tietoja saadaan muualta kuin rekisteröidyltä itseltään, mutta tietolähteitä ei ole kerrottu."
            }
            DocText::DataCriminalConvictionsOffences => {
                "Rikostuomioihin ja rikkomuksiin liittyviä tietoja käsitellään, mutta käsittelyn perustetta (tietosuojalaki 7 §) ei ole kerrottu."
            }
            DocText::DataDisclosedButNo => "Tietoja luovutetaan, mutta vastaanottajia ei ole lueteltu.",
            DocText::DataGroups => "Tietoryhmät",
            DocText::DataMadePublicData => "Rekisteröidyn itse julkistamat tiedot",
            DocText::DataNotCollectedData => "Tietoja ei kerätä rekisteröidyltä itseltään.",
            DocText::DataNotObtainedData => "Tietoja ei saada rekisteröidyltä itseltään.",
            DocText::DataNotRegularlyDisclosed => {
                "Tietoja ei luovuteta säännönmukaisesti rekisterinpitäjän ulkopuolelle."
            }
            DocText::DataNotTransferredDisclosed => {
                "Tietoja ei siirretä eikä luovuteta Euroopan unionin tai Euroopan talousalueen (EU/ETA) ulkopuolelle."
            }
            DocText::DataNotUsedAutomated => "Tietoja ei käytetä automaattiseen päätöksentekoon eikä profilointiin.",
            DocText::DataObtainedDataSubjects => "Tiedot saadaan rekisteröidyltä itseltään.",
            DocText::DataProcessingAgreementPlace => "Henkilötietojen käsittelystä on tehty sopimus.",
            DocText::DataProtectionOfficer => "Tietosuojavastaava",
            DocText::DataProtectionOfficersContact => {
                "Tietosuojavastaavan yhteystiedot puuttuvat. Viranomaisella on oltava tietosuojavastaava, ja hänen yhteystietonsa kerrotaan selosteessa."
            }
            DocText::DataProtectionOfficersContactDetails => {
                "Tietosuojavastaavan yhteystiedot puuttuvat. Jos rekisterinpitäjä on viranomainen, tietosuojavastaava on pakollinen; valitse myös rekisterinpitäjän tyyppi."
            }
            DocText::DataRegularlyDisclosedFollowing => {
                "Tietoja luovutetaan säännönmukaisesti seuraaville vastaanottajille:"
            }
            DocText::DataSubjectCategories => "Rekisteröityjen ryhmät",
            DocText::DataSubjectGivenConsent => {
                "Rekisteröity on antanut suostumuksensa käsittelyyn yhtä tai useampaa tarkoitusta varten."
            }
            DocText::DataSubjectsRightsNot => "Rekisteröidyn oikeuksia ei ole lueteltu.",
            DocText::DataTransferredOutsideEU => "Tietoja siirretään EU:n tai ETA:n ulkopuolelle seuraavasti:",
            DocText::DataTransferredOutsideEUEEA => {
                "Tietoja siirretään EU:n tai ETA:n ulkopuolelle, mutta siirtoja (maa, vastaanottaja, suojatoimi) ei ole lueteltu."
            }
            DocText::DataUsedAutomatedDecision => "Tietoja käytetään automaattiseen päätöksentekoon tai profilointiin.",
            DocText::DataUsedDirectMarketing => {
                "Tietoja käytetään suoramarkkinointiin, mutta oikeutta vastustaa suoramarkkinointia ei ole kerrottu erikseen ja selkeästi."
            }
            DocText::DataUsedDirectMarketingYou => {
                "Tietoja käytetään suoramarkkinointiin. Voit milloin tahansa kieltää tietojesi käytön suoramarkkinointiin."
            }
            DocText::DerogationSpecificSituationsArticle => "Erityistilanteita koskeva poikkeus (49 artikla)",
            DocText::DescriptionPublicAccessDocuments => "Asiakirjajulkisuuskuvaus",
            DocText::DisclosuresAnsweredNoBut => "Luovutuksiin on vastattu ”ei”, mutta vastaanottajia on lueteltu.",
            DocText::DisclosuresAnsweredNoButText => {
                "Luovutuksiin on vastattu ”ei”, mutta teksti kertoo tietojen luovuttamisesta: ”{q}”."
            }
            DocText::DivisionResponsibilities => "Vastuunjako",
            DocText::DoesNotApplyLegal => "ei sovellu tämän käsittelyn oikeusperusteisiin.",
            DocText::DoesNotApplyWhen => {
                "ei sovellu, kun käsittely perustuu lakisääteiseen velvoitteeseen tai yleisen edun mukaiseen tehtävään (17 artiklan 3 kohdan b alakohta). Poista oikeus luettelosta tai kerro sen rajoituksesta."
            }
            DocText::Draft => "Luonnos",
            DocText::Drafted => "Laatinut",
            DocText::ElectronicMaterial => "Sähköinen aineisto",
            DocText::EmploymentSocialSecurityObligations => "Työoikeuden ja sosiaaliturvan velvoitteet",
            DocText::Encoding => "Merkistö",
            DocText::Ends => "päättyy",
            DocText::English => "englanti",
            DocText::ExplicitConsent => "Nimenomainen suostumus",
            DocText::File => "Tiedosto",
            DocText::Finnish => "suomi",
            DocText::FitsNoField => "ei sovi kohdan kenttiin:",
            DocText::FollowingServiceProvidersProcess => {
                "Rekisterinpitäjän lukuun henkilötietoja käsittelevät seuraavat palveluntarjoajat:"
            }
            DocText::FormField => "lomakkeen kenttä",
            DocText::Format => "Muoto",
            DocText::FormerStruckThroughContact => {
                "Entinen tai yliviivattu yhteyshenkilö: ei tuotu voimassa olevana, rivi säilytettiin tekstinä."
            }
            DocText::FullNotice => "Koko seloste",
            DocText::FullPrivacyNotice => "Koko tietosuojaseloste",
            DocText::FullPrivacyNoticeAvailable => "Koko tietosuojaseloste on saatavilla rekisterinpitäjältä.",
            DocText::GeneticData => "Geneettiset tiedot",
            DocText::GiveEffectPrincipleOpenness => {
                "Tiedonhallintayksikön on julkisuusperiaatteen toteuttamista varten ylläpidettävä kuvausta tietovarannoistaan ja asiarekisteristään. Kuvaus auttaa yksilöimään, mitä tietoja tai asiakirjoja pyytää ja keneltä."
            }
            DocText::HealthData => "Terveystiedot",
            DocText::HealthSocialCare => "Terveyden- tai sosiaalihuolto",
            DocText::IfYouConsiderProcessing => {
                "Jos katsot, että henkilötietojesi käsittelyssä rikotaan EU:n yleistä tietosuoja-asetusta, sinulla on oikeus tehdä valitus valvontaviranomaiselle:"
            }
            DocText::IfYouConsiderProcessingYour => {
                "Jos katsot, että henkilötietojesi käsittelyssä rikotaan EU:n yleistä tietosuoja-asetusta, sinulla on oikeus tehdä valitus valvontaviranomaiselle. Suomessa valvontaviranomainen on tietosuojavaltuutettu:"
            }
            DocText::Imported => "Tuotu",
            DocText::ImportedText => "Tuotu tekstistä",
            DocText::InformationResources => "Tietovarannot",
            DocText::InformationResourcesContainingPersonal => {
                "Henkilötietoja sisältävät tietovarannot toimialoittain: käyttötarkoitus, tietojärjestelmät, tietoryhmät, säilytysaika ja tietosuojaseloste."
            }
            DocText::InformationSystems => "Tietojärjestelmät",
            DocText::InformationSystemsSecurityMeasures => "Tietojärjestelmät ja suojauksen periaatteet",
            DocText::IntoExtraSections => "Muut tiedot -osioihin",
            DocText::Introduction => "Johdanto",
            DocText::InvalidCharacters => "virheellistä merkkiä (�)",
            DocText::InvisibleCharacters => "näkymätöntä merkkiä",
            DocText::JointControllers => "Yhteisrekisterinpitäjät",
            DocText::JointControllersListedBut => {
                "Yhteisrekisterinpitäjät on lueteltu, mutta järjestelyn pääkohtia ja vastuunjakoa ei ole kerrottu."
            }
            DocText::KB => "kt",
            DocText::Language => "Kieli",
            DocText::LanguageLower => "kieli",
            DocText::LastPublishedVersion => "Viimeisin julkaistu versio",
            DocText::LegalBases => "Oikeusperusteet",
            DocText::LegalBasis => "Käsittelyn oikeusperuste",
            DocText::LegalBasisShort => "Oikeusperuste",
            DocText::LegalBasisFoundBut => {
                "Oikeusperuste löytyi, mutta käyttötarkoitusta ei: tehtiin tarkoitus ilman kuvausta."
            }
            DocText::LegalClaims => "Oikeusvaateen laatiminen, esittäminen tai puolustaminen",
            DocText::LegalObligation => "Lakisääteinen velvoite",
            DocText::LegalObligationPublicTask => {
                "Lakisääteisen velvoitteen tai yleisen edun mukaisen tehtävän on perustuttava lakiin: mainitse laki ja pykälä."
            }
            DocText::Legislation => "Lainsäädäntö",
            DocText::LegitimateInterests => "Oikeutettu etu",
            DocText::LegitimateInterestsPlural => "Oikeutetut edut",
            DocText::Ligatures => "ligatuuria",
            DocText::Line => "r.",
            DocText::LineLower => "rivi",
            DocText::LineEnds => "rivinvaihtoa",
            DocText::LineStandsInsideSections => {
                "; rivi on keskellä kohdan tekstiä ja jäi paikalleen (päiväys kuuluu otsaketietoihin)"
            }
            DocText::Lines => "rivejä",
            DocText::LogicInvolved => "Käytetty logiikka",
            DocText::ManualMaterial => "Manuaalinen aineisto",
            DocText::MeaningText => " (tekstin sisällöstä)",
            DocText::MembersNotProfitBody => "Voittoa tavoittelemattoman yhteisön jäsenet",
            DocText::Missing => "[puuttuu]",
            DocText::NameRegister => "Rekisterin nimi",
            DocText::NeitherRetentionPeriodNor => "Säilytysaikaa tai sen määrittämisen perusteita ei ole kerrottu.",
            DocText::NextReview => "Seuraava tarkistus",
            DocText::No => "Ei",
            DocText::NoAnswer => "ei vastausta.",
            DocText::NoContactPersonPerson => "Rekisterille ei ole nimetty yhteyshenkilöä eikä vastuuhenkilöä.",
            DocText::NoDataProtectionOfficer => {
                "Tietosuojavastaavaa ei ole ilmoitettu. Yrityksellä tai yhdistyksellä se on pakollinen vain, jos sen ydintoimintaa on laajamittainen henkilöiden seuranta tai erityisten henkilötietojen käsittely; kirjaa arvio."
            }
            DocText::NoLegalBasisChosen => {
                "Oikeusperustetta ei ole valittu tietosuoja-asetuksen 6 artiklan 1 kohdasta (a–f)."
            }
            DocText::NoListFollowsColon => "Kaksoispisteen jälkeen ei tule luetteloa: ”{q}”.",
            DocText::NoProcessingBasedConsent => "mikään käsittely ei perustu suostumukseen.",
            DocText::NoPublishedNotices => "Julkaistuja selosteita ei ole.",
            DocText::NoPurposeProcessingGiven => "Käsittelyn tarkoitusta ei ole kerrottu.",
            DocText::NoRegularDisclosures => "Ei säännönmukaisia luovutuksia",
            DocText::NoTextUnderHeading => "otsikon alla ei ole tekstiä.",
            DocText::NonBreakingSpaces => "sitovaa välilyöntiä",
            DocText::NotAnswered => "Ei vastattu",
            DocText::NotAssessed => "Ei arvioitu",
            DocText::NotChosen => "Ei valittu",
            DocText::NotLegalBasisUnder => "ei ole 6 artiklan mukainen oikeusperuste.",
            DocText::NotLegalBasisUnderGDPR => {
                "”{q}” ei ole tietosuoja-asetuksen mukainen oikeusperuste vaan henkilötietolain aikainen käsite. Valitse peruste 6 artiklan 1 kohdasta."
            }
            DocText::NotRequired => "Ei vaadita",
            DocText::Notes => "Huomiot",
            DocText::NoticeNotPublishedVersion => "Tämä seloste ei ole julkaistu versio.",
            DocText::OtherInformation => "Muut tiedot",
            DocText::OtherRegisters => "Muut rekisterit",
            DocText::OtherRights => "Muut oikeudet",
            DocText::OtherSources => "Muut tietolähteet:",
            DocText::Page => "sivu",
            DocText::PageNumberRunningHeader => "sivunumero tai ylä- tai alatunniste",
            DocText::PersonChargeRegister => "Rekisterin vastuuhenkilö",
            DocText::PersonalDataCategories => "Henkilötietoryhmät",
            DocText::PersonalDataProcessed => "Käsiteltävät henkilötiedot",
            DocText::PersonalIdentityCodeProcessed => {
                "Henkilötunnusta käsitellään, mutta käsittelyn perustetta (tietosuojalaki 29 §) ei ole kerrottu."
            }
            DocText::PoliticalOpinions => "Poliittiset mielipiteet",
            DocText::PrivacyNotice => "Tietosuojaseloste",
            DocText::PrivacyNoticeEUGeneral => {
                "Tietosuojaseloste – EU:n yleinen tietosuoja-asetus (2016/679) 13 ja 14 artikla"
            }
            DocText::PrivacyNotices => "Tietosuojaselosteet",
            DocText::PrivacyNoticesTellYou => {
                "Tietosuojaselosteet kertovat, miten henkilötietojasi käsitellään ja mitä oikeuksia sinulla on."
            }
            DocText::ProcessingNecessaryComplyLegal => {
                "Käsittely on tarpeen rekisterinpitäjän lakisääteisen velvoitteen noudattamiseksi."
            }
            DocText::ProcessingNecessaryContractData => {
                "Käsittely on tarpeen rekisteröidyn kanssa tehdyn sopimuksen täytäntöönpanemiseksi tai sopimuksen tekemistä edeltävien toimenpiteiden toteuttamiseksi."
            }
            DocText::ProcessingNecessaryLegitimateInterests => {
                "Käsittely on tarpeen rekisterinpitäjän tai kolmannen osapuolen oikeutettujen etujen toteuttamiseksi."
            }
            DocText::ProcessingNecessaryProtectVital => {
                "Käsittely on tarpeen rekisteröidyn tai toisen luonnollisen henkilön elintärkeiden etujen suojaamiseksi."
            }
            DocText::ProcessingNecessaryTaskPublic => {
                "Käsittely on tarpeen yleistä etua koskevan tehtävän suorittamiseksi tai rekisterinpitäjälle kuuluvan julkisen vallan käyttämiseksi."
            }
            DocText::ProcessingOutsourcedButNo => "Käsittely on ulkoistettu, mutta käsittelijöitä ei ole nimetty.",
            DocText::ProcessingPersonalDataNot => {
                "Henkilötietojen käsittelyä ei ole annettu ulkopuolisen palveluntarjoajan tehtäväksi."
            }
            DocText::ProcessingRestsConsentAlone => {
                "Käsittely perustuu pelkästään suostumukseen, mutta tietojen antamisen sanotaan perustuvan lakiin tai sopimukseen."
            }
            DocText::ProcessingRestsConsentBut => {
                "Käsittely perustuu suostumukseen, mutta oikeutta peruuttaa suostumus milloin tahansa ei ole mainittu."
            }
            DocText::ProcessingRestsConsentContract => {
                "Käsittely perustuu suostumukseen tai sopimukseen ja on automaattista, mutta oikeutta siirtää tiedot järjestelmästä toiseen ei ole mainittu."
            }
            DocText::ProcessingRestsLegitimateInterests => {
                "Käsittely perustuu oikeutettuun etuun, mutta oikeutettuja etuja ei ole kuvattu."
            }
            DocText::ProcessingRestsPublicTask => {
                "Käsittely perustuu yleisen edun mukaiseen tehtävään tai oikeutettuun etuun, mutta vastustamisoikeutta ei ole mainittu."
            }
            DocText::Processor => "käsittelijä",
            DocText::ProcessorContracts => "Käsittelijöiden sopimukset",
            DocText::Processors => "Henkilötietojen käsittelijät",
            DocText::ProfilingAnsweredNoBut => {
                "Profilointiin on vastattu ”ei”, mutta teksti kuvaa kohdentamista tai profilointia: ”{q}”."
            }
            DocText::ProvidingDataContractualRequirement => {
                "Tietojen antaminen perustuu sopimukseen tai on sopimuksen tekemisen edellytys."
            }
            DocText::ProvidingDataStatutoryRequirement => "Tietojen antaminen perustuu lakiin.",
            DocText::ProvidingDataVoluntary => "Tietojen antaminen on vapaaehtoista.",
            DocText::PublicAuthorityCannotRely => {
                "Viranomainen ei voi perustaa tehtäviensä hoitamista oikeutettuun etuun. Käytä perusteena yleisen edun mukaista tehtävää tai lakisääteistä velvoitetta."
            }
            DocText::PublicAuthorityMunicipalityState => "Viranomainen (kunta, kuntayhtymä, valtio)",
            DocText::PublicHealth => "Kansanterveys",
            DocText::PublicTaskExerciseOfficial => "Yleisen edun mukainen tehtävä tai julkisen vallan käyttö",
            DocText::Published => "Julkaistu",
            DocText::PublishedNoticeNoPublic => {
                "Julkaistulla selosteella ei ole verkko-osoitetta julisteen QR-koodia varten."
            }
            DocText::PublishedVersion => "Julkaistu versio",
            DocText::Purpose => "Käsittelyn tarkoitus",
            DocText::PurposeOfUse => "Käyttötarkoitus",
            DocText::PurposeShort => "Tarkoitus",
            DocText::PurposeNoDescription => "Käsittelyn tarkoituksen kuvaus puuttuu.",
            DocText::PurposeNoLegalBasis => {
                "Käsittelyn tarkoitukselle ei ole valittu oikeusperustetta tietosuoja-asetuksen 6 artiklan 1 kohdasta (a–f)."
            }
            DocText::PurposeOpenEndedList => "Tarkoitus jää avoimeksi: ”{q}”. Luettele kaikki käyttötarkoitukset.",
            DocText::Purposes => "Käsittelyn tarkoitukset",
            DocText::PurposesLegalBasisProcessing => "Käsittelyn tarkoitus ja oikeusperuste",
            DocText::QRCodeOpensAddress => "QR-koodi, joka avaa osoitteen",
            DocText::RacialEthnicOrigin => "Rotu tai etninen alkuperä",
            DocText::ReadFullNotice => "Lue koko seloste",
            DocText::Recipient => "Vastaanottaja",
            DocText::Recipients => "Vastaanottajat",
            DocText::RecipientsNotGivenList => {
                "Vastaanottajia ei ole kerrottu: luettele vastaanottajat tai ilmoita, ettei tietoja luovuteta säännönmukaisesti."
            }
            DocText::Register => "Rekisteri",
            DocText::RegisterContainsNoPersonal => "Rekisterissä ei käsitellä henkilötunnusta.",
            DocText::RegisterContainsNoPersonalData => {
                "Rekisterissä ei käsitellä rikostuomioihin ja rikkomuksiin liittyviä tietoja."
            }
            DocText::RegisterContainsNoSpecial => {
                "Rekisterissä ei käsitellä erityisiin henkilötietoryhmiin kuuluvia tietoja."
            }
            DocText::RegisterContainsPersonalData => {
                "Rekisterissä käsitellään rikostuomioihin ja rikkomuksiin liittyviä tietoja (tietosuoja-asetuksen 10 artikla)."
            }
            DocText::RegisterContainsPersonalIdentity => "Rekisterissä käsitellään henkilötunnusta.",
            DocText::RegisterContainsSpecialCategories => {
                "Rekisterissä käsitellään erityisiin henkilötietoryhmiin kuuluvia tietoja (tietosuoja-asetuksen 9 artikla)."
            }
            DocText::RegisterName => "Rekisterin nimi",
            DocText::RegisterNameTakenTitle => "Rekisterin nimi otettiin otsikkorivistä.",
            DocText::RegisterNoField => "rekisterissä ei ole tälle kenttää",
            DocText::RegisterNoName => "Rekisterin nimi puuttuu.",
            DocText::RegisterProcessesSpecialCategories => "rekisterissä käsitellään erityisiä henkilötietoryhmiä",
            DocText::RegisterSystematicMonitoringSuch => {
                "rekisteri on järjestelmällistä valvontaa, kuten kameravalvontaa"
            }
            DocText::RegisterUsedProfilingAutomated => "rekisterissä profiloidaan tai tehdään automaattisia päätöksiä",
            DocText::RegularDisclosuresRecipients => "Tietojen säännönmukaiset luovutukset ja vastaanottajat",
            DocText::RegularSourcesData => "Säännönmukaiset tietolähteet",
            DocText::ReligiousPhilosophicalBeliefs => "Uskonnollinen tai filosofinen vakaumus",
            DocText::RequestsExerciseTheseRights => {
                "Oikeuksien käyttämistä koskevat pyynnöt voi osoittaa rekisterinpitäjälle kohdassa 2 mainittuihin yhteystietoihin. Pyyntöön vastataan viimeistään kuukauden kuluessa."
            }
            DocText::RequestsInformation => "Tietopyynnöt",
            DocText::Required => "Vaaditaan",
            DocText::RequiredSectionsNotFound => "Puuttuvat pakolliset kohdat",
            DocText::Responsibility => "Vastuualue",
            DocText::Results => "Hakutuloksia: #",
            DocText::Retention => "Säilytysaika",
            DocText::RetentionPeriods => "Säilytysajat",
            DocText::RetentionGivesNoPeriod => {
                "Säilytysajassa ei ole aikaa (esim. ”4 viikkoa”, ”2 vuotta”) eikä viittausta tiedonohjaussuunnitelmaan."
            }
            DocText::RetentionPeriod => "Henkilötietojen säilytysaika",
            DocText::RetentionPeriodTheseData => "Näiden tietojen säilytysaika puuttuu.",
            DocText::RetentionPeriodVagueGive => {
                "Säilytysaika on epämääräinen: ”{q}”. Kerro aika (esim. ”2 vuotta asiakassuhteen päättymisestä”) tai perusteet, joilla se määräytyy."
            }
            DocText::Review => "Tarkastettavana",
            DocText::RightAccess => "Oikeus saada pääsy tietoihin (tarkastusoikeus)",
            DocText::RightDataPortability => "Oikeus siirtää tiedot järjestelmästä toiseen",
            DocText::RightErasure => "Oikeus tietojen poistamiseen",
            DocText::RightInformed => "Oikeus saada tietoa henkilötietojen käsittelystä",
            DocText::RightLodgeComplaintSupervisory => "Oikeus tehdä valitus valvontaviranomaiselle",
            DocText::RightNotSubjectAutomated => "Oikeus olla joutumatta automaattisen päätöksenteon kohteeksi",
            DocText::RightObject => "Vastustamisoikeus",
            DocText::RightObjectDirectMarketing => "Oikeus vastustaa suoramarkkinointia",
            DocText::RightRectification => "Oikeus tietojen oikaisemiseen",
            DocText::RightRestrictionProcessing => "Oikeus käsittelyn rajoittamiseen",
            DocText::RightWithdrawConsentAny => "Oikeus peruuttaa suostumus milloin tahansa",
            DocText::RightsDataSubject => "Rekisteröidyn oikeudet",
            DocText::Safeguard => "Suojatoimi",
            DocText::SayHowDataSubject => {
                "Ilmoitukseen tulostuu vakiolause: pyynnöt rekisterinpitäjän yhteystietoihin. Kerro, jos pyynnöt lähetetään muualle (esim. lomake tai kirjaamo)."
            }
            DocText::SayHowObtainCopy => {
                "Kerro, mistä suojatoimista saa jäljennöksen (tai mihin 49 artiklan poikkeukseen siirto perustuu)."
            }
            DocText::SayWhatFollowsIf => "Kerro, mitä seuraa, jos tietoja ei anneta.",
            DocText::SearchRegisters => "Hae rekistereistä",
            DocText::SectionsRecognised => "Tunnistetut kohdat",
            DocText::SecurityMeasures => "Suojauksen periaatteet",
            DocText::SecurityMeasuresShort => "Suojaustoimet",
            DocText::SecurityMeasuresNotDescribed => "Rekisterin suojauksen periaatteita ei ole kuvattu.",
            DocText::SentenceStopsMidway => "Lause jää kesken: ”{q}”.",
            DocText::SentencesKeptText => "lauseet säilytettiin tekstinä.",
            DocText::SexLifeSexualOrientation => "Seksuaalinen käyttäytyminen tai suuntautuminen",
            DocText::Signed => "allekirjoitettu",
            DocText::SignificanceConsequences => "Merkitys ja seuraukset",
            DocText::Site => "Sivusto",
            DocText::SkipMainContent => "Siirry pääsisältöön",
            DocText::Sources => "Tietolähteet:",
            DocText::SourcesHoldTextAbout => {
                "Tietolähteiden kohdassa on säilytystä koskevaa tekstiä: ”{q}”. Siirrä se säilytysaikaan ja kerro tietolähteet."
            }
            DocText::SourcesNotGivenSay => {
                "Tietolähteitä ei ole kerrottu: kerro, saadaanko tiedot rekisteröidyltä itseltään vai muualta."
            }
            DocText::SpecialCategories => "Erityiset henkilötietoryhmät",
            DocText::SpecialCategoriesAnsweredNo => {
                "Erityisten henkilötietojen käsittelyyn on vastattu ”ei”, mutta 9 artiklan 2 kohdan edellytyksiä on valittu."
            }
            DocText::SpecialCategoriesAnsweredNoBut => {
                "Erityisten henkilötietojen käsittelyyn on vastattu ”ei”, mutta tämä tietoryhmä on merkitty erityiseksi."
            }
            DocText::SpecialCategoriesDataProcessed => {
                "Erityisiä henkilötietoryhmiä käsitellään, mutta käsittelyn edellytystä ei ole valittu 9 artiklan 2 kohdasta."
            }
            DocText::SpellingVariant => " (kirjoitusasu poikkeaa)",
            DocText::StandardContractualClausesAdopted => "Komission hyväksymät vakiosopimuslausekkeet (46 artikla)",
            DocText::StartLine => " (rivin alussa)",
            DocText::StateWhetherDataTransferred => "Kerro, siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle.",
            DocText::StateWhetherProcessorsUsed => {
                "Kerro, käytetäänkö henkilötietojen käsittelijöitä (toimeksianto tai ostopalvelu)."
            }
            DocText::StateWhetherProvidingData => {
                "Kerro, perustuuko tietojen antaminen lakiin tai sopimukseen vai onko se vapaaehtoista, ja mitä seuraa, jos tietoja ei anneta."
            }
            DocText::StateWhetherSpecialCategories => {
                "Kerro, käsitelläänkö erityisiä henkilötietoryhmiä (esimerkiksi terveystietoja)."
            }
            DocText::StateWhetherThereAutomated => {
                "Kerro, tehdäänkö automaattisia päätöksiä tai profilointia. Myös ”ei” on kerrottava."
            }
            DocText::Status => "Tila",
            DocText::SubHeading => "väliotsikko",
            DocText::SubstantialPublicInterestLaid => "Laissa säädetty tärkeä yleinen etu",
            DocText::SummaryPoster => "Tiivistelmä julisteena",
            DocText::SupervisoryAuthorityNoContact => {
                "Valvontaviranomaisen yhteystiedot puuttuvat. Jätä kohta tyhjäksi, niin selosteeseen tulevat tietosuojavaltuutetun toimiston ajantasaiset yhteystiedot."
            }
            DocText::Swedish => "ruotsi",
            DocText::Tabs => "sarkainta",
            DocText::TakenOutText => "Poistettu tekstistä",
            DocText::Tel => "puh.",
            DocText::FromText => "tekstistä",
            DocText::TextBeforeFirstHeading => "teksti ennen ensimmäistä otsikkoa",
            DocText::TextConditionalIf => "teksti on ehdollinen (jos ...)",
            DocText::TextContainsDateLine => {
                "Tekstissä on päiväysrivi: ”{q}”. Laatimis- ja päivityspäivä kuuluvat rekisterin perustietoihin."
            }
            DocText::TextContainsFormCheck => {
                "Tekstiin on jäänyt lomakkeen valintaruutu: ”{q}”. Merkitse vastaus lomakkeen kenttään ja poista jäänne."
            }
            DocText::TextContainsGarbledCharacters => "Tekstissä on rikkoutuneita merkkejä (väärä merkistö): ”{q}”.",
            DocText::TextContainsLeftoversWeb => "Tekstiin on jäänyt verkkosivun osia: ”{q}”.",
            DocText::TextContainsMarkup => "Tekstissä on muotoilumerkintöjä: ”{q}”.",
            DocText::TextContainsPlaceholder => "Tekstissä on täyttämätön kohta: ”{q}”.",
            DocText::TextContradictsAnswer => "Teksti on ristiriidassa vastauksen kanssa",
            DocText::TextDescribesProcessingBased => {
                "Teksti kertoo suostumukseen perustuvasta käsittelystä (”{q}”), mutta oikeutta peruuttaa suostumus ei mainita, eikä suostumusta ole valittu oikeusperusteeksi."
            }
            DocText::TextEndsQuestionNobody => "Teksti päättyy kysymykseen, johon ei ole vastattu: ”{q}”.",
            DocText::TextRefersRepealedPersonal => {
                "Teksti viittaa kumottuun henkilötietolakiin (523/1999): ”{q}”. Nykyiset säädökset ovat EU:n yleinen tietosuoja-asetus ja tietosuojalaki (1050/2018)."
            }
            DocText::TextSaysBothNo => "teksti sanoo sekä ei että kyllä",
            DocText::TextSaysPersonalIdentity => {
                "Teksti kertoo henkilötunnuksen käsittelystä (”{q}”), mutta sitä ei ole merkitty käsiteltäviin tietoihin."
            }
            DocText::TextUnder => "tekstistä kohdassa",
            DocText::TradeUnionMembership => "Ammattiliiton jäsenyys",
            DocText::TransferNoSafeguardAdequacy => {
                "Siirrolle ei ole valittu suojatoimea (komission riittävyyspäätös, vakiosopimuslausekkeet, yritystä koskevat sitovat säännöt tai 49 artiklan poikkeus)."
            }
            DocText::TransfersAnsweredNoBut => "Siirtoihin on vastattu ”ei”, mutta siirtoja on lueteltu.",
            DocText::TransfersOutsideEUEEA => "Tietojen siirto EU:n tai ETA:n ulkopuolelle",
            DocText::TransfersOutsideEUEEASafeguards => "Siirrot EU/ETA:n ulkopuolelle ja suojatoimet",
            DocText::UnfinishedSentenceEmptyList => "Kesken jäänyt lause tai tyhjä luettelo",
            DocText::UnknownHeading => "tuntematon otsikko",
            DocText::UntickedNoYesCheck => "Rastittamaton Ei/Kyllä-valinta",
            DocText::UpdateDateMissingNotice => {
                "Päivityspäivä puuttuu: selosteesta on käytävä ilmi, milloin sitä on viimeksi päivitetty."
            }
            DocText::Updated => "Päivitetty",
            DocText::UpdatedLower => "päivitetty",
            DocText::Version => "Versio",
            DocText::Logo => "Logo",
            DocText::VersionLower => "versio",
            DocText::VitalInterests => "Elintärkeät edut",
            DocText::WebPageFurniture => "Verkkosivun ylimääräiset tekstit",
            DocText::WebPageFurnitureProbably => "verkkosivun valikkotekstiä, todennäköisesti poistettava",
            DocText::WhereProcessingBasedYour => {
                "Kun käsittely perustuu suostumukseesi, voit peruuttaa suostumuksesi milloin tahansa. Peruuttaminen ei vaikuta sitä ennen tehdyn käsittelyn lainmukaisuuteen."
            }
            DocText::WhereProcessingBasedYourConsent => {
                "Kun käsittely perustuu suostumukseesi tai sopimukseen ja tehdään automaattisesti, sinulla on oikeus saada itse toimittamasi tiedot koneluettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle."
            }
            DocText::WhetherProvidingDataRequired => "Tietojen antamisen peruste",
            DocText::Yes => "Kyllä",
            DocText::YouRightAskProcessing => {
                "Sinulla on oikeus pyytää, että tietojesi käsittelyä rajoitetaan esimerkiksi siksi aikaa, kun tietojen paikkansapitävyyttä selvitetään."
            }
            DocText::YouRightAskYour => {
                "Sinulla on oikeus pyytää tietojesi poistamista esimerkiksi silloin, kun niitä ei enää tarvita siihen tarkoitukseen, jota varten ne kerättiin, tai kun peruutat suostumuksesi."
            }
            DocText::YouRightClearInformation => {
                "Sinulla on oikeus saada selkeät tiedot henkilötietojesi käsittelystä. Tämä seloste kertoo, mitä tietoja käsitellään, mihin tarkoitukseen ja millä perusteella."
            }
            DocText::YouRightInaccurateIncomplete => {
                "Sinulla on oikeus vaatia, että virheelliset tai puutteelliset tietosi korjataan tai täydennetään ilman aiheetonta viivytystä."
            }
            DocText::YouRightKnowWhether => {
                "Sinulla on oikeus saada tietää, käsitelläänkö henkilötietojasi, ja saada jäljennös sinua koskevista tiedoista."
            }
            DocText::YouRightNotSubject => {
                "Sinulla on oikeus olla joutumatta pelkästään automaattiseen käsittelyyn perustuvan päätöksen kohteeksi, jos päätöksellä on sinuun oikeusvaikutuksia tai vastaava merkittävä vaikutus."
            }
            DocText::YouRightObjectAny => {
                "Sinulla on oikeus milloin tahansa kieltää tietojesi käyttö suoramarkkinointiin, myös siihen liittyvä profilointi."
            }
            DocText::YouRightObjectGrounds => {
                "Sinulla on oikeus erityiseen tilanteeseesi liittyvällä perusteella vastustaa tietojesi käsittelyä, kun käsittely perustuu yleisen edun mukaiseen tehtävään tai oikeutettuun etuun."
            }
            DocText::YourRights => "Oikeutesi",
        }
    }
}
