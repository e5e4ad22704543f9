//! The end of filling: the controller's kind (by the words of its name) and what the
//! register still lacks.

use super::*;

pub(super) fn is_body(s: &str) -> bool {
    let f = fold(s);
    [
        "hallitus",
        "lautakunta",
        "valtuusto",
        "johtokunta",
        "jaosto",
        "toimikunta",
        "styrelse",
        "namnd",
        "board",
        "committee",
        "council",
    ]
    .iter()
    .any(|w| f.contains(w))
}

pub(super) fn controller_kind(reg: &Register) -> ControllerKind {
    let name = format!("{} {}", reg.controller.contact.name.or_any(Lang::Fi), reg.controller.body.or_any(Lang::Fi));
    let words = folded_words(&name);
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    if name.trim().is_empty() {
        return ControllerKind::Unspecified;
    }
    if has(&["oy", "oyj", "ab", "abp", "ltd", "inc", "gmbh", "llc", "plc", "asa"]) {
        ControllerKind::Company
    } else if has(&["ry", "saatio", "sr", "yhdistys", "forening", "stiftelse", "association", "foundation"]) {
        ControllerKind::Association
    } else if words.iter().any(|w| {
        [
            "kaupunki",
            "kaupungin",
            "kunta",
            "kunnan",
            "lautakunta",
            "kuntayhtyma",
            "hyvinvointialue",
            "virasto",
            "ministerio",
            "valtuusto",
            "sairaanhoitopiiri",
            "stad",
            "kommun",
            "namnd",
            "samkommun",
            "municipality",
            "council",
            "city",
        ]
        .contains(&w.as_str())
            || w.ends_with("hallitus")
            || w.ends_with("lautakunta")
            || w.ends_with("styrelse")
            || w.ends_with("virasto")
            || w.ends_with("laitos")
            || w.ends_with("keskus")
            || w.ends_with("hallinto")
            || w.ends_with("ministerio")
    }) {
        ControllerKind::PublicAuthority
    } else {
        ControllerKind::Unspecified
    }
}

/// Required content (DESIGN.md section 3) the register still lacks.
pub(super) fn missing(reg: &Register) -> Vec<Target> {
    let mut out = Vec::new();
    let mut need = |empty: bool, t: Target| {
        if empty {
            out.push(t);
        }
    };
    need(reg.name.is_empty(), Target::Name);
    need(reg.controller.contact.name.is_empty() && !reg.controller.contact.has_channel(), Target::Controller);
    let private = matches!(reg.controller.kind, ControllerKind::Company | ControllerKind::Association);
    need(reg.dpo.is_empty() && !private, Target::Dpo);
    need(reg.purposes.iter().all(|p| p.description.is_empty()), Target::Purposes);
    need(reg.purposes.iter().all(|p| p.legal_bases.is_empty()) && reg.legal_basis_text.is_empty(), Target::LegalBasis);
    need(reg.subjects.is_empty(), Target::Subjects);
    need(reg.data.categories.is_empty() && reg.data.description.is_empty(), Target::Data);
    need(reg.sources == Default::default(), Target::Sources);
    need(reg.recipients == Default::default(), Target::Recipients);
    need(reg.transfers == Default::default(), Target::Transfers);
    need(reg.retention == Default::default(), Target::Retention);
    need(reg.automated == Default::default(), Target::Automated);
    need(reg.rights.listed.is_empty() && reg.rights.how_to.is_empty(), Target::Rights);
    need(reg.complaint == Default::default() && !reg.lists_right(Right::Complaint), Target::Complaint);
    need(reg.provision == Default::default(), Target::Provision);
    out
}
