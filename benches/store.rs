//! Loading a workspace of 1,000 registers of sample size (DESIGN.md section 8: load and
//! validate all under 300 ms). Run: `cargo bench --bench store`.

use criterion::{Criterion, criterion_group, criterion_main};
use seloste::store;
use std::path::Path;

/// Writes 1,000 registers made from the samples (renamed so each is distinct).
fn generate_workspace(dir: &Path) {
    // The samples as embedded in the library: the committed files, not what a user left.
    let registers: Vec<_> = store::samples::SAMPLES
        .iter()
        .filter(|(name, _)| *name != store::ORGANISATION_FILE)
        .filter_map(|(name, text)| store::register_from_str(text, Path::new(name)).ok())
        .collect();
    assert!(!registers.is_empty(), "no samples to generate from");
    for i in 0..1000 {
        let mut r = registers[i % registers.len()].clone();
        r.id = format!("rekisteri-{i:04}");
        r.name.fi = format!("{} ({i})", r.name.fi);
        store::save_register(&dir.join(format!("rekisteri-{i:04}.ron")), &r).expect("write");
    }
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    generate_workspace(dir.path());
    let mut group = c.benchmark_group("workspace-1000");
    group.sample_size(20);
    group.bench_function("load", |b| {
        b.iter(|| {
            let ws = store::Workspace::load(dir.path()).expect("load");
            assert_eq!(ws.entries.len(), 1000);
            ws
        })
    });
    let today = seloste::model::Date::from_ymd(2026, 11, 22).expect("a real day");
    group.bench_function("load+validate", |b| {
        b.iter(|| {
            let ws = store::Workspace::load(dir.path()).expect("load");
            let org = ws.organisation_or_default();
            ws.entries
                .iter()
                .filter_map(|e| e.register.as_ref().ok())
                .map(|r| seloste::validate::validate_at(r, Some(&org), today).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
