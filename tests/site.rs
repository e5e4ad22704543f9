//! Scenarios for publishing a workspace (issue 17): `seloste site` (every internal link
//! resolves, only published registers unless --drafts, escaping, identical bytes from two
//! runs, an index per language, layered notices, the §28 page) and
//! `seloste record --format description`. Every test works on a copy of the samples.

use crate::share::{EVIL, poison};
use crate::util::{copy_samples, overflow_poster, seloste};
use seloste::export::site::{self, Input, Site};
use seloste::model::{Lang, Organisation, Register, Status, Text};
use seloste::store;
use std::collections::BTreeMap;
use std::path::Path;

/// The registers of a workspace folder with their file names.
fn load(dir: &Path) -> (Organisation, Vec<(String, Register)>) {
    let ws = store::Workspace::load(dir).expect("workspace");
    let org = ws.organisation_or_default();
    let regs = ws
        .entries
        .into_iter()
        .map(|e| (e.path.file_name().expect("name").to_string_lossy().into_owned(), e.register.expect("register")))
        .collect();
    (org, regs)
}

fn build(org: &Organisation, regs: &[(String, Register)], drafts: bool) -> Site {
    let input = Input {
        organisation: org,
        registers: regs.iter().map(|(f, r)| (f.clone(), r)).collect(),
        drafts,
        base_url: None,
    };
    site::build(&input).expect("site")
}

fn file_map(site: &Site) -> BTreeMap<String, Vec<u8>> {
    site.files.iter().cloned().collect()
}

fn text(files: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8(files.get(path).unwrap_or_else(|| panic!("{path} not written")).clone()).expect("UTF-8")
}

/// Every value of `attr="…"` in `html`, entities decoded.
fn attr_values(html: &str, attr: &str) -> Vec<String> {
    let pat = format!(" {attr}=\"");
    html.match_indices(&pat)
        .map(|(i, _)| {
            let rest = &html[i + pat.len()..];
            rest[..rest.find('"').expect("closing quote")].replace("&amp;", "&").replace("&quot;", "\"")
        })
        .collect()
}

/// `href` resolved against the folder of `page` (both relative to the site root).
fn resolve(page: &str, href: &str) -> String {
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for seg in href.split('/') {
        match seg {
            ".." => {
                assert!(parts.pop().is_some(), "{page}: {href} leaves the site");
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// Checks that every `href` and `src` of every page names a file of the site (and a
/// fragment an `id` of the target page), and that no link leaves the site.
fn assert_links_resolve(files: &BTreeMap<String, Vec<u8>>) {
    let mut checked = 0;
    for (path, bytes) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8(bytes.clone()).expect("UTF-8");
        for href in attr_values(&html, "href").into_iter().chain(attr_values(&html, "src")) {
            assert!(!href.contains("://") && !href.starts_with("//"), "{path}: external link {href}");
            let (file, fragment) = href.split_once('#').unwrap_or((href.as_str(), ""));
            let target = if file.is_empty() { path.clone() } else { resolve(path, file) };
            let target_bytes = files.get(&target).unwrap_or_else(|| panic!("{path}: {href} -> {target} not written"));
            if !fragment.is_empty() {
                let target_html = String::from_utf8_lossy(target_bytes);
                assert!(target_html.contains(&format!(" id=\"{fragment}\"")), "{path}: {href}: no such id");
            }
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} links");
}

fn names(regs: &[(String, Register)], lang: Lang) -> Vec<String> {
    regs.iter().map(|(_, r)| seloste::export::html::escape(r.name.or_any(lang))).collect()
}

#[test]
fn every_internal_link_of_every_page_resolves() {
    let dir = copy_samples();
    let (org, regs) = load(dir.path());
    for drafts in [false, true] {
        let site = build(&org, &regs, drafts);
        let files = file_map(&site);
        assert_links_resolve(&files);
        // Language switch links go both ways between versions of a register page.
        let fi = text(&files, "fi/lappeenranta-chat-palvelu.html");
        assert!(fi.contains("href=\"../sv/lappeenranta-chat-palvelu.html\" hreflang=\"sv\" lang=\"sv\">svenska</a>"));
        let sv = text(&files, "sv/lappeenranta-chat-palvelu.html");
        assert!(sv.contains("href=\"../fi/lappeenranta-chat-palvelu.html\" hreflang=\"fi\" lang=\"fi\">suomi</a>"));
    }
}

#[test]
fn the_written_site_resolves_on_disk_and_keeps_other_files() {
    let dir = copy_samples();
    let out = tempfile::tempdir().expect("out");
    let site_dir = out.path().join("site");
    let run = seloste(["site".as_ref(), dir.path().as_os_str(), "--out".as_ref(), site_dir.as_os_str()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("index.html"), "{}", run.stdout);
    let (org, regs) = load(dir.path());
    let site = build(&org, &regs, false);
    for (path, bytes) in &site.files {
        assert_eq!(&std::fs::read(site_dir.join(path)).expect(path), bytes, "{path} on disk");
    }
    // The site kept in git: a second run leaves .git and the user's files alone.
    std::fs::create_dir_all(site_dir.join(".git")).expect("git");
    std::fs::write(site_dir.join("robots.txt"), "User-agent: *\n").expect("robots");
    let again = seloste(["site".as_ref(), dir.path().as_os_str(), "--out".as_ref(), site_dir.as_os_str()]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(site_dir.join(".git").is_dir() && site_dir.join("robots.txt").is_file());
    // A folder with other content is refused, not filled.
    let home = out.path().join("home");
    std::fs::create_dir_all(&home).expect("home");
    std::fs::write(home.join("thesis.odt"), "x").expect("file");
    let refused = seloste(["site".as_ref(), dir.path().as_os_str(), "--out".as_ref(), home.as_os_str()]);
    assert_eq!(refused.code, 2);
    assert!(refused.stderr.contains("not empty"), "{}", refused.stderr);
    assert!(!home.join("index.html").exists());
}

#[test]
fn published_registers_appear_and_drafts_only_with_drafts() {
    let dir = copy_samples();
    let draft_file = dir.path().join("kemi-viestinta-ja-markkinointi.ron");
    let mut draft = store::load_register(&draft_file).expect("load");
    draft.status = Status::Draft;
    store::save_register(&draft_file, &draft).expect("save");
    let (org, regs) = load(dir.path());
    let published: Vec<&(String, Register)> = regs.iter().filter(|(_, r)| r.status == Status::Published).collect();
    assert_eq!(published.len(), regs.len() - 1);

    let files = file_map(&build(&org, &regs, false));
    let index = text(&files, "fi/index.html");
    let description = text(&files, "fi/description.html");
    for (file, r) in &published {
        let slug = file.trim_end_matches(".ron");
        for lang in r.notice_languages() {
            assert!(files.contains_key(&format!("{}/{slug}.html", lang.code())), "{slug} {lang}");
            assert!(files.contains_key(&format!("files/{slug}-{}.pdf", lang.code())), "{slug} {lang} PDF");
        }
        assert!(index.contains(&format!("{slug}.html")), "{slug} in the index");
        assert!(description.contains(&seloste::export::html::escape(r.name.or_any(Lang::Fi))), "{slug} in §28");
    }
    assert!(!files.keys().any(|k| k.contains("kemi-viestinta")), "a draft is left out without --drafts");
    assert!(!index.contains("kemi-viestinta") && !description.contains("kemi-viestinta"));

    let with_drafts = file_map(&build(&org, &regs, true));
    let page = text(&with_drafts, "fi/kemi-viestinta-ja-markkinointi.html");
    assert!(page.contains("<p class=\"draft\">Tila: Luonnos"), "a draft says so");
    let index = text(&with_drafts, "fi/index.html");
    assert!(index.contains("kemi-viestinta-ja-markkinointi.html"));
    assert!(index.contains("<td>Luonnos</td>"));
}

#[test]
fn every_text_is_escaped_on_every_page() {
    let dir = copy_samples();
    let (mut org, regs) = load(dir.path());
    org.controller.contact.name = Text::new(EVIL, EVIL, EVIL);
    org.controller.contact.email = EVIL.to_owned();
    let mut evil = poison(&regs[0].1);
    evil.status = Status::Published;
    evil.languages = vec![Lang::Fi, Lang::Sv, Lang::En];
    let regs = vec![("a\"<b>&'c.ron".to_owned(), evil)];
    let site = build(&org, &regs, false);
    let files = file_map(&site);
    assert_links_resolve_loosely(&files);
    for (path, bytes) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
        let page = String::from_utf8(bytes.clone()).expect("UTF-8");
        let scripts = page.matches("<script").count();
        let expected = usize::from(path.ends_with("/index.html"));
        assert_eq!(scripts, expected, "{path}: only the search script");
        assert!(!page.contains("<h1>x") && !page.contains("</p><h1>"), "{path}: markup got through");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{path}: the payload is shown as text");
        for (i, _) in page.match_indices('&') {
            let rest = &page[i..];
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].iter().any(|e| rest.starts_with(e)),
                "{path}: bare & at {}",
                &rest[..rest.len().min(20)]
            );
        }
    }
    let sitemap = text(&files, "sitemap.xml");
    assert!(!sitemap.contains("<b>") && !sitemap.contains("a\""), "the slug is made safe");
    assert!(files.contains_key("fi/a--b---c.html"), "{:?}", files.keys().collect::<Vec<_>>());
}

/// The evil register's page set is small: links must still resolve.
fn assert_links_resolve_loosely(files: &BTreeMap<String, Vec<u8>>) {
    for (path, bytes) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8(bytes.clone()).expect("UTF-8");
        for href in attr_values(&html, "href") {
            let file = href.split('#').next().unwrap_or_default();
            if !file.is_empty() {
                assert!(files.contains_key(&resolve(path, file)), "{path}: {href}");
            }
        }
    }
}

#[test]
fn two_runs_give_identical_bytes() {
    let dir = copy_samples();
    let out = tempfile::tempdir().expect("out");
    let (a, b) = (out.path().join("a"), out.path().join("b"));
    for target in [&a, &b] {
        let run = seloste([
            "site".as_ref(),
            dir.path().as_os_str(),
            "--out".as_ref(),
            target.as_os_str(),
            "--drafts".as_ref(),
        ]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    let list = |d: &Path| -> BTreeMap<String, Vec<u8>> {
        let mut m = BTreeMap::new();
        let mut stack = vec![d.to_path_buf()];
        while let Some(p) = stack.pop() {
            for e in std::fs::read_dir(&p).expect("dir").flatten() {
                if e.path().is_dir() {
                    stack.push(e.path());
                } else {
                    let rel = e.path().strip_prefix(d).expect("rel").to_string_lossy().into_owned();
                    m.insert(rel, std::fs::read(e.path()).expect("read"));
                }
            }
        }
        m
    };
    let (fa, fb) = (list(&a), list(&b));
    assert!(fa.len() > 40, "{} files", fa.len());
    assert_eq!(fa.keys().collect::<Vec<_>>(), fb.keys().collect::<Vec<_>>());
    for (k, v) in &fa {
        assert!(fb[k] == *v, "{k} differs between runs");
    }
}

#[test]
fn index_pages_for_every_declared_language_list_every_register() {
    let dir = copy_samples();
    let (org, regs) = load(dir.path());
    let files = file_map(&build(&org, &regs, false));
    for (lang, title) in
        [(Lang::Fi, "Tietosuojaselosteet"), (Lang::Sv, "Dataskyddsbeskrivningar"), (Lang::En, "Privacy notices")]
    {
        let index = text(&files, &format!("{}/index.html", lang.code()));
        assert!(index.contains(&format!("<html lang=\"{}\">", lang.code())));
        assert!(index.contains(&format!("<h1>{title}</h1>")), "{lang}");
        for (file, r) in &regs {
            let slug = file.trim_end_matches(".ron");
            assert!(index.contains(&format!("{slug}.html\"")), "{lang}: {slug}");
            let name =
                seloste::export::html::escape(r.name.or_any(seloste::export::description::content_lang(r, lang)));
            assert!(index.contains(&name), "{lang}: {name}");
        }
        // The search box is hidden until the script shows it; the rows carry the search text.
        assert!(index.contains("<form id=\"search\" role=\"search\" hidden>"));
        assert_eq!(index.matches("<tr data-search=").count(), regs.len(), "{lang}");
    }
    let root = text(&files, "index.html");
    for code in ["fi", "sv", "en"] {
        assert!(root.contains(&format!("href=\"{code}/index.html\"")), "{code}");
    }
    let sitemap = text(&files, "sitemap.xml");
    assert!(sitemap.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"));
    for (file, _) in &regs {
        assert!(sitemap.contains(&format!("/{}.html</loc>", file.trim_end_matches(".ron"))), "{file}");
    }
}

#[test]
fn register_pages_start_with_the_first_layer_then_the_full_notice() {
    let dir = copy_samples();
    let (org, regs) = load(dir.path());
    let files = file_map(&build(&org, &regs, false));
    let page = text(&files, "fi/lappeenranta-chat-palvelu.html");
    let brief = page.find("<h2 id=\"brief\">Lyhyesti</h2>").expect("first layer");
    let full = page.find("<div id=\"full\"").expect("full notice");
    assert!(brief < full);
    let layer = &page[brief..full];
    for label in ["Rekisterinpitäjä", "Käsittelyn tarkoitus", "Oikeusperuste", "Oikeutesi", "Yhteystiedot"] {
        assert!(layer.contains(&format!("<dt>{label}</dt>")), "{label}");
    }
    assert!(layer.contains("<a href=\"#full\">Lue koko seloste</a>"));
    assert!(layer.contains("href=\"../files/lappeenranta-chat-palvelu-fi.pdf\""));
    assert!(page[full..].contains("<h2 id=\"s1\">1. "));
    let sv = text(&files, "sv/lappeenranta-chat-palvelu.html");
    assert!(sv.contains("<a href=\"#full\">Läs hela beskrivningen</a>"));
    let en = text(&files, "en/lappeenranta-chat-palvelu.html");
    assert!(en.contains("<a href=\"#full\">Read the full notice</a>"));

    // A short notice has no link to skip to the full text.
    let mut short = Register { name: Text::fi("Lyhyt"), status: Status::Published, ..Register::default() };
    short.purposes.push(seloste::model::Purpose { description: Text::fi("Asiakaspalvelu."), ..Default::default() });
    let short_files = files_of(&org, vec![("lyhyt.ron".to_owned(), short)]);
    let page = text(&short_files, "fi/lyhyt.html");
    assert!(page.contains("<h2 id=\"brief\">") && !page.contains("href=\"#full\""));
}

fn files_of(org: &Organisation, regs: Vec<(String, Register)>) -> BTreeMap<String, Vec<u8>> {
    file_map(&build(org, &regs, false))
}

#[test]
fn a_poster_that_does_not_fit_is_left_out_with_a_warning_and_no_link() {
    let dir = copy_samples();
    let (org, mut regs) = load(dir.path());
    let (file, r) = &mut regs[0];
    overflow_poster(r);
    let slug = file.trim_end_matches(".ron").to_owned();
    let site = build(&org, &regs, false);
    assert!(site.warnings.iter().any(|w| w.contains(&slug) && w.contains("poster")), "{:?}", site.warnings);
    let files = file_map(&site);
    assert!(!files.keys().any(|k| k.starts_with(&format!("files/{slug}")) && k.ends_with("-poster.pdf")));
    assert!(files.contains_key(&format!("files/{slug}-fi.pdf")), "the notice PDF is still there");
    assert!(!text(&files, &format!("fi/{slug}.html")).contains("poster.pdf"));
    assert_links_resolve(&files);
}

#[test]
fn the_description_page_lists_every_register_as_an_information_resource() {
    let dir = copy_samples();
    let (org, regs) = load(dir.path());
    let files = file_map(&build(&org, &regs, false));
    for lang in Lang::ALL {
        let page = text(&files, &format!("{}/description.html", lang.code()));
        assert!(page.contains("906/2019"), "{lang}");
        assert!(page.contains("kirjaamo@kemi.fi"), "{lang}: the contact for requests");
        assert_eq!(page.matches("<article").count(), regs.len(), "{lang}");
        for name in names(&regs, seloste::model::Lang::Fi).iter().filter(|_| lang == Lang::Fi) {
            assert!(page.contains(name.as_str()), "{name}");
        }
        for (file, r) in &regs {
            let slug = file.trim_end_matches(".ron");
            assert!(page.contains(&format!("{slug}.html\"")), "{lang}: {slug} links to its notice");
            for s in &r.security.systems {
                assert!(page.contains(&seloste::export::html::escape(&s.name)), "{lang}: system {}", s.name);
            }
        }
    }
}

#[test]
fn record_format_description_writes_the_page() {
    let dir = copy_samples();
    let (_, regs) = load(dir.path());
    let run = seloste(["record".as_ref(), dir.path().as_os_str(), "--format".as_ref(), "description".as_ref()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("<!DOCTYPE html>\n<html lang=\"fi\">"));
    assert!(run.stdout.contains("<h1>Asiakirjajulkisuuskuvaus</h1>"));
    assert_eq!(run.stdout.matches("<article").count(), regs.len());
    for name in names(&regs, Lang::Fi) {
        assert!(run.stdout.contains(name.as_str()), "{name}");
    }
    let out = tempfile::tempdir().expect("out");
    let file = out.path().join("kuvaus.html");
    let run = seloste([
        "record".as_ref(),
        dir.path().as_os_str(),
        "--format".as_ref(),
        "description".as_ref(),
        "--lang".as_ref(),
        "sv".as_ref(),
        "--out".as_ref(),
        file.as_os_str(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = std::fs::read_to_string(&file).expect("written");
    assert!(page.contains("<html lang=\"sv\">") && page.contains("Beskrivning av handlingsoffentligheten"));
}

#[test]
fn bad_input_is_named_and_the_rest_is_published() {
    let dir = copy_samples();
    std::fs::write(dir.path().join("rikki.ron"), "Register(nmae: 1)").expect("bad file");
    let out = tempfile::tempdir().expect("out");
    let site_dir = out.path().join("site");
    let run = seloste(["site".as_ref(), dir.path().as_os_str(), "--out".as_ref(), site_dir.as_os_str()]);
    assert_eq!(run.code, 2, "a register that cannot be read fails the run");
    assert!(run.stderr.contains("rikki.ron:1:"), "{}", run.stderr);
    assert!(site_dir.join("fi/lappeenranta-chat-palvelu.html").is_file(), "the others are published");

    let bad_url = seloste([
        "site".as_ref(),
        dir.path().as_os_str(),
        "--out".as_ref(),
        out.path().join("x").as_os_str(),
        "--base-url".as_ref(),
        "www.kemi.fi".as_ref(),
    ]);
    assert_eq!(bad_url.code, 2);
    assert!(bad_url.stderr.contains("--base-url \"www.kemi.fi\""), "{}", bad_url.stderr);
    assert!(!out.path().join("x").exists(), "nothing is written");

    let into_workspace = seloste(["site".as_ref(), dir.path().as_os_str(), "--out".as_ref(), dir.path().as_os_str()]);
    assert_eq!(into_workspace.code, 2);
    assert!(into_workspace.stderr.contains("workspace folder itself"), "{}", into_workspace.stderr);
}

#[test]
fn a_base_url_makes_the_sitemap_absolute_and_no_published_register_is_said() {
    let dir = copy_samples();
    let (org, mut regs) = load(dir.path());
    let input = Input {
        organisation: &org,
        registers: regs.iter().map(|(f, r)| (f.clone(), r)).collect(),
        drafts: false,
        base_url: Some("https://www.kemi.fi/tietosuoja".to_owned()),
    };
    let site = site::build(&input).expect("site");
    let sitemap = text(&file_map(&site), "sitemap.xml");
    assert!(sitemap.contains("<loc>https://www.kemi.fi/tietosuoja/fi/index.html</loc>"), "{sitemap}");
    assert!(
        sitemap.contains("hreflang=\"sv\" href=\"https://www.kemi.fi/tietosuoja/sv/lappeenranta-chat-palvelu.html\"")
    );
    assert!(!site.warnings.iter().any(|w| w.contains("sitemap")), "{:?}", site.warnings);

    for (_, r) in &mut regs {
        r.status = Status::InReview;
    }
    let site = build(&org, &regs, false);
    assert!(site.warnings.iter().any(|w| w.contains("no published registers")), "{:?}", site.warnings);
    let files = file_map(&site);
    assert!(text(&files, "fi/index.html").contains("Julkaistuja selosteita ei ole."));
    assert!(!files.keys().any(|k| k.starts_with("files/")));
    assert_links_resolve_loosely(&files);
}
