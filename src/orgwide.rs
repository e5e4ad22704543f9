//! Organisation-wide edits: a changed organisation profile (a new DPO, a new address, the
//! supervisory authority's block, the standard security texts) applied to every register
//! that follows it.
//!
//! A register follows the profile field by field: a field is updated only where the
//! register still has the profile's old value, so a register with its own DPO or its own
//! address keeps them. [`plan`] is pure and lists every register and field that will change;
//! [`apply`] saves the changed registers (each atomically) and returns what [`undo`] needs.

use crate::diff::{Change, diff};
use crate::model::{
    ComplaintField, Contact, ControllerField, FieldPath, Lang, Organisation, Register, SecurityField, Text,
};
use crate::store::{self, StoreError};
use std::path::{Path, PathBuf};

/// A value registers follow as a whole or as its parts ("leaves": each language of a text,
/// each string of a contact block). A register follows the profile's old value when every
/// leaf both fill in is equal (at least one), or when neither fills in any.
trait Followed: Clone + PartialEq {
    /// The leaves, in a fixed order; an empty string is an empty leaf.
    fn leaves(&self) -> Vec<&str>;
    /// The same leaves, to write.
    fn leaves_mut(&mut self) -> Vec<&mut String>;
}

impl Followed for String {
    fn leaves(&self) -> Vec<&str> {
        vec![self.trim()]
    }
    fn leaves_mut(&mut self) -> Vec<&mut String> {
        vec![self]
    }
}

impl Followed for Text {
    fn leaves(&self) -> Vec<&str> {
        Lang::ALL.iter().map(|l| self.get(*l).trim()).collect()
    }
    fn leaves_mut(&mut self) -> Vec<&mut String> {
        vec![&mut self.fi, &mut self.sv, &mut self.en]
    }
}

impl Followed for Contact {
    fn leaves(&self) -> Vec<&str> {
        let mut v = self.name.leaves();
        v.extend(self.title.leaves());
        v.extend(self.street.leaves());
        v.push(self.postal_code.trim());
        v.extend(self.city.leaves());
        v.extend([self.phone.trim(), self.email.trim(), self.web.trim()]);
        v
    }
    fn leaves_mut(&mut self) -> Vec<&mut String> {
        let Contact { name, title, street, postal_code, city, phone, email, web } = self;
        let mut v = name.leaves_mut();
        v.extend(title.leaves_mut());
        v.extend(street.leaves_mut());
        v.push(postal_code);
        v.extend(city.leaves_mut());
        v.extend([phone, email, web]);
        v
    }
}

/// True when a register's value follows the profile's old one.
fn follows<T: Followed>(mine: &T, old: &T) -> bool {
    let (mine, old) = (mine.leaves(), old.leaves());
    let filled = |v: &[&str]| v.iter().any(|s| !s.is_empty());
    if !filled(&mine) || !filled(&old) {
        return !filled(&mine) && !filled(&old);
    }
    let mut common = 0;
    for (m, o) in mine.iter().zip(&old) {
        if !m.is_empty() && !o.is_empty() {
            if m != o {
                return false;
            }
            common += 1;
        }
    }
    common > 0
}

/// Writes the leaves that changed from `old` to `new` into `mine`; true when any did.
fn carry<T: Followed>(mine: &mut T, old: &T, new: &T) -> bool {
    let (old, new) = (old.leaves(), new.leaves());
    let mut touched = false;
    for ((m, o), n) in mine.leaves_mut().into_iter().zip(old).zip(new) {
        if o != n {
            n.clone_into(m);
            touched = true;
        }
    }
    touched
}

/// A profile field that registers follow: where it is in the profile and in a register.
struct Follow<T> {
    /// The register field (for the documentation and the tests).
    path: FieldPath,
    /// The profile's value.
    org: fn(&Organisation) -> &T,
    /// The register's value.
    reg: fn(&mut Register) -> &mut T,
}

impl<T: Followed> Follow<T> {
    /// Applies the change `old` → `new` of this field to `register`, if it follows; true
    /// when the register changed.
    fn apply(&self, old: &Organisation, new: &Organisation, register: &mut Register) -> bool {
        let (o, n) = ((self.org)(old), (self.org)(new));
        if o == n {
            return false;
        }
        let mine = (self.reg)(register);
        follows(mine, o) && carry(mine, o, n)
    }
}

/// The contact blocks registers follow.
const CONTACTS: [Follow<Contact>; 3] = [
    Follow {
        path: FieldPath::Controller(Some(ControllerField::Contact(None))),
        org: |o| &o.controller.contact,
        reg: |r| &mut r.controller.contact,
    },
    Follow { path: FieldPath::Dpo(None), org: |o| &o.dpo, reg: |r| &mut r.dpo },
    Follow {
        path: FieldPath::Complaint(Some(ComplaintField::Authority(None))),
        org: |o| &o.authority,
        reg: |r| &mut r.complaint.authority,
    },
];

/// The texts registers follow.
const TEXTS: [Follow<Text>; 4] = [
    Follow {
        path: FieldPath::Controller(Some(ControllerField::Body(None))),
        org: |o| &o.controller.body,
        reg: |r| &mut r.controller.body,
    },
    Follow {
        path: FieldPath::Security(Some(SecurityField::Electronic(None))),
        org: |o| &o.security.electronic,
        reg: |r| &mut r.security.electronic,
    },
    Follow {
        path: FieldPath::Security(Some(SecurityField::Manual(None))),
        org: |o| &o.security.manual,
        reg: |r| &mut r.security.manual,
    },
    Follow {
        path: FieldPath::Security(Some(SecurityField::General(None))),
        org: |o| &o.security.general,
        reg: |r| &mut r.security.general,
    },
];

/// The business ID, followed as a whole.
const BUSINESS_ID: Follow<String> = Follow {
    path: FieldPath::Controller(Some(ControllerField::BusinessId)),
    org: |o| &o.controller.business_id,
    reg: |r| &mut r.controller.business_id,
};

/// The register fields that follow the profile.
pub fn followed_fields() -> Vec<FieldPath> {
    let mut v = vec![FieldPath::Controller(Some(ControllerField::Kind))];
    v.extend(CONTACTS.iter().map(|f| f.path));
    v.extend(TEXTS.iter().map(|f| f.path));
    v.push(BUSINESS_ID.path);
    v
}

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

/// The register as it is after the profile changed from `old` to `new`: each followed
/// field is carried over where the register still has the old profile's value.
fn follow(old: &Organisation, new: &Organisation, register: &Register) -> Register {
    let mut after = register.clone();
    // The controller kind, followed as a whole.
    if old.controller.kind != new.controller.kind && after.controller.kind == old.controller.kind {
        after.controller.kind = new.controller.kind;
    }
    for f in &CONTACTS {
        f.apply(old, new, &mut after);
    }
    for f in &TEXTS {
        f.apply(old, new, &mut after);
    }
    BUSINESS_ID.apply(old, new, &mut after);
    after
}

/// The registers (and fields) that follow `old` and so change to `new`.
///
/// For each followed profile field (the controller's contact block, the DPO, the
/// authority, ...), a register follows the profile when every part the two have in common
/// is equal (or both are empty); only then is the field's change applied to it.
pub fn plan(old: &Organisation, new: &Organisation, registers: &[(PathBuf, Register)]) -> Vec<RegisterUpdate> {
    let mut updates = Vec::new();
    for (path, register) in registers {
        let after = follow(old, new, register);
        let changes = diff(register, &after);
        if !changes.is_empty() {
            updates.push(RegisterUpdate { path: path.clone(), before: register.clone(), after, changes });
        }
    }
    updates
}

/// Loads every register of `files` for [`plan`]. A register that cannot be read is an
/// error naming its file, never skipped: an organisation-wide edit that left out a
/// register without a word would leave it with the old DPO.
///
/// # Errors
/// The first file that cannot be read or parsed.
pub fn load_registers(files: &[PathBuf]) -> Result<Vec<(PathBuf, Register)>, StoreError> {
    files.iter().map(|f| store::load_register(f).map(|r| (f.clone(), r))).collect()
}

/// The registers of a workspace folder, loaded for [`plan`] (see [`load_registers`]).
///
/// # Errors
/// The folder cannot be listed, or a register cannot be read.
pub fn load_workspace(dir: &Path) -> Result<Vec<(PathBuf, Register)>, StoreError> {
    load_registers(&store::list_registers(dir)?)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Contact, Security};

    fn org(email: &str, electronic: &str) -> Organisation {
        Organisation {
            dpo: Contact { name: Text::fi("Maija Virtanen"), email: email.into(), ..Contact::default() },
            security: Security { electronic: Text::fi(electronic), ..Security::default() },
            ..Organisation::default()
        }
    }

    #[test]
    fn registers_follow_field_by_field_and_keep_their_own_values() {
        let old = org("dpo@kunta.fi", "Salattu palvelin.");
        let new = org("tietosuoja@kunta.fi", "Salattu palvelin, kaksivaiheinen tunnistus.");
        let follower = Register::from_organisation(&old);
        let mut own = follower.clone();
        own.dpo = Contact { name: Text::fi("Oma Vastaava"), email: "oma@kunta.fi".into(), ..Contact::default() };
        let registers = [(PathBuf::from("a.ron"), follower), (PathBuf::from("b.ron"), own)];
        let updates = plan(&old, &new, &registers);
        let paths = |i: usize| updates[i].changes.iter().map(|c| c.path.to_string()).collect::<Vec<_>>();
        assert_eq!(updates.len(), 2);
        assert_eq!(paths(0), ["dpo.email", "security.electronic.fi"]);
        assert_eq!(updates[0].after.dpo.email, "tietosuoja@kunta.fi");
        assert_eq!(paths(1), ["security.electronic.fi"], "its own DPO is kept");
        assert_eq!(updates[1].after.dpo.email, "oma@kunta.fi");
        assert!(plan(&old, &old, &registers).is_empty());
    }

    #[test]
    fn a_register_with_the_field_empty_follows_only_an_empty_profile() {
        let old = Organisation::default();
        let new = org("dpo@kunta.fi", "");
        let empty = Register::default();
        let updates = plan(&old, &new, &[(PathBuf::from("a.ron"), empty)]);
        assert_eq!(updates[0].after.dpo.email, "dpo@kunta.fi");
        let mut filled = Register::default();
        filled.dpo.phone = "040 123 4567".into();
        assert!(plan(&old, &new, &[(PathBuf::from("b.ron"), filled)]).is_empty());
    }

    #[test]
    fn every_followed_field_is_a_register_field() {
        let fields = followed_fields();
        assert_eq!(fields.len(), 9);
        for f in fields {
            assert_eq!(f.to_string().parse::<FieldPath>(), Ok(f));
        }
    }
}
