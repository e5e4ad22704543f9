//! The sections of a register (DESIGN.md section 1), with their headings and field paths.

use super::{Lang, tr};

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
            Section::Contacts => &["contacts"],
            Section::Dpo => &["dpo"],
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
            Section::Meta => tr(lang, "Perustiedot", "Grunduppgifter", "Basic information"),
            Section::Name => tr(lang, "Rekisterin nimi", "Registrets namn", "Name of the register"),
            Section::Controller => tr(lang, "Rekisterinpitäjä", "Personuppgiftsansvarig", "Controller"),
            Section::Contacts => tr(lang, "Yhteyshenkilöt", "Kontaktpersoner", "Contact persons"),
            Section::Dpo => tr(lang, "Tietosuojavastaava", "Dataskyddsombud", "Data protection officer"),
            Section::Purposes => tr(
                lang,
                "Käsittelyn tarkoitus ja oikeusperuste",
                "Ändamålen med behandlingen och rättslig grund",
                "Purposes and legal basis of the processing",
            ),
            Section::Subjects => {
                tr(lang, "Rekisteröityjen ryhmät", "Kategorier av registrerade", "Categories of data subjects")
            }
            Section::Data => {
                tr(lang, "Käsiteltävät henkilötiedot", "Personuppgifter som behandlas", "Personal data processed")
            }
            Section::Sources => {
                tr(lang, "Säännönmukaiset tietolähteet", "Regelmässiga informationskällor", "Regular sources of data")
            }
            Section::Recipients => tr(
                lang,
                "Tietojen säännönmukaiset luovutukset ja vastaanottajat",
                "Regelmässiga utlämnanden av uppgifter och mottagare",
                "Regular disclosures and recipients",
            ),
            Section::Processors => tr(lang, "Henkilötietojen käsittelijät", "Personuppgiftsbiträden", "Processors"),
            Section::Transfers => tr(
                lang,
                "Tietojen siirto EU:n tai ETA:n ulkopuolelle",
                "Överföring av uppgifter utanför EU eller EES",
                "Transfers outside the EU/EEA",
            ),
            Section::Retention => {
                tr(lang, "Henkilötietojen säilytysaika", "Lagringstid för personuppgifter", "Retention period")
            }
            Section::Security => tr(
                lang,
                "Tietojärjestelmät ja suojauksen periaatteet",
                "Informationssystem och principer för skydd av registret",
                "Information systems and security measures",
            ),
            Section::Automated => tr(
                lang,
                "Automaattinen päätöksenteko ja profilointi",
                "Automatiserat beslutsfattande och profilering",
                "Automated decision-making and profiling",
            ),
            Section::Rights => {
                tr(lang, "Rekisteröidyn oikeudet", "Den registrerades rättigheter", "Rights of the data subject")
            }
            Section::Complaint => tr(
                lang,
                "Oikeus tehdä valitus valvontaviranomaiselle",
                "Rätt att lämna in klagomål till en tillsynsmyndighet",
                "Right to lodge a complaint with a supervisory authority",
            ),
            Section::Provision => tr(
                lang,
                "Tietojen antamisen peruste",
                "Skyldighet att lämna uppgifter",
                "Whether providing the data is required",
            ),
            Section::Cookies => tr(lang, "Evästeet", "Kakor", "Cookies"),
            Section::Extra => tr(lang, "Muut tiedot", "Övriga uppgifter", "Other information"),
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
        assert_eq!(Section::of_path("next_review"), Section::Meta);
        assert_eq!(Section::of_path("extra[0].body"), Section::Extra);
    }
}
