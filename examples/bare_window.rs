//! A bare eframe window with the same renderer and options as Seloste, the baseline for
//! the start-up time and memory targets of DESIGN.md section 8.
//!
//! `SELOSTE_EXIT_AFTER_FIRST_FRAME=1 cargo run --release --example bare_window` exits once
//! the first frame has been painted, so the whole process can be timed (see README).

struct Bare {
    frames: u32,
}

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frames += 1;
        if self.frames >= 2 && std::env::var_os("SELOSTE_EXIT_AFTER_FIRST_FRAME").is_some() {
            std::process::exit(0);
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("Hello");
        });
        ui.ctx().request_repaint();
    }
}

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size([1440.0, 900.0]),
        ..Default::default()
    };
    eframe::run_native("bare", options, Box::new(|_cc| Ok(Box::new(Bare { frames: 0 }))))
}
