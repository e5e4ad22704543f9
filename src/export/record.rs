//! The record of processing activities (Art. 30(1)) of a workspace: one row per register
//! with the columns a supervisory authority asks for, as plain data, then as CSV (UTF-8 with
//! a byte-order mark, so Excel shows å ä ö right; semicolons between fields) or as an Excel workbook.
//!
//! Multi-valued cells (purposes, categories, recipients, ...) are joined with `"; "`;
//! dates are written `d.m.yyyy`. Free texts are taken in the record's language, or in any
//! language the register has when that one is empty.

use crate::i18n::DocText;
use crate::model::{Answer, Contact, Date, Lang, Register, Text};

/// The columns, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// The register file's name.
    File,
    /// The register's name (Art. 30(1)(b) names the processing).
    Name,
    /// Controller and joint controllers with contact details (30(1)(a)).
    Controller,
    /// The data protection officer (30(1)(a)).
    Dpo,
    /// Purposes of the processing (30(1)(b)).
    Purposes,
    /// Legal bases (Art. 6(1)) and the laws they rest on.
    LegalBases,
    /// Categories of data subjects (30(1)(c)).
    Subjects,
    /// Categories of personal data (30(1)(c)).
    DataCategories,
    /// Recipients, including processors (30(1)(d)).
    Recipients,
    /// Transfers outside the EU/EEA and their safeguards (30(1)(e)).
    Transfers,
    /// Retention periods (30(1)(f)).
    Retention,
    /// Technical and organisational security measures (30(1)(g)).
    Security,
    /// Draft, in review, published.
    Status,
    /// Last updated.
    Updated,
    /// Next review date.
    NextReview,
    /// Drafted, checked and approved by (name, title, date each); never on the notice.
    Approvals,
    /// The DPO's opinion and its date (Art. 39(1)); never on the notice.
    DpoOpinion,
    /// Each processor's contract: reference, signed and end dates, locations (Art. 28(3)).
    ProcessorContracts,
    /// Whether a DPIA is required (Art. 35), why, its reference and date.
    Dpia,
    /// The last published version and its date (`seloste publish`).
    LastPublished,
}

impl Column {
    /// Every column in the order of the record.
    pub const ALL: [Column; 20] = [
        Column::File,
        Column::Name,
        Column::Controller,
        Column::Dpo,
        Column::Purposes,
        Column::LegalBases,
        Column::Subjects,
        Column::DataCategories,
        Column::Recipients,
        Column::Transfers,
        Column::Retention,
        Column::Security,
        Column::Status,
        Column::Updated,
        Column::NextReview,
        Column::Approvals,
        Column::DpoOpinion,
        Column::ProcessorContracts,
        Column::Dpia,
        Column::LastPublished,
    ];

    /// The column heading in `lang`.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Column::File => DocText::File.get(lang),
            Column::Name => DocText::RegisterName.get(lang),
            Column::Controller => DocText::Controller.get(lang),
            Column::Dpo => DocText::DataProtectionOfficer.get(lang),
            Column::Purposes => DocText::Purposes.get(lang),
            Column::LegalBases => DocText::LegalBases.get(lang),
            Column::Subjects => DocText::DataSubjectCategories.get(lang),
            Column::DataCategories => DocText::PersonalDataCategories.get(lang),
            Column::Recipients => DocText::Recipients.get(lang),
            Column::Transfers => DocText::TransfersOutsideEUEEASafeguards.get(lang),
            Column::Retention => DocText::RetentionPeriods.get(lang),
            Column::Security => DocText::SecurityMeasuresShort.get(lang),
            Column::Status => DocText::Status.get(lang),
            Column::Updated => DocText::Updated.get(lang),
            Column::NextReview => DocText::NextReview.get(lang),
            Column::Approvals => DocText::Approvals.get(lang),
            Column::DpoOpinion => DocText::DPOsOpinion.get(lang),
            Column::ProcessorContracts => DocText::ProcessorContracts.get(lang),
            Column::Dpia => DocText::Dpia.get(lang),
            Column::LastPublished => DocText::LastPublishedVersion.get(lang),
        }
    }
}

/// The record: headings and one row of cells per register, in [`Column::ALL`] order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// The column headings.
    pub header: Vec<String>,
    /// One row per register.
    pub rows: Vec<Vec<String>>,
}

/// Builds the record of `registers` (file name, register) in `lang`, in the order given.
pub fn build(registers: &[(String, &Register)], lang: Lang) -> Record {
    let header = Column::ALL.iter().map(|c| c.label(lang).to_owned()).collect();
    let rows =
        registers.iter().map(|(file, r)| Column::ALL.iter().map(|c| cell(*c, file, r, lang)).collect()).collect();
    Record { header, rows }
}

/// A free text in `lang` or any language, trimmed.
fn text(t: &Text, lang: Lang) -> String {
    t.or_any(lang).trim().to_owned()
}

/// Non-empty parts joined with `sep`.
fn join(parts: impl IntoIterator<Item = String>, sep: &str) -> String {
    parts.into_iter().filter(|p| !p.trim().is_empty()).collect::<Vec<_>>().join(sep)
}

/// A contact on one line: name, title, address, phone, e-mail.
fn contact(c: &Contact, lang: Lang) -> String {
    let place = join([c.postal_code.trim().to_owned(), text(&c.city, lang)], " ");
    join(
        [
            text(&c.name, lang),
            text(&c.title, lang),
            text(&c.street, lang),
            place,
            c.phone.trim().to_owned(),
            c.email.trim().to_owned(),
            c.web.trim().to_owned(),
        ],
        ", ",
    )
}

fn date(d: Option<Date>) -> String {
    d.map(Date::finnish).unwrap_or_default()
}

/// "Ei" / "Nej" / "No" for an explicit no, nothing when unanswered.
fn no(answer: Answer, lang: Lang) -> Option<String> {
    (answer == Answer::No).then(|| Answer::No.label(lang).to_owned())
}

fn cell(column: Column, file: &str, r: &Register, lang: Lang) -> String {
    let multi = "; ";
    match column {
        Column::File => file.to_owned(),
        Column::Name => text(&r.name, lang),
        Column::Controller => {
            let c = &r.controller;
            let main = join([contact(&c.contact, lang), c.business_id.trim().to_owned(), text(&c.body, lang)], ", ");
            let joint = c.joint.iter().map(|j| {
                let resp = text(&j.responsibility, lang);
                let who = contact(&j.contact, lang);
                if resp.is_empty() { who } else { format!("{who} ({resp})") }
            });
            join(std::iter::once(main).chain(joint), multi)
        }
        Column::Dpo => contact(&r.dpo, lang),
        Column::Purposes => join(r.purposes.iter().map(|p| text(&p.description, lang)), multi),
        Column::LegalBases => {
            let bases = r.legal_bases().into_iter().map(|b| format!("{} ({})", b.label(lang), b.article()));
            let laws = r.purposes.iter().map(|p| text(&p.law, lang));
            let interests = r.purposes.iter().map(|p| text(&p.legitimate_interests, lang));
            let mut parts: Vec<String> = Vec::new();
            for p in bases.chain(laws).chain(interests).chain([text(&r.legal_basis_text, lang)]) {
                if !p.is_empty() && !parts.contains(&p) {
                    parts.push(p);
                }
            }
            parts.join(multi)
        }
        Column::Subjects => join(r.subjects.iter().map(|s| text(s, lang)), multi),
        Column::DataCategories => {
            let cats = r.data.categories.iter().map(|c| {
                let name = text(&c.name, lang);
                match c.special {
                    Some(kind) => format!("{name} ({})", kind.label(lang)),
                    None => name,
                }
            });
            let listed = join(cats, multi);
            if listed.is_empty() { text(&r.data.description, lang) } else { listed }
        }
        Column::Recipients => {
            let rec = &r.recipients;
            let listed = rec.list.iter().map(|x| {
                let name = text(&x.name, lang);
                let data = text(&x.data, lang);
                if data.is_empty() { name } else { format!("{name} ({data})") }
            });
            let processor_word = DocText::Processor.get(lang);
            let processors = r.processors.list.iter().map(|p| {
                let task = text(&p.task, lang);
                let what = join([processor_word.to_owned(), task], ": ");
                format!("{} ({what})", p.name.trim())
            });
            let mut parts: Vec<String> = listed.chain(processors).filter(|p| !p.trim().is_empty()).collect();
            if parts.is_empty() {
                let none = no(rec.disclosures, lang).map(|_| DocText::NoRegularDisclosures.get(lang).to_owned());
                parts.extend(none.or_else(|| Some(text(&rec.description, lang))));
            }
            join(parts, multi)
        }
        Column::Transfers => {
            let t = &r.transfers;
            let listed = join(
                t.list.iter().map(|x| {
                    let place = join([text(&x.country, lang), x.recipient.trim().to_owned()], ", ");
                    let how = join(
                        [x.safeguard.map(|s| s.label(lang).to_owned()).unwrap_or_default(), text(&x.details, lang)],
                        ", ",
                    );
                    if how.is_empty() { place } else { format!("{place}: {how}") }
                }),
                multi,
            );
            if !listed.is_empty() {
                listed
            } else if let Some(no) = no(t.answer, lang) {
                no
            } else {
                text(&t.description, lang)
            }
        }
        Column::Retention => {
            let ret = &r.retention;
            let rules = ret.rules.iter().map(|x| join([text(&x.data, lang), text(&x.period, lang)], ": "));
            join(rules.chain([text(&ret.criteria, lang), text(&ret.records_plan, lang)]), multi)
        }
        Column::Security => {
            let s = &r.security;
            let systems = s.systems.iter().map(|x| {
                let vendor = x.vendor.trim();
                if vendor.is_empty() { x.name.trim().to_owned() } else { format!("{} ({vendor})", x.name.trim()) }
            });
            join(
                [text(&s.general, lang), text(&s.electronic, lang), text(&s.manual, lang)].into_iter().chain(systems),
                multi,
            )
        }
        Column::Status => r.status.label(lang).to_owned(),
        Column::Updated => date(r.updated),
        Column::NextReview => date(r.next_review),
        Column::Approvals => approvals_cell(r, lang),
        Column::DpoOpinion => {
            let o = &r.dpo_opinion;
            let text = o.text.split_whitespace().collect::<Vec<_>>().join(" ");
            join([date(o.date), text], ": ")
        }
        Column::ProcessorContracts => contracts_cell(r, lang),
        Column::Dpia => {
            let d = &r.dpia;
            let required = match d.required {
                Answer::Yes => DocText::Required.get(lang),
                Answer::No => DocText::NotRequired.get(lang),
                Answer::Unanswered => DocText::NotAssessed.get(lang),
            };
            join([required.to_owned(), d.reason.trim().to_owned(), d.reference.trim().to_owned(), date(d.date)], multi)
        }
        Column::LastPublished => match r.history.iter().max_by_key(|v| v.version) {
            Some(v) => join([v.version.to_string(), date(v.date)], ", "),
            None => String::new(),
        },
    }
}

/// Drafted, checked and approved by, each `Role: name, title, d.m.yyyy`.
fn approvals_cell(r: &Register, lang: Lang) -> String {
    let multi = "; ";
    let a = &r.approvals;
    let role = |role: DocText, x: &crate::model::Approval| {
        if x.is_empty() { String::new() } else { format!("{}: {}", role.get(lang), x.summary()) }
    };
    join(
        [role(DocText::Drafted, &a.drafted), role(DocText::Checked, &a.checked), role(DocText::Approved, &a.approved)],
        multi,
    )
}

/// Each processor's contract: `Name: reference, signed d.m.yyyy, ends d.m.yyyy, locations`.
fn contracts_cell(r: &Register, lang: Lang) -> String {
    let multi = "; ";
    join(
        r.processors.list.iter().map(|p| {
            let signed = p.signed.map(|d| format!("{} {}", DocText::Signed.get(lang), d.finnish()));
            let ends = p.ends.map(|d| format!("{} {}", DocText::Ends.get(lang), d.finnish()));
            let locations =
                p.locations.iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(", ");
            let parts = join(
                [p.contract.trim().to_owned(), signed.unwrap_or_default(), ends.unwrap_or_default(), locations],
                ", ",
            );
            if parts.is_empty() { String::new() } else { format!("{}: {parts}", p.name.trim()) }
        }),
        multi,
    )
}

/// True when a spreadsheet would read a cell starting like `s` as a formula: `=`, `+`,
/// `-`, `@`, a tab or a carriage return first (OWASP, "CSV Injection").
pub fn looks_like_formula(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// One CSV field: a cell a spreadsheet would run as a formula gets a leading apostrophe
/// (OWASP), so that it shows as the text it is; quoted when it holds a separator, a quote
/// or a line break, quotes doubled. The apostrophe is added to the cell as written, after
/// any trimming, so no trim can expose a bare `=`.
fn csv_field(out: &mut String, s: &str) {
    let escaped;
    let s = if looks_like_formula(s) {
        escaped = format!("'{s}");
        escaped.as_str()
    } else {
        s
    };
    if s.contains([',', '"', '\n', '\r', ';']) || s.starts_with(' ') || s.ends_with(' ') {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

/// The field separator: a semicolon, the list separator of Excel in Finnish and Swedish
/// settings (where the comma is the decimal mark), so that a double-click opens the record
/// in columns there.
pub const CSV_SEPARATOR: char = ';';

/// The record as CSV (RFC 4180 quoting and CRLF line ends, [`CSV_SEPARATOR`] between
/// fields), UTF-8 with a byte-order mark.
pub fn to_csv(record: &Record) -> Vec<u8> {
    let mut out = String::from('\u{feff}');
    for row in std::iter::once(&record.header).chain(&record.rows) {
        for (i, field) in row.iter().enumerate() {
            if i > 0 {
                out.push(CSV_SEPARATOR);
            }
            csv_field(&mut out, field);
        }
        out.push_str("\r\n");
    }
    out.into_bytes()
}

/// Why the workbook could not be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the workbook could not be written: {0}")]
pub struct XlsxError(String);

impl From<rust_xlsxwriter::XlsxError> for XlsxError {
    fn from(e: rust_xlsxwriter::XlsxError) -> Self {
        XlsxError(e.to_string())
    }
}

/// The height in points a row of wrapped cells needs, estimated from the longest cell
/// (characters per line about the column width), at most Excel's 409 points.
fn row_height(cells: &[String], widths: &[usize]) -> f64 {
    let lines = cells
        .iter()
        .zip(widths)
        .map(|(cell, width)| {
            cell.split('\n').map(|l| l.chars().count().div_ceil((*width).max(1)).max(1)).sum::<usize>()
        })
        .max()
        .unwrap_or(1);
    (15.0 * lines as f64).min(409.0)
}

/// The worksheet's name (Excel allows at most 31 characters).
const SHEET_NAME: &str = "Art. 30";

/// The record as an Excel workbook: one sheet, bold frozen headings with a filter,
/// wrapped cells, every value as text (dates too, so that they read as in the CSV).
pub fn to_xlsx(record: &Record) -> Result<Vec<u8>, XlsxError> {
    use rust_xlsxwriter::{Format, FormatAlign, Workbook};
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(SHEET_NAME)?;
    let head = Format::new().set_bold().set_text_wrap().set_align(FormatAlign::Top).set_background_color("#DDE4EE");
    let body = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let widths: Vec<usize> = (0..record.header.len())
        .map(|c| {
            let narrow = matches!(
                Column::ALL.get(c),
                Some(Column::File | Column::Status | Column::Updated | Column::NextReview)
            );
            if narrow { 16 } else { 36 }
        })
        .collect();
    for (c, (title, width)) in record.header.iter().zip(&widths).enumerate() {
        let col = u16::try_from(c).map_err(|_| XlsxError("too many columns".to_owned()))?;
        sheet.write_string_with_format(0, col, title, &head)?;
        sheet.set_column_width(col, u16::try_from(*width).unwrap_or(36))?;
    }
    sheet.set_row_height(0, row_height(&record.header, &widths))?;
    for (r, row) in record.rows.iter().enumerate() {
        let line = u32::try_from(r + 1).map_err(|_| XlsxError("too many rows".to_owned()))?;
        for (c, value) in row.iter().enumerate() {
            let col = u16::try_from(c).map_err(|_| XlsxError("too many columns".to_owned()))?;
            sheet.write_string_with_format(line, col, value, &body)?;
        }
        // Not every spreadsheet fits wrapped rows on opening: give each row its height.
        sheet.set_row_height(line, row_height(row, &widths))?;
    }
    // Printed: landscape A4, one page wide, the headings on every page.
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0)?;
    let last_col = u16::try_from(record.header.len().saturating_sub(1)).unwrap_or(0);
    let last_row = u32::try_from(record.rows.len()).unwrap_or(0);
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, last_row, last_col)?;
    Ok(workbook.save_to_buffer()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let record = Record {
            header: vec!["a".into(), "b".into()],
            rows: vec![vec!["x, y".into(), "say \"hi\"\nthere".into()], vec!["plain".into(), "åäö".into()]],
        };
        let csv = String::from_utf8(to_csv(&record)).unwrap();
        assert_eq!(csv, "\u{feff}a;b\r\n\"x, y\";\"say \"\"hi\"\"\nthere\"\r\nplain;åäö\r\n");
    }

    #[test]
    fn csv_cells_that_look_like_formulas_are_prefixed() {
        let record = Record {
            header: vec!["a".into()],
            rows: ["=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1", "1-2", "ok"]
                .iter()
                .map(|c| vec![(*c).to_owned()])
                .collect(),
        };
        let csv = String::from_utf8(to_csv(&record)).unwrap();
        let cells: Vec<String> = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(csv.trim_start_matches('\u{feff}').as_bytes())
            .records()
            .map(|r| r.unwrap()[0].to_owned())
            .collect();
        assert_eq!(cells, ["'=HYPERLINK(\"http://x\")", "'+1", "'-1", "'@SUM(A1)", "'\t=1+1", "'\r=1", "1-2", "ok"]);
    }
}
