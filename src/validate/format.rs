//! Format and plausibility: e-mail, Finnish phone numbers, postal codes, the business ID
//! (Y-tunnus) check digit, web addresses, the supervisory authority's current details, and
//! dates (in the future, in the wrong order, a review date passed, a notice grown old).
//!
//! Dates that do not exist cannot reach the validator: [`crate::model::Date`] refuses them
//! when a file is read.

use super::{Ctx, Detail, Out, Severity};
use crate::model::{
    ComplaintField, Contact, ContactField as Cf, ContactPersonField, ControllerField, FieldPath as P, JointField, List,
};

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    let reg = ctx.reg;
    let c = |f: ControllerField| P::Controller(Some(f));
    contact(&|f| c(ControllerField::Contact(f)), &reg.controller.contact, out);
    for (i, j) in reg.controller.joint.iter().enumerate() {
        contact(&|f| c(ControllerField::Joint(List::field(i, JointField::Contact(f)))), &j.contact, out);
    }
    for (i, p) in reg.contacts.iter().enumerate() {
        contact(&|f| P::Contacts(List::field(i, ContactPersonField::Contact(f))), &p.contact, out);
    }
    contact(&P::Dpo, &reg.dpo, out);
    let authority = |f| P::Complaint(Some(ComplaintField::Authority(f)));
    contact(&authority, &reg.complaint.authority, out);
    stale_authority(authority(None), &reg.complaint.authority, out);

    let id = reg.controller.business_id.trim();
    if !id.is_empty() {
        if let Err(e) = business_id(id) {
            let check_digit = e == BusinessIdError::CheckDigit;
            out.add(c(ControllerField::BusinessId), Detail::BusinessIdInvalid { id: id.to_owned(), check_digit });
        }
    }
    let url = reg.public_url.trim();
    if !url.is_empty() && (!(url.starts_with("https://") || url.starts_with("http://")) || !url_ok(url)) {
        out.add(P::PublicUrl, Detail::PublicUrlInvalid { url: url.to_owned() });
    }
    dates(ctx, out);
}

/// The checks of one contact block; `at` places a field of the block in the register.
fn contact(at: &dyn Fn(Option<Cf>) -> P, c: &Contact, out: &mut Out) {
    let email = c.email.trim();
    if !email.is_empty() {
        if let Some(form) = obfuscation(email) {
            let fixed = deobfuscate(email, form);
            out.add(at(Some(Cf::Email)), Detail::EmailObfuscated { form, fixed });
        } else if !email.split([',', ';']).all(|e| email_ok(e.trim())) {
            out.add(at(Some(Cf::Email)), Detail::EmailInvalid { email: email.to_owned() });
        }
    }
    let phone = c.phone.trim();
    if !phone.is_empty() && !phone.split([',', ';', '/']).all(|p| phone_ok(p.trim())) {
        out.add(at(Some(Cf::Phone)), Detail::PhoneInvalid { phone: phone.to_owned() });
    }
    let code = c.postal_code.trim();
    if !code.is_empty() && !postal_code_ok(code) {
        out.add(at(Some(Cf::PostalCode)), Detail::PostalCodeInvalid { code: code.to_owned() });
    }
    let web = c.web.trim();
    if !web.is_empty() && !url_ok(web) {
        out.add(at(Some(Cf::Web)), Detail::WebInvalid { url: web.to_owned() });
    }
}

/// The Finnish Data Protection Ombudsman's current numbers (GDPR-REFERENCE 1.6), national form.
const AUTHORITY_PHONES: [&str; 2] = ["0295666700", "0295666768"];

/// Out-of-date details in a contact block that is the Data Protection Ombudsman's.
fn stale_authority(path: P, c: &Contact, out: &mut Out) {
    let text = |t: &crate::model::Text| t.versions().any(|(_, s)| s.to_lowercase().contains("tietosuoja"));
    let is_dpa =
        text(&c.name) || c.email.trim().to_lowercase().ends_with("om.fi") || c.postal_code.trim().starts_with("005");
    if !is_dpa {
        return;
    }
    let mut stale: Vec<&str> = Vec::new();
    if c.postal_code.trim() == "00521" {
        stale.push(c.postal_code.trim());
    }
    if c.street.versions().any(|(_, s)| s.to_lowercase().contains("ratapihantie")) {
        stale.push(c.street.or_any(crate::model::Lang::Fi));
    }
    let phone = c.phone.trim();
    if !phone.is_empty()
        && !phone
            .split([',', ';', '/'])
            .all(|p| national_digits(p).is_some_and(|d| AUTHORITY_PHONES.contains(&d.as_str())))
    {
        stale.push(phone);
    }
    if !stale.is_empty() {
        out.add(path, Detail::AuthorityStale { what: stale.join(", ") });
    }
}

fn dates(ctx: &Ctx<'_>, out: &mut Out) {
    let reg = ctx.reg;
    if let Some(record) = &reg.import {
        let left = crate::review::left_to_review(reg);
        out.add(P::Notes, Detail::ImportNotReviewed { source: record.source.clone(), left });
    }
    let today = ctx.today;
    for (path, date) in [(P::Created, reg.created), (P::Updated, reg.updated)] {
        if let Some(date) = date.filter(|d| *d > today) {
            out.add(path, Detail::DateFuture { date });
        }
    }
    if let Some((created, updated)) = reg.created.zip(reg.updated).filter(|(c, u)| c > u) {
        out.add(P::Created, Detail::DatesOrder { created, updated });
    }
    match (reg.next_review, reg.updated) {
        (Some(next_review), _) if next_review < today => out.add(P::NextReview, Detail::ReviewOverdue { next_review }),
        (None, Some(updated)) if updated <= today => {
            let (months, severity) = if updated.add_months(24) <= today {
                (24, Severity::Warning)
            } else if updated.add_months(12) <= today {
                (12, Severity::Hint)
            } else {
                return;
            };
            out.add_as(severity, P::Updated, Detail::UpdatedOld { updated, months });
        }
        _ => {}
    }
}

// ---- The checks themselves ------------------------------------------------------------

/// The obfuscation used in an e-mail address ("(at)", "[at]", ...), if any.
fn obfuscation(email: &str) -> Option<&'static str> {
    let l = email.to_lowercase();
    ["(at)", "[at]", "{at}", "(a)", "(ät)", " at "].into_iter().find(|f| l.contains(f))
}

/// The address with the obfuscation `form` (found in its lowercase) replaced by `@`.
fn deobfuscate(email: &str, form: &str) -> String {
    let lower = email.to_lowercase();
    let parts = lower.find(form).and_then(|i| Some((email.get(..i)?, email.get(i + form.len()..)?)));
    match parts {
        // Offsets agree when lowercasing kept every character's length (always for ASCII).
        Some((local, domain)) if lower.len() == email.len() => format!("{}@{}", local.trim_end(), domain.trim_start()),
        _ => email.replace(form, "@"),
    }
}

/// One address `local@domain.tld`, no spaces, no text glued to it.
pub(crate) fn email_ok(e: &str) -> bool {
    let Some((local, domain)) = e.split_once('@') else { return false };
    let local_char = |c: char| c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c);
    if local.is_empty() || local.len() > 64 || !local.chars().all(local_char) {
        return false;
    }
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return false;
    }
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |l: &&str| {
        !l.is_empty() && !l.starts_with('-') && !l.ends_with('-') && l.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    let tld_ok = labels.last().is_some_and(|t| t.chars().count() >= 2 && t.chars().all(char::is_alphabetic));
    labels.len() >= 2 && labels.iter().all(label_ok) && tld_ok
}

/// The number in national form (`0401234567`) from any usual way of writing a Finnish
/// number; `None` if it has letters or is not Finnish.
fn national_digits(s: &str) -> Option<String> {
    let s = s.trim();
    let mut digits = String::with_capacity(s.len());
    let mut plus = false;
    for c in s.chars() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if digits.is_empty() && !plus => plus = true,
            ' ' | '-' | '(' | ')' | '.' | '\u{A0}' => {}
            _ => return None,
        }
    }
    if plus {
        digits.strip_prefix("358").map(|rest| format!("0{rest}"))
    } else if let Some(rest) = digits.strip_prefix("00358") {
        Some(format!("0{rest}"))
    } else {
        Some(digits)
    }
}

/// A Finnish phone number in one of its real shapes, or an international one.
pub(crate) fn phone_ok(s: &str) -> bool {
    let s = s.trim();
    let only_number_chars = s.chars().all(|c| c.is_ascii_digit() || " -().+\u{A0}".contains(c));
    if !only_number_chars {
        return false;
    }
    let all_digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let foreign = (s.starts_with('+') && !all_digits.starts_with("358"))
        || (all_digits.starts_with("00") && !all_digits.starts_with("000") && !all_digits.starts_with("00358"));
    if foreign {
        return (7..=15).contains(&all_digits.trim_start_matches("00").len());
    }
    let Some(national) = national_digits(s) else { return false };
    // Harmonised European service numbers: 116 xxx.
    if national.len() == 6 && national.starts_with("116") {
        return true;
    }
    let Some(nsn) = national.strip_prefix('0') else { return false };
    let len = nsn.len();
    let b = nsn.as_bytes();
    let (d1, d2) = (b.first().copied().unwrap_or(0), b.get(1).copied().unwrap_or(0));
    let range = match (d1, d2) {
        // Mobile: 04x, 050.
        (b'4', _) | (b'5', b'0') => 7..=10,
        // Nationwide business and service numbers: 010, 020, 029, 030, 039, 07x.
        (b'1', b'0') | (b'2', b'0') | (b'2', b'9') | (b'3', b'0') | (b'3', b'9') | (b'7', _) => 5..=10,
        // Geographic: 013-019, 02, 03, 05, 06 (and 0600), 08 (and 0800), 09.
        (b'1', b'3'..=b'9') | (b'2', _) | (b'3', _) | (b'5', _) | (b'6', _) | (b'8', _) | (b'9', _) => 6..=9,
        _ => return false,
    };
    range.contains(&len)
}

/// Five digits (with an optional `FI-` prefix).
fn postal_code_ok(s: &str) -> bool {
    let s = s.strip_prefix("FI-").unwrap_or(s);
    s.len() == 5 && s.bytes().all(|b| b.is_ascii_digit())
}

/// A web address: no spaces, a dotted host, http(s) if a scheme is given.
fn url_ok(s: &str) -> bool {
    let rest = match s.split_once("://") {
        Some(("http" | "https", rest)) => rest,
        Some(_) => return false,
        None => s,
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !s.chars().any(char::is_whitespace) && host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
}

/// Why a business ID is not valid.
#[derive(Debug, PartialEq, Eq)]
enum BusinessIdError {
    Shape,
    CheckDigit,
}

/// Checks a Y-tunnus `1234567-8`: weights 7,9,10,5,8,4,2; r = sum mod 11; r = 0 gives 0,
/// r = 1 is never issued, otherwise the check digit is 11 - r.
fn business_id(s: &str) -> Result<(), BusinessIdError> {
    let b = s.as_bytes();
    let shape = b.len() == 9 && b[7] == b'-' && b[..7].iter().chain(&b[8..]).all(u8::is_ascii_digit);
    if !shape {
        return Err(BusinessIdError::Shape);
    }
    const WEIGHTS: [u32; 7] = [7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = b[..7].iter().zip(WEIGHTS).map(|(d, w)| u32::from(d - b'0') * w).sum();
    let check = match sum % 11 {
        0 => 0,
        1 => return Err(BusinessIdError::CheckDigit),
        r => 11 - r,
    };
    if u32::from(b[8] - b'0') == check { Ok(()) } else { Err(BusinessIdError::CheckDigit) }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::*;
    use crate::model::*;

    #[test]
    fn emails() {
        assert!(email_ok("tietosuoja@om.fi"));
        assert!(email_ok("maarit.mantykoski@jamsa.fi"));
        assert!(email_ok("kirjaamo@hämeenlinna.fi"));
        assert!(!email_ok("Imatran asiakaspalvelu@imatra.fi"));
        assert!(!email_ok("tietosuoja(at)om.fi"));
        assert!(!email_ok("info@imagoplus"));
        assert!(!email_ok("mailto:info@x.fi"));
        assert_eq!(obfuscation("tietohallinto[at]lappeenranta.fi"), Some("[at]"));
        assert_eq!(obfuscation("tietosuoja(at)om.fi"), Some("(at)"));
        assert_eq!(deobfuscate("Tietosuoja(AT)om.fi", "(at)"), "Tietosuoja@om.fi");
        assert_eq!(deobfuscate("sami.hjelt[at]lappeenranta.fi", "[at]"), "sami.hjelt@lappeenranta.fi");
    }

    #[test]
    fn phones_in_their_real_shapes() {
        for ok in [
            "040 123 4567",
            "+358 40 123 4567",
            "020 6177",
            "016 259 111",
            "029 566 6700",
            "+358 29 566 6700",
            "050 500 1356",
            "(09) 310 1691",
            "09-310 1691",
            "0800 123 456",
            "0600 12345",
            "010 123 4567",
            "116 117",
            "+46 8 123 456 78",
            "06 123 4000",
        ] {
            assert!(phone_ok(ok), "{ok}");
        }
        for bad in ["puh. 040 123 4567", "040", "12345", "0012", "+358 1", "000 123 456", "040 123 4567 8901", "vaihde"]
        {
            assert!(!phone_ok(bad), "{bad}");
        }
    }

    #[test]
    fn business_ids() {
        for ok in ["0245974-7", "0926151-4", "1940671-3", "3226884-5", "1572860-0", "0166094-0"] {
            assert_eq!(business_id(ok), Ok(()), "{ok}");
        }
        assert_eq!(business_id("0245974-8"), Err(BusinessIdError::CheckDigit));
        assert_eq!(business_id("245974-7"), Err(BusinessIdError::Shape));
        assert_eq!(business_id("FI02459747"), Err(BusinessIdError::Shape));
    }

    #[test]
    fn postal_codes_and_urls() {
        assert!(postal_code_ok("00531") && postal_code_ok("FI-22100"));
        assert!(!postal_code_ok("0053") && !postal_code_ok("00531 Helsinki"));
        assert!(url_ok("https://tietosuoja.fi/yhteystiedot") && url_ok("tietosuoja.fi") && url_ok("www.kemi.fi"));
        assert!(!url_ok("tietosuoja") && !url_ok("https://tietosuoja .fi") && !url_ok("ftp://x.fi"));
    }

    #[test]
    fn email_rules() {
        let mut r = complete();
        assert!(!fires(&r, "email-invalid") && !fires(&r, "email-obfuscated"));
        r.controller.contact.email = "Imatran asiakaspalvelu@imatra.fi".into();
        r.dpo.email = "tietosuoja[at]lappeenranta.fi".into();
        assert_eq!(one(&r, "email-invalid").1, "controller.contact.email");
        assert_eq!(one(&r, "email-obfuscated").1, "dpo.email");
    }

    #[test]
    fn phone_rule() {
        let mut r = complete();
        assert!(!fires(&r, "phone-invalid"));
        r.contacts[0].contact.phone = "puh. 040 123".into();
        assert_eq!(one(&r, "phone-invalid").1, "contacts[0].contact.phone");
    }

    #[test]
    fn postal_code_rule() {
        let mut r = complete();
        assert!(!fires(&r, "postal-code-invalid"));
        r.dpo.postal_code = "651".into();
        assert_eq!(one(&r, "postal-code-invalid").1, "dpo.postal_code");
    }

    #[test]
    fn business_id_rule() {
        let mut r = complete();
        assert!(!fires(&r, "business-id-invalid"));
        r.controller.business_id = "0245974-1".into();
        assert_eq!(one(&r, "business-id-invalid").1, "controller.business_id");
    }

    #[test]
    fn url_rule() {
        let mut r = complete();
        assert!(!fires(&r, "url-invalid"));
        r.public_url = "www.jarvela.fi/tietosuoja".into();
        assert_eq!(one(&r, "url-invalid").1, "public_url");
        r.public_url = String::new();
        r.controller.contact.web = "jarvela".into();
        assert_eq!(one(&r, "url-invalid").1, "controller.contact.web");
    }

    #[test]
    fn stale_authority_block() {
        let mut r = complete();
        r.complaint.authority = Contact {
            name: Text::new("Tietosuojavaltuutetun toimisto", "Dataombudsmannens byrå", ""),
            street: Text::fi("PL 800"),
            postal_code: "00531".into(),
            city: Text::fi("Helsinki"),
            phone: "029 566 6700".into(),
            email: "tietosuoja@om.fi".into(),
            ..Contact::default()
        };
        assert!(!fires(&r, "authority-stale"));
        r.complaint.authority.postal_code = "00521".into();
        r.complaint.authority.phone = "+358 29 56 60700".into();
        let f = of(&r, "authority-stale");
        assert_eq!(f.len(), 1);
        assert!(f[0].message(Lang::Fi).contains("00521, +358 29 56 60700"), "{}", f[0].message(Lang::Fi));
    }

    #[test]
    fn date_rules() {
        let mut r = complete();
        assert!(!fires(&r, "date-future") && !fires(&r, "dates-order") && !fires(&r, "review-overdue"));
        r.updated = Date::from_ymd(2025, 7, 1);
        assert_eq!(one(&r, "date-future").1, "updated");
        r.updated = Date::from_ymd(2023, 12, 1);
        assert_eq!(one(&r, "dates-order").1, "created");
        r.next_review = Date::from_ymd(2025, 5, 31);
        assert_eq!(one(&r, "review-overdue").1, "next_review");
    }

    #[test]
    fn updated_old_rule() {
        let mut r = complete();
        r.next_review = None;
        assert!(!fires(&r, "updated-old"));
        r.created = None;
        r.updated = Date::from_ymd(2024, 5, 1);
        assert_eq!(one(&r, "updated-old").0, Severity::Hint);
        r.updated = Date::from_ymd(2018, 5, 24);
        assert_eq!(one(&r, "updated-old").0, Severity::Warning);
    }
}
