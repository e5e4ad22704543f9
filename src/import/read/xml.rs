//! XML events for the .docx and .odt readers, on `quick-xml`: element names without
//! their namespace prefix, attributes by local name, text with entities resolved.

use super::super::ImportError;
use super::zipped::unreadable;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// An element's start: its local name and attributes (local name, value).
pub(super) struct Start {
    /// Local name (`p` for `w:p`).
    pub name: String,
    /// Attributes by local name.
    pub attrs: Vec<(String, String)>,
}

impl Start {
    /// The value of the attribute with local name `key` (`val` for `w:val`).
    pub fn attr(&self, key: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// One event.
pub(super) enum Ev<'a> {
    /// An element opens (an empty element gives `Open` then `Close`).
    Open(&'a Start),
    /// An element closes.
    Close(&'a str),
    /// Text.
    Text(&'a str),
}

/// Streams `xml` (part `part` of file `name`) to `f`. With `full_names` the names keep
/// their prefixes (`text:p`), otherwise they are local (`p`). Errors name the file, the
/// part and the byte position.
pub(super) fn walk(
    xml: &str,
    name: &str,
    part: &str,
    full_names: bool,
    mut f: impl FnMut(Ev<'_>),
) -> Result<(), ImportError> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = false;
    let bad = |pos: u64, e: &dyn std::fmt::Display| {
        unreadable(name, &format!("its part {part} is not well-formed XML at byte {pos} ({e})"))
    };
    let element = |e: &BytesStart<'_>| -> Start {
        let n = if full_names { e.name().as_ref().to_vec() } else { e.local_name().as_ref().to_vec() };
        let attrs = e
            .attributes()
            .flatten()
            .map(|a| {
                let k = if full_names { a.key.as_ref().to_vec() } else { a.key.local_name().as_ref().to_vec() };
                let v = a.unescape_value().map(|v| v.into_owned()).unwrap_or_default();
                (String::from_utf8_lossy(&k).into_owned(), v)
            })
            .collect();
        Start { name: String::from_utf8_lossy(&n).into_owned(), attrs }
    };
    loop {
        let pos = reader.buffer_position();
        match reader.read_event() {
            Ok(Event::Start(e)) => f(Ev::Open(&element(&e))),
            Ok(Event::Empty(e)) => {
                let s = element(&e);
                f(Ev::Open(&s));
                f(Ev::Close(&s.name));
            }
            Ok(Event::End(e)) => {
                let n = if full_names { e.name().as_ref().to_vec() } else { e.local_name().as_ref().to_vec() };
                f(Ev::Close(&String::from_utf8_lossy(&n)));
            }
            Ok(Event::Text(t)) => {
                let s = t.decode().map_err(|e| bad(pos, &e))?;
                f(Ev::Text(&s));
            }
            Ok(Event::CData(t)) => {
                let s = t.decode().map_err(|e| bad(pos, &e))?;
                f(Ev::Text(&s));
            }
            Ok(Event::GeneralRef(r)) => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    _ => match &*r {
                        b"amp" => Some('&'),
                        b"lt" => Some('<'),
                        b"gt" => Some('>'),
                        b"quot" => Some('"'),
                        b"apos" => Some('\''),
                        _ => None,
                    },
                };
                if let Some(c) = c {
                    f(Ev::Text(c.encode_utf8(&mut [0u8; 4])));
                }
            }
            Ok(Event::Eof) => return Ok(()),
            Ok(_) => {}
            Err(e) => return Err(bad(pos, &e)),
        }
    }
}
