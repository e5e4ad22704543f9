//! The editor's layout holds with long register names (issue 13): at two window sizes,
//! three zooms and the three UI languages, every widget of the register form lies inside
//! the form's pane and clear of the findings pane, and the unsaved marker is on screen.
//! Checked from the AccessKit bounds that a screen reader also gets.

use crate::util::*;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use seloste::gui::SelosteApp;
use seloste::gui::state::{Command, Settings};
use seloste::model::{Lang, Section};
use std::path::Path;

/// A notice whose heading is one very long register name.
const LONG_NOTICE: &str = "TIETOSUOJASELOSTE: KAUPUNGIN SOSIAALI- JA TERVEYSPALVELUIDEN, \
VARHAISKASVATUKSEN JA PERUSOPETUKSEN SÄHKÖISTEN ASIOINTIPALVELUIDEN ASIAKAS- JA \
POTILASTIETOJÄRJESTELMÄN YHTEINEN HENKILÖTIETOJEN KÄSITTELYN REKISTERISELOSTE\n\n\
Rekisterinpitäjä\n\nEsimerkkikaupunki, Kaupungintalontie 1, 00100 Helsinki\n\n\
Henkilötietojen käsittelyn tarkoitus\n\nAsiakkaiden palvelujen järjestäminen ja \
asiakassuhteen hoitaminen.\n\nRekisterin tietosisältö\n\nNimi, osoite, puhelinnumero.\n";

/// The unsaved marker, the findings tab and the register search, as the UI language shows them.
fn words(l: Lang) -> (&'static str, &'static str, &'static str) {
    match l {
        Lang::Fi => ("● tallentamatta", "Havainnot", "Haku"),
        Lang::Sv => ("● osparad", "Iakttagelser", "Sök"),
        Lang::En => ("● unsaved", "Findings", "Search"),
    }
}

fn harness(dir: &Path, size: egui::Vec2, zoom: f32, lang: Lang) -> Harness<'static, SelosteApp> {
    let dir = dir.to_owned();
    Harness::builder().with_size(size).with_max_steps(20).build_eframe(move |cc| {
        seloste::gui::install_fonts(&cc.egui_ctx);
        let settings = Settings { zoom, lang, ..Settings::default() };
        let mut app = SelosteApp::with_settings(settings, Some(dir));
        app.state.open_exports = false;
        app
    })
}

/// The nearest pane (panel) around `node`.
fn pane_of<'t>(node: egui_kittest::Node<'t>) -> egui_kittest::Node<'t> {
    let mut n = node;
    loop {
        let parent = n.parent().expect("every widget sits in a pane");
        if parent.accesskit_node().role() == Role::Pane {
            return parent;
        }
        n = parent;
    }
}

/// A node's bounds in points (the harness runs at one pixel per point).
fn bounds(node: &egui_kittest::Node<'_>) -> Option<egui::Rect> {
    let b = node.accesskit_node().bounding_box()?;
    Some(egui::Rect::from_min_max(egui::pos2(b.x0 as f32, b.y0 as f32), egui::pos2(b.x1 as f32, b.y1 as f32)))
}

/// The widgets under `pane` that stick out of `rect` sideways (a pane scrolls vertically).
/// `beside`: the pane to the right, which no widget may reach.
fn outside(pane: &egui_kittest::Node<'_>, rect: egui::Rect, beside: Option<egui::Rect>, what: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for node in pane.children_recursive() {
        // Text runs inside a widget carry no bounds of their own.
        let Some(r) = bounds(&node) else { continue };
        // A one-line field scrolls its own text inside its frame; its text runs may be
        // wider than the field (the field itself is checked).
        let in_one_line_field = node.parent().is_some_and(|p| p.accesskit_node().role() == Role::TextInput);
        if r.width() <= 0.0 || (node.accesskit_node().role() == Role::TextRun && in_one_line_field) {
            continue;
        }
        let role = node.accesskit_node().role();
        let name = node.accesskit_node().label().unwrap_or_default();
        if r.min.x < rect.min.x - 0.5 || r.max.x > rect.max.x + 0.5 {
            problems.push(format!("{what}: {role:?} '{name}' {r:?} is outside its pane {rect:?}"));
        } else if let Some(b) = beside.filter(|b| r.max.x > b.min.x + 0.5) {
            problems.push(format!("{what}: {role:?} '{name}' {r:?} runs under the findings {b:?}"));
        }
    }
    problems
}

/// What is wrong with the layout now, one line per widget or pane out of place.
fn layout_problems(h: &Harness<'_, SelosteApp>, l: Lang, size: egui::Vec2, what: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    let (unsaved_word, findings_word, search_word) = words(l);
    let unsaved = h.get_by_label(unsaved_word);
    let marker = bounds(&unsaved).expect("the unsaved marker has bounds");
    if !screen.contains_rect(marker) {
        problems.push(format!("{what}: the unsaved marker {marker:?} is off the screen {screen:?}"));
    }
    // Panes carry no bounds in the AccessKit tree: the app tells where it drew them.
    let ppp = h.ctx.pixels_per_point();
    let panes = h.state().panes;
    let (workspace, form, right) = (panes.workspace * ppp, panes.editor * ppp, panes.right * ppp);
    if !form.contains_rect(marker) {
        problems.push(format!("{what}: the unsaved marker {marker:?} is outside the form's pane {form:?}"));
    }
    // Neighbouring panes share their one-pixel separator line.
    if form.max.x > right.min.x + 1.0 {
        problems.push(format!("{what}: the form's pane {form:?} runs under the findings pane {right:?}"));
    }
    if workspace.max.x > form.min.x + 1.0 {
        problems.push(format!("{what}: the workspace {workspace:?} runs under the form's pane {form:?}"));
    }
    for (name, pane) in [("workspace", workspace), ("form", form), ("findings", right)] {
        if !screen.expand(1.0).contains_rect(pane) {
            problems.push(format!("{what}: the {name} pane {pane:?} is off the screen {screen:?}"));
        }
    }
    let editor = pane_of(unsaved);
    let findings = pane_of(h.get_by_role_and_label(Role::Button, findings_word));
    let search = h.get_by(|n| n.role() == Role::TextInput && n.label().is_some_and(|s| s == search_word));
    let register_list = pane_of(search);
    let ids = [&editor, &findings, &register_list].map(|p| p.accesskit_node().id());
    assert!(ids[0] != ids[1] && ids[1] != ids[2] && ids[0] != ids[2], "three distinct panes");
    problems.extend(outside(&editor, form, Some(right), &format!("{what}, form")));
    problems.extend(outside(&findings, right, None, &format!("{what}, findings")));
    problems.extend(outside(&register_list, workspace, None, &format!("{what}, workspace")));
    problems
}

/// Opens each section of the open register and collects the problems.
fn every_section(h: &mut Harness<'static, SelosteApp>, l: Lang, size: egui::Vec2, what: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for section in Section::ALL {
        h.state_mut().state.handle(Command::SelectSection(section));
        h.run();
        problems.extend(layout_problems(h, l, size, &format!("{what}, section {}", section.number())));
    }
    problems
}

#[test]
fn long_register_names_stay_inside_the_form_at_every_size_zoom_and_language() {
    let dir = copy_samples();
    let notice = dir.path().join("pitka-nimi.txt");
    std::fs::write(&notice, LONG_NOTICE).unwrap();
    let imatra = dir.path().join("imatra-imatranajo-sovellus.ron");
    let mut problems = Vec::new();
    for size in [egui::vec2(1280.0, 720.0), egui::vec2(1920.0, 1080.0)] {
        for zoom in [0.8, 1.0, 1.5] {
            for l in Lang::ALL {
                let mut h = harness(dir.path(), size, zoom, l);
                h.run();
                // Imatra, with an edit so the unsaved marker shows.
                h.state_mut().state.handle(Command::OpenRegister(imatra.clone()));
                h.run();
                let doc = h.state_mut().state.doc.as_mut().expect("Imatra opens");
                doc.register.name.fi.push_str(" LUONNOS");
                h.run();
                let what = format!("Imatra {}x{} zoom {zoom} {}", size.x, size.y, l.code());
                problems.extend(every_section(&mut h, l, size, &what));
                // An imported notice (new and unsaved).
                h.state_mut().state.handle(Command::ImportText(notice.clone()));
                // The edit above is thrown away when the unsaved prompt asks.
                h.state_mut().state.handle(Command::PromptDiscard);
                h.state_mut().state.import_report = None;
                h.run();
                let name = h.state().state.doc.as_ref().map(|d| d.register.name.fi.clone()).unwrap_or_default();
                assert!(name.len() > 150, "the long name was imported: {name:?}");
                let what = format!("imported {}x{} zoom {zoom} {}", size.x, size.y, l.code());
                problems.extend(every_section(&mut h, l, size, &what));
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}
