//! The live preview: draws the laid-out notice pages (or the poster), the same data the
//! PDF is made from, scaled to the panel. Layout is cached and redone only after an edit.

use crate::layout::{self, Color, Face, Page, Shape};
use crate::model::{Lang, Register};
use crate::notice;
use egui::{Color32, FontFamily, FontId, Pos2, Rect, Stroke, Ui, Vec2};

/// The laid-out pages of the last preview, keyed by what they were made from.
pub struct PreviewCache {
    key: Option<(Register, Lang, bool)>,
    pages: Result<Vec<Page>, String>,
}

impl Default for PreviewCache {
    fn default() -> Self {
        PreviewCache { key: None, pages: Ok(Vec::new()) }
    }
}

impl PreviewCache {
    /// The pages for `register` in `lang`, laid out again only when something changed.
    pub fn pages(&mut self, register: &Register, lang: Lang, poster: bool) -> &Result<Vec<Page>, String> {
        let fresh = self.key.as_ref().is_some_and(|(r, l, p)| *l == lang && *p == poster && r == register);
        if !fresh {
            self.pages = lay_out(register, lang, poster);
            self.key = Some((register.clone(), lang, poster));
        }
        &self.pages
    }
}

/// Lays out the notice or the poster.
pub fn lay_out(register: &Register, lang: Lang, poster: bool) -> Result<Vec<Page>, String> {
    if poster {
        layout::poster(&notice::poster(register, lang)).map(|p| vec![p]).map_err(|e| e.to_string())
    } else {
        Ok(layout::notice(&notice::build(register, lang)))
    }
}

fn color(c: Color) -> Color32 {
    Color32::from_rgb(c.r, c.g, c.b)
}

/// Draws the pages one under another, as wide as the panel.
pub fn preview_ui(ui: &mut Ui, cache: &mut PreviewCache, register: &Register, lang: Lang, poster: bool) {
    let pages = match cache.pages(register, lang, poster) {
        Ok(pages) => pages,
        Err(e) => {
            ui.colored_label(Color32::from_rgb(180, 20, 20), e.as_str());
            return;
        }
    };
    egui::ScrollArea::vertical().id_salt("preview").show(ui, |ui| {
        let width = (ui.available_width() - 8.0).max(100.0);
        for page in pages {
            let scale = width / page.width;
            let (rect, _) = ui.allocate_exact_size(Vec2::new(width, page.height * scale), egui::Sense::hover());
            page_ui(ui, rect, page, scale);
            ui.add_space(8.0);
        }
    });
}

/// Paints one page into `rect`.
fn page_ui(ui: &Ui, rect: Rect, page: &Page, scale: f32) {
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, Color32::WHITE);
    painter.rect_stroke(rect, 0.0, Stroke::new(1.0, Color32::from_gray(160)), egui::StrokeKind::Inside);
    let at = |x: f32, y: f32| Pos2::new(rect.left() + x * scale, rect.top() + y * scale);
    for shape in &page.shapes {
        match shape {
            Shape::Rect { x, y, w, h, color: c } => {
                painter.rect_filled(Rect::from_min_size(at(*x, *y), Vec2::new(w * scale, h * scale)), 0.0, color(*c));
            }
            Shape::Line { from, to, width, color: c } => {
                painter.line_segment([at(from.0, from.1), at(to.0, to.1)], Stroke::new(width * scale, color(*c)));
            }
            Shape::Polygon { points, color: c, stroke } => {
                let pts: Vec<Pos2> = points.iter().map(|(x, y)| at(*x, *y)).collect();
                let shape = match stroke {
                    Some(w) => egui::Shape::closed_line(pts, Stroke::new(w * scale, color(*c))),
                    None => egui::Shape::convex_polygon(pts, color(*c), Stroke::NONE),
                };
                painter.add(shape);
            }
            Shape::Circle { center, radius, color: c, stroke } => match stroke {
                Some(w) => {
                    painter.circle_stroke(at(center.0, center.1), radius * scale, Stroke::new(w * scale, color(*c)));
                }
                None => {
                    painter.circle_filled(at(center.0, center.1), radius * scale, color(*c));
                }
            },
        }
    }
    for run in &page.texts {
        let family = match run.face {
            Face::Regular => FontFamily::Proportional,
            Face::Bold => FontFamily::Name("bold".into()),
        };
        let size = (run.size * scale).max(1.0);
        // The run's y is its baseline; egui places text by its top: ascent of DejaVu is ~0.93 em.
        let top = at(run.x, run.y - run.size * 0.93);
        // The PDF font draws the soft hyphen at a line end as a hyphen; egui hides it.
        let text = run.text.replace(layout::SOFT_HYPHEN, "-");
        painter.text(top, egui::Align2::LEFT_TOP, text, FontId::new(size, family), color(run.color));
    }
}
