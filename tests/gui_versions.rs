//! Issue 15 in the editor, driven by its labels: publish, see the history, compare with
//! version 1, restore it as a draft; a refusal that names the errors; the new fields
//! (approvals, the DPO's opinion, the DPIA, processor contracts).

use crate::gui::{app, assert_focus_lands, field_value, menu, type_into};
use crate::util::*;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable as _};
use seloste::gui::SelosteApp;
use seloste::model::{Answer, FieldPath};
use seloste::store;
use std::path::Path;

const CAMERA: &str = "Kameravalvonta, Kemin";
const CAMERA_FILE: &str = "kameravalvonta-kemin-kaupungintalo.ron";

/// Opens the register whose row contains `row`, at its first section (basic information).
fn open_at_basics(dir: &Path, row: &str) -> Harness<'static, SelosteApp> {
    let mut h = app(dir);
    h.run();
    h.get_by_label_contains(row).click();
    h.run();
    h.get(By::new().role(Role::Button).label_contains("0. Perustiedot")).click();
    h.run();
    h
}

/// Clicks a button, scrolled into view first (the history lies below the fold).
fn click(h: &mut Harness<'_, SelosteApp>, label: &str) {
    h.get_by_role_and_label(Role::Button, label).scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::Button, label).click();
    h.run();
}

fn publish_in_prompt(h: &mut Harness<'_, SelosteApp>, by: &str, note: &str) {
    type_into(h, "Julkaisija", by);
    type_into(h, "Huomautus (mitä muuttui ja miksi)", note);
    click(h, "Julkaise");
}

#[test]
fn publish_see_the_history_compare_with_version_1_and_restore_it_as_draft() {
    let dir = copy_samples();
    let file = dir.path().join(CAMERA_FILE);
    let original = store::load_register(&file).unwrap();
    let mut h = open_at_basics(dir.path(), CAMERA);
    type_into(&mut h, "Hyväksynyt: nimi", "Kaisa Kunnanjohtaja");
    assert!(h.query_by_label("Ei julkaistuja versioita.").is_some());

    // Version 1 from the File menu.
    menu(&mut h, "Tiedosto", "Julkaise…");
    publish_in_prompt(&mut h, "Maija Mallikas", "Ensimmäinen julkaisu");
    assert!(h.state().state.prompt.is_none(), "published: {:?}", h.state().state.prompt);
    assert!(!h.state().state.is_dirty(), "publishing saves the register");
    assert!(!h.state().state.doc.as_ref().unwrap().has_undo(), "a publication is not undone in the editor");
    let v1 = store::load_register(&file).unwrap();
    assert_eq!(v1.history.len(), 1);
    let entry = &v1.history[0];
    assert_eq!((entry.version, entry.by.as_str(), entry.note.as_str()), (1, "Maija Mallikas", "Ensimmäinen julkaisu"));
    assert_eq!(entry.approved, "Kaisa Kunnanjohtaja");
    let snapshot = dir.path().join(&entry.snapshot);
    let bytes = std::fs::read(&snapshot).expect("snapshot written");
    assert_eq!(seloste::publish::sha256_hex(&bytes), entry.sha256);
    for lang in ["fi", "sv", "en"] {
        let pdf = snapshot.with_extension(format!("{lang}.pdf"));
        assert!(std::fs::read(&pdf).expect("PDF per notice language").starts_with(b"%PDF"), "{}", pdf.display());
    }
    // The history lists it with its date and who approved it.
    let today = seloste::gui::today().finnish();
    assert!(h.query_by_label(&format!("Versio 1, {today} (voimassa)")).is_some(), "listed with its date, in force");
    assert!(h.query_by_label("Hyväksyjä: Kaisa Kunnanjohtaja").is_some());
    assert!(h.query_by_label("Julkaisija: Maija Mallikas").is_some());
    assert!(h.query_by_label_contains("Julkaistu versio 1").is_some(), "the user is told");

    // An edit, compared with version 1: exactly that field differs.
    type_into(&mut h, "Arvioinnin viite tai linkki", " (päivitetty)");
    click(&mut h, "Vertaa versioon 1");
    assert!(h.query_by_label("Vertailu").is_some(), "{:?}", h.state().state.messages);
    let changed: Vec<String> =
        h.state().state.compare.as_ref().unwrap().changes.iter().map(|c| c.path.to_string()).collect();
    assert_eq!(changed, ["dpia.reference"]);
    assert!(h.query_by_label("dpia.reference").is_some(), "the window lists the field");
    click(&mut h, "Sulje vertailu");

    // Version 2 from the button under the history: its entry lists exactly that field.
    click(&mut h, "Julkaise uusi versio…");
    assert_eq!(field_value(&h, "Julkaisija"), "Maija Mallikas", "the last publisher is offered");
    type_into(&mut h, "Huomautus (mitä muuttui ja miksi)", "Viite päivitetty");
    click(&mut h, "Julkaise");
    let v2 = store::load_register(&file).unwrap();
    assert_eq!(v2.history.len(), 2);
    let changed: Vec<String> = v2.history[1].changed.iter().map(ToString::to_string).collect();
    assert_eq!(changed, ["dpia.reference"]);
    assert!(h.query_by_label(&format!("Versio 2, {today} (voimassa)")).is_some(), "the newest is in force");
    assert!(h.query_by_label(&format!("Versio 1, {today}")).is_some(), "version 1 no longer is");
    assert_eq!(std::fs::read(&snapshot).unwrap(), bytes, "version 1's snapshot is untouched");

    // Restore version 1 as the draft: its content comes back, unsaved, with the history kept.
    click(&mut h, "Palauta versio 1 luonnokseksi");
    let doc = &h.state().state.doc.as_ref().unwrap();
    assert_eq!(doc.register.dpia.reference, original.dpia.reference);
    assert_eq!(doc.register.status, seloste::model::Status::Draft);
    assert_eq!(doc.register.history.len(), 2);
    assert!(h.state().state.is_dirty());
    assert_eq!(field_value(&h, "Arvioinnin viite tai linkki"), original.dpia.reference);
    assert_eq!(field_value(&h, "Hyväksynyt: nimi"), "Kaisa Kunnanjohtaja", "approvals were in the snapshot");

    // Every field of the history leads to a widget.
    let reg = store::load_register(&file).unwrap();
    for (path, _) in seloste::diff::flatten(&reg).into_iter().filter(|(p, _)| matches!(p, FieldPath::History(_))) {
        assert_focus_lands(&mut h, &file, path, "a history field");
    }
}

#[test]
fn publishing_a_register_with_errors_is_refused_with_their_names_unless_forced() {
    let dir = copy_samples();
    let file = dir.path().join("kemi-viestinta-ja-markkinointi.ron");
    let mut h = open_at_basics(dir.path(), "Viestinnän ja markkinoinnin");
    menu(&mut h, "Tiedosto", "Julkaise…");
    publish_in_prompt(&mut h, "Maija Mallikas", "Yritys");
    assert!(h.query_by_label("Ei julkaistu:").is_some(), "the prompt stays open with the refusal");
    assert!(h.query_by_label_contains("subjects-missing (subjects)").is_some(), "errors are named");
    assert!(h.query_by_label_contains("legal-basis-missing (purposes[0].legal_bases)").is_some());
    assert!(store::load_register(&file).unwrap().history.is_empty());
    assert!(!dir.path().join("arkisto").exists(), "nothing is archived");
    // (Once the refusal has grown the centred modal, kittest's pointer click on the check box
    // misses it, though the same click toggles it before the refusal; AccessKit's click lands.)
    h.get_by_label("Julkaise virheistä huolimatta").click_accesskit();
    h.run();
    click(&mut h, "Julkaise");
    let r = store::load_register(&file).unwrap();
    assert!(r.history[0].forced, "a forced publication is recorded as such");
    assert!(h.query_by_label("Julkaistu virheistä huolimatta.").is_some(), "and shown in the history");
}

#[test]
fn approvals_opinion_dpia_and_a_processor_contract_are_edited_by_their_labels() {
    let dir = copy_samples();
    let file = dir.path().join("lappeenranta-chat-palvelu.ron");
    let mut h = open_at_basics(dir.path(), "Chat-palvelun tietosuojaseloste");
    type_into(&mut h, "Laatinut: nimi", "Liisa Laatija");
    type_into(&mut h, "Laatinut: tehtävänimike", "Tietosuojasuunnittelija");
    type_into(&mut h, "Hyväksynyt: päivämäärä", "3.2.2025");
    type_into(&mut h, "Tietosuojavastaavan lausunto", "Ei huomautettavaa.");
    type_into(&mut h, "Lausunnon päivämäärä", "1.2.2025");
    h.get_by_label("Vaaditaanko vaikutustenarviointi?").scroll_to_me();
    h.run();
    h.get_by_label("Vaaditaanko vaikutustenarviointi?").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Ei").click();
    h.run();
    type_into(&mut h, "Arvioinnin perustelu", "Ei suuren riskin käsittelyä.");
    h.get_by_label("Tulosta muutoshistoria selosteeseen").click();
    h.run();
    // The processor's contract: a signed date silences the warning about it.
    h.get(By::new().role(Role::Button).label_contains("10. Henkilötietojen käsittelijät")).click();
    h.run();
    let warning = "Telia Finland Oyj sopimukselle ei ole allekirjoituspäivää";
    assert!(h.query_all_by_label_contains(warning).count() > 0, "the warning is shown");
    type_into(&mut h, "Sopimus allekirjoitettu", "6.5.2024");
    type_into(&mut h, "Sopimus päättyy", "6.5.2030");
    type_into(&mut h, "Sopimus (viite tai linkki)", "SOP-17");
    type_into(&mut h, "Käsittelymaat, myös alihankkijoiden (maakoodit pilkuin, esim. FI, SE)", "FI, SE");
    assert_eq!(h.query_all_by_label_contains(warning).count(), 0, "the warning is gone");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    let r = store::load_register(&file).unwrap();
    assert_eq!(
        (r.approvals.drafted.name.as_str(), r.approvals.drafted.title.as_str()),
        ("Liisa Laatija", "Tietosuojasuunnittelija")
    );
    assert_eq!(r.approvals.approved.date.map(|d| d.finnish()), Some("3.2.2025".to_owned()));
    assert_eq!(r.dpo_opinion.text, "Ei huomautettavaa.");
    assert_eq!(r.dpo_opinion.date.map(|d| d.finnish()), Some("1.2.2025".to_owned()));
    assert_eq!((r.dpia.required, r.dpia.reason.as_str()), (Answer::No, "Ei suuren riskin käsittelyä."));
    assert!(r.change_log);
    let p = &r.processors.list[0];
    assert_eq!(p.contract, "SOP-17");
    assert_eq!(
        (p.signed.map(|d| d.finnish()), p.ends.map(|d| d.finnish())),
        (Some("6.5.2024".into()), Some("6.5.2030".into()))
    );
    assert_eq!(p.locations, ["FI", "SE"]);
    // Each of these fields, named by its path (as a finding would), leads to its widget.
    let ours = |p: &FieldPath| {
        let s = p.to_string();
        ["approvals", "dpo_opinion", "dpia", "change_log", "processors.list[0].contract"]
            .iter()
            .any(|f| s.starts_with(f))
            || s.starts_with("processors.list[0].locations")
            || s.starts_with("processors.list[0].signed")
            || s.starts_with("processors.list[0].ends")
    };
    let paths: Vec<FieldPath> = seloste::diff::flatten(&r).into_iter().map(|(p, _)| p).filter(ours).collect();
    assert!(paths.len() >= 12, "{paths:?}");
    for path in paths {
        assert_focus_lands(&mut h, &file, path, "a new field");
    }
}

#[test]
fn a_missing_or_altered_snapshot_is_a_finding_in_the_editor_that_leads_to_the_history() {
    let dir = copy_samples();
    let file = dir.path().join(CAMERA_FILE);
    let mut h = open_at_basics(dir.path(), CAMERA);
    menu(&mut h, "Tiedosto", "Julkaise…");
    publish_in_prompt(&mut h, "Maija Mallikas", "");
    assert!(h.query_by_label("Virheet: 0   Varoitukset: 0").is_some(), "an intact snapshot is no finding");
    let snapshot = dir.path().join(&store::load_register(&file).unwrap().history[0].snapshot);
    let mut text = std::fs::read_to_string(&snapshot).unwrap();
    text.push_str("// muokattu\n");
    std::fs::write(&snapshot, text).unwrap();
    // Opened again (or when the window regains focus), the editor checks the archive.
    h.get(By::new().role(Role::Button).label_contains(CAMERA)).click();
    h.run();
    let altered = "on muuttunut julkaisun jälkeen";
    assert!(h.query_all_by_label_contains(altered).count() > 0, "the altered snapshot is reported");
    assert!(h.query_by_label("Virheet: 1   Varoitukset: 0").is_some());
    // The finding leads to the version in the history.
    h.get_all_by_label_contains(altered).next().unwrap().click();
    h.run();
    h.run();
    assert_eq!(h.state().state.view.section, seloste::model::Section::Meta);
    assert!(h.state().state.view.focus_request.is_none(), "a widget of the history took the focus");
    std::fs::remove_file(&snapshot).unwrap();
    h.state_mut().state.handle(seloste::gui::state::Command::CheckDisk);
    h.run();
    assert!(h.query_all_by_label_contains("puuttuu").count() > 0, "the missing snapshot is reported");
    // It can be neither compared nor restored; the editor says why, in the UI language.
    click(&mut h, "Vertaa versioon 1");
    assert!(h.state().state.compare.is_none());
    let msg = h.state().state.message_texts().last().cloned().unwrap_or_default();
    assert!(msg.starts_with("Version 1 arkistokopio") && msg.ends_with("puuttuu."), "{msg}");
}

/// A recovery file written before a publication, restored after it: the recovered edit
/// comes back and the published version stays in the history (it is never forgotten).
#[test]
fn restoring_an_older_recovery_keeps_the_versions_published_since() {
    use seloste::gui::state::{AppState, Command, Settings};
    let dir = copy_samples();
    let file = dir.path().join(CAMERA_FILE);
    let state_on = |dir: &Path| {
        let mut s = AppState::new(Settings::default());
        s.open_exports = false;
        s.handle(Command::OpenPath(dir.to_owned()));
        s
    };
    // An edit, written to the recovery file, then a crash.
    let mut s = state_on(dir.path());
    s.handle(Command::OpenRegister(file.clone()));
    s.doc.as_mut().unwrap().register.notes.push_str(" palautettava muokkaus");
    s.tick(10.0);
    s.tick(20.0);
    drop(s);
    // The next session puts the recovery off ("later") and publishes the file as it is.
    let mut s = state_on(dir.path());
    while s.prompt.is_some() {
        s.handle(Command::PromptCancel);
    }
    s.handle(Command::OpenRegister(file.clone()));
    while s.prompt.is_some() {
        s.handle(Command::PromptCancel);
    }
    s.handle(Command::AskPublish);
    s.handle(Command::SetPublishForm { by: "Maija".into(), note: String::new(), force: false });
    s.handle(Command::Publish);
    assert_eq!(store::load_register(&file).unwrap().history.len(), 1, "{:?}", s.messages);
    // Opened again, the recovery is offered and restored, then saved.
    s.handle(Command::OpenRegister(file.clone()));
    assert!(matches!(s.prompt, Some(seloste::gui::prompt::Prompt::Recovered { .. })), "{:?}", s.prompt);
    s.handle(Command::RestoreRecovery);
    s.handle(Command::Save);
    let saved = store::load_register(&file).unwrap();
    assert!(saved.notes.ends_with(" palautettava muokkaus"), "the recovered edit is back");
    assert_eq!(saved.history.len(), 1, "version 1 is still in the history");
}
