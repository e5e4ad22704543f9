//! The desktop editor (feature `gui`): a thin egui shell over the model, store,
//! validation and layout. Only this module names egui, eframe and rfd.

pub mod app;
pub mod command;
pub mod compare;
pub mod document;
mod export;
mod forms;
pub mod lifecycle;
pub mod message;
mod ops;
pub mod picker;
pub mod preview;
pub mod prompt;
pub mod review;
pub mod state;
pub mod theme;
mod versions;
pub mod widgets;
pub mod workspace;

pub use app::SelosteApp;

/// Today in local time (UTC when the offset is unknown). The editor is the shell that reads
/// the clock; validation and the model take the date as an argument.
pub fn today() -> crate::model::Date {
    let now = time::OffsetDateTime::now_local().unwrap_or_else(|_| time::OffsetDateTime::now_utc());
    crate::model::Date::from(now.date())
}

use std::path::PathBuf;
use std::process::ExitCode;

/// Opens the editor window on `path` (or the last or bundled workspace).
pub fn run(path: Option<PathBuf>) -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([800.0, 500.0])
            .with_title("Seloste"),
        persist_window: true,
        ..Default::default()
    };
    match eframe::run_native("Seloste", options, Box::new(move |cc| Ok(Box::new(SelosteApp::new(cc, path))))) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("seloste: cannot open the window: {e}");
            ExitCode::from(2)
        }
    }
}

/// Installs the embedded font (the same as the PDF's) as the UI font.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "dejavu".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(crate::layout::font::REGULAR_TTF)),
    );
    fonts.font_data.insert(
        "dejavu-bold".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(crate::layout::font::BOLD_TTF)),
    );
    if let Some(list) = fonts.families.get_mut(&egui::FontFamily::Proportional) {
        list.insert(0, "dejavu".to_owned());
    }
    fonts.families.insert(egui::FontFamily::Name("bold".into()), vec!["dejavu-bold".to_owned(), "dejavu".to_owned()]);
    ctx.set_fonts(fonts);
}

/// The workspace opened when nothing else is: the bundled samples.
pub fn default_workspace() -> Option<PathBuf> {
    crate::store::samples::example_workspace().ok()
}
