//! Importing notices that are not plain text: .docx and .odt built here with the zip
//! crate, PDF and HTML made by our own export, Markdown; hostile files (a zip bomb, a
//! truncated PDF, a PNG named .docx, an empty zip, garbage) and arbitrary bytes; the
//! reading side of the import cases; `seloste import DIR --out OUT`.

use crate::util::*;
use proptest::prelude::*;
use seloste::import::{self, BlockKind, Document, Format, ImportError};
use seloste::model::*;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// A ZIP archive of `(path, content)` entries, deflated.
fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut w = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (path, content) in entries {
            w.start_file(*path, opts).unwrap();
            w.write_all(content).unwrap();
        }
        w.finish().unwrap();
    }
    buf.into_inner()
}

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml""#;

/// A .docx of `body` (the inside of `w:body`), with styles and numbering as Finnish Word
/// writes them: the heading style's id and name are localized ("Otsikko1", "Otsikko 1")
/// and only its outline level says it is a heading.
fn docx(body: &str) -> Vec<u8> {
    let types = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
    let styles = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:styles {W}>
        <w:style w:type="paragraph" w:styleId="Otsikko1"><w:name w:val="Otsikko 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Omaotsikko"><w:name w:val="Oma otsikko"/><w:basedOn w:val="Otsikko1"/></w:style>
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
        <w:style w:type="paragraph" w:styleId="Otsikko3"><w:name w:val="Otsikko 3"/></w:style>
        <w:style w:type="paragraph" w:styleId="Luettelo"><w:name w:val="Luettelo"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
        </w:styles>"#
    );
    let numbering = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:numbering {W}>
        <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
        </w:numbering>"#
    );
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>"#
    );
    zip_of(&[
        ("[Content_Types].xml", types.as_bytes()),
        ("word/document.xml", document.as_bytes()),
        ("word/styles.xml", styles.as_bytes()),
        ("word/numbering.xml", numbering.as_bytes()),
    ])
}

fn p(style: &str, text: &str) -> String {
    let ppr = if style.is_empty() { String::new() } else { format!(r#"<w:pPr><w:pStyle w:val="{style}"/></w:pPr>"#) };
    format!(r#"<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
}

fn li(num: u8, level: u8, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
    )
}

fn checkbox(checked: bool) -> String {
    let v = u8::from(checked);
    let glyph = if checked { "☒" } else { "☐" };
    format!(
        r#"<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="{v}"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>"#
    )
}

fn kinds(doc: &Document) -> Vec<(BlockKind, String)> {
    doc.blocks.iter().map(|b| (b.kind.clone(), b.text.clone())).collect()
}

fn notice_docx() -> Vec<u8> {
    let body = [
        p("Otsikko1", "Tietosuojaseloste"),
        p("Omaotsikko", "1. Rekisterinpitäjä"),
        p("", "Kemin kaupunki, Valtakatu 26, 94100 Kemi"),
        p("Heading2", "Tietosuojavastaava"),
        p("", "Maija Meikäläinen, tietosuoja@kemi.fi"),
        p("Otsikko3", "Ei otsikko vaikka nimi sanoo"),
        p("Otsikko1", "4. Käsittelyn tarkoitus"),
        p("", "Tietoja käsitellään seuraaviin tarkoituksiin:"),
        li(1, 0, "asiakassuhteen hoitaminen"),
        li(1, 1, "laskutus"),
        p("Luettelo", "palautekysely"),
        r#"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Lihavoitu rivi</w:t></w:r></w:p>"#.to_string(),
        r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Tieto</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Säilytysaika</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Nimi</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2 vuotta</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#.to_owned(),
        p("Otsikko1", "9. Tietojen siirto EU:n tai ETA:n ulkopuolelle"),
        format!(r#"<w:p><w:r><w:t xml:space="preserve">Ei </w:t></w:r>{}<w:r><w:t xml:space="preserve"> Kyllä </w:t></w:r>{}<w:r><w:t xml:space="preserve"> (Microsoft Forms, vakiosopimuslausekkeet)</w:t></w:r></w:p>"#, checkbox(false), checkbox(true)),
        r#"<w:p><w:del><w:r><w:delText>poistettu teksti</w:delText></w:r></w:del><w:r><w:t>Asiakas&amp;rekisteri</w:t></w:r><w:r><w:tab/><w:t>ﬁ</w:t></w:r></w:p>"#.to_owned(),
    ]
    .concat();
    docx(&body)
}

#[test]
fn docx_headings_lists_tables_and_check_boxes_arrive_as_blocks() {
    let doc = import::read_document(&notice_docx(), "seloste.docx").expect("read");
    assert_eq!(doc.format, Format::Docx);
    let k = kinds(&doc);
    let heading = |level: u8, t: &str| (BlockKind::Heading { level }, t.to_owned());
    let para = |t: &str| (BlockKind::Paragraph, t.to_owned());
    assert_eq!(k[0], heading(1, "Tietosuojaseloste"));
    // By the outline level along the style chain; by the built-in style id.
    assert_eq!(k[1], heading(1, "1. Rekisterinpitäjä"));
    assert_eq!(k[3], heading(2, "Tietosuojavastaava"));
    // A localized style name alone ("Otsikko 3") is not a heading.
    assert_eq!(k[5], para("Ei otsikko vaikka nimi sanoo"));
    assert_eq!(k[8], (BlockKind::ListItem { level: 0, ordered: false }, "asiakassuhteen hoitaminen".to_owned()));
    assert_eq!(k[9], (BlockKind::ListItem { level: 1, ordered: false }, "laskutus".to_owned()));
    // Numbering from the paragraph style: a numbered list.
    assert_eq!(k[10], (BlockKind::ListItem { level: 0, ordered: true }, "palautekysely".to_owned()));
    assert!(doc.blocks[8].follows, "the list goes on from its lead-in");
    assert!(doc.blocks[11].emphasis.bold);
    assert!(!doc.blocks[2].emphasis.bold);
    assert_eq!(k[12].0, BlockKind::TableRow { cells: vec!["Tieto".into(), "Säilytysaika".into()] });
    assert_eq!(k[13].0, BlockKind::TableRow { cells: vec!["Nimi".into(), "2 vuotta".into()] });
    assert!(doc.blocks[13].follows);
    // Content-control check boxes as ☐/☒, with their labels.
    let boxes = &doc.blocks[15];
    assert_eq!(boxes.text, "Ei ☐ Kyllä ☒ (Microsoft Forms, vakiosopimuslausekkeet)");
    assert_eq!(boxes.boxes(), vec![false, true]);
    // Deleted revisions go; entities, tabs and ligatures are read.
    assert_eq!(doc.blocks[16].text, "Asiakas&rekisteri\tfi");
    // The import goes on from the blocks: the controller from under its heading.
    let imported = import::import_bytes(&notice_docx(), "seloste.docx").expect("import");
    assert!(
        imported.register.controller.contact.name.fi.starts_with("Kemin kaupunki"),
        "{:?}",
        imported.register.controller.contact
    );
    assert_eq!(imported.report.format, Format::Docx);
    assert_eq!(imported.register.id, "seloste");
}

fn odt(content_body: &str) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0">
        <office:automatic-styles><style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
        <text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style></office:automatic-styles>
        <office:body><office:text>{content_body}</office:text></office:body></office:document-content>"#
    );
    zip_of(&[("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", content.as_bytes())])
}

#[test]
fn odt_headings_lists_and_tables_arrive_as_blocks() {
    let body = r#"<text:h text:outline-level="1">Tietosuojaseloste</text:h>
        <text:h text:outline-level="2">1. Rekisterinpitäjä</text:h>
        <text:p>Kemin<text:s/>kaupunki<text:line-break/>Valtakatu 26</text:p>
        <text:p><text:span text:style-name="T1">Tarkoitus</text:span></text:p>
        <text:list><text:list-item><text:p>asiakassuhde</text:p><text:list><text:list-item><text:p>laskutus</text:p></text:list-item></text:list></text:list-item></text:list>
        <text:list text:style-name="L2"><text:list-item><text:p>ensimmäinen</text:p></text:list-item></text:list>
        <table:table><table:table-row><table:table-cell><text:p>Nimi</text:p></table:table-cell><table:table-cell><text:p>2 vuotta</text:p></table:table-cell></table:table-row></table:table>
        <text:p>Teksti<text:note><text:note-body><text:p>alaviite</text:p></text:note-body></text:note> jatkuu ☒ Kyllä</text:p>"#;
    let doc = import::read_document(&odt(body), "seloste.odt").expect("read");
    assert_eq!(doc.format, Format::Odt);
    let k = kinds(&doc);
    assert_eq!(
        k,
        vec![
            (BlockKind::Heading { level: 1 }, "Tietosuojaseloste".to_owned()),
            (BlockKind::Heading { level: 2 }, "1. Rekisterinpitäjä".to_owned()),
            (BlockKind::Paragraph, "Kemin kaupunki\nValtakatu 26".to_owned()),
            (BlockKind::Paragraph, "Tarkoitus".to_owned()),
            (BlockKind::ListItem { level: 0, ordered: false }, "asiakassuhde".to_owned()),
            (BlockKind::ListItem { level: 1, ordered: false }, "laskutus".to_owned()),
            (BlockKind::ListItem { level: 0, ordered: true }, "ensimmäinen".to_owned()),
            (BlockKind::TableRow { cells: vec!["Nimi".into(), "2 vuotta".into()] }, "Nimi\t2 vuotta".to_owned()),
            (BlockKind::Paragraph, "Teksti jatkuu ☒ Kyllä".to_owned()),
        ]
    );
    assert!(doc.blocks[3].emphasis.bold);
    assert!(doc.blocks[4].follows && doc.blocks[5].follows);
}

fn seed_register(prefix: &str) -> Register {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/seeds");
    let path = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap();
    import::import_bytes(&std::fs::read(path).unwrap(), "seed.txt").unwrap().register
}

fn export_as(register: &Register, format: seloste::export::Format) -> Vec<u8> {
    let options = seloste::export::Options { lang: Lang::Fi, poster: false, format, paper: seloste::layout::Paper::A4 };
    seloste::export::export(register, &options).expect("export").bytes
}

/// The words of a text, lower case.
fn words(s: &str) -> std::collections::BTreeSet<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() > 2).map(str::to_lowercase).collect()
}

#[test]
fn our_own_pdf_and_html_read_back_with_their_headings_and_text() {
    let register = seed_register("001");
    for format in [seloste::export::Format::Pdf, seloste::export::Format::Html] {
        let bytes = export_as(&register, format);
        let name = format!("vienti.{}", format.extension());
        let doc = import::read_document(&bytes, &name).expect("read");
        // Headings are found as headings, and every word of the text export is in the blocks.
        assert!(
            doc.blocks.iter().filter(|b| matches!(b.kind, BlockKind::Heading { .. })).count() >= 8,
            "{name}: {:#?}",
            kinds(&doc)
        );
        let txt = String::from_utf8(export_as(&register, seloste::export::Format::Txt)).unwrap();
        let read: std::collections::BTreeSet<String> = words(&doc.plain_text())
            .union(&words(&doc.removed.iter().map(|r| r.text.clone()).collect::<Vec<_>>().join(" ")))
            .cloned()
            .collect();
        let expected = words(&txt);
        let missing: Vec<&String> = expected.iter().filter(|w| !read.contains(*w)).collect();
        assert!(missing.len() * 50 <= expected.len(), "{name}: words not read back: {missing:?}");
        // No page furniture is left in the text, no ligature, no replacement character.
        assert!(!doc.plain_text().contains('\u{FFFD}') && !doc.plain_text().contains('ﬁ'));
        // And it imports again to the same controller.
        let again = import::import_bytes(&bytes, &name).expect("import");
        assert_eq!(again.register.controller.contact.name.fi, register.controller.contact.name.fi, "{name}");
    }
}

#[test]
fn markdown_headings_front_matter_and_negation_case() {
    let md = "---\ntitle: Seloste\n---\nSeloste\n\n## Tietojen siirto EU:n tai ETA:n ulkopuolelle\nHenkilötietoja ei siirretä EU:n tai ETA:n ulkopuolelle.\n\n**Rekisterinpitäjä**\n\nKemin kaupunki\n";
    let doc = import::read_document(md.as_bytes(), "seloste.md").expect("read");
    assert_eq!(doc.format, Format::Markdown);
    assert_eq!(doc.blocks[1].kind, BlockKind::Heading { level: 2 });
    assert_eq!(doc.blocks[2].text, "Henkilötietoja ei siirretä EU:n tai ETA:n ulkopuolelle.");
    assert_eq!(doc.blocks[3].kind, BlockKind::Heading { level: 2 });
    let imported = import::import_bytes(md.as_bytes(), "seloste.md").expect("import");
    assert!(imported.register.notes.contains("title: Seloste"), "front matter kept in the notes");
    assert!(!imported.register.name.fi.contains("title"));
    assert_eq!(imported.register.controller.contact.name.fi, "Kemin kaupunki");
}

fn case(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/import-cases").join(name))
        .or_else(|_| std::fs::read(Path::new("/work/shared/import-cases").join(name)))
        .expect("import case")
}

/// All the register's text, JSON-encoded.
fn all_text(r: &Register) -> String {
    serde_json::to_string(r).unwrap()
}

#[test]
fn pdf_copied_text_is_read_right() {
    // 03: words hyphenated at line ends are joined, the compound's real hyphen kept.
    let doc = import::read_document(&case("03-pdf-hyphenated-basis.txt"), "03.txt").unwrap();
    let text = doc.plain_text();
    assert!(text.contains("Käsittely perustuu") && text.contains("6 artiklan"), "{text}");
    assert!(text.contains("(tietosuoja-asetuksen"));
    // 04: the running header and "2 (3)" are page furniture, kept in the notes only.
    let bytes = case("04-pdf-running-header.txt");
    let imported = import::import_bytes(&bytes, "04.txt").unwrap();
    let purposes: Vec<&str> = imported.register.purposes.iter().map(|p| p.description.fi.as_str()).collect();
    assert_eq!(purposes, vec!["Lainaustoiminnan hoitaminen."]);
    let without_notes = Register { notes: String::new(), ..imported.register.clone() };
    assert!(!all_text(&without_notes).contains("2 (3)"));
    assert!(
        imported.register.notes.contains("2 (3)")
            && imported.register.notes.contains("Tietosuojaseloste – Esimerkin kunta")
    );
    // 06: ligatures are letters.
    let imported = import::import_bytes(&case("06-pdf-ligatures.txt"), "06.txt").unwrap();
    let all = all_text(&imported.register);
    assert!(all.contains("kirjaamo@esimerkki.fi") && all.contains("Asiakasprofiilin") && all.contains("Workflow"));
    assert!(!all.contains('ﬁ') && !all.contains('ﬂ'));
    assert_eq!(imported.report.cleanup.ligatures, 3);
}

/// A .docx whose document part inflates to 200 MB of spaces.
fn zip_bomb() -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut w = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        w.start_file("[Content_Types].xml", opts).unwrap();
        w.write_all(br#"<Types><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#).unwrap();
        w.start_file("word/document.xml", opts).unwrap();
        let chunk = vec![b' '; 1 << 20];
        for _ in 0..200 {
            w.write_all(&chunk).unwrap();
        }
        w.finish().unwrap();
    }
    buf.into_inner()
}

#[test]
fn hostile_files_get_a_clear_error_and_no_panic() {
    let bomb = zip_bomb();
    assert!(bomb.len() < 1 << 20, "the bomb is small: {}", bomb.len());
    let started = std::time::Instant::now();
    let e = import::import_bytes(&bomb, "pommi.docx").unwrap_err();
    assert!(matches!(e, ImportError::Inflated { .. }), "{e}");
    assert!(e.to_string().starts_with("pommi.docx: unpacks to more than"), "{e}");
    assert!(started.elapsed().as_secs() < 20);
    let pdf = export_as(&seed_register("002"), seloste::export::Format::Pdf);
    for cut in [pdf.len() / 2, pdf.len() - 40, 200] {
        let e = import::import_bytes(&pdf[..cut], "katkaistu.pdf").unwrap_err();
        assert!(e.to_string().starts_with("katkaistu.pdf: cannot be read:"), "{e}");
    }
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";
    let e = import::import_bytes(png, "kuva.docx").unwrap_err();
    assert_eq!(
        e.to_string(),
        "kuva.docx: cannot be read: the name says .docx, which is a Word document (a ZIP archive), but the content is an image"
    );
    let e = import::import_bytes(&zip_of(&[]), "tyhja.docx").unwrap_err();
    assert!(e.to_string().starts_with("tyhja.docx: cannot be read: an empty ZIP archive"), "{e}");
    let e = import::import_bytes(&zip_of(&[("a.txt", b"x")]), "muu.docx").unwrap_err();
    assert!(e.to_string().contains("not a Word (.docx) or OpenDocument text (.odt)"), "{e}");
    let e = import::import_bytes(&docx("<w:p><w:r><w:t>rikki</w:r>"), "rikki.docx");
    assert!(e.is_ok() || e.unwrap_err().to_string().starts_with("rikki.docx: "));
    let e = import::import_bytes(&docx("<w:p></w:p>"), "tyhja.docx").unwrap_err();
    assert!(matches!(e, ImportError::NoText { .. }), "{e}");
    let garbage: Vec<u8> = (0..5000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    for name in ["roska.pdf", "roska.docx", "roska.odt", "roska.bin"] {
        let e = import::import_bytes(&garbage, name).unwrap_err();
        assert!(e.to_string().starts_with(&format!("{name}: ")), "{e}");
    }
}

#[test]
fn the_cli_imports_a_folder_of_mixed_formats_and_reports_each_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vanhat");
    std::fs::create_dir(&dir).unwrap();
    let register = seed_register("001");
    std::fs::write(dir.join("a.docx"), notice_docx()).unwrap();
    std::fs::write(dir.join("b.pdf"), export_as(&register, seloste::export::Format::Pdf)).unwrap();
    std::fs::write(dir.join("c.html"), export_as(&register, seloste::export::Format::Html)).unwrap();
    std::fs::write(dir.join("d.md"), "## Rekisterinpitäjä\nKemin kaupunki\n").unwrap();
    std::fs::write(dir.join("e.docx"), b"\x89PNG\r\n\x1a\n\0\0").unwrap();
    std::fs::write(dir.join("muistio.xlsx"), b"ei tuoda").unwrap();
    let out = tmp.path().join("rekisterit");
    let run = seloste(["import".as_ref(), dir.as_os_str(), "--out".as_ref(), out.as_os_str()]);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    // Five summary lines, the count, the worklist's heading and one line per register.
    assert_eq!(lines.len(), 11, "{}", run.stdout);
    assert!(lines[0].contains("a.docx: docx, ") && lines[0].contains(" sections, "), "{}", lines[0]);
    assert!(lines[1].contains("b.pdf: pdf, "), "{}", lines[1]);
    assert!(lines[2].contains("c.html: html, "), "{}", lines[2]);
    assert!(lines[3].contains("d.md: markdown, 1 sections"), "{}", lines[3]);
    assert!(lines[4].contains("e.docx: error: ") && lines[4].contains("image"), "{}", lines[4]);
    assert_eq!(lines[5], "4 imported, 1 failed");
    assert!(lines[6].contains("eniten ensin"), "{}", lines[6]);
    assert!(lines[7..].iter().all(|l| l.ends_with(".ron")), "{}", run.stdout);
    let written: Vec<PathBuf> = ["a", "b", "c", "d"].iter().map(|n| out.join(format!("{n}.ron"))).collect();
    assert!(written.iter().all(|p| p.exists()));
    assert!(!out.join("e.ron").exists());
    let b = seloste::store::load_register(&written[1]).unwrap();
    assert_eq!(b.controller.contact.name.fi, register.controller.contact.name.fi);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Any bytes behind each reader's signature: an error naming the file or a register, never a panic.
    #[test]
    fn readers_survive_arbitrary_bytes(tail in prop::collection::vec(any::<u8>(), 0..2048), which in 0usize..5) {
        let (head, name): (&[u8], &str) = [
            (&b"PK\x03\x04"[..], "x.docx"),
            (&b"%PDF-1.7\n"[..], "x.pdf"),
            (&b"<!DOCTYPE html><p>"[..], "x.html"),
            (&b"# Otsikko\n"[..], "x.md"),
            (&b""[..], "x.txt"),
        ][which];
        let bytes = [head, &tail].concat();
        if let Err(e) = import::import_bytes(&bytes, name) {
            let prefix = format!("{}: ", name);
            prop_assert!(e.to_string().starts_with(&prefix));
        }
    }

    /// A real .docx or PDF with bytes changed: an error or a register, never a panic.
    #[test]
    fn readers_survive_damaged_documents(flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..16), pdf in any::<bool>()) {
        let (mut bytes, name) = if pdf {
            (PDF.with(|p| p.clone()), "x.pdf")
        } else {
            (notice_docx(), "x.docx")
        };
        for (at, b) in flips {
            let i = at.index(bytes.len());
            bytes[i] = b;
        }
        if let Err(e) = import::import_bytes(&bytes, name) {
            let prefix = format!("{}: ", name);
            prop_assert!(e.to_string().starts_with(&prefix));
        }
    }
}

thread_local! {
    static PDF: Vec<u8> = export_as(&seed_register("003"), seloste::export::Format::Pdf);
}
