//! The validator over the sample workspace: what issue 3 expects of each sample.

use crate::util::*;
use seloste::model::{Date, Organisation, Register};
use seloste::store;
use seloste::validate::{Finding, Severity, validate_at};

/// A fixed day after the samples' dates.
fn today() -> Date {
    Date::from_ymd(2026, 11, 22).unwrap()
}

fn organisation() -> Option<Organisation> {
    store::load_organisation(&samples_dir().join(store::ORGANISATION_FILE)).ok()
}

/// The findings of the sample whose file name starts with `prefix`.
fn findings(prefix: &str) -> Vec<Finding> {
    let file = sample_files()
        .into_iter()
        .find(|f| f.file_name().unwrap().to_str().unwrap().starts_with(prefix))
        .unwrap_or_else(|| panic!("no sample {prefix}*.ron"));
    let register: Register = store::load_register(&file).unwrap();
    validate_at(&register, organisation().as_ref(), today())
}

fn has(list: &[Finding], rule: &str, severity: Severity) -> bool {
    list.iter().any(|f| f.rule.id == rule && f.severity == severity)
}

#[test]
fn the_camera_surveillance_sample_has_no_errors_and_no_warnings() {
    let list = findings("kameravalvonta-");
    let serious: Vec<&Finding> = list.iter().filter(|f| f.severity != Severity::Hint).collect();
    assert!(serious.is_empty(), "{serious:#?}");
}

#[test]
fn imago_reports_what_the_issue_names() {
    let list = findings("imago-");
    for rule in ["legal-basis-missing", "complaint-missing", "automated-unanswered"] {
        assert!(has(&list, rule, Severity::Error), "{rule} missing: {list:#?}");
    }
    assert!(has(&list, "text-unfinished", Severity::Warning), "{list:#?}");
    assert!(has(&list, "dpo-missing", Severity::Hint), "a company need not have a DPO: {list:#?}");
}

#[test]
fn imatra_a_city_gets_the_missing_dpo_as_an_error() {
    assert!(has(&findings("imatra-"), "dpo-missing", Severity::Error));
}

#[test]
fn the_seed_contradictions_are_caught() {
    let jamsa = findings("jamsa-");
    for rule in ["profiling-contradiction", "disclosure-contradiction", "transfer-vendor", "withdraw-consent-missing"] {
        assert!(jamsa.iter().any(|f| f.rule.id == rule), "Jämsä: {rule} missing");
    }
    let kemi = findings("kemi-");
    for rule in ["authority-stale", "text-checkbox-residue", "text-date-in-body", "retention-vague", "transfer-vendor"]
    {
        assert!(kemi.iter().any(|f| f.rule.id == rule), "Kemi: {rule} missing");
    }
    let lappeenranta = findings("lappeenranta-");
    for rule in ["withdraw-consent-missing", "provision-contradicts-consent", "email-obfuscated", "text-web-chrome"] {
        assert!(lappeenranta.iter().any(|f| f.rule.id == rule), "Lappeenranta: {rule} missing");
    }
}

#[test]
fn every_finding_has_a_message_in_each_language() {
    for file in sample_files() {
        let register = store::load_register(&file).unwrap();
        for f in validate_at(&register, organisation().as_ref(), today()) {
            assert!(seloste::model::Lang::ALL.iter().all(|l| !f.message(*l).is_empty()), "{f:?}");
        }
    }
}

/// The findings of every sample, held as snapshots (`tests/snapshots/`): any change in
/// what the validator says about the real notices shows up in review.
#[test]
fn the_findings_of_every_sample_are_held_as_snapshots() {
    for file in sample_files() {
        let register = store::load_register(&file).unwrap();
        let found = validate_at(&register, organisation().as_ref(), today());
        let lines: Vec<String> = found
            .iter()
            .map(|f| {
                format!(
                    "{} {} {} [{}]: {}",
                    f.severity.as_str(),
                    f.rule.id,
                    f.path,
                    f.rule.article,
                    f.message(seloste::model::Lang::Fi)
                )
            })
            .collect();
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        insta::with_settings!({ snapshot_path => "snapshots", prepend_module_to_snapshot => false }, {
            insta::assert_yaml_snapshot!(name, lines);
        });
    }
}
