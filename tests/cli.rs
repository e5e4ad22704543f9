//! The command line as a user runs it.

use crate::util::*;

#[test]
fn validate_samples_prints_a_summary_per_file() {
    let run = seloste(["validate", samples_dir().to_str().unwrap()]);
    assert_ne!(run.code, 2, "{}", run.stderr);
    for file in sample_files() {
        let name = file.display().to_string();
        assert!(
            run.stdout.lines().any(|l| l.starts_with(&name) && l.contains("virhe")),
            "no summary for {name}:\n{}",
            run.stdout
        );
    }
}

#[test]
fn validate_json_has_the_documented_shape() {
    let run = seloste(["validate", "--json", samples_dir().to_str().unwrap()]);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let reports = value.as_array().expect("array");
    assert_eq!(reports.len(), sample_files().len());
    for report in reports {
        assert!(report["file"].is_string());
        for f in report["findings"].as_array().expect("findings") {
            for key in ["rule", "severity", "path", "message", "article"] {
                assert!(f[key].is_string(), "{key} missing in {f}");
            }
            assert!(["error", "warning", "hint"].contains(&f["severity"].as_str().unwrap()));
        }
    }
}

#[test]
fn garbage_makes_validate_exit_2_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("roskaa.ron");
    std::fs::write(&bad, [0xff, 0xfe, 0x00, 0x41, 0x80, 0x81]).unwrap();
    let run = seloste(["validate", bad.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("roskaa.ron"), "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"));
}

#[test]
fn a_missing_file_exits_2() {
    let run = seloste(["validate", "/ei/ole/olemassa.ron"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("/ei/ole/olemassa.ron"));
}

#[test]
fn fmt_check_accepts_the_samples() {
    let run = seloste(["fmt", "--check", samples_dir().to_str().unwrap()]);
    assert_eq!(run.code, 0, "not canonical:\n{}{}", run.stdout, run.stderr);
    assert!(run.stdout.is_empty());
}

#[test]
fn fmt_rewrites_a_hand_edited_file_and_check_then_passes() {
    let dir = copy_samples();
    let file = seloste::store::list_registers(dir.path()).unwrap().remove(0);
    let original = std::fs::read_to_string(&file).unwrap();
    // A hand edit: CRLF line ends and odd indentation, same content.
    let messy = original.replace("\n    ", "\r\n  ");
    std::fs::write(&file, &messy).unwrap();
    let check = seloste(["fmt", "--check", file.to_str().unwrap()]);
    assert_eq!(check.code, 1);
    assert!(check.stdout.contains(file.file_name().unwrap().to_str().unwrap()));
    let fix = seloste(["fmt", file.to_str().unwrap()]);
    assert_eq!(fix.code, 0, "{}", fix.stderr);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), original);
    assert_eq!(seloste(["fmt", "--check", file.to_str().unwrap()]).code, 0);
}

#[test]
fn fmt_never_touches_a_broken_file() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("rikki.ron");
    let text = "Register(\n    format: 1,\n    name: (fi: \"kesken";
    std::fs::write(&bad, text).unwrap();
    let run = seloste(["fmt", bad.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.starts_with(&bad.display().to_string()), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&bad).unwrap(), text);
}

#[test]
fn diff_lists_exactly_the_edited_fields() {
    let dir = copy_samples();
    let a = dir.path().join("lappeenranta-chat-palvelu.ron");
    let b = dir.path().join("muokattu.ron");
    let mut r = seloste::store::load_register(&a).unwrap();
    r.name.fi = "Chat-palvelun uusi tietosuojaseloste".into();
    r.dpo.phone = "040 000 0000".into();
    seloste::store::save_register(&b, &r).unwrap();
    let run = seloste(["diff", a.to_str().unwrap(), b.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", run.stdout);
    assert!(lines.iter().any(|l| l.starts_with("name.fi: Chat-palvelun {+uusi+} tietosuojaseloste")), "{}", run.stdout);
    assert!(lines.iter().any(|l| l.starts_with("dpo.phone: ")));
    assert_eq!(seloste(["diff", a.to_str().unwrap(), a.to_str().unwrap()]).code, 0);
}
