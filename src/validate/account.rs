//! Accountability rules (issue 15): processor contracts, locations outside the EU/EEA, the
//! DPIA, and the archived snapshots of published versions.

use super::detail::DpiaTrigger;
use super::{Ctx, Detail, Finding, Out};
use crate::model::{
    Answer, DpiaField, FieldPath as P, List, ProcessorField, ProcessorsField, Register, VersionField, eu_eea,
};

/// A contract ending within this many days is reported (`processor-contract-ending`).
pub const CONTRACT_WARNING_DAYS: i64 = 90;

pub(super) fn check(ctx: &Ctx, out: &mut Out) {
    let reg = ctx.reg;
    for (i, p) in reg.processors.list.iter().enumerate() {
        let at = |f: ProcessorField| P::Processors(Some(ProcessorsField::List(List::field(i, f))));
        let name = if p.name.trim().is_empty() { format!("{}", i + 1) } else { p.name.trim().to_owned() };
        if let Some(ends) = p.ends {
            let days = ctx.today.days_until(ends);
            if days <= CONTRACT_WARNING_DAYS {
                out.add(
                    at(ProcessorField::Ends),
                    Detail::ContractEnding { processor: name.clone(), ends, ended: days < 0 },
                );
            }
        }
        if p.signed.is_none() {
            out.add(at(ProcessorField::Signed), Detail::ContractDateMissing { processor: name.clone() });
        }
        for (j, loc) in p.locations.iter().enumerate() {
            if loc.trim().is_empty() || eu_eea(loc) || transfer_listed(reg, &p.name, loc) {
                continue;
            }
            out.add(
                at(ProcessorField::Locations(List::at(j))),
                Detail::ProcessorOutsideEea { processor: name.clone(), location: loc.trim().to_owned() },
            );
        }
    }
    if reg.dpia.required == Answer::Unanswered {
        if let Some(why) = dpia_trigger(reg) {
            out.add(P::Dpia(Some(DpiaField::Required)), Detail::DpiaNotAssessed { why });
        }
    }
}

/// True when a transfer names the processor as its recipient, or the location as its country.
fn transfer_listed(reg: &Register, processor: &str, location: &str) -> bool {
    let processor = processor.trim().to_lowercase();
    let location = location.trim().to_lowercase();
    reg.transfers.list.iter().any(|t| {
        let recipient = t.recipient.trim().to_lowercase();
        let names_processor = !processor.is_empty()
            && !recipient.is_empty()
            && (recipient.contains(&processor) || processor.contains(&recipient));
        let names_country = t.country.versions().any(|(_, c)| c.trim().to_lowercase() == location);
        names_processor || names_country
    })
}

/// Words that mark systematic monitoring in a register's name or purposes.
const MONITORING_WORDS: [&str; 8] = [
    "kameravalvon",
    "tallentava valvonta",
    "videovalvon",
    "kameraövervak",
    "videoövervak",
    "camera surveillance",
    "video surveillance",
    "cctv",
];

/// Why a DPIA is likely required, in the order of Art. 35(3): profiling (a), special
/// categories (b), systematic monitoring (c). Source: GDPR Art. 35(3) and the Data
/// Protection Ombudsman's list "Luettelo käsittelytoimista, jotka edellyttävät
/// vaikutustenarviointia" (2019).
pub fn dpia_trigger(reg: &Register) -> Option<DpiaTrigger> {
    if reg.automated.answer == Answer::Yes {
        return Some(DpiaTrigger::Profiling);
    }
    if reg.data.special == Answer::Yes || reg.data.categories.iter().any(|c| c.special.is_some()) {
        return Some(DpiaTrigger::SpecialCategories);
    }
    let monitoring = std::iter::once(&reg.name)
        .chain(reg.purposes.iter().map(|p| &p.description))
        .flat_map(|t| t.versions().map(|(_, s)| s.to_lowercase()))
        .any(|s| MONITORING_WORDS.iter().any(|w| s.contains(w)));
    monitoring.then_some(DpiaTrigger::Monitoring)
}

/// What the shell found when it read a published version's snapshot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SnapshotState {
    /// The file is there and its SHA-256 matches the history entry.
    Intact,
    /// No file at the recorded path (or it could not be read).
    Missing,
    /// The file's hash differs from the recorded one.
    Altered,
}

/// Findings for the snapshots of `register`'s history, given what the shell read for each
/// entry (`states[i]` for `history[i]`; a shorter list leaves the rest unchecked). Pure: the
/// shell reads the files (`store`) and hashes them (`publish::snapshot_state`).
pub fn snapshot_findings(register: &Register, states: &[SnapshotState]) -> Vec<Finding> {
    let mut out = Out::default();
    for (i, (v, state)) in register.history.iter().zip(states).enumerate() {
        let (field, detail) = match state {
            SnapshotState::Intact => continue,
            SnapshotState::Missing => {
                (VersionField::Snapshot, Detail::SnapshotMissing { version: v.version, file: v.snapshot.clone() })
            }
            SnapshotState::Altered => {
                (VersionField::Sha256, Detail::SnapshotAltered { version: v.version, file: v.snapshot.clone() })
            }
        };
        out.add(P::History(List::field(i, field)), detail);
    }
    out.list
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use crate::model::*;

    fn with_processor(f: impl FnOnce(&mut Processor)) -> Register {
        let mut r = complete();
        f(&mut r.processors.list[0]);
        r
    }

    #[test]
    fn contract_ended_or_ending_within_90_days_warns() {
        // today() is 1.6.2025.
        let ended = with_processor(|p| p.ends = Date::from_ymd(2025, 5, 1));
        let (sev, path) = one(&ended, "processor-contract-ending");
        assert_eq!((sev, path.as_str()), (crate::validate::Severity::Warning, "processors.list[0].ends"));
        assert!(findings(&ended)[0].message(Lang::En).contains("ended on 1 May 2025"));
        let ending = with_processor(|p| p.ends = Date::from_ymd(2025, 8, 15));
        assert!(fires(&ending, "processor-contract-ending"));
        let later = with_processor(|p| p.ends = Date::from_ymd(2025, 12, 31));
        assert!(!fires(&later, "processor-contract-ending"));
        assert!(!fires(&complete(), "processor-contract-ending"));
    }

    #[test]
    fn processor_without_contract_date_warns() {
        let r = with_processor(|p| p.signed = None);
        assert_eq!(one(&r, "processor-contract-date-missing").1, "processors.list[0].signed");
        assert!(!fires(&complete(), "processor-contract-date-missing"));
    }

    #[test]
    fn processor_outside_eea_needs_a_transfer() {
        let r = with_processor(|p| p.locations = vec!["FI".into(), "US".into()]);
        assert_eq!(one(&r, "processor-outside-eea").1, "processors.list[0].locations[1]");
        let mut listed = r.clone();
        listed.transfers.answer = Answer::Yes;
        listed.transfers.list.push(Transfer {
            country: Text::fi("Yhdysvallat"),
            recipient: "Vartiointi Oy".into(),
            safeguard: Some(Safeguard::StandardContractualClauses),
            ..Transfer::default()
        });
        assert!(!fires(&listed, "processor-outside-eea"));
        let eea = with_processor(|p| p.locations = vec!["Ruotsi".into(), "no".into()]);
        assert!(!fires(&eea, "processor-outside-eea"));
    }

    #[test]
    fn dpia_not_assessed_is_hinted_for_monitoring_special_categories_and_profiling() {
        // The complete register is camera surveillance and has assessed its DPIA.
        assert!(!fires(&complete(), "dpia-not-assessed"));
        let mut r = complete();
        r.dpia = Dpia::default();
        let (sev, path) = one(&r, "dpia-not-assessed");
        assert_eq!((sev, path.as_str()), (crate::validate::Severity::Hint, "dpia.required"));
        assert!(of(&r, "dpia-not-assessed")[0].message(Lang::En).contains("camera surveillance"));
        let mut plain = r.clone();
        plain.name = Text::fi("Asiakasrekisteri");
        plain.purposes[0].description = Text::fi("Asiakassuhteen hoito");
        assert!(!fires(&plain, "dpia-not-assessed"));
        let mut special = plain.clone();
        special.data.special = Answer::Yes;
        assert!(of(&special, "dpia-not-assessed")[0].message(Lang::Fi).contains("erityisiä"));
        let mut profiling = plain.clone();
        profiling.automated.answer = Answer::Yes;
        assert!(fires(&profiling, "dpia-not-assessed"));
        let mut assessed = profiling;
        assessed.dpia.required = Answer::No;
        assert!(!fires(&assessed, "dpia-not-assessed"));
    }

    #[test]
    fn snapshot_states_become_findings() {
        use super::{SnapshotState, snapshot_findings};
        let r = full();
        assert!(snapshot_findings(&r, &[SnapshotState::Intact]).is_empty());
        let missing = snapshot_findings(&r, &[SnapshotState::Missing]);
        assert_eq!(missing[0].rule.id, "snapshot-missing");
        assert_eq!(missing[0].path.to_string(), "history[0].snapshot");
        let altered = snapshot_findings(&r, &[SnapshotState::Altered]);
        assert_eq!(altered[0].rule.id, "snapshot-altered");
        assert!(altered[0].message(Lang::Fi).contains("arkisto/kamera/1-2025-01-06.ron"));
    }
}
