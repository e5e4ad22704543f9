use super::*;
use crate::model::*;

fn sample() -> Register {
    Register {
        id: "test".into(),
        name: Text::new("Testirekisteri", "Testregister", "Test register"),
        languages: vec![Lang::Fi, Lang::Sv],
        updated: Date::from_ymd(2024, 5, 30),
        purposes: vec![Purpose {
            description: Text::fi("Asiakassuhteen hoitaminen.\n\nToinen kappale \"lainaus\"."),
            legal_bases: vec![LegalBasis::Contract],
            ..Purpose::default()
        }],
        ..Register::default()
    }
}

#[test]
fn canonical_form_starts_with_named_struct_and_format() {
    let text = to_ron(&sample());
    assert!(text.starts_with("Register(\n    format: 1,\n"), "{text}");
    assert!(text.ends_with(")\n"));
    assert!(!text.contains('\r'));
    assert!(!text.contains("status"), "default values are omitted: {text}");
}

#[test]
fn round_trip_is_byte_identical() {
    let text = to_ron(&sample());
    let back = register_from_str(&text, Path::new("x.ron")).unwrap();
    assert_eq!(back, sample());
    assert_eq!(to_ron(&back), text);
}

#[test]
fn one_paragraph_edit_changes_one_line() {
    let a = to_ron(&sample());
    let mut r = sample();
    r.purposes[0].description.fi = r.purposes[0].description.fi.replace("Toinen", "Muutettu");
    let b = to_ron(&r);
    let changed = a.lines().zip(b.lines()).filter(|(x, y)| x != y).count();
    assert_eq!(a.lines().count(), b.lines().count());
    assert_eq!(changed, 1);
}

#[test]
fn newer_format_is_refused_naming_both_versions() {
    let text = "Register(\n    format: 7,\n    shiny_new_field: true,\n)\n";
    let e = register_from_str(text, Path::new("uusi.ron")).unwrap_err();
    let msg = e.to_string();
    assert!(msg.starts_with("uusi.ron: "), "{msg}");
    assert!(msg.contains("format 7") && msg.contains("format 1"), "{msg}");
}

#[test]
fn unknown_field_has_line_and_column() {
    let text = "Register(\n    format: 1,\n    nmae: (fi: \"x\"),\n)\n";
    let e = register_from_str(text, Path::new("a.ron")).unwrap_err();
    let msg = e.to_string();
    assert!(msg.starts_with("a.ron:3:"), "{msg}");
    assert!(msg.contains("nmae"), "{msg}");
}

#[test]
fn syntax_error_has_line_and_column() {
    let text = "Register(\n    format: 1,\n    name: (fi: \"x\",\n    id: \"y\"\n)\n";
    let e = register_from_str(text, Path::new("b.ron")).unwrap_err();
    assert!(matches!(e, StoreError::Syntax { .. }), "{e}");
    assert!(e.to_string().starts_with("b.ron:"), "{e}");
    assert!(e.position().is_some());
}

#[test]
fn impossible_date_is_refused() {
    let text = "Register(\n    format: 1,\n    updated: \"2024-02-30\",\n)\n";
    let e = register_from_str(text, Path::new("d.ron")).unwrap_err();
    assert!(e.to_string().contains("d.ron:3:"), "{e}");
}

#[test]
fn garbage_and_empty_are_clear_errors() {
    let e = register_from_str("\u{1}\u{2}garbage", Path::new("g.ron")).unwrap_err();
    assert!(e.to_string().starts_with("g.ron:1:1: expected `Register(`"), "{e}");
    let e = register_from_str("", Path::new("e.ron")).unwrap_err();
    assert!(matches!(e, StoreError::Empty { .. }));
}

#[test]
fn deep_nesting_is_refused() {
    let text = format!("Register(format: 1, tags: {}{})", "[".repeat(10_000), "]".repeat(10_000));
    let e = register_from_str(&text, Path::new("deep.ron")).unwrap_err();
    assert!(e.to_string().starts_with("deep.ron:"), "{e}");
}

#[test]
fn save_keeps_backup_and_is_atomic() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    save_register(&path, &sample()).unwrap();
    let first = std::fs::read(&path).unwrap();
    let mut r = sample();
    r.id = "changed".into();
    save_register(&path, &r).unwrap();
    assert_eq!(std::fs::read(backup_path(&path)).unwrap(), first);
    assert_eq!(load_register(&path).unwrap(), r);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn workspace_lists_registers_only() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.ron", "b.ron", "a.ron.bak", "a.ron.recovery", ".x.tmp", "organisation.ron", "notes.txt"] {
        std::fs::write(dir.path().join(name), "x").unwrap();
    }
    let names: Vec<String> = list_registers(dir.path())
        .unwrap()
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["a.ron", "b.ron"]);
}

#[cfg(unix)]
#[test]
fn save_keeps_the_file_permissions() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    save_register(&path, &sample()).unwrap();
    assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o644);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o664)).unwrap();
    let mut r = sample();
    r.id = "x".into();
    save_register(&path, &r).unwrap();
    assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o664);
}

#[test]
fn generated_files_get_no_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x-fi.pdf");
    write_generated(&path, b"%PDF-1").unwrap();
    write_generated(&path, b"%PDF-2").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"%PDF-2");
    assert!(!backup_path(&path).exists());
}

#[test]
fn an_export_replaces_the_file_whole_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x-fi.pdf");
    write_export(&path, b"%PDF-1").unwrap();
    write_export(&path, b"%PDF-2 longer").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"%PDF-2 longer");
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, ["x-fi.pdf"], "no backup and no temporary file beside the export");
    // Like every write: never an empty file, never over a folder.
    assert!(write_export(&path, b"").is_err());
    assert_eq!(std::fs::read(&path).unwrap(), b"%PDF-2 longer");
    assert!(write_export(dir.path(), b"%PDF-3").is_err());
}

#[test]
fn details_of_the_contact_sections_round_trip_and_old_files_load_without_them() {
    let mut r = sample();
    r.controller.details = Text::fi("Palvelusta vastaa kaupunginkanslia.");
    r.contacts_details = Text::new("Kysymykset: kirjaamo.", "Frågor: registratorn.", "");
    r.dpo_details = Text::new("", "", "The DPO gives independent advice.");
    let text = to_ron(&r);
    for field in ["        details: ", "    contacts_details: ", "    dpo_details: "] {
        assert!(text.contains(field), "{field} missing from {text}");
    }
    let back = register_from_str(&text, Path::new("x.ron")).unwrap();
    assert_eq!(back, r);
    assert_eq!(to_ron(&back), text);
    // A file written before the fields existed loads with them empty.
    let old = to_ron(&sample());
    assert!(!old.contains("details"));
    let loaded = register_from_str(&old, Path::new("old.ron")).unwrap();
    assert!(
        loaded.controller.details.is_empty() && loaded.contacts_details.is_empty() && loaded.dpo_details.is_empty()
    );
}
