//! Bytes to clean text: which encoding an old notice was saved in, and the clean-up a
//! copy out of Word, a PDF or a web page needs before its lines can be read.
//!
//! Detection, in order: a byte-order mark (UTF-8, UTF-16 LE/BE); the signature of a
//! file that is not text (PDF, Word, ZIP, images); UTF-16 without a mark (every other
//! byte zero); valid UTF-8; otherwise Windows-1252 (Latin-1 when no byte in
//! 0x80..0x9F is used, the two agree on every other byte). Then line ends become LF,
//! non-breaking and other odd spaces become spaces, zero-width characters, soft
//! hyphens and stray control characters go (tabs stay, for table cells), and decomposed
//! å/ä/ö are composed.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

/// The encoding a text was read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 with a byte-order mark (Notepad, some Word exports).
    Utf8Bom,
    /// UTF-16 little-endian (Windows "Unicode" text).
    Utf16Le,
    /// UTF-16 big-endian.
    Utf16Be,
    /// Windows-1252 (old Word "plain text" exports; uses bytes 0x80..0x9F, e.g. curly quotes).
    Windows1252,
    /// ISO-8859-1 (Latin-1); read as Windows-1252, with which it agrees on every byte used.
    Latin1,
}

impl Encoding {
    /// The usual name of the encoding.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 (BOM)",
            Encoding::Utf16Le => "UTF-16 LE",
            Encoding::Utf16Be => "UTF-16 BE",
            Encoding::Windows1252 => "Windows-1252",
            Encoding::Latin1 => "ISO-8859-1 (Latin-1)",
        }
    }
}

/// What the clean-up changed, counted (all zero for a tidy UTF-8 file with LF line ends).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cleanup {
    /// Whether the UTF-16 had a byte-order mark (false when detected from its zero bytes).
    pub utf16_without_bom: bool,
    /// CR LF line ends made LF.
    pub crlf: usize,
    /// Lone CR line ends (old Mac) made LF.
    pub cr: usize,
    /// Non-breaking and other special spaces made ordinary spaces.
    pub special_spaces: usize,
    /// Tabs (kept: a tab after a short first cell reads as `label: value`, other tabs as spaces).
    pub tabs: usize,
    /// Zero-width characters and byte-order marks inside the text removed.
    pub zero_width: usize,
    /// Soft hyphens removed.
    pub soft_hyphens: usize,
    /// Other control characters removed (page breaks and Word's manual line breaks become line ends).
    pub controls: usize,
    /// Decomposed letters (a + combining diaeresis) composed (ä).
    pub composed: usize,
    /// Ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ) written out as their letters.
    pub ligatures: usize,
    /// Bytes that were not valid in the encoding, shown as U+FFFD.
    pub invalid: usize,
}

impl Cleanup {
    /// True when nothing was changed.
    pub fn is_clean(&self) -> bool {
        *self == Cleanup::default()
    }
}

/// A decoded, cleaned text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text: LF line ends, no control characters but LF and tab.
    pub text: String,
    /// The encoding detected.
    pub encoding: Encoding,
    /// What the clean-up changed.
    pub cleanup: Cleanup,
}

/// A kind of file that is not plain text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryKind {
    /// A PDF document.
    Pdf,
    /// A ZIP archive: a .docx, .odt or .xlsx file is one.
    Zip,
    /// An old Word (.doc) or Excel (.xls) file.
    OldOffice,
    /// Rich Text Format: text, but full of markup.
    Rtf,
    /// An image.
    Image,
    /// Something else that is not text (NUL bytes or many control characters).
    Other,
}

impl BinaryKind {
    /// A short description, in English, for error messages.
    pub fn describe(self) -> &'static str {
        match self {
            BinaryKind::Pdf => "a PDF file",
            BinaryKind::Zip => "a ZIP archive that is not a Word (.docx) or OpenDocument (.odt) file",
            BinaryKind::OldOffice => "an old Word or Excel file: save it as plain text (.txt) and import that",
            BinaryKind::Rtf => "an RTF file: save it as plain text (.txt) and import that",
            BinaryKind::Image => "an image, not text",
            BinaryKind::Other => "a binary file, not text",
        }
    }
}

/// Why bytes could not be read as text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// No bytes at all.
    Empty,
    /// Not a text file.
    Binary(BinaryKind),
    /// Only white space and invisible characters.
    NoText,
}

/// Decodes and cleans `bytes`.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut cleanup = Cleanup::default();
    let (raw, encoding): (String, Encoding) = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        (lossy_utf8(rest, &mut cleanup), Encoding::Utf8Bom)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        (utf16(rest, Encoding::Utf16Le, &mut cleanup), Encoding::Utf16Le)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        (utf16(rest, Encoding::Utf16Be, &mut cleanup), Encoding::Utf16Be)
    } else if let Some(kind) = signature(bytes) {
        return Err(DecodeError::Binary(kind));
    } else if let Some(enc) = utf16_without_bom(bytes) {
        cleanup.utf16_without_bom = true;
        (utf16(bytes, enc, &mut cleanup), enc)
    } else if bytes.contains(&0) {
        return Err(DecodeError::Binary(BinaryKind::Other));
    } else if let Ok(s) = std::str::from_utf8(bytes) {
        (s.to_owned(), Encoding::Utf8)
    } else {
        let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
        let enc =
            if bytes.iter().any(|b| (0x80..=0x9F).contains(b)) { Encoding::Windows1252 } else { Encoding::Latin1 };
        (text.into_owned(), enc)
    };
    if looks_binary(&raw) {
        return Err(DecodeError::Binary(BinaryKind::Other));
    }
    let text = clean(&raw, &mut cleanup);
    if text.trim().is_empty() {
        return Err(DecodeError::NoText);
    }
    Ok(Decoded { text, encoding, cleanup })
}

fn lossy_utf8(bytes: &[u8], cleanup: &mut Cleanup) -> String {
    let s = String::from_utf8_lossy(bytes);
    cleanup.invalid += s.matches('\u{FFFD}').count();
    s.into_owned()
}

fn utf16(bytes: &[u8], enc: Encoding, cleanup: &mut Cleanup) -> String {
    let codec = if enc == Encoding::Utf16Be { UTF_16BE } else { UTF_16LE };
    let (text, _) = codec.decode_without_bom_handling(bytes);
    cleanup.invalid += text.matches('\u{FFFD}').count();
    text.into_owned()
}

/// Recognises files that are not text by their first bytes.
pub(crate) fn signature(bytes: &[u8]) -> Option<BinaryKind> {
    let starts = |sig: &[u8]| bytes.starts_with(sig);
    if starts(b"%PDF-") {
        Some(BinaryKind::Pdf)
    } else if starts(b"PK\x03\x04") || starts(b"PK\x05\x06") {
        Some(BinaryKind::Zip)
    } else if starts(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Some(BinaryKind::OldOffice)
    } else if starts(b"{\\rtf") {
        Some(BinaryKind::Rtf)
    } else if starts(b"\x89PNG") || starts(&[0xFF, 0xD8, 0xFF]) || starts(b"GIF8") {
        Some(BinaryKind::Image)
    } else {
        None
    }
}

/// UTF-16 without a byte-order mark: ASCII letters leave every other byte zero.
fn utf16_without_bom(bytes: &[u8]) -> Option<Encoding> {
    let sample = &bytes[..bytes.len().min(4096)];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_zero = sample.iter().step_by(2).filter(|b| **b == 0).count();
    let odd_zero = sample.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
    if odd_zero * 10 > pairs * 6 && even_zero * 20 < pairs {
        Some(Encoding::Utf16Le)
    } else if even_zero * 10 > pairs * 6 && odd_zero * 20 < pairs {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

/// Many control characters (other than line ends, tabs and page breaks) mean a binary file.
fn looks_binary(text: &str) -> bool {
    let mut total = 0usize;
    let mut bad = 0usize;
    for c in text.chars() {
        total += 1;
        if c == '\0' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0B}' | '\u{0C}' | '\u{85}')) {
            bad += 1;
        }
    }
    (bad > 2 && bad * 20 > total) || (bad > 64 && bad * 100 > total)
}

/// The composed form of `base` + combining `mark`, for the letters of Nordic text.
fn compose(base: char, mark: char) -> Option<char> {
    Some(match (base, mark) {
        ('a', '\u{308}') => 'ä',
        ('o', '\u{308}') => 'ö',
        ('u', '\u{308}') => 'ü',
        ('A', '\u{308}') => 'Ä',
        ('O', '\u{308}') => 'Ö',
        ('U', '\u{308}') => 'Ü',
        ('a', '\u{30A}') => 'å',
        ('A', '\u{30A}') => 'Å',
        ('e', '\u{301}') => 'é',
        ('E', '\u{301}') => 'É',
        ('s', '\u{30C}') => 'š',
        ('S', '\u{30C}') => 'Š',
        ('z', '\u{30C}') => 'ž',
        ('Z', '\u{30C}') => 'Ž',
        _ => return None,
    })
}

/// The letters of a Latin ligature (U+FB00..U+FB06), as a PDF's text layer gives them.
fn ligature(c: char) -> &'static str {
    match c {
        '\u{FB00}' => "ff",
        '\u{FB01}' => "fi",
        '\u{FB02}' => "fl",
        '\u{FB03}' => "ffi",
        '\u{FB04}' => "ffl",
        _ => "st",
    }
}

/// Cleans text taken out of a document's XML or a PDF's text layer the way a plain text
/// is cleaned (odd spaces, invisible characters, ligatures, decomposed letters); line
/// ends and tabs stay.
pub(crate) fn clean_text(raw: &str, cleanup: &mut Cleanup) -> String {
    clean(raw, cleanup)
}

/// Line ends to LF, odd spaces to spaces, invisible characters out, ligatures written out.
fn clean(raw: &str, cleanup: &mut Cleanup) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                    cleanup.crlf += 1;
                } else {
                    cleanup.cr += 1;
                }
                out.push('\n');
            }
            '\n' => out.push('\n'),
            '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                cleanup.controls += 1;
                out.push('\n');
            }
            // Kept: a tab may separate a table's label cell from its value (structure reads it).
            '\t' => {
                cleanup.tabs += 1;
                out.push('\t');
            }
            '\u{A0}' | '\u{202F}' | '\u{2000}'..='\u{200A}' | '\u{205F}' | '\u{3000}' | '\u{1680}' => {
                cleanup.special_spaces += 1;
                out.push(' ');
            }
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{200E}' | '\u{200F}' => {
                cleanup.zero_width += 1;
            }
            '\u{AD}' => cleanup.soft_hyphens += 1,
            '\u{FB00}'..='\u{FB06}' => {
                cleanup.ligatures += 1;
                out.push_str(ligature(c));
            }
            '\u{300}'..='\u{36F}' => match out.pop() {
                Some(base) => match compose(base, c) {
                    Some(composed) => {
                        cleanup.composed += 1;
                        out.push(composed);
                    }
                    None => {
                        out.push(base);
                        out.push(c);
                    }
                },
                None => out.push(c),
            },
            c if c.is_control() => cleanup.controls += 1,
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(s: &str, bom: bool) -> Vec<u8> {
        let mut v = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
        for u in s.encode_utf16() {
            v.extend_from_slice(&u.to_le_bytes());
        }
        v
    }

    #[test]
    fn reads_every_supported_encoding() {
        let text = "Rekisterinpitäjä\nÅbo “Åland” – Öljy\n";
        let d = decode(text.as_bytes()).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (text, Encoding::Utf8));
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(text.as_bytes());
        assert_eq!(decode(&bom).unwrap().encoding, Encoding::Utf8Bom);
        assert_eq!(decode(&bom).unwrap().text, text);
        let le = decode(&utf16le(text, true)).unwrap();
        assert_eq!((le.text.as_str(), le.encoding), (text, Encoding::Utf16Le));
        let mut be = vec![0xFE, 0xFF];
        for u in text.encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&be).unwrap().text, text);
        let bare = decode(&utf16le("Rekisterin nimi\nAsiakasrekisteri\n", false)).unwrap();
        assert_eq!(bare.encoding, Encoding::Utf16Le);
        assert!(bare.cleanup.utf16_without_bom);
        let (cp, _, _) = WINDOWS_1252.encode(text);
        let d = decode(&cp).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (text, Encoding::Windows1252));
        let (latin, _, _) = WINDOWS_1252.encode("Säilytysaika: 2 vuotta\n");
        assert_eq!(decode(&latin).unwrap().encoding, Encoding::Latin1);
    }

    #[test]
    fn cleans_line_ends_spaces_and_invisible_characters() {
        let d = decode("a\r\nb\rc\u{A0}d\u{200B}e\u{AD}f\ta\u{308}\u{0C}g\u{7}".as_bytes()).unwrap();
        assert_eq!(d.text, "a\nb\nc def\t\u{E4}\ng");
        assert_eq!((d.cleanup.crlf, d.cleanup.cr, d.cleanup.special_spaces), (1, 1, 1));
        assert_eq!((d.cleanup.zero_width, d.cleanup.soft_hyphens, d.cleanup.tabs), (1, 1, 1));
        assert_eq!((d.cleanup.composed, d.cleanup.controls), (1, 2));
        let d = decode("kirjaamo@esimerkki.\u{FB01} Work\u{FB02}ow \u{FB00}\u{FB03}\u{FB04}".as_bytes()).unwrap();
        assert_eq!((d.text.as_str(), d.cleanup.ligatures), ("kirjaamo@esimerkki.fi Workflow ffffiffl", 5));
    }

    #[test]
    fn refuses_what_is_not_text() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b"  \n\r\n\t"), Err(DecodeError::NoText));
        assert_eq!(decode(b"%PDF-1.7\n..."), Err(DecodeError::Binary(BinaryKind::Pdf)));
        assert_eq!(decode(b"PK\x03\x04\x14\x00"), Err(DecodeError::Binary(BinaryKind::Zip)));
        assert_eq!(decode(b"{\\rtf1\\ansi x}"), Err(DecodeError::Binary(BinaryKind::Rtf)));
        assert_eq!(decode(&[0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0]), Err(DecodeError::Binary(BinaryKind::Other)));
        let noise: Vec<u8> = (0..2000u32).map(|i| (i * 7919 % 251) as u8).collect();
        assert!(matches!(decode(&noise), Err(DecodeError::Binary(_))));
    }
}
