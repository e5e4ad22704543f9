//! Work the editor used to lose (issue 12, items 1-6): each case driven by labels through
//! egui_kittest, or through `AppState::handle` where the step is not a click.

use crate::util::*;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use seloste::gui::SelosteApp;
use seloste::gui::state::{AppState, Command, Settings};
use seloste::model::{Right, Section};
use seloste::store::{self, recovery};
use std::path::{Path, PathBuf};

const KEMI: &str = "Viestinnän ja markkinoinnin";
const KEMI_FILE: &str = "kemi-viestinta-ja-markkinointi.ron";
const NAME: &str = "Rekisterin nimi (fi)";

fn app(dir: &Path) -> Harness<'static, SelosteApp> {
    let dir: PathBuf = dir.to_owned();
    Harness::builder().with_size(egui::vec2(1400.0, 900.0)).with_max_steps(20).build_eframe(move |cc| {
        seloste::gui::install_fonts(&cc.egui_ctx);
        let mut app = SelosteApp::with_settings(Settings::default(), Some(dir));
        app.state.open_exports = false;
        app
    })
}

fn open_kemi(h: &mut Harness<'_, SelosteApp>) {
    h.get_by_label_contains(KEMI).click();
    h.run();
}

fn type_into(h: &mut Harness<'_, SelosteApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

fn field_value(h: &Harness<'_, SelosteApp>, label: &str) -> String {
    h.get_by_label(label).value().unwrap_or_default()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// A state on `dir` as the app makes it, for steps that are not clicks.
fn state_on(dir: &Path) -> AppState {
    let mut s = AppState::new(Settings::default());
    s.open_exports = false;
    s.handle(Command::OpenPath(dir.to_owned()));
    s
}

/// Item 1: unticking a right and ticking it again keeps the register's own wording.
#[test]
fn a_right_unticked_and_ticked_again_keeps_its_wording() {
    let dir = copy_samples();
    let file = dir.path().join(KEMI_FILE);
    let wording = "Oikeus saada pääsy tietoihin eli tarkastaa itseään koskevat tiedot";
    assert!(read(&file).contains(wording));
    let mut h = app(dir.path());
    h.run();
    open_kemi(&mut h);
    h.state_mut().state.handle(Command::SelectSection(Section::Rights));
    h.run();
    let label = "Oikeus saada pääsy tietoihin (tarkastusoikeus)";
    h.get_by(|n| n.role() == Role::CheckBox && n.label().is_some_and(|l| l.contains(label))).click();
    h.run();
    assert!(!h.state().state.doc.as_ref().unwrap().register.lists_right(Right::Access), "unticked");
    h.get_by(|n| n.role() == Role::CheckBox && n.label().is_some_and(|l| l.contains(label))).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(read(&file).contains(wording), "the own wording survives untick, tick and save");
}

/// Item 2: a recovery prompt closed with Escape keeps the recovery file; it is offered again
/// when the register is opened, and new edits never replace it.
#[test]
fn a_recovery_closed_with_escape_is_never_replaced() {
    let dir = copy_samples();
    let file = dir.path().join(KEMI_FILE);
    let mut before_crash = store::load_register(&file).unwrap();
    before_crash.name.fi.push_str(" (ennen kaatumista)");
    recovery::write_recovery(&file, &before_crash).unwrap();
    let mut h = app(dir.path());
    h.run();
    assert!(h.query_by_label("Palautettavia muutoksia").is_some());
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.query_by_label("Palautettavia muutoksia").is_none(), "Escape closes the prompt");
    open_kemi(&mut h);
    assert!(h.query_by_label("Palautettavia muutoksia").is_some(), "opening the register offers it again");
    h.key_press(egui::Key::Escape);
    h.run();
    type_into(&mut h, NAME, " (uusi)");
    h.run_steps(16); // a few seconds of UI time: the new edits get a recovery file
    assert!(read(&recovery::recovery_path(&file)).contains("(ennen kaatumista)"), "the old recovery is intact");
    let second = store::gui_ops::numbered_recovery_path(&file, 2);
    assert!(read(&second).contains("(uusi)"), "the new edits have their own recovery file");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(read(&file).contains("(uusi)"));
    assert!(!second.exists(), "a save removes the document's own recovery file");
    assert!(read(&recovery::recovery_path(&file)).contains("(ennen kaatumista)"), "and only that one");
}

/// Item 3: "reload from disk" keeps the edits in the file it names, through later edits and saves.
#[test]
fn edits_kept_by_a_reload_survive_the_next_edit_and_save() {
    let dir = copy_samples();
    let file = dir.path().join(KEMI_FILE);
    let mut s = state_on(dir.path());
    s.handle(Command::OpenRegister(file.clone()));
    s.doc.as_mut().unwrap().register.name.fi.push_str(" (minun)");
    let mut theirs = store::load_register(&file).unwrap();
    theirs.name.fi.push_str(" (kollegan)");
    store::save_register(&file, &theirs).unwrap();
    s.handle(Command::CheckDisk);
    s.handle(Command::ReloadFromDisk);
    let kept = recovery::recovery_path(&file);
    assert!(s.message_texts().iter().any(|m| m.contains(&kept.display().to_string())), "{:?}", s.messages);
    assert!(s.doc.as_ref().unwrap().register.name.fi.ends_with("(kollegan)"));
    s.doc.as_mut().unwrap().register.notes.push_str("seuraava muutos");
    s.tick(100.0);
    s.tick(200.0);
    assert!(read(&kept).contains("(minun)"), "the next edit does not overwrite the kept edits");
    s.handle(Command::Save);
    assert!(read(&file).contains("seuraava muutos"));
    assert!(read(&kept).contains("(minun)"), "the next save does not delete them");
}

/// Item 4: after a recovery is restored, a colleague's later change is still noticed.
#[test]
fn a_restored_document_still_checks_the_disk() {
    let dir = copy_samples();
    let file = dir.path().join(KEMI_FILE);
    let mut mine = store::load_register(&file).unwrap();
    mine.name.fi.push_str(" (palautettu)");
    recovery::write_recovery(&file, &mine).unwrap();
    let mut h = app(dir.path());
    h.run();
    h.get_by_role_and_label(Role::Button, "Palauta").click();
    h.run();
    assert!(field_value(&h, NAME).ends_with("(palautettu)"));
    let mut theirs = store::load_register(&file).unwrap();
    theirs.name.fi.push_str(" (kollegan)");
    store::save_register(&file, &theirs).unwrap();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(h.query_by_label("Tiedostoa on muutettu levyllä").is_some(), "the change is noticed");
    assert!(read(&file).contains("(kollegan)"), "and not overwritten");
    h.get_by_role_and_label(Role::Button, "Peruuta").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(read(&file).contains("(kollegan)"), "not on the second save either");
}

/// Item 5: the organisation-wide undo leaves alone a register changed after the apply.
#[test]
fn organisation_undo_keeps_changes_made_after_the_apply() {
    let dir = copy_samples();
    let camera = dir.path().join("kameravalvonta-kemin-kaupungintalo.ron");
    let mut s = state_on(dir.path());
    s.handle(Command::OpenOrganisation);
    s.org_edit.as_mut().unwrap().draft.dpo.phone = "040 555 1234".into();
    s.handle(Command::ApplyOrganisation);
    let applied = store::load_register(&camera).unwrap();
    assert!(applied.dpo.phone.contains("555"));
    let mut later = applied.clone();
    later.notes = "muutettu organisaation muutoksen jälkeen".into();
    store::save_register(&camera, &later).unwrap();
    s.handle(Command::UndoOrganisation);
    assert_eq!(store::load_register(&camera).unwrap(), later, "the later change is not written over");
    let name = camera.display().to_string();
    assert!(s.message_texts().iter().any(|m| m.contains(&name)), "and the user is told: {:?}", s.messages);
}

/// Item 6: "keep mine as a copy" gives the copy its own id; the workspace warns of shared ids.
#[test]
fn a_copy_kept_from_a_conflict_gets_its_own_id() {
    let dir = copy_samples();
    let file = dir.path().join(KEMI_FILE);
    let mut h = app(dir.path());
    h.run();
    open_kemi(&mut h);
    type_into(&mut h, NAME, " (minun)");
    let mut theirs = store::load_register(&file).unwrap();
    theirs.name.fi.push_str(" (kollegan)");
    store::save_register(&file, &theirs).unwrap();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    h.get_by_role_and_label(Role::Button, "Säilytä omani kopiona").click();
    h.run();
    let copy = store::load_register(&dir.path().join("kemi-viestinta-ja-markkinointi-kopio.ron")).unwrap();
    assert!(copy.name.fi.ends_with("(minun)"));
    assert_ne!(copy.id, theirs.id, "a copy has its own id");
    assert!(h.query_by_label_contains("Sama tunniste").is_none(), "no shared ids, no warning");
    // A copy made outside the editor shares the id: the workspace says so.
    std::fs::copy(&file, dir.path().join("kopio-kasin.ron")).unwrap();
    h.state_mut().state.handle(Command::RefreshWorkspace);
    h.run();
    assert!(h.query_all_by_label_contains("Sama tunniste (id) kuin").count() >= 2, "both rows warn");
}

/// The compare prompt reads the disk copy once, and an unreadable file is shown as such.
#[test]
fn the_recovery_prompt_shows_an_unreadable_file_as_an_error() {
    let dir = copy_samples();
    let file = dir.path().join(KEMI_FILE);
    let mine = store::load_register(&file).unwrap();
    recovery::write_recovery(&file, &mine).unwrap();
    std::fs::write(&file, "Register( rikki").unwrap();
    let mut h = app(dir.path());
    h.run();
    h.get_by_role_and_label(Role::Button, "Näytä erot").click();
    h.run();
    let error = h.query_by(|n| {
        n.value().is_some_and(|l| l.contains("Levyllä olevaa tiedostoa ei voi lukea") && l.contains(KEMI_FILE))
    });
    assert!(error.is_some(), "the error, naming the file, instead of an empty register");
}

/// Workspace search looks at field values, not at the RON's field names.
#[test]
fn workspace_search_matches_values_not_field_names() {
    let dir = copy_samples();
    let mut s = state_on(dir.path());
    s.handle(Command::SetFilter(seloste::gui::state::Filter { search: "RightEntry".into(), ..Default::default() }));
    assert!(s.visible_registers().is_empty(), "a struct name of the RON file is not a value");
    s.handle(Command::SetFilter(seloste::gui::state::Filter { search: "kameravalvonta".into(), ..Default::default() }));
    assert!(!s.visible_registers().is_empty());
}

/// Found by the long model-based run: "keep mine as a copy" gives the copy a new id; an
/// undo after it must not bring the old id back, or the next save writes two files with
/// one id.
#[test]
fn undo_after_keeping_mine_as_a_copy_keeps_the_copys_id() {
    let dir = copy_samples();
    let file = dir.path().join(KEMI_FILE);
    let mut s = state_on(dir.path());
    s.handle(Command::OpenRegister(file.clone()));
    s.tick(1.0);
    if let Some(d) = s.doc.as_mut() {
        d.register.notes.push_str(" oma muutos");
    }
    s.tick(5.0);
    let mut theirs = store::load_register(&file).unwrap();
    theirs.name.fi = "Kollegan muutos".into();
    store::save_register(&file, &theirs).unwrap();
    s.handle(Command::Save);
    assert!(s.prompt.is_some(), "the change on disk is noticed");
    s.handle(Command::KeepMineAsCopy);
    s.tick(10.0);
    s.handle(Command::Undo);
    s.tick(15.0);
    s.handle(Command::Save);
    let ids: Vec<String> = store::list_registers(dir.path())
        .unwrap()
        .iter()
        .filter_map(|p| store::load_register(p).ok())
        .map(|r| r.id)
        .collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(ids.len(), unique.len(), "two files share an id: {ids:?}");
}
