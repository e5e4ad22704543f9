//! Importing one seed notice (DESIGN.md section 8: under 5 ms), and the same notice as a
//! .docx and as a PDF (issue 11: under 20 ms each). Run: `cargo bench --bench import`.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::io::Write as _;
use std::path::Path;

/// Seed 001 as a Word document: a paragraph a line, numbered lines in a heading style.
fn docx_of(text: &str) -> Vec<u8> {
    let mut body = String::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let esc = line.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        let heading = line.chars().next().is_some_and(|c| c.is_ascii_digit()) && line.len() < 80;
        let ppr = if heading { r#"<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>"# } else { "" };
        body.push_str(&format!(r#"<w:p>{ppr}<w:r><w:t xml:space="preserve">{esc}</w:t></w:r></w:p>"#));
    }
    let ns = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    let doc = format!(r#"<?xml version="1.0" encoding="UTF-8"?><w:document {ns}><w:body>{body}</w:body></w:document>"#);
    let styles = format!(
        r#"<?xml version="1.0"?><w:styles {ns}><w:style w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>"#
    );
    let types = r#"<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut w = zip::ZipWriter::new(&mut buf);
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in
        [("[Content_Types].xml", types.to_owned()), ("word/document.xml", doc), ("word/styles.xml", styles)]
    {
        w.start_file(name, opts).expect("zip");
        w.write_all(content.as_bytes()).expect("zip");
    }
    w.finish().expect("zip");
    buf.into_inner()
}

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
    // Seed 001 as .docx and as our own PDF export of its import.
    if let Some(path) = std::fs::read_dir(&seeds)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("001")))
    {
        let text = std::fs::read_to_string(&path).expect("seed");
        let docx = docx_of(&text);
        group.bench_function("seed-001-docx", |b| {
            b.iter(|| seloste::import::import_bytes(black_box(&docx), "seed.docx").expect("import"))
        });
        let register = seloste::import::import_str(&text, "seed.txt").expect("import").register;
        let options = seloste::export::Options {
            lang: seloste::model::Lang::Fi,
            poster: false,
            format: seloste::export::Format::Pdf,
            paper: seloste::layout::Paper::A4,
        };
        let pdf = seloste::export::export(&register, &options).expect("export").bytes;
        group.bench_function("seed-001-pdf", |b| {
            b.iter(|| seloste::import::import_bytes(black_box(&pdf), "seed.pdf").expect("import"))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
