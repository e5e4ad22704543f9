//! Publishing a version of a register, and its history (GDPR Art. 5(2): the controller can
//! show which notice was in force when).
//!
//! Pure: the shell (CLI or editor) reads the previous snapshot and the clock, calls
//! [`publish`], then writes what it returns through `store` (the snapshot and PDFs with
//! `store::write_new`, never replacing a file; the register with `store::save_register`).

use crate::diff::diff;
use crate::export::{self, Format, Options};
use crate::model::{Date, FieldPath, Lang, Organisation, Register, Status, Version};
use crate::validate::{Finding, Severity, SnapshotState, validate_at};

/// The folder under the workspace that holds the snapshots: `arkisto/<id>/`.
pub const ARCHIVE_DIR: &str = "arkisto";

/// Who publishes, why, and when.
#[derive(Clone, Debug)]
pub struct Request<'a> {
    /// Who publishes (recorded in the history).
    pub by: &'a str,
    /// A note on what changed and why.
    pub note: &'a str,
    /// Publish despite errors; the history entry records it.
    pub force: bool,
    /// Today, as the shell read it from the clock.
    pub today: Date,
}

/// A publication ready to be written.
#[derive(Clone, Debug)]
pub struct Publication {
    /// The register to save: status Published, `updated` today, the new history entry last.
    pub register: Register,
    /// The new history entry (also the last of `register.history`).
    pub version: Version,
    /// Files to create under the workspace, paths relative to it with `/`: the snapshot
    /// first, then the notice's PDF in each declared language.
    pub files: Vec<(String, Vec<u8>)>,
    /// Export warnings (e.g. characters the font cannot draw).
    pub warnings: Vec<String>,
}

/// Why a register was not published.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum PublishError {
    /// The register has errors; `--force` publishes anyway.
    #[error("the register has {} error(s); fix them or publish with --force: {}", .0.len(), .0.join("; "))]
    HasErrors(Vec<String>),
    /// The register's id cannot name a folder.
    #[error("the register's id {0:?} cannot name an archive folder (use letters, digits, - and _)")]
    BadId(String),
    /// The previous version's snapshot could not be read, so the changed fields are unknown.
    #[error("the snapshot of version {version} ({file}) is missing or altered; restore it, or publish with --force")]
    PreviousSnapshot {
        /// The previous version.
        version: u32,
        /// Its snapshot file.
        file: String,
    },
    /// A PDF could not be made.
    #[error("{0}")]
    Export(String),
}

impl PublishError {
    /// The reason in `lang`, for the editor (where "despite errors" is a check box, not
    /// `--force`). The errors of [`PublishError::HasErrors`] are listed by the caller.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (PublishError::HasErrors(list), Lang::Fi) => format!("Rekisterissä on virheitä: {}.", list.len()),
            (PublishError::HasErrors(list), Lang::Sv) => format!("Registret har fel: {}.", list.len()),
            (PublishError::HasErrors(list), Lang::En) => format!("The register has errors: {}.", list.len()),
            (PublishError::BadId(id), Lang::Fi) => {
                format!(
                    "Rekisterin tunnus {id:?} ei kelpaa arkistokansion nimeksi (käytä kirjaimia, numeroita, - ja _)."
                )
            }
            (PublishError::BadId(id), Lang::Sv) => {
                format!("Registrets id {id:?} duger inte som namn på arkivmappen (använd bokstäver, siffror, - och _).")
            }
            (PublishError::BadId(id), Lang::En) => {
                format!("The register's id {id:?} cannot name an archive folder (use letters, digits, - and _).")
            }
            (PublishError::PreviousSnapshot { version, file }, Lang::Fi) => format!(
                "Version {version} arkistokopio {file} puuttuu tai on muuttunut, joten muuttuneita kenttiä ei voi luetella. Palauta se, tai valitse ”Julkaise virheistä huolimatta”."
            ),
            (PublishError::PreviousSnapshot { version, file }, Lang::Sv) => format!(
                "Arkivkopian {file} av version {version} saknas eller har ändrats, så de ändrade fälten kan inte listas. Återställ den, eller välj ”Publicera trots fel”."
            ),
            (PublishError::PreviousSnapshot { version, file }, Lang::En) => format!(
                "The snapshot of version {version} ({file}) is missing or altered, so the changed fields cannot be listed. Restore it, or tick \"Publish despite errors\"."
            ),
            (PublishError::Export(e), _) => e.clone(),
        }
    }
}

impl VersionError {
    /// The reason in `lang`, for the editor.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (VersionError::NoSuchVersion(v), Lang::Fi) => format!("Julkaistua versiota {v} ei ole."),
            (VersionError::NoSuchVersion(v), Lang::Sv) => format!("Det finns ingen publicerad version {v}."),
            (VersionError::NoSuchVersion(v), Lang::En) => format!("There is no published version {v}."),
            (VersionError::Missing { version, file }, Lang::Fi) => {
                format!("Version {version} arkistokopio {file} puuttuu.")
            }
            (VersionError::Missing { version, file }, Lang::Sv) => {
                format!("Arkivkopian {file} av version {version} saknas.")
            }
            (VersionError::Missing { version, file }, Lang::En) => {
                format!("The snapshot of version {version} ({file}) is missing.")
            }
            (VersionError::Altered { version, file }, Lang::Fi) => {
                format!("Version {version} arkistokopio {file} on muuttunut julkaisun jälkeen, joten sitä ei käytetä.")
            }
            (VersionError::Altered { version, file }, Lang::Sv) => {
                format!("Arkivkopian {file} av version {version} har ändrats efter publiceringen och används inte.")
            }
            (VersionError::Altered { version, file }, Lang::En) => {
                format!("The snapshot of version {version} ({file}) was altered after publishing, so it is not used.")
            }
            (VersionError::Unreadable { version, reason }, Lang::Fi) => {
                format!("Version {version} arkistokopiota ei voi lukea: {reason}")
            }
            (VersionError::Unreadable { version, reason }, Lang::Sv) => {
                format!("Arkivkopian av version {version} kan inte läsas: {reason}")
            }
            (VersionError::Unreadable { version, reason }, Lang::En) => {
                format!("The snapshot of version {version} cannot be read: {reason}")
            }
        }
    }
}

/// SHA-256 of `bytes` as 64 lower-case hex digits (FIPS 180-4).
pub fn sha256_hex(bytes: &[u8]) -> String {
    crate::import::sha256_hex(bytes)
}

/// What a snapshot's bytes (as the shell read them; `None` when missing) say about `entry`.
pub fn snapshot_state(entry: &Version, bytes: Option<&[u8]>) -> SnapshotState {
    match bytes {
        None => SnapshotState::Missing,
        Some(b) if sha256_hex(b) == entry.sha256 => SnapshotState::Intact,
        Some(_) => SnapshotState::Altered,
    }
}

/// True for a snapshot path a history entry may name: relative, under [`ARCHIVE_DIR`], with
/// no `..`, absolute or hidden parts (a hand-edited file cannot make a check read elsewhere).
pub fn is_archive_path(rel: &str) -> bool {
    let mut parts = rel.split('/');
    parts.next() == Some(ARCHIVE_DIR)
        && rel.split('/').all(|p| !p.is_empty() && !p.starts_with('.') && !p.contains('\\') && !p.contains(':'))
}

/// The state of each history entry's snapshot, read with `read` (a path relative to the
/// workspace -> its bytes, `None` when it cannot be read). A path outside the archive is
/// not read and counts as missing.
pub fn check_snapshots(register: &Register, read: &mut dyn FnMut(&str) -> Option<Vec<u8>>) -> Vec<SnapshotState> {
    register
        .history
        .iter()
        .map(|v| {
            let bytes = if is_archive_path(&v.snapshot) { read(&v.snapshot) } else { None };
            snapshot_state(v, bytes.as_deref())
        })
        .collect()
}

/// The last version's snapshot as a register, when it is intact (its hash matches) and loads.
pub fn previous_snapshot(register: &Register, read: &mut dyn FnMut(&str) -> Option<Vec<u8>>) -> Option<Register> {
    let last = register.history.iter().max_by_key(|v| v.version)?;
    load_version(register, last.version, read).ok()
}

/// Why a published version's snapshot cannot be shown or restored.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum VersionError {
    /// The history has no such version.
    #[error("there is no published version {0}")]
    NoSuchVersion(u32),
    /// The snapshot file is missing, or its recorded path leaves the archive.
    #[error("the snapshot of version {version} ({file}) is missing")]
    Missing {
        /// The version.
        version: u32,
        /// Its snapshot file, relative to the workspace.
        file: String,
    },
    /// The snapshot's SHA-256 differs from the one recorded in the history.
    #[error("the snapshot of version {version} ({file}) was altered after publishing (its SHA-256 differs)")]
    Altered {
        /// The version.
        version: u32,
        /// Its snapshot file, relative to the workspace.
        file: String,
    },
    /// The snapshot is intact but does not load as a register.
    #[error("the snapshot of version {version} cannot be read: {reason}")]
    Unreadable {
        /// The version.
        version: u32,
        /// What the loader said (file and position).
        reason: String,
    },
}

/// Version `version` of `register` as published: its snapshot, read with `read` (a path
/// relative to the workspace -> its bytes, `None` when it cannot be read), checked against
/// the SHA-256 in the history, and loaded.
///
/// # Errors
/// [`VersionError`]: no such version, snapshot missing (or outside the archive), altered,
/// or not a register.
pub fn load_version(
    register: &Register,
    version: u32,
    read: &mut dyn FnMut(&str) -> Option<Vec<u8>>,
) -> Result<Register, VersionError> {
    let entry = register.history.iter().find(|v| v.version == version).ok_or(VersionError::NoSuchVersion(version))?;
    let file = entry.snapshot.clone();
    let bytes = if is_archive_path(&file) { read(&file) } else { None };
    match snapshot_state(entry, bytes.as_deref()) {
        SnapshotState::Intact => {}
        SnapshotState::Missing => return Err(VersionError::Missing { version, file }),
        SnapshotState::Altered => return Err(VersionError::Altered { version, file }),
    }
    let text = String::from_utf8(bytes.unwrap_or_default())
        .map_err(|e| VersionError::Unreadable { version, reason: e.to_string() })?;
    crate::store::register_from_str(&text, std::path::Path::new(&file))
        .map_err(|e| VersionError::Unreadable { version, reason: e.to_string() })
}

/// What a public site shows for each register (GDPR Art. 5(2): the notice in force): for a
/// register that has been published, its last version's snapshot with the history (so the
/// version number shows), even when the file now holds a draft or edits not yet published;
/// a register never published, as it is. With `drafts` (a preview of unpublished work) every
/// register as it is. `read` reads an archived file (a path relative to the workspace).
///
/// Returns the registers, in the given order, and a warning for each whose last snapshot
/// cannot be used (missing, altered, unreadable): that one is shown as it is in its file.
pub fn site_content(
    registers: &[(String, &Register)],
    drafts: bool,
    read: &mut dyn FnMut(&str) -> Option<Vec<u8>>,
) -> (Vec<(String, Register)>, Vec<String>) {
    let mut warnings = Vec::new();
    let content = registers
        .iter()
        .map(|(file, register)| {
            let Some(last) = register.history.iter().map(|v| v.version).max().filter(|_| !drafts) else {
                return (file.clone(), (*register).clone());
            };
            match load_version(register, last, read) {
                Ok(published) => (file.clone(), Register { history: register.history.clone(), ..published }),
                Err(e) => {
                    warnings.push(format!("{file}: {e}; the register is shown as it is in its file"));
                    (file.clone(), (*register).clone())
                }
            }
        })
        .collect();
    (content, warnings)
}

/// A new register made from `template`: its content as a draft with no id, no dates, and
/// none of the template's accountability: no published versions, approvals or DPO opinion
/// (those were given for the template's processing, not the new one), nor its import record. The DPIA assessment
/// is kept as a starting point; the user reviews it.
pub fn from_template(template: &Register) -> Register {
    Register {
        id: String::new(),
        status: Status::Draft,
        created: None,
        updated: None,
        history: Vec::new(),
        approvals: crate::model::Approvals::default(),
        dpo_opinion: crate::model::Opinion::default(),
        import: None,
        ..template.clone()
    }
}

/// The history of a register file (`on_disk`) joined with an older copy's (`other`, e.g. a
/// recovery file written before a publication): every version of either, by version number,
/// the file's entry winning where both have one. A publication is never forgotten.
pub fn merge_history(on_disk: &[Version], other: &[Version]) -> Vec<Version> {
    let mut out: Vec<Version> = on_disk.to_vec();
    out.extend(other.iter().filter(|v| !on_disk.iter().any(|d| d.version == v.version)).cloned());
    out.sort_by_key(|v| v.version);
    out
}

/// The register `current` with the content of a published version's `snapshot`, as a
/// draft: everything but the history and the import record comes from the snapshot (those,
/// which a snapshot never holds, stay); the status becomes Draft, so the next publication is a
/// new version. The editor's "restore as draft".
pub fn restore_as_draft(current: &Register, snapshot: &Register) -> Register {
    Register {
        history: current.history.clone(),
        import: current.import.clone(),
        status: Status::Draft,
        ..snapshot_of(snapshot)
    }
}

/// The content a snapshot keeps: the register without its history and without the import
/// record (internal review data of issue 18, never part of the notice).
pub fn snapshot_of(register: &Register) -> Register {
    Register { history: Vec::new(), import: None, ..register.clone() }
}

/// The fields that differ between two snapshots, leaving out what every publication
/// changes (status, `updated`, history).
pub fn changed_fields(old: &Register, new: &Register) -> Vec<FieldPath> {
    let mut out: Vec<FieldPath> = diff(&snapshot_of(old), &snapshot_of(new))
        .into_iter()
        .map(|c| c.path)
        .filter(|p| !matches!(p, FieldPath::Status | FieldPath::Updated | FieldPath::History(_)))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The archive folder name for `id`: letters, digits, `-`, `_` and `.` (not leading).
fn checked_id(id: &str) -> Result<&str, PublishError> {
    let ok = !id.is_empty()
        && id.len() <= 100
        && !id.starts_with('.')
        && id.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok { Ok(id) } else { Err(PublishError::BadId(id.to_owned())) }
}

/// Makes the next version of `register`.
///
/// `id` names the archive folder (the register's id, or its file stem); `previous` is the
/// last version's snapshot as read from the workspace (`None` when there is none, or when it
/// is missing or altered: then only `force` publishes, with no changed fields recorded).
///
/// # Errors
/// [`PublishError::HasErrors`] naming each error (rule id, field, message) unless
/// `request.force`; [`PublishError::BadId`]; [`PublishError::PreviousSnapshot`];
/// [`PublishError::Export`] when a PDF cannot be made.
pub fn publish(
    register: &Register,
    id: &str,
    org: Option<&Organisation>,
    previous: Option<&Register>,
    request: &Request,
) -> Result<Publication, PublishError> {
    let id = checked_id(id)?;
    let errors: Vec<Finding> =
        validate_at(register, org, request.today).into_iter().filter(|f| f.severity == Severity::Error).collect();
    if !errors.is_empty() && !request.force {
        let lang = register.notice_languages().first().copied().unwrap_or_default();
        let named = errors.iter().map(|f| format!("{} ({}): {}", f.rule.id, f.path, f.message(lang))).collect();
        return Err(PublishError::HasErrors(named));
    }
    let last = register.history.iter().max_by_key(|v| v.version);
    let number = last.map_or(1, |v| v.version.saturating_add(1));
    let mut next = register.clone();
    next.status = Status::Published;
    next.updated = Some(request.today);
    let snapshot = snapshot_of(&next);
    let changed = match (last, previous) {
        (None, _) => Vec::new(),
        (Some(_), Some(prev)) => changed_fields(prev, &snapshot),
        (Some(_), None) if request.force => Vec::new(),
        (Some(v), None) => {
            return Err(PublishError::PreviousSnapshot { version: v.version, file: v.snapshot.clone() });
        }
    };
    let stem = format!("{ARCHIVE_DIR}/{id}/{number}-{}", request.today.iso());
    let text = crate::store::to_ron(&snapshot);
    let entry = Version {
        version: number,
        date: Some(request.today),
        by: request.by.trim().to_owned(),
        note: request.note.trim().to_owned(),
        approved: register.approvals.approved.summary(),
        changed,
        forced: !errors.is_empty(),
        snapshot: format!("{stem}.ron"),
        sha256: sha256_hex(text.as_bytes()),
    };
    next.history.push(entry.clone());
    let mut files = vec![(entry.snapshot.clone(), text.into_bytes())];
    let mut warnings = Vec::new();
    for lang in next.notice_languages() {
        let out = export::export(
            &next,
            &Options { lang, poster: false, format: Format::Pdf, paper: crate::layout::Paper::A4 },
        )
        .map_err(|e| PublishError::Export(e.to_string()))?;
        files.push((format!("{stem}.{}.pdf", lang.code()), out.bytes));
        warnings.extend(out.warnings);
    }
    Ok(Publication { register: next, version: entry, files, warnings })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Text;
    use crate::validate::complete_register_for_tests;

    fn request(today: Date) -> Request<'static> {
        Request { by: "Maija Mallikas", note: "Ensimmäinen julkaisu", force: false, today }
    }

    fn clean() -> Register {
        let mut r = complete_register_for_tests();
        r.history.clear();
        r.status = Status::Draft;
        r
    }

    #[test]
    fn first_and_second_versions_record_exactly_the_changed_fields() {
        let d1 = Date::from_ymd(2025, 6, 1).unwrap();
        let first = publish(&clean(), "kamera", None, None, &request(d1)).unwrap();
        assert_eq!(first.version.version, 1);
        assert_eq!(first.register.status, Status::Published);
        assert_eq!(first.register.updated, Some(d1));
        assert_eq!(first.files[0].0, "arkisto/kamera/1-2025-06-01.ron");
        assert_eq!(first.version.sha256, sha256_hex(&first.files[0].1));
        assert!(first.files[1..].iter().all(|(p, b)| p.ends_with(".pdf") && b.starts_with(b"%PDF")));
        assert_eq!(first.files.len(), 1 + first.register.notice_languages().len());
        let snap1 = crate::store::register_from_str(
            std::str::from_utf8(&first.files[0].1).unwrap(),
            std::path::Path::new("s.ron"),
        )
        .unwrap();
        let mut edited = first.register.clone();
        edited.name = Text::new("Uusi nimi", edited.name.sv.clone(), edited.name.en.clone());
        edited.notes = "Sisäinen huomautus".into();
        let d2 = Date::from_ymd(2025, 7, 1).unwrap();
        let second = publish(&edited, "kamera", None, Some(&snap1), &request(d2)).unwrap();
        assert_eq!(second.version.version, 2);
        let changed: Vec<String> = second.version.changed.iter().map(ToString::to_string).collect();
        assert_eq!(changed, ["notes", "name.fi"]);
        assert_eq!(second.register.history.len(), 2);
        assert_eq!(
            crate::model::version_at(&second.register.history, Date::from_ymd(2025, 6, 15).unwrap()).map(|v| v.version),
            Some(1)
        );
    }

    #[test]
    fn a_register_with_errors_is_refused_by_name_unless_forced() {
        let mut r = clean();
        r.name = Text::default();
        let err = publish(&r, "kamera", None, None, &request(Date::from_ymd(2025, 6, 1).unwrap())).unwrap_err();
        assert!(
            matches!(&err, PublishError::HasErrors(list) if list.iter().any(|e| e.starts_with("name-missing"))),
            "{err}"
        );
        let forced = Request { force: true, ..request(Date::from_ymd(2025, 6, 1).unwrap()) };
        let p = publish(&r, "kamera", None, None, &forced).unwrap();
        assert!(p.version.forced);
    }

    #[test]
    fn snapshot_hash_detects_a_changed_byte() {
        let p = publish(&clean(), "kamera", None, None, &request(Date::from_ymd(2025, 6, 1).unwrap())).unwrap();
        let mut bytes = p.files[0].1.clone();
        assert_eq!(snapshot_state(&p.version, Some(&bytes)), SnapshotState::Intact);
        bytes[10] ^= 1;
        assert_eq!(snapshot_state(&p.version, Some(&bytes)), SnapshotState::Altered);
        assert_eq!(snapshot_state(&p.version, None), SnapshotState::Missing);
    }

    #[test]
    fn a_version_loads_only_from_its_intact_snapshot_and_restores_as_a_draft() {
        let d1 = Date::from_ymd(2025, 6, 1).unwrap();
        let p = publish(&clean(), "kamera", None, None, &request(d1)).unwrap();
        let (file, bytes) = p.files[0].clone();
        let mut edited = p.register.clone();
        edited.name = Text::new("Uusi nimi", edited.name.sv.clone(), edited.name.en.clone());
        let mut read = |rel: &str| (rel == file).then(|| bytes.clone());
        let v1 = load_version(&edited, 1, &mut read).unwrap();
        assert_eq!(v1.name, p.register.name);
        assert!(v1.history.is_empty(), "a snapshot holds no history");
        let restored = restore_as_draft(&edited, &v1);
        assert_eq!((restored.name.clone(), restored.status), (p.register.name.clone(), Status::Draft));
        assert_eq!(restored.history, edited.history, "the history stays");
        assert_eq!(load_version(&edited, 2, &mut read), Err(VersionError::NoSuchVersion(2)));
        let mut altered = bytes.clone();
        altered[20] ^= 1;
        assert!(matches!(load_version(&edited, 1, &mut |_| Some(altered.clone())), Err(VersionError::Altered { .. })));
        assert!(matches!(load_version(&edited, 1, &mut |_| None), Err(VersionError::Missing { .. })));
        let mut outside = edited.clone();
        outside.history[0].snapshot = "../elsewhere.ron".into();
        assert!(
            matches!(load_version(&outside, 1, &mut |_| Some(bytes.clone())), Err(VersionError::Missing { .. })),
            "a path outside the archive is never read"
        );
    }

    #[test]
    fn merging_histories_keeps_every_version_and_prefers_the_file() {
        let v = |n: u32, by: &str| Version { version: n, by: by.into(), ..Version::default() };
        let merged = merge_history(&[v(1, "file"), v(2, "file")], &[v(1, "old"), v(3, "old")]);
        let got: Vec<(u32, &str)> = merged.iter().map(|x| (x.version, x.by.as_str())).collect();
        assert_eq!(got, [(1, "file"), (2, "file"), (3, "old")]);
        assert!(merge_history(&[], &[]).is_empty());
    }

    #[test]
    fn a_register_made_from_a_template_has_no_versions_approvals_or_opinion() {
        let mut t = clean();
        t.history.push(Version { version: 1, ..Version::default() });
        t.approvals.approved.name = "Kaisa".into();
        t.dpo_opinion.text = "Ei huomautettavaa.".into();
        let r = from_template(&t);
        assert!(r.history.is_empty() && r.approvals.approved.is_empty() && r.dpo_opinion.text.is_empty());
        assert_eq!((r.id.as_str(), r.status, r.created, r.updated), ("", Status::Draft, None, None));
        assert_eq!((r.name.clone(), r.dpia.clone()), (t.name.clone(), t.dpia.clone()), "the content and DPIA stay");
    }

    #[test]
    fn the_history_entry_records_who_had_approved() {
        let mut r = clean();
        r.approvals.approved = crate::model::Approval {
            name: "Kaisa K".into(),
            title: "Johtaja".into(),
            date: Date::from_ymd(2025, 5, 2),
        };
        let p = publish(&r, "kamera", None, None, &request(Date::from_ymd(2025, 6, 1).unwrap())).unwrap();
        assert_eq!(p.version.approved, "Kaisa K, Johtaja, 2.5.2025");
    }

    #[test]
    fn ids_that_could_leave_the_archive_are_refused() {
        for id in ["", "../x", "a/b", ".hidden"] {
            assert!(matches!(
                publish(&clean(), id, None, None, &request(Date::from_ymd(2025, 6, 1).unwrap())),
                Err(PublishError::BadId(_))
            ));
        }
    }
}
