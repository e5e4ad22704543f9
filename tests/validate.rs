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
    for rule in ["legal-basis-missing", "automated-unanswered"] {
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

// ---------------------------------------------------------------------------------------
// One truth for what prints (issue 13): the validator and the notice builder agree.

use seloste::model::{Lang, Right, Section};
use seloste::notice::{self, Block, Notice, Span, Style};
use seloste::validate::Detail;

/// Every span of a notice section.
fn spans(notice: &Notice, section: Section) -> Vec<&Span> {
    let mut out = Vec::new();
    for s in notice.sections.iter().filter(|s| s.section == section) {
        for b in &s.blocks {
            match b {
                Block::Paragraph(p) => out.extend(p),
                Block::Bullets(items) | Block::Contact(items) => out.extend(items.iter().flatten()),
            }
        }
    }
    out
}

/// The right a finding says is not listed, for the rules that say so.
fn right_said_missing(f: &Finding) -> Option<Right> {
    match &f.detail {
        Detail::RightMissing { right } => Some(*right),
        Detail::PortabilityMissing => Some(Right::Portability),
        Detail::ObjectMissing => Some(Right::Object),
        Detail::AutomatedRightMissing => Some(Right::AutomatedDecisions),
        Detail::ObjectMarketingMissing => Some(Right::ObjectDirectMarketing),
        Detail::WithdrawConsentMissing => Some(Right::WithdrawConsent),
        _ => None,
    }
}

/// The rules that say a whole element of the notice is absent.
const ELEMENT_ABSENT: [&str; 12] = [
    "controller-name-missing",
    "purpose-missing",
    "subjects-missing",
    "data-categories-missing",
    "sources-missing",
    "recipients-missing",
    "transfers-missing",
    "retention-missing",
    "rights-missing",
    "provision-missing",
    "security-missing",
    "automated-unanswered",
];

/// What the validator says about `reg` and what its notices print, in every language the
/// register declares, disagree on: the list of disagreements.
fn disagreements(name: &str, reg: &Register, org: Option<&Organisation>) -> Vec<String> {
    let findings = validate_at(reg, org, today());
    reg.notice_languages().into_iter().flat_map(|lang| compare(name, &findings, &notice::build(reg, lang))).collect()
}

/// Where `findings` and `notice` disagree.
fn compare(name: &str, findings: &[Finding], notice: &Notice) -> Vec<String> {
    let lang = notice.lang;
    let mut bad = Vec::new();
    let printed = |section: Section| notice.sections.iter().any(|s| s.section == section);
    let marked = |section: Section| spans(notice, section).iter().any(|s| s.style == Style::Missing);
    for f in findings.iter().filter(|f| f.severity != Severity::Hint) {
        let Some(section) = f.rule.section else { continue };
        // A finding that an element is absent: the notice prints it as absent.
        if ELEMENT_ABSENT.contains(&f.rule.id) && printed(section) && !marked(section) {
            bad.push(format!("{name} ({lang:?}): {} says {section:?} is absent, the notice prints it", f.rule.id));
        }
        // A finding that a right is not listed: the notice does not name it.
        if let Some(right) = right_said_missing(f) {
            let label = right.label(lang);
            if spans(notice, Section::Rights).iter().any(|s| s.text.contains(label)) {
                bad.push(format!("{name} ({lang:?}): {} says {label:?} is not listed, the notice lists it", f.rule.id));
            }
        }
    }
    // What the notice marks as missing, the validator reports (an error or a warning).
    for s in notice.sections.iter().filter(|s| marked(s.section)) {
        let reported = findings.iter().any(|f| {
            f.severity != Severity::Hint && (f.path.section() == s.section || f.rule.section == Some(s.section))
        });
        if !reported {
            bad.push(format!("{name} ({lang:?}): the notice prints [missing] in {:?}, no finding says so", s.section));
        }
    }
    bad
}

#[test]
fn the_validator_and_the_printed_notice_agree_on_every_sample_and_every_imported_seed() {
    let org = organisation();
    let mut bad = Vec::new();
    let mut walked = 0;
    for file in sample_files() {
        let reg: Register = store::load_register(&file).unwrap();
        bad.extend(disagreements(&file.display().to_string(), &reg, org.as_ref()));
        walked += 1;
    }
    for seed in crate::import::SEEDS {
        let path = committed(&format!("tests/seeds/{seed}"));
        let bytes = std::fs::read(&path).unwrap();
        let imported = seloste::import::import_bytes(&bytes, &path.display().to_string()).unwrap();
        bad.extend(disagreements(&path.display().to_string(), &imported.register, None));
        walked += 1;
    }
    assert!(walked >= 11, "the samples and the seeds were not all found: {walked}");
    assert!(bad.is_empty(), "{} disagreements:\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn the_agreement_check_finds_each_kind_of_disagreement() {
    let file = sample_files().into_iter().find(|f| f.to_string_lossy().contains("kameravalvonta-")).unwrap();
    let reg: Register = store::load_register(&file).unwrap();
    let findings = validate_at(&reg, organisation().as_ref(), today());
    let notice = notice::build(&reg, Lang::Fi);
    assert!(compare("camera", &findings, &notice).is_empty());
    // A [missing] mark no finding reports.
    let mut marked = notice.clone();
    let retention = marked.sections.iter_mut().find(|s| s.section == Section::Retention).unwrap();
    retention.blocks.push(Block::Paragraph(vec![Span::missing(Lang::Fi)]));
    let found = compare("camera", &findings, &marked);
    assert!(found.iter().any(|d| d.contains("Retention")), "{found:?}");
    // A finding that the rights are absent, against a notice that lists them.
    let mut empty = reg.clone();
    empty.rights.listed.clear();
    let absent: Vec<Finding> = validate_at(&empty, organisation().as_ref(), today())
        .into_iter()
        .filter(|f| f.rule.id == "rights-missing")
        .collect();
    assert_eq!(absent.len(), 1);
    let found = compare("camera", &absent, &notice);
    assert!(found.iter().any(|d| d.contains("rights-missing")), "{found:?}");
}
