//! Laid-out pages to PDF bytes. The only file that names printpdf.
//!
//! The two embedded fonts (already cut to the characters a Nordic notice needs, see
//! `assets/fonts/README.md`) are embedded whole as CID fonts with Identity-H encoding, and
//! printpdf writes a ToUnicode map of every glyph used, so text extraction gives back the
//! text, å, ä and ö included. The catalog gets the document language (`/Lang`) and the
//! viewer is asked to show the title; title and author go into the document information.
//! Output is deterministic: the same pages give the same bytes.

use crate::layout::{Color, Face, Page, Shape, font};
use crate::model::Date;
use crate::notice::DocInfo;
use printpdf::{
    Color as PdfColor, FontId, Line, LinePoint, Op, PaintMode, ParsedFont, PdfDocument, PdfFont, PdfFontHandle,
    PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rgb, TextItem, TextMatrix, WindingOrder,
};
use std::sync::OnceLock;

/// What is drawn in place of a character the font lacks.
const REPLACEMENT: char = '\u{fffd}';

/// A character the font cannot draw, with the word it was found in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingGlyph {
    /// The character.
    pub ch: char,
    /// The word (or run) it first appears in.
    pub context: String,
}

impl std::fmt::Display for MissingGlyph {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the font has no glyph for {:?} (U+{:04X}) in {:?}; it prints as a box",
            self.ch,
            u32::from(self.ch),
            self.context
        )
    }
}

/// A written PDF and what it could not draw.
#[derive(Clone, Debug)]
pub struct Pdf {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Characters the embedded font lacks (drawn as U+FFFD). Callers report these.
    pub missing: Vec<MissingGlyph>,
}

/// Why no PDF could be written.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    /// An embedded font did not parse (a build defect).
    #[error("embedded font {0} could not be read")]
    Font(&'static str),
    /// printpdf reported an error while writing.
    #[error("PDF writer: {0}")]
    Writer(String),
}

struct Fonts {
    regular: ParsedFont,
    bold: ParsedFont,
}

fn parse(face: Face) -> Option<ParsedFont> {
    let mut warnings = Vec::new();
    let mut font = ParsedFont::from_bytes(face.ttf(), 0, &mut warnings)?;
    font.font_name = Some(face.name().to_owned());
    Some(font)
}

fn fonts() -> Result<&'static Fonts, PdfError> {
    static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
    FONTS
        .get_or_init(|| Some(Fonts { regular: parse(Face::Regular)?, bold: parse(Face::Bold)? }))
        .as_ref()
        .ok_or(PdfError::Font("DejaVu Sans"))
}

fn font_id(face: Face) -> FontId {
    FontId(match face {
        Face::Regular => "F1".to_owned(),
        Face::Bold => "F2".to_owned(),
    })
}

fn pdf_color(c: Color) -> PdfColor {
    PdfColor::Rgb(Rgb {
        r: f32::from(c.r) / 255.0,
        g: f32::from(c.g) / 255.0,
        b: f32::from(c.b) / 255.0,
        icc_profile: None,
    })
}

/// Seconds since 1970 at midnight UTC of `date`.
fn unix_time(date: Date) -> i64 {
    let (y, m, d) = date.ymd();
    let Ok(month) = time::Month::try_from(m) else { return 0 };
    time::Date::from_calendar_date(y, month, d).map_or(0, |d| (i64::from(d.to_julian_day()) - 2_440_588) * 86_400)
}

/// Writes `pages` as a PDF with the metadata of `info`.
pub fn write(pages: &[Page], info: &DocInfo) -> Result<Pdf, PdfError> {
    let fonts = fonts()?;
    let mut doc = PdfDocument::new(&info.title);
    let meta = &mut doc.metadata.info;
    meta.author = info.author.clone();
    meta.creator = "Seloste".to_owned();
    meta.producer = "Seloste (printpdf 0.12)".to_owned();
    meta.subject = info.subject.clone();
    if let Some(date) = info.date {
        if let Ok(t) = printpdf::OffsetDateTime::from_unix_timestamp(unix_time(date)) {
            meta.creation_date = t;
            meta.modification_date = t;
            meta.metadata_date = t;
        }
    }
    doc.resources.fonts.map.insert(font_id(Face::Regular), PdfFont::new(fonts.regular.clone()));
    doc.resources.fonts.map.insert(font_id(Face::Bold), PdfFont::new(fonts.bold.clone()));

    let mut missing: Vec<MissingGlyph> = Vec::new();
    let pdf_pages: Vec<PdfPage> = pages.iter().map(|p| page_ops(p, fonts, &mut missing)).collect();
    doc.with_pages(pdf_pages);

    // Streams are compressed by `compress` below, not by printpdf.
    let opts = PdfSaveOptions { optimize: false, subset_fonts: false, secure: true, image_optimization: None };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&opts, &mut warnings);
    let errors: Vec<String> = warnings
        .iter()
        .filter(|w| w.severity == printpdf::PdfParseErrorSeverity::Error)
        .map(|w| w.msg.clone())
        .collect();
    if !errors.is_empty() {
        return Err(PdfError::Writer(errors.join("; ")));
    }
    finish(&mut lo, info);
    compress(&mut lo)?;
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes).map_err(|e| PdfError::Writer(e.to_string()))?;
    set_file_id(&mut bytes);
    Ok(Pdf { bytes, missing })
}

/// Language, viewer preferences, a tidy information dictionary and a deterministic file
/// identifier.
fn finish(lo: &mut lopdf::Document, info: &DocInfo) {
    use lopdf::{Dictionary, Object, StringFormat};
    lo.version = "1.4".to_owned();
    // printpdf writes an empty PDF/X version key (readers then take the file for PDF/X),
    // empty keywords, and the Unix epoch when there is no date.
    if let Ok(info_id) = lo.trailer.get(b"Info").and_then(Object::as_reference) {
        if let Ok(dict) = lo.get_object_mut(info_id).and_then(Object::as_dict_mut) {
            for key in ["GTS_PDFXVersion", "Keywords", "Identifier", "Trapped"] {
                dict.remove(key.as_bytes());
            }
            if info.date.is_none() {
                for key in ["CreationDate", "ModDate"] {
                    dict.remove(key.as_bytes());
                }
            }
        }
    }
    if let Ok(catalog) = lo.catalog_mut() {
        catalog.set("Lang", Object::String(info.lang.code().as_bytes().to_vec(), StringFormat::Literal));
        let mut prefs = Dictionary::new();
        prefs.set("DisplayDocTitle", Object::Boolean(true));
        catalog.set("ViewerPreferences", Object::Dictionary(prefs));
    }
    // printpdf draws the file ID at random; a placeholder is replaced by a hash of the
    // finished file (see `set_file_id`), so the same pages give the same bytes.
    let id = Object::String(ID_PLACEHOLDER.to_vec(), StringFormat::Literal);
    lo.trailer.set("ID", Object::Array(vec![id.clone(), id]));
}

/// Stands in for the file identifier until the file is written; as long as the hash.
const ID_PLACEHOLDER: &[u8; 32] = b"SELOSTE-FILE-ID-PLACEHOLDER-0000";

/// Replaces the identifier placeholders with a hash of the whole file.
fn set_file_id(bytes: &mut [u8]) {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes.iter() {
        hash = (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
    }
    let id = format!("{hash:016x}{:016x}", hash.rotate_left(29) ^ 0x9e37_79b9_7f4a_7c15);
    let n = ID_PLACEHOLDER.len();
    // Both copies sit in the trailer at the end of the file.
    let mut found = 0;
    let mut at = bytes.len().saturating_sub(n);
    while found < 2 && at > 0 {
        if &bytes[at..at + n] == ID_PLACEHOLDER {
            bytes[at..at + n].copy_from_slice(id.as_bytes());
            found += 1;
        }
        at -= 1;
    }
}

/// The two font programs and their zlib-compressed form (made by `build.rs` at the best
/// level), embedded as they are: no export compresses a font.
const COMPRESSED_FONTS: [(&[u8], &[u8]); 2] = [
    (font::REGULAR_TTF, include_bytes!(concat!(env!("OUT_DIR"), "/DejaVuSans.ttf.zlib"))),
    (font::BOLD_TTF, include_bytes!(concat!(env!("OUT_DIR"), "/DejaVuSans-Bold.ttf.zlib"))),
];

fn deflate(data: &[u8], level: flate2::Compression) -> std::io::Result<Vec<u8>> {
    use std::io::Write as _;
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::with_capacity(data.len() / 2), level);
    encoder.write_all(data)?;
    encoder.finish()
}

/// Compresses every stream: the font programs from the build-time copies, the page
/// contents at level 1. Measured on the largest sample (7 pages, about 9 KB of content
/// operators each), median time of the whole PDF step and file size: level 1 3.3 ms and
/// 65 KB, level 3 3.8 ms and 56 KB, level 6 5.5 ms and 54 KB. Speed wins: the size stays
/// well under the 100 KB target, the time has less room under its 5 ms.
fn compress(lo: &mut lopdf::Document) -> Result<(), PdfError> {
    for object in lo.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else { continue };
        if stream.dict.get(b"Filter").is_ok() || !stream.allows_compression {
            continue;
        }
        let cached = COMPRESSED_FONTS.iter().find(|(raw, _)| stream.content == *raw);
        let packed = match cached {
            Some((_, packed)) => packed.to_vec(),
            None => {
                deflate(&stream.content, flate2::Compression::new(1)).map_err(|e| PdfError::Writer(e.to_string()))?
            }
        };
        if packed.len() < stream.content.len() {
            stream.dict.set("Filter", lopdf::Object::Name(b"FlateDecode".to_vec()));
            stream.set_content(packed);
        }
    }
    Ok(())
}

/// Points rounded to 1/100 pt (0.0035 mm): the content stream then writes `56.69`, not
/// `56.692917`, which makes it a fifth smaller and faster to write and compress.
fn pt(x: f32) -> Pt {
    Pt((x * 100.0).round() / 100.0)
}

/// The page's shapes and text as printpdf operations.
fn page_ops(page: &Page, fonts: &Fonts, missing: &mut Vec<MissingGlyph>) -> PdfPage {
    let h = page.height;
    let at = |x: f32, y: f32| Point { x: pt(x), y: pt(h - y) };
    let mut ops = Vec::new();

    // Shapes: consecutive fills of one colour become one polygon with many rings.
    let mut fill: Option<(Color, Vec<PolygonRing>)> = None;
    let flush = |fill: &mut Option<(Color, Vec<PolygonRing>)>, ops: &mut Vec<Op>| {
        if let Some((color, rings)) = fill.take() {
            ops.push(Op::SetFillColor { col: pdf_color(color) });
            ops.push(Op::DrawPolygon {
                polygon: Polygon { rings, mode: PaintMode::Fill, winding_order: WindingOrder::NonZero },
            });
        }
    };
    let ring = |points: &[(f32, f32)]| PolygonRing {
        points: points.iter().map(|&(x, y)| LinePoint { p: at(x, y), bezier: false }).collect(),
    };
    for shape in &page.shapes {
        let (color, filled_ring) = match shape {
            Shape::Rect { x, y, w, h, color } => {
                (*color, Some(ring(&[(*x, *y), (x + w, *y), (x + w, y + h), (*x, y + h)])))
            }
            Shape::Polygon { points, color, stroke: None } => (*color, Some(ring(points))),
            Shape::Circle { center, radius, color, stroke: None } => (*color, Some(circle_ring(*center, *radius, &at))),
            Shape::Polygon { color, .. } | Shape::Circle { color, .. } | Shape::Line { color, .. } => (*color, None),
        };
        if let Some(r) = filled_ring {
            match &mut fill {
                Some((c, rings)) if *c == color => rings.push(r),
                _ => {
                    flush(&mut fill, &mut ops);
                    fill = Some((color, vec![r]));
                }
            }
            continue;
        }
        flush(&mut fill, &mut ops);
        match shape {
            Shape::Line { from, to, width, color } => {
                ops.push(Op::SetOutlineColor { col: pdf_color(*color) });
                ops.push(Op::SetOutlineThickness { pt: pt(*width) });
                let points = vec![
                    LinePoint { p: at(from.0, from.1), bezier: false },
                    LinePoint { p: at(to.0, to.1), bezier: false },
                ];
                ops.push(Op::DrawLine { line: Line { points, is_closed: false } });
            }
            Shape::Polygon { points, color, stroke: Some(width) } => {
                ops.push(Op::SetOutlineColor { col: pdf_color(*color) });
                ops.push(Op::SetOutlineThickness { pt: pt(*width) });
                let polygon = Polygon {
                    rings: vec![ring(points)],
                    mode: PaintMode::Stroke,
                    winding_order: WindingOrder::NonZero,
                };
                ops.push(Op::DrawPolygon { polygon });
            }
            Shape::Circle { center, radius, color, stroke: Some(width) } => {
                ops.push(Op::SetOutlineColor { col: pdf_color(*color) });
                ops.push(Op::SetOutlineThickness { pt: pt(*width) });
                let polygon = Polygon {
                    rings: vec![circle_ring(*center, *radius, &at)],
                    mode: PaintMode::Stroke,
                    winding_order: WindingOrder::NonZero,
                };
                ops.push(Op::DrawPolygon { polygon });
            }
            _ => {}
        }
    }
    flush(&mut fill, &mut ops);

    // Text: one text object per page, font and colour set only when they change.
    if !page.texts.is_empty() {
        ops.push(Op::StartTextSection);
        let mut font: Option<(Face, f32)> = None;
        let mut color: Option<Color> = None;
        for run in &page.texts {
            if font != Some((run.face, run.size)) {
                ops.push(Op::SetFont { font: PdfFontHandle::External(font_id(run.face)), size: pt(run.size) });
                font = Some((run.face, run.size));
            }
            if color != Some(run.color) {
                ops.push(Op::SetFillColor { col: pdf_color(run.color) });
                color = Some(run.color);
            }
            let parsed = match run.face {
                Face::Regular => &fonts.regular,
                Face::Bold => &fonts.bold,
            };
            let mut text = run.text.clone();
            if run.text.chars().any(|c| parsed.lookup_glyph_index(u32::from(c)).is_none()) {
                // A character the font lacks is drawn as U+FFFD (which the font has, and which
                // text extraction reports as such) and reported; the layout measured it
                // with the .notdef advance, close enough for one mark.
                text = run
                    .text
                    .chars()
                    .map(|c| {
                        if parsed.lookup_glyph_index(u32::from(c)).is_some() {
                            return c;
                        }
                        if !missing.iter().any(|m| m.ch == c) {
                            let context = run.text.split(' ').find(|w| w.contains(c)).unwrap_or(&run.text).to_owned();
                            missing.push(MissingGlyph { ch: c, context });
                        }
                        REPLACEMENT
                    })
                    .collect();
            }
            ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(pt(run.x), pt(h - run.y)) });
            ops.push(Op::ShowText { items: vec![TextItem::Text(text)] });
        }
        ops.push(Op::EndTextSection);
    }
    PdfPage::new(printpdf::Mm(page.width * 25.4 / 72.0), printpdf::Mm(page.height * 25.4 / 72.0), ops)
}

/// A circle as four cubic Bézier arcs.
fn circle_ring(center: (f32, f32), r: f32, at: &dyn Fn(f32, f32) -> Point) -> PolygonRing {
    const K: f32 = 0.552_284_8;
    let (cx, cy) = center;
    let k = r * K;
    let p = |x: f32, y: f32, bezier: bool| LinePoint { p: at(x, y), bezier };
    PolygonRing {
        points: vec![
            p(cx + r, cy, false),
            p(cx + r, cy + k, true),
            p(cx + k, cy + r, true),
            p(cx, cy + r, false),
            p(cx - k, cy + r, true),
            p(cx - r, cy + k, true),
            p(cx - r, cy, false),
            p(cx - r, cy - k, true),
            p(cx - k, cy - r, true),
            p(cx, cy - r, false),
            p(cx + k, cy - r, true),
            p(cx + r, cy - k, true),
            p(cx + r, cy, false),
        ],
    }
}
