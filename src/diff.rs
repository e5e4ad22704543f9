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
    flatten_any(register)
}

/// Like [`flatten`], for any serializable value (e.g. the organisation profile).
pub fn flatten_any<T: Serialize>(value: &T) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Ok(value) = serde_json::to_value(value) {
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
            path: "name.fi".into(),
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
