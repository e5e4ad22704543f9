//! The text form of a [`FieldPath`]: [`Display`](fmt::Display), [`FromStr`], serde, and the
//! path of a generic walk's steps.

use super::FieldPath;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// One step of a path as a generic walk over the serde form of a register meets it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathStep<'a> {
    /// A field, by its serde name.
    Field(&'a str),
    /// A list index.
    Index(usize),
}

impl FieldPath {
    /// The path of a generic walk's steps (`[Field("purposes"), Index(1), Field("law")]`),
    /// read as [`FromStr`] reads its text form.
    ///
    /// # Errors
    /// When the steps name no field of a register.
    pub fn from_steps(steps: &[PathStep<'_>]) -> Result<FieldPath, FieldPathError> {
        use fmt::Write as _;
        let mut s = String::with_capacity(48);
        for (i, step) in steps.iter().enumerate() {
            // Writing to a String cannot fail.
            match step {
                PathStep::Field(name) if i == 0 => s.push_str(name),
                PathStep::Field(name) => {
                    s.push('.');
                    s.push_str(name);
                }
                PathStep::Index(n) => {
                    write!(s, "[{n}]").ok();
                }
            }
        }
        s.parse()
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_named(f, false)
    }
}

/// A string that is not a field path of a register.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldPathError(pub String);

impl fmt::Display for FieldPathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown: String = self.0.chars().take(80).flat_map(char::escape_debug).collect();
        write!(f, "not a field of a register: \"{shown}\"")
    }
}

impl std::error::Error for FieldPathError {}

impl FromStr for FieldPath {
    type Err = FieldPathError;

    /// Reads a path as [`Display`](fmt::Display) writes it; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        FieldPath::read_named(s).ok_or_else(|| FieldPathError(s.chars().take(200).collect()))
    }
}

impl Serialize for FieldPath {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for FieldPath {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}
