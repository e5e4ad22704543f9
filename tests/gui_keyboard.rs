//! The editor by keyboard (issue 13): Tab follows the screen, F6 moves between panes, every
//! focus stop has a visible ring, and a new list item takes the focus.

use crate::gui::app;
use crate::util::*;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use seloste::gui::SelosteApp;
use seloste::gui::app::Pane;
use seloste::gui::state::Command;
use seloste::model::Section;

const KEMI: &str = "Viestinnän ja markkinoinnin";

fn app_with_kemi(dir: &std::path::Path) -> Harness<'static, SelosteApp> {
    let mut h = app(dir);
    h.run();
    h.get_by_label_contains(KEMI).click();
    h.run();
    h
}

fn pane(h: &Harness<'_, SelosteApp>) -> Option<Pane> {
    h.state().focused_pane(&h.ctx)
}

/// The label of the focused widget.
fn focused(h: &Harness<'_, SelosteApp>) -> String {
    h.query_by(|n| n.is_focused()).and_then(|n| n.accesskit_node().label()).unwrap_or_default()
}

#[test]
fn tab_goes_workspace_sections_form_findings_and_every_stop_shows_its_ring() {
    let dir = copy_samples();
    let mut h = app_with_kemi(dir.path());
    h.get_by_label("Haku").focus();
    h.run();
    assert_eq!(pane(&h), Some(Pane::Workspace));
    let mut order = vec![Pane::Workspace];
    for _ in 0..400 {
        h.key_press(egui::Key::Tab);
        h.run();
        let Some(now) = pane(&h) else { continue };
        let ring = h.state().focus_ring;
        assert!(ring.is_some_and(|r| r.is_positive()), "no focus ring at '{}' in {now:?}", focused(&h));
        if order.last() != Some(&now) {
            order.push(now);
        }
        if now == Pane::Findings {
            break;
        }
    }
    assert_eq!(order, [Pane::Workspace, Pane::Sections, Pane::Form, Pane::Findings], "Tab order by pane");
}

#[test]
fn f6_and_shift_f6_move_between_the_panes() {
    let dir = copy_samples();
    let mut h = app_with_kemi(dir.path());
    h.get_by_label("Haku").focus();
    h.run();
    let mut seen = Vec::new();
    for _ in 0..4 {
        h.key_press(egui::Key::F6);
        h.run();
        seen.push((pane(&h), focused(&h)));
    }
    assert_eq!(seen[0].0, Some(Pane::Sections), "{seen:?}");
    assert!(seen[0].1.contains("1. Rekisterin nimi"), "the open section's button: {seen:?}");
    assert_eq!(seen[1].0, Some(Pane::Form), "{seen:?}");
    assert!(h.query_by_label("Rekisterin nimi (fi)").is_some());
    assert_eq!(seen[1].1, "Rekisterin nimi (fi)", "the form's first field");
    assert_eq!(seen[2], (Some(Pane::Findings), "Havainnot".to_owned()));
    assert_eq!(seen[3], (Some(Pane::Workspace), "Haku".to_owned()));
    h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::F6);
    h.run();
    assert_eq!(pane(&h), Some(Pane::Findings), "Shift+F6 goes back");
    h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::F6);
    h.run();
    h.run();
    assert_eq!(pane(&h), Some(Pane::Form), "and back again");
}

#[test]
fn a_new_purpose_takes_the_focus_in_its_first_field() {
    let dir = copy_samples();
    let mut h = app_with_kemi(dir.path());
    h.state_mut().state.handle(Command::SelectSection(Section::Purposes));
    h.run();
    let before = h.state().state.doc.as_ref().map_or(0, |d| d.register.purposes.len());
    // The button is below the fold: scroll to it, as a user would.
    h.get_by_role_and_label(Role::Button, "+ Lisää käyttötarkoitus").scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::Button, "+ Lisää käyttötarkoitus").click();
    h.run();
    let after = h.state().state.doc.as_ref().map_or(0, |d| d.register.purposes.len());
    assert_eq!(after, before + 1);
    let field = h.get_by(|n| n.is_focused());
    assert_eq!(field.accesskit_node().label().as_deref(), Some("Käyttötarkoitus (fi)"));
    assert_eq!(field.value().as_deref(), Some(""), "the new, empty item's field");
    // Typing goes into the new purpose.
    field.type_text("Uutiskirje");
    h.run();
    let doc = h.state().state.doc.as_ref().expect("open");
    assert_eq!(doc.register.purposes[before].description.fi, "Uutiskirje");
}
