//! The import review (issue 18) driven by its labels through egui_kittest: import a text,
//! see every block marked, move a misplaced paragraph, undo, set an answer from a sentence,
//! mark reviewed, and teach the workspace a heading that the next import uses.

use crate::util::*;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use seloste::gui::SelosteApp;
use seloste::gui::state::Settings;
use seloste::model::Answer;
use std::path::Path;

/// An old notice whose retention section has a heading the lexicon does not know.
const NOTICE: &str = "Tietosuojaseloste\n\n1. Rekisterin nimi\n\nAsiakasrekisteri\n\n\
2. Tietojen hävittäminen\n\nTiedot pidetään tallessa kaksi vuotta asiakkuuden päättymisestä.\n\n\
3. Henkilötietojen käsittelijät\n\nKäytämme alihankkijoita.\n";

const RETENTION: &str = "Henkilötietojen säilytysaika";
const RETENTION_FIELD: &str = "Säilytysaika tai sen määrittämisen kriteerit (fi)";

fn app(dir: &Path) -> Harness<'static, SelosteApp> {
    let dir = dir.to_owned();
    Harness::builder().with_size(egui::vec2(1400.0, 900.0)).with_max_steps(20).build_eframe(move |cc| {
        seloste::gui::install_fonts(&cc.egui_ctx);
        let mut app = SelosteApp::with_settings(Settings::default(), Some(dir));
        app.state.open_exports = false;
        app
    })
}

/// Opens the samples' workspace and drops `text` (written as `name`) on the window.
fn import(dir: &Path, name: &str, text: &str) -> Harness<'static, SelosteApp> {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write the notice");
    let mut h = app(dir);
    h.run();
    h.input_mut().dropped_files.push(std::sync::Arc::new(Dropped(path)));
    h.run();
    h
}

fn click(h: &mut Harness<'_, SelosteApp>, label: &str) {
    h.get_by_role_and_label(Role::Button, label).click();
    h.run();
}

/// Selects the paragraph that went to "Muut tiedot", chooses the retention field in
/// "Siirrä kenttään" and presses "Siirrä".
fn move_the_deletion_paragraph_to_retention(h: &mut Harness<'_, SelosteApp>) {
    h.get_by_label_contains("[Muut tiedot] Tiedot pidetään").click();
    h.run();
    h.get_by_label("Siirrä kenttään").click();
    h.run();
    h.get_all_by_label(RETENTION).last().expect("the retention option").click();
    h.run();
    click(h, "Siirrä");
}

fn errors_shown(h: &Harness<'_, SelosteApp>) -> usize {
    h.state().state.doc.as_ref().map_or(0, |d| {
        seloste::validate::validate_at(&d.register, None, seloste::gui::today())
            .iter()
            .filter(|f| f.severity == seloste::validate::Severity::Error)
            .count()
    })
}

fn retention_text(h: &Harness<'_, SelosteApp>) -> String {
    h.state().state.doc.as_ref().map(|d| d.register.retention.criteria.fi.clone()).unwrap_or_default()
}

#[test]
fn the_review_opens_after_an_import_with_every_block_marked() {
    let dir = copy_samples();
    let h = import(dir.path(), "vanha.txt", NOTICE);
    assert!(h.query_by_label("Tuonnin tarkistus").is_some(), "the review window opens after the import");
    let record = h.state().state.doc.as_ref().and_then(|d| d.register.import.clone()).expect("an import record");
    assert!(record.blocks.len() >= 7, "{record:?}");
    for b in &record.blocks {
        let shown = format!("r. {} [", b.line);
        let first: String = b.text.chars().take(20).collect();
        assert!(
            h.query_all_by_label_contains(&shown)
                .any(|n| n.accesskit_node().label().is_some_and(|l| l.contains(&first))),
            "block at line {} ({first}) is listed with its field",
            b.line
        );
    }
    assert!(h.query_by_label_contains("[Muut tiedot] Tiedot pidetään").is_some(), "the extra section is marked");
    assert_eq!(record.source, "vanha.txt");
    assert_eq!(record.sha256.len(), 64);
    // The arrow keys walk the blocks; the selected block's field is shown in the form.
    let mut h = h;
    h.key_press(egui::Key::ArrowDown);
    h.run();
    h.key_press(egui::Key::ArrowDown);
    h.run();
    let view = h.state().state.review_view.clone().expect("review open");
    assert_eq!(view.cursor, 2);
    assert_eq!(view.selected.iter().copied().collect::<Vec<_>>(), vec![2]);
    assert_eq!(h.state().state.view.section, record.blocks[2].to.section());
}

#[test]
fn moving_a_block_to_retention_changes_the_form_and_the_findings_and_undo_restores_it() {
    let dir = copy_samples();
    let mut h = import(dir.path(), "vanha.txt", NOTICE);
    let errors = errors_shown(&h);
    assert_eq!(retention_text(&h), "");
    move_the_deletion_paragraph_to_retention(&mut h);
    assert!(retention_text(&h).contains("kaksi vuotta"), "the text moved: {}", retention_text(&h));
    assert!(
        h.get_by_label(RETENTION_FIELD).value().unwrap_or_default().contains("kaksi vuotta"),
        "the form shows the retention field with the text"
    );
    assert!(errors_shown(&h) < errors, "the retention finding is gone");
    assert!(h.query_by_label_contains("[Henkilötietojen säilytysaika] Tiedot pidetään").is_some());
    // Undo, once the edit has settled into the history.
    h.state_mut().state.tick(100.0);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(retention_text(&h), "", "undo takes the move back");
    assert!(h.query_by_label_contains("[Muut tiedot] Tiedot pidetään").is_some());
}

#[test]
fn an_answer_set_from_a_sentence_keeps_the_sentence() {
    let dir = copy_samples();
    let mut h = import(dir.path(), "vanha.txt", NOTICE);
    if let Some(d) = h.state_mut().state.doc.as_mut() {
        d.register.processors.used = Answer::Unanswered;
    }
    h.get_by_label_contains("Käytämme alihankkijoita").click();
    h.run();
    click(&mut h, "Kyllä");
    let reg = h.state().state.doc.as_ref().map(|d| d.register.clone()).expect("doc");
    assert_eq!(reg.processors.used, Answer::Yes);
    assert!(reg.processors.description.fi.contains("Käytämme alihankkijoita"));
    assert!(h.query_by_label_contains("vastaus: Kyllä").is_some(), "the block shows the answer");
}

#[test]
fn marking_reviewed_drops_the_record_which_survives_save_and_reload_until_then() {
    let dir = copy_samples();
    let mut h = import(dir.path(), "vanha.txt", NOTICE);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    let file = dir.path().join("vanha.ron");
    let saved = seloste::store::load_register(&file).expect("saved");
    assert!(saved.import.is_some(), "the record is saved with the register");
    assert!(seloste::store::is_canonical(&file).expect("read"), "the file stays canonical");
    // Reopened, the register opens with its review.
    let mut h = app(dir.path());
    h.run();
    h.state_mut().state.handle(seloste::gui::state::Command::OpenRegister(file.clone()));
    h.run();
    assert!(h.query_by_label("Tuonnin tarkistus").is_some(), "a register with a record opens with its review");
    let hints = |h: &Harness<'_, SelosteApp>| {
        h.state().state.doc.as_ref().map_or(0, |d| {
            seloste::validate::validate_at(&d.register, None, seloste::gui::today())
                .iter()
                .filter(|f| f.rule.id == "import-not-reviewed")
                .count()
        })
    };
    assert_eq!(hints(&h), 1, "validate hints that the import is not reviewed");
    click(&mut h, "Merkitse tarkistetuksi");
    assert_eq!(hints(&h), 0);
    assert!(h.query_by_label("Tuonnin tarkistus").is_none());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    let saved = seloste::store::load_register(&file).expect("saved");
    assert!(saved.import.is_none(), "reviewed: the record is gone from the file");
    assert!(seloste::store::is_canonical(&file).expect("read"));
}

#[test]
fn a_remembered_heading_leads_the_next_import_in_the_workspace() {
    let dir = copy_samples();
    let mut h = import(dir.path(), "vanha.txt", NOTICE);
    move_the_deletion_paragraph_to_retention(&mut h);
    h.get_by_label_contains("Muista otsikko tässä työtilassa").click();
    h.run();
    let taught = seloste::store::load_synonyms(dir.path()).expect("synonyms");
    assert_eq!(taught.headings.len(), 1, "{taught:?}");
    // The synonyms file is not a register.
    assert!(!seloste::store::is_register_file(&dir.path().join(seloste::store::SYNONYMS_FILE)));
    // A second notice with that heading, in the same workspace: it lands in retention.
    let second = "Toinen seloste\n\n1. Rekisterin nimi\n\nJäsenrekisteri\n\n2. Tietojen hävittäminen\n\nJäsentiedot poistetaan vuoden kuluttua eroamisesta.\n";
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    let path = dir.path().join("toinen.txt");
    std::fs::write(&path, second).expect("write");
    h.input_mut().dropped_files.push(std::sync::Arc::new(Dropped(path)));
    h.run();
    let s = &h.state().state;
    assert!(
        retention_text(&h).contains("vuoden kuluttua eroamisesta"),
        "{:?} {:?} {:?}",
        s.messages,
        s.doc.as_ref().map(|d| &d.register.extra),
        s.prompt
    );
}

#[test]
fn a_folder_import_lists_the_registers_with_most_left_to_review_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let texts = dir.path().join("vanhat");
    std::fs::create_dir(&texts).expect("folder");
    // One notice whose every section the lexicon knows, one with two unknown headings.
    std::fs::write(
        texts.join("a-selkea.txt"),
        "Rekisterin nimi\n\nAsiakasrekisteri\n\nHenkilötietojen säilytysaika\n\nKaksi vuotta.\n",
    )
    .expect("write");
    std::fs::write(texts.join("b-sekava.txt"), NOTICE.replace("3. Henkilötietojen käsittelijät", "3. Muuta tietoa"))
        .expect("write");
    let out = dir.path().join("rekisterit");
    let run = seloste([
        "import",
        "--lang",
        "en",
        "--out",
        out.to_str().unwrap_or_default(),
        texts.to_str().unwrap_or_default(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let list = run.stdout.split("most first:").nth(1).expect("the worklist is printed");
    let order: Vec<&str> = list.lines().filter_map(|l| l.split_whitespace().last()).collect();
    assert!(order.len() == 2 && order[0].ends_with("b-sekava.ron"), "{list}");
    let left = |i: usize| {
        list.lines()
            .filter(|l| !l.trim().is_empty())
            .nth(i)
            .and_then(|l| l.split_whitespace().next()?.parse::<usize>().ok())
    };
    assert!(left(0) > left(1), "{list}");
}

#[test]
fn a_save_leaves_the_record_out_rather_than_exceed_the_file_limit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("iso.ron");
    let mut reg = seloste::import::import_str(NOTICE, "iso.txt").expect("import").register;
    let mut record = reg.import.clone().expect("record");
    let block = record.blocks[0].clone();
    // 20 blocks of 1 MiB: the record alone is over the 16 MiB file limit.
    record.blocks =
        (0..20).map(|_| seloste::model::ImportedBlock { text: "x".repeat((1 << 20) - 16), ..block.clone() }).collect();
    reg.import = Some(record);
    seloste::store::save_register(&file, &reg).expect("saved without the record");
    let saved = seloste::store::load_register(&file).expect("loads");
    assert!(saved.import.is_none());
    assert_eq!(saved.name, reg.name, "the register itself is saved whole");
}
