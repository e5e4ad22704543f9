//! The notice builder: a register and a language in, a format-free document out
//! (DESIGN.md section 4). The document has a title block, numbered sections in the
//! customary order of [`Section`], and paragraphs, bullet lists and contact blocks made of
//! styled spans. Every output (PDF through [`crate::layout`], plain text, the editor's
//! preview) renders this document; none reads the register directly.
//!
//! Rules:
//! - Prose is taken in the notice language only ([`Text::get`]); names and addresses fall
//!   back to another language ([`Text::or_any`]).
//! - An empty optional section is left out. A required section with nothing in it prints the
//!   [`Style::Missing`] mark ("[puuttuu]"), as does prose that exists in another language
//!   but not in this one, so a draft never looks finished.
//! - Fixed wording (explanations of rights, "no transfers", the complaint paragraph and the
//!   supervisory authority's contact block) comes from [`texts`].
//! - User text is cleaned ([`clean::clean`]) but every visible character is kept.

pub mod clean;
pub mod poster;
mod sections;
pub mod texts;

pub use poster::{Poster, PosterBlock, PosterLine, is_camera_surveillance, poster};

use crate::i18n::DocText;
use crate::model::{Answer, Contact, ControllerKind, Date, Lang, Register, Requirement, Section, Text};

/// How a span of text is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Style {
    /// Body text.
    Regular,
    /// Labels and names.
    Bold,
    /// The "[puuttuu]" mark of missing required content (bold, in red).
    Missing,
}

/// A run of text in one style. A `\n` inside is a hard line break.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// The text.
    pub text: String,
    /// Its style.
    pub style: Style,
    /// Its language when it is kept in another language than the notice's (a name or an
    /// address that has no translation); `None` for the notice's language.
    pub lang: Option<Lang>,
}

impl Span {
    /// A regular span.
    pub fn regular(text: impl Into<String>) -> Span {
        Span { text: text.into(), style: Style::Regular, lang: None }
    }

    /// A bold span.
    pub fn bold(text: impl Into<String>) -> Span {
        Span { text: text.into(), style: Style::Bold, lang: None }
    }

    /// The same span, marked as written in `lang`.
    pub fn in_lang(self, lang: Option<Lang>) -> Span {
        Span { lang, ..self }
    }

    /// The missing mark in `lang`.
    pub fn missing(lang: Lang) -> Span {
        Span { text: texts::missing(lang).to_owned(), style: Style::Missing, lang: None }
    }
}

/// A block of a section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A paragraph.
    Paragraph(Vec<Span>),
    /// A bulleted list; each item is a paragraph of its own.
    Bullets(Vec<Vec<Span>>),
    /// A contact block: short lines kept together (name, address, phone, e-mail).
    Contact(Vec<Vec<Span>>),
}

/// A section of the notice: numbered, or an unnumbered introduction before section 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoticeSection {
    /// The register section it renders.
    pub section: Section,
    /// Its number in this notice (1, 2, ...; omitted sections leave no gaps), or `None` for
    /// an introduction printed before the numbered sections.
    pub number: Option<usize>,
    /// The heading without the number.
    pub heading: String,
    /// The content.
    pub blocks: Vec<Block>,
}

impl NoticeSection {
    /// The heading as printed: "3. Säilytysaika", or the heading alone for an introduction.
    pub fn numbered_heading(&self) -> String {
        match self.number {
            Some(n) => format!("{n}. {}", self.heading),
            None => self.heading.clone(),
        }
    }
}

/// Document metadata for the PDF (title, author, language).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocInfo {
    /// Title, e.g. "Tietosuojaseloste: Kameravalvonta".
    pub title: String,
    /// Author: the controller.
    pub author: String,
    /// Subject: the document type and its legal reference.
    pub subject: String,
    /// Language of the text.
    pub lang: Lang,
    /// Creation date written into the PDF: the register's updated date, so that the same
    /// register always gives the same file.
    pub date: Option<Date>,
}

impl DocInfo {
    /// The metadata of a document named `document_name` ("Tietosuojaseloste") about the
    /// register called `name`, by `author`, in `lang`.
    pub fn new(document_name: &str, name: &str, author: String, lang: Lang, date: Option<Date>) -> DocInfo {
        DocInfo {
            title: if name.is_empty() { document_name.to_owned() } else { format!("{document_name}: {name}") },
            author,
            subject: texts::document_type(lang).to_owned(),
            lang,
            date,
        }
    }
}

/// The title block at the top of the first page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Title {
    /// "Tietosuojaseloste – EU:n yleinen tietosuoja-asetus (2016/679) 13 ja 14 artikla".
    pub document: String,
    /// The register's name (or the missing mark).
    pub register: String,
    /// The controller's name.
    pub controller: String,
    /// The language of the register's name when it is not the notice's (kept in another
    /// language for want of a translation).
    pub register_lang: Option<Lang>,
    /// The language of the controller's name when it is not the notice's.
    pub controller_lang: Option<Lang>,
}

/// A notice in one language, ready to be laid out or rendered as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// Its language.
    pub lang: Lang,
    /// The title block.
    pub title: Title,
    /// The numbered sections.
    pub sections: Vec<NoticeSection>,
    /// Running header from page 2: the register name.
    pub header: String,
    /// Footer text: "Päivitetty 30.5.2024", or empty when the register has no date.
    pub updated: String,
    /// "sivu" / "sida" / "page".
    pub page_word: String,
    /// PDF metadata.
    pub info: DocInfo,
}

/// The most versions the notice's change log lists.
pub const CHANGE_LOG_ENTRIES: usize = 10;

/// Builds the notice of `register` in `lang`.
pub fn build(register: &Register, lang: Lang) -> Notice {
    let mut b = Builder { lang, sections: Vec::new() };
    let r = register;
    b.introductions(r);
    let name = clean::clean(r.name.or_any(lang));
    let controller = clean::clean(r.controller.contact.name.or_any(lang));

    b.push(
        Section::Name,
        if name.is_empty() {
            vec![]
        } else {
            vec![Block::Paragraph(vec![Span::regular(&name).in_lang(fallback_lang(&r.name, lang))])]
        },
        true,
    );
    b.controller(r);
    b.contacts(r);
    let dpo_required = matches!(r.controller.kind, ControllerKind::PublicAuthority | ControllerKind::Unspecified);
    let dpo = b.contact_block(&r.dpo, None);
    b.push(Section::Dpo, dpo, dpo_required);
    b.purposes(r);
    let subjects = b.text_list(&r.subjects);
    b.push(Section::Subjects, subjects, true);
    b.data(r);
    b.sources(r);
    b.recipients(r);
    b.processors(r);
    b.transfers(r);
    b.retention(r);
    b.security(r);
    b.automated(r);
    b.rights(r);
    b.complaint(r);
    b.provision(r);
    let cookies = b.prose(&r.cookies);
    b.push(Section::Cookies, cookies, false);
    b.extra(r);
    b.change_log(r);

    let updated = r.updated.map(|d| format!("{} {}", texts::updated(lang), d.display(lang))).unwrap_or_default();
    let document_name = texts::document_name(lang);
    Notice {
        lang,
        title: Title {
            document: texts::document_type(lang).to_owned(),
            register: if name.is_empty() { texts::missing(lang).to_owned() } else { name.clone() },
            controller: controller.clone(),
            register_lang: if name.is_empty() { None } else { fallback_lang(&r.name, lang) },
            controller_lang: fallback_lang(&r.controller.contact.name, lang),
        },
        sections: b.sections,
        header: name.clone(),
        updated,
        page_word: texts::page(lang).to_owned(),
        info: DocInfo::new(document_name, &name, controller, lang, r.updated),
    }
}

/// Splits cleaned text into blocks: paragraphs at blank lines, lines that start with a
/// bullet mark (`- `, `– `, `• `, `* `) as bullet lists; other line breaks are kept.
pub fn text_blocks(text: &str) -> Vec<Block> {
    let text = clean::clean(text);
    let mut blocks = Vec::new();
    for para in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        let mut lines: Vec<String> = Vec::new();
        let mut bullets: Vec<Vec<Span>> = Vec::new();
        for line in para.lines().map(str::trim).filter(|l| !l.is_empty()) {
            match bullet_item(line) {
                Some(item) => {
                    if !lines.is_empty() {
                        blocks.push(Block::Paragraph(vec![Span::regular(lines.join("\n"))]));
                        lines.clear();
                    }
                    bullets.push(vec![Span::regular(item)]);
                }
                None => {
                    if !bullets.is_empty() {
                        blocks.push(Block::Bullets(std::mem::take(&mut bullets)));
                    }
                    lines.push(line.to_owned());
                }
            }
        }
        if !lines.is_empty() {
            blocks.push(Block::Paragraph(vec![Span::regular(lines.join("\n"))]));
        }
        if !bullets.is_empty() {
            blocks.push(Block::Bullets(bullets));
        }
    }
    blocks
}

fn bullet_item(line: &str) -> Option<&str> {
    ["- ", "– ", "• ", "* ", "· ", "▪ "]
        .iter()
        .find_map(|m| line.strip_prefix(m))
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// Collects the sections in order and numbers them.
struct Builder {
    lang: Lang,
    sections: Vec<NoticeSection>,
}

impl Builder {
    fn push(&mut self, section: Section, blocks: Vec<Block>, required: bool) {
        self.push_titled(section, section.heading(self.lang).to_owned(), blocks, required);
    }

    fn push_titled(&mut self, section: Section, heading: String, mut blocks: Vec<Block>, required: bool) {
        if blocks.is_empty() {
            if !required {
                return;
            }
            blocks.push(Block::Paragraph(vec![Span::missing(self.lang)]));
        }
        let number = self.sections.iter().filter(|s| s.number.is_some()).count() + 1;
        self.sections.push(NoticeSection { section, number: Some(number), heading, blocks });
    }

    /// Prose in the notice language: nothing when the text is empty everywhere, the missing
    /// mark when it exists only in other languages.
    fn prose(&self, t: &Text) -> Vec<Block> {
        if t.is_empty() {
            Vec::new()
        } else if t.is_empty_in(self.lang) {
            vec![Block::Paragraph(vec![Span::missing(self.lang)])]
        } else {
            text_blocks(t.get(self.lang))
        }
    }

    /// Prose with a bold label in front ("Lainsäädäntö: ...").
    fn labelled(&self, label: &str, t: &Text) -> Vec<Block> {
        let blocks = self.prose(t);
        with_label(label, blocks)
    }

    /// A bold label with the missing mark.
    fn label_missing(&self, label: &str) -> Block {
        Block::Paragraph(vec![Span::bold(format!("{label}: ")), Span::missing(self.lang)])
    }

    /// One span per list entry, in the notice language.
    fn text_list(&self, items: &[Text]) -> Vec<Block> {
        let spans: Vec<Vec<Span>> = items.iter().filter(|t| !t.is_empty()).map(|t| self.inline(t)).collect();
        if spans.is_empty() { Vec::new() } else { vec![Block::Bullets(spans)] }
    }

    /// A text as inline spans (for list items): the text, or the missing mark.
    fn inline(&self, t: &Text) -> Vec<Span> {
        if t.is_empty_in(self.lang) {
            vec![Span::missing(self.lang)]
        } else {
            vec![Span::regular(clean::clean(t.get(self.lang)))]
        }
    }

    /// A contact block: optional bold first line (a role), then the name (bold when there is
    /// no role), title, street, postal code and city, phone, e-mail, web.
    fn contact_block(&self, c: &Contact, role: Option<&str>) -> Vec<Block> {
        if c.is_empty() {
            return Vec::new();
        }
        vec![Block::Contact(contact_lines(c, self.lang, role))]
    }

    fn controller(&mut self, r: &Register) {
        let lang = self.lang;
        let ctl = &r.controller;
        let mut blocks = Vec::new();
        if !ctl.contact.is_empty() || !ctl.body.is_empty() || !ctl.business_id.trim().is_empty() {
            let mut lines = contact_lines(&ctl.contact, lang, None);
            let body = clean::clean(ctl.body.or_any(lang));
            if !body.is_empty() {
                let at = usize::from(!ctl.contact.name.is_empty());
                lines.insert(at.min(lines.len()), vec![Span::regular(body)]);
            }
            let id = clean::clean(&ctl.business_id);
            if !id.is_empty() {
                lines.push(vec![Span::regular(format!("{} {id}", texts::business_id(lang)))]);
            }
            blocks.push(Block::Contact(lines));
        }
        if !ctl.joint.is_empty() {
            blocks.push(Block::Paragraph(vec![Span::bold(texts::joint_controllers(lang))]));
            for j in &ctl.joint {
                blocks.extend(self.contact_block(&j.contact, None));
                blocks.extend(self.labelled(texts::responsibility(lang), &j.responsibility));
            }
        }
        blocks.extend(self.labelled(texts::arrangement(lang), &ctl.joint_arrangement));
        self.push(Section::Controller, blocks, true);
    }

    fn contacts(&mut self, r: &Register) {
        let mut blocks = Vec::new();
        for p in &r.contacts {
            blocks.extend(self.contact_block(&p.contact, Some(p.role.label(self.lang))));
        }
        self.push(Section::Contacts, blocks, false);
    }

    fn purposes(&mut self, r: &Register) {
        let lang = self.lang;
        let mut blocks = Vec::new();
        let several = r.purposes.len() > 1;
        for (i, p) in r.purposes.iter().enumerate() {
            let mut desc = if p.description.is_empty_in(lang) {
                vec![Block::Paragraph(vec![Span::missing(lang)])]
            } else {
                text_blocks(p.description.get(lang))
            };
            if several {
                desc = with_label(&format!("{} {}", texts::purpose(lang), i + 1), desc);
            }
            blocks.extend(desc);
            if p.legal_bases.is_empty() {
                blocks.push(self.label_missing(texts::legal_basis(lang)));
            } else {
                let bases: Vec<String> = p.legal_bases.iter().map(|b| texts::basis_with_article(*b, lang)).collect();
                blocks.push(Block::Paragraph(vec![
                    Span::bold(format!("{}: ", texts::legal_basis(lang))),
                    Span::regular(bases.join("; ")),
                ]));
            }
            blocks.extend(self.labelled(texts::law(lang), &p.law));
            blocks.extend(self.labelled(texts::legitimate_interests(lang), &p.legitimate_interests));
            if p.direct_marketing {
                blocks.push(Block::Paragraph(vec![Span::regular(texts::direct_marketing(lang))]));
            }
        }
        if r.purposes.is_empty() && !r.legal_basis_text.is_empty() {
            blocks.push(self.label_missing(texts::purpose(lang)));
        }
        blocks.extend(self.prose(&r.legal_basis_text));
        self.push(Section::Purposes, blocks, true);
    }

    fn data(&mut self, r: &Register) {
        let lang = self.lang;
        let d = &r.data;
        let mut blocks = self.prose(&d.description);
        let items: Vec<Vec<Span>> = d
            .categories
            .iter()
            .filter(|c| !c.name.is_empty() || !c.description.is_empty() || c.special.is_some())
            .map(|c| {
                let mut spans = Vec::new();
                let has_desc = !c.description.is_empty();
                if !c.name.is_empty() {
                    let name = self.inline(&c.name);
                    let sep = if has_desc { ": " } else { "" };
                    // A bare name is a list item of its own; a name with a description is its label.
                    spans.extend(name.into_iter().map(|s| match s.style {
                        Style::Regular if has_desc => Span::bold(s.text + sep),
                        _ => s,
                    }));
                    if has_desc && spans.last().is_some_and(|s| s.style == Style::Missing) {
                        spans.push(Span::regular(": "));
                    }
                }
                if has_desc {
                    spans.extend(self.inline(&c.description));
                }
                if let Some(kind) = c.special {
                    spans.push(Span::regular(format!(" ({})", kind.label(lang))));
                }
                spans
            })
            .collect();
        if !items.is_empty() {
            blocks.push(Block::Bullets(items));
        }
        // The categories of data are required (validator: data-categories-missing).
        if d.categories.iter().all(|c| c.name.is_empty() && c.description.is_empty()) {
            blocks.push(Block::Paragraph(vec![Span::missing(lang)]));
        }
        match d.special {
            Answer::Yes => {
                blocks.push(Block::Paragraph(vec![Span::regular(texts::special_yes(lang))]));
                if d.special_conditions.is_empty() {
                    blocks.push(self.label_missing(texts::special_condition(lang)));
                } else {
                    let c: Vec<String> =
                        d.special_conditions.iter().map(|c| texts::condition_with_article(*c, lang)).collect();
                    blocks.push(Block::Paragraph(vec![
                        Span::bold(format!("{}: ", texts::special_condition(lang))),
                        Span::regular(c.join("; ")),
                    ]));
                }
            }
            Answer::No => blocks.push(Block::Paragraph(vec![Span::regular(texts::special_no(lang))])),
            Answer::Unanswered => {}
        }
        blocks.extend(self.prose(&d.special_text));
        match d.criminal {
            Answer::Yes => blocks.push(Block::Paragraph(vec![Span::regular(texts::criminal_yes(lang))])),
            Answer::No => blocks.push(Block::Paragraph(vec![Span::regular(texts::criminal_no(lang))])),
            Answer::Unanswered => {}
        }
        blocks.extend(self.labelled(texts::basis(lang), &d.criminal_basis));
        match d.personal_id_code {
            Answer::Yes => blocks.push(Block::Paragraph(vec![Span::regular(texts::id_code_yes(lang))])),
            Answer::No => blocks.push(Block::Paragraph(vec![Span::regular(texts::id_code_no(lang))])),
            Answer::Unanswered => {}
        }
        blocks.extend(self.labelled(texts::id_code_basis(lang), &d.personal_id_basis));
        let has_content = !d.categories.is_empty() || !d.description.is_empty();
        if !has_content {
            blocks.insert(0, Block::Paragraph(vec![Span::missing(lang)]));
        }
        self.push(Section::Data, blocks, true);
    }

    fn sources(&mut self, r: &Register) {
        let lang = self.lang;
        let s = &r.sources;
        let mut blocks = Vec::new();
        match s.from_subject {
            Answer::Yes => blocks.push(Block::Paragraph(vec![Span::regular(texts::from_subject(lang))])),
            Answer::No => blocks.push(Block::Paragraph(vec![Span::regular(texts::not_from_subject(lang))])),
            Answer::Unanswered => {}
        }
        let list = self.text_list(&s.list);
        if !list.is_empty() {
            let intro =
                if s.from_subject == Answer::Yes { texts::other_sources(lang) } else { texts::sources_list(lang) };
            blocks.push(Block::Paragraph(vec![Span::regular(intro)]));
            blocks.extend(list);
        } else if s.from_elsewhere == Answer::Yes && s.description.is_empty() {
            blocks.push(self.label_missing(texts::other_sources(lang).trim_end_matches(':')));
        }
        blocks.extend(self.prose(&s.description));
        self.push(Section::Sources, blocks, true);
    }
}

/// Puts a bold `label: ` in front of the first paragraph, or as a paragraph of its own.
fn with_label(label: &str, mut blocks: Vec<Block>) -> Vec<Block> {
    if blocks.is_empty() {
        return blocks;
    }
    match blocks.first_mut() {
        Some(Block::Paragraph(spans)) => spans.insert(0, Span::bold(format!("{label}: "))),
        _ => blocks.insert(0, Block::Paragraph(vec![Span::bold(format!("{label}:"))])),
    }
    blocks
}

/// The language [`Text::or_any`] takes `t` in when it is not `lang`.
fn fallback_lang(t: &Text, lang: Lang) -> Option<Lang> {
    if !t.is_empty_in(lang) {
        return None;
    }
    Lang::ALL.into_iter().find(|l| !t.is_empty_in(*l))
}

/// The lines of a contact block.
fn contact_lines(c: &Contact, lang: Lang, role: Option<&str>) -> Vec<Vec<Span>> {
    let mut lines: Vec<Vec<Span>> = Vec::new();
    let mut push = |text: String, bold: bool, text_lang: Option<Lang>| {
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let span = if bold { Span::bold(line) } else { Span::regular(line) };
            lines.push(vec![span.in_lang(text_lang)]);
        }
    };
    if let Some(role) = role {
        push(role.to_owned(), true, None);
    }
    push(clean::clean(c.name.or_any(lang)), role.is_none(), fallback_lang(&c.name, lang));
    push(clean::clean(c.title.or_any(lang)), false, fallback_lang(&c.title, lang));
    push(clean::clean(c.street.or_any(lang)), false, fallback_lang(&c.street, lang));
    let city = format!("{} {}", clean::clean(&c.postal_code), clean::clean(c.city.or_any(lang)));
    push(city.trim().to_owned(), false, fallback_lang(&c.city, lang));
    let phone = clean::clean(&c.phone);
    if !phone.is_empty() {
        push(format!("{} {phone}", texts::phone(lang)), false, None);
    }
    push(clean::clean(&c.email), false, None);
    push(clean::clean(&c.web), false, None);
    lines
}

#[cfg(test)]
mod tests;
