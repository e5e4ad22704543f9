//! Text for a terminal: what a register holds is shown, never obeyed.
//!
//! A register is text from anyone (an imported web page, a colleague's file). Printed as
//! it is, an escape character (`ESC [ 2 J`) would clear the screen or retitle the window,
//! a carriage return would overwrite the line, and a bidirectional override would show the
//! text in another order than it is (CVE-2021-42574, "Trojan Source"). Every line the
//! command line prints goes through [`for_terminal`]; JSON output through [`for_json`].

use std::borrow::Cow;

/// True for a character a terminal would act on instead of showing: the C0 and C1 control
/// characters and DEL (except line feed and tab), and the Unicode bidirectional controls.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every [`is_unsafe`] character written as a Rust-style escape (`\u{1b}`),
/// so that it shows what the register holds. Borrowed when nothing needs escaping.
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// JSON text with every [`is_unsafe`] character that the serializer left as it is (DEL,
/// the C1 controls and the bidirectional controls) written as a JSON escape (`\u009b`).
/// The JSON means the same; only a terminal showing it is kept safe.
pub fn for_json(json: &str) -> Cow<'_, str> {
    if !json.chars().any(is_unsafe) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Writes `text` to `w` escaped by [`for_terminal`]. Errors writing to a closed terminal
/// are ignored: there is nobody to tell.
pub fn put(w: &mut dyn std::io::Write, text: &str) {
    w.write_all(for_terminal(text).as_bytes()).ok();
}

/// `writeln!` for the command line's output: formats, escapes with [`for_terminal`], writes.
macro_rules! say {
    ($w:expr) => {
        $crate::cli::terminal::put($w, "\n")
    };
    ($w:expr, $($arg:tt)*) => {
        $crate::cli::terminal::put($w, &format!("{}\n", format_args!($($arg)*)))
    };
}
pub(crate) use say;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_bidi_characters_are_shown_escaped() {
        assert_eq!(for_terminal("a\u{1b}[2Jb\rc\u{9b}d\u{202e}e"), "a\\u{1b}[2Jb\\u{d}c\\u{9b}d\\u{202e}e");
        assert_eq!(for_terminal("rivi 1\n\trivi 2 åäö"), "rivi 1\n\trivi 2 åäö");
        assert!(matches!(for_terminal("ok"), Cow::Borrowed(_)));
    }

    #[test]
    fn json_keeps_its_meaning() {
        let json = serde_json::to_string(&"x\u{1b}y\u{9b}z\u{202e}").unwrap();
        let safe = for_json(&json);
        assert!(!safe.chars().any(is_unsafe), "{safe}");
        assert_eq!(serde_json::from_str::<String>(&safe).unwrap(), "x\u{1b}y\u{9b}z\u{202e}");
    }
}
