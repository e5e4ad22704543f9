//! One editor frame with the largest sample open and the preview visible, driven by the
//! egui_kittest harness (CPU only, no GPU). Target: under 4 ms (DESIGN.md section 8); with a
//! 100,000-character word in the register, under 16 ms (issue 12).
//! Run: `cargo bench --bench frame`.

// A bench prepares its own copy of the samples (clippy.toml reserves writes for `store`).
#![allow(clippy::disallowed_methods)]

use criterion::{Criterion, criterion_group, criterion_main};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use seloste::gui::SelosteApp;
use seloste::gui::state::Settings;
use std::path::Path;

fn bench(c: &mut Criterion) {
    // Work on a copy: the edits below would leave a recovery file beside the real samples.
    let copy = tempfile::tempdir().expect("tempdir");
    let samples = copy.path().to_owned();
    for entry in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("samples")).expect("samples").flatten() {
        std::fs::copy(entry.path(), samples.join(entry.file_name())).expect("copy");
    }
    let largest = seloste::store::list_registers(&samples)
        .unwrap_or_default()
        .into_iter()
        .max_by_key(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
        .expect("samples");
    large_workspace(c, &largest);
    let mut h = Harness::builder().with_size(egui::vec2(1440.0, 900.0)).build_eframe(move |cc| {
        seloste::gui::install_fonts(&cc.egui_ctx);
        let mut app = SelosteApp::with_settings(Settings::default(), Some(largest));
        app.state.open_exports = false;
        app
    });
    h.run();
    h.get_by_role_and_label(Role::Button, "Esikatselu").click();
    h.run();
    // Typing cycles the register through a change each frame: the worst case, as while editing.
    c.bench_function("frame: largest sample + preview (idle)", |b| b.iter(|| h.step()));
    typing(c, &mut h, "frame: largest sample + preview (after an edit)");

    // Typing in a register whose purpose is one 100,000-character word (issue 12): the form,
    // the findings and the preview must keep up. Target: under 16 ms a frame.
    let long_path = samples.join("pitka-sana.ron");
    let mut long = seloste::store::load_register(
        &h.state().state.doc.as_ref().and_then(|d| d.path().map(Path::to_owned)).expect("open"),
    )
    .expect("load");
    long.id = "pitka-sana".to_owned();
    if let Some(p) = long.purposes.first_mut() {
        p.description.fi = "x".repeat(100_000);
    }
    seloste::store::save_register(&long_path, &long).expect("save");
    // The typing above left unsaved edits: answer "discard" so that the long register opens.
    h.state_mut().state.handle(seloste::gui::state::Command::OpenRegister(long_path));
    if h.state().state.prompt.is_some() {
        h.state_mut().state.handle(seloste::gui::state::Command::PromptDiscard);
    }
    h.run();
    let opened = h.state().state.doc.as_ref().map(|d| d.register.id.clone());
    assert_eq!(opened.as_deref(), Some("pitka-sana"), "the long register is open");
    typing(c, &mut h, "frame: 100,000-char word + preview (after an edit)");
}

/// The first frame of a workspace of 10,000 registers (issue 13: under 1 s; the rows and
/// their counts fill in afterwards, in the background). Measured: opening the folder and
/// painting one frame.
fn large_workspace(c: &mut Criterion, sample: &Path) {
    let dir = tempfile::tempdir().expect("tempdir");
    for i in 0..10_000 {
        std::fs::copy(sample, dir.path().join(format!("rekisteri-{i:05}.ron"))).expect("copy");
    }
    let path = dir.path().to_owned();
    let mut group = c.benchmark_group("workspace");
    group.sample_size(10);
    group.bench_function("frame: first frame of 10,000 registers", |b| {
        b.iter(|| {
            let path = path.clone();
            let mut h = Harness::builder().with_size(egui::vec2(1440.0, 900.0)).build_eframe(move |cc| {
                seloste::gui::install_fonts(&cc.egui_ctx);
                SelosteApp::with_settings(Settings::default(), Some(path))
            });
            h.step();
        })
    });
    group.finish();
}

/// One frame after a change of the open register, as while typing.
fn typing(c: &mut Criterion, h: &mut Harness<'_, SelosteApp>, name: &str) {
    let mut n = 0u32;
    c.bench_function(name, |b| {
        b.iter(|| {
            n += 1;
            if let Some(d) = h.state_mut().state.doc.as_mut() {
                d.register.notes = format!("muistiinpano {n}");
            }
            h.step();
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
