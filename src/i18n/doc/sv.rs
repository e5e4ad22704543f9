//! The Swedish document strings.

use super::DocText;

impl DocText {
    /// The string in Swedish.
    #[allow(clippy::too_many_lines)] // A translation table: one arm per string.
    pub(super) fn sv(self) -> &'static str {
        match self {
            DocText::UnnamedProcessor => "(namnlöst biträde)",
            DocText::ActInformationManagementPublic => {
                "Lagen om informationshantering inom den offentliga förvaltningen (906/2019) 28 §"
            }
            DocText::Administrator => "Administratör",
            DocText::AnswerLeftUnanswered => "Svaret lämnades tomt",
            DocText::AnswerReadText => "Svar läst ur texten",
            DocText::AppliesOnlyAutomatedProcessing => {
                "gäller endast automatiserad behandling som grundar sig på samtycke eller avtal (artikel 20)."
            }
            DocText::AppliesOnlyProcessingBased => {
                "gäller endast behandling som grundar sig på en uppgift av allmänt intresse eller ett berättigat intresse (artikel 21.1). Vid samtycke återkallas samtycket i stället."
            }
            DocText::Approvals => "Godkännanden",
            DocText::Approved => "Godkänd av",
            DocText::ArchivingResearchStatistics => "Arkivering, forskning eller statistik",
            DocText::Article6CitedWithout => {
                "Hänvisning till artikel 6 utan led (a-f): ingen rättslig grund kan läsas ut."
            }
            DocText::AssociationFoundation => "Förening eller stiftelse",
            DocText::AutomatedDecisionMakingGive => {
                "För automatiserat beslutsfattande ska logiken samt behandlingens betydelse och följder för den registrerade anges."
            }
            DocText::AutomatedDecisionMakingProfiling => "Automatiserat beslutsfattande och profilering",
            DocText::AutomatedDecisionsMadeBut => {
                "Automatiserade beslut fattas, men rätten att inte bli föremål för dem och att kräva mänsklig bedömning nämns inte."
            }
            DocText::BasicInformation => "Grunduppgifter",
            DocText::Basis => "Grund",
            DocText::BasisDisclosure => "Grund för utlämnandet",
            DocText::BasisProcessingPersonalIdentity => {
                "Grund för behandling av personbeteckning (dataskyddslagen 29 §)"
            }
            DocText::BindingCorporateRulesArticle => "Bindande företagsbestämmelser (artikel 47)",
            DocText::BiometricData => "Biometriska uppgifter",
            DocText::BothNoYesTicked => "Både Nej och Ja markerade",
            DocText::Brief => "I korthet",
            DocText::BusinessID => "FO-nummer",
            DocText::CameraSurveillanceSign => "KAMERABEVAKNING",
            DocText::CameraSurveillanceSymbolSurveillance => {
                "Symbol för kamerabevakning: en övervakningskamera på väggen"
            }
            DocText::CaseRegisterSearchCriteria => "Ärenderegister, sökbegrepp och gränssnitt",
            DocText::CaseRegisterSearchCriteriaWhich => {
                "Ärenderegistret, de sökbegrepp med vilka handlingar kan sökas och tillgången till datamaterial via ett tekniskt gränssnitt (28 § 1 mom. 4 och 5 punkten) beskrivs separat."
            }
            DocText::CategoriesDataSubjects => "Kategorier av registrerade",
            DocText::CategoriesDataSubjectsNot => {
                "Kategorierna av registrerade har inte beskrivits (vems uppgifter som behandlas)."
            }
            DocText::CategoriesPersonalDataProcessed => {
                "Kategorierna av personuppgifter som behandlas har inte räknats upp."
            }
            DocText::ChangeLog => "Ändringshistorik",
            DocText::ChangesNotice => "Ändringar av beskrivningen",
            DocText::Checked => "Granskad av",
            DocText::ChooseKindControllerPublic => {
                "Välj typ av personuppgiftsansvarig (myndighet, företag, förening): reglerna för den offentliga sektorn beror på den."
            }
            DocText::Cleaned => "rensat",
            DocText::CommissionAdequacyDecisionArticle => "Kommissionens beslut om adekvat skyddsnivå (artikel 45)",
            DocText::Company => "Företag",
            DocText::ComposedLetters => "sammansatta bokstäver",
            DocText::ConditionProcessing => "Grund för behandlingen",
            DocText::Consent => "Samtycke",
            DocText::Contact => "Kontaktuppgifter",
            DocText::ContactDetailsReadSentences => "Kontaktuppgifter lästa ur meningar",
            DocText::ContactPerson => "Kontaktperson",
            DocText::ContactPersonNeitherPhone => "Kontaktpersonen har varken telefonnummer eller e-postadress.",
            DocText::ContactPersons => "Kontaktpersoner",
            DocText::Contract => "Avtal",
            DocText::ControlCharacters => "styrtecken",
            DocText::Controller => "Personuppgiftsansvarig",
            DocText::ControllerDecidesDisclosingData => {
                "Den personuppgiftsansvarige beslutar om utlämnande av uppgifter. Begäran om handlingar och uppgifter kan skickas till registratorskontoret:"
            }
            DocText::ControllersContactDetailsMissing => {
                "Den personuppgiftsansvariges kontaktuppgifter saknas: lägg till adress, telefonnummer eller e-postadress."
            }
            DocText::ControllersNameMissing => "Den personuppgiftsansvariges namn saknas.",
            DocText::Cookies => "Kakor",
            DocText::CountryDataGoNot => "Mottagarlandet för överföringen har inte angetts.",
            DocText::Created => "upprättad",
            DocText::Dpia => "Konsekvensbedömning",
            DocText::DPOsOpinion => "Dataskyddsombudets yttrande",
            DocText::DataComeElsewhereThan => {
                "Uppgifter fås från annat håll än den registrerade själv, men informationskällorna har inte angetts."
            }
            DocText::DataCriminalConvictionsOffences => {
                "Uppgifter om fällande domar i brottmål och lagöverträdelser behandlas, men grunden (dataskyddslagen 7 §) har inte angetts."
            }
            DocText::DataDisclosedButNo => "Uppgifter lämnas ut, men mottagarna har inte räknats upp.",
            DocText::DataGroups => "Datagrupper",
            DocText::DataMadePublicData => "Uppgifter som den registrerade offentliggjort",
            DocText::DataNotCollectedData => "Uppgifterna samlas inte in från den registrerade.",
            DocText::DataNotObtainedData => "Uppgifterna fås inte av den registrerade själv.",
            DocText::DataNotRegularlyDisclosed => {
                "Uppgifter lämnas inte ut regelbundet utanför den personuppgiftsansvariga."
            }
            DocText::DataNotTransferredDisclosed => {
                "Uppgifter överförs eller lämnas inte ut utanför Europeiska unionen eller Europeiska ekonomiska samarbetsområdet (EU/EES)."
            }
            DocText::DataNotUsedAutomated => {
                "Uppgifterna används inte för automatiserat beslutsfattande eller profilering."
            }
            DocText::DataObtainedDataSubjects => "Uppgifterna fås av den registrerade själv.",
            DocText::DataProcessingAgreementPlace => "Ett personuppgiftsbiträdesavtal har ingåtts.",
            DocText::DataProtectionOfficer => "Dataskyddsombud",
            DocText::DataProtectionOfficersContact => {
                "Dataskyddsombudets kontaktuppgifter saknas. En myndighet ska ha ett dataskyddsombud, och kontaktuppgifterna ska anges i beskrivningen."
            }
            DocText::DataProtectionOfficersContactDetails => {
                "Dataskyddsombudets kontaktuppgifter saknas. Om den personuppgiftsansvarige är en myndighet är ett dataskyddsombud obligatoriskt; välj också typ av personuppgiftsansvarig."
            }
            DocText::DataRegularlyDisclosedFollowing => "Uppgifter lämnas regelbundet ut till följande mottagare:",
            DocText::DataSubjectCategories => "Kategorier av registrerade",
            DocText::DataSubjectGivenConsent => {
                "Den registrerade har samtyckt till behandlingen för ett eller flera ändamål."
            }
            DocText::DataSubjectsRightsNot => "Den registrerades rättigheter har inte räknats upp.",
            DocText::DataTransferredOutsideEU => "Uppgifter överförs utanför EU eller EES enligt följande:",
            DocText::DataTransferredOutsideEUEEA => {
                "Uppgifter överförs utanför EU eller EES, men överföringarna (land, mottagare, skyddsåtgärd) har inte räknats upp."
            }
            DocText::DataUsedAutomatedDecision => {
                "Uppgifterna används för automatiserat beslutsfattande eller profilering."
            }
            DocText::DataUsedDirectMarketing => {
                "Uppgifterna används för direktmarknadsföring, men rätten att invända mot direktmarknadsföring anges inte separat och tydligt."
            }
            DocText::DataUsedDirectMarketingYou => {
                "Uppgifterna används för direktmarknadsföring. Du kan när som helst invända mot att dina uppgifter används för direktmarknadsföring."
            }
            DocText::DerogationSpecificSituationsArticle => "Undantag i särskilda situationer (artikel 49)",
            DocText::DescriptionPublicAccessDocuments => "Beskrivning av handlingsoffentligheten",
            DocText::DisclosuresAnsweredNoBut => {
                "Frågan om utlämnanden har besvarats med ”nej”, men mottagare räknas upp."
            }
            DocText::DisclosuresAnsweredNoButText => {
                "Frågan om utlämnanden har besvarats med ”nej”, men texten beskriver att uppgifter lämnas ut: ”{q}”."
            }
            DocText::DivisionResponsibilities => "Ansvarsfördelning",
            DocText::DoesNotApplyLegal => "gäller inte med denna behandlings rättsliga grunder.",
            DocText::DoesNotApplyWhen => {
                "gäller inte när behandlingen grundar sig på en rättslig förpliktelse eller en uppgift av allmänt intresse (artikel 17.3 b). Ta bort rättigheten eller förklara begränsningen."
            }
            DocText::Draft => "Utkast",
            DocText::Drafted => "Upprättad av",
            DocText::ElectronicMaterial => "Elektroniskt material",
            DocText::EmploymentSocialSecurityObligations => "Skyldigheter inom arbetsrätt och social trygghet",
            DocText::Encoding => "Teckenkodning",
            DocText::Ends => "upphör",
            DocText::English => "engelska",
            DocText::ExplicitConsent => "Uttryckligt samtycke",
            DocText::File => "Fil",
            DocText::Finnish => "finska",
            DocText::FitsNoField => "passar inga fält i avsnittet",
            DocText::FollowingServiceProvidersProcess => {
                "Följande tjänsteleverantörer behandlar personuppgifter för den personuppgiftsansvarigas räkning:"
            }
            DocText::FormField => "formulärfält",
            DocText::Format => "Format",
            DocText::FormerStruckThroughContact => {
                "Tidigare eller överstruken kontakt: inte importerad som aktuell, raden behölls som text."
            }
            DocText::FullNotice => "Hela beskrivningen",
            DocText::FullPrivacyNotice => "Hela dataskyddsbeskrivningen",
            DocText::FullPrivacyNoticeAvailable => {
                "Hela dataskyddsbeskrivningen finns hos den personuppgiftsansvarige."
            }
            DocText::GeneticData => "Genetiska uppgifter",
            DocText::GiveEffectPrincipleOpenness => {
                "En informationshanteringsenhet ska för att genomföra offentlighetsprincipen upprätthålla en beskrivning av sina informationslager och sitt ärenderegister. Beskrivningen hjälper att specificera vilka uppgifter eller handlingar man begär och av vem."
            }
            DocText::HealthData => "Uppgifter om hälsa",
            DocText::HealthSocialCare => "Hälso- eller socialvård",
            DocText::IfYouConsiderProcessing => {
                "Om du anser att behandlingen av dina personuppgifter strider mot EU:s allmänna dataskyddsförordning har du rätt att lämna in klagomål till en tillsynsmyndighet:"
            }
            DocText::IfYouConsiderProcessingYour => {
                "Om du anser att behandlingen av dina personuppgifter strider mot EU:s allmänna dataskyddsförordning har du rätt att lämna in klagomål till en tillsynsmyndighet. I Finland är tillsynsmyndigheten dataombudsmannen:"
            }
            DocText::Imported => "Importerad",
            DocText::ImportedText => "Importerad från texten",
            DocText::InformationResources => "Informationslager",
            DocText::InformationResourcesContainingPersonal => {
                "Informationslager med personuppgifter per verksamhetsområde: ändamål, informationssystem, datagrupper, lagringstid och dataskyddsbeskrivning."
            }
            DocText::InformationSystems => "Informationssystem",
            DocText::InformationSystemsSecurityMeasures => "Informationssystem och principer för skydd av registret",
            DocText::IntoExtraSections => "Till övriga avsnitt",
            DocText::Introduction => "Inledning",
            DocText::InvalidCharacters => "ogiltiga tecken (�)",
            DocText::InvisibleCharacters => "osynliga tecken",
            DocText::JointControllers => "Gemensamt personuppgiftsansvariga",
            DocText::JointControllersListedBut => {
                "Gemensamt personuppgiftsansvariga räknas upp, men det väsentliga innehållet i arrangemanget och ansvarsfördelningen har inte angetts."
            }
            DocText::KB => "kB",
            DocText::Language => "Språk",
            DocText::LanguageLower => "språk",
            DocText::LastPublishedVersion => "Senast publicerade version",
            DocText::LegalBases => "Rättslig grund",
            DocText::LegalBasis => "Rättslig grund",
            DocText::LegalBasisShort => "Rättslig grund",
            DocText::LegalBasisFoundBut => {
                "Rättslig grund hittades men inget ändamål: ett ändamål utan beskrivning skapades."
            }
            DocText::LegalClaims => "Rättsliga anspråk",
            DocText::LegalObligation => "Rättslig förpliktelse",
            DocText::LegalObligationPublicTask => {
                "En rättslig förpliktelse eller en uppgift av allmänt intresse ska vara fastställd i lag: ange lagen och paragrafen."
            }
            DocText::Legislation => "Lagstiftning",
            DocText::LegitimateInterests => "Berättigat intresse",
            DocText::LegitimateInterestsPlural => "Berättigade intressen",
            DocText::Ligatures => "ligaturer",
            DocText::Line => "rad",
            DocText::LineLower => "rad",
            DocText::LineEnds => "radslut",
            DocText::LineStandsInsideSections => {
                "; raden står mitt i texten och lämnades kvar (datum hör till huvudet)"
            }
            DocText::Lines => "rader",
            DocText::LogicInvolved => "Logiken",
            DocText::ManualMaterial => "Manuellt material",
            DocText::MeaningText => " (av textens innehåll)",
            DocText::MembersNotProfitBody => "Medlemmar i en ideell organisation",
            DocText::Missing => "[saknas]",
            DocText::NameRegister => "Registrets namn",
            DocText::NeitherRetentionPeriodNor => {
                "Lagringstiden eller kriterierna för att fastställa den har inte angetts."
            }
            DocText::NextReview => "Nästa granskning",
            DocText::No => "Nej",
            DocText::NoAnswer => "inget svar.",
            DocText::NoContactPersonPerson => "Ingen kontaktperson eller ansvarsperson har angetts för registret.",
            DocText::NoDataProtectionOfficer => {
                "Inget dataskyddsombud har angetts. Ett företag eller en förening behöver ett endast om kärnverksamheten omfattar storskalig övervakning eller behandling av känsliga personuppgifter; dokumentera bedömningen."
            }
            DocText::NoLegalBasisChosen => {
                "Ingen rättslig grund har valts i artikel 6.1 (a–f) i dataskyddsförordningen."
            }
            DocText::NoListFollowsColon => "Efter kolonet följer ingen lista: ”{q}”.",
            DocText::NoProcessingBasedConsent => "ingen behandling grundar sig på samtycke.",
            DocText::NoPublishedNotices => "Inga publicerade beskrivningar.",
            DocText::NoPurposeProcessingGiven => "Ändamålet med behandlingen har inte angetts.",
            DocText::NoRegularDisclosures => "Inga regelbundna utlämnanden",
            DocText::NoTextUnderHeading => "ingen text under rubriken.",
            DocText::NonBreakingSpaces => "hårda mellanslag",
            DocText::NotAnswered => "Obesvarad",
            DocText::NotAssessed => "Inte bedömt",
            DocText::NotChosen => "Inte vald",
            DocText::NotLegalBasisUnder => "är inte en rättslig grund enligt artikel 6.",
            DocText::NotLegalBasisUnderGDPR => {
                "”{q}” är ingen rättslig grund enligt dataskyddsförordningen utan ett begrepp från personuppgiftslagen. Välj en grund i artikel 6.1."
            }
            DocText::NotRequired => "Krävs inte",
            DocText::Notes => "Anmärkningar",
            DocText::NoticeNotPublishedVersion => "Denna beskrivning är inte en publicerad version.",
            DocText::OtherInformation => "Övriga uppgifter",
            DocText::OtherRegisters => "Övriga register",
            DocText::OtherRights => "Övriga rättigheter",
            DocText::OtherSources => "Andra informationskällor:",
            DocText::Page => "sida",
            DocText::PageNumberRunningHeader => "sidnummer eller sidhuvud",
            DocText::PersonChargeRegister => "Ansvarsperson",
            DocText::PersonalDataCategories => "Kategorier av personuppgifter",
            DocText::PersonalDataProcessed => "Personuppgifter som behandlas",
            DocText::PersonalIdentityCodeProcessed => {
                "Personbeteckningen behandlas, men grunden (dataskyddslagen 29 §) har inte angetts."
            }
            DocText::PoliticalOpinions => "Politiska åsikter",
            DocText::PrivacyNotice => "Dataskyddsbeskrivning",
            DocText::PrivacyNoticeEUGeneral => {
                "Dataskyddsbeskrivning – EU:s allmänna dataskyddsförordning (2016/679) artiklarna 13 och 14"
            }
            DocText::PrivacyNotices => "Dataskyddsbeskrivningar",
            DocText::PrivacyNoticesTellYou => {
                "Dataskyddsbeskrivningarna berättar hur dina personuppgifter behandlas och vilka rättigheter du har."
            }
            DocText::ProcessingNecessaryComplyLegal => {
                "Behandlingen är nödvändig för att fullgöra en rättslig förpliktelse som åvilar den personuppgiftsansvarige."
            }
            DocText::ProcessingNecessaryContractData => {
                "Behandlingen är nödvändig för att fullgöra ett avtal med den registrerade eller vidta åtgärder före ett avtal."
            }
            DocText::ProcessingNecessaryLegitimateInterests => {
                "Behandlingen är nödvändig för ändamål som rör den personuppgiftsansvariges eller en tredje parts berättigade intressen."
            }
            DocText::ProcessingNecessaryProtectVital => {
                "Behandlingen är nödvändig för att skydda intressen som är av grundläggande betydelse för den registrerade eller en annan fysisk person."
            }
            DocText::ProcessingNecessaryTaskPublic => {
                "Behandlingen är nödvändig för att utföra en uppgift av allmänt intresse eller som ett led i myndighetsutövning."
            }
            DocText::ProcessingOutsourcedButNo => {
                "Behandlingen har lagts ut, men inga personuppgiftsbiträden har angetts."
            }
            DocText::ProcessingPersonalDataNot => {
                "Behandlingen av personuppgifter har inte lagts ut på en extern tjänsteleverantör."
            }
            DocText::ProcessingRestsConsentAlone => {
                "Behandlingen grundar sig enbart på samtycke, men uppgifterna sägs lämnas enligt lag eller avtal."
            }
            DocText::ProcessingRestsConsentBut => {
                "Behandlingen grundar sig på samtycke, men rätten att när som helst återkalla samtycket nämns inte."
            }
            DocText::ProcessingRestsConsentContract => {
                "Behandlingen grundar sig på samtycke eller avtal och sker automatiserat, men rätten till dataportabilitet nämns inte."
            }
            DocText::ProcessingRestsLegitimateInterests => {
                "Behandlingen grundar sig på berättigat intresse, men de berättigade intressena har inte beskrivits."
            }
            DocText::ProcessingRestsPublicTask => {
                "Behandlingen grundar sig på en uppgift av allmänt intresse eller ett berättigat intresse, men rätten att göra invändningar nämns inte."
            }
            DocText::Processor => "personuppgiftsbiträde",
            DocText::ProcessorContracts => "Biträdesavtal",
            DocText::Processors => "Personuppgiftsbiträden",
            DocText::ProfilingAnsweredNoBut => {
                "Frågan om profilering har besvarats med ”nej”, men texten beskriver riktad marknadsföring eller profilering: ”{q}”."
            }
            DocText::ProvidingDataContractualRequirement => {
                "Uppgifterna lämnas enligt avtal eller är ett villkor för att ingå avtal."
            }
            DocText::ProvidingDataStatutoryRequirement => "Uppgifterna lämnas enligt lag.",
            DocText::ProvidingDataVoluntary => "Det är frivilligt att lämna uppgifterna.",
            DocText::PublicAuthorityCannotRely => {
                "En myndighet kan inte grunda utförandet av sina uppgifter på berättigat intresse. Använd uppgift av allmänt intresse eller rättslig förpliktelse."
            }
            DocText::PublicAuthorityMunicipalityState => "Myndighet (kommun, samkommun, staten)",
            DocText::PublicHealth => "Folkhälsa",
            DocText::PublicTaskExerciseOfficial => "Uppgift av allmänt intresse eller myndighetsutövning",
            DocText::Published => "Publicerad",
            DocText::PublishedNoticeNoPublic => {
                "Den publicerade beskrivningen har ingen webbadress för affischens QR-kod."
            }
            DocText::PublishedVersion => "Publicerad version",
            DocText::Purpose => "Ändamål",
            DocText::PurposeOfUse => "Ändamål",
            DocText::PurposeShort => "Ändamål",
            DocText::PurposeNoDescription => "Beskrivningen av ändamålet saknas.",
            DocText::PurposeNoLegalBasis => {
                "Ingen rättslig grund har valts för ändamålet i artikel 6.1 (a–f) i dataskyddsförordningen."
            }
            DocText::PurposeOpenEndedList => "Ändamålet lämnas öppet: ”{q}”. Räkna upp alla ändamål.",
            DocText::Purposes => "Ändamål med behandlingen",
            DocText::PurposesLegalBasisProcessing => "Ändamålen med behandlingen och rättslig grund",
            DocText::QRCodeOpensAddress => "QR-kod som öppnar adressen",
            DocText::RacialEthnicOrigin => "Ras eller etniskt ursprung",
            DocText::ReadFullNotice => "Läs hela beskrivningen",
            DocText::Recipient => "Mottagare",
            DocText::Recipients => "Mottagare",
            DocText::RecipientsNotGivenList => {
                "Mottagarna har inte angetts: räkna upp mottagarna eller ange att uppgifter inte lämnas ut regelbundet."
            }
            DocText::Register => "Register",
            DocText::RegisterContainsNoPersonal => "I registret behandlas inte personbeteckningar.",
            DocText::RegisterContainsNoPersonalData => {
                "I registret behandlas inte uppgifter om fällande domar i brottmål och överträdelser."
            }
            DocText::RegisterContainsNoSpecial => "I registret behandlas inte särskilda kategorier av personuppgifter.",
            DocText::RegisterContainsPersonalData => {
                "I registret behandlas uppgifter om fällande domar i brottmål och överträdelser (artikel 10 i dataskyddsförordningen)."
            }
            DocText::RegisterContainsPersonalIdentity => "I registret behandlas personbeteckningar.",
            DocText::RegisterContainsSpecialCategories => {
                "I registret behandlas särskilda kategorier av personuppgifter (artikel 9 i dataskyddsförordningen)."
            }
            DocText::RegisterName => "Registrets namn",
            DocText::RegisterNameTakenTitle => "Registrets namn togs från rubrikraden.",
            DocText::RegisterNoField => "registret har inget fält för detta",
            DocText::RegisterNoName => "Registrets namn saknas.",
            DocText::RegisterProcessesSpecialCategories => {
                "registret behandlar särskilda kategorier av personuppgifter"
            }
            DocText::RegisterSystematicMonitoringSuch => {
                "registret gäller systematisk övervakning, som kameraövervakning"
            }
            DocText::RegisterUsedProfilingAutomated => "registret används för profilering eller automatiserade beslut",
            DocText::RegularDisclosuresRecipients => "Regelmässiga utlämnanden av uppgifter och mottagare",
            DocText::RegularSourcesData => "Regelmässiga informationskällor",
            DocText::ReligiousPhilosophicalBeliefs => "Religiös eller filosofisk övertygelse",
            DocText::RequestsExerciseTheseRights => {
                "Begäranden om att utöva rättigheterna kan riktas till den personuppgiftsansvarige via kontaktuppgifterna i punkt 2. Begäran besvaras senast inom en månad."
            }
            DocText::RequestsInformation => "Begäran om uppgifter",
            DocText::Required => "Krävs",
            DocText::RequiredSectionsNotFound => "Saknade obligatoriska avsnitt",
            DocText::Responsibility => "Ansvarsområde",
            DocText::Results => "Träffar: #",
            DocText::Retention => "Lagringstid",
            DocText::RetentionPeriods => "Lagringstider",
            DocText::RetentionGivesNoPeriod => {
                "Lagringstiden anger ingen tid (t.ex. ”4 veckor”, ”2 år”) och hänvisar inte till informationsstyrningsplanen."
            }
            DocText::RetentionPeriod => "Lagringstid för personuppgifter",
            DocText::RetentionPeriodTheseData => "Lagringstiden för dessa uppgifter saknas.",
            DocText::RetentionPeriodVagueGive => {
                "Lagringstiden är vag: ”{q}”. Ange tiden (t.ex. ”2 år efter att kundrelationen upphört”) eller kriterierna för den."
            }
            DocText::Review => "Under granskning",
            DocText::RightAccess => "Rätt till tillgång",
            DocText::RightDataPortability => "Rätt till dataportabilitet",
            DocText::RightErasure => "Rätt till radering",
            DocText::RightInformed => "Rätt att få information om behandlingen",
            DocText::RightLodgeComplaintSupervisory => "Rätt att lämna in klagomål till en tillsynsmyndighet",
            DocText::RightNotSubjectAutomated => "Rätt att inte bli föremål för automatiserat beslutsfattande",
            DocText::RightObject => "Rätt att göra invändningar",
            DocText::RightObjectDirectMarketing => "Rätt att invända mot direktmarknadsföring",
            DocText::RightRectification => "Rätt till rättelse",
            DocText::RightRestrictionProcessing => "Rätt till begränsning av behandling",
            DocText::RightWithdrawConsentAny => "Rätt att när som helst återkalla sitt samtycke",
            DocText::RightsDataSubject => "Den registrerades rättigheter",
            DocText::Safeguard => "Skyddsåtgärd",
            DocText::SayHowDataSubject => {
                "Meddelandet får standardmeningen: begäranden till den personuppgiftsansvariges kontaktuppgifter. Ange om begäranden skickas någon annanstans (t.ex. ett formulär eller registratorskontoret)."
            }
            DocText::SayHowObtainCopy => {
                "Ange hur man får en kopia av skyddsåtgärderna (eller vilket undantag i artikel 49 överföringen grundar sig på)."
            }
            DocText::SayWhatFollowsIf => "Ange vad som följer om uppgifterna inte lämnas.",
            DocText::SearchRegisters => "Sök bland registren",
            DocText::SectionsRecognised => "Identifierade avsnitt",
            DocText::SecurityMeasures => "Principer för skydd",
            DocText::SecurityMeasuresShort => "Säkerhetsåtgärder",
            DocText::SecurityMeasuresNotDescribed => "Principerna för skydd av registret har inte beskrivits.",
            DocText::SentenceStopsMidway => "Meningen slutar mitt i: ”{q}”.",
            DocText::SentencesKeptText => "meningarna behölls som text.",
            DocText::SexLifeSexualOrientation => "Sexualliv eller sexuell läggning",
            DocText::Signed => "undertecknat",
            DocText::SignificanceConsequences => "Betydelse och följder",
            DocText::Site => "Webbplatsen",
            DocText::SkipMainContent => "Gå till huvudinnehållet",
            DocText::Sources => "Informationskällor:",
            DocText::SourcesHoldTextAbout => {
                "Under informationskällor finns text om lagring: ”{q}”. Flytta den till lagringstiden och ange källorna."
            }
            DocText::SourcesNotGivenSay => {
                "Informationskällorna har inte angetts: ange om uppgifterna fås från den registrerade själv eller från annat håll."
            }
            DocText::SpecialCategories => "Särskilda kategorier",
            DocText::SpecialCategoriesAnsweredNo => {
                "Frågan om särskilda kategorier av personuppgifter har besvarats med ”nej”, men grunder enligt artikel 9.2 har valts."
            }
            DocText::SpecialCategoriesAnsweredNoBut => {
                "Frågan om särskilda kategorier av personuppgifter har besvarats med ”nej”, men denna kategori är markerad som särskild."
            }
            DocText::SpecialCategoriesDataProcessed => {
                "Särskilda kategorier av personuppgifter behandlas, men ingen grund har valts i artikel 9.2."
            }
            DocText::SpellingVariant => " (avvikande stavning)",
            DocText::StandardContractualClausesAdopted => {
                "Standardavtalsklausuler som antagits av kommissionen (artikel 46)"
            }
            DocText::StartLine => " (i början av raden)",
            DocText::StateWhetherDataTransferred => "Ange om uppgifter överförs utanför EU eller EES.",
            DocText::StateWhetherProcessorsUsed => {
                "Ange om personuppgiftsbiträden används (uppdrag eller köpta tjänster)."
            }
            DocText::StateWhetherProvidingData => {
                "Ange om det är lagstadgat, avtalsenligt eller frivilligt att lämna uppgifterna och vad som följer om de inte lämnas."
            }
            DocText::StateWhetherSpecialCategories => {
                "Ange om särskilda kategorier av personuppgifter (till exempel hälsouppgifter) behandlas."
            }
            DocText::StateWhetherThereAutomated => {
                "Ange om automatiserade beslut eller profilering förekommer. Även ”nej” ska anges."
            }
            DocText::Status => "Status",
            DocText::SubHeading => "mellanrubrik",
            DocText::SubstantialPublicInterestLaid => "Viktigt allmänt intresse enligt lag",
            DocText::SummaryPoster => "Sammandrag som affisch",
            DocText::SupervisoryAuthorityNoContact => {
                "Tillsynsmyndighetens kontaktuppgifter saknas. Lämna fältet tomt så används dataombudsmannens byrås aktuella kontaktuppgifter."
            }
            DocText::Swedish => "svenska",
            DocText::Tabs => "tabbar",
            DocText::TakenOutText => "Borttaget ur texten",
            DocText::Tel => "tfn",
            DocText::FromText => "ur texten",
            DocText::TextBeforeFirstHeading => "text före första rubriken",
            DocText::TextConditionalIf => "texten är villkorlig (om ...)",
            DocText::TextContainsDateLine => {
                "Texten innehåller en datumrad: ”{q}”. Datum för upprättande och uppdatering hör till registrets grunduppgifter."
            }
            DocText::TextContainsFormCheck => {
                "Texten innehåller en kryssruta från en blankett: ”{q}”. Ange svaret i formulärets fält och ta bort resten."
            }
            DocText::TextContainsGarbledCharacters => "Texten innehåller förvrängda tecken (fel teckenkodning): ”{q}”.",
            DocText::TextContainsLeftoversWeb => "Texten innehåller rester av webbsidan: ”{q}”.",
            DocText::TextContainsMarkup => "Texten innehåller formateringskoder: ”{q}”.",
            DocText::TextContainsPlaceholder => "Texten har en platshållare: ”{q}”.",
            DocText::TextContradictsAnswer => "Texten motsäger svaret",
            DocText::TextDescribesProcessingBased => {
                "Texten beskriver behandling som grundar sig på samtycke (”{q}”), men rätten att återkalla samtycket nämns inte, och samtycke har inte valts som rättslig grund."
            }
            DocText::TextEndsQuestionNobody => "Texten slutar med en obesvarad fråga: ”{q}”.",
            DocText::TextRefersRepealedPersonal => {
                "Texten hänvisar till den upphävda personuppgiftslagen (523/1999): ”{q}”. Gällande bestämmelser är EU:s allmänna dataskyddsförordning och dataskyddslagen (1050/2018)."
            }
            DocText::TextSaysBothNo => "texten säger både nej och ja",
            DocText::TextSaysPersonalIdentity => {
                "Texten nämner att personbeteckningar behandlas (”{q}”), men det har inte angetts bland uppgifterna som behandlas."
            }
            DocText::TextUnder => "ur texten under",
            DocText::TradeUnionMembership => "Medlemskap i fackförening",
            DocText::TransferNoSafeguardAdequacy => {
                "Ingen skyddsåtgärd har valts för överföringen (beslut om adekvat skyddsnivå, standardavtalsklausuler, bindande företagsbestämmelser eller undantag enligt artikel 49)."
            }
            DocText::TransfersAnsweredNoBut => {
                "Frågan om överföringar har besvarats med ”nej”, men överföringar räknas upp."
            }
            DocText::TransfersOutsideEUEEA => "Överföring av uppgifter utanför EU eller EES",
            DocText::TransfersOutsideEUEEASafeguards => "Överföringar utanför EU/EES och skyddsåtgärder",
            DocText::UnfinishedSentenceEmptyList => "Ofullständig mening eller tom lista",
            DocText::UnknownHeading => "okänd rubrik",
            DocText::UntickedNoYesCheck => "Omarkerat Nej/Ja-val",
            DocText::UpdateDateMissingNotice => {
                "Uppdateringsdatum saknas: beskrivningen ska visa när den senast uppdaterades."
            }
            DocText::Updated => "Uppdaterad",
            DocText::UpdatedLower => "uppdaterad",
            DocText::Version => "Version",
            DocText::Logo => "Logotyp",
            DocText::VersionLower => "version",
            DocText::VitalInterests => "Grundläggande intressen",
            DocText::WebPageFurniture => "Extra text från webbsidan",
            DocText::WebPageFurnitureProbably => "text från webbsidans meny, troligen att tas bort",
            DocText::WhereProcessingBasedYour => {
                "När behandlingen grundar sig på ditt samtycke kan du när som helst återkalla det. Återkallandet påverkar inte lagligheten av behandlingen innan samtycket återkallades."
            }
            DocText::WhereProcessingBasedYourConsent => {
                "När behandlingen grundar sig på ditt samtycke eller ett avtal och sker automatiserat har du rätt att få de uppgifter du själv lämnat i ett maskinläsbart format och föra över dem till en annan personuppgiftsansvarig."
            }
            DocText::WhetherProvidingDataRequired => "Skyldighet att lämna uppgifter",
            DocText::Yes => "Ja",
            DocText::YouRightAskProcessing => {
                "Du har rätt att begära att behandlingen av dina uppgifter begränsas, till exempel medan det utreds om uppgifterna är korrekta."
            }
            DocText::YouRightAskYour => {
                "Du har rätt att begära att dina uppgifter raderas, till exempel när de inte längre behövs för det ändamål för vilket de samlades in eller när du återkallar ditt samtycke."
            }
            DocText::YouRightClearInformation => {
                "Du har rätt att få tydlig information om hur dina personuppgifter behandlas. Denna beskrivning berättar vilka uppgifter som behandlas, för vilket ändamål och på vilken grund."
            }
            DocText::YouRightInaccurateIncomplete => {
                "Du har rätt att utan onödigt dröjsmål få felaktiga eller ofullständiga uppgifter om dig rättade eller kompletterade."
            }
            DocText::YouRightKnowWhether => {
                "Du har rätt att få veta om dina personuppgifter behandlas och att få en kopia av de uppgifter som gäller dig."
            }
            DocText::YouRightNotSubject => {
                "Du har rätt att inte bli föremål för ett beslut som enbart grundas på automatiserad behandling, om beslutet har rättsliga följder för dig eller på liknande sätt påverkar dig i betydande grad."
            }
            DocText::YouRightObjectAny => {
                "Du har rätt att när som helst invända mot att dina uppgifter används för direktmarknadsföring, inklusive profilering som hänger samman med den."
            }
            DocText::YouRightObjectGrounds => {
                "Du har rätt att av skäl som hänför sig till din särskilda situation invända mot behandlingen av dina uppgifter när den grundar sig på en uppgift av allmänt intresse eller ett berättigat intresse."
            }
            DocText::YourRights => "Dina rättigheter",
        }
    }
}
