//! The English document strings.

use super::DocText;

impl DocText {
    /// The string in English.
    #[allow(clippy::too_many_lines)] // A translation table: one arm per string.
    pub(super) fn en(self) -> &'static str {
        match self {
            DocText::UnnamedProcessor => "(unnamed processor)",
            DocText::ActInformationManagementPublic => {
                "Act on Information Management in Public Administration (906/2019), section 28"
            }
            DocText::Administrator => "Administrator",
            DocText::AnswerLeftUnanswered => "The answer was left unanswered",
            DocText::AnswerReadText => "Answer read from the text",
            DocText::AppliesOnlyAutomatedProcessing => {
                "applies only to automated processing based on consent or a contract (Art. 20)."
            }
            DocText::AppliesOnlyProcessingBased => {
                "applies only to processing based on a public task or legitimate interests (Art. 21(1)). With consent, consent is withdrawn instead."
            }
            DocText::Approvals => "Approvals",
            DocText::Approved => "Approved by",
            DocText::ArchivingResearchStatistics => "Archiving, research or statistics",
            DocText::Article6CitedWithout => {
                "Article 6 is cited without a point (a-f): no legal basis can be read from it."
            }
            DocText::AssociationFoundation => "Association or foundation",
            DocText::AutomatedDecisionMakingGive => {
                "For automated decision-making, give the logic involved and the significance and consequences for the data subject."
            }
            DocText::AutomatedDecisionMakingProfiling => "Automated decision-making and profiling",
            DocText::AutomatedDecisionsMadeBut => {
                "Automated decisions are made, but the right not to be subject to them and to obtain human intervention is not mentioned."
            }
            DocText::BasicInformation => "Basic information",
            DocText::Basis => "Basis",
            DocText::BasisDisclosure => "Basis for disclosure",
            DocText::BasisProcessingPersonalIdentity => {
                "Basis for processing the personal identity code (Data Protection Act, section 29)"
            }
            DocText::BindingCorporateRulesArticle => "Binding corporate rules (Article 47)",
            DocText::BiometricData => "Biometric data",
            DocText::BothNoYesTicked => "Both No and Yes ticked",
            DocText::Brief => "In brief",
            DocText::BusinessID => "Business ID",
            DocText::CameraSurveillanceSign => "CAMERA SURVEILLANCE",
            DocText::CameraSurveillanceSymbolSurveillance => {
                "Camera surveillance symbol: a surveillance camera on a wall"
            }
            DocText::CaseRegisterSearchCriteria => "Case register, search criteria and interfaces",
            DocText::CaseRegisterSearchCriteriaWhich => {
                "The case register, the search criteria by which documents can be found, and the availability of data sets through a technical interface (section 28(1), items 4 and 5) are described separately."
            }
            DocText::CategoriesDataSubjects => "Categories of data subjects",
            DocText::CategoriesDataSubjectsNot => {
                "The categories of data subjects are not described (whose data are processed)."
            }
            DocText::CategoriesPersonalDataProcessed => "The categories of personal data processed are not listed.",
            DocText::ChangeLog => "Change log",
            DocText::ChangesNotice => "Changes to the notice",
            DocText::Checked => "Checked by",
            DocText::ChooseKindControllerPublic => {
                "Choose the kind of controller (public authority, company, association): the public-sector rules depend on it."
            }
            DocText::Cleaned => "cleaned",
            DocText::CommissionAdequacyDecisionArticle => "Commission adequacy decision (Article 45)",
            DocText::Company => "Company",
            DocText::ComposedLetters => "composed letters",
            DocText::ConditionProcessing => "Condition for processing",
            DocText::Consent => "Consent",
            DocText::Contact => "Contact",
            DocText::ContactDetailsReadSentences => "Contact details read from sentences",
            DocText::ContactPerson => "Contact person",
            DocText::ContactPersonNeitherPhone => {
                "The contact person has neither a phone number nor an e-mail address."
            }
            DocText::ContactPersons => "Contact persons",
            DocText::Contract => "Contract",
            DocText::ControlCharacters => "control characters",
            DocText::Controller => "Controller",
            DocText::ControllerDecidesDisclosingData => {
                "The controller decides on disclosing data. Requests for documents and information can be sent to the registry office:"
            }
            DocText::ControllersContactDetailsMissing => {
                "The controller's contact details are missing: add an address, a phone number or an e-mail address."
            }
            DocText::ControllersNameMissing => "The controller's name is missing.",
            DocText::Cookies => "Cookies",
            DocText::CountryDataGoNot => "The country the data go to is not given.",
            DocText::Created => "created",
            DocText::Dpia => "DPIA",
            DocText::DPOsOpinion => "DPO's opinion",
            DocText::DataComeElsewhereThan => {
                "Data come from elsewhere than the data subject, but the sources are not given."
            }
            DocText::DataCriminalConvictionsOffences => {
                "Data on criminal convictions and offences are processed, but the authority for it (Data Protection Act, section 7) is not given."
            }
            DocText::DataDisclosedButNo => "Data are disclosed, but no recipients are listed.",
            DocText::DataGroups => "Data groups",
            DocText::DataMadePublicData => "Data made public by the data subject",
            DocText::DataNotCollectedData => "The data are not collected from the data subject.",
            DocText::DataNotObtainedData => "The data are not obtained from the data subjects themselves.",
            DocText::DataNotRegularlyDisclosed => "The data are not regularly disclosed outside the controller.",
            DocText::DataNotTransferredDisclosed => {
                "The data are not transferred or disclosed outside the European Union or the European Economic Area (EU/EEA)."
            }
            DocText::DataNotUsedAutomated => "The data are not used for automated decision-making or profiling.",
            DocText::DataObtainedDataSubjects => "The data are obtained from the data subjects themselves.",
            DocText::DataProcessingAgreementPlace => "A data processing agreement is in place.",
            DocText::DataProtectionOfficer => "Data protection officer",
            DocText::DataProtectionOfficersContact => {
                "The data protection officer's contact details are missing. A public authority must have a DPO, and the notice gives their contact details."
            }
            DocText::DataProtectionOfficersContactDetails => {
                "The data protection officer's contact details are missing. If the controller is a public authority, a DPO is mandatory; also choose the kind of controller."
            }
            DocText::DataRegularlyDisclosedFollowing => "The data are regularly disclosed to the following recipients:",
            DocText::DataSubjectCategories => "Data subject categories",
            DocText::DataSubjectGivenConsent => {
                "The data subject has given consent to the processing for one or more purposes."
            }
            DocText::DataSubjectsRightsNot => "The data subject's rights are not listed.",
            DocText::DataTransferredOutsideEU => "The data are transferred outside the EU/EEA as follows:",
            DocText::DataTransferredOutsideEUEEA => {
                "Data are transferred outside the EU/EEA, but the transfers (country, recipient, safeguard) are not listed."
            }
            DocText::DataUsedAutomatedDecision => "The data are used for automated decision-making or profiling.",
            DocText::DataUsedDirectMarketing => {
                "The data are used for direct marketing, but the right to object to it is not stated separately and clearly."
            }
            DocText::DataUsedDirectMarketingYou => {
                "The data are used for direct marketing. You may object to the use of your data for direct marketing at any time."
            }
            DocText::DerogationSpecificSituationsArticle => "Derogation for specific situations (Article 49)",
            DocText::DescriptionPublicAccessDocuments => "Description for public access to documents",
            DocText::DisclosuresAnsweredNoBut => "Disclosures are answered \"no\", but recipients are listed.",
            DocText::DisclosuresAnsweredNoButText => {
                "Disclosures are answered \"no\", but the text says data are disclosed: \"{q}\"."
            }
            DocText::DivisionResponsibilities => "Division of responsibilities",
            DocText::DoesNotApplyLegal => "does not apply on the legal bases of this processing.",
            DocText::DoesNotApplyWhen => {
                "does not apply when processing rests on a legal obligation or a public task (Art. 17(3)(b)). Remove it or explain the limitation."
            }
            DocText::Draft => "Draft",
            DocText::Drafted => "Drafted by",
            DocText::ElectronicMaterial => "Electronic material",
            DocText::EmploymentSocialSecurityObligations => "Employment and social security obligations",
            DocText::Encoding => "Encoding",
            DocText::Ends => "ends",
            DocText::English => "English",
            DocText::ExplicitConsent => "Explicit consent",
            DocText::File => "File",
            DocText::Finnish => "Finnish",
            DocText::FitsNoField => "fits no field of",
            DocText::FollowingServiceProvidersProcess => {
                "The following service providers process personal data on behalf of the controller:"
            }
            DocText::FormField => "form field",
            DocText::Format => "Format",
            DocText::FormerStruckThroughContact => {
                "A former or struck-through contact: not imported as current, the line was kept as text."
            }
            DocText::FullNotice => "The full notice",
            DocText::FullPrivacyNotice => "Full privacy notice",
            DocText::FullPrivacyNoticeAvailable => "The full privacy notice is available from the controller.",
            DocText::GeneticData => "Genetic data",
            DocText::GiveEffectPrincipleOpenness => {
                "To give effect to the principle of openness, an information management unit keeps a description of its information resources and its case register. The description helps you specify which data or documents to request and from whom."
            }
            DocText::HealthData => "Health data",
            DocText::HealthSocialCare => "Health or social care",
            DocText::IfYouConsiderProcessing => {
                "If you consider that the processing of your personal data infringes the EU General Data Protection Regulation, you have the right to lodge a complaint with a supervisory authority:"
            }
            DocText::IfYouConsiderProcessingYour => {
                "If you consider that the processing of your personal data infringes the EU General Data Protection Regulation, you have the right to lodge a complaint with a supervisory authority. In Finland the supervisory authority is the Data Protection Ombudsman:"
            }
            DocText::Imported => "Imported",
            DocText::ImportedText => "Imported from the text",
            DocText::InformationResources => "Information resources",
            DocText::InformationResourcesContainingPersonal => {
                "Information resources containing personal data, by department: purpose, information systems, data groups, retention and privacy notice."
            }
            DocText::InformationSystems => "Information systems",
            DocText::InformationSystemsSecurityMeasures => "Information systems and security measures",
            DocText::IntoExtraSections => "Into extra sections",
            DocText::Introduction => "Introduction",
            DocText::InvalidCharacters => "invalid characters (�)",
            DocText::InvisibleCharacters => "invisible characters",
            DocText::JointControllers => "Joint controllers",
            DocText::JointControllersListedBut => {
                "Joint controllers are listed, but the essence of the arrangement and the division of responsibilities are not given."
            }
            DocText::KB => "KB",
            DocText::Language => "Language",
            DocText::LanguageLower => "language",
            DocText::LastPublishedVersion => "Last published version",
            DocText::LegalBases => "Legal bases",
            DocText::LegalBasis => "Legal basis",
            DocText::LegalBasisShort => "Legal basis",
            DocText::LegalBasisFoundBut => {
                "A legal basis was found but no purpose: a purpose without a description was made."
            }
            DocText::LegalClaims => "Legal claims",
            DocText::LegalObligation => "Legal obligation",
            DocText::LegalObligationPublicTask => {
                "A legal obligation or a public task must be laid down by law: name the act and section."
            }
            DocText::Legislation => "Legislation",
            DocText::LegitimateInterests => "Legitimate interests",
            DocText::LegitimateInterestsPlural => "Legitimate interests",
            DocText::Ligatures => "ligatures",
            DocText::Line => "line",
            DocText::LineLower => "line",
            DocText::LineEnds => "line ends",
            DocText::LineStandsInsideSections => {
                "; the line stands inside a section's text and was left there (dates belong in the header)"
            }
            DocText::Lines => "lines",
            DocText::LogicInvolved => "Logic involved",
            DocText::ManualMaterial => "Manual material",
            DocText::MeaningText => " (by the meaning of its text)",
            DocText::MembersNotProfitBody => "Members of a not-for-profit body",
            DocText::Missing => "[missing]",
            DocText::NameRegister => "Name of the register",
            DocText::NeitherRetentionPeriodNor => {
                "Neither the retention period nor the criteria used to set it are given."
            }
            DocText::NextReview => "Next review",
            DocText::No => "No",
            DocText::NoAnswer => "no answer.",
            DocText::NoContactPersonPerson => "No contact person or person in charge is named for the register.",
            DocText::NoDataProtectionOfficer => {
                "No data protection officer is given. A company or association needs one only if its core activities involve large-scale monitoring or special-category data; record the assessment."
            }
            DocText::NoLegalBasisChosen => "No legal basis is chosen from GDPR Article 6(1)(a)-(f).",
            DocText::NoListFollowsColon => "No list follows the colon: \"{q}\".",
            DocText::NoProcessingBasedConsent => "no processing is based on consent.",
            DocText::NoPublishedNotices => "No published notices.",
            DocText::NoPurposeProcessingGiven => "No purpose of processing is given.",
            DocText::NoRegularDisclosures => "No regular disclosures",
            DocText::NoTextUnderHeading => "no text under the heading.",
            DocText::NonBreakingSpaces => "non-breaking spaces",
            DocText::NotAnswered => "Not answered",
            DocText::NotAssessed => "Not assessed",
            DocText::NotChosen => "Not chosen",
            DocText::NotLegalBasisUnder => "is not a legal basis under Article 6.",
            DocText::NotLegalBasisUnderGDPR => {
                "\"{q}\" is not a legal basis under the GDPR but a concept of the old Personal Data Act. Choose a basis from Art. 6(1)."
            }
            DocText::NotRequired => "Not required",
            DocText::Notes => "Notes",
            DocText::NoticeNotPublishedVersion => "This notice is not a published version.",
            DocText::OtherInformation => "Other information",
            DocText::OtherRegisters => "Other registers",
            DocText::OtherRights => "Other rights",
            DocText::OtherSources => "Other sources:",
            DocText::Page => "page",
            DocText::PageNumberRunningHeader => "page number or running header",
            DocText::PersonChargeRegister => "Person in charge of the register",
            DocText::PersonalDataCategories => "Personal data categories",
            DocText::PersonalDataProcessed => "Personal data processed",
            DocText::PersonalIdentityCodeProcessed => {
                "The personal identity code is processed, but the ground for it (Data Protection Act, section 29) is not given."
            }
            DocText::PoliticalOpinions => "Political opinions",
            DocText::PrivacyNotice => "Privacy notice",
            DocText::PrivacyNoticeEUGeneral => {
                "Privacy notice – EU General Data Protection Regulation (2016/679), Articles 13 and 14"
            }
            DocText::PrivacyNotices => "Privacy notices",
            DocText::PrivacyNoticesTellYou => {
                "The privacy notices tell you how your personal data are processed and what rights you have."
            }
            DocText::ProcessingNecessaryComplyLegal => {
                "Processing is necessary to comply with a legal obligation of the controller."
            }
            DocText::ProcessingNecessaryContractData => {
                "Processing is necessary for a contract with the data subject or for steps before entering into one."
            }
            DocText::ProcessingNecessaryLegitimateInterests => {
                "Processing is necessary for the legitimate interests of the controller or a third party."
            }
            DocText::ProcessingNecessaryProtectVital => {
                "Processing is necessary to protect the vital interests of the data subject or another person."
            }
            DocText::ProcessingNecessaryTaskPublic => {
                "Processing is necessary for a task in the public interest or in the exercise of official authority."
            }
            DocText::ProcessingOutsourcedButNo => "Processing is outsourced, but no processors are named.",
            DocText::ProcessingPersonalDataNot => {
                "The processing of personal data has not been outsourced to a service provider."
            }
            DocText::ProcessingRestsConsentAlone => {
                "Processing rests on consent alone, but providing the data is said to be a statutory or contractual requirement."
            }
            DocText::ProcessingRestsConsentBut => {
                "Processing rests on consent, but the right to withdraw consent at any time is not mentioned."
            }
            DocText::ProcessingRestsConsentContract => {
                "Processing rests on consent or a contract and is automated, but the right to data portability is not mentioned."
            }
            DocText::ProcessingRestsLegitimateInterests => {
                "Processing rests on legitimate interests, but the interests are not described."
            }
            DocText::ProcessingRestsPublicTask => {
                "Processing rests on a public task or legitimate interests, but the right to object is not mentioned."
            }
            DocText::Processor => "processor",
            DocText::ProcessorContracts => "Processor contracts",
            DocText::Processors => "Processors",
            DocText::ProfilingAnsweredNoBut => {
                "Profiling is answered \"no\", but the text describes targeting or profiling: \"{q}\"."
            }
            DocText::ProvidingDataContractualRequirement => {
                "Providing the data is a contractual requirement or needed to enter into a contract."
            }
            DocText::ProvidingDataStatutoryRequirement => "Providing the data is a statutory requirement.",
            DocText::ProvidingDataVoluntary => "Providing the data is voluntary.",
            DocText::PublicAuthorityCannotRely => {
                "A public authority cannot rely on legitimate interests in performing its tasks. Use public task or legal obligation."
            }
            DocText::PublicAuthorityMunicipalityState => "Public authority (municipality, state)",
            DocText::PublicHealth => "Public health",
            DocText::PublicTaskExerciseOfficial => "Public task or exercise of official authority",
            DocText::Published => "Published",
            DocText::PublishedNoticeNoPublic => "The published notice has no public address for the poster's QR code.",
            DocText::PublishedVersion => "Published version",
            DocText::Purpose => "Purpose",
            DocText::PurposeOfUse => "Purpose",
            DocText::PurposeShort => "Purpose",
            DocText::PurposeNoDescription => "The purpose has no description.",
            DocText::PurposeNoLegalBasis => "The purpose has no legal basis from GDPR Article 6(1)(a)-(f).",
            DocText::PurposeOpenEndedList => "The purpose is open-ended: \"{q}\". List every purpose.",
            DocText::Purposes => "Purposes",
            DocText::PurposesLegalBasisProcessing => "Purposes and legal basis of the processing",
            DocText::QRCodeOpensAddress => "QR code that opens the address",
            DocText::RacialEthnicOrigin => "Racial or ethnic origin",
            DocText::ReadFullNotice => "Read the full notice",
            DocText::Recipient => "Recipient",
            DocText::Recipients => "Recipients",
            DocText::RecipientsNotGivenList => {
                "Recipients are not given: list them or state that there are no regular disclosures."
            }
            DocText::Register => "Register",
            DocText::RegisterContainsNoPersonal => "The register contains no personal identity codes.",
            DocText::RegisterContainsNoPersonalData => {
                "The register contains no personal data relating to criminal convictions and offences."
            }
            DocText::RegisterContainsNoSpecial => "The register contains no special categories of personal data.",
            DocText::RegisterContainsPersonalData => {
                "The register contains personal data relating to criminal convictions and offences (GDPR Article 10)."
            }
            DocText::RegisterContainsPersonalIdentity => "The register contains personal identity codes.",
            DocText::RegisterContainsSpecialCategories => {
                "The register contains special categories of personal data (GDPR Article 9)."
            }
            DocText::RegisterName => "Register name",
            DocText::RegisterNameTakenTitle => "The register name was taken from the title line.",
            DocText::RegisterNoField => "the register has no field for this",
            DocText::RegisterNoName => "The register has no name.",
            DocText::RegisterProcessesSpecialCategories => "the register processes special categories of data",
            DocText::RegisterSystematicMonitoringSuch => {
                "the register is systematic monitoring, such as camera surveillance"
            }
            DocText::RegisterUsedProfilingAutomated => "the register is used for profiling or automated decisions",
            DocText::RegularDisclosuresRecipients => "Regular disclosures and recipients",
            DocText::RegularSourcesData => "Regular sources of data",
            DocText::ReligiousPhilosophicalBeliefs => "Religious or philosophical beliefs",
            DocText::RequestsExerciseTheseRights => {
                "Requests to exercise these rights can be sent to the controller using the contact details in section 2. Requests are answered within one month."
            }
            DocText::RequestsInformation => "Requests for information",
            DocText::Required => "Required",
            DocText::RequiredSectionsNotFound => "Required sections not found",
            DocText::Responsibility => "Responsibility",
            DocText::Results => "Results: #",
            DocText::Retention => "Retention",
            DocText::RetentionPeriods => "Retention",
            DocText::RetentionGivesNoPeriod => {
                "The retention gives no period (e.g. \"4 weeks\", \"2 years\") and no reference to the records management plan."
            }
            DocText::RetentionPeriod => "Retention period",
            DocText::RetentionPeriodTheseData => "The retention period of these data is missing.",
            DocText::RetentionPeriodVagueGive => {
                "The retention period is vague: \"{q}\". Give the period (e.g. \"2 years after the customer relationship ends\") or the criteria that set it."
            }
            DocText::Review => "In review",
            DocText::RightAccess => "Right of access",
            DocText::RightDataPortability => "Right to data portability",
            DocText::RightErasure => "Right to erasure",
            DocText::RightInformed => "Right to be informed",
            DocText::RightLodgeComplaintSupervisory => "Right to lodge a complaint with a supervisory authority",
            DocText::RightNotSubjectAutomated => "Right not to be subject to automated decision-making",
            DocText::RightObject => "Right to object",
            DocText::RightObjectDirectMarketing => "Right to object to direct marketing",
            DocText::RightRectification => "Right to rectification",
            DocText::RightRestrictionProcessing => "Right to restriction of processing",
            DocText::RightWithdrawConsentAny => "Right to withdraw consent at any time",
            DocText::RightsDataSubject => "Rights of the data subject",
            DocText::Safeguard => "Safeguard",
            DocText::SayHowDataSubject => {
                "The notice prints the standard sentence: requests go to the controller's contact details. Say so if requests go elsewhere (a form, the registry office)."
            }
            DocText::SayHowObtainCopy => {
                "Say how to obtain a copy of the safeguards (or which Art. 49 derogation the transfer rests on)."
            }
            DocText::SayWhatFollowsIf => "Say what follows if the data are not provided.",
            DocText::SearchRegisters => "Search the registers",
            DocText::SectionsRecognised => "Sections recognised",
            DocText::SecurityMeasures => "Security measures",
            DocText::SecurityMeasuresShort => "Security measures",
            DocText::SecurityMeasuresNotDescribed => "The security measures are not described.",
            DocText::SentenceStopsMidway => "The sentence stops midway: \"{q}\".",
            DocText::SentencesKeptText => "the sentences were kept as text.",
            DocText::SexLifeSexualOrientation => "Sex life or sexual orientation",
            DocText::Signed => "signed",
            DocText::SignificanceConsequences => "Significance and consequences",
            DocText::Site => "Site",
            DocText::SkipMainContent => "Skip to main content",
            DocText::Sources => "Sources:",
            DocText::SourcesHoldTextAbout => {
                "The sources hold text about retention: \"{q}\". Move it to retention and give the sources."
            }
            DocText::SourcesNotGivenSay => {
                "The sources are not given: say whether the data come from the data subject or from elsewhere."
            }
            DocText::SpecialCategories => "Special categories",
            DocText::SpecialCategoriesAnsweredNo => {
                "Special categories are answered \"no\", but Art. 9(2) conditions are chosen."
            }
            DocText::SpecialCategoriesAnsweredNoBut => {
                "Special categories are answered \"no\", but this data category is marked special."
            }
            DocText::SpecialCategoriesDataProcessed => {
                "Special categories of data are processed, but no condition of Art. 9(2) is chosen."
            }
            DocText::SpellingVariant => " (spelling variant)",
            DocText::StandardContractualClausesAdopted => {
                "Standard contractual clauses adopted by the Commission (Article 46)"
            }
            DocText::StartLine => " (at the start of a line)",
            DocText::StateWhetherDataTransferred => "State whether data are transferred outside the EU/EEA.",
            DocText::StateWhetherProcessorsUsed => {
                "State whether processors are used (outsourcing or purchased services)."
            }
            DocText::StateWhetherProvidingData => {
                "State whether providing the data is statutory, contractual or voluntary, and what follows if they are not provided."
            }
            DocText::StateWhetherSpecialCategories => {
                "State whether special categories of data (for example health data) are processed."
            }
            DocText::StateWhetherThereAutomated => {
                "State whether there is automated decision-making or profiling. \"No\" must be stated too."
            }
            DocText::Status => "Status",
            DocText::SubHeading => "sub-heading",
            DocText::SubstantialPublicInterestLaid => "Substantial public interest laid down in law",
            DocText::SummaryPoster => "Summary as a poster",
            DocText::SupervisoryAuthorityNoContact => {
                "The supervisory authority has no contact details. Leave the block empty to use the current details of the Data Protection Ombudsman's office."
            }
            DocText::Swedish => "Swedish",
            DocText::Tabs => "tabs",
            DocText::TakenOutText => "Taken out of the text",
            DocText::Tel => "tel.",
            DocText::FromText => "from the text",
            DocText::TextBeforeFirstHeading => "text before the first heading",
            DocText::TextConditionalIf => "the text is conditional (if ...)",
            DocText::TextContainsDateLine => {
                "The text contains a date line: \"{q}\". The creation and update dates belong in the register's basic information."
            }
            DocText::TextContainsFormCheck => {
                "The text contains a form check box: \"{q}\". Give the answer in the form field and remove the residue."
            }
            DocText::TextContainsGarbledCharacters => "The text contains garbled characters (wrong encoding): \"{q}\".",
            DocText::TextContainsLeftoversWeb => "The text contains leftovers of a web page: \"{q}\".",
            DocText::TextContainsMarkup => "The text contains markup: \"{q}\".",
            DocText::TextContainsPlaceholder => "The text contains a placeholder: \"{q}\".",
            DocText::TextContradictsAnswer => "The text contradicts the answer",
            DocText::TextDescribesProcessingBased => {
                "The text describes processing based on consent (\"{q}\"), but the right to withdraw consent is not mentioned, and consent is not chosen as a legal basis."
            }
            DocText::TextEndsQuestionNobody => "The text ends with a question nobody answered: \"{q}\".",
            DocText::TextRefersRepealedPersonal => {
                "The text refers to the repealed Personal Data Act (523/1999): \"{q}\". The rules in force are the GDPR and the Data Protection Act (1050/2018)."
            }
            DocText::TextSaysBothNo => "the text says both no and yes",
            DocText::TextSaysPersonalIdentity => {
                "The text says the personal identity code is processed (\"{q}\"), but the data content does not record it."
            }
            DocText::TextUnder => "from the text under",
            DocText::TradeUnionMembership => "Trade union membership",
            DocText::TransferNoSafeguardAdequacy => {
                "The transfer has no safeguard (adequacy decision, standard contractual clauses, binding corporate rules or an Art. 49 derogation)."
            }
            DocText::TransfersAnsweredNoBut => "Transfers are answered \"no\", but transfers are listed.",
            DocText::TransfersOutsideEUEEA => "Transfers outside the EU/EEA",
            DocText::TransfersOutsideEUEEASafeguards => "Transfers outside the EU/EEA and safeguards",
            DocText::UnfinishedSentenceEmptyList => "Unfinished sentence or empty list",
            DocText::UnknownHeading => "unknown heading",
            DocText::UntickedNoYesCheck => "Unticked No/Yes check list",
            DocText::UpdateDateMissingNotice => "The update date is missing: a notice shows when it was last updated.",
            DocText::Updated => "Updated",
            DocText::UpdatedLower => "updated",
            DocText::Version => "Version",
            DocText::Logo => "Logo",
            DocText::VersionLower => "version",
            DocText::VitalInterests => "Vital interests",
            DocText::WebPageFurniture => "Web page furniture",
            DocText::WebPageFurnitureProbably => "web page furniture, probably to be deleted",
            DocText::WhereProcessingBasedYour => {
                "Where processing is based on your consent, you may withdraw it at any time. Withdrawal does not affect the lawfulness of processing before it."
            }
            DocText::WhereProcessingBasedYourConsent => {
                "Where processing is based on your consent or a contract and is carried out by automated means, you have the right to receive the data you provided in a machine-readable format and to transmit them to another controller."
            }
            DocText::WhetherProvidingDataRequired => "Whether providing the data is required",
            DocText::Yes => "Yes",
            DocText::YouRightAskProcessing => {
                "You have the right to ask for the processing of your data to be restricted, for example while the accuracy of the data is being checked."
            }
            DocText::YouRightAskYour => {
                "You have the right to ask for your data to be erased, for example when they are no longer needed for the purpose they were collected for or when you withdraw your consent."
            }
            DocText::YouRightClearInformation => {
                "You have the right to clear information about how your personal data are processed. This notice tells you which data are processed, for what purpose and on what basis."
            }
            DocText::YouRightInaccurateIncomplete => {
                "You have the right to have inaccurate or incomplete data about you corrected or completed without undue delay."
            }
            DocText::YouRightKnowWhether => {
                "You have the right to know whether your personal data are processed and to receive a copy of the data about you."
            }
            DocText::YouRightNotSubject => {
                "You have the right not to be subject to a decision based solely on automated processing that produces legal effects concerning you or similarly significantly affects you."
            }
            DocText::YouRightObjectAny => {
                "You have the right to object at any time to the use of your data for direct marketing, including profiling related to it."
            }
            DocText::YouRightObjectGrounds => {
                "You have the right to object, on grounds relating to your particular situation, to processing based on a task in the public interest or on legitimate interests."
            }
            DocText::YourRights => "Your rights",
        }
    }
}
