//! Accountability (GDPR Art. 5(2)): published versions, approvals, the DPO's opinion and the
//! DPIA (Art. 35). None of it is printed on the public notice; the Art. 30 record shows it.

use super::{Answer, Date, FieldPath, is_default};
use serde::{Deserialize, Serialize};

/// One person's part in an approval step: name, title (job title) and date.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Approval {
    /// The person's name.
    #[serde(skip_serializing_if = "is_default")]
    pub name: String,
    /// Job title (*Tietosuojasuunnittelija*).
    #[serde(skip_serializing_if = "is_default")]
    pub title: String,
    /// When they drafted, checked or approved the register.
    #[serde(skip_serializing_if = "is_default")]
    pub date: Option<Date>,
}

impl Approval {
    /// True when nothing is filled in.
    pub fn is_empty(&self) -> bool {
        self.name.trim().is_empty() && self.title.trim().is_empty() && self.date.is_none()
    }

    /// `Name, title, d.m.yyyy` with empty parts left out (the record's cell).
    pub fn summary(&self) -> String {
        let date = self.date.map(Date::finnish).unwrap_or_default();
        [self.name.trim(), self.title.trim(), date.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Who drafted, checked and approved the register (the owner's approval step, as in the
/// CNIL PIA tool's author, evaluator and validator).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Approvals {
    /// Drafted by (*laatija*).
    #[serde(skip_serializing_if = "is_default")]
    pub drafted: Approval,
    /// Checked by (*tarkastaja*).
    #[serde(skip_serializing_if = "is_default")]
    pub checked: Approval,
    /// Approved by (*hyväksyjä*), usually the register's owner.
    #[serde(skip_serializing_if = "is_default")]
    pub approved: Approval,
}

/// The data protection officer's opinion on the register (Art. 39(1)(a), (c)).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Opinion {
    /// The opinion, one paragraph per line.
    #[serde(skip_serializing_if = "is_default")]
    pub text: String,
    /// When it was given.
    #[serde(skip_serializing_if = "is_default")]
    pub date: Option<Date>,
}

/// The data protection impact assessment (Art. 35) of the register.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Dpia {
    /// Is a DPIA required? `Unanswered` means "not assessed".
    #[serde(skip_serializing_if = "is_default")]
    pub required: Answer,
    /// Why it is or is not required.
    #[serde(skip_serializing_if = "is_default")]
    pub reason: String,
    /// The assessment's document reference or link.
    #[serde(skip_serializing_if = "is_default")]
    pub reference: String,
    /// When it was assessed or made.
    #[serde(skip_serializing_if = "is_default")]
    pub date: Option<Date>,
}

/// One published version of the register (`seloste publish`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Version {
    /// The version number: 1, 2, ...
    #[serde(skip_serializing_if = "is_default")]
    pub version: u32,
    /// The day it was published; in force from this day until the next version's.
    #[serde(skip_serializing_if = "is_default")]
    pub date: Option<Date>,
    /// Who published it.
    #[serde(skip_serializing_if = "is_default")]
    pub by: String,
    /// What was done and why.
    #[serde(skip_serializing_if = "is_default")]
    pub note: String,
    /// Who had approved the register when it was published (`Name, title, d.m.yyyy` of
    /// [`Approvals::approved`]), so the history shows it without opening the snapshot.
    #[serde(skip_serializing_if = "is_default")]
    pub approved: String,
    /// The fields that differ from the previous version's snapshot (empty for version 1).
    #[serde(skip_serializing_if = "is_default")]
    pub changed: Vec<FieldPath>,
    /// Published despite errors (`--force`).
    #[serde(skip_serializing_if = "is_default")]
    pub forced: bool,
    /// The snapshot's path relative to the workspace (`arkisto/<id>/<version>-<date>.ron`).
    #[serde(skip_serializing_if = "is_default")]
    pub snapshot: String,
    /// SHA-256 of the snapshot file's bytes, lower-case hex (FIPS 180-4).
    #[serde(skip_serializing_if = "is_default")]
    pub sha256: String,
}

/// The version in force on `date`: the newest published on or before it.
pub fn version_at(history: &[Version], date: Date) -> Option<&Version> {
    history.iter().filter(|v| v.date.is_some_and(|d| d <= date)).max_by_key(|v| (v.date, v.version))
}
