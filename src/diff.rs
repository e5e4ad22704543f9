//! Field-by-field differences between two registers (or two versions of one).
//!
//! Both are flattened to `path = value` pairs, with the [`FieldPath`]s validation findings
//! use (`purposes[1].description.fi`), and compared path by path. The flattening is a
//! generic walk over the serde form of the register; each leaf's path is read back with
//! [`FieldPath::from_steps`], so a path is always one the model knows.

use crate::model::{FieldPath, PathStep, Register};
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
    /// The field.
    pub path: FieldPath,
    /// Added, removed or changed.
    pub kind: ChangeKind,
    /// The value in the first register (empty when added).
    pub old: String,
    /// The value in the second register (empty when removed).
    pub new: String,
}

/// Every field of a register as `(path, value)`, in the order of the serde form (fields
/// by name). Empty fields are absent.
pub fn flatten(register: &Register) -> Vec<(FieldPath, String)> {
    let mut out = Vec::new();
    if let Ok(value) = serde_json::to_value(register) {
        let mut steps = Vec::with_capacity(8);
        walk(&value, &mut steps, &mut out);
    }
    out
}

fn walk<'a>(value: &'a serde_json::Value, steps: &mut Vec<PathStep<'a>>, out: &mut Vec<(FieldPath, String)>) {
    let leaf = match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                steps.push(PathStep::Field(k));
                walk(v, steps, out);
                steps.pop();
            }
            return;
        }
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                steps.push(PathStep::Index(i));
                walk(v, steps, out);
                steps.pop();
            }
            return;
        }
        serde_json::Value::Null => return,
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    // Every leaf of the serde form of a register is a field the model names (a test walks
    // a register with every field filled); anything else would be a model/path mismatch.
    if let Ok(path) = FieldPath::from_steps(steps) {
        out.push((path, leaf));
    }
}

/// The fields that differ between `a` and `b`, in the order of `a` then new ones of `b`.
pub fn diff(a: &Register, b: &Register) -> Vec<Change> {
    let fa = flatten(a);
    let fb = flatten(b);
    let lookup_b: std::collections::HashMap<FieldPath, &str> = fb.iter().map(|(p, v)| (*p, v.as_str())).collect();
    let lookup_a: std::collections::HashMap<FieldPath, &str> = fa.iter().map(|(p, v)| (*p, v.as_str())).collect();
    let mut changes = Vec::new();
    for (path, old) in &fa {
        match lookup_b.get(path) {
            Some(new) if new == old => {}
            Some(new) => changes.push(Change {
                path: *path,
                kind: ChangeKind::Changed,
                old: old.clone(),
                new: (*new).to_owned(),
            }),
            None => {
                changes.push(Change { path: *path, kind: ChangeKind::Removed, old: old.clone(), new: String::new() })
            }
        }
    }
    for (path, new) in &fb {
        if !lookup_a.contains_key(path) {
            changes.push(Change { path: *path, kind: ChangeKind::Added, old: String::new(), new: new.clone() });
        }
    }
    changes
}

/// A piece of a word-level comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordOp {
    /// In both texts.
    Same,
    /// Only in the old text.
    Removed,
    /// Only in the new text.
    Added,
}

/// Compares two texts word by word (white space kept with the word before it), for
/// highlighting what changed inside a paragraph. Long texts fall back to a whole-text
/// replacement to keep the cost bounded.
pub fn word_diff<'a>(old: &'a str, new: &'a str) -> Vec<(WordOp, &'a str)> {
    let a = words(old);
    let b = words(new);
    if a.len() * b.len() > 4_000_000 {
        return vec![(WordOp::Removed, old), (WordOp::Added, new)];
    }
    // Longest common subsequence table, from the end.
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out: Vec<(WordOp, &str)> = Vec::new();
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            out.push((WordOp::Same, a[i]));
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out.push((WordOp::Added, b[j]));
            j += 1;
        } else {
            out.push((WordOp::Removed, a[i]));
            i += 1;
        }
    }
    out
}

/// Splits into words, each with the white space after it.
fn words(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space = false;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            in_space = true;
        } else if in_space {
            out.push(&s[start..i]);
            start = i;
            in_space = false;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// The change as one line of text, with word-level marks `[-removed-]{+added+}`.
pub fn render_change(c: &Change) -> String {
    match c.kind {
        ChangeKind::Added => format!("{}: + {}", c.path, c.new),
        ChangeKind::Removed => format!("{}: - {}", c.path, c.old),
        ChangeKind::Changed => {
            let mut line = format!("{}: ", c.path);
            for (op, w) in word_diff(&c.old, &c.new) {
                match op {
                    WordOp::Same => line.push_str(w),
                    WordOp::Removed => {
                        line.push_str("[-");
                        line.push_str(w.trim_end());
                        line.push_str("-]");
                        line.push_str(&w[w.trim_end().len()..]);
                    }
                    WordOp::Added => {
                        line.push_str("{+");
                        line.push_str(w.trim_end());
                        line.push_str("+}");
                        line.push_str(&w[w.trim_end().len()..]);
                    }
                }
            }
            line
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LegalBasis, Purpose, Text};

    #[test]
    fn word_diff_marks_only_the_changed_words() {
        let c = Change {
            path: FieldPath::Name(Some(crate::model::Lang::Fi)),
            kind: ChangeKind::Changed,
            old: "Kemin kaupungin asiakasrekisteri".into(),
            new: "Kemin kaupungin uusi asiakasrekisteri".into(),
        };
        assert_eq!(render_change(&c), "name.fi: Kemin kaupungin {+uusi+} asiakasrekisteri");
        let ops: Vec<WordOp> = word_diff("a b c", "a x c").into_iter().map(|(o, _)| o).collect();
        assert_eq!(ops, [WordOp::Same, WordOp::Added, WordOp::Removed, WordOp::Same]);
    }

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
        let paths: Vec<(String, ChangeKind)> = changes.iter().map(|c| (c.path.to_string(), c.kind)).collect();
        assert_eq!(
            paths,
            [
                ("purposes[0].description.fi".to_owned(), ChangeKind::Changed),
                ("purposes[0].legal_bases[0]".to_owned(), ChangeKind::Changed),
                ("name.sv".to_owned(), ChangeKind::Added),
            ]
        );
        assert!(diff(&a, &a).is_empty());
    }

    #[test]
    fn every_leaf_of_a_full_register_has_a_field_path() {
        // A register with every field filled, lists included, read from the richest sample.
        let mut reg = crate::validate::full_register_for_tests();
        reg.tags = vec!["a".into()];
        reg.notes = "n".into();
        let json = serde_json::to_value(&reg).unwrap();
        let mut leaves = 0;
        count_leaves(&json, &mut leaves);
        assert_eq!(flatten(&reg).len(), leaves, "a leaf had no field path");
        assert!(leaves > 100);
    }

    fn count_leaves(v: &serde_json::Value, n: &mut usize) {
        match v {
            serde_json::Value::Object(m) => m.values().for_each(|v| count_leaves(v, n)),
            serde_json::Value::Array(a) => a.iter().for_each(|v| count_leaves(v, n)),
            serde_json::Value::Null => {}
            _ => *n += 1,
        }
    }
}
