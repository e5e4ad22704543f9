//! Retention: rules, criteria and the records management plan.

use super::{Filler, push_para, text_in};
use crate::import::lines::{compact, fold, folded_words, list_marker, sentences, word_count};
use crate::import::structure::Part;
use crate::model::*;

impl Filler<'_> {
    pub(super) fn retention(&mut self, parts: &[Part]) {
        let lang = self.lang;
        for (i, part) in parts.iter().enumerate() {
            match part {
                Part::Sub(h) => {
                    if parts[i + 1..].iter().any(|p| matches!(p, Part::Para(_))) {
                        push_para(&mut self.reg.retention.criteria, lang, &h.text);
                    } else {
                        self.log_sub(h);
                    }
                }
                Part::Para(lines) => {
                    let mut prose: Vec<&str> = Vec::new();
                    for l in lines {
                        match list_marker(&l.text).and_then(|(_, item)| retention_rule(item)) {
                            Some((data, period)) => self
                                .reg
                                .retention
                                .rules
                                .push(RetentionRule { data: text_in(lang, &data), period: text_in(lang, &period) }),
                            None => prose.push(&l.text),
                        }
                    }
                    let text = prose.join("\n");
                    let flat = text.replace('\n', " ");
                    let (plan, rest): (Vec<&str>, Vec<&str>) =
                        sentences(&flat).into_iter().partition(|s| records_plan(s));
                    if plan.is_empty() {
                        push_para(&mut self.reg.retention.criteria, lang, &text);
                    } else {
                        push_para(&mut self.reg.retention.records_plan, lang, &plan.join(" "));
                        push_para(&mut self.reg.retention.criteria, lang, &rest.join(" "));
                    }
                }
            }
        }
    }
}

/// "Google Analytics: 2 vuotta" or "Lokitiedot – 6 kk" as a rule.
pub(super) fn retention_rule(item: &str) -> Option<(String, String)> {
    let (data, period) = item.split_once(": ").or_else(|| item.split_once(" – ")).or_else(|| item.split_once(" - "))?;
    let has_number = period.chars().any(|c| c.is_ascii_digit())
        || ["vuo", "kuukau", "viik", "paiv", "year", "month", "week", "day", "ar", "manad", "vecka", "dag"]
            .iter()
            .any(|s| fold(period).contains(s));
    (has_number && word_count(data) <= 6)
        .then(|| (data.trim().to_owned(), period.trim().trim_end_matches('.').to_owned()))
}

pub(super) fn records_plan(s: &str) -> bool {
    let c = compact(s);
    [
        "tiedonohjaussuunnitelm",
        "arkistonmuodostussuunnitelm",
        "informationsstyrningsplan",
        "arkivbildningsplan",
        "recordsmanagementplan",
        "retentionschedule",
    ]
    .iter()
    .any(|p| c.contains(p))
        || folded_words(s).iter().any(|w| w == "tos")
}
