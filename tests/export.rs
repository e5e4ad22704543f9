//! Scenarios for printable notices: every sample in every language it declares, as text
//! and PDF. The PDF is read back with lopdf and must contain every word of the text
//! rendering, in order; pages are numbered "sivu N / M"; no page ends with a heading; a
//! poster that cannot fit fails with the fields to shorten; and the CLI names its files.

use crate::util::{copy_samples, overflow_poster, sample_files, seloste};
use seloste::export::{self, ExportError, Format, Options};
use seloste::layout::{self, PosterError, Role, font};
use seloste::model::{Lang, Register};
use seloste::notice;
use std::path::Path;

/// The text of every page of a PDF, as lopdf extracts it through the ToUnicode maps.
fn pdf_pages_text(bytes: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(bytes).expect("PDF parses");
    doc.get_pages().keys().map(|p| doc.extract_text(&[*p]).expect("text extraction")).collect()
}

/// The text of the PDF without running headers and footers: the layout draws them last on
/// each page, so each page's extracted text must end with them (checked here) and they are
/// cut off. What remains is the body in reading order, white space removed (extraction
/// joins runs without spaces) and soft hyphens of hyphenated line ends taken out.
fn pdf_body(pdf: &[u8], pages: &[layout::Page]) -> String {
    let squeeze = |s: &str| -> String { s.replace('\u{ad}', "").split_whitespace().collect() };
    let extracted = pdf_pages_text(pdf);
    assert_eq!(extracted.len(), pages.len(), "page count");
    let mut body = String::new();
    for (text, page) in extracted.iter().zip(pages) {
        let tail: String = page
            .texts
            .iter()
            .filter(|t| matches!(t.role, Role::Header | Role::Footer))
            .map(|t| t.text.as_str())
            .collect();
        // The PDF draws U+FFFD for a character the font lacks.
        let tail: String =
            tail.chars().map(|c| if font::Face::Regular.metrics().has(c) { c } else { '\u{fffd}' }).collect();
        let (text, tail) = (squeeze(text), squeeze(&tail));
        let Some(page_body) = text.strip_suffix(&tail) else { panic!("page does not end with {tail:?}: {text:?}") };
        body.push_str(page_body);
    }
    body
}

/// Every whitespace-separated word of `text`, found in `squeezed` (a [`pdf_body`]) in the
/// same order.
fn assert_words_in_order(text: &str, squeezed: &str, what: &str) {
    let mut from = 0;
    for word in text.split_whitespace() {
        match squeezed[from..].find(word) {
            Some(at) => from += at + word.len(),
            None => panic!("{what}: word {word:?} not found in the PDF after position {from}"),
        }
    }
}

fn load(path: &Path) -> Register {
    seloste::store::load_register(path).expect("sample loads")
}

fn export(register: &Register, lang: Lang, poster: bool, format: Format) -> Result<export::Output, ExportError> {
    export::export(register, &Options { lang, poster, format, paper: seloste::layout::Paper::A4 })
}

#[test]
fn every_sample_in_every_language_round_trips_through_pdf() {
    let mut checked = 0;
    for file in sample_files() {
        let register = load(&file);
        for lang in register.notice_languages() {
            let what = format!("{} ({lang})", file.display());
            let txt = export(&register, lang, false, Format::Txt).expect("text export");
            let txt = String::from_utf8(txt.bytes).expect("UTF-8 text");
            let pdf = export(&register, lang, false, Format::Pdf).expect("PDF export");
            assert!(pdf.warnings.is_empty(), "{what}: {:?}", pdf.warnings);
            assert!(pdf.bytes.len() < 100_000, "{what}: {} bytes", pdf.bytes.len());
            let n = notice::build(&register, lang);
            let laid = layout::notice(&n);
            // The updated date ends the text; the PDF prints it in every footer.
            let txt = txt.trim_end().strip_suffix(n.updated.as_str()).unwrap_or(&txt).to_owned();
            let pages = pdf_pages_text(&pdf.bytes);
            let all = pages.concat();
            assert_words_in_order(&txt, &pdf_body(&pdf.bytes, &laid), &what);
            // Nordic letters come back as themselves.
            let letters: &[char] = match lang {
                Lang::Fi => &['ä', 'ö'],
                Lang::Sv => &['å', 'ä', 'ö'],
                Lang::En => &[],
            };
            for c in letters {
                assert!(txt.contains(*c) && all.contains(*c), "{what}: {c} lost");
            }
            // Page numbers.
            let word = notice::texts::page(lang);
            for (i, page) in pages.iter().enumerate() {
                let label = format!("{word} {} / {}", i + 1, pages.len());
                assert!(page.contains(&label), "{what}: page {} lacks {label:?}", i + 1);
            }
            checked += 1;
        }
    }
    assert!(checked >= 12, "only {checked} notices checked");
}

#[test]
fn pdf_has_metadata_language_and_embedded_fonts() {
    let file = sample_files()
        .into_iter()
        .find(|f| f.to_string_lossy().contains("kameravalvonta-kemin"))
        .expect("camera sample");
    let register = load(&file);
    let pdf = export(&register, Lang::Sv, false, Format::Pdf).expect("export");
    let doc = lopdf::Document::load_mem(&pdf.bytes).expect("parses");
    let catalog = doc.catalog().expect("catalog");
    assert_eq!(catalog.get(b"Lang").and_then(lopdf::Object::as_str).ok(), Some(b"sv".as_slice()));
    let info_ref = doc.trailer.get(b"Info").and_then(lopdf::Object::as_reference).expect("info");
    let info = doc.get_dictionary(info_ref).expect("info dict");
    let text = |key: &[u8]| {
        info.get(key)
            .and_then(lopdf::Object::as_str)
            .map(|b| lopdf::decode_text_string(&lopdf::Object::string_literal(b)))
            .ok()
    };
    let title = text(b"Title").and_then(Result::ok).unwrap_or_default();
    assert!(title.contains("Kameraövervakning, Kemi stadshus"), "{title:?}");
    assert_eq!(text(b"Author").and_then(Result::ok).as_deref(), Some("Kemi stad"));
    // Both faces embedded, each a cut font far below the 757 KB original.
    let fonts: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.has(b"FontFile2"))
        .filter_map(|d| d.get(b"FontName").and_then(lopdf::Object::as_name).ok())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect();
    assert_eq!(fonts.len(), 2, "{fonts:?}");
    // The same register gives the same bytes.
    assert_eq!(pdf.bytes, export(&register, Lang::Sv, false, Format::Pdf).expect("again").bytes);
}

#[test]
fn no_sample_page_ends_with_a_heading() {
    for file in sample_files() {
        let register = load(&file);
        for lang in register.notice_languages() {
            let pages = layout::notice(&notice::build(&register, lang));
            for (i, page) in pages.iter().enumerate() {
                let body: Vec<_> =
                    page.texts.iter().filter(|t| !matches!(t.role, Role::Header | Role::Footer)).collect();
                let last_y = body.iter().map(|t| t.y).fold(f32::MIN, f32::max);
                for t in body.iter().filter(|t| (t.y - last_y).abs() < 0.01) {
                    assert!(
                        !matches!(t.role, Role::Heading | Role::Title),
                        "{} ({lang}) page {} ends with heading {:?}",
                        file.display(),
                        i + 1,
                        t.text
                    );
                }
            }
        }
    }
}

/// Every sample makes a poster in every language (the two with long purposes print their
/// first sentences and say so), and the PDF holds every word of the text poster.
#[test]
fn every_sample_makes_a_poster() {
    let mut shortened = 0;
    for file in sample_files() {
        let register = load(&file);
        for lang in register.notice_languages() {
            let what = format!("{} ({lang})", file.display());
            let out = export(&register, lang, true, Format::Pdf).unwrap_or_else(|e| panic!("{what}: {e}"));
            let (poster, warnings) = export::poster(&register, lang, None);
            assert_eq!(out.warnings, warnings, "{what}");
            shortened += usize::from(warnings.iter().any(|w| w.contains("virke") || w.contains("sentence")));
            let page = layout::poster(&poster).expect("laid out as in export");
            let txt =
                String::from_utf8(export(&register, lang, true, Format::Txt).expect("text").bytes).expect("UTF-8");
            let txt = txt.trim_end().strip_suffix(poster.updated.as_str()).unwrap_or(&txt);
            let txt = txt.replace("***", "");
            assert_words_in_order(&txt, &pdf_body(&out.bytes, &[page]), &what);
            assert!(!txt.contains("[puuttuu]") && !txt.contains("[saknas]"), "{what}: {txt}");
        }
    }
    assert!(shortened >= 1, "the long samples' purposes are cut to a sentence");
}

/// The short poster texts of the register and of a purpose replace the long description;
/// a register with errors gets a draft mark instead of red missing marks, and a warning.
#[test]
fn a_poster_uses_the_short_texts_and_marks_a_draft() {
    let file = sample_files().into_iter().find(|f| f.to_string_lossy().contains("imatra")).expect("Imatra sample");
    let mut register = load(&file);
    register.poster_text.fi = "Imatranajo-sovelluksen tiedot lyhyesti.".to_owned();
    register.purposes[0].poster_text.fi = "Palvelujen tarjoaminen sovelluksessa.".to_owned();
    let description = register.purposes[0].description.fi.clone();
    let first_words: String = description.split_whitespace().take(6).collect::<Vec<_>>().join(" ");
    let out = export(&register, Lang::Fi, true, Format::Pdf).expect("poster");
    let text = pdf_pages_text(&out.bytes).concat();
    let squeezed: String = text.split_whitespace().collect();
    assert!(squeezed.contains("Imatranajo-sovelluksentiedotlyhyesti."), "{text}");
    assert!(squeezed.contains("Palvelujentarjoaminensovelluksessa."), "{text}");
    assert!(!squeezed.contains(&first_words.split_whitespace().collect::<String>()), "{text}");

    // Imatra has no data subjects (an error): the poster is a draft, says so, and has no
    // missing marks.
    assert!(text.contains("LUONNOS"), "{text}");
    assert!(!text.contains("[puuttuu]"), "{text}");
    assert!(out.warnings.iter().any(|w| w.contains("LUONNOKSENA")), "{:?}", out.warnings);
    let sv = String::from_utf8(export(&register, Lang::Sv, true, Format::Txt).expect("text").bytes).expect("UTF-8");
    assert!(sv.starts_with("*** UTKAST ***"), "{sv}");
}

/// An A3 poster is the A4 layout enlarged by √2: a 297 × 420 mm page with every text size
/// ×√2, so the smallest body text is about 20 pt.
#[test]
fn an_a3_poster_is_the_a4_poster_enlarged() {
    let file = sample_files()
        .into_iter()
        .find(|f| f.to_string_lossy().contains("kameravalvonta-kemin"))
        .expect("camera sample");
    let register = load(&file);
    let a4 = export(&register, Lang::Fi, true, Format::Pdf).expect("A4");
    let options = Options { lang: Lang::Fi, poster: true, format: Format::Pdf, paper: layout::Paper::A3 };
    let a3 = export::export(&register, &options).expect("A3");
    let media_box = |bytes: &[u8]| -> Vec<f32> {
        let doc = lopdf::Document::load_mem(bytes).expect("PDF parses");
        let page = *doc.get_pages().values().next().expect("a page");
        let dict = doc.get_dictionary(page).expect("page dictionary");
        let boxes = dict.get(b"MediaBox").and_then(lopdf::Object::as_array).expect("MediaBox");
        boxes.iter().map(|o| o.as_float().or_else(|_| o.as_i64().map(|i| i as f32)).unwrap_or(0.0)).collect()
    };
    let (w4, h4) = (media_box(&a4.bytes)[2], media_box(&a4.bytes)[3]);
    let (w3, h3) = (media_box(&a3.bytes)[2], media_box(&a3.bytes)[3]);
    assert!((w4 - 595.3).abs() < 1.0 && (h4 - 841.9).abs() < 1.0, "A4 {w4} x {h4}");
    assert!((w3 - 841.9).abs() < 1.0 && (h3 - 1190.6).abs() < 1.0, "A3 {w3} x {h3}");
    assert_eq!(pdf_pages_text(&a4.bytes), pdf_pages_text(&a3.bytes), "the same text");
    let (poster, _) = export::poster(&register, Lang::Fi, None);
    let page = layout::poster_on(&poster, layout::Paper::A3).expect("A3 layout");
    let smallest_body = page
        .texts
        .iter()
        .filter(|t| matches!(t.role, Role::Paragraph | Role::ListBody(_)) && t.text != poster.updated)
        .map(|t| t.size)
        .fold(f32::MAX, f32::min);
    assert!(smallest_body >= layout::MIN_POSTER_SIZE * std::f32::consts::SQRT_2 - 0.01, "{smallest_body}");
    // The CLI names it apart from the A4 poster.
    let dir = copy_samples();
    let input = dir.path().join(file.file_name().expect("file name"));
    let run = seloste([
        "export".as_ref(),
        "--poster".as_ref(),
        "--a3".as_ref(),
        "--lang".as_ref(),
        "fi".as_ref(),
        input.as_os_str(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(dir.path().join("kameravalvonta-kemin-kaupungintalo-fi-poster-a3.pdf").exists(), "{}", run.stdout);
}

#[test]
fn camera_sample_makes_a_sign_in_three_languages() {
    let file = sample_files()
        .into_iter()
        .find(|f| f.to_string_lossy().contains("kameravalvonta-kemin"))
        .expect("camera sample");
    let register = load(&file);
    for (lang, title) in
        [(Lang::Fi, "KAMERAVALVONTA"), (Lang::Sv, "KAMERABEVAKNING"), (Lang::En, "CAMERA SURVEILLANCE")]
    {
        let out = export(&register, lang, true, Format::Pdf).unwrap_or_else(|e| panic!("{lang}: {e}"));
        let text = pdf_pages_text(&out.bytes).concat();
        assert!(text.contains(title), "{lang}: {text}");
        assert!(text.contains("https://www.kemi.fi/tietosuoja/kameravalvonta"), "{lang}");
    }
}

#[test]
fn a_poster_too_long_fails_with_the_field_to_shorten() {
    let file = sample_files()
        .into_iter()
        .find(|f| f.to_string_lossy().contains("kameravalvonta-kemin"))
        .expect("camera sample");
    let mut register = load(&file);
    overflow_poster(&mut register);
    match export(&register, Lang::Fi, true, Format::Pdf) {
        Err(ExportError::Poster(PosterError::DoesNotFit { fields, size, .. })) => {
            assert_eq!(size, layout::MIN_POSTER_SIZE);
            assert_eq!(fields[0].0.to_string(), "purposes[0].description.fi");
        }
        other => panic!("expected the poster to be refused, got {:?}", other.map(|o| o.bytes.len())),
    }
    // Through the CLI: exit 2, the message starts with the file and names the field, no file.
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("pitka.ron");
    seloste::store::save_register(&path, &register).expect("save");
    let run = seloste(["export".as_ref(), "--poster".as_ref(), path.as_os_str()]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.starts_with(&path.display().to_string()), "{}", run.stderr);
    assert!(run.stderr.contains("purposes[0].description.fi"), "{}", run.stderr);
    assert!(!dir.path().join("pitka-fi-poster.pdf").exists());
}

#[test]
fn cli_exports_a_folder_next_to_the_inputs() {
    let dir = copy_samples();
    let run = seloste(["export".as_ref(), dir.path().as_os_str()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for file in seloste::store::list_registers(dir.path()).expect("list") {
        let register = load(&file);
        let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        for lang in register.notice_languages() {
            let out = dir.path().join(format!("{stem}-{lang}.pdf"));
            let bytes = std::fs::read(&out).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
            assert!(bytes.starts_with(b"%PDF-1.7"), "{}", out.display());
            assert!(run.stdout.contains(&out.display().to_string()));
        }
    }
}

#[test]
fn cli_language_format_and_output_file() {
    let dir = copy_samples();
    let input = dir.path().join("kameravalvonta-kemin-kaupungintalo.ron");
    let out = dir.path().join("ut").join("beskrivning.txt");
    std::fs::create_dir_all(out.parent().expect("parent")).expect("mkdir");
    let run = seloste(
        ["export", "--lang", "sv", "--format", "txt", "--out"]
            .map(std::ffi::OsStr::new)
            .into_iter()
            .chain([out.as_os_str(), input.as_os_str()]),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = std::fs::read_to_string(&out).expect("written");
    assert!(text.starts_with("Dataskyddsbeskrivning – EU:s allmänna dataskyddsförordning"), "{text}");
    // Several outputs and --out: a folder, with the default names.
    let folder = dir.path().join("posters");
    let run =
        seloste(["export".as_ref(), "--poster".as_ref(), "--out".as_ref(), folder.as_os_str(), input.as_os_str()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for lang in ["fi", "sv", "en"] {
        assert!(folder.join(format!("kameravalvonta-kemin-kaupungintalo-{lang}-poster.pdf")).exists(), "{lang}");
    }
}

#[test]
fn cli_errors_start_with_the_file_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("rikki.ron");
    std::fs::write(&bad, "Register(format: 1, name: Text(fi: \"x\"), oops: 3)\n").expect("write");
    let run = seloste(["export".as_ref(), bad.as_os_str()]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.starts_with(&bad.display().to_string()), "{}", run.stderr);
}

#[test]
fn characters_the_font_lacks_are_reported() {
    let file = sample_files()
        .into_iter()
        .find(|f| f.to_string_lossy().contains("kameravalvonta-kemin"))
        .expect("camera sample");
    let mut register = load(&file);
    register.name.fi = "Kameravalvonta 漢字 ✓".to_owned();
    let out = export(&register, Lang::Fi, false, Format::Pdf).expect("still exports");
    assert_eq!(out.warnings.len(), 2, "{:?}", out.warnings);
    assert!(out.warnings[0].contains("U+6F22"), "{:?}", out.warnings);
    // It says what the PDF shows in its place (issue 14: it used to say "box").
    assert!(out.warnings[0].contains("replacement character \u{fffd} (U+FFFD)"), "{:?}", out.warnings);
    let doc = lopdf::Document::load_mem(&out.bytes).expect("parses");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    assert!(doc.extract_text(&pages).expect("text").contains('\u{fffd}'));
    // The checkmark is in the cut font and is not reported.
    assert!(!out.warnings.iter().any(|w| w.contains('✓')));
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("merkit.ron");
    seloste::store::save_register(&path, &register).expect("save");
    let run = seloste(["export".as_ref(), "--lang".as_ref(), "fi".as_ref(), path.as_os_str()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.starts_with(&format!("{}: warning: the font has no glyph for '漢' (U+6F22)", path.display())),
        "{}",
        run.stderr
    );
    assert!(dir.path().join("merkit-fi.pdf").exists());
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]

    /// Whatever a user types, export gives a PDF (or a poster error), never a panic, and
    /// every word made of characters the font has comes back from the PDF.
    #[test]
    fn any_text_exports(name in "\\PC{0,120}", text in "(\\PC{0,60}[ \n-]){0,60}", long_word in "[a-zäö]{0,900}") {
        let mut register = Register::default();
        register.name.fi = name;
        register.purposes.push(seloste::model::Purpose { description: seloste::model::Text::fi(format!("{text} {long_word}")), ..Default::default() });
        let pdf = export(&register, Lang::Fi, false, Format::Pdf).expect("PDF export");
        let txt = String::from_utf8(export(&register, Lang::Fi, false, Format::Txt).expect("text").bytes).expect("UTF-8");
        let drawable: String = txt
            .split_whitespace()
            .filter(|w| seloste::layout::font::missing_chars(w).is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let body = pdf_body(&pdf.bytes, &layout::notice(&notice::build(&register, Lang::Fi)));
        // Words with characters the font lacks come back with U+FFFD in their place, so
        // only words the font can draw are looked for.
        for word in drawable.split_whitespace() {
            proptest::prop_assert!(body.contains(word), "{word:?} missing");
        }
        match export(&register, Lang::Fi, true, Format::Pdf) {
            Ok(_) | Err(ExportError::Poster(_)) => {}
            Err(e) => proptest::prop_assert!(false, "poster: {e}"),
        }
    }
}

/// Body lines of every sample notice, in every language, hold at most 80 characters
/// (typographic practice is 60-75; longer lines are hard to follow back to their start).
#[test]
fn sample_lines_are_at_most_80_characters() {
    let mut longest = (0, String::new());
    for file in sample_files() {
        let register = load(&file);
        for lang in register.notice_languages() {
            let pages = layout::notice(&notice::build(&register, lang));
            for page in &pages {
                let mut lines: Vec<(i32, String)> = Vec::new();
                for t in page.texts.iter().filter(|t| matches!(t.role, Role::Paragraph | Role::ListBody(_))) {
                    let y = (t.y * 10.0).round() as i32;
                    match lines.iter_mut().find(|(ly, _)| *ly == y) {
                        Some((_, text)) => text.push_str(&t.text),
                        None => lines.push((y, t.text.clone())),
                    }
                }
                for (_, text) in lines {
                    let n = text.trim_end().chars().count();
                    if n > longest.0 {
                        longest = (n, format!("{} ({lang}): {text}", file.display()));
                    }
                }
            }
        }
    }
    println!("longest line: {} characters: {}", longest.0, longest.1);
    assert!(longest.0 <= 80, "a line of {} characters: {}", longest.0, longest.1);
}
