//! The built-in file picker (issue 13): import and open through it, by its labels, as on a
//! desktop without a file-dialog portal.

use crate::gui::{field_value, menu};
use crate::util::*;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use seloste::gui::SelosteApp;
use seloste::gui::picker::PathPurpose;
use seloste::gui::state::{Command, Settings};
use std::path::Path;

/// The editor on `dir` with the built-in picker forced (the setting in the View menu).
fn app_with_builtin_picker(dir: &Path) -> Harness<'static, SelosteApp> {
    let dir = dir.to_owned();
    let mut h = Harness::builder().with_size(egui::vec2(1400.0, 900.0)).with_max_steps(20).build_eframe(move |cc| {
        seloste::gui::install_fonts(&cc.egui_ctx);
        let settings = Settings { builtin_picker: true, ..Settings::default() };
        let mut app = SelosteApp::with_settings(settings, Some(dir));
        app.state.open_exports = false;
        app
    });
    h.run();
    h
}

#[test]
fn a_notice_is_imported_and_a_register_opened_through_the_built_in_picker() {
    // A folder the picker lists (it leaves out hidden ones such as '.tmpXXXX').
    let dir = tempfile::Builder::new().prefix("tyotila").tempdir().unwrap();
    seloste::store::samples::install_samples(dir.path()).unwrap();
    let old = dir.path().join("vanhat");
    std::fs::create_dir(&old).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/seeds/004_3b56ea23d02cb8df.txt"),
        old.join("vanha-seloste.txt"),
    )
    .unwrap();
    let mut h = app_with_builtin_picker(dir.path());

    // Import: the picker opens in the workspace; go into the folder, pick the file, OK.
    menu(&mut h, "Tiedosto", "Tuo teksti…");
    assert!(h.query_by_label("Nimi tai polku").is_some(), "the built-in picker is open");
    assert!(h.query_by_label("organisation.ron").is_none(), "register files are not offered for import");
    h.get_by_label("vanhat/").click();
    h.run();
    h.get_by_label("vanha-seloste.txt").click();
    h.run();
    assert_eq!(field_value(&h, "Nimi tai polku"), "vanha-seloste.txt");
    h.get_by_role_and_label(Role::Button, "OK").click();
    h.run();
    assert!(h.query_by_label("Nimi tai polku").is_none(), "the picker closed");
    assert!(h.query_by_label("Tuontiraportti").is_some(), "the import report is shown");
    assert!(field_value(&h, "Rekisterin nimi (fi)").contains("Chat-palvelu"));
    h.get_by_role_and_label(Role::Button, "Sulje raportti").click();
    h.run();

    // Open: a name that is not there is refused in the picker, with the reason.
    menu(&mut h, "Tiedosto", "Avaa rekisteri…");
    assert!(h.query_by_label("Nimi tai polku").is_some(), "the picker is open");
    h.get_by_label("Nimi tai polku").focus();
    h.run();
    h.get_by_label("Nimi tai polku").type_text("ei-ole.ron");
    h.run();
    h.get_by_role_and_label(Role::Button, "OK").click();
    h.run();
    assert!(h.query_by_label_contains("Tiedostoa ei ole:").is_some(), "a missing file is said so, not ignored");
    // Up from the workspace and back into it, then pick the register.
    h.get_by_role_and_label(Role::Button, "Ylös").click();
    h.run();
    let name = dir.path().file_name().unwrap().to_string_lossy().into_owned();
    assert!(h.query_by_label(&format!("{name}/")).is_some(), "the workspace is listed in its parent");
    // A folder's name typed and confirmed goes into it.
    h.get_by_label("Nimi tai polku").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_label("Nimi tai polku").type_text(&name);
    h.run();
    h.get_by_role_and_label(Role::Button, "OK").click();
    h.run();
    assert!(h.query_by_label("vanhat/").is_some(), "back in the workspace folder");
    h.get_by_label("kemi-viestinta-ja-markkinointi.ron").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "OK").click();
    h.run();
    assert!(h.query_by_label("Nimi tai polku").is_none());
    // The imported register was never saved: the editor asks before opening another.
    h.get_by_role_and_label(Role::Button, "Hylkää muutokset").click();
    h.run();
    assert!(field_value(&h, "Rekisterin nimi (fi)").starts_with("Viestinnän ja markkinoinnin"));
}

#[test]
fn a_failed_system_dialog_is_reported_and_the_built_in_picker_takes_over() {
    let dir = copy_samples();
    let mut h = app_with_builtin_picker(dir.path());
    h.state_mut().state.settings.builtin_picker = false;
    assert!(!h.state().state.uses_builtin_picker());
    // What the File menu does when the system's dialog returns at once without a path.
    h.state_mut().state.handle(Command::NativeDialogFailed(PathPurpose::OpenRegister));
    h.run();
    assert!(h.query_by_label_contains("Järjestelmän tiedostoikkuna ei avautunut").is_some(), "the failure is said");
    assert!(h.query_by_label("Nimi tai polku").is_some(), "the built-in picker is open");
    assert!(h.state().state.uses_builtin_picker(), "and used for the rest of the session");
    h.get_by_role_and_label(Role::Button, "Peruuta").click();
    h.run();
    assert!(h.query_by_label("Nimi tai polku").is_none());
}
