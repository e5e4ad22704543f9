//! The fixed texts of a notice in Finnish, Swedish and English: the parts the user does not
//! type (legal reference line, labels, standard explanations of the rights, the complaint
//! paragraph and the supervisory authority's contact block, "no transfers" and the like).
//!
//! The notice speaks to the data subject ("sinä" / "du" / "you"), as the Finnish Data
//! Protection Ombudsman's own guidance does. Headings of the numbered sections come from
//! [`crate::model::Section::heading`], the names of rights and legal bases from the
//! vocabularies in [`crate::model`].

use crate::i18n::DocText;
use crate::model::Lang;
use crate::model::{LegalBasis, Right, SpecialCondition};

/// The document-type line under the title (GDPR-REFERENCE 1.3, F02).
pub fn document_type(lang: Lang) -> &'static str {
    DocText::PrivacyNoticeEUGeneral.get(lang)
}

/// The short name of the document, used in the PDF title.
pub fn document_name(lang: Lang) -> &'static str {
    DocText::PrivacyNotice.get(lang)
}

/// The mark printed where required content is missing, so a draft never looks finished.
pub fn missing(lang: Lang) -> &'static str {
    DocText::Missing.get(lang)
}

/// "Päivitetty 30.5.2024" without the date.
pub fn updated(lang: Lang) -> &'static str {
    DocText::Updated.get(lang)
}

/// The word before page numbers: "sivu 2 / 3".
pub fn page(lang: Lang) -> &'static str {
    DocText::Page.get(lang)
}

/// Prefix of a phone number in a contact block.
pub fn phone(lang: Lang) -> &'static str {
    DocText::Tel.get(lang)
}

/// Label of the business ID.
pub fn business_id(lang: Lang) -> &'static str {
    DocText::BusinessID.get(lang)
}

/// Label of the joint controllers.
pub fn joint_controllers(lang: Lang) -> &'static str {
    DocText::JointControllers.get(lang)
}

/// Label of a joint controller's share of responsibility.
pub fn responsibility(lang: Lang) -> &'static str {
    DocText::Responsibility.get(lang)
}

/// Label of the joint-controller arrangement (Art. 26(2)).
pub fn arrangement(lang: Lang) -> &'static str {
    DocText::DivisionResponsibilities.get(lang)
}

/// Label of a purpose when there are several.
pub fn purpose(lang: Lang) -> &'static str {
    DocText::PurposeShort.get(lang)
}

/// Label of the legal basis of a purpose.
pub fn legal_basis(lang: Lang) -> &'static str {
    DocText::LegalBasisShort.get(lang)
}

/// Label of the law a basis rests on (Art. 6(3)).
pub fn law(lang: Lang) -> &'static str {
    DocText::Legislation.get(lang)
}

/// Label of the legitimate interests (Art. 13(1)(d)).
pub fn legitimate_interests(lang: Lang) -> &'static str {
    DocText::LegitimateInterestsPlural.get(lang)
}

/// Label of a purpose that is direct marketing.
pub fn direct_marketing(lang: Lang) -> &'static str {
    DocText::DataUsedDirectMarketingYou.get(lang)
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
    DocText::RegisterContainsSpecialCategories.get(lang)
}

/// See [`special_yes`].
pub fn special_no(lang: Lang) -> &'static str {
    DocText::RegisterContainsNoSpecial.get(lang)
}

/// Label of the special categories processed.
pub fn special_kinds(lang: Lang) -> &'static str {
    DocText::SpecialCategories.get(lang)
}

/// Label of the Art. 9(2) condition.
pub fn special_condition(lang: Lang) -> &'static str {
    DocText::ConditionProcessing.get(lang)
}

/// Criminal data (Art. 10): yes.
pub fn criminal_yes(lang: Lang) -> &'static str {
    DocText::RegisterContainsPersonalData.get(lang)
}

/// Criminal data (Art. 10): no.
pub fn criminal_no(lang: Lang) -> &'static str {
    DocText::RegisterContainsNoPersonalData.get(lang)
}

/// Label of a basis (criminal data).
pub fn basis(lang: Lang) -> &'static str {
    DocText::Basis.get(lang)
}

/// Personal identity code: yes.
pub fn id_code_yes(lang: Lang) -> &'static str {
    DocText::RegisterContainsPersonalIdentity.get(lang)
}

/// Personal identity code: no.
pub fn id_code_no(lang: Lang) -> &'static str {
    DocText::RegisterContainsNoPersonal.get(lang)
}

/// Label of the basis for the personal identity code.
pub fn id_code_basis(lang: Lang) -> &'static str {
    DocText::BasisProcessingPersonalIdentity.get(lang)
}

/// Sources: from the data subject.
pub fn from_subject(lang: Lang) -> &'static str {
    DocText::DataObtainedDataSubjects.get(lang)
}

/// Sources: not from the data subject.
pub fn not_from_subject(lang: Lang) -> &'static str {
    DocText::DataNotObtainedData.get(lang)
}

/// Sources: the other sources follow.
pub fn other_sources(lang: Lang) -> &'static str {
    DocText::OtherSources.get(lang)
}

/// Sources: all sources follow (when the data do not come from the subject).
pub fn sources_list(lang: Lang) -> &'static str {
    DocText::Sources.get(lang)
}

/// Recipients: none.
pub fn no_disclosures(lang: Lang) -> &'static str {
    DocText::DataNotRegularlyDisclosed.get(lang)
}

/// Recipients: the list follows.
pub fn disclosures_to(lang: Lang) -> &'static str {
    DocText::DataRegularlyDisclosedFollowing.get(lang)
}

/// Label of the basis of a disclosure.
pub fn disclosure_basis(lang: Lang) -> &'static str {
    DocText::BasisDisclosure.get(lang)
}

/// Processors: none.
pub fn no_processors(lang: Lang) -> &'static str {
    DocText::ProcessingPersonalDataNot.get(lang)
}

/// Processors: the list follows.
pub fn processors_intro(lang: Lang) -> &'static str {
    DocText::FollowingServiceProvidersProcess.get(lang)
}

/// Processors: an Art. 28 agreement is in place.
pub fn processing_agreement(lang: Lang) -> &'static str {
    DocText::DataProcessingAgreementPlace.get(lang)
}

/// Transfers: none.
pub fn no_transfers(lang: Lang) -> &'static str {
    DocText::DataNotTransferredDisclosed.get(lang)
}

/// Transfers: the list follows.
pub fn transfers_intro(lang: Lang) -> &'static str {
    DocText::DataTransferredOutsideEU.get(lang)
}

/// Label of the recipient of a transfer.
pub fn recipient(lang: Lang) -> &'static str {
    DocText::Recipient.get(lang)
}

/// Label of the safeguard of a transfer.
pub fn safeguard(lang: Lang) -> &'static str {
    DocText::Safeguard.get(lang)
}

/// Label of the information systems.
pub fn systems(lang: Lang) -> &'static str {
    DocText::InformationSystems.get(lang)
}

/// Label of electronic material.
pub fn electronic(lang: Lang) -> &'static str {
    DocText::ElectronicMaterial.get(lang)
}

/// Label of manual material.
pub fn manual(lang: Lang) -> &'static str {
    DocText::ManualMaterial.get(lang)
}

/// Automated decisions: none.
pub fn no_automated(lang: Lang) -> &'static str {
    DocText::DataNotUsedAutomated.get(lang)
}

/// Automated decisions: some.
pub fn yes_automated(lang: Lang) -> &'static str {
    DocText::DataUsedAutomatedDecision.get(lang)
}

/// Label of the logic of automated decisions.
pub fn logic(lang: Lang) -> &'static str {
    DocText::LogicInvolved.get(lang)
}

/// Label of their significance and consequences.
pub fn consequences(lang: Lang) -> &'static str {
    DocText::SignificanceConsequences.get(lang)
}

/// How to exercise the rights, when the register says nothing of its own. The controller's
/// contact details are always section 2 of the notice.
pub fn default_how_to(lang: Lang) -> &'static str {
    DocText::RequestsExerciseTheseRights.get(lang)
}

/// The standard explanation of a right, in one or two sentences. `complaint_section` is the
/// number of the complaint section, which the complaint right points to.
pub fn right_explanation(right: Right, lang: Lang, complaint_section: usize) -> String {
    let s = match right {
        Right::Informed => DocText::YouRightClearInformation.get(lang),
        Right::Access => DocText::YouRightKnowWhether.get(lang),
        Right::Rectification => DocText::YouRightInaccurateIncomplete.get(lang),
        Right::Erasure => DocText::YouRightAskYour.get(lang),
        Right::Restriction => DocText::YouRightAskProcessing.get(lang),
        Right::Portability => DocText::WhereProcessingBasedYourConsent.get(lang),
        Right::Object => DocText::YouRightObjectGrounds.get(lang),
        Right::ObjectDirectMarketing => DocText::YouRightObjectAny.get(lang),
        Right::AutomatedDecisions => DocText::YouRightNotSubject.get(lang),
        Right::WithdrawConsent => DocText::WhereProcessingBasedYour.get(lang),
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
    DocText::IfYouConsiderProcessingYour.get(lang)
}

/// The complaint paragraph when the register names another authority.
pub fn complaint_other(lang: Lang) -> &'static str {
    DocText::IfYouConsiderProcessing.get(lang)
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
    DocText::CameraSurveillanceSign.get(lang)
}

/// Poster: the label of the controller block.
pub fn poster_controller(lang: Lang) -> &'static str {
    DocText::Controller.get(lang)
}

/// Poster: the label of the purposes.
pub fn poster_purposes(lang: Lang) -> &'static str {
    DocText::Purpose.get(lang)
}

/// Poster: the label of the legal bases.
pub fn poster_bases(lang: Lang) -> &'static str {
    DocText::LegalBasisShort.get(lang)
}

/// Poster: the label of whom to contact.
pub fn poster_contact(lang: Lang) -> &'static str {
    DocText::Contact.get(lang)
}

/// Poster: the label of the rights.
pub fn poster_rights(lang: Lang) -> &'static str {
    DocText::YourRights.get(lang)
}

/// Poster: the label of the address of the full notice.
pub fn poster_full_notice(lang: Lang) -> &'static str {
    DocText::FullPrivacyNotice.get(lang)
}

/// Poster: the text alternative of the camera-surveillance pictogram (PDF/UA Alt).
pub fn poster_camera_alt(lang: Lang) -> &'static str {
    DocText::CameraSurveillanceSymbolSurveillance.get(lang)
}

/// Poster: the text alternative of the QR code, followed by the address it opens.
pub fn poster_qr_alt(lang: Lang) -> &'static str {
    DocText::QRCodeOpensAddress.get(lang)
}

/// Poster: where the full notice is when there is no public address.
pub fn poster_no_url(lang: Lang) -> &'static str {
    DocText::FullPrivacyNoticeAvailable.get(lang)
}

/// Poster: label of the data protection officer in the contact block.
pub fn poster_dpo(lang: Lang) -> &'static str {
    DocText::DataProtectionOfficer.get(lang)
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
