//! Scenarios for sharing and publishing (issue 8, parts 1 and 2): the HTML notice (escaped,
//! structured, with every word of the text rendering) and the Art. 30 record as CSV and
//! xlsx, read back with independent readers (the `csv` crate and calamine), plus the CLI.

use crate::util::{copy_samples, sample_files, samples_dir, seloste};
use seloste::export::record::{self, Column};
use seloste::export::{self, ExportError, Format, Options};
use seloste::model::{Lang, Register};
use seloste::notice::{self, Block};
use seloste::store;
use std::path::Path;

pub(crate) const EVIL: &str = "<script>alert(1)</script> & \"quoted\" 'single' </p><h1>x";

fn html(register: &Register, lang: Lang) -> String {
    let out = export::export(
        register,
        &Options { lang, poster: false, format: Format::Html, paper: seloste::layout::Paper::A4 },
    )
    .expect("HTML export");
    String::from_utf8(out.bytes).expect("UTF-8")
}

/// The visible text of an HTML page: the head and tags removed, entities decoded. The
/// exporter ends every block element and `<br>` with a line break, so tags go without a trace.
fn html_text(html: &str) -> String {
    let body = html.split_once("<body>").map_or(html, |(_, b)| b);
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

/// Every string leaf of `value` that can hold free text replaced by `EVIL` (a leaf whose
/// replacement no longer loads, such as a date or an enum, is kept), and every localized
/// text given all three languages.
pub(crate) fn poison(register: &Register) -> Register {
    fn leaves(v: &serde_json::Value, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        match v {
            serde_json::Value::String(_) => out.push(path.clone()),
            serde_json::Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| {
                path.push(i.to_string());
                leaves(x, path, out);
                path.pop();
            }),
            serde_json::Value::Object(o) => o.iter().for_each(|(k, x)| {
                path.push(k.clone());
                leaves(x, path, out);
                path.pop();
            }),
            _ => {}
        }
    }
    fn fill_texts(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(o) => {
                let is_text = !o.is_empty() && o.keys().all(|k| ["fi", "sv", "en"].contains(&k.as_str()));
                if is_text {
                    for k in ["fi", "sv", "en"] {
                        o.insert(k.to_owned(), "x".into());
                    }
                } else {
                    o.values_mut().for_each(fill_texts);
                }
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(fill_texts),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(register).expect("to JSON");
    fill_texts(&mut value);
    let mut paths = Vec::new();
    leaves(&value, &mut Vec::new(), &mut paths);
    let mut replaced = 0;
    for path in paths {
        let pointer: String = path.iter().map(|p| format!("/{p}")).collect();
        let Some(slot) = value.pointer_mut(&pointer) else { continue };
        let old = std::mem::replace(slot, serde_json::Value::String(EVIL.to_owned()));
        if serde_json::from_value::<Register>(value.clone()).is_ok() {
            replaced += 1;
        } else if let Some(slot) = value.pointer_mut(&pointer) {
            *slot = old;
        }
    }
    assert!(replaced > 50, "only {replaced} text fields poisoned");
    serde_json::from_value(value).expect("poisoned register loads")
}

fn camera_register() -> Register {
    store::load_register(&samples_dir().join("kameravalvonta-kemin-kaupungintalo.ron")).expect("camera sample")
}

#[test]
fn html_escapes_every_text_field() {
    let register = poison(&camera_register());
    for lang in Lang::ALL {
        let page = html(&register, lang);
        let lower = page.to_lowercase();
        assert!(!lower.contains("<script"), "{lang}: a script tag got through");
        assert!(!page.contains("<h1>x"), "{lang}: markup got through");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;"));
        assert_eq!(page.matches("<h1").count(), 1, "{lang}: one h1");
        // Every ampersand starts one of the references the escaper writes.
        for (i, _) in page.match_indices('&') {
            let rest = &page[i..];
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].iter().any(|e| rest.starts_with(e)),
                "{lang}: bare & at {}",
                &rest[..rest.len().min(20)]
            );
        }
        // Attribute values (title, author) stay inside their quotes.
        for line in page.lines().filter(|l| l.starts_with("<meta name=")) {
            assert_eq!(line.matches('"').count(), 4, "{lang}: {line}");
        }
        // The text survives: as many copies of the payload in the visible text as the body escaped.
        let text = html_text(&page);
        let body = page.split_once("<body>").map(|(_, b)| b).expect("body");
        let escaped = body.matches("&lt;script&gt;alert(1)").count();
        assert!(escaped > 20, "{lang}: {escaped}");
        assert_eq!(text.matches("<script>alert(1)</script>").count(), escaped);
    }
}

#[test]
fn html_structure_follows_the_notice() {
    let register = camera_register();
    for lang in register.notice_languages() {
        let n = notice::build(&register, lang);
        let page = html(&register, lang);
        assert!(page.starts_with("<!DOCTYPE html>\n"), "{lang}");
        assert!(page.contains(&format!("<html lang=\"{}\">", lang.code())), "{lang}");
        assert!(page.contains("<meta charset=\"utf-8\">"));
        assert!(page.contains(&format!("<title>{}</title>", seloste::export::html::escape(&n.info.title))));
        assert_eq!(page.matches("<h1").count(), 1, "{lang}");
        assert_eq!(page.matches("<h2").count(), n.sections.len(), "{lang}");
        assert!(!page.contains("<h3"), "{lang}: no skipped levels");
        let blocks = || n.sections.iter().flat_map(|s| &s.blocks);
        let lists = blocks().filter(|b| matches!(b, Block::Bullets(_))).count();
        let contacts = blocks().filter(|b| matches!(b, Block::Contact(_))).count();
        assert!(lists > 0 && contacts > 0, "the camera sample has lists and contacts");
        assert_eq!(page.matches("<ul>").count(), lists, "{lang}");
        assert_eq!(page.matches("<address>").count(), contacts, "{lang}");
        assert!(page.contains("<style>") && page.contains("@page{size:A4"), "{lang}: inline print CSS");
        let lower = page.to_lowercase();
        for banned in ["<script", "javascript:", " onload=", " onclick=", "<link", "src="] {
            assert!(!lower.contains(banned), "{lang}: {banned}");
        }
    }
}

#[test]
fn html_shows_the_missing_marks() {
    let register = Register::default();
    let page = html(&register, Lang::Fi);
    assert!(page.contains("<h1 class=\"missing\">[puuttuu]</h1>"));
    assert!(page.contains("<strong class=\"missing\">[puuttuu]</strong>"));
    assert!(page.contains(".missing{color:#b00020"));
}

#[test]
fn every_sample_exports_to_html_with_every_word_of_the_text() {
    let mut pages = 0;
    for file in sample_files() {
        let register = store::load_register(&file).expect("sample loads");
        for lang in register.notice_languages() {
            let txt = export::export(
                &register,
                &Options { lang, poster: false, format: Format::Txt, paper: seloste::layout::Paper::A4 },
            )
            .expect("txt");
            let txt = String::from_utf8(txt.bytes).expect("UTF-8");
            let page = html(&register, lang);
            let text = html_text(&page);
            let words: Vec<&str> = text.split_whitespace().collect();
            let joined = words.join(" ");
            for word in txt.split_whitespace().filter(|w| *w != "•") {
                assert!(joined.contains(word), "{} ({lang}): {word:?} is not in the HTML", file.display());
            }
            // And in the same order: the text rendering, whitespace-normalised, minus bullets.
            let txt_words: Vec<&str> = txt.split_whitespace().filter(|w| *w != "•").collect();
            assert_eq!(words, txt_words, "{} ({lang}): word order", file.display());
            pages += 1;
        }
    }
    assert!(pages >= 10, "{pages} pages");
}

#[test]
fn the_poster_has_no_html_form() {
    let err = export::export(
        &camera_register(),
        &Options { lang: Lang::Fi, poster: true, format: Format::Html, paper: seloste::layout::Paper::A4 },
    );
    assert!(matches!(err, Err(ExportError::PosterHtml)));
}

/// The CSV read back with the `csv` crate: header and rows.
fn read_csv(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let body = bytes.strip_prefix(b"\xef\xbb\xbf").expect("UTF-8 byte-order mark");
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(body);
    let header = reader.headers().expect("header").iter().map(str::to_owned).collect();
    let rows = reader.records().map(|r| r.expect("row").iter().map(str::to_owned).collect()).collect();
    (header, rows)
}

fn sample_record(lang: Lang) -> record::Record {
    let registers: Vec<(String, Register)> = sample_files()
        .iter()
        .map(|f| {
            let name = f.file_name().expect("name").to_string_lossy().into_owned();
            (name, store::load_register(f).expect("sample loads"))
        })
        .collect();
    let refs: Vec<(String, &Register)> = registers.iter().map(|(n, r)| (n.clone(), r)).collect();
    record::build(&refs, lang)
}

#[test]
fn record_csv_reads_back_one_row_per_register() {
    let files = sample_files();
    let record = sample_record(Lang::Fi);
    let (header, rows) = read_csv(&record::to_csv(&record));
    assert_eq!(
        header,
        [
            "Tiedosto",
            "Rekisterin nimi",
            "Rekisterinpitäjä",
            "Tietosuojavastaava",
            "Käsittelyn tarkoitukset",
            "Oikeusperusteet",
            "Rekisteröityjen ryhmät",
            "Henkilötietoryhmät",
            "Vastaanottajat",
            "Siirrot EU/ETA:n ulkopuolelle ja suojatoimet",
            "Säilytysajat",
            "Suojaustoimet",
            "Tila",
            "Päivitetty",
            "Seuraava tarkistus",
            "Hyväksynnät",
            "Tietosuojavastaavan lausunto",
            "Käsittelijöiden sopimukset",
            "Vaikutustenarviointi",
            "Viimeisin julkaistu versio",
        ]
    );
    assert_eq!(rows.len(), files.len());
    assert_eq!(rows, record.rows, "the CSV reads back exactly");
    for (row, file) in rows.iter().zip(&files) {
        assert_eq!(row.len(), Column::ALL.len());
        assert_eq!(row[0], file.file_name().expect("name").to_string_lossy());
        assert!(!row[1].is_empty(), "{}: register name", row[0]);
    }
    // The complete camera register fills every Art. 30 column, its processor contract and
    // its DPIA; it has no approvals, opinion or published version yet (never published).
    let camera = rows.iter().find(|r| r[0] == "kameravalvonta-kemin-kaupungintalo.ron").expect("camera row");
    let not_yet = [Column::Approvals, Column::DpoOpinion, Column::LastPublished];
    for (cell, column) in camera.iter().zip(Column::ALL) {
        assert_eq!(cell.trim().is_empty(), not_yet.contains(&column), "camera register: {column:?} is {cell:?}");
    }
    let dpia = Column::ALL.iter().position(|c| *c == Column::Dpia).expect("DPIA column");
    assert!(camera[dpia].starts_with("Vaaditaan; Tallentava kameravalvonta"), "{}", camera[dpia]);
    let contracts = Column::ALL.iter().position(|c| *c == Column::ProcessorContracts).expect("contracts column");
    assert!(camera[contracts].contains("allekirjoitettu 17.11.2025, FI"), "{}", camera[contracts]);
    assert_eq!(camera[1], "Kameravalvonta, Kemin kaupungintalo");
    assert!(camera[3].contains("Maria Vaittinen"), "{}", camera[3]);
    assert!(camera[5].contains("6(1)(e)"), "{}", camera[5]);
    assert!(camera[6].contains("; "), "multi-valued cells joined: {}", camera[6]);
    let date = regex_like_date(&camera[13]);
    assert!(date, "updated as d.m.yyyy: {}", camera[13]);
    // Å, ä, ö survive.
    let all: String = rows.iter().flatten().cloned().collect();
    assert!(all.contains('ä') && all.contains('ö'), "Finnish letters intact");
}

fn regex_like_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 3
        && parts[0].len() <= 2
        && parts[1].len() <= 2
        && parts[2].len() == 4
        && parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()) && !p.starts_with('0'))
}

#[test]
fn record_in_swedish_and_english_has_translated_headings() {
    assert_eq!(sample_record(Lang::Sv).header[2], "Personuppgiftsansvarig");
    let en = sample_record(Lang::En);
    assert_eq!(
        en.header[12..],
        [
            "Status",
            "Updated",
            "Next review",
            "Approvals",
            "DPO's opinion",
            "Processor contracts",
            "DPIA",
            "Last published version"
        ]
    );
    assert_eq!(sample_record(Lang::Sv).header[15..17], ["Godkännanden", "Dataskyddsombudets yttrande"]);
    let camera = en.rows.iter().find(|r| r[0].starts_with("kameravalvonta")).expect("camera row");
    assert_eq!(camera[1], "Camera surveillance, Kemi City Hall", "English name where the register has one");
}

#[test]
fn record_xlsx_matches_the_csv() {
    use calamine::{Data, Reader as _, Xlsx};
    let record = sample_record(Lang::Fi);
    let bytes = record::to_xlsx(&record).expect("workbook");
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).expect("xlsx opens");
    assert_eq!(book.sheet_names(), ["Art. 30"]);
    let range = book.worksheet_range("Art. 30").expect("sheet");
    let cells: Vec<Vec<String>> = range
        .rows()
        .map(|row| {
            row.iter()
                .map(|c| match c {
                    Data::String(s) => s.clone(),
                    Data::Empty => String::new(),
                    other => panic!("not text: {other:?}"),
                })
                .collect()
        })
        .collect();
    let (header, rows) = read_csv(&record::to_csv(&record));
    assert_eq!(cells[0], header);
    // calamine's range ends at the last non-empty cell of the sheet: pad short rows.
    let padded: Vec<Vec<String>> = cells[1..]
        .iter()
        .map(|r| {
            let mut r = r.clone();
            r.resize(header.len(), String::new());
            r
        })
        .collect();
    assert_eq!(padded, rows);
}

fn first_bytes(path: &Path, n: usize) -> Vec<u8> {
    std::fs::read(path).expect("written").into_iter().take(n).collect()
}

#[test]
fn cli_record_writes_csv_and_xlsx() {
    let dir = tempfile::tempdir().expect("tempdir");
    let csv_path = dir.path().join("seloste.csv");
    let run = seloste(["record".as_ref(), samples_dir().as_os_str(), "--out".as_ref(), csv_path.as_os_str()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("seloste.csv"));
    assert_eq!(first_bytes(&csv_path, 3), b"\xef\xbb\xbf");
    let (_, rows) = read_csv(&std::fs::read(&csv_path).expect("csv"));
    assert_eq!(rows.len(), sample_files().len());

    let xlsx_path = dir.path().join("seloste.XLSX");
    let run = seloste(["record".as_ref(), samples_dir().as_os_str(), "--out".as_ref(), xlsx_path.as_os_str()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(first_bytes(&xlsx_path, 2), b"PK", "a zip container");

    // Without --out the CSV goes to standard output.
    let run = seloste(["record".as_ref(), samples_dir().as_os_str(), "--lang".as_ref(), "en".as_ref()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("\u{feff}File;Register name;Controller;"), "{}", &run.stdout[..80]);
}

#[test]
fn cli_record_names_what_is_wrong() {
    let ws = copy_samples();
    std::fs::write(ws.path().join("rikki.ron"), "(name: ").expect("write");
    let out = ws.path().join("record.csv");
    let run = seloste(["record".as_ref(), ws.path().as_os_str(), "--out".as_ref(), out.as_os_str()]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("rikki.ron"), "{}", run.stderr);
    // The readable registers are still written.
    let (_, rows) = read_csv(&std::fs::read(&out).expect("written"));
    assert_eq!(rows.len(), sample_files().len());

    let run = seloste(["record".as_ref(), ws.path().as_os_str(), "--out".as_ref(), "record.ods".as_ref()]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.starts_with("record.ods:"), "{}", run.stderr);

    let missing = ws.path().join("ei-ole");
    let run = seloste(["record".as_ref(), missing.as_os_str()]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("ei-ole"), "{}", run.stderr);
}

#[test]
fn cli_exports_html() {
    let ws = copy_samples();
    let input = ws.path().join("kemi-viestinta-ja-markkinointi.ron");
    let run = seloste(["export".as_ref(), input.as_os_str(), "--format".as_ref(), "html".as_ref()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for lang in ["fi", "sv", "en"] {
        let page = ws.path().join(format!("kemi-viestinta-ja-markkinointi-{lang}.html"));
        let text = std::fs::read_to_string(&page).expect("page written");
        assert!(text.contains(&format!("<html lang=\"{lang}\">")));
        assert!(run.stdout.contains(&*page.to_string_lossy()));
    }

    let run =
        seloste(["export".as_ref(), input.as_os_str(), "--format".as_ref(), "html".as_ref(), "--poster".as_ref()]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("kemi-viestinta-ja-markkinointi.ron"), "{}", run.stderr);

    std::fs::write(ws.path().join("rikki.ron"), "(name: ").expect("write");
    let run = seloste(["export".as_ref(), ws.path().as_os_str(), "--format".as_ref(), "html".as_ref()]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("rikki.ron"), "{}", run.stderr);
    assert!(ws.path().join("kameravalvonta-kemin-kaupungintalo-fi.html").exists(), "the others are exported");
}
