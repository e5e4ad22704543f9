//! Field-by-field differences in the editor, with the changed words highlighted.

use crate::diff::{Change, ChangeKind, WordOp, word_diff};
use crate::i18n::UiText;
use crate::model::Lang;
use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, RichText, Ui};

/// A comparison shown in its own window.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// What is compared with what.
    pub title: String,
    /// The differing fields.
    pub changes: Vec<Change>,
}

fn colors(dark: bool) -> (Color32, Color32, Color32, Color32) {
    if dark {
        (
            Color32::from_rgb(255, 140, 140),
            Color32::from_rgb(90, 30, 30),
            Color32::from_rgb(140, 230, 140),
            Color32::from_rgb(25, 80, 35),
        )
    } else {
        (
            Color32::from_rgb(150, 20, 20),
            Color32::from_rgb(255, 215, 215),
            Color32::from_rgb(10, 100, 30),
            Color32::from_rgb(205, 245, 205),
        )
    }
}

/// Lists the changes: the field path, then the old and new values with the changed words
/// marked (removed words red and struck through, added words green).
pub fn changes_ui(ui: &mut Ui, l: Lang, changes: &[Change]) {
    let (red, red_bg, green, green_bg) = colors(ui.visuals().dark_mode);
    let text_color = ui.visuals().text_color();
    let font = FontId::proportional(14.0);
    if changes.is_empty() {
        ui.label(UiText::NoDifferences.get(l));
        return;
    }
    for c in changes {
        ui.label(RichText::new(c.path.to_string()).monospace().small());
        match c.kind {
            ChangeKind::Added => {
                ui.label(RichText::new(format!("+ {}", c.new)).color(green));
            }
            ChangeKind::Removed => {
                ui.label(RichText::new(format!("− {}", c.old)).color(red).strikethrough());
            }
            ChangeKind::Changed => {
                let mut job = LayoutJob::default();
                for (op, word) in word_diff(&c.old, &c.new) {
                    let format = match op {
                        WordOp::Same => TextFormat::simple(font.clone(), text_color),
                        WordOp::Removed => TextFormat {
                            background: red_bg,
                            strikethrough: egui::Stroke::new(1.0, red),
                            ..TextFormat::simple(font.clone(), red)
                        },
                        WordOp::Added => TextFormat { background: green_bg, ..TextFormat::simple(font.clone(), green) },
                    };
                    job.append(word, 0.0, format);
                }
                job.wrap.max_width = ui.available_width();
                ui.label(job);
            }
        }
        ui.add_space(4.0);
    }
}
