//! The embedded fonts (DejaVu Sans regular and bold, cut down: see `assets/fonts/README.md`)
//! and their metrics. The layout measures text with these advances and the PDF writer embeds
//! the same files, so what the layout places is exactly what the PDF draws.

use std::collections::HashMap;
use std::sync::OnceLock;

/// DejaVu Sans, cut to the characters of a Nordic notice.
pub const REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold, cut the same way.
pub const BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Which of the two faces a run is set in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Face {
    /// DejaVu Sans.
    Regular,
    /// DejaVu Sans Bold.
    Bold,
}

impl Face {
    /// The font file of this face.
    pub fn ttf(self) -> &'static [u8] {
        match self {
            Face::Regular => REGULAR_TTF,
            Face::Bold => BOLD_TTF,
        }
    }

    /// The PostScript-style name written into the PDF.
    pub fn name(self) -> &'static str {
        match self {
            Face::Regular => "DejaVuSans",
            Face::Bold => "DejaVuSans-Bold",
        }
    }

    /// The metrics of this face (parsed once per process).
    pub fn metrics(self) -> &'static Metrics {
        let fonts =
            FONTS.get_or_init(|| Fonts { regular: Metrics::parse(REGULAR_TTF), bold: Metrics::parse(BOLD_TTF) });
        match self {
            Face::Regular => &fonts.regular,
            Face::Bold => &fonts.bold,
        }
    }
}

struct Fonts {
    regular: Metrics,
    bold: Metrics,
}

static FONTS: OnceLock<Fonts> = OnceLock::new();

/// Characters below this are looked up in a flat table; the rest in a map.
const TABLE_END: usize = 0x250;
/// Marks "no glyph" in the flat table.
const NONE: u16 = u16::MAX;

/// Advance widths of one face, cached per character for speed.
#[derive(Debug)]
pub struct Metrics {
    /// Advance in font units for U+0000..U+024F; [`NONE`] where the font has no glyph.
    table: Vec<u16>,
    /// Advances of the other characters the font covers.
    others: HashMap<char, u16>,
    /// Advance of U+FFFD, drawn for a character the font lacks.
    notdef: u16,
    units_per_em: f32,
    /// Ascender as a fraction of the em.
    pub ascender: f32,
    /// Descender as a fraction of the em (negative).
    pub descender: f32,
    /// Height of capital letters as a fraction of the em.
    pub cap_height: f32,
}

impl Metrics {
    /// Reads the advances of every character the font maps. A font that does not parse
    /// gives empty metrics (every character then counts as missing); the embedded fonts
    /// always parse, which a unit test checks.
    fn parse(ttf: &[u8]) -> Metrics {
        let mut m = Metrics {
            table: vec![NONE; TABLE_END],
            others: HashMap::new(),
            notdef: 0,
            units_per_em: 1000.0,
            ascender: 0.8,
            descender: -0.2,
            cap_height: 0.7,
        };
        let Ok(face) = ttf_parser::Face::parse(ttf, 0) else {
            return m;
        };
        m.units_per_em = f32::from(face.units_per_em().max(1));
        m.ascender = f32::from(face.ascender()) / m.units_per_em;
        m.descender = f32::from(face.descender()) / m.units_per_em;
        m.cap_height = face.capital_height().map_or(0.73, |h| f32::from(h) / m.units_per_em);
        // Missing characters are drawn as U+FFFD (see export::pdf).
        let replacement = face.glyph_index('\u{fffd}').unwrap_or(ttf_parser::GlyphId(0));
        m.notdef = face.glyph_hor_advance(replacement).unwrap_or(0);
        if let Some(cmap) = face.tables().cmap {
            for sub in cmap.subtables {
                if !sub.is_unicode() {
                    continue;
                }
                sub.codepoints(|cp| {
                    let Some(c) = char::from_u32(cp) else { return };
                    let Some(gid) = sub.glyph_index(cp) else { return };
                    let adv = face.glyph_hor_advance(gid).unwrap_or(0).min(NONE - 1);
                    match m.table.get_mut(cp as usize) {
                        Some(slot) => *slot = adv,
                        None => {
                            m.others.insert(c, adv);
                        }
                    }
                });
            }
        }
        m
    }

    fn units(&self, c: char) -> Option<u16> {
        match self.table.get(c as usize) {
            Some(&NONE) => None,
            Some(&adv) => Some(adv),
            None => self.others.get(&c).copied(),
        }
    }

    /// True when the font has a glyph for `c`.
    pub fn has(&self, c: char) -> bool {
        self.units(c).is_some()
    }

    /// The advance of `c` as a fraction of the em. A character the font lacks is drawn as
    /// U+FFFD by the PDF writer, so it measures as that.
    pub fn advance(&self, c: char) -> f32 {
        f32::from(self.units(c).unwrap_or(self.notdef)) / self.units_per_em
    }

    /// The width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text.chars().map(|c| u32::from(self.units(c).unwrap_or(self.notdef))).sum();
        units as f32 / self.units_per_em * size
    }
}

/// The width of `text` in `face` at `size` points.
pub fn width(face: Face, text: &str, size: f32) -> f32 {
    face.metrics().width(text, size)
}

/// The characters of `text` that neither face can draw, in order of first appearance.
pub fn missing_chars(text: &str) -> Vec<char> {
    let (r, b) = (Face::Regular.metrics(), Face::Bold.metrics());
    let mut out: Vec<char> = Vec::new();
    for c in text.chars() {
        if c != '\n' && !(r.has(c) && b.has(c)) && !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covers_nordic_text() {
        let text = "Åland äöå ÄÖÅ æøÆØ šžčđŋŧ ŠŽČĐŊŦ ǥǧǩǫǯʒʼ § € – — “ ” ’ … • ✓ ✗ ⚠ ☐ ☑ → ≤ ≥ \u{ad}\u{a0}";
        assert_eq!(missing_chars(text), Vec::<char>::new());
        // North, Inari and Skolt Sámi, and the symbols people paste into notices.
        let sami = "Sääʹmteʹǧǧ ǧǥǩǯʒđŋŧ ǮǤǦǨƷĐŊŦ âáčšžåäöõ ÂÁČŠŽÅÄÖÕ ʹˈ • ◦ ▪ – — ✓ ☐ ☒ → € § №";
        assert_eq!(missing_chars(sami), Vec::<char>::new());
        // All of Latin-1 and Latin Extended-A.
        let latin: String = (0xa0..=0x17f_u32).filter_map(char::from_u32).collect();
        assert_eq!(missing_chars(&latin), Vec::<char>::new());
        // Decomposed text (a letter and a combining accent) draws too.
        assert_eq!(missing_chars("a\u{301}o\u{308}"), Vec::<char>::new());
        assert_eq!(missing_chars("אб漢"), vec!['א', 'б', '漢']);
    }

    #[test]
    fn widths_come_from_the_font() {
        let m = Face::Regular.metrics();
        // DejaVu Sans: 2048 units per em; 'i' is 569 units, 'm' 1995, space 651.
        assert!((m.advance('i') - 569.0 / 2048.0).abs() < 1e-6);
        assert!((m.advance('m') - 1995.0 / 2048.0).abs() < 1e-6);
        assert!((width(Face::Regular, "i i", 10.0) - (569.0 * 2.0 + 651.0) / 2048.0 * 10.0).abs() < 1e-4);
        assert!(width(Face::Bold, "Rekisteri", 10.0) > width(Face::Regular, "Rekisteri", 10.0));
        assert!(m.ascender > 0.7 && m.descender < -0.2);
    }
}
