//! The built-in file picker (issue 13): used when the system's file dialog (the desktop
//! portal) is missing or fails, or when the setting asks for it. A modal with the folder's
//! entries, Up, a name-or-path field, OK and Cancel. The listing comes from
//! `store::gui_ops::list_folder`; a folder that cannot be read is said so in the picker.

use super::command::Command;
use crate::i18n::UiText;
use crate::model::Lang;
use crate::store::gui_ops::{self, FolderEntry};
use egui::{Key, RichText, Ui};
use std::path::{Path, PathBuf};

/// The most entries a folder listing shows.
pub const MAX_ENTRIES: usize = 2000;

/// What a chosen path is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathPurpose {
    /// Open a workspace folder or a register, whichever the path is.
    Open,
    /// Open a workspace folder.
    OpenFolder,
    /// Open a register file.
    OpenRegister,
    /// Import a notice (text, Markdown, HTML, .docx, .odt, PDF) as a new register.
    Import,
    /// Compare the open register with another register file.
    Compare,
    /// Save the register under a new name.
    SaveAs,
    /// Publish the workspace as a static web site into a folder (`seloste site`).
    PublishSite,
}

impl PathPurpose {
    /// The picker's title: the menu item's words.
    pub fn title(self, l: Lang) -> &'static str {
        match self {
            PathPurpose::Open => UiText::FolderFileOpen.get(l),
            PathPurpose::OpenFolder => UiText::OpenFolder.get(l),
            PathPurpose::OpenRegister => UiText::OpenRegister.get(l),
            PathPurpose::Import => UiText::ImportText.get(l),
            PathPurpose::Compare => UiText::Compare.get(l),
            PathPurpose::SaveAs => UiText::SaveFile.get(l),
            PathPurpose::PublishSite => UiText::FolderWebSite.get(l),
        }
    }

    /// The file name extensions listed (none: every file).
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            PathPurpose::OpenRegister | PathPurpose::Compare | PathPurpose::SaveAs => &["ron"],
            PathPurpose::Import => crate::import::IMPORT_EXTENSIONS,
            PathPurpose::Open | PathPurpose::OpenFolder | PathPurpose::PublishSite => &[],
        }
    }

    /// A folder is the answer (not a file inside it).
    pub fn wants_folder(self) -> bool {
        matches!(self, PathPurpose::OpenFolder | PathPurpose::PublishSite)
    }

    /// The command that does the job with the chosen `path`.
    pub fn command(self, path: PathBuf) -> Command {
        match self {
            PathPurpose::Open => Command::OpenPath(path),
            PathPurpose::OpenFolder => Command::OpenWorkspace(path),
            PathPurpose::OpenRegister => Command::OpenRegister(path),
            PathPurpose::Import => Command::ImportText(path),
            PathPurpose::Compare => Command::CompareWith(path),
            PathPurpose::SaveAs => Command::SaveAs(path),
            PathPurpose::PublishSite => Command::PublishSite(path),
        }
    }
}

/// The built-in picker's state.
#[derive(Clone, Debug, PartialEq)]
pub struct Picker {
    /// What the path is for.
    pub purpose: PathPurpose,
    /// The folder shown.
    pub dir: PathBuf,
    /// The name (in `dir`) or path typed or chosen.
    pub text: String,
    /// The folder's entries (folders first, filtered by the purpose's extensions) and whether
    /// some were left out; or why the folder cannot be read.
    pub listing: Result<(Vec<FolderEntry>, bool), String>,
    /// Why the last OK was refused, shown in the picker until the next try.
    pub problem: Option<String>,
}

impl Picker {
    /// A picker for `purpose` showing `dir`, with `text` in the name field.
    pub fn new(purpose: PathPurpose, dir: PathBuf, text: String) -> Self {
        let mut picker = Picker { purpose, dir: PathBuf::new(), text, listing: Ok((Vec::new(), false)), problem: None };
        picker.go(dir);
        picker
    }

    /// Shows `dir` (read now).
    pub fn go(&mut self, dir: PathBuf) {
        let exts = self.purpose.extensions();
        let wants_folder = self.purpose.wants_folder();
        self.listing = gui_ops::list_folder(&dir, MAX_ENTRIES)
            .map(|(entries, more)| {
                let shown = entries
                    .into_iter()
                    .filter(|e| e.is_folder || (!wants_folder && (exts.is_empty() || has_extension(&e.path, exts))))
                    .collect();
                (shown, more)
            })
            .map_err(|e| e.to_string());
        self.dir = dir;
        self.problem = None;
    }

    /// The path the name field names: absolute as typed, else inside the folder shown.
    pub fn chosen(&self) -> PathBuf {
        let typed = PathBuf::from(self.text.trim());
        if typed.is_absolute() { typed } else { self.dir.join(typed) }
    }

    /// OK: the command to run, or `None` after going into a folder or refusing (the reason
    /// is in `problem`).
    pub fn confirm(&mut self, l: Lang) -> Option<Command> {
        let path = self.chosen();
        let is_folder = gui_ops::is_folder(&path);
        match self.purpose {
            p if p.wants_folder() => {
                if is_folder || p == PathPurpose::PublishSite && !gui_ops::exists(&path) {
                    return Some(p.command(path));
                }
                self.problem = Some(format!("{} {}", UiText::NotAFolder.get(l), path.display()));
                None
            }
            PathPurpose::Open if is_folder && !self.text.trim().is_empty() => Some(Command::OpenPath(path)),
            p if is_folder => {
                self.text.clear();
                self.go(path);
                if p == PathPurpose::Open {
                    // Open with an empty name: the folder shown is the workspace.
                    return Some(Command::OpenWorkspace(self.dir.clone()));
                }
                None
            }
            PathPurpose::SaveAs => {
                let path = if path.extension().is_none() { path.with_extension("ron") } else { path };
                Some(Command::SaveAs(path))
            }
            p if gui_ops::exists(&path) => Some(p.command(path)),
            _ => {
                self.problem = Some(format!("{} {}", UiText::NoSuchFile.get(l), path.display()));
                None
            }
        }
    }
}

fn has_extension(path: &Path, exts: &[&str]) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| exts.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// Draws the picker inside the prompt modal; pushes what the user asks for.
pub fn picker_ui(ui: &mut Ui, l: Lang, picker: &Picker, commands: &mut Vec<Command>) {
    ui.heading(picker.purpose.title(l));
    ui.horizontal_wrapped(|ui| {
        if ui.add_enabled(picker.dir.parent().is_some(), egui::Button::new(UiText::Up.get(l))).clicked() {
            if let Some(parent) = picker.dir.parent() {
                commands.push(Command::PickerGo(parent.to_owned()));
            }
        }
        ui.label(RichText::new(picker.dir.display().to_string()).weak());
    });
    ui.separator();
    egui::ScrollArea::vertical().max_height(320.0).min_scrolled_height(200.0).id_salt("picker_list").show(ui, |ui| {
        ui.set_min_width(420.0);
        match &picker.listing {
            Err(e) => {
                ui.label(RichText::new(e).color(ui.visuals().error_fg_color));
            }
            Ok((entries, more)) => {
                for entry in entries {
                    let text = if entry.is_folder { format!("{}/", entry.name) } else { entry.name.clone() };
                    let selected = !entry.is_folder && picker.text == entry.name;
                    let r = ui.selectable_label(selected, text);
                    if r.double_clicked() && !entry.is_folder {
                        commands.push(Command::TypePathText(entry.name.clone()));
                        commands.push(Command::PickerOk);
                    } else if r.clicked() {
                        commands.push(if entry.is_folder {
                            Command::PickerGo(entry.path.clone())
                        } else {
                            Command::TypePathText(entry.name.clone())
                        });
                    }
                }
                if *more {
                    ui.label(RichText::new(UiText::MoreEntriesNotShown.get(l)).italics());
                }
            }
        }
    });
    ui.separator();
    let lab = ui.label(UiText::NameOrPath.get(l));
    let mut buffer = picker.text.clone();
    let r = ui.add(egui::TextEdit::singleline(&mut buffer).desired_width(420.0)).labelled_by(lab.id);
    if r.changed() {
        commands.push(Command::TypePathText(buffer.clone()));
    }
    if let Some(problem) = &picker.problem {
        ui.label(RichText::new(problem).color(ui.visuals().error_fg_color));
    }
    ui.horizontal(|ui| {
        let enter = r.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        if ui.button("OK").clicked() || enter {
            commands.push(Command::PickerOk);
        }
        if ui.button(UiText::Cancel.get(l)).clicked() {
            commands.push(Command::PromptCancel);
        }
    });
}
