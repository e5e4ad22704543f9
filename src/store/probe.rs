//! A light lexical look at RON text before it is parsed: where its comments are, what
//! starts the file once comments are skipped, and the `format` number at the top level.
//!
//! RON comments are `// …` to the end of the line and `/* … */` (which nest); inside a
//! string (`"…"` with backslash escapes, or raw `r#"…"#`) nothing is a comment.

use std::ops::{ControlFlow, Range};

/// One piece of the text as the scanner sees it.
enum Piece {
    /// A byte of code (outside strings and comments), at this index.
    Code(usize),
    /// A comment, with its byte range.
    Comment(Range<usize>),
    /// A string literal, quotes included, with its byte range.
    Str(Range<usize>),
}

/// Calls `f` for every code byte and every comment, in order; strings are skipped.
fn scan(text: &str, mut f: impl FnMut(Piece) -> ControlFlow<()>) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let flow = match b[i] {
            b'"' => {
                i = skip_string(b, i);
                f(Piece::Str(start..i))
            }
            b'r' if (i == 0 || !is_ident(b[i - 1])) && raw_string_hashes(b, i).is_some() => {
                i = skip_raw_string(b, i);
                f(Piece::Str(start..i))
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                f(Piece::Comment(start..i))
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut depth = 1usize;
                i += 2;
                while i < b.len() && depth > 0 {
                    if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                        depth += 1;
                        i += 2;
                    } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                        depth -= 1;
                        i += 2;
                    } else {
                        i += 1;
                    }
                }
                f(Piece::Comment(start..i))
            }
            _ => {
                i += 1;
                f(Piece::Code(start))
            }
        };
        if flow.is_break() {
            return;
        }
    }
}

/// The index just after the string that starts at `i` (a `"`).
fn skip_string(b: &[u8], mut i: usize) -> usize {
    i += 1;
    while i < b.len() && b[i] != b'"' {
        i += if b[i] == b'\\' { 2 } else { 1 };
    }
    (i + 1).min(b.len())
}

/// For `r#…#"` at `i`, the number of hashes.
fn raw_string_hashes(b: &[u8], i: usize) -> Option<usize> {
    let hashes = b[i + 1..].iter().take_while(|c| **c == b'#').count();
    (b.get(i + 1 + hashes) == Some(&b'"')).then_some(hashes)
}

/// The index just after the raw string that starts at `i`.
fn skip_raw_string(b: &[u8], i: usize) -> usize {
    let hashes = raw_string_hashes(b, i).unwrap_or(0);
    let mut j = i + hashes + 2;
    while j < b.len() {
        if b[j] == b'"' && b[j + 1..].iter().take(hashes).filter(|c| **c == b'#').count() == hashes {
            return (j + 1 + hashes).min(b.len());
        }
        j += 1;
    }
    b.len()
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The 1-based line and column of each comment in `text` (columns count characters).
pub fn comments(text: &str) -> Vec<(usize, usize)> {
    let mut starts = Vec::new();
    scan(text, |piece| {
        if let Piece::Comment(range) = piece {
            starts.push(range.start);
        }
        ControlFlow::Continue(())
    });
    starts.into_iter().map(|at| line_col(text, at)).collect()
}

/// The 1-based line and column of byte `at`.
pub fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// The byte index of the first code that is not white space (comments skipped), if any.
pub fn first_code(text: &str) -> Option<usize> {
    let mut found = None;
    scan(text, |piece| match piece {
        Piece::Code(i) if !text.as_bytes()[i].is_ascii_whitespace() => {
            found = Some(i);
            ControlFlow::Break(())
        }
        _ => ControlFlow::Continue(()),
    });
    found
}

/// The first string literal longer than `limit` bytes (quotes included): its start and
/// length in bytes.
pub fn string_longer_than(text: &str, limit: usize) -> Option<(usize, usize)> {
    let mut found = None;
    scan(text, |piece| match piece {
        Piece::Str(range) if range.len() > limit => {
            found = Some((range.start, range.len()));
            ControlFlow::Break(())
        }
        _ => ControlFlow::Continue(()),
    });
    found
}

/// Finds `format: N` at the top level of the file without parsing the rest, so that a
/// file from a newer version is refused as such and not for its unknown fields.
/// `Some(u64::MAX)` when the value is not a number.
pub fn format_number(text: &str) -> Option<u64> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut found = None;
    scan(text, |piece| {
        let Piece::Code(i) = piece else { return ControlFlow::Continue(()) };
        match bytes[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'f' if depth == 1 && text[i..].starts_with("format") && (i == 0 || !is_ident(bytes[i - 1])) => {
                let rest = text[i + "format".len()..].trim_start();
                if let Some(value) = rest.strip_prefix(':') {
                    let digits: String = value.trim_start().chars().take_while(char::is_ascii_digit).collect();
                    found = digits.parse().ok().or(Some(u64::MAX));
                    return ControlFlow::Break(());
                }
            }
            _ => {}
        }
        ControlFlow::Continue(())
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_found_outside_strings_only() {
        let text = "// alku\nRegister(\n    notes: \"http://x // ei\", /* a /* b */ c */\n    id: r#\"/* ei */\"#, // loppu\n)\n";
        assert_eq!(comments(text), [(1, 1), (3, 30), (4, 24)]);
        assert_eq!(&text[first_code(text).unwrap()..][..8], "Register");
        assert_eq!(string_longer_than(text, 15), Some((text.find("\"http").unwrap(), 16)));
        assert_eq!(string_longer_than(text, 16), None);
    }

    #[test]
    fn the_format_is_found_after_comments() {
        assert_eq!(format_number("/* format: 9 */ Register(format: 2, x: (format: 7))"), Some(2));
        assert_eq!(format_number("Register(\n // format: 9\n id: \"format: 8\")"), None);
        assert_eq!(format_number("Register(format: x)"), Some(u64::MAX));
    }
}
