//! The commands that write documents: `export` (notices and posters), `record` (the Art. 30
//! record) and `site` (the published notices as a web site), and their shared helpers.

use super::terminal::say;
use super::*;
use crate::layout::Paper;

pub(super) fn record_cmd(
    dir: &Path,
    target: Option<&Path>,
    lang: Lang,
    format: Option<RecordFormatArg>,
    out: &mut dyn std::io::Write,
    err: &mut dyn std::io::Write,
) -> Outcome {
    let format = match (format, target.map(|t| t.extension().map(|e| e.to_string_lossy().to_lowercase()))) {
        (Some(f), _) => f,
        (None, None) => RecordFormatArg::Csv,
        (None, Some(Some(e))) if e == "csv" => RecordFormatArg::Csv,
        (None, Some(Some(e))) if e == "xlsx" => RecordFormatArg::Xlsx,
        (None, Some(_)) => {
            let shown = target.map(|t| t.display().to_string()).unwrap_or_default();
            say!(err, "{shown}: the record is written as .csv or .xlsx");
            return Outcome::Failure;
        }
    };
    if !dir.is_dir() {
        say!(err, "{}: not a workspace folder", dir.display());
        return Outcome::Failure;
    }
    let workspace = match store::Workspace::load(dir) {
        Ok(w) => w,
        Err(e) => {
            say!(err, "{e}");
            return Outcome::Failure;
        }
    };
    // A register that cannot be read is named and left out; the others are still written.
    let mut outcome = Outcome::Success;
    let mut registers = Vec::new();
    for entry in &workspace.entries {
        match &entry.register {
            Ok(r) => {
                let name = entry.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                registers.push((name, r));
            }
            Err(e) => {
                say!(err, "{e}");
                outcome = Outcome::Failure;
            }
        }
    }
    let record = export::record::build(&registers, lang);
    let bytes = match format {
        RecordFormatArg::Description => {
            let resources: Vec<export::description::Resource> = registers
                .iter()
                .map(|(_, r)| export::description::Resource {
                    register: r,
                    notice: export::description::NoticeLink::of_register(r),
                })
                .collect();
            export::description::page(&workspace.organisation_or_default(), &resources, lang)
        }
        RecordFormatArg::Csv => export::record::to_csv(&record),
        RecordFormatArg::Xlsx => match export::record::to_xlsx(&record) {
            Ok(b) => b,
            Err(e) => {
                say!(err, "{}: {e}", target.map(|t| t.display().to_string()).unwrap_or_default());
                return Outcome::Failure;
            }
        },
    };
    match target {
        None => {
            if let Err(e) = out.write_all(&bytes) {
                say!(err, "{}: {e}", dir.display());
                return Outcome::Failure;
            }
        }
        Some(file) => match store::write_generated(file, &bytes) {
            Ok(()) => {
                say!(out, "{}", file.display());
            }
            Err(e) => {
                say!(err, "{e}");
                return Outcome::Failure;
            }
        },
    }
    outcome
}

pub(super) fn site_cmd(
    dir: &Path,
    target: &Path,
    drafts: bool,
    base_url: Option<String>,
    out: &mut dyn std::io::Write,
    err: &mut dyn std::io::Write,
) -> Outcome {
    let workspace = match dir.is_dir().then(|| store::Workspace::load(dir)) {
        Some(Ok(w)) => w,
        Some(Err(e)) => {
            say!(err, "{e}");
            return Outcome::Failure;
        }
        None => {
            say!(err, "{}: not a workspace folder", dir.display());
            return Outcome::Failure;
        }
    };
    if store::same_file(dir, target) {
        say!(err, "{}: the site cannot be written into the workspace folder itself", target.display());
        return Outcome::Failure;
    }
    // A register that cannot be read is named and left out; the others are still published.
    let mut outcome = Outcome::Success;
    let mut registers = Vec::new();
    for entry in &workspace.entries {
        match &entry.register {
            Ok(r) => registers
                .push((entry.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(), r)),
            Err(e) => {
                say!(err, "{e}");
                outcome = Outcome::Failure;
            }
        }
    }
    if let Some(Err(e)) = &workspace.organisation {
        say!(err, "{e}");
        outcome = Outcome::Failure;
    }
    let organisation = workspace.organisation_or_default();
    // The version in force of each published register, not edits made since (Art. 5(2)).
    let (content, archive_warnings) =
        crate::publish::site_content(&registers, drafts, &mut |rel| store::read_archived(dir, rel));
    for w in &archive_warnings {
        say!(err, "{w}");
    }
    let registers = content.iter().map(|(f, r)| (f.clone(), r)).collect();
    let input = export::site::Input { organisation: &organisation, registers, drafts, base_url };
    let site = match export::site::build(&input) {
        Ok(site) => site,
        Err(e) => {
            say!(err, "{e}");
            return Outcome::Failure;
        }
    };
    for w in &site.warnings {
        say!(err, "{w}");
    }
    match store::write_file_set(target, &site.files) {
        Ok(()) => {
            say!(out, "{} ({} files)", target.join("index.html").display(), site.files.len());
            outcome
        }
        Err(e) => {
            say!(err, "{e}");
            Outcome::Failure
        }
    }
}

/// One file to write: the register it comes from and what to export.
struct Job {
    input: PathBuf,
    register: Register,
    options: export::Options,
    output: PathBuf,
    /// The logo of the register's workspace folder, for a poster.
    logo: Option<crate::model::Logo>,
}

/// The logo of the workspace folder `dir` (read once per folder). A logo that cannot be
/// read is named on `err` and left out; the posters are still made.
fn folder_logo(
    dir: &Path,
    logos: &mut std::collections::HashMap<PathBuf, Option<crate::model::Logo>>,
    err: &mut dyn std::io::Write,
) -> Option<crate::model::Logo> {
    logos
        .entry(dir.to_path_buf())
        .or_insert_with(|| {
            store::load_logo(dir).unwrap_or_else(|e| {
                say!(err, "{e}: the posters are made without a logo");
                None
            })
        })
        .clone()
}

/// `<stem>-fi.pdf`, `<stem>-fi-poster.pdf`, `<stem>-fi.txt`.
fn output_name(input: &Path, options: &export::Options) -> String {
    let stem = input.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "seloste".to_owned());
    let poster = match (options.poster, options.paper) {
        (false, _) => "",
        (true, Paper::A4) => "-poster",
        (true, Paper::A3) => "-poster-a3",
    };
    format!("{stem}-{}{poster}.{}", options.lang.code(), options.format.extension())
}

pub(super) fn export_cmd(
    paths: &[PathBuf],
    lang: Option<Lang>,
    poster: Option<Paper>,
    format: Format,
    target: Option<&Path>,
    out: &mut dyn std::io::Write,
    err: &mut dyn std::io::Write,
) -> Outcome {
    let mut outcome = Outcome::Success;
    let files = expand(paths, err, &mut outcome);
    let mut jobs = Vec::new();
    let mut logos = std::collections::HashMap::new();
    for file in &files {
        match store::load_register(file) {
            Ok(register) => {
                let dir = file.parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf);
                let logo = if poster.is_some() { folder_logo(&dir, &mut logos, err) } else { None };
                let langs = lang.map_or_else(|| register.notice_languages(), |l| vec![l]);
                for l in langs {
                    let options = export::Options {
                        lang: l,
                        poster: poster.is_some(),
                        format,
                        paper: poster.unwrap_or_default(),
                    };
                    let name = output_name(file, &options);
                    let output = dir.join(name);
                    jobs.push(Job {
                        input: file.clone(),
                        register: register.clone(),
                        options,
                        output,
                        logo: logo.clone(),
                    });
                }
            }
            Err(e) => {
                say!(err, "{e}");
                outcome = Outcome::Failure;
            }
        }
    }
    if let Some(target) = target {
        // A folder when it is one, when it is written as one, or when there is more than one output.
        let as_dir = target.is_dir()
            || target.as_os_str().to_string_lossy().ends_with(['/', std::path::MAIN_SEPARATOR])
            || jobs.len() > 1;
        if as_dir {
            if let Err(e) = store::create_folder(target) {
                say!(err, "{e}");
                return Outcome::Failure;
            }
            for job in &mut jobs {
                job.output = target.join(output_name(&job.input, &job.options));
            }
        } else if let Some(job) = jobs.first_mut() {
            job.output = target.to_path_buf();
        }
    }
    let jobs = without_collisions(jobs, &files, err, &mut outcome);
    // Exports are independent: spread them over the cores.
    let results = crate::export::site::parallel(&jobs, |job| {
        export::export_with_logo(&job.register, &job.options, job.logo.as_ref())
    });
    for (job, result) in jobs.iter().zip(results) {
        let shown = job.input.display();
        match result {
            Ok(output) => {
                for w in &output.warnings {
                    say!(err, "{shown}: warning: {} ({})", w, job.options.lang);
                }
                match store::write_export(&job.output, &output.bytes) {
                    Ok(()) => {
                        say!(out, "{}", job.output.display());
                    }
                    Err(e) => {
                        say!(err, "{shown}: {e}");
                        outcome = Outcome::Failure;
                    }
                }
            }
            Err(e) => {
                say!(
                    err,
                    "{shown}: {} ({}): {e}",
                    if job.options.poster { "poster" } else { "notice" },
                    job.options.lang
                );
                outcome = Outcome::Failure;
            }
        }
    }
    outcome
}

/// The jobs whose output no other job writes and that overwrite no input. Two registers
/// with the same file stem exported to one folder would leave one file: neither is
/// written, both inputs are named, and the outcome is a failure. Checked before anything
/// is written.
fn without_collisions(
    jobs: Vec<Job>,
    inputs: &[PathBuf],
    err: &mut dyn std::io::Write,
    outcome: &mut Outcome,
) -> Vec<Job> {
    let inputs: std::collections::HashSet<PathBuf> = inputs.iter().map(|p| store::file_identity(p)).collect();
    let mut by_output: std::collections::BTreeMap<PathBuf, Vec<usize>> = std::collections::BTreeMap::new();
    for (i, job) in jobs.iter().enumerate() {
        by_output.entry(store::file_identity(&job.output)).or_default().push(i);
    }
    let mut refused = vec![false; jobs.len()];
    for (output, users) in &by_output {
        let first = &jobs[users[0]];
        // An export is never a register file: `--out x.ron` is a slip, not a wish.
        if inputs.contains(output) || first.output.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron")) {
            say!(
                err,
                "{}: the export would be written over a register file, {}; choose another --out",
                first.input.display(),
                first.output.display()
            );
        } else if users.len() > 1 {
            let names: Vec<String> = users.iter().map(|&i| jobs[i].input.display().to_string()).collect();
            say!(
                err,
                "{}: would all be exported to {}; export them to different folders (none of them was written)",
                names.join(", "),
                first.output.display()
            );
        } else {
            continue;
        }
        *outcome = Outcome::Failure;
        for &i in users {
            refused[i] = true;
        }
    }
    jobs.into_iter().zip(refused).filter(|(_, refused)| !refused).map(|(job, _)| job).collect()
}
