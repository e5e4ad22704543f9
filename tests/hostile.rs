//! Issue 12, cases 7-16, through the command line as a user runs it: files that are not
//! files, huge texts, planted formulas and escape characters, colliding names, comments,
//! symbolic links and what a killed save leaves. Each case works in its own temp folder.

use crate::util::*;
use seloste::model::{Register, Text};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs `seloste` with `args`, killing it (and failing) if it takes longer than `limit`:
/// a hang must fail the test, not stop the suite.
fn seloste_within<S: AsRef<std::ffi::OsStr>>(args: &[S], limit: Duration) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_seloste"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run seloste");
    // Read the pipes on threads, so that a chatty child cannot block on a full pipe.
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut s).ok();
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut stderr, &mut s).ok();
        s
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > limit {
            child.kill().ok();
            child.wait().ok();
            let shown: Vec<String> = args.iter().map(|a| a.as_ref().to_string_lossy().into_owned()).collect();
            panic!("seloste {shown:?} did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.join().unwrap_or_default()).into_owned(),
        stderr: String::from_utf8_lossy(&err.join().unwrap_or_default()).into_owned(),
    }
}

const LIMIT: Duration = Duration::from_secs(60);

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(status.success());
}

fn s(p: &Path) -> String {
    p.display().to_string()
}

/// A register with only an id and a Finnish name.
fn named(id: &str, name: &str) -> Register {
    Register { id: id.to_owned(), name: Text::fi(name), ..Register::default() }
}

/// A workspace with one good register, a FIFO named like a register, a link to it, and a
/// link to `/dev/zero`.
fn workspace_with_non_files() -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    seloste::store::save_register(&d.join("hyva.ron"), &named("hyva", "Hyvä rekisteri")).unwrap();
    mkfifo(&d.join("x.ron"));
    std::os::unix::fs::symlink(d.join("x.ron"), d.join("linkki.ron")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", d.join("nolla.ron")).unwrap();
    let bad = ["x.ron", "linkki.ron", "nolla.ron"].iter().map(|n| d.join(n)).collect();
    (dir, bad)
}

/// Case 7: every reader refuses a FIFO, a link to one and a link to a device, at once and
/// naming the file, and goes on with the good files.
#[test]
fn fifos_and_device_links_are_refused_by_every_reader() {
    let (dir, bad) = workspace_with_non_files();
    let d = s(dir.path());
    let out = s(&dir.path().join("out"));
    let csv = s(&dir.path().join("record.csv"));
    for args in [
        vec!["validate", &d],
        vec!["record", &d, "--out", &csv],
        vec!["export", &d, "--out", &out],
        vec!["fmt", "--check", &d],
        vec!["fmt", &d],
    ] {
        let run = seloste_within(&args, LIMIT);
        assert_eq!(run.code, 2, "{args:?}: {}{}", run.stdout, run.stderr);
        for file in &bad {
            let line = run.stderr.lines().find(|l| l.starts_with(&s(file)));
            let line = line.unwrap_or_else(|| panic!("{args:?}: no message for {}:\n{}", file.display(), run.stderr));
            assert!(line.contains("not a regular file"), "{args:?}: {line}");
        }
    }
    // The good register was still read.
    let run = seloste_within(&["validate", &d], LIMIT);
    assert!(run.stdout.contains("hyva.ron"), "{}", run.stdout);
    // Named one by one, and as the text to import.
    for file in &bad {
        let run = seloste_within(&["validate", &s(file)], LIMIT);
        assert_eq!(run.code, 2);
        assert!(run.stderr.starts_with(&s(file)), "{}", run.stderr);
        let text = dir.path().join("teksti.txt");
        std::fs::remove_file(&text).ok();
        std::os::unix::fs::symlink(file, &text).unwrap();
        let run = seloste_within(&["import", &s(&text), "--out", &s(&dir.path().join("tuotu.ron"))], LIMIT);
        assert_eq!(run.code, 2, "{}", run.stdout);
        assert!(run.stderr.starts_with(&s(&text)) && run.stderr.contains("not a regular file"), "{}", run.stderr);
    }
    // The editor lists a workspace through the store the same way.
    let ws = seloste::store::Workspace::load(dir.path()).unwrap();
    assert_eq!(ws.entries.iter().filter(|e| e.register.is_err()).count(), 3);
    assert_eq!(ws.entries.iter().filter(|e| e.register.is_ok()).count(), 1);
}

/// Case 8: a register whose name is 15 MiB (under the 16 MiB file limit), beside a FIFO
/// and a device link: validate answers at once, naming the text over the 1 MiB text limit
/// with its line and column (the time and memory figures are measured with the documented
/// command in the README, not here). A long text under the limit is validated.
#[test]
fn a_register_with_a_fifteen_mib_name_is_refused_before_parsing() {
    let (dir, _) = workspace_with_non_files();
    let big = dir.path().join("iso-nimi.ron");
    let name = "Rekisteri ".repeat(15 * 1024 * 1024 / 10);
    std::fs::write(&big, format!("Register(\n    format: 1,\n    id: \"iso-nimi\",\n    name: (fi: \"{name}\"),\n)\n"))
        .unwrap();
    assert!(std::fs::metadata(&big).unwrap().len() < seloste::store::MAX_FILE_BYTES);
    let run = seloste_within(&["validate", &s(dir.path())], LIMIT);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let line = run.stderr.lines().find(|l| l.starts_with(&format!("{}:4:16:", big.display())));
    assert!(line.is_some_and(|l| l.contains("texts over 1048576 bytes")), "{}", run.stderr);
    assert!(run.stderr.len() < 10_000, "the 15 MiB name is not printed");
    // Just under the limit: read and validated, and the findings do not print the text.
    let name = "Rekisteri ".repeat(100_000);
    std::fs::write(&big, format!("Register(format: 1, id: \"iso-nimi\", name: (fi: \"{name}\"))")).unwrap();
    let run = seloste_within(&["validate", &s(&big)], LIMIT);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stdout.len() < 100_000, "{} bytes of findings", run.stdout.len());
}

/// Case 9: one long word with no break point is laid out in time linear in its length.
#[test]
fn a_very_long_word_is_exported() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pitka.ron");
    let mut r = named("pitka", "Pitkä sana");
    r.purposes.push(seloste::model::Purpose { description: Text::fi("x".repeat(50_000)), ..Default::default() });
    seloste::store::save_register(&file, &r).unwrap();
    for format in ["pdf", "txt"] {
        let run = seloste_within(&["export", &s(&file), "--lang", "fi", "--format", format], LIMIT);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let out = dir.path().join(format!("pitka-fi.{format}"));
        assert!(std::fs::metadata(&out).unwrap().len() > 1000);
    }
}

/// Case 10: an import whose register would be over the load limit is refused, exit 2, and
/// nothing is written.
#[test]
#[ignore = "imports 9 MiB of text: minutes in a debug build; run with --ignored on a release build"]
fn an_import_too_large_to_load_is_not_written() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("valtava.txt");
    let seed = std::fs::read_to_string(committed("tests/seeds/001_c80b851bb84a92b2.txt")).unwrap();
    let mut body = String::new();
    while body.len() < 9 * 1024 * 1024 {
        body.push_str(&seed);
        body.push('\n');
    }
    std::fs::write(&text, &body).unwrap();
    let out = dir.path().join("valtava.ron");
    let run = seloste_within(&["import", &s(&text)], LIMIT);
    if run.code == 0 {
        // The register fitted: then it must load.
        assert!(seloste::store::load_register(&out).is_ok(), "an import that loads nothing");
    } else {
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(run.stderr.starts_with(&s(&out)) && run.stderr.contains("not saved"), "{}", run.stderr);
        assert!(!out.exists());
    }
}

/// Case 10 at the depth of the store: whatever makes a register text (an import, the
/// editor, a recovery file), a file that loading would refuse is never written.
#[test]
fn no_save_writes_a_file_that_would_not_load() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("valtava.ron");
    let mut huge = named("valtava", "Valtava");
    huge.notes = "ä".repeat(9 * 1024 * 1024);
    let e = seloste::store::save_register(&out, &huge).unwrap_err();
    assert!(e.to_string().starts_with(&s(&out)) && e.to_string().contains("not saved"), "{e}");
    huge.notes = "x".repeat(seloste::store::MAX_TEXT_BYTES + 1);
    let e = seloste::store::save_register(&out, &huge).unwrap_err();
    assert!(e.to_string().contains("1 MiB"), "{e}");
    let e = seloste::store::recovery::write_recovery(&out, &huge).unwrap_err();
    assert!(e.to_string().contains("not saved"), "{e}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "nothing written, no temporary file");
}

/// Case 11: no cell of the CSV record starts with a formula character.
#[test]
fn the_csv_record_runs_no_formula() {
    let dir = tempfile::tempdir().unwrap();
    let planted =
        ["=HYPERLINK(\"http://evil.example\",\"Klikkaa\")", "\t=1+1", "+358 40 123", "-2+3", "@SUM(A1:A2)", "\r=cmd"];
    for (i, text) in planted.iter().enumerate() {
        let mut r = named(&format!("r{i}"), text);
        r.purposes.push(seloste::model::Purpose { description: Text::fi(*text), ..Default::default() });
        seloste::store::save_register(&dir.path().join(format!("r{i}.ron")), &r).unwrap();
    }
    let csv_path = dir.path().join("seloste.csv");
    let run = seloste(["record".as_ref(), dir.path().as_os_str(), "--out".as_ref(), csv_path.as_os_str()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let bytes = std::fs::read(&csv_path).unwrap();
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').has_headers(false).from_reader(&bytes[3..]);
    let mut cells = 0;
    let mut prefixed = 0;
    for record in reader.records() {
        for cell in &record.unwrap() {
            cells += 1;
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "a formula cell: {cell:?}");
            prefixed += usize::from(cell.starts_with('\''));
        }
    }
    assert!(cells > 20 && prefixed >= planted.len(), "{cells} cells, {prefixed} prefixed");
}

/// Case 12: text from a register is shown with its control characters escaped, in every
/// kind of output.
#[test]
fn control_characters_from_a_register_are_shown_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.ron");
    let b = dir.path().join("b\u{1b}[31m.ron");
    seloste::store::save_register(&a, &named("a", "Asiakkaat")).unwrap();
    seloste::store::save_register(&b, &named("b", "Asiakkaat\u{1b}]0;pwned\u{7}\u{1b}[2J\u{202e}")).unwrap();
    let mut runs = vec![
        seloste(["diff".as_ref(), a.as_os_str(), b.as_os_str()]),
        seloste(["diff".as_ref(), "--json".as_ref(), a.as_os_str(), b.as_os_str()]),
        seloste(["validate".as_ref(), dir.path().as_os_str()]),
        seloste(["validate".as_ref(), "--json".as_ref(), dir.path().as_os_str()]),
        seloste(["export".as_ref(), b.as_os_str(), "--lang".as_ref(), "fi".as_ref()]),
    ];
    let text = dir.path().join("teksti\u{1b}[1m.txt");
    std::fs::write(&text, "Rekisteriseloste\n\n1. Rekisterinpitäjä\u{1b}[5m\n\nKemin kaupunki\u{9b}2J\n").unwrap();
    runs.push(seloste(["import".as_ref(), text.as_os_str()]));
    for run in &runs {
        let all = format!("{}{}", run.stdout, run.stderr);
        let bad = all.chars().find(|c| seloste::cli::terminal::is_unsafe(*c));
        assert!(bad.is_none(), "{bad:?} printed as it is:\n{all}");
    }
    assert!(runs[0].stdout.contains("\\u{1b}"), "{}", runs[0].stdout);
    assert!(runs[2].stdout.contains("b\\u{1b}[31m.ron"), "{}", runs[2].stdout);
    let json: serde_json::Value = serde_json::from_str(&runs[1].stdout).unwrap();
    assert!(json.to_string().contains("pwned"), "the JSON still holds the text");
}

/// Case 13: two registers with the same file stem exported to one folder: refused before
/// anything is written, both named, exit 2.
#[test]
fn two_registers_with_one_stem_do_not_overwrite_each_other() {
    let dir = tempfile::tempdir().unwrap();
    for (folder, name) in [("kemi", "Kemin rekisteri"), ("tornio", "Tornion rekisteri")] {
        std::fs::create_dir(dir.path().join(folder)).unwrap();
        let r = named("asiakkaat", name);
        seloste::store::save_register(&dir.path().join(folder).join("asiakkaat.ron"), &r).unwrap();
    }
    std::fs::create_dir(dir.path().join("muu")).unwrap();
    seloste::store::save_register(&dir.path().join("muu/muu.ron"), &named("muu", "Muu")).unwrap();
    let out = dir.path().join("out");
    let (k, t) = (dir.path().join("kemi/asiakkaat.ron"), dir.path().join("tornio/asiakkaat.ron"));
    let m = dir.path().join("muu/muu.ron");
    let run = seloste(["export", &s(&k), &s(&t), &s(&m), "--lang", "fi", "--format", "txt", "--out", &s(&out)]);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains(&s(&k)) && run.stderr.contains(&s(&t)), "{}", run.stderr);
    assert!(!out.join("asiakkaat-fi.txt").exists(), "neither was written");
    assert!(out.join("muu-fi.txt").exists(), "the others were");
    // The same file named twice is exported once, without a complaint.
    let run = seloste(["export", &s(&m), &s(&dir.path().join("muu/../muu/muu.ron")), "--format", "txt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // An export never overwrites a register.
    let run = seloste(["export", &s(&m), "--lang", "fi", "--format", "txt", "--out", &s(&k)]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(seloste::store::load_register(&k).is_ok());
}

/// Case 14: a file that starts with a comment loads; `fmt` does not delete comments
/// without being told to.
#[test]
fn comments_load_and_fmt_does_not_delete_them_silently() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kommentoitu.ron");
    let text = "// Kemin kaupunki, tarkistettu 2024\n/* luonnos */\nRegister(\n    format: 1,\n    id: \"kommentoitu\", // tunniste\n    name: (fi: \"Asiakkaat\"),\n)\n";
    std::fs::write(&file, text).unwrap();
    let run = seloste(["validate", &s(&file)]);
    assert_ne!(run.code, 2, "a leading comment is accepted: {}", run.stderr);
    let run = seloste(["fmt", "--check", &s(&file)]);
    assert_eq!(run.code, 1, "not canonical");
    let run = seloste(["fmt", &s(&file)]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.starts_with(&format!("{}:1:1:", file.display())), "{}", run.stderr);
    assert!(run.stderr.contains("3 comment") && run.stderr.contains("--drop-comments"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text, "not rewritten");
    let run = seloste(["fmt", "--drop-comments", &s(&file)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let now = std::fs::read_to_string(&file).unwrap();
    assert!(!now.contains("//") && now.contains("Asiakkaat"));
    assert_eq!(std::fs::read_to_string(dir.path().join("kommentoitu.ron.bak")).unwrap(), text, "the backup keeps them");
}

/// Case 15: saving a symlinked register writes through the link.
#[test]
fn saving_a_linked_register_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("yhteinen");
    std::fs::create_dir(&shared).unwrap();
    let target = shared.join("asiakkaat.ron");
    std::fs::write(&target, "Register(format: 1, id: \"asiakkaat\", name: (fi: \"Asiakkaat\"))").unwrap();
    let ws = dir.path().join("tyotila");
    std::fs::create_dir(&ws).unwrap();
    let link = ws.join("asiakkaat.ron");
    std::os::unix::fs::symlink("../yhteinen/asiakkaat.ron", &link).unwrap();
    let run = seloste(["fmt", &s(&link)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "still a link");
    assert!(std::fs::read_to_string(&target).unwrap().starts_with("Register(\n    format: 1,"), "the target was saved");
    let run = seloste(["fmt", "--check", &s(&ws)]);
    assert_eq!(run.code, 0, "{}", run.stdout);
}

/// Case 16: our temporary files left by a killed save are removed when the workspace is
/// opened or a file in it is saved; fresh ones (a save going on) and other files stay.
#[test]
fn stale_temporary_files_are_cleaned_up() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    seloste::store::save_register(&d.join("a.ron"), &named("a", "A")).unwrap();
    let old = |name: &str| {
        let p = d.join(name);
        std::fs::write(&p, "keskeytynyt tallennus").unwrap();
        let f = std::fs::File::options().write(true).open(&p).unwrap();
        f.set_modified(std::time::SystemTime::now() - Duration::from_secs(3600)).unwrap();
        p
    };
    let stale = old(".seloste-AbC123.tmp");
    let foreign = old(".muu-AbC123.tmp");
    let fresh = d.join(".seloste-XyZ789.tmp");
    std::fs::write(&fresh, "tallennus käynnissä").unwrap();
    // Opening the workspace (as the editor and every command over a folder do).
    let run = seloste(["validate", &s(d)]);
    assert!(run.code < 2, "{}", run.stderr);
    assert!(!stale.exists(), "the stale temporary file is removed");
    assert!(fresh.exists() && foreign.exists() && d.join("a.ron").exists());
    // Saving a file in the folder.
    let stale = old(".seloste-Def456.tmp");
    seloste::store::save_register(&d.join("b.ron"), &named("b", "B")).unwrap();
    assert!(!stale.exists());
    assert!(fresh.exists());
}

/// `seloste import X.txt --out NAME` adds `.ron` to a name without an extension.
#[test]
fn import_out_without_an_extension_gets_ron() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("seloste.txt");
    std::fs::copy(committed("tests/seeds/004_3b56ea23d02cb8df.txt"), &text).unwrap();
    let run = seloste(["import", &s(&text), "--out", &s(&dir.path().join("chat"))]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let r = seloste::store::load_register(&dir.path().join("chat.ron")).unwrap();
    assert_eq!(r.id, "chat");
    assert!(!dir.path().join("chat").exists());
}
