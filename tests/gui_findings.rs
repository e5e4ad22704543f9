//! Each finding is shown once in the form, under its field (issue 13).

use crate::gui::app;
use crate::util::*;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use seloste::gui::state::Command;
use seloste::model::{Lang, Section};

#[test]
fn every_finding_of_every_sample_is_shown_once_in_its_form() {
    let dir = copy_samples();
    let mut h = app(dir.path());
    h.run();
    let mut problems = Vec::new();
    let mut checked = 0;
    for file in sample_files() {
        let path = dir.path().join(file.file_name().unwrap());
        if path.file_name().is_some_and(|n| n == "organisation.ron") {
            continue;
        }
        h.state_mut().state.handle(Command::OpenRegister(path.clone()));
        h.run();
        let findings = {
            let state = &mut h.state_mut().state;
            let org = state.workspace.organisation.clone();
            state.doc.as_mut().expect("the sample opens").findings(org.as_ref()).to_vec()
        };
        for section in Section::ALL {
            h.state_mut().state.handle(Command::SelectSection(section));
            h.run();
            for f in findings.iter().filter(|f| f.section() == section) {
                let text = f.message(Lang::Fi);
                let expected =
                    findings.iter().filter(|g| g.section() == section && g.message(Lang::Fi) == text).count();
                // In the form a finding is a line of text; in the findings pane, a button.
                let shown = h
                    .query_all_by(|n| {
                        let said = n.label().or_else(|| n.value()).unwrap_or_default();
                        n.role() == Role::Label && said.ends_with(&text)
                    })
                    .count();
                checked += 1;
                if shown != expected {
                    problems.push(format!(
                        "{}: section {}: {:?} shown {shown} times ({})",
                        path.display(),
                        section.number(),
                        text,
                        f.path
                    ));
                }
            }
        }
    }
    assert!(checked > 20, "the samples have findings to check: {checked}");
    assert!(problems.is_empty(), "{} findings not shown exactly once:\n{}", problems.len(), problems.join("\n"));
}
