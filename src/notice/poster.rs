//! The poster's content: the short form of a notice for a notice board (DESIGN.md section 4):
//! who processes, for what, on what basis, whom to contact, the rights one line each, and
//! where the full notice is. Each line remembers the register field it comes from, so a
//! poster that does not fit can name the fields to shorten.

use super::{DocInfo, clean, texts};
use crate::i18n::DocText;
use crate::model::{
    Contact, ContactField, ContactPersonField, ContactRole, ControllerField, FieldPath, Lang, List, PurposeField,
    Register, RightsField, Text,
};

/// One line (or paragraph) of a poster block, with the field it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PosterLine {
    /// The text; empty text is never stored.
    pub text: String,
    /// The register field, e.g. `purposes[0].description.fi`.
    pub field: FieldPath,
    /// True for the missing mark.
    pub missing: bool,
}

/// A labelled block of the poster.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PosterBlock {
    /// The label ("Käsittelyn tarkoitus").
    pub label: String,
    /// The lines.
    pub lines: Vec<PosterLine>,
    /// Draw the lines as a bulleted list.
    pub bullets: bool,
}

/// The content of a poster in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Poster {
    /// Its language.
    pub lang: Lang,
    /// A camera-surveillance sign: camera symbol and "KAMERAVALVONTA" at the top.
    pub camera: bool,
    /// The small line above the title ("Tietosuojaseloste"; the register name on a sign).
    pub kicker: String,
    /// The big title: the register name, or "KAMERAVALVONTA".
    pub title: String,
    /// The organisation's logo, printed at the top ([`Poster::with_logo`]).
    pub logo: Option<crate::model::Logo>,
    /// The logo's text alternative ("Logo: Kemin kaupunki").
    pub logo_alt: String,
    /// The mark printed across a poster of an incomplete register ("LUONNOS"), or empty.
    /// See [`Poster::mark_draft`].
    pub draft: String,
    /// The blocks, in order.
    pub blocks: Vec<PosterBlock>,
    /// Label of the address of the full notice.
    pub url_label: String,
    /// Text alternative of the camera pictogram.
    pub camera_alt: String,
    /// Text alternative of the QR code, without the address.
    pub qr_alt: String,
    /// The public address of the full notice (for the QR code), or empty.
    pub url: String,
    /// What to print when there is no address.
    pub no_url: String,
    /// "Päivitetty 30.5.2024", or empty.
    pub updated: String,
    /// PDF metadata.
    pub info: DocInfo,
}

/// True for a camera-surveillance register: its name mentions camera surveillance (in
/// Finnish, Swedish or English), or every purpose does. A register with camera surveillance
/// as one purpose among others (a customer register that also records a lobby) is not a
/// camera sign.
pub fn is_camera_surveillance(register: &Register) -> bool {
    const WORDS: [&str; 6] =
        ["kameravalvon", "tallentava valvonta", "kamerabevakning", "kameraövervakning", "camera surveillance", "cctv"];
    let mentions = |t: &Text| t.versions().any(|(_, s)| WORDS.iter().any(|w| s.to_lowercase().contains(w)));
    let purposes: Vec<&Text> = register.purposes.iter().map(|p| &p.description).filter(|t| !t.is_empty()).collect();
    mentions(&register.name) || (!purposes.is_empty() && purposes.iter().all(|t| mentions(t)))
}

/// Builds the poster content of `register` in `lang`.
pub fn poster(register: &Register, lang: Lang) -> Poster {
    let r = register;
    let line = |text: String, field: FieldPath| PosterLine { text, field, missing: false };
    let missing = |field: FieldPath| PosterLine { text: texts::missing(lang).to_owned(), field, missing: true };
    let controller_contact = |f| FieldPath::Controller(Some(ControllerField::Contact(f)));
    let name = clean::clean(r.name.or_any(lang));
    let camera = is_camera_surveillance(r);
    let mut blocks = Vec::new();

    // The register's own short text (the first layer of a layered notice), unlabelled.
    let summary = clean::clean(r.poster_text.get(lang));
    if !summary.is_empty() {
        let field = FieldPath::PosterText(Some(lang));
        blocks.push(PosterBlock { label: String::new(), lines: vec![line(summary, field)], bullets: false });
    }

    // Who processes.
    let controller = clean::clean(r.controller.contact.name.or_any(lang));
    let mut lines = vec![if controller.is_empty() {
        missing(controller_contact(Some(ContactField::Name(Some(lang)))))
    } else {
        line(controller.clone(), controller_contact(Some(ContactField::Name(Some(lang)))))
    }];
    let address = address_line(&r.controller.contact, lang);
    if !address.is_empty() {
        lines.push(line(address, controller_contact(None)));
    }
    blocks.push(PosterBlock { label: texts::poster_controller(lang).to_owned(), lines, bullets: false });

    // For what.
    let mut lines: Vec<PosterLine> = r
        .purposes
        .iter()
        .enumerate()
        .map(|(i, p)| {
            // The purpose's short poster text when it has one, else its whole description.
            let short = clean::clean(p.poster_text.get(lang));
            if !short.is_empty() {
                return line(short, FieldPath::Purposes(List::field(i, PurposeField::PosterText(Some(lang)))));
            }
            let field = FieldPath::Purposes(List::field(i, PurposeField::Description(Some(lang))));
            let text = clean::clean(p.description.get(lang));
            if text.is_empty() { missing(field) } else { line(text, field) }
        })
        .collect();
    if lines.is_empty() {
        lines.push(missing(FieldPath::Purposes(List::All)));
    }
    blocks.push(PosterBlock { label: texts::poster_purposes(lang).to_owned(), bullets: lines.len() > 1, lines });

    // On what basis.
    let mut lines: Vec<PosterLine> = Vec::new();
    for (i, p) in r.purposes.iter().enumerate() {
        for b in &p.legal_bases {
            let text = texts::basis_with_article(*b, lang);
            if !lines.iter().any(|l| l.text == text) {
                lines.push(line(text, FieldPath::Purposes(List::field(i, PurposeField::LegalBases(List::All)))));
            }
        }
    }
    if lines.is_empty() {
        lines.push(missing(FieldPath::Purposes(List::All)));
    }
    blocks.push(PosterBlock { label: texts::poster_bases(lang).to_owned(), bullets: lines.len() > 1, lines });

    // Whom to contact.
    let mut lines = Vec::new();
    let mut people: Vec<(usize, &Contact)> = r
        .contacts
        .iter()
        .enumerate()
        .filter(|(_, c)| c.role == ContactRole::Contact)
        .map(|(i, c)| (i, &c.contact))
        .collect();
    if people.is_empty() {
        people = r.contacts.iter().enumerate().take(1).map(|(i, c)| (i, &c.contact)).collect();
    }
    for (i, c) in people {
        let text = contact_line(c, lang);
        if !text.is_empty() {
            lines.push(line(text, FieldPath::Contacts(List::field(i, ContactPersonField::Contact(None)))));
        }
    }
    if lines.is_empty() {
        let text = reach_line(&r.controller.contact, lang);
        if !text.is_empty() {
            lines.push(line(text, controller_contact(None)));
        }
    }
    let dpo = contact_line(&r.dpo, lang);
    if !dpo.is_empty() {
        lines.push(line(format!("{}: {dpo}", texts::poster_dpo(lang)), FieldPath::Dpo(None)));
    }
    if lines.is_empty() {
        lines.push(missing(FieldPath::Contacts(List::All)));
    }
    blocks.push(PosterBlock { label: texts::poster_contact(lang).to_owned(), lines, bullets: false });

    // The rights, one line each.
    let mut lines: Vec<PosterLine> = r
        .rights
        .listed
        .iter()
        .enumerate()
        .map(|(i, e)| line(e.right.label(lang).to_owned(), FieldPath::Rights(Some(RightsField::Listed(List::at(i))))))
        .collect();
    if lines.is_empty() {
        lines.push(missing(FieldPath::Rights(Some(RightsField::Listed(List::All)))));
    }
    blocks.push(PosterBlock { label: texts::poster_rights(lang).to_owned(), lines, bullets: true });

    let document_name = texts::document_name(lang);
    Poster {
        lang,
        camera,
        kicker: if camera { name.clone() } else { document_name.to_owned() },
        title: if camera {
            texts::camera_title(lang).to_owned()
        } else if name.is_empty() {
            texts::missing(lang).to_owned()
        } else {
            name.clone()
        },
        blocks,
        logo: None,
        logo_alt: format!("{}: {controller}", DocText::Logo.get(lang)),
        draft: String::new(),
        url_label: texts::poster_full_notice(lang).to_owned(),
        camera_alt: texts::poster_camera_alt(lang).to_owned(),
        qr_alt: texts::poster_qr_alt(lang).to_owned(),
        url: clean::clean(&r.public_url),
        no_url: texts::poster_no_url(lang).to_owned(),
        updated: r.updated.map(|d| format!("{} {}", texts::updated(lang), d.display(lang))).unwrap_or_default(),
        info: DocInfo::new(document_name, &name, controller, lang, r.updated),
    }
}

impl Poster {
    /// The poster with the organisation's logo at its top.
    pub fn with_logo(mut self, logo: Option<&crate::model::Logo>) -> Poster {
        self.logo = logo.cloned();
        self
    }

    /// Marks the poster of a register with errors as a draft: `mark` ("LUONNOS") is printed
    /// across it, and the missing marks are left out (a draft says by itself that it is not
    /// complete; a red "[puuttuu]" on a notice board reads as the final text). A block left
    /// with no line is dropped.
    pub fn mark_draft(&mut self, mark: &str) {
        self.draft = mark.to_uppercase();
        for b in &mut self.blocks {
            b.lines.retain(|l| !l.missing);
        }
        self.blocks.retain(|b| !b.lines.is_empty());
    }

    /// Cuts each purpose printed from its whole description (one with no poster text) to its
    /// first sentence, at most `max` characters (cut at a word, with "…"). Returns the fields
    /// it cut, so the caller can tell the DPO which purposes to give a poster text.
    pub fn shorten_purposes(&mut self, max: usize) -> Vec<FieldPath> {
        let mut cut = Vec::new();
        for line in self.blocks.iter_mut().flat_map(|b| b.lines.iter_mut()) {
            let is_description =
                matches!(line.field, FieldPath::Purposes(List::Item(_, Some(PurposeField::Description(_)))));
            if !is_description || line.missing {
                continue;
            }
            let short = first_sentences(&line.text, max);
            if short.len() < line.text.len() {
                line.text = short;
                cut.push(line.field);
            }
        }
        cut
    }
}

/// The start of `text` up to a sentence end at or before `max` characters, or, when the
/// first sentence is longer, up to the last word boundary before `max` with "…". A sentence
/// ends at `.`, `!` or `?` followed by a space and an upper-case letter (so "esim. näin"
/// is not an end), and the text's first part at a blank line. Text of at most `max`
/// characters is returned as it is.
pub fn first_sentences(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    // A paragraph break ends the first part (a purpose's title line, then its text).
    if let Some(end) = chars.windows(2).position(|w| w == ['\n', '\n']).filter(|end| *end <= max) {
        return chars[..end].iter().collect::<String>().trim_end().to_owned();
    }
    let mut cut = None;
    for i in 0..chars.len().saturating_sub(2).min(max) {
        if matches!(chars[i], '.' | '!' | '?') && chars[i + 1] == ' ' && chars[i + 2].is_uppercase() {
            cut = Some(i + 1);
        }
    }
    if let Some(end) = cut {
        return chars[..end].iter().collect();
    }
    let head: String = chars[..max].iter().collect();
    let head = match head.rfind(char::is_whitespace) {
        Some(pos) if pos > 0 => head[..pos].trim_end().to_owned(),
        _ => head,
    };
    format!("{}…", head.trim_end_matches([',', ';', ':', '.']))
}

/// "Valtakatu 26, 94100 Kemi".
fn address_line(c: &Contact, lang: Lang) -> String {
    let street = clean::clean(c.street.or_any(lang)).replace('\n', ", ");
    let city = format!("{} {}", clean::clean(&c.postal_code), clean::clean(c.city.or_any(lang)));
    [street, city.trim().to_owned()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(", ")
}

/// "puh. 016 259 111, kirjaamo@kemi.fi".
fn reach_line(c: &Contact, lang: Lang) -> String {
    let phone = clean::clean(&c.phone);
    let phone = if phone.is_empty() { phone } else { format!("{} {phone}", texts::phone(lang)) };
    [phone, clean::clean(&c.email), clean::clean(&c.web)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// "Jukka Vilén, puh. 040 486 4101, jukka.vilen@kemi.fi".
fn contact_line(c: &Contact, lang: Lang) -> String {
    let name = clean::clean(c.name.or_any(lang)).replace('\n', " ");
    [name, reach_line(c, lang)].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(", ")
}
