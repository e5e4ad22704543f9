//! Validating one register, as the editor does on every keystroke (DESIGN.md section 8:
//! under 100 µs). Run: `cargo bench --bench validate`.
//!
//! Measures the complete camera-surveillance sample (no findings: every rule runs to the
//! end), and the two largest defective samples (many findings, each with three messages).
//! The 1,000-register workspace (load and validate) is in `benches/store.rs`.

use criterion::{Criterion, criterion_group, criterion_main};
use seloste::model::{Date, Organisation, Register};
use seloste::{store, validate};
use std::hint::black_box;
use std::path::Path;

/// The sample whose file name starts with `prefix`, and the workspace's organisation, as
/// embedded in the library (the committed files, whatever a user left in `samples/`).
fn sample(prefix: &str) -> Option<(Register, Option<Organisation>)> {
    let text = |name: &str| store::samples::SAMPLES.iter().find(|(n, _)| n.starts_with(name)).map(|(n, t)| (*n, *t));
    let (name, reg) = text(prefix)?;
    let org = text(store::ORGANISATION_FILE).and_then(|(n, t)| store::organisation_from_str(t, Path::new(n)).ok());
    Some((store::register_from_str(reg, Path::new(name)).ok()?, org))
}

fn bench(c: &mut Criterion) {
    // A fixed day after the samples' dates, so the figures do not drift with the calendar.
    let today = Date::from_ymd(2026, 11, 22).expect("a real day");
    let mut group = c.benchmark_group("validate");
    for (name, prefix) in [("camera", "kameravalvonta-"), ("kemi", "kemi-"), ("imatra", "imatra-")] {
        let Some((reg, org)) = sample(prefix) else {
            eprintln!("no sample {prefix}*.ron; skipped");
            continue;
        };
        group.bench_function(name, |b| b.iter(|| validate::validate_at(black_box(&reg), org.as_ref(), today)));
    }
    if let Some((reg, org)) = sample("kameravalvonta-") {
        // As the shells call it: today's date read from the clock, then validation.
        let now =
            || Date::from(time::OffsetDateTime::now_local().unwrap_or_else(|_| time::OffsetDateTime::now_utc()).date());
        group.bench_function("camera-with-clock", |b| {
            b.iter(|| validate::validate_at(black_box(&reg), org.as_ref(), now()))
        });
    }
    if let Some((reg, org)) = sample("kemi-") {
        // Validation plus every message rendered in Finnish, as the editor shows them (before
        // findings were data, the messages were built in all three languages during validation).
        group.bench_function("kemi-with-messages", |b| {
            b.iter(|| {
                let found = validate::validate_at(black_box(&reg), org.as_ref(), today);
                found.iter().map(|f| f.message(seloste::model::Lang::Fi).len()).sum::<usize>()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
