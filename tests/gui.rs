//! The editor driven by its labels through egui_kittest (no renderer, no GPU).

use crate::util::*;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use seloste::gui::SelosteApp;
use seloste::gui::state::Settings;
use seloste::model::FieldPath;
use std::path::{Path, PathBuf};

const KEMI: &str = "Viestinnän ja markkinoinnin";

pub(crate) fn app(dir: &Path) -> Harness<'static, SelosteApp> {
    let dir: PathBuf = dir.to_owned();
    Harness::builder().with_size(egui::vec2(1400.0, 900.0)).with_max_steps(20).build_eframe(move |cc| {
        seloste::gui::install_fonts(&cc.egui_ctx);
        // Tests never call the system's file dialog: files are chosen with the built-in picker.
        let settings = Settings { builtin_picker: true, ..Settings::default() };
        let mut app = SelosteApp::with_settings(settings, Some(dir));
        app.state.open_exports = false;
        app
    })
}

/// Opens the app on a copy of the samples with the Kemi register selected.
fn app_with_kemi(dir: &Path) -> Harness<'static, SelosteApp> {
    let mut h = app(dir);
    h.run();
    h.get_by_label_contains(KEMI).click();
    h.run();
    h
}

/// Clicks `item` in `menu`. An item with a keyboard shortcut is read as "Tallenna Ctrl+S".
pub(crate) fn menu(h: &mut Harness<'_, SelosteApp>, menu: &str, item: &str) {
    h.get_by_role_and_label(Role::Button, menu).click();
    h.run();
    let is_item = |label: &str| {
        label == item
            || label.strip_prefix(item).and_then(|s| s.strip_prefix(' ')).is_some_and(|s| s.starts_with("Ctrl+"))
    };
    h.get_by(|n| n.role() == Role::Button && n.label().is_some_and(|l| is_item(&l))).click();
    h.run();
}

pub(crate) fn field_value(h: &Harness<'_, SelosteApp>, label: &str) -> String {
    h.get_by_label(label).value().unwrap_or_default()
}

#[test]
fn the_workspace_lists_every_sample_and_opens_one() {
    let dir = copy_samples();
    let mut h = app_with_kemi(dir.path());
    assert!(field_value(&h, "Rekisterin nimi (fi)").starts_with(KEMI));
    h.get_by_label_contains("Rekisterinpitäjä").click();
    h.run();
    assert_eq!(field_value(&h, "Nimi (fi)"), "Kemin Kaupunginhallitus");
}

#[test]
fn typing_changes_the_title_and_undo_redo_restore_it() {
    let dir = copy_samples();
    let mut h = app_with_kemi(dir.path());
    let before = field_value(&h, "Rekisterin nimi (fi)");
    h.get_by_label("Rekisterin nimi (fi)").focus();
    h.run();
    h.get_by_label("Rekisterin nimi (fi)").type_text(" LUONNOS");
    h.run();
    let typed = field_value(&h, "Rekisterin nimi (fi)");
    assert!(typed.contains("LUONNOS"), "{typed}");
    assert!(h.query_by_label_contains("tallentamatta").is_some(), "unsaved marker");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(field_value(&h, "Rekisterin nimi (fi)"), before);
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::Z);
    h.run();
    assert_eq!(field_value(&h, "Rekisterin nimi (fi)"), typed);
}

#[test]
fn save_from_the_menu_writes_the_change_to_disk() {
    let dir = copy_samples();
    let mut h = app_with_kemi(dir.path());
    h.get_by_label("Rekisterin nimi (fi)").focus();
    h.run();
    h.get_by_label("Rekisterin nimi (fi)").type_text(" 2027");
    h.run();
    menu(&mut h, "Tiedosto", "Tallenna");
    let file = dir.path().join("kemi-viestinta-ja-markkinointi.ron");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("2027"), "saved file lacks the edit");
    assert!(h.query_by_label_contains("tallentamatta").is_none());
    assert!(seloste::store::backup_path(&file).exists());
}

#[test]
fn ctrl_s_saves() {
    let dir = copy_samples();
    let mut h = app_with_kemi(dir.path());
    h.get_by_label("Rekisterin nimi (fi)").focus();
    h.run();
    h.get_by_label("Rekisterin nimi (fi)").type_text("!");
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    let text = std::fs::read_to_string(dir.path().join("kemi-viestinta-ja-markkinointi.ron")).unwrap();
    assert!(text.contains("tietosuojaseloste!"), "{}", &text[..300.min(text.len())]);
}

#[test]
fn quitting_with_unsaved_edits_asks_first() {
    let dir = copy_samples();
    let mut h = app_with_kemi(dir.path());
    h.get_by_label("Rekisterin nimi (fi)").focus();
    h.run();
    h.get_by_label("Rekisterin nimi (fi)").type_text("x");
    h.run();
    menu(&mut h, "Tiedosto", "Lopeta…");
    assert!(h.query_by_label("Tallentamattomia muutoksia").is_some());
    assert!(!h.state().state.quit_confirmed);
    h.get_by_role_and_label(Role::Button, "Peruuta").click();
    h.run();
    assert!(h.query_by_label("Tallentamattomia muutoksia").is_none());
    assert!(field_value(&h, "Rekisterin nimi (fi)").ends_with('x'));
    menu(&mut h, "Tiedosto", "Lopeta…");
    h.get_by_role_and_label(Role::Button, "Hylkää muutokset").click();
    h.run();
    assert!(h.state().state.quit_confirmed);
    let text = std::fs::read_to_string(dir.path().join("kemi-viestinta-ja-markkinointi.ron")).unwrap();
    assert!(!text.contains("tietosuojasellostex"));
}

#[test]
fn switching_the_ui_language_changes_the_labels() {
    let dir = copy_samples();
    let mut h = app_with_kemi(dir.path());
    assert!(h.query_by_label("Rekisterin nimi (fi)").is_some());
    h.get_by_role_and_label(Role::Button, "Näytä").click();
    h.run();
    h.get_by_label("svenska").click();
    h.run();
    assert!(h.query_by_label("Registrets namn (fi)").is_some());
    assert!(h.query_by_role_and_label(Role::Button, "Arkiv").is_some());
    h.get_by_role_and_label(Role::Button, "Visa").click();
    h.run();
    h.get_by_label("English").click();
    h.run();
    assert!(h.query_by_label("Name of the register (fi)").is_some());
}

#[test]
fn a_broken_file_in_the_workspace_is_shown_not_fatal() {
    let dir = copy_samples();
    std::fs::write(dir.path().join("rikki.ron"), "Register(format: 1, name: (fi: \"kesken").unwrap();
    let h = app_with_kemi(dir.path());
    assert!(h.query_by_label_contains("rikki.ron:1:").is_some(), "the error with file and line is shown");
    assert!(field_value(&h, "Rekisterin nimi (fi)").starts_with(KEMI));
}

#[test]
fn dropping_a_register_file_opens_it() {
    let dir = copy_samples();
    let mut h = app(dir.path());
    h.run();
    let file = dir.path().join("kemi-viestinta-ja-markkinointi.ron");
    h.input_mut().dropped_files.push(std::sync::Arc::new(Dropped(file)));
    h.run();
    assert!(field_value(&h, "Rekisterin nimi (fi)").starts_with(KEMI));
}

#[test]
fn a_new_register_is_saved_under_a_name_made_from_its_title() {
    let dir = copy_samples();
    let mut h = app(dir.path());
    h.run();
    h.get_by_role_and_label(Role::Button, "+ Uusi").click();
    h.run();
    h.get_by_label("Rekisterin nimi (fi)").focus();
    h.run();
    h.get_by_label("Rekisterin nimi (fi)").type_text("Kirjaston asiakasrekisteri");
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    let file = dir.path().join("kirjaston-asiakasrekisteri.ron");
    let saved = seloste::store::load_register(&file).expect("saved new register");
    assert_eq!(saved.name.fi, "Kirjaston asiakasrekisteri");
    // It starts from the organisation profile of the workspace.
    let org = seloste::store::load_organisation(&dir.path().join("organisation.ron")).unwrap();
    assert_eq!(saved.controller, org.controller);
    assert!(
        h.query_all_by_label_contains("Kirjaston asiakasrekisteri").count() >= 2,
        "listed in the workspace and shown in the editor"
    );
}

/// A storage like eframe's, in memory.
#[derive(Default)]
struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn settings_persist_between_runs() {
    let dir = copy_samples();
    let mut h = app_with_kemi(dir.path());
    h.get_by_role_and_label(Role::Button, "Näytä").click();
    h.run();
    h.get_by_label("English").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "View").click();
    h.run();
    h.get_by_label("Dark theme").click();
    h.run();
    let mut storage = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);
    let settings: Settings = eframe::get_value(&storage, seloste::gui::app::SETTINGS_KEY).expect("saved settings");
    assert_eq!(settings.lang, seloste::model::Lang::En);
    assert!(settings.dark);
    assert_eq!(settings.last_workspace.as_deref(), Some(dir.path()));
    // The next run starts in English on the same workspace.
    let mut h2 = Harness::builder().with_size(egui::vec2(1400.0, 900.0)).build_eframe(move |cc| {
        seloste::gui::install_fonts(&cc.egui_ctx);
        SelosteApp::with_settings(settings, None)
    });
    h2.run();
    assert!(h2.query_by_role_and_label(Role::Button, "File").is_some());
    assert!(h2.query_by_label_contains(KEMI).is_some());
}

pub(crate) fn type_into(h: &mut Harness<'_, SelosteApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

const KEMI_FILE: &str = "kemi-viestinta-ja-markkinointi.ron";

#[test]
fn unsaved_edits_are_recovered_after_a_crash() {
    let dir = copy_samples();
    let file = dir.path().join(KEMI_FILE);
    let recovery = seloste::store::recovery::recovery_path(&file);
    {
        let mut h = app_with_kemi(dir.path());
        type_into(&mut h, "Rekisterin nimi (fi)", " (kesken)");
        h.run_steps(16); // a few seconds of UI time
        assert!(recovery.exists(), "recovery file written a few seconds after the edit");
        // The harness is dropped here without saving: a crash.
    }
    let on_disk = std::fs::read_to_string(&file).unwrap();
    assert!(!on_disk.contains("(kesken)"));

    let mut h = app(dir.path());
    h.run();
    assert!(h.query_by_label("Palautettavia muutoksia").is_some(), "the next start offers the edits");
    h.get_by_role_and_label(Role::Button, "Näytä erot").click();
    h.run();
    assert!(h.query_by_label_contains("name.fi").is_some(), "differences field by field");
    h.get_by_role_and_label(Role::Button, "Palauta").click();
    h.run();
    assert!(field_value(&h, "Rekisterin nimi (fi)").ends_with("(kesken)"));
    assert!(h.query_by_label_contains("tallentamatta").is_some());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(std::fs::read_to_string(&file).unwrap().contains("(kesken)"));
    assert!(!recovery.exists(), "a clean save removes the recovery file");
}

#[test]
fn a_recovery_can_be_discarded() {
    let dir = copy_samples();
    let file = dir.path().join(KEMI_FILE);
    let mut changed = seloste::store::load_register(&file).unwrap();
    changed.name.fi.push_str(" (hylättävä)");
    seloste::store::recovery::write_recovery(&file, &changed).unwrap();
    let mut h = app(dir.path());
    h.run();
    h.get_by_role_and_label(Role::Button, "Hylkää").click();
    h.run();
    assert!(!seloste::store::recovery::recovery_path(&file).exists());
    assert!(h.query_by_label("Palautettavia muutoksia").is_none());
}

/// A colleague saves the same file meanwhile, with " (kollegan)" added to the name.
fn colleague_edits_the_name(file: &Path) {
    let mut theirs = seloste::store::load_register(file).unwrap();
    theirs.name.fi.push_str(" (kollegan)");
    seloste::store::save_register(file, &theirs).unwrap();
}

#[test]
fn a_change_on_disk_is_never_overwritten_silently() {
    let dir = copy_samples();
    let file = dir.path().join(KEMI_FILE);
    let mut h = app_with_kemi(dir.path());
    type_into(&mut h, "Rekisterin nimi (fi)", " (minun)");
    colleague_edits_the_name(&file);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(h.query_by_label("Tiedostoa on muutettu levyllä").is_some());
    assert!(std::fs::read_to_string(&file).unwrap().contains("(kollegan)"), "theirs not overwritten");
    h.get_by_role_and_label(Role::Button, "Säilytä omani kopiona").click();
    h.run();
    let copy = dir.path().join("kemi-viestinta-ja-markkinointi-kopio.ron");
    assert!(std::fs::read_to_string(&copy).unwrap().contains("(minun)"));
    assert!(std::fs::read_to_string(&file).unwrap().contains("(kollegan)"));
}

#[test]
fn reloading_from_disk_keeps_the_local_edits_in_a_recovery_file() {
    let dir = copy_samples();
    let file = dir.path().join(KEMI_FILE);
    let mut h = app_with_kemi(dir.path());
    type_into(&mut h, "Rekisterin nimi (fi)", " (minun)");
    colleague_edits_the_name(&file);
    h.state_mut().state.handle(seloste::gui::state::Command::CheckDisk);
    h.run();
    h.get_by_role_and_label(Role::Button, "Lataa levyltä").click();
    h.run();
    assert!(field_value(&h, "Rekisterin nimi (fi)").ends_with("(kollegan)"));
    let rec = std::fs::read_to_string(seloste::store::recovery::recovery_path(&file)).unwrap();
    assert!(rec.contains("(minun)"), "nothing lost");
}

#[test]
fn a_deleted_file_is_reported_not_recreated() {
    let dir = copy_samples();
    let file = dir.path().join(KEMI_FILE);
    let mut h = app_with_kemi(dir.path());
    type_into(&mut h, "Rekisterin nimi (fi)", "!");
    std::fs::remove_file(&file).unwrap();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(h.query_by_label("Tiedosto on poistettu tai siirretty").is_some());
    h.get_by_role_and_label(Role::Button, "Peruuta").click();
    h.run();
    assert!(!file.exists());
    assert!(field_value(&h, "Rekisterin nimi (fi)").ends_with('!'), "the edit stays");
}

#[test]
fn a_failed_save_shows_the_error_and_keeps_the_edit() {
    let dir = copy_samples();
    let file = dir.path().join(KEMI_FILE);
    let bak = seloste::store::backup_path(&file);
    std::fs::create_dir_all(bak.join("este")).unwrap();
    let mut h = app_with_kemi(dir.path());
    type_into(&mut h, "Rekisterin nimi (fi)", " X");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(h.query_by_label_contains(".ron.bak").is_some(), "the error names the file");
    assert!(field_value(&h, "Rekisterin nimi (fi)").ends_with(" X"));
    assert!(h.query_by_label_contains("tallentamatta").is_some());
}

#[test]
fn export_pdf_from_the_menu_writes_the_file() {
    let dir = copy_samples();
    let mut h = app_with_kemi(dir.path());
    menu(&mut h, "Tiedosto", "Vie PDF");
    let pdf = dir.path().join("kemi-viestinta-ja-markkinointi-fi.pdf");
    let bytes = std::fs::read(&pdf).expect("exported PDF next to the register");
    assert!(bytes.starts_with(b"%PDF-"));
    assert_eq!(h.state().state.last_export.as_deref(), Some(pdf.as_path()));
    assert!(h.query_by_label_contains("Viety").is_some(), "the user is told where the file went");
    menu(&mut h, "Tiedosto", "Vie juliste");
    let poster = std::fs::read(dir.path().join("kemi-viestinta-ja-markkinointi-fi-poster.pdf")).expect("poster");
    assert!(poster.starts_with(b"%PDF-"));
    // Kemi has errors: the poster is a draft, and the editor says so.
    assert!(h.query_by_label_contains("LUONNOKSENA").is_some(), "the draft warning is shown");
    // The A3 poster, with the workspace's logo.
    std::fs::write(dir.path().join("logo.png"), include_bytes!("logo.png")).expect("logo");
    menu(&mut h, "Tiedosto", "Vie juliste A3");
    let a3 = std::fs::read(dir.path().join("kemi-viestinta-ja-markkinointi-fi-poster-a3.pdf")).expect("A3 poster");
    let doc = lopdf::Document::load_mem(&a3).expect("parses");
    let page = *doc.get_pages().values().next().expect("a page");
    let media_box = doc.get_dictionary(page).and_then(|d| d.get(b"MediaBox")).expect("MediaBox");
    let height = media_box.as_array().ok().and_then(|a| a.get(3)).and_then(|o| o.as_float().ok()).unwrap_or(0.0);
    assert!((height - 1190.6).abs() < 1.0, "A3 is 420 mm tall: {height}");
    let is_image =
        |s: &lopdf::Stream| s.dict.get(b"Subtype").and_then(lopdf::Object::as_name).is_ok_and(|n| n == b"Image");
    let images = doc.objects.values().filter_map(|o| o.as_stream().ok()).filter(|s| is_image(s)).count();
    assert_eq!(images, 1, "the logo is on the poster");
}

#[test]
fn a_poster_that_does_not_fit_names_the_fields_to_shorten() {
    let dir = copy_samples();
    let file = dir.path().join("imatra-imatranajo-sovellus.ron");
    let mut register = seloste::store::load_register(&file).expect("Imatra loads");
    overflow_poster(&mut register);
    seloste::store::save_register(&file, &register).expect("saved");
    let mut h = app(dir.path());
    h.run();
    h.get_by_label_contains("IMATRAN KAUPUNGIN").click();
    h.run();
    menu(&mut h, "Tiedosto", "Vie juliste");
    assert!(!dir.path().join("imatra-imatranajo-sovellus-fi-poster.pdf").exists());
    // The message names the fields by their section in the UI language, never by a raw path.
    assert!(h.query_by_label_contains("Juliste ei mahdu yhdelle sivulle").is_some(), "the message is shown");
    assert!(h.query_by_label_contains("purposes[0]").is_none(), "no raw field path");
    // Its button goes to the first field to shorten.
    h.get_by_role_and_label(Role::Button, "Siirry: 5. Käsittelyn tarkoitus ja oikeusperuste (1)").click();
    h.run();
    h.run();
    assert!(h.query_all_by_label_contains("Käyttötarkoitus").count() > 0, "the purposes form is open");
    // In Swedish, the same message in Swedish.
    h.get_by_role_and_label(Role::Button, "Näytä").click();
    h.run();
    h.get_by_label("svenska").click();
    h.run();
    assert!(h.query_by_label_contains("Affischen ryms inte på en sida").is_some(), "the message follows the language");
}

#[test]
fn the_preview_and_poster_views_show_the_notice() {
    let dir = copy_samples();
    let mut h = app_with_kemi(dir.path());
    h.get_by_role_and_label(Role::Button, "Esikatselu").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "sv").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Juliste").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Havainnot").click();
    h.run();
    assert!(h.query_by_label_contains("Virheet:").is_some());
}

#[test]
fn typing_updates_the_findings_and_a_finding_leads_to_its_field() {
    let dir = copy_samples();
    let mut h = app(dir.path());
    h.run();
    h.get_by_label_contains("Kameravalvonta, Kemin").click();
    h.run();
    assert!(h.query_by_label("Virheet: 0   Varoitukset: 0").is_some(), "the complete register has no findings");
    h.get_by_label_contains("4. Tietosuojavastaava").click();
    h.run();
    type_into(&mut h, "Sähköposti", " ja muuta");
    let warnings = h.query_by_label_contains("Varoitukset: 1").is_some();
    let errors = h.query_by_label_contains("Virheet: 1").is_some();
    assert!(warnings || errors, "a malformed e-mail is found while typing");
    // Go elsewhere, then click the finding: its section opens and its field gets focus.
    h.get_by_label_contains("1. Rekisterin nimi").click();
    h.run();
    h.get_by(|n| {
        n.role() == Role::Button && n.label().is_some_and(|l| l.contains("Sähköpostiosoite ei ole kelvollinen"))
    })
    .click();
    h.run();
    h.run();
    assert!(h.get_by_label("Sähköposti").is_focused(), "the field of the finding has focus");
    // Undo brings the count back.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(h.query_by_label("Virheet: 0   Varoitukset: 0").is_some());
}

#[test]
fn dropping_a_text_notice_imports_it_with_a_report() {
    let dir = copy_samples();
    let text = dir.path().join("vanha-seloste.txt");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/seeds/004_3b56ea23d02cb8df.txt"), &text).unwrap();
    let mut h = app(dir.path());
    h.run();
    h.input_mut().dropped_files.push(std::sync::Arc::new(Dropped(text)));
    h.run();
    assert!(h.query_by_label("Tuontiraportti").is_some(), "the report is shown");
    assert!(
        field_value(&h, "Rekisterin nimi (fi)").contains("Chat-palvelu"),
        "{}",
        field_value(&h, "Rekisterin nimi (fi)")
    );
    assert!(h.query_by_label_contains("tallentamatta").is_some(), "a new, unsaved register");
    h.get_by_role_and_label(Role::Button, "Sulje raportti").click();
    h.run();
    assert!(h.query_by_label("Tuontiraportti").is_none());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    let saved =
        seloste::store::load_register(&dir.path().join("vanha-seloste.ron")).expect("saved under the text's name");
    assert!(saved.name.fi.contains("Chat-palvelu"));
}

#[test]
fn opening_bad_files_shows_errors_and_the_editor_stays_usable() {
    let dir = copy_samples();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_inputs");
    let mut h = app_with_kemi(dir.path());
    for name in [
        "future-format.ron",
        "unknown-field.ron",
        "invalid-utf8.ron",
        "random-bytes.ron",
        "truncated-missing.ron",
        "empty.ron",
    ] {
        let path = corpus.join(name);
        let path = if path.exists() { path } else { corpus.join("missing-close.ron") };
        h.input_mut().dropped_files.push(std::sync::Arc::new(Dropped(path.clone())));
        h.run();
        let shown = path.display().to_string();
        assert!(h.query_by_label_contains(&shown).is_some(), "error for {name} names the file");
        // The open register is untouched and still editable.
        assert!(field_value(&h, "Rekisterin nimi (fi)").starts_with(KEMI));
    }
    type_into(&mut h, "Rekisterin nimi (fi)", " ok");
    assert!(field_value(&h, "Rekisterin nimi (fi)").ends_with(" ok"));
    assert!(h.query_by_label_contains("unknown-field.ron:3:").is_some(), "line and column shown");
}

#[test]
fn compare_with_the_version_on_disk_lists_the_edited_fields() {
    let dir = copy_samples();
    let mut h = app_with_kemi(dir.path());
    type_into(&mut h, "Rekisterin nimi (fi)", " uusi");
    menu(&mut h, "Tiedosto", "Vertaa levyllä olevaan");
    assert!(h.query_by_label("Vertailu").is_some());
    assert!(h.query_by_label("name.fi").is_some(), "the edited field is listed");
    assert_eq!(h.state().state.compare.as_ref().map(|c| c.changes.len()), Some(1), "and nothing else");
    h.get_by_role_and_label(Role::Button, "Sulje vertailu").click();
    h.run();
    assert!(h.query_by_label("Vertailu").is_none());
    // Compare with a colleague's copy (the native file dialog is not drivable here).
    let theirs = dir.path().join("lappeenranta-chat-palvelu.ron");
    h.state_mut().state.handle(seloste::gui::state::Command::CompareWith(theirs));
    h.run();
    assert!(h.state().state.compare.as_ref().is_some_and(|c| c.changes.len() > 10));
}

#[test]
fn an_organisation_wide_edit_lists_the_changes_applies_them_and_can_be_undone() {
    let dir = copy_samples();
    let camera = dir.path().join("kameravalvonta-kemin-kaupungintalo.ron");
    let imatra = dir.path().join("imatra-imatranajo-sovellus.ron");
    let (camera_before, imatra_before) = (std::fs::read(&camera).unwrap(), std::fs::read(&imatra).unwrap());
    let mut h = app(dir.path());
    h.run();
    menu(&mut h, "Muokkaa", "Organisaation tiedot…");
    h.get_by_label("Tietosuojavastaava").click();
    h.run();
    let phone = "Tietosuojavastaava: Puhelin";
    h.get_by_label(phone).focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label(phone).type_text("040 555 1234");
    h.run();
    h.get_by_role_and_label(Role::Button, "Näytä muutokset").click();
    h.run();
    assert!(h.query_by_label("kameravalvonta-kemin-kaupungintalo.ron").is_some(), "the plan lists the register");
    assert!(h.query_all_by_label("dpo.phone").count() >= 1, "and the field");
    assert!(h.query_by_label("imatra-imatranajo-sovellus.ron").is_none(), "not a register with another DPO");
    h.get_by_role_and_label(Role::Button, "Tee muutokset").click();
    h.run();
    assert!(seloste::store::load_register(&camera).unwrap().dpo.phone.contains("555"));
    assert_eq!(std::fs::read(&imatra).unwrap(), imatra_before);
    let org = seloste::store::load_organisation(&dir.path().join("organisation.ron")).unwrap();
    assert!(org.dpo.phone.contains("555"));
    menu(&mut h, "Muokkaa", "Kumoa organisaation muutokset");
    assert_eq!(std::fs::read(&camera).unwrap(), camera_before, "undo restores the file");
}

#[test]
fn the_workspace_filters_by_search_errors_and_overdue_review() {
    let dir = copy_samples();
    // One register whose review date has passed.
    let file = dir.path().join("lappeenranta-chat-palvelu.ron");
    let mut r = seloste::store::load_register(&file).unwrap();
    r.next_review = seloste::model::Date::from_ymd(2020, 1, 31);
    seloste::store::save_register(&file, &r).unwrap();
    let mut h = app(dir.path());
    h.run();
    assert!(h.query_by_label("tarkistus myöhässä").is_some(), "overdue registers are marked");
    h.get_by_label("Tarkistus myöhässä").click();
    h.run();
    assert!(h.query_by_label("Chat-palvelun tietosuojaseloste").is_some());
    assert!(h.query_by_label_contains("Kameravalvonta").is_none());
    h.get_by_label("Tarkistus myöhässä").click();
    h.run();
    type_into(&mut h, "Haku", "kameravalvonta");
    assert!(h.query_by_label_contains("Kameravalvonta, Kemin").is_some());
    assert!(h.query_by_label("Chat-palvelun tietosuojaseloste").is_none());
}

#[test]
fn the_art_30_record_is_written_from_the_menu() {
    let dir = copy_samples();
    let mut h = app_with_kemi(dir.path());
    menu(&mut h, "Tiedosto", "Art. 30 -seloste (xlsx, csv)");
    let csv = std::fs::read(dir.path().join("seloste-kasittelytoimista.csv")).expect("csv written");
    assert!(csv.starts_with("\u{feff}".as_bytes()), "BOM for Excel");
    let rows = csv::ReaderBuilder::new().delimiter(b';').from_reader(&csv[3..]).records().count();
    assert_eq!(rows, seloste::store::list_registers(dir.path()).unwrap().len(), "one row per register");
    assert!(dir.path().join("seloste-kasittelytoimista.xlsx").exists());
}

/// A path and every path it lies in (`purposes[1].law.fi` → `purposes`, `purposes[1]`,
/// `purposes[1].law`, itself).
fn with_ancestors(path: FieldPath) -> Vec<FieldPath> {
    let s = path.to_string();
    let cuts = s.char_indices().filter(|(_, c)| *c == '.' || *c == '[').map(|(i, _)| i);
    let mut out: Vec<FieldPath> = cuts.filter_map(|i| s[..i].parse().ok()).collect();
    out.push(path);
    out
}

/// Asks the editor to focus `path` and checks that a labelled widget took the focus.
pub(crate) fn assert_focus_lands(h: &mut Harness<'_, SelosteApp>, file: &Path, path: FieldPath, why: &str) {
    h.state_mut().state.handle(seloste::gui::state::Command::FocusField(path));
    h.run();
    h.run();
    let name = file.file_name().unwrap().to_string_lossy();
    assert!(h.state().state.view.focus_request.is_none(), "{name}: no widget took the focus of {path} ({why})");
    let focused = h.query_all(egui_kittest::kittest::By::new().predicate(|n| n.is_focused())).count();
    assert_eq!(focused, 1, "{name}: focus on {path} ({why}) did not land on one widget");
    let labelled = h
        .query(egui_kittest::kittest::By::new().predicate(|n| {
            n.is_focused()
                && (n.label().is_some_and(|l| !l.trim().is_empty())
                    || matches!(n.role(), Role::CheckBox | Role::Button | Role::ComboBox))
        }))
        .is_some();
    assert!(labelled, "{name}: the widget focused for {path} ({why}) has no label");
}

/// Every path a rule emits leads to a widget: on each sample (the broken ones and the
/// complete one, copied), the editor is sent to every finding's path and to every field of
/// the register (each filled-in field and every group it lies in: a superset of what a rule
/// can name), and a labelled widget must take the focus each time.
#[test]
fn every_finding_and_every_field_takes_the_focus() {
    let dir = copy_samples();
    let org = seloste::store::load_organisation(&dir.path().join(seloste::store::ORGANISATION_FILE)).ok();
    let today = seloste::gui::today();
    let mut h = app(dir.path());
    h.run();
    let mut rules = std::collections::BTreeSet::new();
    for file in seloste::store::list_registers(dir.path()).unwrap() {
        let register = seloste::store::load_register(&file).unwrap();
        h.state_mut().state.handle(seloste::gui::state::Command::OpenRegister(file.clone()));
        h.run();
        let findings = seloste::validate::validate_at(&register, org.as_ref(), today);
        for f in &findings {
            rules.insert(f.rule.id);
            assert_focus_lands(&mut h, &file, f.path, f.rule.id);
        }
        let mut fields: Vec<FieldPath> = seloste::diff::flatten(&register)
            .into_iter()
            .flat_map(|(p, _)| with_ancestors(p))
            .filter(|p| !matches!(p, FieldPath::Format | FieldPath::Id))
            .collect();
        fields.sort();
        fields.dedup();
        assert!(fields.len() > 50, "{}", file.display());
        for path in fields {
            assert_focus_lands(&mut h, &file, path, "a field of the register");
        }
    }
    assert!(rules.len() > 25, "the samples fire only {} rules", rules.len());
}

#[test]
fn publishing_the_web_site_from_the_menu_writes_the_pages() {
    let dir = copy_samples();
    let site = tempfile::tempdir().expect("temp dir");
    let mut h = app(dir.path());
    h.run();
    menu(&mut h, "Tiedosto", "Julkaise verkkosivusto…");
    assert!(h.query_by_label("Verkkosivuston kansio").is_some(), "the picker asks for the site's folder");
    type_into(&mut h, "Nimi tai polku", &site.path().display().to_string());
    h.get_by_role_and_label(Role::Button, "OK").click();
    h.run();
    let index = site.path().join("index.html");
    assert!(index.is_file(), "the site's language choice page is written: {:?}", h.state().state.messages);
    let fi = std::fs::read_to_string(site.path().join("fi/index.html")).expect("Finnish index");
    assert!(fi.contains("Kameravalvonta"), "a Published register is listed: {fi}");
    assert!(std::fs::read_dir(site.path().join("files")).expect("files").count() > 0, "PDFs are written");
    assert_eq!(h.state().state.last_export.as_deref(), Some(index.as_path()));
    assert!(h.query_by_label_contains("Kirjoitettu").is_some(), "the user is told where the site went");
}

#[test]
fn a_confirmation_fades_an_error_stays_and_both_follow_the_ui_language() {
    let dir = copy_samples();
    let file = dir.path().join(KEMI_FILE);
    std::fs::create_dir_all(seloste::store::backup_path(&file).join("este")).unwrap();
    let mut h = app_with_kemi(dir.path());
    type_into(&mut h, "Rekisterin nimi (fi)", " X");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(h.query_by_label_contains(".ron.bak").is_some(), "the failed save is reported");
    menu(&mut h, "Tiedosto", "Vie PDF");
    assert!(h.query_by_label_contains("Viety").is_some(), "the export is confirmed");
    // The same two messages, redrawn in English when the UI language changes.
    h.get_by_role_and_label(Role::Button, "Näytä").click();
    h.run();
    h.get_by_label("English").click();
    h.run();
    assert!(h.query_by_label_contains("Exported").is_some(), "{:?}", h.state().state.message_texts());
    assert!(h.query_by_label_contains("Viety").is_none());
    assert!(h.query_by_role_and_label(Role::Button, "Dismiss").is_some());
    // Later, the confirmation has faded away; the error stays until dismissed.
    h.input_mut().time = Some(10_000.0);
    h.run();
    assert!(h.query_by_label_contains("Exported").is_none(), "{:?}", h.state().state.message_texts());
    assert!(h.query_by_label_contains(".ron.bak").is_some(), "the error stays");
    h.get_by_role_and_label(Role::Button, "Dismiss").click();
    h.run();
    assert!(h.query_by_label_contains(".ron.bak").is_none());
    assert!(h.state().state.messages.is_empty());
}

#[test]
fn the_open_registers_counts_in_the_workspace_follow_the_edits_before_saving() {
    let dir = copy_samples();
    let mut h = app_with_kemi(dir.path());
    let counts = |h: &mut Harness<'_, SelosteApp>| h.state_mut().state.doc.as_mut().unwrap().counts();
    let shown = |h: &Harness<'_, SelosteApp>, (e, w): (usize, usize)| {
        (h.query_all_by_label(&format!("● {e}")).count(), h.query_all_by_label(&format!("⚠ {w}")).count())
    };
    let before = counts(&mut h);
    // Empty the Finnish name: the register gains a finding.
    h.get_by_label("Rekisterin nimi (fi)").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.key_press(egui::Key::Backspace);
    h.run();
    h.run();
    let after = counts(&mut h);
    assert_ne!(before, after, "emptying the name changes the findings");
    assert!(h.query_by_label_contains("tallentamatta").is_some(), "not saved");
    // The row shows the new counts; undoing the edit takes one row label with them away
    // again (a row showing the file's counts would not change at all).
    let (e_new, w_new) = shown(&h, after);
    let other = |n: usize, same: bool| if same { n } else { n - 1 };
    assert!(e_new >= 1 && w_new >= 1, "the new counts are shown: {after:?}");
    // Back to the old text: the row shows the old counts again.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    h.run();
    assert_eq!(counts(&mut h), before);
    let (e_back, w_back) = shown(&h, after);
    assert_eq!(e_back, other(e_new, before.0 == after.0), "the error count went back");
    assert_eq!(w_back, other(w_new, before.1 == after.1), "the warning count went back");
}

#[test]
fn menus_show_the_keyboard_shortcuts() {
    let dir = copy_samples();
    let mut h = app_with_kemi(dir.path());
    h.get_by_role_and_label(Role::Button, "Tiedosto").click();
    h.run();
    for item in ["Uusi rekisteri Ctrl+N", "Tallenna Ctrl+S", "Vie PDF Ctrl+E", "Lopeta Ctrl+Q"] {
        assert!(h.query_by_role_and_label(Role::Button, item).is_some(), "{item}");
    }
    h.key_press(egui::Key::Escape);
    h.run();
    h.get_by_role_and_label(Role::Button, "Muokkaa").click();
    h.run();
    assert!(h.query_by_role_and_label(Role::Button, "Kumoa Ctrl+Z").is_some());
    let redo = |l: &str| l.starts_with("Tee uudelleen Ctrl+") && l.contains("Shift") && l.ends_with('Z');
    assert!(h.query_by(|n| n.role() == Role::Button && n.label().is_some_and(|l| redo(&l))).is_some());
}

#[test]
fn the_dpo_and_controller_forms_have_a_field_for_their_prose() {
    let dir = copy_samples();
    let mut h = app_with_kemi(dir.path());
    h.get_by_label_contains("Tietosuojavastaava").click();
    h.run();
    h.get_by_label("Lisätietoja (fi)").focus();
    h.run();
    h.get_by_label("Lisätietoja (fi)").type_text("Tietosuojavastaava neuvoo.");
    h.run();
    let doc = h.state().state.doc.as_ref().unwrap();
    assert_eq!(doc.register.dpo_details.fi, "Tietosuojavastaava neuvoo.");
    h.get_by_label_contains("Rekisterinpitäjä").click();
    h.run();
    h.get_by_label("Lisätietoja (fi)").focus();
    h.run();
    h.get_by_label("Lisätietoja (fi)").type_text("Palvelusta vastaa kanslia.");
    h.run();
    let doc = h.state().state.doc.as_ref().unwrap();
    assert_eq!(doc.register.controller.details.fi, "Palvelusta vastaa kanslia.");
}

#[test]
fn an_extra_section_can_be_printed_as_an_introduction() {
    let dir = copy_samples();
    let mut h = app_with_kemi(dir.path());
    h.get_by(|n| n.role() == Role::Button && n.label().is_some_and(|l| l.ends_with("Muut tiedot"))).click();
    h.run();
    h.get_by_label_contains("Lisää osio").click();
    h.run();
    let boxes = h.query_all_by_label("Tulosta johdantona ennen kohtaa 1").count();
    assert!(boxes >= 2, "one box per extra section, saw {boxes}");
    h.query_all_by_label("Tulosta johdantona ennen kohtaa 1").last().expect("the new section's box").click();
    h.run();
    menu(&mut h, "Tiedosto", "Tallenna");
    let text = std::fs::read_to_string(dir.path().join("kemi-viestinta-ja-markkinointi.ron")).unwrap();
    assert_eq!(text.matches("placement: BeforeSections").count(), 1, "{text}");
}
