//! A large workspace opens at once and fills in its rows and counts in the background
//! (issue 13).

use egui_kittest::Harness;
use seloste::gui::SelosteApp;
use seloste::gui::state::{AppState, Command, Settings};
use seloste::gui::workspace::BACKGROUND_FROM;
use std::time::{Duration, Instant};

/// A temp folder of more registers than the editor reads on its own thread
/// (`BACKGROUND_FROM` + 40 copies of the Kemi sample): the samples' copy, the folder, the count.
fn large_workspace() -> (tempfile::TempDir, tempfile::TempDir, usize) {
    let samples = crate::util::copy_samples();
    let kemi = samples.path().join("kemi-viestinta-ja-markkinointi.ron");
    let dir = tempfile::tempdir().unwrap();
    let n = BACKGROUND_FROM + 40;
    for i in 0..n {
        std::fs::copy(&kemi, dir.path().join(format!("rekisteri-{i:04}.ron"))).unwrap();
    }
    (samples, dir, n)
}

#[test]
fn a_large_workspace_paints_before_its_registers_are_read_and_counts_them_in_the_background() {
    let (samples, dir, n) = large_workspace();
    // What the small, synchronous path counts for the same register.
    let single = tempfile::tempdir().unwrap();
    let kemi = samples.path().join("kemi-viestinta-ja-markkinointi.ron");
    std::fs::copy(&kemi, single.path().join("rekisteri.ron")).unwrap();
    let mut small = AppState::new(Settings::default());
    small.handle(Command::OpenWorkspace(single.path().to_owned()));
    let expected = small.workspace.rows.first().map(|r| (r.errors, r.warnings)).expect("one row");
    assert!(small.workspace.loading.is_none(), "a small workspace is read at once");

    let path = dir.path().to_owned();
    let mut h = Harness::builder().with_size(egui::vec2(1400.0, 900.0)).build_eframe(move |cc| {
        seloste::gui::install_fonts(&cc.egui_ctx);
        SelosteApp::with_settings(Settings::default(), Some(path))
    });
    // Opening returned before reading the registers.
    assert!(h.state().state.workspace.loading.is_some(), "the rows are read in the background");
    h.step();
    let start = Instant::now();
    while h.state().state.workspace.loading.is_some() {
        assert!(start.elapsed() < Duration::from_secs(120), "the background reading ends");
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
    let rows = &h.state().state.workspace.rows;
    assert_eq!(rows.len(), n, "every register is listed");
    assert!(rows.iter().all(|r| (r.errors, r.warnings) == expected), "each row counted as the register is");
    assert!(rows.windows(2).all(|w| w[0].path < w[1].path), "sorted by file");
    assert!(rows.iter().all(|r| r.same_id_as.len() == n - 1), "copies with one id are reported");
}

#[test]
fn thousands_of_rows_are_laid_out_only_where_they_show() {
    let (_samples, dir, _) = large_workspace();
    let path = dir.path().to_owned();
    let mut h = Harness::builder().with_size(egui::vec2(1400.0, 900.0)).build_eframe(move |cc| {
        seloste::gui::install_fonts(&cc.egui_ctx);
        SelosteApp::with_settings(Settings::default(), Some(path))
    });
    let start = Instant::now();
    while h.state().state.workspace.loading.is_some() {
        assert!(start.elapsed() < Duration::from_secs(120), "the background reading ends");
        std::thread::sleep(Duration::from_millis(20));
        h.step();
    }
    h.step();
    use egui_kittest::kittest::Queryable as _;
    let listed = h.query_all_by_label_contains("Viestinnän ja markkinoinnin").count();
    assert!(listed > 5 && listed < 60, "only the rows in view are drawn: {listed}");
    // A row in view opens its register; its counts line is there.
    h.query_all_by_label_contains("Viestinnän ja markkinoinnin").next().expect("a row").click();
    h.step();
    h.step();
    assert!(h.state().state.doc.is_some(), "the clicked row's register opens");
}
