//! The editor driven by its labels through egui_kittest (no renderer, no GPU).

use crate::util::*;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use seloste::gui::SelosteApp;
use seloste::gui::state::Settings;
use std::path::{Path, PathBuf};

fn app(dir: &Path) -> Harness<'static, SelosteApp> {
    let dir: PathBuf = dir.to_owned();
    Harness::builder().with_size(egui::vec2(1400.0, 900.0)).with_max_steps(20).build_eframe(move |cc| {
        seloste::gui::install_fonts(&cc.egui_ctx);
        let mut app = SelosteApp::with_settings(Settings::default(), Some(dir));
        app.state.open_exports = false;
        app
    })
}

#[test]
fn open_workspace_select_register_and_see_its_name() {
    let dir = copy_samples();
    let mut h = app(dir.path());
    h.run();
    h.get_by_label_contains("Viestinnän ja markkinoinnin").click();
    h.run();
    h.get_by_label("Rekisterin nimi (fi)");
}
