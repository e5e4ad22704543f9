//! Organisation-wide edits: a changed organisation profile (a new DPO, a new address, the
//! supervisory authority's block, the standard security texts) applied to every register
//! that follows it.
//!
//! A register follows the profile field by field: a field is updated only where the
//! register still has the profile's old value, so a register with its own DPO or its own
//! address keeps them. [`plan`] is pure and lists every register and field that will change;
//! [`apply`] saves the changed registers (each atomically) and returns what [`undo`] needs.

use crate::diff::{Change, diff, flatten_any};
use crate::model::{Organisation, Register};
use crate::store::{self, StoreError};
use serde_json::Value;
use std::path::PathBuf;

/// Which profile fields registers follow, and where they sit in a register.
const FOLLOWED: &[(&str, &str)] = &[
    ("controller.kind", "controller.kind"),
    ("controller.contact.", "controller.contact."),
    ("controller.body.", "controller.body."),
    ("controller.business_id", "controller.business_id"),
    ("dpo.", "dpo."),
    ("authority.", "complaint.authority."),
    ("security.electronic.", "security.electronic."),
    ("security.manual.", "security.manual."),
    ("security.general.", "security.general."),
];

/// One register that changes.
#[derive(Clone, Debug, PartialEq)]
pub struct RegisterUpdate {
    /// The register file.
    pub path: PathBuf,
    /// The register as it is.
    pub before: Register,
    /// The register as it will be.
    pub after: Register,
    /// The fields that change.
    pub changes: Vec<Change>,
}

/// The register path of a profile path, if registers follow that field.
fn register_path(org_path: &str) -> Option<String> {
    FOLLOWED.iter().find_map(|(from, to)| {
        let rest = org_path.strip_prefix(from)?;
        // Exact fields (no trailing dot) must match whole.
        if !from.ends_with('.') && !rest.is_empty() {
            return None;
        }
        Some(format!("{to}{rest}"))
    })
}

/// Sets (or, for an empty value, removes) the leaf at a dotted path.
fn set_path(root: &mut Value, path: &str, value: &str) {
    let parts: Vec<&str> = path.split('.').collect();
    let Some((last, parents)) = parts.split_last() else { return };
    let mut node = root;
    for p in parents {
        let Value::Object(map) = node else { return };
        node = map.entry((*p).to_owned()).or_insert_with(|| Value::Object(serde_json::Map::new()));
    }
    if let Value::Object(map) = node {
        if value.is_empty() {
            map.remove(*last);
        } else {
            map.insert((*last).to_owned(), Value::String(value.to_owned()));
        }
    }
}

/// The registers (and fields) that follow `old` and so change to `new`.
///
/// For each group of profile fields (the controller's contact block, the DPO, the
/// authority, ...), a register follows the profile when every field the two have in common
/// is equal (or both are empty); only then is the group's change applied to it.
pub fn plan(old: &Organisation, new: &Organisation, registers: &[(PathBuf, Register)]) -> Vec<RegisterUpdate> {
    let edits = diff_orgs(old, new);
    let old_leaves: Vec<(String, String)> =
        flatten_any(old).into_iter().filter_map(|(p, v)| register_path(&p).map(|rp| (rp, v))).collect();
    let mut updates = Vec::new();
    for (path, register) in registers {
        let current: std::collections::HashMap<String, String> = crate::diff::flatten(register).into_iter().collect();
        let Ok(mut json) = serde_json::to_value(register) else { continue };
        let mut touched = false;
        for (_, to) in FOLLOWED {
            let group: Vec<&(String, String, String)> = edits.iter().filter(|(rp, _, _)| in_group(rp, to)).collect();
            if group.is_empty() || !follows(&current, &old_leaves, to) {
                continue;
            }
            for (rpath, _, new_value) in group {
                set_path(&mut json, rpath, new_value);
                touched = true;
            }
        }
        if !touched {
            continue;
        }
        // A value written back from its own flattened form is always valid; skip if not.
        let Ok(after) = serde_json::from_value::<Register>(json) else { continue };
        let changes = diff(register, &after);
        if !changes.is_empty() {
            updates.push(RegisterUpdate { path: path.clone(), before: register.clone(), after, changes });
        }
    }
    updates
}

fn in_group(path: &str, prefix: &str) -> bool {
    if prefix.ends_with('.') { path.starts_with(prefix) } else { path == prefix }
}

/// True when the register's fields in the group agree with the old profile's.
fn follows(current: &std::collections::HashMap<String, String>, old_leaves: &[(String, String)], prefix: &str) -> bool {
    let theirs: Vec<&(String, String)> = old_leaves.iter().filter(|(p, _)| in_group(p, prefix)).collect();
    let mine: Vec<(&String, &String)> = current.iter().filter(|(p, _)| in_group(p, prefix)).collect();
    if theirs.is_empty() || mine.is_empty() {
        return theirs.is_empty() && mine.is_empty();
    }
    let mut common = 0;
    for (p, v) in &theirs {
        if let Some(mv) = current.get(p) {
            if mv != v {
                return false;
            }
            common += 1;
        }
    }
    common > 0
}

/// `(register path, old value, new value)` for every followed profile field that changed.
fn diff_orgs(old: &Organisation, new: &Organisation) -> Vec<(String, String, String)> {
    let a: Vec<(String, String)> = flatten_any(old);
    let b: Vec<(String, String)> = flatten_any(new);
    let get = |list: &[(String, String)], p: &str| {
        list.iter().find(|(k, _)| k == p).map(|(_, v)| v.clone()).unwrap_or_default()
    };
    let mut paths: Vec<String> = a.iter().chain(b.iter()).map(|(p, _)| p.clone()).collect();
    paths.sort();
    paths.dedup();
    paths
        .into_iter()
        .filter_map(|p| {
            let (va, vb) = (get(&a, &p), get(&b, &p));
            if va == vb {
                return None;
            }
            register_path(&p).map(|rp| (rp, va, vb))
        })
        .collect()
}

/// Saves every planned register (each atomically). On the first failure it stops, puts
/// back the registers already written, and returns the error.
pub fn apply(updates: &[RegisterUpdate]) -> Result<(), StoreError> {
    for (i, u) in updates.iter().enumerate() {
        if let Err(e) = store::save_register(&u.path, &u.after) {
            for done in &updates[..i] {
                store::save_register(&done.path, &done.before).ok();
            }
            return Err(e);
        }
    }
    Ok(())
}

/// Puts every register of an applied plan back as it was, except a register whose file no
/// longer holds what the apply wrote (someone changed it since): that one is left alone and
/// its file returned, for the caller to report.
pub fn undo(updates: &[RegisterUpdate]) -> Result<Vec<PathBuf>, StoreError> {
    let mut first_error = None;
    let mut skipped = Vec::new();
    for u in updates {
        match store::gui_ops::save_register_if_unchanged(&u.path, &u.after, &u.before) {
            Ok(store::gui_ops::Guarded::Written) => {}
            Ok(store::gui_ops::Guarded::ChangedSince) => skipped.push(u.path.clone()),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    first_error.map_or(Ok(skipped), Err)
}
