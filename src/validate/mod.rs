//! Validation: a pure function from a register to findings (DESIGN.md section 3).

use crate::model::{Lang, Organisation, Register};
use serde::Serialize;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The notice is unlawful or misleading without a fix.
    Error,
    /// Likely wrong.
    Warning,
    /// Worth a look.
    Hint,
}

impl Severity {
    /// `error`, `warning`, `hint`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Hint => "hint",
        }
    }
}

/// One problem found in a register.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Stable rule id, e.g. `dpo-missing`.
    pub rule: &'static str,
    /// Error, warning or hint.
    pub severity: Severity,
    /// The field path, e.g. `purposes[1].legal_bases`.
    pub path: String,
    /// The GDPR or Finnish law reference.
    pub article: &'static str,
    /// Message in Finnish, Swedish, English.
    pub message: [String; 3],
}

impl Finding {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fi => &self.message[0],
            Lang::Sv => &self.message[1],
            Lang::En => &self.message[2],
        }
    }
}

/// Validates a register. The organisation profile supplies defaults where a rule needs them.
pub fn validate(_register: &Register, _org: Option<&Organisation>) -> Vec<Finding> {
    Vec::new()
}
