//! A model-based test of the editor's document lifecycle (issue 12): proptest generates
//! random sequences of user actions (edit, save, undo, redo, tick and untick a right, answer
//! or close each prompt, quit) and world actions (crash, restart, a change or removal of a
//! file by someone else, organisation-wide apply and undo) and runs them on the editor's
//! state through `AppState::handle`, in a temporary workspace. After every step it checks:
//! - every edit the user made and did not explicitly discard (undo, "discard", discarding a
//!   recovery) is in a register file, its `.bak` or a recovery file;
//! - a change made by someone else is never overwritten without a prompt;
//! - no two registers share an id;
//! - a published version is never forgotten: while its register file exists, the file's
//!   history still names every snapshot the editor published for it (issue 15).
//!
//! Each edit writes a unique token into the register, so "is the edit there" is a substring
//! search over the folder's files. UI time advances 4 s twice after each action, as frames
//! would: the undo history settles and the recovery file is due (an edit is at risk only in
//! the 3 s before its recovery file is written, a window this test does not model).
//!
//! `cargo test --test main model_based` runs 256 cases; the long run is
//! `SELOSTE_MODEL_CASES=100000 cargo test --release --test main model_based -- --nocapture`.

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use seloste::gui::prompt::Prompt;
use seloste::gui::state::{AppState, Command, Settings};
use seloste::model::Right;
use seloste::store;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The sample registers the workspace starts with (the camera register follows the profile).
const FILES: &[&str] =
    &["kemi-viestinta-ja-markkinointi.ron", "kameravalvonta-kemin-kaupungintalo.ron", "lappeenranta-chat-palvelu.ron"];

const RIGHTS: [Right; 3] = [Right::Access, Right::Rectification, Right::Erasure];

#[derive(Clone, Debug)]
enum Action {
    Open(usize),
    EditNotes,
    EditRightWording,
    SetRight(usize, bool),
    Save,
    Undo,
    Redo,
    Quit,
    PromptSave,
    PromptDiscard,
    PromptCancel,
    Restore,
    DiscardRecovery,
    ToggleDiff,
    CheckDisk,
    Reload,
    KeepMine,
    SaveAnyway,
    Crash,
    Restart,
    OutsideChange(usize),
    OutsideDelete(usize),
    OrgApply,
    OrgUndo,
    Publish,
    RestoreVersion(usize),
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        3 => (0..4usize).prop_map(Action::Open),
        6 => Just(Action::EditNotes),
        2 => Just(Action::EditRightWording),
        2 => (0..RIGHTS.len(), any::<bool>()).prop_map(|(r, on)| Action::SetRight(r, on)),
        4 => Just(Action::Save),
        2 => Just(Action::Undo),
        1 => Just(Action::Redo),
        1 => Just(Action::Quit),
        2 => Just(Action::PromptSave),
        1 => Just(Action::PromptDiscard),
        2 => Just(Action::PromptCancel),
        2 => Just(Action::Restore),
        1 => Just(Action::DiscardRecovery),
        1 => Just(Action::ToggleDiff),
        2 => Just(Action::CheckDisk),
        2 => Just(Action::Reload),
        2 => Just(Action::KeepMine),
        1 => Just(Action::SaveAnyway),
        2 => Just(Action::Crash),
        2 => Just(Action::Restart),
        2 => (0..4usize).prop_map(Action::OutsideChange),
        1 => (0..4usize).prop_map(Action::OutsideDelete),
        1 => Just(Action::OrgApply),
        1 => Just(Action::OrgUndo),
        1 => Just(Action::Publish),
        1 => (0..3usize).prop_map(Action::RestoreVersion),
    ]
}

/// The tokens (`tok000123z`) in a text.
fn tokens(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(i) = rest.find("tok") {
        let cand = &rest[i..];
        if cand.len() >= 10 && cand.as_bytes()[3..9].iter().all(u8::is_ascii_digit) && cand.as_bytes()[9] == b'z' {
            out.insert(cand[..10].to_owned());
        }
        rest = &rest[i + 3..];
    }
    out
}

struct World {
    dir: tempfile::TempDir,
    app: Option<AppState>,
    time: f64,
    next: u32,
    /// Tokens that must be on disk.
    kept: BTreeSet<String>,
    /// Tokens in the own wording of a right the user unticked (they come back when ticked).
    parked: BTreeMap<Right, BTreeSet<String>>,
    /// Files changed by someone else, with the marker that must stay in them.
    outside: BTreeMap<PathBuf, String>,
    /// What the last organisation-wide apply wrote, per file.
    applied: BTreeMap<PathBuf, String>,
    /// The snapshots published for each register file (relative paths, as in its history).
    published: BTreeMap<PathBuf, BTreeSet<String>>,
}

impl World {
    fn new() -> World {
        let dir = tempfile::tempdir().expect("tempdir");
        let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
        for name in FILES.iter().chain(&["organisation.ron"]) {
            std::fs::copy(samples.join(name), dir.path().join(name)).expect("copy sample");
        }
        let mut w = World {
            dir,
            app: None,
            time: 0.0,
            next: 0,
            kept: BTreeSet::new(),
            parked: BTreeMap::new(),
            outside: BTreeMap::new(),
            applied: BTreeMap::new(),
            published: BTreeMap::new(),
        };
        w.start();
        w
    }

    fn start(&mut self) {
        let mut s = AppState::new(Settings::default());
        s.open_exports = false;
        s.handle(Command::OpenPath(self.dir.path().to_owned()));
        self.app = Some(s);
        self.parked.clear();
    }

    fn files(&self, suffixes: &[&str]) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.dir.path())
            .expect("read dir")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| suffixes.iter().any(|s| n.ends_with(s))))
            .collect();
        files.sort();
        files
    }

    fn registers(&self) -> Vec<PathBuf> {
        self.files(&[".ron"]).into_iter().filter(|p| store::is_register_file(p)).collect()
    }

    fn pick(&self, i: usize) -> Option<PathBuf> {
        let regs = self.registers();
        (!regs.is_empty()).then(|| regs[i % regs.len()].clone())
    }

    /// Every token anywhere on disk.
    fn tokens_on_disk(&self) -> BTreeSet<String> {
        self.files(&[".ron", ".bak", ".recovery"])
            .iter()
            .flat_map(|p| tokens(&std::fs::read_to_string(p).unwrap_or_default()))
            .collect()
    }

    fn doc_tokens(&self) -> BTreeSet<String> {
        self.app.as_ref().and_then(|s| s.doc.as_ref()).map(|d| tokens(&store::to_ron(&d.register))).unwrap_or_default()
    }

    fn no_prompt(&self) -> bool {
        self.app.as_ref().is_some_and(|s| s.prompt.is_none())
    }

    fn token(&mut self) -> String {
        self.next += 1;
        format!("tok{:06}z", self.next)
    }

    fn handle(&mut self, command: Command) {
        if let Some(s) = &mut self.app {
            s.handle(command);
        }
    }

    #[allow(clippy::too_many_lines)] // One arm per action of the model; the match is the model.
    fn step(&mut self, action: &Action) {
        let before = self.doc_tokens();
        let prompt = self.app.as_ref().and_then(|s| s.prompt.clone());
        match action {
            Action::Open(i) => {
                if self.no_prompt() {
                    if let Some(p) = self.pick(*i) {
                        self.handle(Command::OpenRegister(p));
                        self.parked.clear();
                    }
                }
            }
            Action::EditNotes | Action::EditRightWording => {
                if !self.no_prompt() {
                    return self.tick();
                }
                let t = self.token();
                let notes = matches!(action, Action::EditNotes);
                if let Some(doc) = self.app.as_mut().and_then(|s| s.doc.as_mut()) {
                    let edited = if notes {
                        doc.register.notes.push_str(&t);
                        true
                    } else if let Some(e) = doc.register.rights.listed.first_mut() {
                        e.text.fi.push_str(&t);
                        true
                    } else {
                        false
                    };
                    if edited {
                        self.kept.insert(t);
                    }
                }
            }
            Action::SetRight(r, on) => {
                if self.no_prompt() && self.app.as_ref().is_some_and(|s| s.doc.is_some()) {
                    let right = RIGHTS[*r];
                    self.handle(Command::SetRightListed(right, *on));
                    let after = self.doc_tokens();
                    if *on {
                        let back = self.parked.remove(&right).unwrap_or_default();
                        assert!(back.is_subset(&after), "issue 12.1: the wording of {right:?} came back: {back:?}");
                        self.kept.extend(back);
                    } else {
                        let gone: BTreeSet<String> = before.difference(&after).cloned().collect();
                        for t in &gone {
                            self.kept.remove(t);
                        }
                        self.parked.entry(right).or_default().extend(gone);
                    }
                }
            }
            Action::Save => self.handle(Command::Save),
            Action::Undo | Action::Redo => {
                self.handle(if matches!(action, Action::Undo) { Command::Undo } else { Command::Redo });
                let after = self.doc_tokens();
                for t in before.difference(&after) {
                    self.kept.remove(t);
                }
                self.kept.extend(after.difference(&before).cloned());
            }
            Action::Quit => {
                self.handle(Command::Quit);
                if self.app.as_ref().is_some_and(|s| s.quit_confirmed) {
                    self.app = None;
                }
            }
            Action::PromptSave => {
                self.handle(Command::PromptSave);
                if self.app.as_ref().is_some_and(|s| s.quit_confirmed) {
                    self.app = None;
                }
            }
            Action::PromptDiscard => {
                if let (Some(Prompt::Unsaved { .. }), Some(doc)) =
                    (&prompt, self.app.as_ref().and_then(|s| s.doc.as_ref()))
                {
                    let saved = doc.saved.as_ref().map(|r| tokens(&store::to_ron(r))).unwrap_or_default();
                    for t in before.difference(&saved) {
                        self.kept.remove(t);
                    }
                }
                self.handle(Command::PromptDiscard);
                self.parked.clear();
                if self.app.as_ref().is_some_and(|s| s.quit_confirmed) {
                    self.app = None;
                }
            }
            Action::PromptCancel => self.handle(Command::PromptCancel),
            Action::Restore => {
                if let Some(Prompt::Recovered { original, .. }) = &prompt {
                    // The user chose the recovered version over the file, after a prompt.
                    self.outside.remove(original);
                    self.parked.clear();
                }
                self.handle(Command::RestoreRecovery);
            }
            Action::DiscardRecovery => {
                self.handle(Command::DiscardRecovery);
                if let Some(Prompt::Recovered { register, .. }) = &prompt {
                    let still = self.tokens_on_disk();
                    for t in tokens(&store::to_ron(register.as_ref())) {
                        if !still.contains(&t) {
                            self.kept.remove(&t);
                        }
                    }
                }
            }
            Action::ToggleDiff => self.handle(Command::ToggleDiff),
            Action::CheckDisk => self.handle(Command::CheckDisk),
            Action::Reload => {
                if matches!(prompt, Some(Prompt::ChangedOnDisk { .. })) {
                    self.parked.clear();
                }
                self.handle(Command::ReloadFromDisk);
            }
            Action::KeepMine => self.handle(Command::KeepMineAsCopy),
            Action::SaveAnyway => {
                if let Some(Prompt::ChangedOnDisk { missing: true, .. }) = &prompt {
                    if let Some(p) = self.app.as_ref().and_then(|s| s.doc.as_ref()).and_then(|d| d.file()) {
                        self.outside.remove(p);
                    }
                }
                self.handle(Command::SaveAnyway);
            }
            Action::Crash => self.app = None,
            Action::Restart => self.start(),
            Action::OutsideChange(i) => {
                if let Some(p) = self.pick(*i) {
                    if let Ok(mut r) = store::load_register(&p) {
                        let marker = format!("ulkoinen{}", self.next);
                        self.next += 1;
                        r.name.fi = marker.clone();
                        store::save_register(&p, &r).expect("outside save");
                        self.outside.insert(p, marker);
                    }
                }
            }
            Action::OutsideDelete(i) => {
                if let Some(p) = self.pick(*i) {
                    // What that file held as saved text is lost by someone else's hand, not the
                    // editor's: the recovery file guards unsaved edits only, so a token that is
                    // now in no other register file or backup is no longer the editor's to keep
                    // (it stays in the open document, and comes back if the user saves it).
                    let deleted = tokens(&std::fs::read_to_string(&p).unwrap_or_default());
                    std::fs::remove_file(&p).expect("outside delete");
                    self.outside.remove(&p);
                    self.published.remove(&p);
                    let elsewhere: BTreeSet<String> = self
                        .files(&[".ron", ".bak"])
                        .iter()
                        .flat_map(|f| tokens(&std::fs::read_to_string(f).unwrap_or_default()))
                        .collect();
                    for t in deleted.difference(&elsewhere) {
                        self.kept.remove(t);
                    }
                }
            }
            Action::OrgApply => {
                if self.no_prompt() {
                    let phone = format!("040 {}", self.next);
                    self.next += 1;
                    self.handle(Command::OpenOrganisation);
                    if let Some(edit) = self.app.as_mut().and_then(|s| s.org_edit.as_mut()) {
                        edit.draft.dpo.phone = phone;
                    }
                    self.handle(Command::ApplyOrganisation);
                    self.handle(Command::CloseOrganisation);
                    self.parked.clear();
                    if let Some((_, plan)) = self.app.as_ref().and_then(|s| s.org_undo.as_ref()) {
                        self.applied = plan.iter().map(|u| (u.path.clone(), store::to_ron(&u.after))).collect();
                    }
                }
            }
            Action::OrgUndo => {
                if self.no_prompt() {
                    let now: BTreeMap<PathBuf, String> = self
                        .applied
                        .keys()
                        .map(|p| (p.clone(), std::fs::read_to_string(p).unwrap_or_default()))
                        .collect();
                    let had_undo = self.app.as_ref().is_some_and(|s| s.org_undo.is_some() && !s.is_dirty());
                    self.handle(Command::UndoOrganisation);
                    self.parked.clear();
                    if had_undo {
                        for (p, text) in &now {
                            if Some(text) != self.applied.get(p) {
                                let after = std::fs::read_to_string(p).unwrap_or_default();
                                assert_eq!(
                                    &after,
                                    text,
                                    "issue 12.5: undo wrote over a later change of {}",
                                    p.display()
                                );
                            }
                        }
                    }
                }
            }
            Action::Publish => self.publish(),
            Action::RestoreVersion(i) => {
                let versions: Vec<u32> = self
                    .app
                    .as_ref()
                    .and_then(|s| s.doc.as_ref())
                    .map(|d| d.register.history.iter().map(|v| v.version).collect())
                    .unwrap_or_default();
                if self.no_prompt() && !versions.is_empty() {
                    // Like an edit: the draft's content is replaced on purpose.
                    self.handle(Command::RestoreVersion(versions[i % versions.len()]));
                    let after = self.doc_tokens();
                    for t in before.difference(&after) {
                        self.kept.remove(t);
                    }
                    self.kept.extend(after.difference(&before).cloned());
                }
            }
        }
        self.tick();
    }

    /// Publishes the open register from the prompt (despite errors: most samples have some),
    /// and records the snapshots its file's history names.
    fn publish(&mut self) {
        if !self.no_prompt() {
            return;
        }
        let Some(file) = self.app.as_ref().and_then(|s| s.doc.as_ref()).and_then(|d| d.path()).map(Path::to_owned)
        else {
            return;
        };
        self.handle(Command::AskPublish);
        self.handle(Command::SetPublishForm { by: "Malli".into(), note: String::new(), force: true });
        self.handle(Command::Publish);
        if self.no_prompt() {
            let history = store::load_register(&file).map(|r| r.history).unwrap_or_default();
            let names = history.iter().map(|v| v.snapshot.clone());
            self.published.entry(file).or_default().extend(names);
        }
    }

    fn tick(&mut self) {
        for _ in 0..2 {
            self.time += 4.0;
            if let Some(s) = &mut self.app {
                s.tick(self.time);
            }
        }
    }

    fn check(&self) -> Result<(), TestCaseError> {
        let on_disk = self.tokens_on_disk();
        let lost: Vec<&String> = self.kept.iter().filter(|t| !on_disk.contains(*t)).collect();
        prop_assert!(lost.is_empty(), "edits lost (in no file, backup or recovery file): {:?}", lost);
        for (path, marker) in &self.outside {
            if let Ok(text) = std::fs::read_to_string(path) {
                prop_assert!(text.contains(marker.as_str()), "{} lost the outside change {marker}", path.display());
            }
        }
        for (path, snapshots) in &self.published {
            if let Ok(r) = store::load_register(path) {
                let named: BTreeSet<String> = r.history.iter().map(|v| v.snapshot.clone()).collect();
                let forgotten: Vec<&String> = snapshots.difference(&named).collect();
                prop_assert!(forgotten.is_empty(), "{} forgot published versions {forgotten:?}", path.display());
            }
        }
        let mut ids = BTreeMap::new();
        for p in self.registers() {
            if let Ok(r) = store::load_register(&p) {
                if let Some(other) = ids.insert(r.id.clone(), p.clone()) {
                    prop_assert!(false, "{} and {} share the id {}", other.display(), p.display(), r.id);
                }
            }
        }
        Ok(())
    }
}

fn run_case(actions: &[Action], steps: &AtomicU64) -> Result<(), TestCaseError> {
    let mut world = World::new();
    world.tick();
    world.check()?;
    for a in actions {
        world.step(a);
        steps.fetch_add(1, Ordering::Relaxed);
        world.check().map_err(|e| TestCaseError::fail(format!("after {a:?}: {e}")))?;
    }
    Ok(())
}

#[test]
fn model_based() {
    let cases = std::env::var("SELOSTE_MODEL_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256);
    let mut runner = TestRunner::new(Config { cases, failure_persistence: None, ..Config::default() });
    let steps = AtomicU64::new(0);
    let result = runner.run(&vec(action(), 1..40), |actions| run_case(&actions, &steps));
    eprintln!("model_based: {cases} cases, {} steps (shrinking included)", steps.load(Ordering::Relaxed));
    if let Err(e) = result {
        panic!("model_based: violation: {e}");
    }
}
