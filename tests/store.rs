//! The sample workspace on disk: canonical form, round trips, failed saves.

use crate::util::*;
use seloste::store;

#[test]
fn every_sample_round_trips_to_identical_bytes() {
    for file in sample_files() {
        let text = std::fs::read_to_string(&file).unwrap();
        let register = store::load_register(&file).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(store::to_ron(&register), text, "{} is not canonical", file.display());
    }
    let org = samples_dir().join(store::ORGANISATION_FILE);
    let text = std::fs::read_to_string(&org).unwrap();
    assert_eq!(store::to_ron(&store::load_organisation(&org).unwrap()), text);
}

#[test]
fn the_workspace_loads_every_register_and_the_profile() {
    let ws = store::Workspace::load(&samples_dir()).unwrap();
    assert!(ws.entries.len() >= 6, "five seeds and the camera register");
    for entry in &ws.entries {
        assert!(entry.register.is_ok(), "{:?}", entry.register);
    }
    assert!(matches!(ws.organisation, Some(Ok(_))));
}

#[test]
fn a_truncated_sample_gives_a_clear_error_at_every_cut() {
    let file = &sample_files()[0];
    let text = std::fs::read_to_string(file).unwrap();
    let mut cuts: Vec<usize> = (1..text.len()).step_by(97).collect();
    cuts.push(text.len() - 3);
    for cut in cuts {
        let Some(part) = text.get(..cut) else { continue };
        let err = store::register_from_str(part, file).expect_err("truncated file must not load");
        assert!(err.to_string().starts_with(&file.display().to_string()), "{err}");
    }
}

#[test]
fn a_failed_save_leaves_the_original_byte_identical() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = copy_samples();
    let file = store::list_registers(dir.path()).unwrap().remove(0);
    let before = std::fs::read(&file).unwrap();
    let mut register = store::load_register(&file).unwrap();
    register.notes = "muutos".into();

    // A read-only folder (ignored by root, who runs CI: then the save may succeed).
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let result = store::save_register(&file, &register);
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    if let Err(e) = result {
        assert!(e.to_string().starts_with(&file.display().to_string()), "{e}");
        assert_eq!(std::fs::read(&file).unwrap(), before);
    }

    // A failure half-way, even for root: the backup cannot be written because a
    // non-empty folder has its name. The new content was already written to a temporary
    // file; the original must stay as it was and no temporary file may be left behind.
    let before = std::fs::read(&file).unwrap();
    let bak = store::backup_path(&file);
    std::fs::remove_file(&bak).ok();
    std::fs::create_dir_all(bak.join("este")).unwrap();
    register.notes = "toinen muutos".into();
    let err = store::save_register(&file, &register).expect_err("backup blocked");
    assert!(err.to_string().contains(".bak"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), before);
    let leftovers = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .count();
    assert_eq!(leftovers, 0);
}

#[test]
fn saving_into_a_missing_folder_fails_with_the_file_name() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ei-ole").join("r.ron");
    let err = store::save_register(&file, &seloste::model::Register::default()).unwrap_err();
    assert!(err.to_string().starts_with(&file.display().to_string()), "{err}");
    assert!(!file.exists());
}

#[test]
fn a_file_in_place_of_the_folder_blocks_the_save_and_keeps_the_file() {
    // Saving over a path whose parent is a regular file must fail cleanly.
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("kansio");
    std::fs::write(&blocker, "tärkeä").unwrap();
    let err = store::save_register(&blocker.join("r.ron"), &seloste::model::Register::default()).unwrap_err();
    assert!(err.to_string().contains("kansio"), "{err}");
    assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "tärkeä");
}

#[test]
fn organisation_wide_edit_changes_exactly_the_listed_fields_and_undo_restores_every_file() {
    use seloste::orgwide;
    let dir = copy_samples();
    let org_path = dir.path().join(store::ORGANISATION_FILE);
    let old = store::load_organisation(&org_path).unwrap();
    let mut new = old.clone();
    new.dpo.name = seloste::model::Text::new("Uusi Vastaava", "Uusi Vastaava", "Uusi Vastaava");
    new.dpo.phone = "040 555 1234".into();
    new.controller.contact.street.fi = "Kauppakatu 1".into();
    let files = store::list_registers(dir.path()).unwrap();
    let before_bytes: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    let registers: Vec<_> = files.iter().map(|f| (f.clone(), store::load_register(f).unwrap())).collect();
    let plan = orgwide::plan(&old, &new, &registers);
    // Kemi's registers follow the profile's DPO; Imatra, Jämsä, Imago+ and Lappeenranta do not.
    let names: Vec<String> = plan.iter().map(|u| u.path.file_name().unwrap().to_string_lossy().into_owned()).collect();
    assert!(names.contains(&"kameravalvonta-kemin-kaupungintalo.ron".to_owned()), "{names:?}");
    assert!(names.contains(&"kemi-viestinta-ja-markkinointi.ron".to_owned()), "{names:?}");
    assert!(
        !names.iter().any(|n| n.starts_with("imatra") || n.starts_with("lappeenranta") || n.starts_with("imago")),
        "{names:?}"
    );
    orgwide::apply(&plan).unwrap();
    for u in &plan {
        let on_disk = store::load_register(&u.path).unwrap();
        // Exactly the listed fields changed, and nothing else.
        assert_eq!(seloste::diff::diff(&u.before, &on_disk), u.changes);
        assert!(
            u.changes.iter().all(|c| {
                let p = c.path.to_string();
                p.starts_with("dpo.") || p.starts_with("controller.contact.street")
            }),
            "{:?}",
            u.changes
        );
    }
    for (f, b) in files.iter().zip(&before_bytes) {
        if !plan.iter().any(|u| &u.path == f) {
            assert_eq!(&std::fs::read(f).unwrap(), b, "{} must not change", f.display());
        }
    }
    orgwide::undo(&plan).unwrap();
    for (f, b) in files.iter().zip(&before_bytes) {
        assert_eq!(&std::fs::read(f).unwrap(), b, "undo restores {}", f.display());
    }
}

#[test]
fn an_organisation_wide_edit_never_skips_an_unreadable_register() {
    use seloste::orgwide;
    let dir = copy_samples();
    let broken = dir.path().join("rikki.ron");
    std::fs::write(&broken, "(name: (fi: \"kesken").unwrap();
    let files = store::list_registers(dir.path()).unwrap();
    let err = orgwide::load_registers(&files).unwrap_err().to_string();
    assert!(err.contains("rikki.ron"), "{err}");
    assert!(orgwide::load_workspace(dir.path()).unwrap_err().to_string().contains("rikki.ron"));
    std::fs::remove_file(&broken).unwrap();
    assert_eq!(orgwide::load_workspace(dir.path()).unwrap().len(), files.len() - 1);
}
