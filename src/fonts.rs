//! The embedded fonts, shared by the PDF and the editor so every glyph the UI shows
//! exists on every machine.

/// DejaVu Sans, regular.
pub static REGULAR: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans, bold.
pub static BOLD: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");
