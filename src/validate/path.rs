//! Field paths as findings carry them (`purposes[1].legal_bases`), built without allocating
//! until a finding actually needs the text.

use std::fmt;

/// One step of a path: a field name or a list index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Seg {
    Field(&'static str),
    Index(usize),
}

/// A field path of at most eight steps, using the serde names of the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FieldPath {
    segs: [Seg; 8],
    len: u8,
}

impl FieldPath {
    /// A path of one field of the register.
    pub(crate) const fn root(name: &'static str) -> FieldPath {
        FieldPath { segs: [Seg::Field(name); 8], len: 1 }
    }

    fn push(mut self, seg: Seg) -> FieldPath {
        // The model nests at most seven levels; a longer path keeps its first eight steps.
        if let Some(slot) = self.segs.get_mut(usize::from(self.len)) {
            *slot = seg;
            self.len += 1;
        }
        self
    }

    /// The path of a field inside this one.
    pub(crate) fn field(self, name: &'static str) -> FieldPath {
        self.push(Seg::Field(name))
    }

    /// The path of the `i`th item of this list.
    pub(crate) fn at(self, i: usize) -> FieldPath {
        self.push(Seg::Index(i))
    }

    /// The first step: the register field, which decides the section.
    pub(crate) fn root_name(&self) -> &'static str {
        match self.segs[0] {
            Seg::Field(name) => name,
            Seg::Index(_) => "",
        }
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.segs.iter().take(usize::from(self.len)).enumerate() {
            match seg {
                Seg::Field(name) if i == 0 => f.write_str(name)?,
                Seg::Field(name) => write!(f, ".{name}")?,
                Seg::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// Compares two paths so that `purposes[2]` comes before `purposes[10]`.
pub(crate) fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    let (mut x, mut y) = (a.as_bytes(), b.as_bytes());
    loop {
        match (x.first(), y.first()) {
            (None, None) => return std::cmp::Ordering::Equal,
            (None, Some(_)) => return std::cmp::Ordering::Less,
            (Some(_), None) => return std::cmp::Ordering::Greater,
            (Some(c), Some(d)) if c.is_ascii_digit() && d.is_ascii_digit() => {
                let nx = x.iter().take_while(|b| b.is_ascii_digit()).count();
                let ny = y.iter().take_while(|b| b.is_ascii_digit()).count();
                let (dx, dy) = (trim_zeros(&x[..nx]), trim_zeros(&y[..ny]));
                let ord = dx.len().cmp(&dy.len()).then_with(|| dx.cmp(dy));
                if ord != std::cmp::Ordering::Equal {
                    return ord;
                }
                x = &x[nx..];
                y = &y[ny..];
            }
            (Some(c), Some(d)) => {
                if c != d {
                    return c.cmp(d);
                }
                x = &x[1..];
                y = &y[1..];
            }
        }
    }
}

fn trim_zeros(digits: &[u8]) -> &[u8] {
    let zeros = digits.iter().take_while(|b| **b == b'0').count();
    &digits[zeros.min(digits.len().saturating_sub(1))..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_serde_style_paths() {
        let p = FieldPath::root("controller").field("joint").at(2).field("contact").field("email");
        assert_eq!(p.to_string(), "controller.joint[2].contact.email");
        assert_eq!(FieldPath::root("purposes").at(1).field("legal_bases").to_string(), "purposes[1].legal_bases");
        assert_eq!(p.root_name(), "controller");
    }

    #[test]
    fn natural_order_of_indices() {
        use std::cmp::Ordering::*;
        assert_eq!(natural_cmp("purposes[2].law", "purposes[10].law"), Less);
        assert_eq!(natural_cmp("purposes[10]", "purposes[9]"), Greater);
        assert_eq!(natural_cmp("dpo", "dpo"), Equal);
        assert_eq!(natural_cmp("dpo", "dpo.email"), Less);
    }
}
