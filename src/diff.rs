//! Field-by-field differences between two registers (or two versions of one).
//!
//! Both are flattened to `path = value` pairs with the same paths validation findings use
//! (`purposes[1].description.fi`), and compared path by path.

use crate::model::Register;
use serde::Serialize;

/// How one field differs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    /// Only in the second.
    Added,
    /// Only in the first.
    Removed,
    /// In both, with different values.
    Changed,
}

/// One differing field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    /// The field path.
    pub path: String,
    /// Added, removed or changed.
    pub kind: ChangeKind,
    /// The value in the first register (empty when added).
    pub old: String,
    /// The value in the second register (empty when removed).
    pub new: String,
}

/// Every field of a register as `(path, value)`, in file order. Empty fields are absent.
pub fn flatten(register: &Register) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Ok(value) = serde_json::to_value(register) {
        walk(&value, String::new(), &mut out);
    }
    out
}

fn walk(value: &serde_json::Value, path: String, out: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                walk(v, p, out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                walk(v, format!("{path}[{i}]"), out);
            }
        }
        serde_json::Value::Null => {}
        serde_json::Value::String(s) => out.push((path, s.clone())),
        other => out.push((path, other.to_string())),
    }
}

/// The fields that differ between `a` and `b`, in the order of `a` then new ones of `b`.
pub fn diff(a: &Register, b: &Register) -> Vec<Change> {
    let fa = flatten(a);
    let fb = flatten(b);
    let lookup_b: std::collections::HashMap<&str, &str> = fb.iter().map(|(p, v)| (p.as_str(), v.as_str())).collect();
    let lookup_a: std::collections::HashMap<&str, &str> = fa.iter().map(|(p, v)| (p.as_str(), v.as_str())).collect();
    let mut changes = Vec::new();
    for (path, old) in &fa {
        match lookup_b.get(path.as_str()) {
            Some(new) if new == old => {}
            Some(new) => changes.push(Change {
                path: path.clone(),
                kind: ChangeKind::Changed,
                old: old.clone(),
                new: (*new).to_owned(),
            }),
            None => changes.push(Change {
                path: path.clone(),
                kind: ChangeKind::Removed,
                old: old.clone(),
                new: String::new(),
            }),
        }
    }
    for (path, new) in &fb {
        if !lookup_a.contains_key(path.as_str()) {
            changes.push(Change { path: path.clone(), kind: ChangeKind::Added, old: String::new(), new: new.clone() });
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LegalBasis, Purpose, Text};

    #[test]
    fn lists_exactly_the_edited_fields() {
        let a = Register {
            name: Text::fi("Rekisteri"),
            purposes: vec![Purpose {
                description: Text::fi("Asiointi"),
                legal_bases: vec![LegalBasis::Consent],
                ..Purpose::default()
            }],
            ..Register::default()
        };
        let mut b = a.clone();
        b.name.sv = "Register".into();
        b.purposes[0].description.fi = "Asiointi ja neuvonta".into();
        b.purposes[0].legal_bases = vec![LegalBasis::PublicTask];
        let changes = diff(&a, &b);
        let paths: Vec<(&str, ChangeKind)> = changes.iter().map(|c| (c.path.as_str(), c.kind)).collect();
        assert_eq!(
            paths,
            [
                ("purposes[0].description.fi", ChangeKind::Changed),
                ("purposes[0].legal_bases[0]", ChangeKind::Changed),
                ("name.sv", ChangeKind::Added),
            ]
        );
        assert!(diff(&a, &a).is_empty());
    }
}
