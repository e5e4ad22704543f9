//! Export speed and size (DESIGN.md section 8): one seed-sized notice (build + layout + PDF)
//! under 5 ms in-process, 1,000 registers under 10 s, a seed-sized PDF under 100 KB.
//! The seed-sized notice is the Imatra sample, the register made from the largest seed
//! (000, about 16 KB of text). Run: `cargo bench --bench export`; the long-word case alone
//! with its anchor: `cargo bench --bench export -- 'notice/layout|long word'`.

use criterion::{Criterion, criterion_group, criterion_main};
use seloste::export::{self, Format, Options};
use seloste::model::{Lang, Register};
use seloste::{layout, notice, store};
use std::hint::black_box;
use std::path::Path;

/// The bundled samples as embedded in the library (the committed files; nothing a user
/// leaves in `samples/` changes a figure).
fn samples() -> Vec<(String, Register)> {
    store::samples::SAMPLES
        .iter()
        .filter(|(name, _)| *name != store::ORGANISATION_FILE)
        .filter_map(|(name, text)| {
            let stem = name.trim_end_matches(".ron").to_owned();
            Some((stem, store::register_from_str(text, Path::new(name)).ok()?))
        })
        .collect()
}

const PDF: Options = Options { lang: Lang::Fi, poster: false, format: Format::Pdf, paper: seloste::layout::Paper::A4 };

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

    // Layout is linear in the text's length (issue 12): one 100,000-character word with no
    // break point, as pasted by mistake, against the Imatra notice above as the anchor.
    // Target: under 100 ms.
    let mut long = imatra.clone();
    long.purposes.truncate(1);
    if let Some(p) = long.purposes.first_mut() {
        p.description.fi = "x".repeat(100_000);
    }
    let long_notice = notice::build(&long, Lang::Fi);
    let mut group = c.benchmark_group("long word");
    group.sample_size(10);
    group.bench_function("layout, 100,000-char word", |b| b.iter(|| layout::notice(black_box(&long_notice))));
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
