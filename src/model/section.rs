//! The sections of a register (DESIGN.md section 1), with their headings and field paths.

use super::Lang;
use crate::i18n::DocText;

/// A section of the register form and of the notice, in the customary order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    /// 0. Status, dates, languages, tags, notes.
    Meta,
    /// 1. Register name.
    Name,
    /// 2. Controller.
    Controller,
    /// 3. Contact persons.
    Contacts,
    /// 4. Data protection officer.
    Dpo,
    /// 5. Purposes and legal bases.
    Purposes,
    /// 6. Data subject categories.
    Subjects,
    /// 7. Data content.
    Data,
    /// 8. Sources.
    Sources,
    /// 9. Recipients.
    Recipients,
    /// 10. Processors.
    Processors,
    /// 11. Transfers outside the EU/EEA.
    Transfers,
    /// 12. Retention.
    Retention,
    /// 13. Systems and security.
    Security,
    /// 14. Automated decisions.
    Automated,
    /// 15. Rights.
    Rights,
    /// 16. Complaint.
    Complaint,
    /// 17. Requirement to provide data.
    Provision,
    /// 18. Cookies.
    Cookies,
    /// 19. Other sections.
    Extra,
}

impl Section {
    /// All sections in order.
    pub const ALL: [Section; 20] = [
        Section::Meta,
        Section::Name,
        Section::Controller,
        Section::Contacts,
        Section::Dpo,
        Section::Purposes,
        Section::Subjects,
        Section::Data,
        Section::Sources,
        Section::Recipients,
        Section::Processors,
        Section::Transfers,
        Section::Retention,
        Section::Security,
        Section::Automated,
        Section::Rights,
        Section::Complaint,
        Section::Provision,
        Section::Cookies,
        Section::Extra,
    ];

    /// The section number of DESIGN.md (0 for meta).
    pub fn number(self) -> usize {
        Section::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The register fields (first path component) that belong to this section.
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            Section::Meta => &[
                "format",
                "id",
                "status",
                "created",
                "updated",
                "next_review",
                "department",
                "tags",
                "languages",
                "public_url",
                "notes",
            ],
            Section::Name => &["name"],
            Section::Controller => &["controller"],
            Section::Contacts => &["contacts", "contacts_details"],
            Section::Dpo => &["dpo", "dpo_details"],
            Section::Purposes => &["purposes", "legal_basis_text"],
            Section::Subjects => &["subjects"],
            Section::Data => &["data"],
            Section::Sources => &["sources"],
            Section::Recipients => &["recipients"],
            Section::Processors => &["processors"],
            Section::Transfers => &["transfers"],
            Section::Retention => &["retention"],
            Section::Security => &["security"],
            Section::Automated => &["automated"],
            Section::Rights => &["rights"],
            Section::Complaint => &["complaint"],
            Section::Provision => &["provision"],
            Section::Cookies => &["cookies"],
            Section::Extra => &["extra"],
        }
    }

    /// The section a field path (`purposes[1].legal_bases`) belongs to.
    pub fn of_path(path: &str) -> Section {
        let root = path.split(['.', '[']).next().unwrap_or("");
        Section::ALL.into_iter().find(|s| s.fields().contains(&root)).unwrap_or(Section::Meta)
    }

    /// The heading of the section in the editor and (for 1-19) in the notice.
    pub fn heading(self, lang: Lang) -> &'static str {
        match self {
            Section::Meta => DocText::BasicInformation.get(lang),
            Section::Name => DocText::NameRegister.get(lang),
            Section::Controller => DocText::Controller.get(lang),
            Section::Contacts => DocText::ContactPersons.get(lang),
            Section::Dpo => DocText::DataProtectionOfficer.get(lang),
            Section::Purposes => DocText::PurposesLegalBasisProcessing.get(lang),
            Section::Subjects => DocText::CategoriesDataSubjects.get(lang),
            Section::Data => DocText::PersonalDataProcessed.get(lang),
            Section::Sources => DocText::RegularSourcesData.get(lang),
            Section::Recipients => DocText::RegularDisclosuresRecipients.get(lang),
            Section::Processors => DocText::Processors.get(lang),
            Section::Transfers => DocText::TransfersOutsideEUEEA.get(lang),
            Section::Retention => DocText::RetentionPeriod.get(lang),
            Section::Security => DocText::InformationSystemsSecurityMeasures.get(lang),
            Section::Automated => DocText::AutomatedDecisionMakingProfiling.get(lang),
            Section::Rights => DocText::RightsDataSubject.get(lang),
            Section::Complaint => DocText::RightLodgeComplaintSupervisory.get(lang),
            Section::Provision => DocText::WhetherProvidingDataRequired.get(lang),
            Section::Cookies => DocText::Cookies.get(lang),
            Section::Extra => DocText::OtherInformation.get(lang),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_map_to_their_section() {
        assert_eq!(Section::of_path("purposes[1].legal_bases"), Section::Purposes);
        assert_eq!(Section::of_path("legal_basis_text.fi"), Section::Purposes);
        assert_eq!(Section::of_path("dpo.email"), Section::Dpo);
        assert_eq!(Section::of_path("dpo_details.sv"), Section::Dpo);
        assert_eq!(Section::of_path("contacts_details.en"), Section::Contacts);
        assert_eq!(Section::of_path("controller.details.fi"), Section::Controller);
        assert_eq!(Section::of_path("next_review"), Section::Meta);
        assert_eq!(Section::of_path("extra[0].body"), Section::Extra);
    }
}
