//! The description for public access to documents (*asiakirjajulkisuuskuvaus*,
//! Tiedonhallintalaki 906/2019 §28) as an accessible HTML page.
//!
//! Source of the structure: the law itself, §28(1) (Laki julkisen hallinnon
//! tiedonhallinnasta 906/2019, 28 § "Kuvaus asiakirjajulkisuuden toteuttamiseksi"). An
//! information management unit must keep a description of its information resources
//! (*tietovarannot*) and its case register (*asiarekisteri*), containing:
//! 1. the information systems holding case-register data or data of its services;
//! 2. the authority that decides on disclosing the data, with its contact details for
//!    requests for information;
//! 3. the data sets in the systems, by data group;
//! 4. the search criteria by which documents can be found in the case register or systems;
//! 5. whether the data sets are openly available through a technical interface.
//!
//! §28(2) says the description is published on the public network as far as it is not
//! confidential. The page follows that order: requests for information and the contact
//! (item 2) first, as a reader needs it first; then every register as an information
//! resource (items 1 and 3: purpose, systems, data groups, retention, where its privacy
//! notice is), grouped by department; then items 4 and 5, which registers do not record:
//! they are printed with the missing mark, so the page never looks complete without them.

use super::html::{escape, notice_header_parts, text_with_breaks};
use super::site::sort_key;
use crate::i18n::DocText;
use crate::model::{Contact, Lang, Organisation, Register, Status};
use crate::notice::{clean::clean, texts};

/// Where a register's privacy notice can be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeLink {
    /// A page of the same site, by relative address, in the given language.
    Page {
        /// The relative address.
        href: String,
        /// The language of that page.
        lang: Lang,
    },
    /// The register's public address (`public_url`).
    Url(String),
    /// Not published on the web: available from the controller.
    None,
}

impl NoticeLink {
    /// The link for a register outside a site: its public address, if it has one.
    pub fn of_register(register: &Register) -> NoticeLink {
        let url = clean(&register.public_url);
        if url.is_empty() { NoticeLink::None } else { NoticeLink::Url(url) }
    }
}

/// One information resource of the description: a register and where its notice is.
#[derive(Clone, Debug)]
pub struct Resource<'a> {
    /// The register.
    pub register: &'a Register,
    /// Where its notice is.
    pub notice: NoticeLink,
}

/// The page title: "Asiakirjajulkisuuskuvaus".
pub fn title(lang: Lang) -> &'static str {
    DocText::DescriptionPublicAccessDocuments.get(lang)
}

/// The legal reference under the title.
pub fn reference(lang: Lang) -> &'static str {
    DocText::ActInformationManagementPublic.get(lang)
}

/// The language a register's texts are shown in on a page in `lang`: `lang` when the
/// register declares it, else its first language.
pub fn content_lang(register: &Register, lang: Lang) -> Lang {
    let langs = register.notice_languages();
    if langs.contains(&lang) { lang } else { langs.first().copied().unwrap_or(Lang::Fi) }
}

/// The resources sorted as the page lists them: by department (in `lang`, Finnish
/// alphabetical order, registers without a department last), then by name.
pub fn grouped<'r, 'a>(resources: &'r [Resource<'a>], lang: Lang) -> Vec<(String, Vec<&'r Resource<'a>>)> {
    let mut sorted: Vec<&Resource> = resources.iter().collect();
    let key = |r: &Resource| {
        let dept = clean(r.register.department.or_any(lang));
        let name = clean(r.register.name.or_any(content_lang(r.register, lang)));
        (dept.is_empty(), sort_key(&dept), sort_key(&name), name)
    };
    sorted.sort_by_cached_key(|r| key(r));
    let mut groups: Vec<(String, Vec<&Resource>)> = Vec::new();
    for r in sorted {
        let dept = clean(r.register.department.or_any(lang));
        let label = if dept.is_empty() { other_department(lang).to_owned() } else { dept };
        match groups.last_mut() {
            Some((l, list)) if *l == label => list.push(r),
            _ => groups.push((label, vec![r])),
        }
    }
    groups
}

/// The group of registers with no department.
pub fn other_department(lang: Lang) -> &'static str {
    DocText::OtherRegisters.get(lang)
}

/// The body of the description (from the `<header>` with the `h1` to the end of the
/// content), for a page in `lang`. `org` gives the controller and its contact for requests.
/// Every text is escaped.
pub(crate) fn body(out: &mut String, org: &Organisation, resources: &[Resource], lang: Lang) {
    let controller = clean(org.controller.contact.name.or_any(lang));
    notice_header_parts(out, reference(lang), title(lang), false, &controller);
    out.push_str("<p>");
    out.push_str(escape(DocText::GiveEffectPrincipleOpenness.get(lang)).as_str());
    out.push_str("</p>\n");

    // §28(1)(2): who decides on disclosure, and how to ask.
    out.push_str("<section aria-labelledby=\"requests\">\n<h2 id=\"requests\">1. ");
    out.push_str(escape(DocText::RequestsInformation.get(lang)).as_str());
    out.push_str("</h2>\n<p>");
    out.push_str(escape(DocText::ControllerDecidesDisclosingData.get(lang)).as_str());
    out.push_str("</p>\n");
    contact_block(out, &org.controller.contact, lang);
    out.push_str("</section>\n");

    // §28(1)(1) and (3): the information resources, their systems and data groups.
    out.push_str("<section aria-labelledby=\"resources\">\n<h2 id=\"resources\">2. ");
    out.push_str(escape(DocText::InformationResources.get(lang)).as_str());
    out.push_str("</h2>\n<p>");
    out.push_str(escape(DocText::InformationResourcesContainingPersonal.get(lang)).as_str());
    out.push_str("</p>\n");
    if resources.is_empty() {
        out.push_str(&format!("<p><strong class=\"missing\">{}</strong></p>\n", escape(texts::missing(lang))));
    }
    let mut n = 0;
    for (d, (department, list)) in grouped(resources, lang).iter().enumerate() {
        out.push_str(&format!("<section aria-labelledby=\"d{d}\">\n<h3 id=\"d{d}\">"));
        text_with_breaks(out, department);
        out.push_str("</h3>\n");
        for r in list {
            n += 1;
            resource(out, r, lang, n);
        }
        out.push_str("</section>\n");
    }
    out.push_str("</section>\n");

    // §28(1)(4) and (5): not in the registers.
    out.push_str("<section aria-labelledby=\"search\">\n<h2 id=\"search\">3. ");
    out.push_str(escape(DocText::CaseRegisterSearchCriteria.get(lang)).as_str());
    out.push_str("</h2>\n<p>");
    out.push_str(&format!("<strong class=\"missing\">{}</strong> ", escape(texts::missing(lang))));
    out.push_str(escape(DocText::CaseRegisterSearchCriteriaWhich.get(lang)).as_str());
    out.push_str("</p>\n</section>\n");
}

/// One register as an information resource: an `h4` and a description list.
fn resource(out: &mut String, res: &Resource, lang: Lang, n: usize) {
    let r = res.register;
    let cl = content_lang(r, lang);
    let lang_attr = if cl == lang { String::new() } else { format!(" lang=\"{}\"", cl.code()) };
    let missing = || format!("<strong class=\"missing\">{}</strong>", escape(texts::missing(lang)));
    let name = clean(r.name.or_any(cl));
    out.push_str(&format!("<article aria-labelledby=\"r{n}\">\n<h4 id=\"r{n}\"{lang_attr}>"));
    if name.is_empty() {
        out.push_str(&missing());
    } else {
        text_with_breaks(out, &name);
    }
    out.push_str("</h4>\n");
    if r.status != Status::Published {
        out.push_str(&format!("<p class=\"draft\">{}</p>\n", escape(r.status.label(lang))));
    }
    out.push_str("<dl>\n");
    let mut item = |label: &str, values: Vec<String>| {
        out.push_str(&format!("<dt>{}</dt>\n", escape(label)));
        if values.is_empty() {
            out.push_str(&format!("<dd>{}</dd>\n", missing()));
        }
        for v in values {
            out.push_str(&format!("<dd{lang_attr}>"));
            text_with_breaks(out, &v);
            out.push_str("</dd>\n");
        }
    };
    let purposes = r.purposes.iter().map(|p| clean(p.description.get(cl))).filter(|s| !s.is_empty()).collect();
    item(DocText::PurposeOfUse.get(lang), purposes);
    let systems = r
        .security
        .systems
        .iter()
        .map(|s| {
            let (name, vendor) = (clean(&s.name), clean(&s.vendor));
            if vendor.is_empty() { name } else { format!("{name} ({vendor})") }
        })
        .filter(|s| !s.is_empty())
        .collect();
    item(DocText::InformationSystems.get(lang), systems);
    let groups = r.data.categories.iter().map(|c| clean(c.name.or_any(cl))).filter(|s| !s.is_empty()).collect();
    item(DocText::DataGroups.get(lang), groups);
    let mut retention: Vec<String> = r
        .retention
        .rules
        .iter()
        .map(|rule| {
            let (data, period) = (clean(rule.data.get(cl)), clean(rule.period.get(cl)));
            if data.is_empty() { period } else { format!("{data}: {period}") }
        })
        .filter(|s| !s.is_empty())
        .collect();
    retention.extend([clean(r.retention.criteria.get(cl)), clean(r.retention.records_plan.get(cl))]);
    retention.retain(|s| !s.is_empty());
    item(DocText::Retention.get(lang), retention);
    out.push_str(&format!("<dt>{}</dt>\n<dd>", escape(texts::document_name(lang))));
    match &res.notice {
        NoticeLink::Page { href, lang: page_lang } => {
            let attrs = if *page_lang == lang {
                String::new()
            } else {
                format!(" hreflang=\"{0}\" lang=\"{0}\"", page_lang.code())
            };
            let text = if name.is_empty() { texts::document_name(*page_lang).to_owned() } else { name.clone() };
            out.push_str(&format!("<a href=\"{}\"{attrs}>{}</a>", escape(href), escape(&text)));
        }
        NoticeLink::Url(url) => {
            out.push_str(&format!("<a href=\"{0}\">{0}</a>", escape(url)));
        }
        NoticeLink::None => out.push_str(escape(texts::poster_no_url(lang)).as_str()),
    }
    out.push_str("</dd>\n</dl>\n</article>\n");
}

/// A contact block (`<address>`): name, street, postal code and city, phone, e-mail, web.
/// An empty contact prints the missing mark.
fn contact_block(out: &mut String, c: &Contact, lang: Lang) {
    let city = format!("{} {}", clean(&c.postal_code), clean(c.city.or_any(lang))).trim().to_owned();
    let phone = clean(&c.phone);
    let lines: Vec<String> = [
        clean(c.name.or_any(lang)),
        clean(c.street.or_any(lang)),
        city,
        if phone.is_empty() { phone } else { format!("{} {phone}", texts::phone(lang)) },
        clean(&c.email),
        clean(&c.web),
    ]
    .into_iter()
    .filter(|l| !l.is_empty())
    .collect();
    if lines.is_empty() {
        out.push_str(&format!("<p><strong class=\"missing\">{}</strong></p>\n", escape(texts::missing(lang))));
        return;
    }
    out.push_str("<address>");
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push_str("<br>\n");
        }
        text_with_breaks(out, line);
    }
    out.push_str("</address>\n");
}

/// Extra style for the description and the site: description lists and draft marks.
pub(crate) const CSS: &str = "\
dl{margin:0 0 1rem}
dt{font-weight:700;margin-top:.5rem}
dd{margin:0 0 .25rem 1.25rem}
h3{margin:1.75rem 0 .5rem;font-size:1.15rem}
h4{margin:1.25rem 0 .25rem;font-size:1.05rem}
article{border-top:1px solid #767676;padding-top:.25rem}
.draft{display:inline-block;border:2px solid #b00020;color:#b00020;padding:.1rem .5rem;font-weight:700}
";

/// The description as a complete, self-contained HTML page in `lang` (for
/// `seloste record DIR --format description`).
pub fn page(org: &Organisation, resources: &[Resource], lang: Lang) -> Vec<u8> {
    let controller = clean(org.controller.contact.name.or_any(lang));
    let page_title =
        if controller.is_empty() { title(lang).to_owned() } else { format!("{}: {controller}", title(lang)) };
    let mut out = String::new();
    super::html::page_start(&mut out, lang.code(), &page_title, &controller, reference(lang), CSS, "");
    out.push_str("<main>\n");
    body(&mut out, org, resources, lang);
    out.push_str("</main>\n</body>\n</html>\n");
    out.into_bytes()
}
