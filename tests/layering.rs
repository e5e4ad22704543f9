//! The architecture the compiler does not check by itself (issue 16): only `gui` names
//! egui, eframe or rfd (and `cli` only to start it), and only `store` names `std::fs`.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Source lines that name one of `words` as a path segment (comments excluded).
fn naming(text: &str, words: &[&str]) -> Vec<(usize, String)> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            let code = line.split("//").next().unwrap_or_default();
            words.iter().any(|w| {
                code.match_indices(w).any(|(i, _)| {
                    let before = code[..i].chars().next_back();
                    let after = &code[i + w.len()..];
                    !before.is_some_and(|c| c.is_alphanumeric() || c == '_') && after.starts_with("::")
                })
            })
        })
        .map(|(n, line)| (n + 1, line.trim().to_owned()))
        .collect()
}

#[test]
fn only_gui_names_the_gui_libraries_and_only_store_names_std_fs() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 20, "the sources were found");
    let mut wrong = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&src).expect("under src").to_string_lossy().replace('\\', "/");
        let text = std::fs::read_to_string(file).expect("read source");
        if !rel.starts_with("gui/") {
            for (n, line) in naming(&text, &["egui", "eframe", "rfd"]) {
                wrong.push(format!("src/{rel}:{n}: names the GUI outside gui: {line}"));
            }
        }
        if !rel.starts_with("store/") {
            for (n, line) in naming(&text, &["fs"]).into_iter().filter(|(_, l)| l.contains("std::fs")) {
                wrong.push(format!("src/{rel}:{n}: names std::fs outside store: {line}"));
            }
        }
    }
    assert!(wrong.is_empty(), "layering broken:\n{}", wrong.join("\n"));
}

#[test]
fn the_check_finds_what_it_looks_for() {
    assert_eq!(naming("use egui::Ui;", &["egui"]).len(), 1);
    assert_eq!(naming("let x = std::fs::read(p);", &["fs"]).len(), 1);
    assert!(naming("// egui::Ui in a comment", &["egui"]).is_empty());
    assert!(naming("let my_egui = 1;", &["egui"]).is_empty());
}
