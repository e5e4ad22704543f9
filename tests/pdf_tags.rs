//! The tagged PDF read back: structure tree (one H1, H2s in section order, a list per list,
//! a link over every address, alt text on figures), outline, XMP and language; Sámi text;
//! and every sample notice and poster checked by `page-validation` against PDF/UA-1 (one also
//! against PDF/A-2a).

use crate::util::sample_files;
use lopdf::{Dictionary, Document, Object};
use seloste::export::{self, ExportError, Format, Options};
use seloste::layout::{Paper, PosterError, find_links};
use seloste::model::{Lang, Logo, Register, Text};
use seloste::notice::{self, Block};
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

fn load(path: &Path) -> Register {
    seloste::store::load_register(path).expect("sample loads")
}

fn pdf(register: &Register, lang: Lang, poster: bool) -> Result<export::Output, ExportError> {
    export::export(register, &Options { lang, poster, format: Format::Pdf, paper: seloste::layout::Paper::A4 })
}

fn text_export(register: &Register, lang: Lang, poster: bool) -> String {
    let out =
        export::export(register, &Options { lang, poster, format: Format::Txt, paper: seloste::layout::Paper::A4 })
            .expect("text export");
    String::from_utf8(out.bytes).expect("UTF-8")
}

/// A structure element as read back: its type, /T, /Alt, the URIs of its link annotations,
/// and its children.
#[derive(Debug, Default)]
struct Elem {
    kind: String,
    title: Option<String>,
    alt: Option<String>,
    uris: Vec<String>,
    kids: Vec<Elem>,
}

impl Elem {
    /// Every element below (and including) this one, depth first, in order.
    fn walk<'a>(&'a self, out: &mut Vec<&'a Elem>) {
        out.push(self);
        for k in &self.kids {
            k.walk(out);
        }
    }
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    match o {
        Object::Reference(id) => doc.get_object(*id).expect("reference resolves"),
        o => o,
    }
}

fn text_of(doc: &Document, o: Option<&Object>) -> Option<String> {
    let o = deref(doc, o?);
    let bytes = o.as_str().ok()?;
    Some(lopdf::decode_text_string(o).unwrap_or_else(|_| String::from_utf8_lossy(bytes).into_owned()))
}

fn read_elem(doc: &Document, dict: &Dictionary, depth: usize) -> Elem {
    assert!(depth < 64, "structure tree too deep");
    let mut e = Elem {
        kind: dict
            .get(b"S")
            .and_then(Object::as_name)
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .unwrap_or_default(),
        title: text_of(doc, dict.get(b"T").ok()),
        alt: text_of(doc, dict.get(b"Alt").ok()),
        ..Elem::default()
    };
    let kids: Vec<&Object> = match dict.get(b"K").map(|k| deref(doc, k)) {
        Ok(Object::Array(a)) => a.iter().collect(),
        Ok(o) => vec![o],
        Err(_) => vec![],
    };
    for kid in kids {
        let Ok(d) = deref(doc, kid).as_dict() else { continue };
        match d.get(b"Type").and_then(Object::as_name).ok() {
            Some(b"OBJR") => {
                let annot = d.get(b"Obj").map(|o| deref(doc, o)).and_then(Object::as_dict).expect("annotation");
                let action = annot.get(b"A").map(|o| deref(doc, o)).and_then(Object::as_dict).expect("link action");
                assert_eq!(action.get(b"S").and_then(Object::as_name).ok(), Some(b"URI".as_slice()));
                let uri = action.get(b"URI").and_then(Object::as_str).expect("URI");
                e.uris.push(String::from_utf8_lossy(uri).into_owned());
                assert!(annot.get(b"Contents").is_ok(), "link annotation without Contents");
            }
            Some(b"MCR") => {}
            _ if d.has(b"S") => e.kids.push(read_elem(doc, d, depth + 1)),
            _ => {}
        }
    }
    e
}

/// The structure tree of a PDF, from its root.
fn structure(doc: &Document) -> Elem {
    let catalog = doc.catalog().expect("catalog");
    let mark = catalog.get(b"MarkInfo").map(|o| deref(doc, o)).and_then(Object::as_dict).expect("MarkInfo");
    assert_eq!(mark.get(b"Marked").and_then(Object::as_bool).ok(), Some(true), "not marked as tagged");
    let root = catalog.get(b"StructTreeRoot").map(|o| deref(doc, o)).and_then(Object::as_dict).expect("StructTreeRoot");
    let mut top = read_elem(doc, root, 0);
    top.kind = "StructTreeRoot".to_owned();
    top
}

/// The titles of the outline's top-level entries.
fn outline(doc: &Document) -> Vec<String> {
    let catalog = doc.catalog().expect("catalog");
    let Ok(outlines) = catalog.get(b"Outlines").map(|o| deref(doc, o)).and_then(Object::as_dict) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut next = outlines.get(b"First").ok();
    while let Some(item) = next {
        let d = deref(doc, item).as_dict().expect("outline item");
        out.push(text_of(doc, d.get(b"Title").ok()).expect("outline title"));
        next = d.get(b"Next").ok();
        assert!(out.len() < 1000, "outline loops");
    }
    out
}

fn kinds<'a>(all: &[&'a Elem], kind: &str) -> Vec<&'a Elem> {
    all.iter().copied().filter(|e| e.kind == kind).collect()
}

#[test]
fn notice_structure_tree_headings_lists_links_and_outline() {
    let mut checked = 0;
    for file in sample_files() {
        let register = load(&file);
        for lang in register.notice_languages() {
            let what = format!("{} ({lang})", file.display());
            let out = pdf(&register, lang, false).expect("PDF");
            let doc = Document::load_mem(&out.bytes).expect("parses");
            let tree = structure(&doc);
            let mut all = Vec::new();
            tree.walk(&mut all);
            assert_eq!(tree.kids.len(), 1, "{what}: one Document element");
            assert_eq!(tree.kids[0].kind, "Document", "{what}");
            let n = notice::build(&register, lang);
            // One H1, the register's name, before every H2.
            let headings: Vec<&Elem> = all.iter().copied().filter(|e| e.kind == "H1" || e.kind == "H2").collect();
            assert_eq!(kinds(&all, "H1").len(), 1, "{what}");
            assert_eq!(headings[0].kind, "H1", "{what}");
            assert_eq!(headings[0].title.as_deref(), Some(n.title.register.as_str()), "{what}");
            // H2s in section order.
            let h2: Vec<String> = kinds(&all, "H2").iter().map(|e| e.title.clone().unwrap_or_default()).collect();
            let sections: Vec<String> = n.sections.iter().map(|s| s.numbered_heading()).collect();
            assert_eq!(h2, sections, "{what}");
            // A list (L) per bulleted list, each item with a label and a body.
            let lists = n.sections.iter().flat_map(|s| &s.blocks).filter(|b| matches!(b, Block::Bullets(_))).count();
            assert_eq!(kinds(&all, "L").len(), lists, "{what}");
            for item in kinds(&all, "LI") {
                let k: Vec<&str> = item.kids.iter().map(|k| k.kind.as_str()).collect();
                assert_eq!(k, ["Lbl", "LBody"], "{what}");
            }
            // A Link over every e-mail address and web address of the text.
            let text = text_export(&register, lang, false);
            let expected: BTreeSet<String> = find_links(&text).into_iter().map(|l| l.uri).collect();
            let links = kinds(&all, "Link");
            let found: BTreeSet<String> = links.iter().flat_map(|l| l.uris.iter().cloned()).collect();
            assert_eq!(found, expected, "{what}");
            assert!(links.iter().all(|l| !l.uris.is_empty()), "{what}: a Link without its annotation");
            // An outline entry per section, in order.
            assert_eq!(outline(&doc), sections, "{what}");
            checked += 1;
        }
    }
    assert!(checked >= 12, "only {checked} notices");
}

#[test]
fn kemi_notice_links_its_addresses() {
    let file =
        sample_files().into_iter().find(|f| f.to_string_lossy().contains("kameravalvonta-kemin")).expect("sample");
    let out = pdf(&load(&file), Lang::Fi, false).expect("PDF");
    let doc = Document::load_mem(&out.bytes).expect("parses");
    let tree = structure(&doc);
    let mut all = Vec::new();
    tree.walk(&mut all);
    let uris: BTreeSet<String> = kinds(&all, "Link").iter().flat_map(|l| l.uris.iter().cloned()).collect();
    // The controller's registry and web site, the DPO, the supervisory authority. (The
    // notice's own public address is on the poster, not in the notice.)
    for uri in [
        "mailto:kirjaamo@kemi.fi",
        "https://www.kemi.fi",
        "mailto:tietosuojavastaava@kemi.fi",
        "mailto:tietosuoja@om.fi",
        "https://tietosuoja.fi",
    ] {
        assert!(uris.contains(uri), "{uri} not linked: {uris:?}");
    }
}

/// The test logo: a 48 x 16 PNG.
fn logo() -> Logo {
    Logo::from_png(include_bytes!("logo.png").to_vec()).expect("the test logo is a PNG")
}

/// The logo is drawn at the top of the poster as an image, tagged as a figure whose text
/// alternative names the organisation; a file that is not a PNG is named and left out.
#[test]
fn a_poster_carries_the_workspace_logo_as_a_figure() {
    let dir = crate::util::copy_samples();
    std::fs::write(dir.path().join("logo.png"), include_bytes!("logo.png")).expect("logo");
    let input = dir.path().join("kameravalvonta-kemin-kaupungintalo.ron");
    let export_poster = || {
        let args = ["export".as_ref(), "--poster".as_ref(), "--lang".as_ref(), "fi".as_ref(), input.as_os_str()];
        crate::util::seloste(args)
    };
    let run = export_poster();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let bytes = std::fs::read(dir.path().join("kameravalvonta-kemin-kaupungintalo-fi-poster.pdf")).expect("poster");
    let doc = Document::load_mem(&bytes).expect("parses");
    let images = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").and_then(Object::as_name).is_ok_and(|n| n == b"Image"))
        .count();
    assert_eq!(images, 1, "one image: the logo");
    let tree = structure(&doc);
    let mut all = Vec::new();
    tree.walk(&mut all);
    let alts: Vec<String> = kinds(&all, "Figure").iter().filter_map(|f| f.alt.clone()).collect();
    assert_eq!(alts.first().map(String::as_str), Some("Logo: Kemin kaupunki"), "{alts:?}");
    assert_eq!(alts.len(), 3, "logo, camera pictogram, QR code: {alts:?}");

    // Not a PNG: the poster is made without it, and the file is named.
    std::fs::write(dir.path().join("logo.png"), "<svg>not a png</svg>").expect("logo");
    let run = export_poster();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("logo.png: not a PNG image"), "{}", run.stderr);
}

#[test]
fn poster_structure_has_figures_with_alt_text_and_links() {
    let file =
        sample_files().into_iter().find(|f| f.to_string_lossy().contains("kameravalvonta-kemin")).expect("sample");
    let register = load(&file);
    for (lang, qr) in [(Lang::Fi, "QR-koodi"), (Lang::Sv, "QR-kod"), (Lang::En, "QR code")] {
        let out = pdf(&register, lang, true).expect("poster");
        let doc = Document::load_mem(&out.bytes).expect("parses");
        let tree = structure(&doc);
        let mut all = Vec::new();
        tree.walk(&mut all);
        let figures = kinds(&all, "Figure");
        // The camera pictogram first, the QR code with the address it opens.
        assert_eq!(figures.len(), 2, "{lang}: {figures:?}");
        let camera = figures[0].alt.as_deref().unwrap_or_default();
        assert!(!camera.is_empty(), "{lang}");
        let qr_alt = figures[1].alt.as_deref().unwrap_or_default();
        assert!(qr_alt.starts_with(qr) && qr_alt.ends_with(register.public_url.as_str()), "{lang}: {qr_alt}");
        assert_eq!(kinds(&all, "H1").len(), 1, "{lang}");
        let poster = notice::poster(&register, lang);
        let h2: Vec<String> = kinds(&all, "H2").iter().map(|e| e.title.clone().unwrap_or_default()).collect();
        let mut labels: Vec<String> = poster.blocks.iter().map(|b| b.label.clone()).filter(|l| !l.is_empty()).collect();
        labels.push(poster.url_label.clone());
        assert_eq!(h2, labels, "{lang}");
        assert_eq!(outline(&doc), labels, "{lang}");
        let uris: Vec<String> = kinds(&all, "Link").iter().flat_map(|l| l.uris.iter().cloned()).collect();
        assert!(uris.contains(&register.public_url), "{lang}: {uris:?}");
        assert_eq!(kinds(&all, "L").len(), poster.blocks.iter().filter(|b| b.bullets).count(), "{lang}");
    }
}

#[test]
fn xmp_title_ids_language_and_viewer_title() {
    let file =
        sample_files().into_iter().find(|f| f.to_string_lossy().contains("kameravalvonta-kemin")).expect("sample");
    let register = load(&file);
    let out = pdf(&register, Lang::Sv, false).expect("PDF");
    let doc = Document::load_mem(&out.bytes).expect("parses");
    let catalog = doc.catalog().expect("catalog");
    assert_eq!(catalog.get(b"Lang").and_then(Object::as_str).ok(), Some(b"sv".as_slice()));
    let prefs = catalog.get(b"ViewerPreferences").map(|o| deref(&doc, o)).and_then(Object::as_dict).expect("prefs");
    assert_eq!(prefs.get(b"DisplayDocTitle").and_then(Object::as_bool).ok(), Some(true));
    let meta = catalog.get(b"Metadata").and_then(Object::as_reference).expect("XMP");
    let stream = doc.get_object(meta).and_then(Object::as_stream).expect("XMP stream");
    let xmp =
        String::from_utf8(stream.decompressed_content().unwrap_or_else(|_| stream.content.clone())).expect("UTF-8");
    let title = notice::build(&register, Lang::Sv).info.title;
    assert!(xmp.contains(&title), "{xmp}");
    assert!(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), "{xmp}");
    assert!(
        xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains("<pdfaid:conformance>A</pdfaid:conformance>"),
        "{xmp}"
    );
}

#[test]
fn north_and_skolt_sami_text_exports_without_replacement_characters() {
    let mut r = Register { name: Text::fi("Sääʹmteʹǧǧ – Sámediggi"), ..Register::default() };
    r.controller.contact.name = Text::fi("Anár gielda / Aanaar kieldâ");
    // North Sámi, then Skolt Sámi (with the prime U+02B9), then Inari Sámi.
    let north = "Sámediggi giedahallá du persovdnadieđuid. Dieđut vurkejuvvojit oadjebasat: čđŋšŧž ČĐŊŠŦŽ.";
    let skolt = "Sääʹmteʹǧǧ kåʹtt ǩiõll ǯiõʹlle ǥǥ ʒʒ ǯ ŋ õ â Ǯ Ǥ Ǧ Ǩ Ʒ.";
    let inari = "Anarâškielâ: säämi kielâ, vuáđučuággá.";
    r.purposes.push(seloste::model::Purpose {
        description: Text::fi(format!("{north}\n\n{skolt}\n\n{inari}")),
        ..Default::default()
    });
    let out = pdf(&r, Lang::Fi, false).expect("PDF");
    assert!(out.warnings.is_empty(), "{:?}", out.warnings);
    let doc = Document::load_mem(&out.bytes).expect("parses");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).expect("text");
    assert!(!text.contains('\u{fffd}'), "{text}");
    let squeezed: String = text.replace('\u{ad}', "").split_whitespace().collect();
    for word in
        north.split_whitespace().chain(skolt.split_whitespace()).chain(inari.split_whitespace()).chain(["Sääʹmteʹǧǧ"])
    {
        assert!(squeezed.contains(word), "{word:?} not in {text}");
    }
    // The same through poppler's pdftotext, what most Linux tools and indexers use.
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("sami.pdf");
    std::fs::write(&file, &out.bytes).expect("write");
    match Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(&file).arg("-").output() {
        Ok(run) if run.status.success() => {
            let text = String::from_utf8(run.stdout).expect("UTF-8");
            assert!(!text.contains('\u{fffd}'), "{text}");
            let squeezed: String = text.replace('\u{ad}', "").split_whitespace().collect();
            for word in north.split_whitespace().chain(skolt.split_whitespace()).chain(["Sääʹmteʹǧǧ"]) {
                assert!(squeezed.contains(word), "pdftotext: {word:?} not in {text}");
            }
        }
        _ => eprintln!("\n*** SKIPPED: the pdftotext part: poppler-utils is not installed ***\n"),
    }
}

/// Runs `.ci/pdf_check.py` (page-validation) on `files` with `profile`; returns the lines
/// of files that fail, or None when the validator is not installed: then the test says so
/// loudly and skips this part, unless SELOSTE_REQUIRE_PDFUA=1 (set by `.ci/run`, which
/// installs it) makes that a failure. The structure tree, outline, XMP and language are
/// read back by the other tests here either way.
fn validate(files: &[std::path::PathBuf], profile: &str) -> Option<Vec<String>> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/pdf_check.py");
    let run = Command::new("python3").arg(&script).args(["--profile", profile]).args(files).output();
    let missing = match &run {
        Err(_) => true,
        Ok(out) => out.status.code() == Some(3),
    };
    if missing {
        assert!(
            !std::env::var("SELOSTE_REQUIRE_PDFUA").is_ok_and(|v| v == "1"),
            "page-validation is not installed (`pip install page-validation`) and SELOSTE_REQUIRE_PDFUA=1"
        );
        eprintln!(
            "\n*** SKIPPED: {profile} validation: python3 or page-validation is not installed (`pip install page-validation`) ***\n"
        );
        return None;
    }
    let out = run.expect("validator ran");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.code() == Some(0) || out.status.code() == Some(1),
        "validator failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<String> = stdout.lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), files.len(), "one report per file: {stdout}");
    Some(lines.into_iter().filter(|l| !l.contains("\"failed_rules\": []")).collect())
}

#[test]
fn every_sample_notice_and_poster_passes_pdf_ua_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut files = Vec::new();
    for file in sample_files() {
        let register = load(&file);
        let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        for lang in register.notice_languages() {
            for poster in [false, true] {
                let out = match pdf(&register, lang, poster) {
                    Ok(out) => out,
                    Err(ExportError::Poster(PosterError::DoesNotFit { .. })) => continue,
                    Err(e) => panic!("{stem} {lang}: {e}"),
                };
                let path = dir.path().join(format!("{stem}-{lang}{}.pdf", if poster { "-poster" } else { "" }));
                std::fs::write(&path, &out.bytes).expect("write");
                files.push(path);
            }
        }
    }
    assert!(files.len() >= 20, "only {} files", files.len());
    // A poster with the organisation's logo (a PNG image).
    let camera = sample_files().into_iter().find(|f| f.to_string_lossy().contains("kameravalvonta-kemin"));
    let register = load(&camera.expect("camera sample"));
    let options = Options { lang: Lang::Fi, poster: true, format: Format::Pdf, paper: Paper::A4 };
    let out = export::export_with_logo(&register, &options, Some(&logo())).expect("poster with a logo");
    let with_logo = dir.path().join("kameravalvonta-kemin-logo-poster.pdf");
    std::fs::write(&with_logo, &out.bytes).expect("write");
    files.push(with_logo.clone());
    let Some(failed) = validate(&files, "ua1") else { return };
    assert!(failed.is_empty(), "PDF/UA-1 failures:\n{}", failed.join("\n"));
    // PDF/A-2a: one notice, one poster, and the poster with the logo.
    let mut archival: Vec<_> =
        files.iter().filter(|f| f.to_string_lossy().contains("kameravalvonta-kemin")).take(2).cloned().collect();
    archival.push(with_logo);
    let Some(failed) = validate(&archival, "2a") else { return };
    assert!(failed.is_empty(), "PDF/A-2a failures:\n{}", failed.join("\n"));
}

/// The `/Lang` of every marked-content sequence of every page, in order ("" for none).
fn content_langs(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    for (_, page) in doc.get_pages() {
        let content = doc.get_and_decode_page_content(page).expect("page content");
        for op in content.operations.iter().filter(|op| op.operator == "BDC") {
            let props = op.operands.get(1).map(|o| deref(doc, o));
            let lang = props.and_then(|p| p.as_dict().ok()).and_then(|d| text_of(doc, d.get(b"Lang").ok()));
            out.push(lang.unwrap_or_default());
        }
    }
    out
}

#[test]
fn a_name_kept_in_finnish_is_marked_finnish_in_a_swedish_notice() {
    // The register's name, the controller's name and street exist only in Finnish: a screen
    // reader reading the Swedish notice must switch to Finnish for them (PDF/UA-1 7.2,
    // WCAG 3.1.2). They are printed five times: the title (H1), the controller under it,
    // section 1, and the controller's contact block (name, street).
    let mut r = Register { name: Text::fi("Asiakasrekisteri"), ..Register::default() };
    r.languages = vec![Lang::Fi, Lang::Sv];
    r.controller.contact.name = Text::fi("Sääksmäen kunta");
    r.controller.contact.street = Text::fi("Kirkkotie 1");
    let sv = pdf(&r, Lang::Sv, false).expect("PDF");
    let doc = Document::load_mem(&sv.bytes).expect("parses");
    assert_eq!(doc.catalog().expect("catalog").get(b"Lang").and_then(Object::as_str).ok(), Some(b"sv".as_slice()));
    let langs = content_langs(&doc);
    assert_eq!(langs.iter().filter(|l| *l == "fi").count(), 5, "{langs:?}");
    assert!(langs.iter().all(|l| l.is_empty() || l == "fi"), "{langs:?}");
    // In the Finnish notice nothing is in another language.
    let fi = pdf(&r, Lang::Fi, false).expect("PDF");
    let langs = content_langs(&Document::load_mem(&fi.bytes).expect("parses"));
    assert!(langs.iter().all(String::is_empty), "{langs:?}");
}
