//! Importing one seed notice (DESIGN.md section 8: under 5 ms). Run: `cargo bench --bench import`.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;

fn bench(c: &mut Criterion) {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/seeds");
    let mut group = c.benchmark_group("import");
    for name in ["000", "001", "002", "003", "004"] {
        let Some(path) = std::fs::read_dir(&seeds)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            // The seed texts only: a `NAME.ron` that `seloste import` left beside one is not a seed.
            .find(|p| {
                p.extension().is_some_and(|e| e == "txt")
                    && p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(name))
            })
        else {
            continue;
        };
        let bytes = std::fs::read(&path).expect("seed");
        group.bench_function(format!("seed-{name}"), |b| {
            b.iter(|| seloste::import::import_bytes(black_box(&bytes), "seed.txt").expect("import"))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
