//! Export speed and size (DESIGN.md section 8): one seed-sized notice (build + layout + PDF)
//! under 5 ms in-process, 1,000 registers under 10 s, a seed-sized PDF under 100 KB.
//! The seed-sized notice is the Imatra sample, the register made from the largest seed
//! (000, about 16 KB of text). Run: `cargo bench --bench export`.

use criterion::{Criterion, criterion_group, criterion_main};
use seloste::export::{self, Format, Options};
use seloste::model::{Lang, Register};
use seloste::{layout, notice, store};
use std::hint::black_box;
use std::path::Path;

fn samples() -> Vec<(String, Register)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    store::list_registers(&dir)
        .unwrap_or_default()
        .iter()
        .filter_map(|p| {
            let name = p.file_stem()?.to_string_lossy().into_owned();
            Some((name, store::load_register(p).ok()?))
        })
        .collect()
}

const PDF: Options = Options { lang: Lang::Fi, poster: false, format: Format::Pdf };

/// Exports `registers` on every core; returns the total size of the PDFs.
fn export_all(registers: &[Register]) -> usize {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = registers.len().div_ceil(threads).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = registers
            .chunks(chunk)
            .map(|part| {
                s.spawn(move || {
                    part.iter().map(|r| export::export(r, &PDF).map(|o| o.bytes.len()).unwrap_or(0)).sum::<usize>()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or(0)).sum()
    })
}

fn bench(c: &mut Criterion) {
    let samples = samples();
    assert!(!samples.is_empty(), "no samples");
    let (_, imatra) = samples.iter().find(|(n, _)| n.starts_with("imatra")).expect("the Imatra sample (seed 000)");

    // Sizes, printed once: the target is under 100 KB for a seed-sized notice.
    for (name, r) in &samples {
        for lang in r.notice_languages() {
            let o = Options { lang, ..PDF };
            if let Ok(out) = export::export(r, &o) {
                let pages = layout::notice(&notice::build(r, lang)).len();
                eprintln!("size {name}-{lang}.pdf: {} bytes, {pages} pages", out.bytes.len());
            }
        }
    }

    let mut group = c.benchmark_group("notice");
    group.bench_function("build", |b| b.iter(|| notice::build(black_box(imatra), Lang::Fi)));
    let n = notice::build(imatra, Lang::Fi);
    group.bench_function("layout", |b| b.iter(|| layout::notice(black_box(&n))));
    let pages = layout::notice(&n);
    group.bench_function("pdf", |b| b.iter(|| export::pdf::write(black_box(&pages), &n.info)));
    group.bench_function("build+layout+pdf (seed 000)", |b| b.iter(|| export::export(black_box(imatra), &PDF)));
    let camera = samples.iter().find(|(n, _)| n.starts_with("kameravalvonta")).map(|(_, r)| r).unwrap_or(imatra);
    group.bench_function("poster (camera sign)", |b| {
        b.iter(|| export::export(black_box(camera), &Options { poster: true, ..PDF }))
    });
    group.bench_function("text", |b| {
        b.iter(|| export::export(black_box(imatra), &Options { format: Format::Txt, ..PDF }))
    });
    group.finish();

    let thousand: Vec<Register> = (0..1000)
        .map(|i| {
            let mut r = samples[i % samples.len()].1.clone();
            r.name.fi = format!("{} ({i})", r.name.fi);
            r
        })
        .collect();
    let mut group = c.benchmark_group("1000 registers");
    group.sample_size(10);
    group.bench_function("pdf, all cores", |b| b.iter(|| export_all(black_box(&thousand))));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
