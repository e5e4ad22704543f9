//! The command line (DESIGN.md section 7): a thin shell that parses arguments, calls the
//! library and prints. Exit codes: 0 success, 1 findings / not canonical / differences,
//! 2 unreadable input or a failed operation.

use crate::export::{self, Format};
use crate::i18n::UiText;
use crate::model::{Lang, Organisation, Register};
use crate::store::{self, ORGANISATION_FILE, StoreError};
use crate::validate::{self, Finding, Severity};
use clap::{Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use terminal::say;

pub mod terminal;
mod write;

use write::{export_cmd, record_cmd, site_cmd};

/// Seloste: GDPR registers and privacy notices (tietosuojaselosteet).
#[derive(Debug, Parser)]
#[command(name = "seloste", version, about)]
pub struct Cli {
    /// What to do; with none, the editor opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A register file or workspace folder to open in the editor.
    pub path: Option<PathBuf>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check registers against the GDPR rule catalogue.
    Validate {
        /// Register files or workspace folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Print JSON instead of lines.
        #[arg(long)]
        json: bool,
        /// Language of the messages.
        #[arg(long, value_enum, default_value_t = LangArg::Fi)]
        lang: LangArg,
    },
    /// Export printable notices (PDF, text or HTML), or one-page posters.
    Export {
        /// Register files or workspace folders (every register in a folder).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Language; by default every language the register declares.
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
        /// The one-page poster for a notice board instead of the full notice.
        #[arg(long)]
        poster: bool,
        /// With --poster: an A3 poster (every size ×√2, a body of 20-28 pt for reading at
        /// about 2 m), named `<stem>-fi-poster-a3.pdf`.
        #[arg(long, requires = "poster")]
        a3: bool,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Pdf)]
        format: FormatArg,
        /// Output file (one output only) or folder; by default next to each input,
        /// named `<stem>-fi.pdf`, `<stem>-fi-poster.pdf`, `<stem>-fi.txt`, `<stem>-fi.html`.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Write the Art. 30 record of a workspace folder: one row per register.
    Record {
        /// The workspace folder.
        dir: PathBuf,
        /// The file to write: `.csv` (UTF-8 with BOM, semicolon separated), `.xlsx`, or with
        /// `--format description` an `.html` page; by default the CSV (or the page) goes to
        /// standard output.
        #[arg(long, value_name = "FILE.csv|FILE.xlsx|FILE.html")]
        out: Option<PathBuf>,
        /// Language of the headings and the texts.
        #[arg(long, value_enum, default_value_t = LangArg::Fi)]
        lang: LangArg,
        /// What to write; by default taken from the --out file's extension (CSV without one).
        /// `description`: the Tiedonhallintalaki §28 description as one HTML page.
        #[arg(long, value_enum)]
        format: Option<RecordFormatArg>,
    },
    /// Publish a workspace as a static web site: an index per language, a layered notice
    /// per register and language, PDFs and posters, the §28 description, a sitemap.
    Site {
        /// The workspace folder.
        dir: PathBuf,
        /// The folder to write the site into: new, empty, or written by an earlier run.
        #[arg(long)]
        out: PathBuf,
        /// Include registers that are not Published (marked on every page).
        #[arg(long)]
        drafts: bool,
        /// The address the site is served from, for absolute addresses in sitemap.xml.
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
    },
    /// Rewrite files in canonical form. A file with comments is not rewritten (the
    /// canonical form has none) unless `--drop-comments` is given.
    Fmt {
        /// List the files that are not canonical and exit 1, without writing.
        #[arg(long)]
        check: bool,
        /// Rewrite files with comments too, deleting the comments.
        #[arg(long)]
        drop_comments: bool,
        /// Register files or workspace folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Show field-by-field differences between two registers.
    Diff {
        /// The first (older) register.
        a: PathBuf,
        /// The second (newer) register.
        b: PathBuf,
        /// Print JSON instead of lines.
        #[arg(long)]
        json: bool,
    },
    /// Publish registers: the next version number, a history entry (date, who, note, the
    /// changed fields), an immutable snapshot `arkisto/<id>/<version>-<date>.ron` and its PDF
    /// in every declared language; status Published, "updated" today. A register with errors
    /// is refused, naming them.
    Publish {
        /// Register files or workspace folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Who publishes (recorded in the history; by default the user name).
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
        /// What changed and why (recorded in the history).
        #[arg(long, value_name = "TEXT", default_value = "")]
        note: String,
        /// Publish despite errors; the history entry records it.
        #[arg(long)]
        force: bool,
    },
    /// List a register's published versions, or name the version in force on a date.
    History {
        /// The register file.
        file: PathBuf,
        /// A date (d.m.yyyy or yyyy-mm-dd): print the version in force on it.
        #[arg(long, value_name = "DATE")]
        at: Option<String>,
        /// Print JSON instead of lines.
        #[arg(long)]
        json: bool,
    },
    /// Import plain-text notices as register files, printing a report for each.
    Import {
        /// Notices: plain text (UTF-8, UTF-16 or Windows-1252), Markdown, HTML, Word .docx,
        /// OpenDocument .odt or PDF; a folder imports every such file in it.
        #[arg(required = true)]
        texts: Vec<PathBuf>,
        /// The register file to write (one text; `.ron` is added to a name without an
        /// extension) or the folder to write into (made when a folder is imported); by default
        /// NAME.ron beside each NAME.txt.
        #[arg(long, value_name = "FILE|DIR")]
        out: Option<PathBuf>,
        /// Overwrite register files that exist.
        #[arg(long)]
        force: bool,
        /// Language of the report.
        #[arg(long, value_enum, default_value_t = LangArg::Fi)]
        lang: LangArg,
    },
}

/// A language on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Finnish.
    Fi,
    /// Swedish.
    Sv,
    /// English.
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Fi => Lang::Fi,
            LangArg::Sv => Lang::Sv,
            LangArg::En => Lang::En,
        }
    }
}

/// An export format on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// PDF.
    Pdf,
    /// Plain text.
    Txt,
    /// One accessible HTML page per register and language, for a website.
    Html,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Pdf => Format::Pdf,
            FormatArg::Txt => Format::Txt,
            FormatArg::Html => Format::Html,
        }
    }
}

/// What `seloste record` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RecordFormatArg {
    /// The Art. 30 record as CSV.
    Csv,
    /// The Art. 30 record as an Excel workbook.
    Xlsx,
    /// The Tiedonhallintalaki §28 description (asiakirjajulkisuuskuvaus) as HTML.
    Description,
}

/// The result of a command: its exit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// 0.
    Success,
    /// 1: findings with errors, files not canonical, differences.
    Findings,
    /// 2: unreadable input or a failed operation.
    Failure,
}

impl Outcome {
    /// The worse of two outcomes.
    pub fn max(self, other: Outcome) -> Outcome {
        match (self, other) {
            (Outcome::Failure, _) | (_, Outcome::Failure) => Outcome::Failure,
            (Outcome::Findings, _) | (_, Outcome::Findings) => Outcome::Findings,
            _ => Outcome::Success,
        }
    }

    /// The process exit code.
    pub fn code(self) -> u8 {
        match self {
            Outcome::Success => 0,
            Outcome::Findings => 1,
            Outcome::Failure => 2,
        }
    }
}

/// Entry point of the binary's command-line part.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            e.print().ok();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr().lock();
    let outcome = match cli.command {
        Some(command) => run(command, &mut out, &mut err),
        None => return open_editor(cli.path, &mut err),
    };
    ExitCode::from(outcome.code())
}

#[cfg(feature = "gui")]
fn open_editor(path: Option<PathBuf>, _err: &mut dyn std::io::Write) -> ExitCode {
    crate::gui::run(path)
}

#[cfg(not(feature = "gui"))]
fn open_editor(_path: Option<PathBuf>, err: &mut dyn std::io::Write) -> ExitCode {
    say!(err, "seloste: this build has no editor (built without the `gui` feature); see `seloste --help`");
    ExitCode::from(2)
}

/// Runs one subcommand, writing its output and messages to the given streams.
pub fn run(command: Command, out: &mut dyn std::io::Write, err: &mut dyn std::io::Write) -> Outcome {
    match command {
        Command::Validate { paths, json, lang } => validate_cmd(&paths, json, lang.into(), out, err),
        Command::Fmt { check, drop_comments, paths } => fmt_cmd(&paths, check, drop_comments, out, err),
        Command::Export { paths, lang, poster, a3, format, out: target } => {
            let paper = if a3 { crate::layout::Paper::A3 } else { crate::layout::Paper::A4 };
            let poster = poster.then_some(paper);
            export_cmd(&paths, lang.map(Lang::from), poster, format.into(), target.as_deref(), out, err)
        }
        Command::Diff { a, b, json } => diff_cmd(&a, &b, json, out, err),
        Command::Record { dir, out: target, lang, format } => {
            record_cmd(&dir, target.as_deref(), lang.into(), format, out, err)
        }
        Command::Site { dir, out: target, drafts, base_url } => site_cmd(&dir, &target, drafts, base_url, out, err),
        Command::Import { texts, out: target, force, lang } => {
            import_cmd(&texts, target.as_deref(), force, lang.into(), out, err)
        }
        Command::Publish { paths, by, note, force } => {
            let by = by.or_else(|| std::env::var("USER").ok()).or_else(|| std::env::var("USERNAME").ok());
            publish_cmd(&paths, by.as_deref().unwrap_or(""), &note, force, out, err)
        }
        Command::History { file, at, json } => history_cmd(&file, at.as_deref(), json, out, err),
    }
}

/// What the snapshots of `register` (a file in `dir`) are like on disk.
fn snapshot_states(dir: &Path, register: &Register) -> Vec<validate::SnapshotState> {
    crate::publish::check_snapshots(register, &mut |rel| store::read_archived(dir, rel))
}

fn publish_cmd(
    paths: &[PathBuf],
    by: &str,
    note: &str,
    force: bool,
    out: &mut dyn std::io::Write,
    err: &mut dyn std::io::Write,
) -> Outcome {
    let mut outcome = Outcome::Success;
    let files = expand(paths, err, &mut outcome);
    let today = today();
    for file in &files {
        let shown = file.display().to_string();
        let register = match store::load_register(file) {
            Ok(r) => r,
            Err(e) => {
                say!(err, "{e}");
                outcome = Outcome::Failure;
                continue;
            }
        };
        let dir = file.parent().map(Path::to_path_buf).unwrap_or_default();
        let id = if register.id.trim().is_empty() {
            file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
        } else {
            register.id.trim().to_owned()
        };
        let previous = crate::publish::previous_snapshot(&register, &mut |rel| store::read_archived(&dir, rel));
        let org = organisation_for(file);
        let request = crate::publish::Request { by, note, force, today };
        let publication = match crate::publish::publish(&register, &id, org.as_ref(), previous.as_ref(), &request) {
            Ok(p) => p,
            Err(e) => {
                say!(err, "{shown}: not published: {e}");
                outcome = outcome.max(Outcome::Findings);
                continue;
            }
        };
        if let Err(e) = store::write_publication(&dir, file, &publication.files, &publication.register) {
            say!(err, "{e}");
            say!(err, "{shown}: not published: the archive or the register could not be written");
            outcome = Outcome::Failure;
            continue;
        }
        for w in &publication.warnings {
            say!(err, "{shown}: {w}");
        }
        let v = &publication.version;
        let forced = if v.forced { " (forced despite errors)" } else { "" };
        say!(out, "{shown}: published version {} on {}{forced}: {}", v.version, today.finnish(), v.snapshot);
        for path in &v.changed {
            say!(out, "  changed: {path}");
        }
    }
    outcome
}

fn history_cmd(
    file: &Path,
    at: Option<&str>,
    json: bool,
    out: &mut dyn std::io::Write,
    err: &mut dyn std::io::Write,
) -> Outcome {
    let register = match store::load_register(file) {
        Ok(r) => r,
        Err(e) => {
            say!(err, "{e}");
            return Outcome::Failure;
        }
    };
    let shown = file.display().to_string();
    let list: Vec<&crate::model::Version> = match at {
        None => register.history.iter().collect(),
        Some(text) => {
            let date: crate::model::Date = match text.parse() {
                Ok(d) => d,
                Err(e) => {
                    say!(err, "--at: {e}");
                    return Outcome::Failure;
                }
            };
            match crate::model::version_at(&register.history, date) {
                Some(v) => vec![v],
                None => {
                    if json {
                        say!(out, "null");
                    } else {
                        say!(out, "{shown}: no published version was in force on {}", date.finnish());
                    }
                    return Outcome::Findings;
                }
            }
        }
    };
    if json {
        let value = if at.is_some() { serde_json::json!(list.first()) } else { serde_json::json!(list) };
        let text = serde_json::to_string_pretty(&value).unwrap_or_else(|_| "[]".to_owned());
        say!(out, "{}", terminal::for_json(&text));
        return Outcome::Success;
    }
    if list.is_empty() {
        say!(out, "{shown}: no published versions");
    }
    // In the full list, the version in force today (with --at, the one printed is it).
    let in_force = if at.is_none() { crate::model::version_at(&register.history, today()) } else { None };
    for v in list {
        let date = v.date.map(crate::model::Date::finnish).unwrap_or_default();
        let forced = if v.forced { " [forced]" } else { "" };
        let current = if in_force.is_some_and(|f| f.version == v.version) { " [in force]" } else { "" };
        say!(out, "version {} {date} {}{forced}{current}: {}", v.version, v.by, v.note);
        if !v.approved.is_empty() {
            say!(out, "  approved by: {}", v.approved);
        }
        if !v.changed.is_empty() {
            let names: Vec<String> = v.changed.iter().map(ToString::to_string).collect();
            say!(out, "  changed: {}", names.join(", "));
        }
        say!(out, "  snapshot: {} sha256 {}", v.snapshot, v.sha256);
    }
    Outcome::Success
}

/// The register files named by the arguments: files as given, folders expanded.
/// Also returns, per file, the organisation profile of its folder if there is one.
fn expand(paths: &[PathBuf], err: &mut dyn std::io::Write, outcome: &mut Outcome) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        // A folder named like a register file is a mistake, not a workspace.
        if path.is_dir() && path.extension().is_some_and(|e| e == "ron") {
            say!(err, "{}", StoreError::NotAFile { path: path.clone() });
            *outcome = Outcome::Failure;
            continue;
        }
        if path.is_dir() {
            match store::list_registers(path) {
                Ok(list) => files.extend(list),
                Err(e) => {
                    say!(err, "{e}");
                    *outcome = Outcome::Failure;
                }
            }
        } else {
            files.push(path.clone());
        }
    }
    // A file named twice (`a.ron ./a.ron`, or a file and its folder) is done once.
    let mut seen = std::collections::HashSet::new();
    files.retain(|f| seen.insert(store::file_identity(f)));
    files
}

/// The organisation profile beside a register file, if readable.
fn organisation_for(file: &Path) -> Option<Organisation> {
    let org = file.parent()?.join(ORGANISATION_FILE);
    org.exists().then(|| store::load_organisation(&org).ok()).flatten()
}

fn validate_cmd(
    paths: &[PathBuf],
    json: bool,
    lang: Lang,
    out: &mut dyn std::io::Write,
    err: &mut dyn std::io::Write,
) -> Outcome {
    let mut outcome = Outcome::Success;
    let files = expand(paths, err, &mut outcome);
    let mut orgs: std::collections::HashMap<PathBuf, Option<Organisation>> = std::collections::HashMap::new();
    let mut reports = Vec::new();
    for file in &files {
        let shown = file.display().to_string();
        match store::load_register(file) {
            Ok(register) => {
                // One profile per folder, read once however many registers it holds.
                let dir = file.parent().map(Path::to_path_buf).unwrap_or_default();
                let org = orgs.entry(dir).or_insert_with(|| organisation_for(file));
                let mut findings = validate::validate_at(&register, org.as_ref(), today());
                let dir = file.parent().map(Path::to_path_buf).unwrap_or_default();
                findings.extend(validate::snapshot_findings(&register, &snapshot_states(&dir, &register)));
                validate::sort_findings(&mut findings);
                if findings.iter().any(|f| f.severity == Severity::Error) {
                    outcome = outcome.max(Outcome::Findings);
                }
                if !json {
                    print_findings(out, &shown, &findings, lang);
                }
                reports.push(serde_json::json!({
                    "file": shown,
                    "findings": findings.iter().map(|f| finding_json(f, lang)).collect::<Vec<_>>(),
                }));
            }
            Err(e) => {
                outcome = Outcome::Failure;
                say!(err, "{e}");
                reports.push(serde_json::json!({ "file": shown, "error": e.to_string(), "findings": [] }));
            }
        }
    }
    if json {
        let text = serde_json::to_string_pretty(&reports).unwrap_or_else(|_| "[]".to_owned());
        say!(out, "{}", terminal::for_json(&text));
    }
    outcome
}

/// Today in local time (UTC when the offset is unknown): the shell reads the clock, the
/// validator does not.
fn today() -> crate::model::Date {
    let now = time::OffsetDateTime::now_local().unwrap_or_else(|_| time::OffsetDateTime::now_utc());
    crate::model::Date::from(now.date())
}

fn finding_json(f: &Finding, lang: Lang) -> serde_json::Value {
    serde_json::json!({
        "rule": f.rule.id,
        "severity": f.severity.as_str(),
        "path": f.path,
        "message": f.message(lang),
        "article": f.rule.article,
    })
}

fn print_findings(out: &mut dyn std::io::Write, file: &str, findings: &[Finding], lang: Lang) {
    for f in findings {
        say!(out, "{file}: {} {} {}: {}", f.severity.as_str(), f.rule.id, f.path, f.message(lang));
    }
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let (e, w, h) = (count(Severity::Error), count(Severity::Warning), count(Severity::Hint));
    let summary = match lang {
        Lang::Fi => format!("{e} virhettä, {w} varoitusta, {h} vihjettä"),
        Lang::Sv => format!("{e} fel, {w} varningar, {h} tips"),
        Lang::En => format!("{e} errors, {w} warnings, {h} hints"),
    };
    say!(out, "{file}: {summary}");
}

fn fmt_cmd(
    paths: &[PathBuf],
    check: bool,
    drop_comments: bool,
    out: &mut dyn std::io::Write,
    err: &mut dyn std::io::Write,
) -> Outcome {
    let mut outcome = Outcome::Success;
    let mut files = expand(paths, err, &mut outcome);
    for p in paths.iter().filter(|p| p.is_dir()) {
        let org = p.join(ORGANISATION_FILE);
        if org.exists() {
            files.push(org);
        }
    }
    for file in &files {
        let result = if check { store::is_canonical(file) } else { store::format_file(file, drop_comments) };
        match result {
            Ok(true) => {}
            Ok(false) => {
                say!(out, "{}", file.display());
                if check {
                    outcome = outcome.max(Outcome::Findings);
                }
            }
            Err(e) => {
                say!(err, "{e}");
                outcome = Outcome::Failure;
            }
        }
    }
    outcome
}

fn diff_cmd(a: &Path, b: &Path, json: bool, out: &mut dyn std::io::Write, err: &mut dyn std::io::Write) -> Outcome {
    let (ra, rb) = match (store::load_register(a), store::load_register(b)) {
        (Ok(ra), Ok(rb)) => (ra, rb),
        (Err(e), _) | (_, Err(e)) => {
            say!(err, "{e}");
            return Outcome::Failure;
        }
    };
    let changes = crate::diff::diff(&ra, &rb);
    if json {
        let text = serde_json::to_string_pretty(&changes).unwrap_or_else(|_| "[]".to_owned());
        say!(out, "{}", terminal::for_json(&text));
    } else {
        for c in &changes {
            say!(out, "{}", crate::diff::render_change(c));
        }
    }
    if changes.is_empty() { Outcome::Success } else { Outcome::Findings }
}

fn import_cmd(
    texts: &[PathBuf],
    target: Option<&Path>,
    force: bool,
    lang: Lang,
    out: &mut dyn std::io::Write,
    err: &mut dyn std::io::Write,
) -> Outcome {
    // Folders are imported whole: every file in them with an extension we read.
    let mut files: Vec<PathBuf> = Vec::new();
    let mut folder = false;
    for text in texts {
        if text.is_dir() {
            folder = true;
            match store::files_in(text, crate::import::is_importable) {
                Ok(found) if found.is_empty() => {
                    say!(err, "{}: no notices to import (.txt, .md, .html, .docx, .odt, .pdf)", text.display());
                    return Outcome::Failure;
                }
                Ok(found) => files.extend(found),
                Err(e) => {
                    say!(err, "{e}");
                    return Outcome::Failure;
                }
            }
        } else {
            files.push(text.clone());
        }
    }
    if let (Some(t), true) = (target, folder && !target.is_some_and(Path::exists)) {
        if let Err(e) = store::create_folder(t) {
            say!(err, "{e}");
            return Outcome::Failure;
        }
    }
    let into_dir = target.is_some_and(Path::is_dir);
    if let (Some(t), false, true) = (target, into_dir, files.len() > 1) {
        say!(err, "{}: not a folder (several texts need --out DIR)", t.display());
        return Outcome::Failure;
    }
    // Several files: one summary line each; one file: its whole report.
    let summary = files.len() > 1 || folder;
    let mut outcome = Outcome::Success;
    let mut failed = 0usize;
    let mut to_review: Vec<(usize, PathBuf)> = Vec::new();
    for (i, text) in files.iter().enumerate() {
        let file = match target {
            None => text.with_extension("ron"),
            Some(dir) if into_dir => {
                dir.join(Path::new(text.file_stem().unwrap_or(text.as_os_str())).with_extension("ron"))
            }
            // `--out kemi` means `kemi.ron`.
            Some(file) if file.extension().is_none() => file.with_extension("ron"),
            Some(file) => file.to_owned(),
        };
        match import_one(text, &file, force) {
            Ok((report, left)) if summary => {
                say!(out, "{}", report.summary_line());
                to_review.push((left, file));
            }
            Ok((report, _)) => {
                if i > 0 {
                    say!(out);
                }
                say!(out, "{} → {}", text.display(), file.display());
                terminal::put(out, &report.to_text(lang));
            }
            Err(message) => {
                say!(err, "{message}");
                if summary {
                    say!(out, "{}: error: {message}", text.display());
                }
                failed += 1;
                outcome = Outcome::Failure;
            }
        }
    }
    if summary {
        say!(out, "{} imported, {failed} failed", files.len() - failed);
        // The batch's worklist (issue 18): the registers with most left to review first.
        to_review.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        if !to_review.is_empty() {
            say!(out, "{}", UiText::LeftReviewBlocksExtra.get(lang));
            for (left, file) in &to_review {
                say!(out, "{left:>5}  {}", file.display());
            }
        }
    }
    outcome
}

/// Imports one text into `file`, with the heading synonyms taught to the folder `file` goes
/// into; returns the report and how much is left to review. The error message starts with
/// the file it is about.
fn import_one(text: &Path, file: &Path, force: bool) -> Result<(crate::import::ImportReport, usize), String> {
    if file == text || store::same_file(file, text) {
        return Err(format!(
            "{}: the register would overwrite the text it is imported from; use --out",
            text.display()
        ));
    }
    if file.exists() && !force {
        return Err(format!("{}: already exists; use --force to overwrite it", file.display()));
    }
    let bytes = store::read_bytes(text).map_err(|e| e.to_string())?;
    let folder = file.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let taught = store::load_synonyms(folder).map_err(|e| e.to_string())?;
    let crate::import::Imported { mut register, report } =
        crate::import::import_bytes_taught(&bytes, &text.display().to_string(), &taught).map_err(|e| e.to_string())?;
    if let Some(stem) = file.file_stem() {
        register.id = stem.to_string_lossy().into_owned();
    }
    store::save_register(file, &register).map_err(|e| e.to_string())?;
    Ok((report, crate::review::left_to_review(&register)))
}
