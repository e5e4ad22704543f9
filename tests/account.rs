//! Issue 15 scenarios on a copy of the sample workspace: `seloste publish` (version 1 with
//! snapshot, PDFs and history entry; version 2 listing exactly the changed fields; refusal
//! naming the errors), `history --at`, the snapshot hash check in `validate`, and the record's
//! accountability columns read back from CSV and xlsx.

use crate::util::{copy_samples, seloste};
use seloste::export::record::{self, Column};
use seloste::model::{Date, Lang, Register, Text};
use seloste::store;
use seloste::validate::{Severity, validate_at};
use std::path::{Path, PathBuf};

/// A sample register with no errors, in a fresh copy of the workspace.
fn clean_sample(dir: &Path) -> PathBuf {
    let today = Date::from(time::OffsetDateTime::now_utc().date());
    let org = store::load_organisation(&dir.join("organisation.ron")).ok();
    store::list_registers(dir)
        .expect("list")
        .into_iter()
        .find(|p| {
            let r = store::load_register(p).expect("sample loads");
            validate_at(&r, org.as_ref(), today).iter().all(|f| f.severity != Severity::Error)
        })
        .expect("a sample register without errors")
}

fn s(p: &Path) -> &std::ffi::OsStr {
    p.as_os_str()
}

#[test]
fn publish_twice_then_history_at_a_date_between() {
    let ws = copy_samples();
    let file = clean_sample(ws.path());
    let run = seloste([
        "publish".as_ref(),
        s(&file),
        "--by".as_ref(),
        "Maija Mallikas".as_ref(),
        "--note".as_ref(),
        "Ensimmäinen".as_ref(),
    ]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let v1 = store::load_register(&file).expect("loads");
    assert_eq!(v1.history.len(), 1);
    let entry = &v1.history[0];
    assert_eq!(
        (entry.version, entry.by.as_str(), entry.note.as_str(), entry.forced),
        (1, "Maija Mallikas", "Ensimmäinen", false)
    );
    assert!(entry.changed.is_empty());
    assert_eq!(v1.status, seloste::model::Status::Published);
    let snapshot = ws.path().join(&entry.snapshot);
    assert!(entry.snapshot.starts_with("arkisto/"), "{}", entry.snapshot);
    let bytes = std::fs::read(&snapshot).expect("snapshot written");
    assert_eq!(seloste::publish::sha256_hex(&bytes), entry.sha256);
    for lang in v1.notice_languages() {
        let pdf = snapshot.with_file_name(
            snapshot.file_name().unwrap().to_string_lossy().replace(".ron", &format!(".{}.pdf", lang.code())),
        );
        assert!(std::fs::read(&pdf).expect("pdf written").starts_with(b"%PDF"), "{}", pdf.display());
    }
    // The snapshot is no register of the workspace.
    assert!(store::list_registers(ws.path()).unwrap().iter().all(|p| !p.starts_with(ws.path().join("arkisto"))));

    // Pretend version 1 was published on 1.1.2025, then edit two fields and publish again.
    let mut edited: Register = v1.clone();
    edited.history[0].date = Date::from_ymd(2025, 1, 1);
    edited.name = Text { fi: "Uusi nimi".into(), ..edited.name.clone() };
    edited.notes = "Sisäinen huomautus".into();
    store::save_register(&file, &edited).expect("save");
    let run = seloste(["publish".as_ref(), s(&file), "--by".as_ref(), "Matti".as_ref()]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let v2 = store::load_register(&file).expect("loads");
    assert_eq!(v2.history.len(), 2);
    let changed: Vec<String> = v2.history[1].changed.iter().map(ToString::to_string).collect();
    assert_eq!(changed, ["notes", "name.fi"]);
    // Snapshot 1 is untouched.
    assert_eq!(std::fs::read(&snapshot).unwrap(), bytes);

    let run = seloste(["history".as_ref(), s(&file), "--at".as_ref(), "1.3.2025".as_ref()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("version 1 1.1.2025 Maija Mallikas"), "{}", run.stdout);
    let run = seloste(["history".as_ref(), s(&file), "--at".as_ref(), "2024-12-31".as_ref()]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("no published version"), "{}", run.stdout);
    let run = seloste(["history".as_ref(), s(&file)]);
    let lines: Vec<&str> = run.stdout.lines().filter(|l| l.starts_with("version ")).collect();
    assert_eq!(lines.len(), 2, "{}", run.stdout);
    assert!(lines[0].starts_with("version 1 1.1.2025 Maija Mallikas: "), "{}", lines[0]);
    assert!(lines[1].starts_with("version 2 ") && lines[1].contains(" [in force]"), "{}", lines[1]);
    let run = seloste(["history".as_ref(), s(&file), "--json".as_ref()]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    assert_eq!(json.as_array().map(Vec::len), Some(2));
    assert_eq!(json[1]["changed"][1], "name.fi");
}

#[test]
fn publishing_a_register_with_errors_is_refused_with_their_names() {
    let ws = copy_samples();
    let file = clean_sample(ws.path());
    let mut r = store::load_register(&file).unwrap();
    r.name = Text::default();
    store::save_register(&file, &r).unwrap();
    let run = seloste(["publish".as_ref(), s(&file)]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("name-missing"), "{}", run.stderr);
    assert!(store::load_register(&file).unwrap().history.is_empty());
    assert!(!ws.path().join("arkisto").exists());
    let run = seloste(["publish".as_ref(), s(&file), "--force".as_ref()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(store::load_register(&file).unwrap().history[0].forced);
}

#[test]
fn validate_reports_a_missing_or_altered_snapshot() {
    let ws = copy_samples();
    let file = clean_sample(ws.path());
    assert_eq!(seloste(["publish".as_ref(), s(&file)]).code, 0);
    let run = seloste(["validate".as_ref(), s(&file)]);
    assert!(!run.stdout.contains("snapshot-"), "{}", run.stdout);
    let r = store::load_register(&file).unwrap();
    let snapshot = ws.path().join(&r.history[0].snapshot);
    let mut text = std::fs::read_to_string(&snapshot).unwrap();
    text.push_str("// edited\n");
    std::fs::write(&snapshot, text).unwrap();
    let run = seloste(["validate".as_ref(), s(&file)]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("snapshot-altered history[0].sha256"), "{}", run.stdout);
    std::fs::remove_file(&snapshot).unwrap();
    let run = seloste(["validate".as_ref(), s(&file)]);
    assert!(run.stdout.contains("snapshot-missing history[0].snapshot"), "{}", run.stdout);
}

#[test]
fn record_carries_approvals_opinion_contracts_dpia_and_last_version() {
    use calamine::{Data, Reader as _, Xlsx};
    let ws = copy_samples();
    let file = clean_sample(ws.path());
    let mut r = store::load_register(&file).unwrap();
    r.approvals.approved = seloste::model::Approval {
        name: "Kaisa Kunnanjohtaja".into(),
        title: "Kaupunginjohtaja".into(),
        date: Date::from_ymd(2025, 2, 3),
    };
    r.dpo_opinion = seloste::model::Opinion { text: "Ei huomautettavaa.".into(), date: Date::from_ymd(2025, 2, 1) };
    r.dpia = seloste::model::Dpia {
        required: seloste::model::Answer::No,
        reason: "Ei suuren riskin käsittelyä".into(),
        reference: "VA-2025-1".into(),
        date: Date::from_ymd(2025, 1, 31),
    };
    r.processors.list.push(seloste::model::Processor {
        name: "Pilvi Oy".into(),
        contract: "SOP-17".into(),
        signed: Date::from_ymd(2024, 5, 6),
        ends: Date::from_ymd(2027, 5, 6),
        locations: vec!["FI".into(), "SE".into()],
        ..Default::default()
    });
    r.history.push(seloste::model::Version { version: 3, date: Date::from_ymd(2025, 2, 4), ..Default::default() });
    let rec = record::build(&[("x.ron".into(), &r)], Lang::Fi);
    let col = |c: Column| Column::ALL.iter().position(|x| *x == c).unwrap();
    // CSV, read back with the csv crate.
    let csv_bytes = record::to_csv(&rec);
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(&csv_bytes[3..]);
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    let row: Vec<String> = reader.records().next().unwrap().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(header[col(Column::Approvals)], "Hyväksynnät");
    assert_eq!(row[col(Column::Approvals)], "Hyväksynyt: Kaisa Kunnanjohtaja, Kaupunginjohtaja, 3.2.2025");
    assert_eq!(row[col(Column::DpoOpinion)], "1.2.2025: Ei huomautettavaa.");
    assert!(
        row[col(Column::ProcessorContracts)]
            .contains("Pilvi Oy: SOP-17, allekirjoitettu 6.5.2024, päättyy 6.5.2027, FI, SE")
    );
    assert_eq!(row[col(Column::Dpia)], "Ei vaadita; Ei suuren riskin käsittelyä; VA-2025-1; 31.1.2025");
    assert_eq!(row[col(Column::LastPublished)], "3, 4.2.2025");
    // xlsx, read back with calamine.
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(record::to_xlsx(&rec).unwrap())).unwrap();
    let range = book.worksheet_range("Art. 30").unwrap();
    let cell = |c: Column| match range.get((1, col(c))) {
        Some(Data::String(s)) => s.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(cell(Column::Approvals), row[col(Column::Approvals)]);
    assert_eq!(cell(Column::LastPublished), "3, 4.2.2025");
    assert_eq!(cell(Column::Dpia), row[col(Column::Dpia)]);
}

#[test]
fn approvals_and_opinion_are_never_on_the_public_notice() {
    use seloste::export::{Format, Options, export};
    let ws = copy_samples();
    let file = clean_sample(ws.path());
    let mut r = store::load_register(&file).unwrap();
    r.approvals.drafted = seloste::model::Approval { name: "Salainen Laatija".into(), ..Default::default() };
    r.approvals.approved = seloste::model::Approval { name: "Salainen Hyväksyjä".into(), ..Default::default() };
    r.dpo_opinion.text = "Salainen lausunto".into();
    r.history = vec![
        seloste::model::Version {
            version: 1,
            date: Date::from_ymd(2025, 1, 2),
            by: "Salainen Julkaisija".into(),
            ..Default::default()
        },
        seloste::model::Version {
            version: 2,
            date: Date::from_ymd(2025, 3, 4),
            note: "Säilytysajat päivitetty".into(),
            ..Default::default()
        },
    ];
    let without =
        export(&r, &Options { lang: Lang::Fi, poster: false, format: Format::Txt, paper: seloste::layout::Paper::A4 })
            .unwrap();
    assert!(!String::from_utf8(without.bytes).unwrap().contains("Muutoshistoria"), "the change log is opt-in");
    r.change_log = true;
    let txt =
        export(&r, &Options { lang: Lang::Fi, poster: false, format: Format::Txt, paper: seloste::layout::Paper::A4 })
            .unwrap();
    let text = String::from_utf8(txt.bytes).unwrap();
    assert!(!text.contains("Salainen"), "{text}");
    assert!(text.contains(r.name.fi.trim()), "the export is the notice");
    assert!(text.contains("Muutoshistoria"), "{text}");
    assert!(text.contains("Versio 2, 4.3.2025: Säilytysajat päivitetty"), "{text}");
    assert!(text.find("Versio 2").unwrap() < text.find("Versio 1").unwrap(), "newest first");
    // The PDF too, read back as text.
    let pdf =
        export(&r, &Options { lang: Lang::Fi, poster: false, format: Format::Pdf, paper: seloste::layout::Paper::A4 })
            .unwrap();
    let doc = lopdf::Document::load_mem(&pdf.bytes).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let pdf_text = doc.extract_text(&pages).unwrap_or_default();
    assert!(pdf_text.contains("Muutoshistoria"), "extraction works: {pdf_text}");
    assert!(!pdf_text.contains("Salainen"), "{pdf_text}");
}

#[test]
fn a_publication_that_cannot_be_written_leaves_nothing_behind_and_can_be_retried() {
    let ws = copy_samples();
    let file = clean_sample(ws.path());
    let register = store::load_register(&file).unwrap();
    let today = Date::from_ymd(2025, 6, 1).unwrap();
    let request = seloste::publish::Request { by: "Maija", note: "", force: false, today };
    let p = seloste::publish::publish(&register, "kamera", None, None, &request).expect("clean register");
    // Someone left a file where the Finnish PDF goes.
    let blocker = ws.path().join(&p.files[1].0);
    std::fs::create_dir_all(blocker.parent().unwrap()).unwrap();
    std::fs::write(&blocker, b"not ours").unwrap();
    let err = store::write_publication(ws.path(), &file, &p.files, &p.register).unwrap_err();
    assert!(err.to_string().contains(&p.files[1].0), "the file is named: {err}");
    assert!(!ws.path().join(&p.files[0].0).exists(), "the snapshot written before the failure is removed");
    assert_eq!(std::fs::read(&blocker).unwrap(), b"not ours", "a file not ours is never touched");
    assert!(store::load_register(&file).unwrap().history.is_empty(), "the register is not saved");
    std::fs::remove_file(&blocker).unwrap();
    store::write_publication(ws.path(), &file, &p.files, &p.register).expect("the retry succeeds");
    assert_eq!(store::load_register(&file).unwrap().history.len(), 1);
}

#[test]
fn the_site_shows_the_version_in_force_not_edits_made_since() {
    let ws = copy_samples();
    let file = clean_sample(ws.path());
    let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
    assert_eq!(seloste(["publish".as_ref(), s(&file), "--by".as_ref(), "Maija".as_ref()]).code, 0);
    let published = store::load_register(&file).unwrap();
    let published_name = published.name.fi.clone();
    // An edit saved but not published, and then the register set back to draft.
    let mut edited = published.clone();
    edited.name.fi = "Keskeneräinen nimi".into();
    store::save_register(&file, &edited).unwrap();
    let out = tempfile::tempdir().unwrap();
    let page_of = |site: &Path| std::fs::read_to_string(site.join(format!("fi/{stem}.html"))).expect("page written");
    let site = out.path().join("site");
    let run = seloste(["site".as_ref(), s(ws.path()), "--out".as_ref(), s(&site)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = page_of(&site);
    assert!(page.contains(&published_name) && !page.contains("Keskeneräinen"), "version 1 is in force");
    edited.status = seloste::model::Status::Draft;
    store::save_register(&file, &edited).unwrap();
    let site2 = out.path().join("site2");
    assert_eq!(seloste(["site".as_ref(), s(ws.path()), "--out".as_ref(), s(&site2)]).code, 0);
    assert!(page_of(&site2).contains(&published_name), "a draft in progress does not take the notice down");
    // --drafts previews the work in progress; a broken archive is named and the file shown.
    let preview = out.path().join("preview");
    let run = seloste(["site".as_ref(), s(ws.path()), "--out".as_ref(), s(&preview), "--drafts".as_ref()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(page_of(&preview).contains("Keskeneräinen"));
    std::fs::remove_file(ws.path().join(&edited.history[0].snapshot)).unwrap();
    let site3 = out.path().join("site3");
    let run = seloste(["site".as_ref(), s(ws.path()), "--out".as_ref(), s(&site3)]);
    assert!(run.stderr.contains("is missing; the register is shown as it is in its file"), "{}", run.stderr);
}
