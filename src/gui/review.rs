//! The import review window (issue 18): the source as it was read, block by block, each
//! marked with the field it went to; select blocks (click, or the arrow keys), move them to
//! another field ("Siirrä kenttään"), set a yes/no answer from a sentence, teach the
//! workspace the heading, mark the register reviewed. A thin shell over [`crate::review`];
//! every change is an edit of the open register, so Undo takes it back.

use super::state::{AppState, Command};
use crate::i18n::UiText;
use crate::import::Target;
use crate::model::{Answer, FieldPath, Lang, SourceKind};
use crate::review::{self, Moved, Question};
use crate::store;
use egui::{Color32, RichText, Ui};
use std::collections::BTreeSet;

/// What the review window shows and has selected.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReviewView {
    /// Selected blocks (indices into the record).
    pub selected: BTreeSet<usize>,
    /// The block the arrow keys move from.
    pub cursor: usize,
    /// The field chosen in "Siirrä kenttään"; `None` until one is chosen (then the most
    /// likely field for the cursor's block is offered).
    pub target: Option<Target>,
    /// The question chosen for "Aseta vastaus".
    pub question: Option<Question>,
    /// The last move, which the workspace can be taught: the source heading and the field.
    pub last_move: Option<(String, Target)>,
}

/// The review's commands (see [`Command::Review`]).
#[derive(Clone, Debug, PartialEq)]
pub enum ReviewCommand {
    /// Open the review of the open register's import record.
    Open,
    /// Close the window (the record stays).
    Close,
    /// Select block `i`; with `add`, add it to (or take it out of) the selection.
    Select(usize, bool),
    /// Move the cursor by this many blocks and select that block alone.
    Step(isize),
    /// Choose the field to move to.
    ChooseTarget(Target),
    /// Move the selected blocks to the chosen field.
    Move,
    /// Choose the question for an answer.
    ChooseQuestion(Question),
    /// Set the chosen question to this answer from the cursor's block.
    SetAnswer(Answer),
    /// Teach the workspace the last move's heading.
    Remember,
    /// Drop the import record.
    MarkReviewed,
}

impl AppState {
    /// Applies a review command.
    pub(crate) fn review(&mut self, command: ReviewCommand) {
        let lang = self.lang();
        let text_lang = self.doc.as_ref().and_then(|d| d.register.languages.first().copied()).unwrap_or(Lang::Fi);
        let count = self.doc.as_ref().and_then(|d| d.register.import.as_ref()).map_or(0, |r| r.blocks.len());
        match command {
            ReviewCommand::Open => {
                if count > 0 {
                    self.review_view = Some(ReviewView::default());
                } else {
                    self.report(UiText::RegisterNoImportLeft.get(lang));
                }
            }
            ReviewCommand::Close => self.review_view = None,
            ReviewCommand::Select(i, add) => {
                let Some(view) = &mut self.review_view else { return };
                if i >= count {
                    return;
                }
                if add {
                    if !view.selected.remove(&i) {
                        view.selected.insert(i);
                    }
                } else {
                    view.selected = BTreeSet::from([i]);
                }
                view.cursor = i;
                view.target = None;
                self.show_block_field(i, true);
            }
            ReviewCommand::Step(by) => {
                let Some(view) = &mut self.review_view else { return };
                if count == 0 {
                    return;
                }
                let at = view.cursor.saturating_add_signed(by).min(count - 1);
                view.selected = BTreeSet::from([at]);
                view.cursor = at;
                view.target = None;
                // The keys keep walking: the field's section is shown, the keyboard stays here.
                self.show_block_field(at, false);
            }
            ReviewCommand::ChooseTarget(t) => {
                if let Some(view) = &mut self.review_view {
                    view.target = Some(t);
                }
            }
            ReviewCommand::ChooseQuestion(q) => {
                if let Some(view) = &mut self.review_view {
                    view.question = Some(q);
                }
            }
            ReviewCommand::Move => self.review_move(text_lang),
            ReviewCommand::SetAnswer(answer) => self.review_answer(answer, text_lang),
            ReviewCommand::Remember => self.review_remember(),
            ReviewCommand::MarkReviewed => {
                if let Some(doc) = &mut self.doc {
                    review::mark_reviewed(&mut doc.register);
                }
                self.review_view = None;
            }
        }
    }

    /// Shows the field block `i` went to in the form; with `focus`, the field also takes the
    /// keyboard (a click), else only its section is shown (the arrow keys).
    fn show_block_field(&mut self, i: usize, focus: bool) {
        let to = self.doc.as_ref().and_then(|d| d.register.import.as_ref()).and_then(|r| r.blocks.get(i)).map(|b| b.to);
        match to.filter(|p| *p != FieldPath::Notes) {
            Some(path) if focus => self.handle(Command::FocusField(path)),
            Some(path) => self.handle(Command::SelectSection(path.section())),
            None => {}
        }
    }

    /// The field "Siirrä kenttään" offers: the chosen one, else the likeliest for the cursor.
    pub(crate) fn review_target(&self) -> Option<Target> {
        let view = self.review_view.as_ref()?;
        view.target.or_else(|| review::candidates(&self.cursor_text()?).first().copied())
    }

    fn cursor_text(&self) -> Option<String> {
        let view = self.review_view.as_ref()?;
        let record = self.doc.as_ref()?.register.import.as_ref()?;
        record.blocks.get(view.cursor).map(|b| b.text.clone())
    }

    fn review_move(&mut self, text_lang: Lang) {
        let lang = self.lang();
        let Some(to) = self.review_target() else { return };
        let Some(view) = &self.review_view else { return };
        let selected: Vec<usize> = view.selected.iter().copied().collect();
        let Some(doc) = &mut self.doc else { return };
        let heading =
            doc.register.import.as_ref().and_then(|r| review::source_heading(r, view.cursor)).map(str::to_owned);
        match review::move_blocks(&mut doc.register, &selected, to, text_lang) {
            Ok(moved) => {
                if moved.contains(&Moved::Copied) {
                    self.report(UiText::TextEditedAfterImport.get(lang));
                }
                if let Some(view) = &mut self.review_view {
                    view.last_move = heading.map(|h| (h, to));
                }
                self.handle(Command::FocusField(to.field()));
            }
            Err(e) => self.report(e.to_string()),
        }
    }

    fn review_answer(&mut self, answer: Answer, text_lang: Lang) {
        let Some(view) = &self.review_view else { return };
        let cursor = view.cursor;
        let question = view.question.or_else(|| {
            let to = self.doc.as_ref()?.register.import.as_ref()?.blocks.get(cursor)?.to;
            Question::of_field(to)
        });
        let Some(question) = question else {
            let lang = self.lang();
            return self.report(UiText::ChooseQuestionFirst.get(lang));
        };
        let Some(doc) = &mut self.doc else { return };
        if let Err(e) = review::set_answer(&mut doc.register, cursor, question, answer, text_lang) {
            self.report(e.to_string());
        }
    }

    fn review_remember(&mut self) {
        let lang = self.lang();
        let Some((heading, to)) = self.review_view.as_ref().and_then(|v| v.last_move.clone()) else { return };
        let Some(dir) = self.workspace.dir.clone() else {
            return self.report(UiText::OpenWorkspaceFirstHeadings.get(lang));
        };
        let result = store::load_synonyms(&dir).and_then(|mut s| {
            s.teach(&heading, to);
            store::save_synonyms(&dir, &s)
        });
        match result {
            Ok(()) => self.report(format!("{} ”{heading}” → {}", UiText::Remembered.get(lang), to.label(lang))),
            Err(e) => self.report(e.to_string()),
        }
    }
}

/// A colour per section, so blocks of one field look alike; extra sections stand out.
fn field_colour(to: FieldPath) -> Color32 {
    if matches!(to, FieldPath::Extra(_)) {
        return Color32::from_rgb(0xB3, 0x4A, 0x00);
    }
    if to == FieldPath::Notes {
        return Color32::GRAY;
    }
    const PALETTE: [Color32; 6] = [
        Color32::from_rgb(0x1F, 0x5F, 0xA8),
        Color32::from_rgb(0x2E, 0x7D, 0x32),
        Color32::from_rgb(0x6A, 0x1B, 0x9A),
        Color32::from_rgb(0x00, 0x69, 0x6F),
        Color32::from_rgb(0x8D, 0x3B, 0x72),
        Color32::from_rgb(0x4E, 0x5B, 0x1E),
    ];
    PALETTE[to.section().number() % PALETTE.len()]
}

/// The label of the field a block went to.
fn field_label(to: FieldPath, lang: Lang) -> String {
    match to {
        FieldPath::Extra(_) => UiText::OtherInformation.get(lang).to_owned(),
        FieldPath::Notes => UiText::ImportLogOnly.get(lang).to_owned(),
        _ => review::MOVE_TARGETS
            .iter()
            .chain(&[Target::Name, Target::Controller, Target::Dpo])
            .find(|t| t.field() == to)
            .map_or_else(|| to.section().heading(lang).to_owned(), |t| t.label(lang).to_owned()),
    }
}

fn question_label(q: Question, lang: Lang) -> &'static str {
    match q {
        Question::Disclosures => UiText::AreDataDisclosed.get(lang),
        Question::Processors => UiText::ProcessorsUsed.get(lang),
        Question::Transfers => UiText::TransfersOutsideEUEEA.get(lang),
        Question::Automated => UiText::AutomatedDecisions.get(lang),
        Question::Special => UiText::SpecialCategories.get(lang),
    }
}

/// The review window; pushes what the user asked for to `commands`.
pub(crate) fn review_ui(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let l = state.lang();
    let Some(view) = &state.review_view else { return };
    let Some(record) = state.doc.as_ref().and_then(|d| d.register.import.as_ref()) else { return };
    let push = |commands: &mut Vec<Command>, c: ReviewCommand| commands.push(Command::Review(c));
    egui::Window::new(UiText::ImportReview.get(l))
        .id(egui::Id::unique("import_review"))
        .default_width(540.0)
        // Beside the import report (which opens at x 300, 520 wide), not over it.
        .default_pos([840.0, 60.0])
        .show(ui.ctx(), |ui| {
            let reg = state.doc.as_ref().map(|d| &d.register);
            let left = reg.map_or(0, review::left_to_review);
            ui.label(format!("{}: {}   {}: {left}", UiText::Source.get(l), record.source, UiText::LeftReview.get(l),));
            egui::ScrollArea::vertical().max_height(380.0).id_salt("review_blocks").show(ui, |ui| {
                for (i, b) in record.blocks.iter().enumerate() {
                    let place = match b.page {
                        Some(p) => format!("s. {p} r. {}", b.line),
                        None => format!("r. {}", b.line),
                    };
                    let short: String = b.text.chars().take(90).collect();
                    let ellipsis = if b.text.chars().count() > 90 { "…" } else { "" };
                    let mut text = RichText::new(format!("{place} [{}] {short}{ellipsis}", field_label(b.to, l)))
                        .color(field_colour(b.to));
                    if b.kind == SourceKind::Heading {
                        text = text.strong();
                    }
                    if matches!(b.to, FieldPath::Extra(_)) && b.kind != SourceKind::Heading {
                        text = text.background_color(Color32::from_rgba_unmultiplied(0xFF, 0xC1, 0x07, 0x40));
                    }
                    let response = ui.selectable_label(view.selected.contains(&i), text);
                    if b.answer != Answer::Unanswered {
                        ui.label(
                            RichText::new(format!("    → {}: {}", UiText::Answer.get(l), b.answer.label(l)))
                                .color(Color32::from_rgb(0x2E, 0x7D, 0x32)),
                        );
                    }
                    if response.clicked() {
                        let add = ui.input(|i| i.modifiers.command || i.modifiers.shift);
                        push(commands, ReviewCommand::Select(i, add));
                    }
                }
            });
            ui.separator();
            let target = state.review_target();
            let candidates = state
                .review_view
                .as_ref()
                .and_then(|v| record.blocks.get(v.cursor))
                .map(|b| review::candidates(&b.text))
                .unwrap_or_else(|| review::MOVE_TARGETS.to_vec());
            ui.horizontal(|ui| {
                egui::ComboBox::from_label(UiText::MoveField.get(l))
                    .selected_text(target.map_or("–", |t| t.label(l)))
                    .show_ui(ui, |ui| {
                        for t in &candidates {
                            if ui.selectable_label(Some(*t) == target, t.label(l)).clicked() {
                                push(commands, ReviewCommand::ChooseTarget(*t));
                            }
                        }
                    });
                let can_move = !view.selected.is_empty();
                if ui.add_enabled(can_move, egui::Button::new(UiText::Move.get(l))).clicked() {
                    push(commands, ReviewCommand::Move);
                }
            });
            if let Some((heading, to)) = &view.last_move {
                let text = format!("{} ”{heading}” → {}", UiText::RememberHeadingWorkspace.get(l), to.label(l));
                if ui.button(text).clicked() {
                    push(commands, ReviewCommand::Remember);
                }
            }
            ui.horizontal(|ui| {
                let cursor_q = record.blocks.get(view.cursor).and_then(|b| Question::of_field(b.to));
                let question = view.question.or(cursor_q);
                egui::ComboBox::from_label(UiText::SetAnswer.get(l))
                    .selected_text(question.map_or("–", |q| question_label(q, l)))
                    .show_ui(ui, |ui| {
                        for q in Question::ALL {
                            if ui.selectable_label(Some(q) == question, question_label(q, l)).clicked() {
                                push(commands, ReviewCommand::ChooseQuestion(q));
                            }
                        }
                    });
                let can = !view.selected.is_empty();
                for a in [Answer::Yes, Answer::No] {
                    if ui.add_enabled(can, egui::Button::new(a.label(l))).clicked() {
                        push(commands, ReviewCommand::SetAnswer(a));
                    }
                }
            });
            ui.horizontal(|ui| {
                if ui.button(UiText::MarkReviewed.get(l)).clicked() {
                    push(commands, ReviewCommand::MarkReviewed);
                }
                if ui.button(UiText::CloseReview.get(l)).clicked() {
                    push(commands, ReviewCommand::Close);
                }
            });
            ui.label(RichText::new(UiText::ArrowKeysPreviousNext.get(l)).small());
        });
    // Keys walk the blocks while no text field has the keyboard.
    if ui.ctx().memory(|m| m.focused().is_none()) {
        let (up, down, m) = ui.input(|i| {
            (i.key_pressed(egui::Key::ArrowUp), i.key_pressed(egui::Key::ArrowDown), i.key_pressed(egui::Key::M))
        });
        if up {
            push(commands, ReviewCommand::Step(-1));
        }
        if down {
            push(commands, ReviewCommand::Step(1));
        }
        if m && !view.selected.is_empty() {
            push(commands, ReviewCommand::Move);
        }
    }
}
