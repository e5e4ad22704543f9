//! One editor frame with the largest sample open and the preview visible, driven by the
//! egui_kittest harness (CPU only, no GPU). Target: under 4 ms (DESIGN.md section 8).
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
    let mut n = 0u32;
    c.bench_function("frame: largest sample + preview (after an edit)", |b| {
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
