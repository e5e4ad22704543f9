//! The live preview: draws the laid-out notice pages, the same data the PDF is made from.

use crate::model::{Lang, Register};

/// Draws the preview of `register` in `lang` (the poster when `poster`).
pub fn preview_ui(ui: &mut egui::Ui, register: &Register, lang: Lang, poster: bool) {
    let _ = (register, lang, poster);
    ui.label("…");
}
