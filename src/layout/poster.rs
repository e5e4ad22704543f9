//! The poster: one A4 page in large print for a notice board (DESIGN.md section 4).
//!
//! Top: the title (for a camera-surveillance register, the camera symbol and
//! "KAMERAVALVONTA"). Middle: the labelled blocks of the [`Poster`]. Bottom: where the full
//! notice is, with a QR code of its address. The body is set at the largest size from
//! [`MAX_POSTER_SIZE`] down to [`MIN_POSTER_SIZE`] at which everything fits; if nothing
//! fits, the result is an error naming the fields to shorten, never an overflowing page.

use super::flow::break_lines;
use super::{A4_HEIGHT, A4_WIDTH, Color, Face, Figure, MM, Page, Paper, Role, Shape, TextRun};
use crate::model::FieldPath;
use crate::notice::Poster;

/// The smallest body size of a poster, in points.
pub const MIN_POSTER_SIZE: f32 = 14.0;
/// The size tried first.
pub const MAX_POSTER_SIZE: f32 = 20.0;

const MARGIN: f32 = 15.0 * MM;
const WIDTH: f32 = A4_WIDTH - 2.0 * MARGIN;
const QR_SIZE: f32 = 30.0 * MM;
const FOOTER: f32 = 9.0;
/// At most this many fields are named in [`PosterError::DoesNotFit`].
const MAX_CULPRITS: usize = 6;

/// Why a poster could not be laid out.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum PosterError {
    /// The content does not fit on one page at the minimum size.
    #[error(
        "the poster does not fit on one A4 page even at {size} pt (about {overflow_mm:.0} mm too long); shorten these fields or give them a short poster text: {}",
        describe(.fields)
    )]
    DoesNotFit {
        /// The size tried last (the minimum).
        size: f32,
        /// How much too long the content is, in millimetres.
        overflow_mm: f32,
        /// The fields to shorten, longest first, with the number of lines each takes.
        fields: Vec<(FieldPath, usize)>,
    },
}

fn describe(fields: &[(FieldPath, usize)]) -> String {
    fields.iter().map(|(f, n)| format!("{f} ({n} lines)")).collect::<Vec<_>>().join(", ")
}

/// A line of the poster before placement.
struct PLine {
    x: f32,
    height: f32,
    size: f32,
    role: Role,
    runs: Vec<(f32, Face, Color, String)>,
    field: Option<FieldPath>,
    /// The structure element ([`TextRun::block`]).
    block: u32,
    /// The first run is a list item's mark.
    label: bool,
}

/// Gives `lines` the next block number and `role`.
fn tag(mut lines: Vec<PLine>, role: Role, next: &mut u32) -> Vec<PLine> {
    *next += 1;
    for l in &mut lines {
        l.block = *next;
        l.role = role;
    }
    lines
}

#[allow(clippy::too_many_arguments)]
fn lines(text: &str, face: Face, color: Color, size: f32, leading: f32, width: f32, x: f32, p: &Poster) -> Vec<PLine> {
    // Only body text (regular face) hyphenates; titles and labels break between words.
    let hyphenate = (face == Face::Regular).then_some(p.lang);
    break_lines(&[(face, color, text)], size, width, hyphenate)
        .into_iter()
        .map(|l| PLine {
            x,
            height: leading,
            size,
            role: Role::Paragraph,
            runs: l.pieces.into_iter().map(|pc| (pc.x, pc.face, pc.color, pc.text)).collect(),
            field: None,
            block: 0,
            label: false,
        })
        .collect()
}

fn centered(mut ls: Vec<PLine>) -> Vec<PLine> {
    for l in &mut ls {
        let w: f32 = l.runs.iter().map(|(_, f, _, t)| f.metrics().width(t, l.size)).sum();
        l.x = MARGIN + (WIDTH - w) / 2.0;
    }
    ls
}

/// The title area: its lines and its height (shapes are added when placing). The title is
/// the H1; the kicker a paragraph.
fn title_lines(p: &Poster, next: &mut u32) -> Vec<PLine> {
    let mut out = Vec::new();
    let name_field = FieldPath::Name(Some(p.lang));
    if p.camera {
        // The sign title at the largest size (up to 40 pt) that fits the width on one line.
        let bold = Face::Bold.metrics();
        let size = (WIDTH / bold.width(&p.title, 1.0)).clamp(24.0, 40.0);
        let title = centered(lines(&p.title, Face::Bold, Color::BLACK, size, size * 1.2, WIDTH, MARGIN, p));
        out.extend(tag(title, Role::Title, next));
        if !p.kicker.is_empty() {
            let mut ls = centered(lines(&p.kicker, Face::Bold, Color::HEADING, 20.0, 25.0, WIDTH, MARGIN, p));
            ls.iter_mut().for_each(|l| l.field = Some(name_field));
            out.extend(tag(ls, Role::Paragraph, next));
        }
    } else {
        let kicker = lines(&p.kicker, Face::Bold, Color::GRAY, 15.0, 19.0, WIDTH, MARGIN, p);
        out.extend(tag(kicker, Role::Paragraph, next));
        let mut ls = lines(&p.title, Face::Bold, Color::BLACK, 26.0, 31.0, WIDTH, MARGIN, p);
        ls.iter_mut().for_each(|l| l.field = Some(name_field));
        out.extend(tag(ls, Role::Title, next));
    }
    out
}

/// The labelled blocks at body size `size`: each label a heading (H2), then its lines as
/// paragraphs or as the items of a list.
fn block_lines(p: &Poster, size: f32, next: &mut u32) -> Vec<PLine> {
    let leading = size * 1.28;
    let indent = size * 1.1;
    let mut out = Vec::new();
    for (i, block) in p.blocks.iter().enumerate() {
        let start = out.len();
        // An unlabelled block (the register's poster text) has no heading.
        if !block.label.is_empty() {
            let label = lines(&block.label, Face::Bold, Color::HEADING, size, leading, WIDTH, MARGIN, p);
            out.extend(tag(label, Role::Heading, next));
        }
        let list = block.bullets.then(|| {
            *next += 1;
            *next
        });
        for line in &block.lines {
            let (face, color) = if line.missing { (Face::Bold, Color::RED) } else { (Face::Regular, Color::BLACK) };
            let (x, w) = if block.bullets { (MARGIN + indent, WIDTH - indent) } else { (MARGIN, WIDTH) };
            let mut ls = lines(&line.text, face, color, size, leading, w, x, p);
            if block.bullets {
                if let Some(first) = ls.first_mut() {
                    first.runs.insert(0, (-indent + size * 0.2, Face::Regular, Color::BLACK, "•".to_owned()));
                    first.label = true;
                }
            }
            ls.iter_mut().for_each(|l| l.field = Some(line.field));
            out.extend(tag(ls, list.map_or(Role::Paragraph, Role::ListBody), next));
        }
        if i > 0 {
            if let Some(first) = out.get_mut(start) {
                // Lines sit at the bottom of their box, so this is space above the block.
                first.height += size * 0.6;
            }
        }
    }
    out
}

/// The logo's height, and its widest width, in points.
const LOGO_HEIGHT: f32 = 16.0 * MM;
const LOGO_MAX_WIDTH: f32 = 70.0 * MM;

/// The organisation's logo at the top left, [`LOGO_HEIGHT`] tall (less for a very wide
/// one, which is kept within [`LOGO_MAX_WIDTH`]). Returns the height it takes.
fn logo(page: &mut Page, p: &Poster, top: f32, next: &mut u32) -> f32 {
    let Some(logo) = &p.logo else { return 0.0 };
    let aspect = logo.width as f32 / logo.height as f32;
    let (w, h) = if LOGO_HEIGHT * aspect > LOGO_MAX_WIDTH {
        (LOGO_MAX_WIDTH, LOGO_MAX_WIDTH / aspect)
    } else {
        (LOGO_HEIGHT * aspect, LOGO_HEIGHT)
    };
    *next += 1;
    let at = page.shapes.len();
    page.figures.push(Figure {
        block: *next,
        alt: p.logo_alt.clone(),
        shapes: at..at,
        bbox: (MARGIN, top, w, h),
        image: Some(logo.clone()),
    });
    h + 4.0 * MM
}

/// The draft banner's height.
const DRAFT_HEIGHT: f32 = 14.0 * MM;

/// The draft mark across the top of the page: a red-framed band with the word in large
/// red capitals ([`Poster::draft`]). Returns the height it takes.
fn draft_banner(page: &mut Page, p: &Poster, top: f32, next: &mut u32) -> f32 {
    if p.draft.is_empty() {
        return 0.0;
    }
    let band = |x: f32, y: f32, w: f32, h: f32, color: Color| Shape::Rect { x, y, w, h, color };
    let pink = Color { r: 253, g: 232, b: 232 };
    page.shapes.push(band(MARGIN, top, WIDTH, DRAFT_HEIGHT - 3.0 * MM, Color::RED));
    page.shapes.push(band(MARGIN + 1.5, top + 1.5, WIDTH - 3.0, DRAFT_HEIGHT - 3.0 * MM - 3.0, pink));
    let size = 26.0;
    let text = p.draft.to_uppercase();
    let w = Face::Bold.metrics().width(&text, size);
    *next += 1;
    let baseline = top + (DRAFT_HEIGHT - 3.0 * MM) / 2.0 + size * 0.36;
    let x = MARGIN + (WIDTH - w) / 2.0;
    page.texts.push(TextRun::new(x, baseline, Face::Bold, size, Color::RED, Role::Paragraph, *next, text));
    DRAFT_HEIGHT
}

/// The bottom block: where the full notice is, beside the QR code.
fn url_lines(p: &Poster, size: f32, width: f32, next: &mut u32) -> Vec<PLine> {
    let leading = size * 1.28;
    let label = lines(&p.url_label, Face::Bold, Color::HEADING, size, leading, width, MARGIN, p);
    let mut out = tag(label, Role::Heading, next);
    let (text, field) = if p.url.is_empty() { (&p.no_url, None) } else { (&p.url, Some(FieldPath::PublicUrl)) };
    let mut ls = lines(text, Face::Regular, Color::BLACK, size, leading, width, MARGIN, p);
    ls.iter_mut().for_each(|l| l.field = field);
    out.extend(tag(ls, Role::Paragraph, next));
    out
}

/// The QR modules of `url` as dark squares, merged into horizontal runs, with the code's
/// top-left corner at `(x, y)` and side `side` (quiet zone of four modules included).
fn qr_shapes(url: &str, x: f32, y: f32, side: f32) -> Vec<Shape> {
    let Ok(code) = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M) else {
        return Vec::new();
    };
    let n = code.width();
    let colors = code.to_colors();
    let module = side / (n + 8) as f32;
    let mut shapes = Vec::new();
    for row in 0..n {
        let mut col = 0;
        while col < n {
            if colors[row * n + col] == qrcode::Color::Dark {
                let start = col;
                while col < n && colors[row * n + col] == qrcode::Color::Dark {
                    col += 1;
                }
                shapes.push(Shape::Rect {
                    x: x + (start + 4) as f32 * module,
                    y: y + (row + 4) as f32 * module,
                    // A hair wider so runs on neighbouring rows leave no visible seams.
                    w: (col - start) as f32 * module + 0.05,
                    h: module + 0.05,
                    color: Color::BLACK,
                });
            } else {
                col += 1;
            }
        }
    }
    shapes
}

/// A camera-surveillance pictogram (a camera on a wall bracket), `height` tall, centred on
/// `cx`, with its top at `top`. Drawn in a 100 x 60 unit box.
fn camera_symbol(cx: f32, top: f32, height: f32) -> Vec<Shape> {
    let s = height / 60.0;
    let ox = cx - 50.0 * s;
    let at = |x: f32, y: f32| (ox + x * s, top + y * s);
    // The body is drawn along its own axis and turned 14 degrees nose-down.
    let (sin, cos) = 14f32.to_radians().sin_cos();
    let body_at = |u: f32, v: f32| at(57.0 + u * cos - v * sin, 25.0 + u * sin + v * cos);
    let quad =
        |u0: f32, v0: f32, u1: f32, v1: f32| vec![body_at(u0, v0), body_at(u1, v0), body_at(u1, v1), body_at(u0, v1)];
    let black = Color::BLACK;
    let poly = |points: Vec<(f32, f32)>| Shape::Polygon { points, color: black, stroke: None };
    let mut shapes = vec![
        // Wall plate.
        poly(vec![at(4.0, 22.0), at(11.0, 22.0), at(11.0, 56.0), at(4.0, 56.0)]),
        // Bracket arm from the plate up to the body's underside.
        poly(vec![
            at(11.0, 44.0),
            at(11.0, 37.5),
            body_at(-17.0, 9.0),
            body_at(-9.0, 9.0),
            at(33.0, 46.5),
            at(11.0, 46.5),
        ]),
        // Housing.
        poly(quad(-30.0, -10.0, 28.0, 10.0)),
        // Sun shield above it.
        poly(quad(-33.0, -16.5, 36.0, -12.5)),
        // Lens hood widening towards the front.
        poly(vec![body_at(28.0, -7.0), body_at(38.0, -9.5), body_at(38.0, 9.5), body_at(28.0, 7.0)]),
    ];
    // A recording light on the housing's side.
    let (lx, ly) = body_at(-20.0, 0.0);
    shapes.push(Shape::Circle { center: (lx, ly), radius: 3.2 * s, color: Color::WHITE, stroke: None });
    shapes
}

/// Lays out a poster on one page of `paper`: the A4 layout, enlarged for A3 (see [`Paper`]).
///
/// # Errors
/// As [`poster`].
pub fn poster_on(p: &Poster, paper: Paper) -> Result<Page, PosterError> {
    poster(p).map(|page| if paper == Paper::A4 { page } else { page.scaled(paper.scale()) })
}

/// Lays out a poster on one A4 page.
///
/// # Errors
/// [`PosterError::DoesNotFit`] when the content does not fit at [`MIN_POSTER_SIZE`].
pub fn poster(p: &Poster) -> Result<Page, PosterError> {
    let mut page = Page::a4();
    let mut y = MARGIN;
    // Block 1 is the camera pictogram (or the draft mark before it).
    let mut next = 0;
    y += draft_banner(&mut page, p, y, &mut next);
    y += logo(&mut page, p, y, &mut next);
    next += 1;
    let camera_block = next;
    if p.camera {
        let h = 32.0 * MM;
        let alt = p.camera_alt.clone();
        let first = page.shapes.len();
        page.shapes.extend(camera_symbol(A4_WIDTH / 2.0, y, h));
        page.figures.push(Figure {
            block: camera_block,
            alt,
            shapes: first..page.shapes.len(),
            bbox: (A4_WIDTH / 2.0 - h * 50.0 / 60.0, y, h * 100.0 / 60.0, h),
            image: None,
        });
        y += h + 4.0 * MM;
    }
    let title = title_lines(p, &mut next);
    let after_title = next;
    let title_h: f32 = title.iter().map(|l| l.height).sum();
    let rule_gap = 5.0 * MM;
    let body_top = y + title_h + rule_gap;
    let footer_h = if p.updated.is_empty() { 0.0 } else { FOOTER * 2.0 };
    let has_qr = !p.url.is_empty() && !qr_shapes(&p.url, 0.0, 0.0, QR_SIZE).is_empty();
    let url_width = if has_qr { WIDTH - QR_SIZE - 4.0 * MM } else { WIDTH };
    let bottom = A4_HEIGHT - MARGIN - footer_h;

    let mut size = MAX_POSTER_SIZE;
    loop {
        next = after_title;
        let body = block_lines(p, size, &mut next);
        let url = url_lines(p, size, url_width, &mut next);
        let body_h: f32 = body.iter().map(|l| l.height).sum();
        let url_h = url.iter().map(|l| l.height).sum::<f32>().max(if has_qr { QR_SIZE } else { 0.0 });
        let room = bottom - body_top - url_h - 5.0 * MM;
        if body_h <= room {
            place(&mut page, &title, y);
            let rule_y = y + title_h + rule_gap / 2.0;
            page.shapes.push(Shape::Line {
                from: (MARGIN, rule_y),
                to: (MARGIN + WIDTH, rule_y),
                width: 2.0,
                color: Color::HEADING,
            });
            place(&mut page, &body, body_top);
            let url_top = bottom - url_h;
            let sep = url_top - 2.5 * MM;
            page.shapes.push(Shape::Line {
                from: (MARGIN, sep),
                to: (MARGIN + WIDTH, sep),
                width: 0.8,
                color: Color::LIGHT_GRAY,
            });
            place(&mut page, &url, url_top + 1.0 * MM);
            if has_qr {
                let first = page.shapes.len();
                page.shapes.extend(qr_shapes(&p.url, MARGIN + WIDTH - QR_SIZE, url_top, QR_SIZE));
                next += 1;
                page.figures.push(Figure {
                    block: next,
                    alt: format!("{} {}", p.qr_alt, p.url),
                    shapes: first..page.shapes.len(),
                    bbox: (MARGIN + WIDTH - QR_SIZE, url_top, QR_SIZE, QR_SIZE),
                    image: None,
                });
            }
            if !p.updated.is_empty() {
                // Printed once, so content rather than a running footer.
                next += 1;
                let (x, y) = (MARGIN, A4_HEIGHT - MARGIN);
                let run =
                    TextRun::new(x, y, Face::Regular, FOOTER, Color::GRAY, Role::Paragraph, next, p.updated.clone());
                page.texts.push(run);
            }
            super::links::mark_links(std::slice::from_mut(&mut page));
            return Ok(page);
        }
        if size <= MIN_POSTER_SIZE {
            let overflow = body_h - room;
            return Err(PosterError::DoesNotFit {
                size,
                overflow_mm: overflow / MM,
                fields: culprits(&title, &body, &url, overflow),
            });
        }
        size -= 1.0;
    }
}

/// The fields taking the most room, longest first, until shortening them could make up
/// for `overflow`.
fn culprits(title: &[PLine], body: &[PLine], url: &[PLine], overflow: f32) -> Vec<(FieldPath, usize)> {
    let mut per_field: Vec<(FieldPath, f32, usize)> = Vec::new();
    for l in title.iter().chain(body).chain(url) {
        let Some(field) = l.field else { continue };
        match per_field.iter_mut().find(|(f, _, _)| *f == field) {
            Some(entry) => {
                entry.1 += l.height;
                entry.2 += 1;
            }
            None => per_field.push((field, l.height, 1)),
        }
    }
    per_field.sort_by(|a, b| b.1.total_cmp(&a.1));
    let mut out = Vec::new();
    let mut saved = 0.0;
    // Shortening a field can at best save all but one of its lines, so one-line fields
    // are named only when nothing else is left.
    for (field, h, n) in per_field.iter().filter(|(_, _, n)| *n > 1).take(MAX_CULPRITS) {
        saved += h * (n - 1) as f32 / *n as f32;
        out.push((*field, *n));
        if saved >= overflow {
            break;
        }
    }
    if out.is_empty() {
        out.extend(per_field.into_iter().take(MAX_CULPRITS).map(|(f, _, n)| (f, n)));
    }
    out
}

fn place(page: &mut Page, lines: &[PLine], top: f32) {
    let m = Face::Regular.metrics();
    let mut y = top;
    for l in lines {
        y += l.height;
        // Baseline at the bottom of the line box, less the descender and a little air.
        let baseline = y - l.size * (-m.descender) - l.size * 0.1;
        for (k, (x, face, color, text)) in l.runs.iter().enumerate() {
            let role = match l.role {
                Role::ListBody(list) if l.label && k == 0 => Role::ListLabel(list),
                role => role,
            };
            page.texts.push(TextRun::new(l.x + x, baseline, *face, l.size, *color, role, l.block, text.clone()));
        }
    }
}
