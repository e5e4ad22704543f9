//! The command line (DESIGN.md section 7): a thin shell that parses arguments, calls the
//! library and prints. Exit codes: 0 success, 1 findings / not canonical / differences,
//! 2 unreadable input or a failed operation.

use crate::model::{Lang, Organisation};
use crate::store::{self, ORGANISATION_FILE, StoreError};
use crate::validate::{self, Finding, Severity};
use clap::{Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

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
    /// Rewrite files in canonical form.
    Fmt {
        /// List the files that are not canonical and exit 1, without writing.
        #[arg(long)]
        check: bool,
        /// Register files or workspace folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
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
    writeln!(err, "seloste: this build has no editor (built without the `gui` feature); see `seloste --help`").ok();
    ExitCode::from(2)
}

/// Runs one subcommand, writing its output and messages to the given streams.
pub fn run(command: Command, out: &mut dyn std::io::Write, err: &mut dyn std::io::Write) -> Outcome {
    match command {
        Command::Validate { paths, json, lang } => validate_cmd(&paths, json, lang.into(), out, err),
        Command::Fmt { check, paths } => fmt_cmd(&paths, check, out, err),
    }
}

/// The register files named by the arguments: files as given, folders expanded.
/// Also returns, per file, the organisation profile of its folder if there is one.
fn expand(paths: &[PathBuf], err: &mut dyn std::io::Write, outcome: &mut Outcome) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            match store::list_registers(path) {
                Ok(list) => files.extend(list),
                Err(e) => {
                    writeln!(err, "{e}").ok();
                    *outcome = Outcome::Failure;
                }
            }
        } else {
            files.push(path.clone());
        }
    }
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
    let mut reports = Vec::new();
    for file in &files {
        let shown = file.display().to_string();
        match store::load_register(file) {
            Ok(register) => {
                let org = organisation_for(file);
                let findings = validate::validate(&register, org.as_ref());
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
                writeln!(err, "{e}").ok();
                reports.push(serde_json::json!({ "file": shown, "error": e.to_string(), "findings": [] }));
            }
        }
    }
    if json {
        let text = serde_json::to_string_pretty(&reports).unwrap_or_else(|_| "[]".to_owned());
        writeln!(out, "{text}").ok();
    }
    outcome
}

fn finding_json(f: &Finding, lang: Lang) -> serde_json::Value {
    serde_json::json!({
        "rule": f.rule,
        "severity": f.severity.as_str(),
        "path": f.path,
        "message": f.message(lang),
        "article": f.article,
    })
}

fn print_findings(out: &mut dyn std::io::Write, file: &str, findings: &[Finding], lang: Lang) {
    for f in findings {
        writeln!(out, "{file}: {} {} {}: {}", f.severity.as_str(), f.rule, f.path, f.message(lang)).ok();
    }
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let (e, w, h) = (count(Severity::Error), count(Severity::Warning), count(Severity::Hint));
    let summary = match lang {
        Lang::Fi => format!("{e} virhettä, {w} varoitusta, {h} vihjettä"),
        Lang::Sv => format!("{e} fel, {w} varningar, {h} tips"),
        Lang::En => format!("{e} errors, {w} warnings, {h} hints"),
    };
    writeln!(out, "{file}: {summary}").ok();
}

fn fmt_cmd(paths: &[PathBuf], check: bool, out: &mut dyn std::io::Write, err: &mut dyn std::io::Write) -> Outcome {
    let mut outcome = Outcome::Success;
    let mut files = expand(paths, err, &mut outcome);
    for p in paths.iter().filter(|p| p.is_dir()) {
        let org = p.join(ORGANISATION_FILE);
        if org.exists() {
            files.push(org);
        }
    }
    for file in &files {
        let result = if check { store::is_canonical(file) } else { format_file(file) };
        match result {
            Ok(true) => {}
            Ok(false) => {
                writeln!(out, "{}", file.display()).ok();
                if check {
                    outcome = outcome.max(Outcome::Findings);
                }
            }
            Err(e) => {
                writeln!(err, "{e}").ok();
                outcome = Outcome::Failure;
            }
        }
    }
    outcome
}

/// Rewrites one file canonically. Ok(true) when it already was canonical.
fn format_file(file: &Path) -> Result<bool, StoreError> {
    if store::is_canonical(file)? {
        return Ok(true);
    }
    if file.file_name().is_some_and(|n| n == ORGANISATION_FILE) {
        store::save_organisation(file, &store::load_organisation(file)?)?;
    } else {
        store::save_register(file, &store::load_register(file)?)?;
    }
    Ok(false)
}
