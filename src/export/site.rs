//! A workspace as a static web site: what a municipality puts online, made offline.
//!
//! Layout of the site (every link relative, so the folder works from a USB stick, a file
//! share or any web server; no external files, fonts or scripts):
//! - `index.html`: the choice of language;
//! - `<lang>/index.html`: the registers by department, with name, short purpose, status and
//!   the last published version and date; a search box (the only script, inline: the box is
//!   hidden until the script shows it, everything else works with scripts off);
//! - `<lang>/<slug>.html`: a register's layered notice: a first layer (controller, purposes,
//!   legal basis, the rights one line each, contact), links to the PDF and poster, then the
//!   full notice as the HTML export renders it;
//! - `<lang>/description.html`: the Tiedonhallintalaki §28 description ([`super::description`]);
//! - `files/<slug>-<lang>.pdf`, `files/<slug>-<lang>-poster.pdf`;
//! - `sitemap.xml` (sitemaps.org 0.9, with `hreflang` alternates). Its addresses are absolute
//!   when a base URL is given (as the protocol asks), else relative to the sitemap.
//!
//! The same workspace gives the same bytes: no clock, sorted order, PDFs dated by the
//! register's "updated" date. Only `Published` registers appear unless drafts are asked for.

use super::description::{self, NoticeLink, Resource, content_lang};
use super::html::{self, escape};
use super::{Format, Options};
use crate::i18n::DocText;
use crate::model::{Date, Lang, Organisation, Register, Status};
use crate::notice::{self, Block, Span, clean::clean, texts};

/// What to publish.
#[derive(Clone, Debug)]
pub struct Input<'a> {
    /// The organisation profile (the controller and its contact for the §28 description).
    pub organisation: &'a Organisation,
    /// The registers with the file name each came from (its stem names the pages).
    pub registers: Vec<(String, &'a Register)>,
    /// Include registers that are not `Published` (marked as such on every page).
    pub drafts: bool,
    /// The address the site will be served from (`https://…/`), for the sitemap.
    pub base_url: Option<String>,
}

/// The site: files by relative path (`/`-separated), sorted, and warnings for the user.
#[derive(Clone, Debug, Default)]
pub struct Site {
    /// Relative path and bytes of each file, sorted by path.
    pub files: Vec<(String, Vec<u8>)>,
    /// Things the user should know: posters that did not fit, characters a PDF font lacks.
    pub warnings: Vec<String>,
}

/// Why a site cannot be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SiteError {
    /// The base URL is not an `http://` or `https://` address.
    #[error("--base-url {0:?}: give an http:// or https:// address, e.g. https://www.example.fi/tietosuoja/")]
    BaseUrl(String),
}

/// A full notice longer than this (characters of text) gets the "read the full notice" link.
pub const LONG_NOTICE_CHARS: usize = 2500;

/// Purposes in the first layer are cut at a sentence boundary near this many characters.
pub const SHORT_PURPOSE_CHARS: usize = 240;

/// The version of a register the index shows as its last published one.
///
/// The newest entry of the register's history (`seloste publish`); a register never
/// published shows its "updated" date without a version number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PublishedVersion {
    /// The version number, when the register has been published.
    pub version: Option<u32>,
    /// The date of that version (else "updated").
    pub date: Option<Date>,
}

/// The last published version of `register` (see [`PublishedVersion`]).
pub fn last_published(register: &Register) -> PublishedVersion {
    match register.history.iter().max_by_key(|v| v.version) {
        Some(v) => PublishedVersion { version: Some(v.version), date: v.date.or(register.updated) },
        None => PublishedVersion { version: None, date: register.updated },
    }
}

/// How the index writes a published version: "versio 3, 30.5.2024", "30.5.2024" or "–".
pub fn version_text(v: PublishedVersion, lang: Lang) -> String {
    let date = v.date.map(|d| d.display(lang));
    match (v.version, date) {
        (Some(n), Some(d)) => format!("{} {n}, {d}", DocText::VersionLower.get(lang)),
        (Some(n), None) => format!("{} {n}", DocText::VersionLower.get(lang)),
        (None, Some(d)) => d,
        (None, None) => "–".to_owned(),
    }
}

/// A sort key for Finnish and Swedish alphabetical order: case-insensitive, with å, ä, ö
/// (and æ, ø) after z, as in both languages' alphabets; other letters by code point
/// (v and w apart, as in the current Finnish standard SFS 4600).
pub fn sort_key(s: &str) -> Vec<u32> {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'å' => 'z' as u32 + 1,
            'ä' | 'æ' => 'z' as u32 + 2,
            'ö' | 'ø' => 'z' as u32 + 3,
            _ => c as u32,
        })
        .collect()
}

pub use crate::notice::first_sentences;

/// A file name stem safe in a URL: ASCII letters, digits, `-` and `_`; anything else `-`.
fn slug(file_name: &str) -> String {
    let stem = file_name.strip_suffix(".ron").unwrap_or(file_name);
    let s: String = stem
        .chars()
        .map(|c| match c {
            'ä' | 'å' => 'a',
            'Ä' | 'Å' => 'A',
            'ö' => 'o',
            'Ö' => 'O',
            c if c.is_ascii_alphanumeric() || c == '-' || c == '_' => c,
            _ => '-',
        })
        .collect();
    if s.is_empty() || s == "index" || s == "description" { format!("r-{s}") } else { s }
}

/// One published register with its page name and languages.
struct Entry<'a> {
    slug: String,
    file: String,
    register: &'a Register,
    langs: Vec<Lang>,
}

impl Entry<'_> {
    /// The address of this register's page in `page_lang`, from a page in `from`.
    fn href(&self, page_lang: Lang, from: Lang) -> String {
        if page_lang == from {
            format!("{}.html", self.slug)
        } else {
            format!("../{}/{}.html", page_lang.code(), self.slug)
        }
    }
}

/// The PDFs of one register in one language, when they could be made.
#[derive(Default)]
struct Downloads {
    notice: Option<(String, usize)>,
    poster: Option<(String, usize)>,
}

/// Builds the site for `input`. Pure: the caller writes the files (through `store`).
pub fn build(input: &Input) -> Result<Site, SiteError> {
    let base = match &input.base_url {
        None => None,
        Some(url) => Some(check_base_url(url)?),
    };
    let mut site = Site::default();
    let mut entries: Vec<Entry> = Vec::new();
    let mut sorted: Vec<&(String, &Register)> = input.registers.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    for (file, register) in sorted {
        if register.status != Status::Published && !input.drafts {
            continue;
        }
        let mut s = slug(file);
        let base_slug = s.clone();
        let mut n = 2;
        while entries.iter().any(|e| e.slug == s) {
            s = format!("{base_slug}-{n}");
            n += 1;
        }
        entries.push(Entry { slug: s, file: file.clone(), register, langs: register.notice_languages() });
    }
    let mut langs: Vec<Lang> = entries.iter().flat_map(|e| e.langs.iter().copied()).collect();
    if langs.is_empty() {
        langs = input.organisation.languages.clone();
    }
    if langs.is_empty() {
        langs.push(Lang::Fi);
    }
    langs.sort();
    langs.dedup();

    // The PDFs: independent, so spread over the cores.
    let jobs: Vec<(usize, Lang, bool)> = entries
        .iter()
        .enumerate()
        .flat_map(|(i, e)| e.langs.iter().flat_map(move |l| [(i, *l, false), (i, *l, true)]))
        .collect();
    let results = parallel(&jobs, |(i, lang, poster)| {
        super::export(
            entries[*i].register,
            &Options { lang: *lang, poster: *poster, format: Format::Pdf, paper: crate::layout::Paper::A4 },
        )
    });
    let mut downloads: Vec<Vec<(Lang, Downloads)>> =
        entries.iter().map(|e| e.langs.iter().map(|l| (*l, Downloads::default())).collect()).collect();
    for ((i, lang, poster), result) in jobs.iter().zip(results) {
        let e = &entries[*i];
        let what = if *poster { "poster" } else { "notice" };
        match result {
            Ok(out) => {
                for w in &out.warnings {
                    site.warnings.push(format!("{}: warning: {w} ({lang})", e.file));
                }
                let path = format!("files/{}-{}{}.pdf", e.slug, lang.code(), if *poster { "-poster" } else { "" });
                let size = out.bytes.len();
                if let Some((_, d)) = downloads[*i].iter_mut().find(|(l, _)| l == lang) {
                    let slot = if *poster { &mut d.poster } else { &mut d.notice };
                    *slot = Some((format!("../{path}"), size));
                }
                site.files.push((path, out.bytes));
            }
            Err(err) => {
                site.warnings.push(format!("{}: {what} ({lang}) left out of the site: {err}", e.file));
            }
        }
    }

    let resources = |lang: Lang| -> Vec<Resource> {
        entries
            .iter()
            .map(|e| {
                let page_lang = content_lang(e.register, lang);
                Resource {
                    register: e.register,
                    notice: NoticeLink::Page { href: e.href(page_lang, lang), lang: page_lang },
                }
            })
            .collect()
    };
    for (i, e) in entries.iter().enumerate() {
        for lang in &e.langs {
            let d = downloads[i].iter().find(|(l, _)| l == lang).map(|(_, d)| d);
            let page = register_page(input.organisation, e, *lang, d);
            site.files.push((format!("{}/{}.html", lang.code(), e.slug), page));
        }
    }
    for lang in &langs {
        site.files
            .push((format!("{}/index.html", lang.code()), index_page(input.organisation, &entries, *lang, &langs)));
        site.files.push((
            format!("{}/description.html", lang.code()),
            description_page(input.organisation, &resources(*lang), *lang, &langs),
        ));
    }
    site.files.push(("index.html".to_owned(), root_page(input.organisation, &langs)));
    site.files.push(("sitemap.xml".to_owned(), sitemap(&entries, &langs, base.as_deref())));
    if base.is_none() {
        site.warnings.push(
            "sitemap.xml: addresses are relative; give --base-url with the site's address for search engines"
                .to_owned(),
        );
    }
    if entries.is_empty() {
        site.warnings.push(if input.drafts {
            "no registers to publish".to_owned()
        } else {
            "no published registers (status Published); --drafts includes the others".to_owned()
        });
    }
    site.files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(site)
}

/// `url` with a trailing `/`, when it is an `http://` or `https://` address without spaces
/// or markup characters.
pub fn check_base_url(url: &str) -> Result<String, SiteError> {
    let url = url.trim();
    let scheme_ok = url.starts_with("https://") || url.starts_with("http://");
    let host_ok = url.split("://").nth(1).is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'));
    let chars_ok = !url.chars().any(|c| c.is_whitespace() || c.is_control() || "<>\"'`{}|\\^".contains(c));
    if !(scheme_ok && host_ok && chars_ok) {
        return Err(SiteError::BaseUrl(url.to_owned()));
    }
    Ok(if url.ends_with('/') { url.to_owned() } else { format!("{url}/") })
}

/// Runs `f` over `items` on the available cores; results in input order. A panic in `f`
/// is passed on to the caller.
pub(crate) fn parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get).min(items.len()).max(1);
    if threads == 1 {
        return items.iter().map(&f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> =
            items.chunks(chunk).map(|part| scope.spawn(|| part.iter().map(&f).collect::<Vec<R>>())).collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect()
    })
}

// ---- Fixed texts of the site ----

fn site_title(lang: Lang) -> &'static str {
    DocText::PrivacyNotices.get(lang)
}

fn skip_text(lang: Lang) -> &'static str {
    DocText::SkipMainContent.get(lang)
}

fn nav_label(lang: Lang) -> &'static str {
    DocText::Site.get(lang)
}

fn lang_nav_label(lang: Lang) -> &'static str {
    DocText::Language.get(lang)
}

fn read_full(lang: Lang) -> &'static str {
    DocText::ReadFullNotice.get(lang)
}

fn in_brief(lang: Lang) -> &'static str {
    DocText::Brief.get(lang)
}

fn full_notice(lang: Lang) -> &'static str {
    DocText::FullNotice.get(lang)
}

fn not_published(lang: Lang) -> &'static str {
    DocText::NoticeNotPublishedVersion.get(lang)
}

fn status_text(status: Status, lang: Lang) -> String {
    format!("{}: {}", DocText::Status.get(lang), status.label(lang))
}

/// "PDF, 48 kt".
fn pdf_size(bytes: usize, lang: Lang) -> String {
    let kb = bytes.div_ceil(1024);
    format!("PDF, {kb} {}", DocText::KB.get(lang))
}

/// The extra style of the site's pages (on top of the notice's [`html::CSS`]).
const SITE_CSS: &str = "\
a{color:#0b4f9c}
a:focus-visible,input:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
[hidden]{display:none!important}
.skip{position:absolute;left:-10000px;top:auto}
.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;border:2px solid #1a1a1a;z-index:1}
.site{max-width:46rem;margin:0 auto 1.5rem;display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem 1.5rem}
.site ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.site li{margin:0}
[aria-current]{font-weight:700}
.layer{background:#f3f6fa;border:1px solid #767676;padding:1rem 1.25rem;margin:0 0 2rem}
.layer h2{margin-top:0}
.layer dd ul{padding-left:1.25rem;margin:0}
.downloads{list-style:none;padding:0}
table{border-collapse:collapse;width:100%;margin:0 0 1rem}
th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid #767676}
thead th{border-bottom:2px solid #1a1a1a}
tbody th{font-weight:600}
label{display:block;font-weight:700;margin-bottom:.25rem}
input[type=search]{font:inherit;width:100%;max-width:28rem;padding:.4rem .5rem;border:2px solid #1a1a1a}
body>footer{max-width:46rem;margin-left:auto;margin-right:auto}
@media print{.site,.skip,#search{display:none}}
";

/// The search script of the index: shows the search box, filters the rows by the words
/// typed (every word must occur), hides empty departments and says how many match.
const SEARCH_SCRIPT: &str = "\
(function(){
var f=document.getElementById('search'),q=document.getElementById('q'),n=document.getElementById('count');
if(!f||!q||!n)return;
f.hidden=false;
f.addEventListener('submit',function(e){e.preventDefault();});
q.addEventListener('input',function(){
var words=q.value.toLowerCase().split(/\\s+/).filter(Boolean),shown=0;
document.querySelectorAll('section[data-department]').forEach(function(s){
var any=false;
s.querySelectorAll('tr[data-search]').forEach(function(r){
var t=r.getAttribute('data-search'),ok=words.every(function(w){return t.indexOf(w)>=0;});
r.hidden=!ok;if(ok){any=true;shown++;}
});
s.hidden=!any;
});
n.textContent=words.length?n.getAttribute('data-template').replace('#',shown):'';
});
})();
";

/// A whole page: head (with `alternates` as `hreflang` links), skip link, the site's
/// navigation (`current` marks the index or description link), the language switch,
/// `main` with `body`, the footer and an optional inline script.
struct Chrome<'a> {
    lang: Lang,
    title: String,
    description: String,
    author: String,
    /// Other language versions of this page: language and relative address.
    alternates: Vec<(Lang, String)>,
    /// "index" or "description" when the page is one of them.
    current: &'a str,
    footer: String,
    script: Option<&'a str>,
}

fn page(c: &Chrome, body: &str) -> Vec<u8> {
    let lang = c.lang;
    let mut head = String::new();
    for (l, href) in &c.alternates {
        head.push_str(&format!("<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n", l.code(), escape(href)));
    }
    let css = format!("{}{SITE_CSS}", description::CSS);
    let mut out = String::new();
    html::page_start(&mut out, lang.code(), &c.title, &c.author, &c.description, &css, &head);
    out.push_str(&format!("<a class=\"skip\" href=\"#content\">{}</a>\n", escape(skip_text(lang))));
    out.push_str("<div class=\"site\">\n");
    out.push_str(&format!("<nav aria-label=\"{}\">\n<ul>\n", escape(nav_label(lang))));
    for (key, href, text) in
        [("index", "index.html", site_title(lang)), ("description", "description.html", description::title(lang))]
    {
        let cur = if c.current == key { " aria-current=\"page\"" } else { "" };
        out.push_str(&format!("<li><a href=\"{href}\"{cur}>{}</a></li>\n", escape(text)));
    }
    out.push_str("</ul>\n</nav>\n");
    if !c.alternates.is_empty() {
        out.push_str(&format!("<nav aria-label=\"{}\">\n<ul>\n", escape(lang_nav_label(lang))));
        for (l, href) in &c.alternates {
            let code = l.code();
            out.push_str(&format!(
                "<li><a href=\"{}\" hreflang=\"{code}\" lang=\"{code}\">{}</a></li>\n",
                escape(href),
                escape(l.native_name())
            ));
        }
        out.push_str("</ul>\n</nav>\n");
    }
    out.push_str("</div>\n<main id=\"content\">\n");
    out.push_str(body);
    out.push_str("</main>\n");
    if !c.footer.is_empty() {
        out.push_str(&format!("<footer>\n<p>{}</p>\n</footer>\n", c.footer));
    }
    if let Some(script) = c.script {
        out.push_str(&format!("<script>\n{script}</script>\n"));
    }
    out.push_str("</body>\n</html>\n");
    out.into_bytes()
}

/// The footer line: the organisation's name and contact, escaped.
fn org_footer(org: &Organisation, lang: Lang) -> String {
    let c = &org.controller.contact;
    let phone = clean(&c.phone);
    let parts: Vec<String> = [
        clean(c.name.or_any(lang)),
        if phone.is_empty() { phone } else { format!("{} {phone}", texts::phone(lang)) },
        clean(&c.email),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect();
    escape(&parts.join(" · "))
}

/// The alternates of a page that exists in every site language under `file`.
fn site_alternates(langs: &[Lang], lang: Lang, file: &str) -> Vec<(Lang, String)> {
    langs.iter().filter(|l| **l != lang).map(|l| (*l, format!("../{}/{file}", l.code()))).collect()
}

// ---- The pages ----

fn root_page(org: &Organisation, langs: &[Lang]) -> Vec<u8> {
    let first = langs.first().copied().unwrap_or(Lang::Fi);
    let titles: Vec<&str> = langs.iter().map(|l| site_title(*l)).collect();
    let org_name = clean(org.controller.contact.name.or_any(first));
    let mut out = String::new();
    let title = titles.join(" – ");
    html::page_start(&mut out, first.code(), &title, &org_name, &title, SITE_CSS, "");
    out.push_str("<main>\n<header>\n");
    if !org_name.is_empty() {
        out.push_str(&format!("<p class=\"document\">{}</p>\n", escape(&org_name)));
    }
    out.push_str("<h1>");
    for (i, l) in langs.iter().enumerate() {
        if i > 0 {
            out.push_str(" – ");
        }
        if *l == first {
            out.push_str(&escape(site_title(*l)));
        } else {
            out.push_str(&format!("<span lang=\"{}\">{}</span>", l.code(), escape(site_title(*l))));
        }
    }
    out.push_str("</h1>\n</header>\n<ul>\n");
    for l in langs {
        let code = l.code();
        out.push_str(&format!(
            "<li><a href=\"{code}/index.html\" hreflang=\"{code}\" lang=\"{code}\">{} ({})</a></li>\n",
            escape(site_title(*l)),
            escape(l.native_name())
        ));
    }
    out.push_str("</ul>\n</main>\n</body>\n</html>\n");
    out.into_bytes()
}

fn index_page(org: &Organisation, entries: &[Entry], lang: Lang, langs: &[Lang]) -> Vec<u8> {
    let org_name = clean(org.controller.contact.name.or_any(lang));
    let mut b = String::new();
    html::notice_header_parts(&mut b, &org_name, site_title(lang), false, "");
    b.push_str("<p>");
    b.push_str(&escape(DocText::PrivacyNoticesTellYou.get(lang)));
    b.push_str(&format!(" <a href=\"description.html\">{}</a>.</p>\n", escape(description::title(lang))));
    // The search box: hidden without scripts, as it cannot work without them.
    b.push_str("<form id=\"search\" role=\"search\" hidden>\n");
    b.push_str(&format!(
        "<label for=\"q\">{}</label>\n<input type=\"search\" id=\"q\" autocomplete=\"off\">\n",
        escape(DocText::SearchRegisters.get(lang))
    ));
    b.push_str(&format!(
        "<p id=\"count\" role=\"status\" data-template=\"{}\"></p>\n</form>\n",
        escape(DocText::Results.get(lang))
    ));
    if entries.is_empty() {
        b.push_str(&format!("<p>{}</p>\n", escape(DocText::NoPublishedNotices.get(lang))));
    }
    let has_versions = entries.iter().any(|e| last_published(e.register).version.is_some());
    let resources: Vec<Resource> =
        entries.iter().map(|e| Resource { register: e.register, notice: NoticeLink::None }).collect();
    for (d, (department, list)) in description::grouped(&resources, lang).iter().enumerate() {
        b.push_str(&format!("<section aria-labelledby=\"d{d}\" data-department=\"\">\n<h2 id=\"d{d}\">"));
        html::text_with_breaks(&mut b, department);
        b.push_str("</h2>\n<table>\n<thead>\n<tr>");
        let date_heading = if has_versions { DocText::PublishedVersion.get(lang) } else { texts::updated(lang) };
        for h in [DocText::Register.get(lang), DocText::PurposeShort.get(lang), DocText::Status.get(lang), date_heading]
        {
            b.push_str(&format!("<th scope=\"col\">{}</th>", escape(h)));
        }
        b.push_str("</tr>\n</thead>\n<tbody>\n");
        for res in list {
            let Some(e) = entries.iter().find(|e| std::ptr::eq(e.register, res.register)) else { continue };
            let cl = content_lang(e.register, lang);
            let lang_attr = if cl == lang { String::new() } else { format!(" lang=\"{}\"", cl.code()) };
            let href_lang = if cl == lang { String::new() } else { format!(" hreflang=\"{}\"", cl.code()) };
            let name = clean(e.register.name.or_any(cl));
            let name = if name.is_empty() { texts::missing(lang).to_owned() } else { name };
            let purpose = e
                .register
                .purposes
                .iter()
                .map(|p| clean(p.description.get(cl)))
                .find(|s| !s.is_empty())
                .map(|s| first_sentences(&s, 160))
                .unwrap_or_default();
            // What the search matches: name, department, every purpose in full, tags, file.
            let purposes: Vec<String> = e.register.purposes.iter().map(|p| clean(p.description.get(cl))).collect();
            let search: String = [name.as_str(), department.as_str(), e.slug.as_str()]
                .into_iter()
                .chain(purposes.iter().map(String::as_str))
                .chain(e.register.tags.iter().map(String::as_str))
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            b.push_str(&format!("<tr data-search=\"{}\">\n", escape(&search)));
            b.push_str(&format!(
                "<th scope=\"row\"><a href=\"{}\"{href_lang}{lang_attr}>{}</a></th>\n",
                escape(&e.href(cl, lang)),
                escape(&name)
            ));
            b.push_str(&format!("<td{lang_attr}>{}</td>\n", escape(&purpose)));
            b.push_str(&format!("<td>{}</td>\n", escape(e.register.status.label(lang))));
            b.push_str(&format!("<td>{}</td>\n</tr>\n", escape(&version_text(last_published(e.register), lang))));
        }
        b.push_str("</tbody>\n</table>\n</section>\n");
    }
    let chrome = Chrome {
        lang,
        title: if org_name.is_empty() {
            site_title(lang).to_owned()
        } else {
            format!("{} – {org_name}", site_title(lang))
        },
        description: site_title(lang).to_owned(),
        author: org_name.clone(),
        alternates: site_alternates(langs, lang, "index.html"),
        current: "index",
        footer: org_footer(org, lang),
        script: (!entries.is_empty()).then_some(SEARCH_SCRIPT),
    };
    page(&chrome, &b)
}

fn description_page(org: &Organisation, resources: &[Resource], lang: Lang, langs: &[Lang]) -> Vec<u8> {
    let org_name = clean(org.controller.contact.name.or_any(lang));
    let mut b = String::new();
    description::body(&mut b, org, resources, lang);
    let chrome = Chrome {
        lang,
        title: if org_name.is_empty() {
            description::title(lang).to_owned()
        } else {
            format!("{} – {org_name}", description::title(lang))
        },
        description: description::reference(lang).to_owned(),
        author: org_name,
        alternates: site_alternates(langs, lang, "description.html"),
        current: "description",
        footer: org_footer(org, lang),
        script: None,
    };
    page(&chrome, &b)
}

/// The characters of text in the full notice.
fn notice_chars(n: &notice::Notice) -> usize {
    let spans = |s: &[Span]| s.iter().map(|x| x.text.chars().count()).sum::<usize>();
    n.sections
        .iter()
        .flat_map(|s| &s.blocks)
        .map(|b| match b {
            Block::Paragraph(s) => spans(s),
            Block::Bullets(items) | Block::Contact(items) => items.iter().map(|s| spans(s)).sum(),
        })
        .sum()
}

fn register_page(org: &Organisation, e: &Entry, lang: Lang, downloads: Option<&Downloads>) -> Vec<u8> {
    let n = notice::build(e.register, lang);
    let poster = notice::poster(e.register, lang);
    let mut b = String::new();
    html::notice_header(&mut b, &n);
    if e.register.status != Status::Published {
        b.push_str(&format!(
            "<p class=\"draft\">{} {}</p>\n",
            escape(&status_text(e.register.status, lang)),
            escape(not_published(lang))
        ));
    }
    // The first layer: the poster's blocks in the order of the issue: controller, purposes,
    // legal basis, rights, contact; purposes shortened at a sentence boundary.
    b.push_str(&format!(
        "<section class=\"layer\" aria-labelledby=\"brief\">\n<h2 id=\"brief\">{}</h2>\n<dl>\n",
        escape(in_brief(lang))
    ));
    let order = [
        texts::poster_controller(lang),
        texts::poster_purposes(lang),
        texts::poster_bases(lang),
        texts::poster_rights(lang),
        texts::poster_contact(lang),
    ];
    for label in order {
        let Some(block) = poster.blocks.iter().find(|blk| blk.label == label) else { continue };
        b.push_str(&format!("<dt>{}</dt>\n<dd>", escape(&block.label)));
        let shorten = label == texts::poster_purposes(lang);
        let line = |l: &notice::PosterLine| {
            let text = if shorten { first_sentences(&l.text, SHORT_PURPOSE_CHARS) } else { l.text.clone() };
            let mut s = String::new();
            if l.missing {
                s.push_str("<strong class=\"missing\">");
            }
            html::text_with_breaks(&mut s, &text);
            if l.missing {
                s.push_str("</strong>");
            }
            s
        };
        if block.bullets {
            b.push_str("<ul>\n");
            for l in &block.lines {
                b.push_str(&format!("<li>{}</li>\n", line(l)));
            }
            b.push_str("</ul>");
        } else {
            let lines: Vec<String> = block.lines.iter().map(line).collect();
            b.push_str(&lines.join("<br>\n"));
        }
        b.push_str("</dd>\n");
    }
    b.push_str("</dl>\n");
    if notice_chars(&n) > LONG_NOTICE_CHARS {
        b.push_str(&format!("<p><a href=\"#full\">{}</a></p>\n", escape(read_full(lang))));
    }
    let links: Vec<String> = downloads
        .into_iter()
        .flat_map(|d| {
            [
                d.notice.as_ref().map(|(href, size)| (href, texts::document_name(lang), *size)),
                d.poster.as_ref().map(|(href, size)| (href, DocText::SummaryPoster.get(lang), *size)),
            ]
        })
        .flatten()
        .map(|(href, text, size)| {
            format!(
                "<li><a href=\"{}\" type=\"application/pdf\">{} ({})</a></li>",
                escape(href),
                escape(text),
                escape(&pdf_size(size, lang))
            )
        })
        .collect();
    if !links.is_empty() {
        b.push_str(&format!("<ul class=\"downloads\">\n{}\n</ul>\n", links.join("\n")));
    }
    b.push_str("</section>\n");
    b.push_str(&format!("<div id=\"full\" role=\"region\" aria-label=\"{}\">\n", escape(full_notice(lang))));
    html::notice_sections(&mut b, &n);
    b.push_str("</div>\n");
    let mut footer = Vec::new();
    if !n.updated.is_empty() {
        footer.push(escape(&n.updated));
    }
    footer.push(escape(&status_text(e.register.status, lang)));
    let org_line = org_footer(org, lang);
    if !org_line.is_empty() {
        footer.push(org_line);
    }
    let chrome = Chrome {
        lang,
        title: n.info.title.clone(),
        description: n.info.subject.clone(),
        author: n.info.author.clone(),
        alternates: e.langs.iter().filter(|l| **l != lang).map(|l| (*l, e.href(*l, lang))).collect(),
        current: "",
        footer: footer.join(" · "),
        script: None,
    };
    page(&chrome, &b)
}

fn sitemap(entries: &[Entry], langs: &[Lang], base: Option<&str>) -> Vec<u8> {
    let base = base.unwrap_or("");
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let mut url = |path: String, alternates: Vec<(Lang, String)>, lastmod: Option<Date>| {
        out.push_str(&format!("<url>\n<loc>{}</loc>\n", escape(&format!("{base}{path}"))));
        if let Some(d) = lastmod {
            out.push_str(&format!("<lastmod>{}</lastmod>\n", d.iso()));
        }
        for (l, p) in alternates {
            out.push_str(&format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                l.code(),
                escape(&format!("{base}{p}"))
            ));
        }
        out.push_str("</url>\n");
    };
    url("index.html".to_owned(), Vec::new(), None);
    let newest = entries.iter().filter_map(|e| e.register.updated).max();
    for file in ["index.html", "description.html"] {
        let all: Vec<(Lang, String)> = langs.iter().map(|l| (*l, format!("{}/{file}", l.code()))).collect();
        for (_, path) in &all {
            url(path.clone(), if all.len() > 1 { all.clone() } else { Vec::new() }, newest);
        }
    }
    for e in entries {
        let all: Vec<(Lang, String)> = e.langs.iter().map(|l| (*l, format!("{}/{}.html", l.code(), e.slug))).collect();
        for (_, path) in &all {
            url(path.clone(), if all.len() > 1 { all.clone() } else { Vec::new() }, e.register.updated);
        }
    }
    out.push_str("</urlset>\n");
    out.into_bytes()
}

#[cfg(test)]
mod tests;
