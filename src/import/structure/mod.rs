//! From lines to sections: paragraphs, headings (by the dictionary and by shape),
//! heading levels, and the web-page furniture and date lines that are not content.
//!
//! Levels. A notice is either numbered (`1. Rekisterinpitäjä`, `2. ...`: most headings
//! the dictionary knows carry a number) or not. In a numbered notice the numbered
//! headings are the sections and an unnumbered or lettered heading inside one is a
//! sub-heading; in an unnumbered notice it is the other way round (seed 000 numbers the
//! sub-headings under its question headings). A sub-heading the dictionary knows opens
//! its own field ("Tietosuojavastaava" under "3. Rekisterin yhteyshenkilö", "4.
//! Kansainväliset tietojen siirrot" under "Luovutammeko henkilötietoja?"); any other
//! sub-heading stays with its section, whose text continues after it.

use super::headings::{Match, Target, lookup};
use super::lines::{
    DateKind, Numbering, SrcLine, date_line, find_date, fold, list_marker, phone_like, strip_numbering, word_count,
};
use super::meaning::rights_in;
use crate::model::Date;
use crate::review::Synonyms;
use blocks::*;
use candidates::*;

mod blocks;
mod candidates;

/// A heading found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Heading {
    /// Its line.
    pub no: usize,
    /// The line as written (trimmed).
    pub text: String,
    /// Without numbering, markdown and a final colon.
    pub clean: String,
    /// Its numbering, if any.
    pub numbering: Option<Numbering>,
    /// What the dictionary says, if it knows the heading.
    pub matched: Option<Match>,
    /// True for a `Label: value` line split into a heading and its text.
    pub label: bool,
}

/// A piece of a section's body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    /// A paragraph: consecutive non-empty lines.
    Para(Vec<SrcLine>),
    /// A sub-heading that stays in its section.
    Sub(Heading),
}

/// A section of the notice: a heading and what follows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Chunk {
    /// The heading; `None` for text gathered by its content.
    pub heading: Option<Heading>,
    /// Where it goes; `None` for an extra section.
    pub target: Option<Target>,
    /// The body.
    pub parts: Vec<Part>,
    /// Line of the text gathered by content (when `heading` is `None`).
    pub content_line: usize,
    /// The section it was moved out of, for text gathered by content.
    pub moved_from: Option<String>,
    /// True when an unknown or generic heading was given its target by the meaning of its text.
    pub by_meaning: bool,
}

impl Chunk {
    /// A section under the heading `h`, going to `target`, its body still to come.
    fn headed(h: Heading, target: Option<Target>) -> Chunk {
        Chunk { heading: Some(h), target, parts: Vec::new(), content_line: 0, moved_from: None, by_meaning: false }
    }
}

/// A date line ("Päivitetty 28.3.2021 / PK").
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DateLine {
    /// The line.
    pub line: SrcLine,
    /// Drawn up or updated.
    pub kind: DateKind,
    /// The date.
    pub date: Date,
    /// True when it stands inside a section (and stays there), false in the header.
    pub in_section: bool,
}

/// The notice as sections.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Document {
    /// The text before the first heading, without furniture and header dates.
    pub preamble: Vec<Part>,
    /// The sections in order.
    pub chunks: Vec<Chunk>,
    /// Web-page furniture ("fbpx", "PALUU ... ETUSIVULLE", "Suosikit").
    pub chrome: Vec<SrcLine>,
    /// Page furniture of a PDF or Word copy: page numbers ("2 (3)", "Sivu 2/3") and the
    /// running header or footer printed beside them. Kept in the notes, never as content.
    pub page_furniture: Vec<SrcLine>,
    /// Date lines.
    pub dates: Vec<DateLine>,
}

enum Item {
    Heading(Heading),
    Para(Vec<SrcLine>),
}

/// Splits a document read from any format into sections. The lines its format marks as
/// headings (a Word heading style, `<h2>`, `## ...`) are headings whatever their shape.
///
/// A heading the workspace was taught (`taught`, issue 18) is known like the lexicon's.
pub(crate) fn structure_document(source: &super::document::Document, taught: &Synonyms) -> Document {
    let (lines, headings, levels) = source.src_lines_with_levels();
    structure_lines(lines, &headings, &levels, taught)
}

/// Splits lines into sections, the lines `format_headings` marked as headings by their
/// format (as a web page's h1-h6).
#[cfg(test)]
pub(crate) fn structure_lines_for_test(lines: Vec<SrcLine>, format_headings: &[usize]) -> Document {
    structure_lines(lines, format_headings, &[], &Synonyms::default())
}

/// Splits a decoded plain text into sections.
#[cfg(test)]
pub(crate) fn structure(text: &str) -> Document {
    let lines = text.split('\n').enumerate().map(|(i, l)| SrcLine { no: i + 1, text: l.trim().to_owned() }).collect();
    structure_lines(lines, &[], &[], &Synonyms::default())
}

fn structure_lines(
    lines: Vec<SrcLine>,
    format_headings: &[usize],
    levels: &[(usize, u8)],
    taught: &Synonyms,
) -> Document {
    let mut doc = Document::default();
    let grid = grid_rows(&lines, taught);
    let mut lines: Vec<SrcLine> = lines
        .into_iter()
        .map(|l| {
            let text = if grid.contains(&l.no) { l.text.replace('\t', " | ") } else { tidy_tabs(&l.text) };
            SrcLine { no: l.no, text }
        })
        .collect();
    take_page_furniture(&mut lines, &mut doc.page_furniture, taught);
    dehyphenate(&mut lines);
    let lines = run_in_headings(lines, taught);
    let blocks = blocks(&lines, &mut doc.chrome);
    let items = items(blocks, format_headings, taught);
    let numbered = numbered_style(&items);
    build(items, numbered, levels, &mut doc);
    take_header_dates(&mut doc);
    doc
}

/// The rows of a grid: a table (tab-separated lines one after another) whose first row
/// names its columns with two or more headings the dictionary knows ("Ändamål med
/// behandling | Laglig grund", "Purpose | Lawful basis"). Its rows are data of those
/// columns, never `Label: value` lines: "Kontakt med föreningen | Intresseavvägning" is a
/// purpose and its basis, not a contacts section. Returns their line numbers.
fn grid_rows(lines: &[SrcLine], taught: &Synonyms) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !lines[i].text.contains('\t') {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && lines[i].text.contains('\t') {
            i += 1;
        }
        let cells: Vec<&str> = lines[start].text.split('\t').map(str::trim).filter(|c| !c.is_empty()).collect();
        let headed = cells.len() >= 2
            && cells.iter().filter(|c| word_count(c) <= 5 && known(&clean_heading(c), taught).is_some()).count() >= 2;
        if headed {
            out.extend(lines[start + 1..i].iter().map(|l| l.no));
        }
    }
    out
}

/// Headings and paragraphs, in order.
fn items(blocks: Vec<Vec<SrcLine>>, format_headings: &[usize], taught: &Synonyms) -> Vec<Item> {
    // Split blocks at labelled lines and at a numbered dictionary heading that starts a block.
    // (heading, body, whether the body came with its heading in one block and stays body)
    let mut pieces: Vec<(Option<Heading>, Vec<SrcLine>, bool)> = Vec::new();
    for block in blocks {
        let mut body: Vec<SrcLine> = Vec::new();
        for (i, line) in block.iter().enumerate() {
            if let Some((heading, value)) = label_line(line, taught) {
                if !body.is_empty() {
                    pieces.push((None, std::mem::take(&mut body), false));
                }
                pieces.push((Some(heading), Vec::new(), false));
                body.push(value);
                continue;
            }
            // "8. Lagringstid:" inside a block, its text on the lines after it (a numbered
            // list in Markdown, each item's text indented under its label): a heading.
            if i > 0 && i + 1 < block.len() && line.text.trim_end().ends_with(':') {
                if let Some(h) = candidate(line, taught).filter(|h| {
                    h.numbering.as_ref().is_some_and(Numbering::is_top) && h.matched.is_some_and(|m| !m.fuzzy)
                }) {
                    if !body.is_empty() {
                        pieces.push((None, std::mem::take(&mut body), false));
                    }
                    pieces.push((Some(h), Vec::new(), false));
                    continue;
                }
            }
            if i == 0 && block.len() > 1 {
                if let Some(h) = candidate(line, taught) {
                    // A heading with its text on the very next line: numbered and known, a
                    // Markdown heading ("## ..."), a line in bold, or a known heading of a
                    // heading's shape.
                    let known = h.matched.is_some_and(|m| !m.fuzzy);
                    let marked = line.text.starts_with('#')
                        || (line.text.starts_with("**") && line.text.trim_end_matches(':').ends_with("**"));
                    let sentence_next = block.get(1).is_some_and(|l| sentence_like(&l.text));
                    // A line whose sentence runs on to the next ("Tietoja käsittelevät
                    // rekisterinpitäjän lukuun seuraavat tahot" over "(henkilötietojen
                    // käsittelijät), ...") is text, however well the dictionary knows it.
                    let runs_on = block
                        .get(1)
                        .is_some_and(|l| l.text.trim_start().starts_with(|c: char| c.is_lowercase() || c == '('));
                    // A question of a heading's shape ("3. Minne Skhole siirtää tietoja?")
                    // over a sentence heads it, known or not.
                    let question = h.clean.ends_with('?') && shape(&h) && sentence_next;
                    let strong = (h.numbering.as_ref().is_some_and(Numbering::is_top) && known)
                        || question
                        || marked
                        || (known
                            && !runs_on
                            && shape(&h)
                            && word_count(&h.clean) <= 10
                            && block.get(1).is_some_and(|l| sentence_like(&l.text)));
                    if strong {
                        pieces.push((Some(h), Vec::new(), false));
                        continue;
                    }
                }
            }
            body.push(line.clone());
        }
        if !body.is_empty() {
            let split = pieces.last().is_some_and(|(h, b, _)| h.is_some() && b.is_empty());
            pieces.push((None, body, split));
        }
    }
    // Single-line paragraphs may be headings: by the dictionary, or by shape when body text follows.
    let candidates: Vec<Option<Heading>> = pieces
        .iter()
        .map(|(h, body, body_only)| match (h, body.as_slice(), body_only) {
            (None, [line], false) => candidate(line, taught),
            _ => None,
        })
        .collect();
    let is_dict = |i: usize| -> bool {
        pieces.get(i).is_some_and(|(h, _, _)| h.is_some())
            || candidates.get(i).is_some_and(|c| c.as_ref().is_some_and(|h| h.matched.is_some()))
    };
    let mut items = Vec::new();
    let mut seen_content = false;
    // Whether the last paragraph is a lead-in that stops mid-sentence and its continuation.
    let mut continuing = false;
    for (i, (heading, body, _)) in pieces.iter().enumerate() {
        if let Some(h) = heading {
            items.push(Item::Heading(h.clone()));
            seen_content = true;
            continuing = false;
            if !body.is_empty() {
                items.push(Item::Para(body.clone()));
            }
            continue;
        }
        // The lines after a lead-in that stops mid-sentence ("Käsittelyn oikeusperuste on"
        // over "henkilön suostumus" and "rekisterinpitäjän oikeutettu etu.") finish its
        // sentence: they join its paragraph, though the dictionary knows them as headings.
        if let Some(Item::Para(prev)) = items.last_mut() {
            let last = prev.last().map(|l| l.text.trim().to_owned()).unwrap_or_default();
            let first = body.first().map(|l| l.text.trim()).unwrap_or_default();
            let short = body.len() == 1 && word_count(first) <= 10 && list_marker(first).is_none();
            let lower = first.chars().next().is_some_and(char::is_lowercase);
            // A capitalised full sentence after the lead-in is one of its own ("... on" over
            // "Muuta tekstiä."); a fragment finishes it.
            let fragment = lower || !first.ends_with(['.', '!', '?']);
            let goes_on =
                (dangles(&last) && fragment) || (continuing && lower && !last.ends_with(['.', '!', '?', ':']));
            if short && goes_on {
                prev.extend(body.iter().cloned());
                continuing = true;
                continue;
            }
        }
        continuing = false;
        if let Some(h) = &candidates[i] {
            let next_body =
                pieces.get(i + 1).is_some_and(|(nh, nb, _)| nh.is_none() && !is_dict(i + 1) && body_like(nb));
            // The first line under a contact heading, over an address block, names whoever
            // is at that address ("Yliopisto, Osasto" over "PL 68, 00014 ..."): text, not a
            // heading of its own.
            let names_contact = h.matched.is_none()
                && matches!(items.last(), Some(Item::Heading(prev)) if prev.matched.is_some_and(|m| is_contact_target(m.target)))
                && pieces.get(i + 1).is_some_and(|(nh, nb, _)| nh.is_none() && super::contact::is_contact_block(nb));
            if names_contact {
                items.push(Item::Para(body.clone()));
                continue;
            }
            let by_dict = h.matched.is_some();
            // The first line of the notice is its title, not a section heading.
            let by_shape = seen_content && shape(h) && next_body;
            let by_format = seen_content && format_headings.contains(&h.no);
            if by_dict || by_shape || by_format {
                items.push(Item::Heading(h.clone()));
                seen_content = true;
                continue;
            }
        }
        items.push(Item::Para(body.clone()));
        seen_content = true;
    }
    items
}

/// The targets whose text is read as contact blocks.
fn is_contact_target(t: Target) -> bool {
    matches!(t, Target::Controller | Target::Contacts(_) | Target::Dpo)
}

/// True when most headings the dictionary knows are numbered.
fn numbered_style(items: &[Item]) -> bool {
    let (mut numbered, mut plain) = (0usize, 0usize);
    for item in items {
        if let Item::Heading(h) = item {
            if h.matched.is_some() && !h.label {
                if h.numbering.as_ref().is_some_and(Numbering::is_top) {
                    numbered += 1;
                } else if h.numbering.is_none() {
                    plain += 1;
                }
            }
        }
    }
    numbered >= 2 && numbered > plain
}

fn is_top_level(h: &Heading, numbered: bool) -> bool {
    if numbered { h.numbering.as_ref().is_some_and(Numbering::is_top) } else { h.numbering.is_none() && !h.label }
}

/// Resolves levels into sections.
fn build(items: Vec<Item>, numbered: bool, levels: &[(usize, u8)], doc: &mut Document) {
    let level_of = |h: &Heading| levels.iter().find(|(no, _)| *no == h.no).map(|(_, l)| *l);
    // The level the format gives the notice's sections: the most common level of the
    // headings the dictionary knows (`##` under a `#` title).
    let section_level = {
        let mut counts = [0usize; 7];
        for item in &items {
            if let Item::Heading(h) = item {
                if let Some(l) = level_of(h).filter(|_| h.matched.is_some() && !h.label) {
                    counts[usize::from(l.min(6))] += 1;
                }
            }
        }
        (1..=6u8)
            .max_by_key(|&l| (counts[usize::from(l)], std::cmp::Reverse(l)))
            .filter(|&l| counts[usize::from(l)] >= 2)
    };
    // Index of the current top-level section, and of the section text goes to now.
    let mut top: Option<usize> = None;
    let mut current: Option<usize> = None;
    // A `Label: value` section inside another: its value is its text, and a paragraph of
    // prose after the value returns to the section around it.
    let mut label_inside = false;
    let mut section_ctx: Option<u8> = None;
    for item in items {
        match item {
            Item::Para(lines) => {
                if label_inside
                    && current.is_some_and(|c| !doc.chunks[c].parts.is_empty())
                    && lines.iter().all(|l| sentence_like(&l.text))
                {
                    current = top;
                    label_inside = false;
                }
                match current {
                    Some(c) => doc.chunks[c].parts.push(Part::Para(lines)),
                    None => doc.preamble.push(Part::Para(lines)),
                }
            }
            Item::Heading(h) => {
                label_inside = false;
                let target = h.matched.map(|m| m.target);
                let top_target = top.and_then(|t| doc.chunks[t].target);
                let current_target = current.and_then(|c| doc.chunks[c].target);
                // A form's field name set as a heading inside a contact section ("Nimi",
                // "Yhteystiedot" under "Rekisterinpitäjä") labels the lines after it: the
                // contact block reads it as a label.
                if h.numbering.is_none()
                    && current_target.is_some_and(is_contact_target)
                    && super::contact::is_form_label(&h.clean)
                {
                    if let Some(c) = current {
                        doc.chunks[c].parts.push(Part::Para(vec![SrcLine { no: h.no, text: h.clean.clone() }]));
                    }
                    continue;
                }
                // A numbered heading after a numbered section heading is its sibling,
                // whatever the notice's style ("1. Miten ...?", "2. ...", "3. Minne ...?").
                let numbered_top = |h: &Heading| !h.label && h.numbering.as_ref().is_some_and(Numbering::is_top);
                let sibling =
                    numbered_top(&h) && top.and_then(|t| doc.chunks[t].heading.as_ref()).is_some_and(numbered_top);
                let mut level_one = is_top_level(&h, numbered) || top.is_none() || sibling;
                // A right's name under the rights heading is a sub-heading however it is numbered.
                if level_one
                    && target.is_none()
                    && top_target == Some(Target::Rights)
                    && !rights_in(&h.clean).is_empty()
                {
                    level_one = false;
                }
                // A heading the dictionary does not know, set deeper than the sections by the
                // format ("### Kontouppgifter" under "## Uppgifter vi samlar in"), is a
                // sub-heading of the known section around it. So is an activity under the
                // purposes that names its basis ("### Plattformens stabilitet (berättigat
                // intresse — art. 6.1 f)"): a purpose with its basis, not the basis section.
                // A heading the dictionary knows only by a spelling variant ("Palvelun
                // tarjoaminen" for "palveluntarjoaja") is no evidence against it either.
                let basis_of_purpose = (target == Some(Target::LegalBasis) && top_target == Some(Target::Purposes))
                    || h.matched.is_some_and(|m| m.fuzzy);
                if level_one
                    && (target.is_none() || basis_of_purpose)
                    && !sibling
                    && top_target.is_some()
                    && section_level.is_some_and(|s| section_ctx == Some(s) && level_of(&h).is_some_and(|l| l > s))
                {
                    if basis_of_purpose {
                        if let Some(t) = top {
                            doc.chunks[t].parts.push(Part::Sub(h));
                            current = top;
                        }
                        continue;
                    }
                    level_one = false;
                }
                // "**Yhteenveto:** TackBird tallentaa ainoastaan ...", "Sammanfattning: ...":
                // a summary labelled inside a known section sums that section up; it opens
                // no section of its own.
                if h.label && target == Some(Target::Intro) && top_target.is_some() && !level_one {
                    if let Some(t) = top {
                        doc.chunks[t].parts.push(Part::Sub(h));
                        current = top;
                    }
                    continue;
                }
                if level_one {
                    // The format level of the sections now: a line the format does not
                    // mark ("Vi samlar in följande uppgifter:") keeps the one around it.
                    // A known heading set deeper ("### Underbiträden") opens a section but
                    // does not change the sections' level.
                    if let Some(l) = level_of(&h).filter(|&l| section_level.is_none_or(|s| l <= s)) {
                        section_ctx = Some(l);
                    }
                    doc.chunks.push(Chunk::headed(h, target));
                    top = Some(doc.chunks.len() - 1);
                    current = top;
                } else if target.is_some() && target != top_target {
                    label_inside = h.label;
                    doc.chunks.push(Chunk::headed(h, target));
                    current = Some(doc.chunks.len() - 1);
                } else if let Some(t) = top {
                    doc.chunks[t].parts.push(Part::Sub(h));
                    current = top;
                }
            }
        }
    }
}

/// Date lines: recorded everywhere; those in the header (before the first heading) leave the text.
fn take_header_dates(doc: &mut Document) {
    for part in &mut doc.preamble {
        if let Part::Para(lines) = part {
            lines.retain(|l| match date_line(&l.text) {
                Some((kind, date)) => {
                    doc.dates.push(DateLine { line: l.clone(), kind, date, in_section: false });
                    false
                }
                None => true,
            });
        }
    }
    doc.preamble.retain(|p| !matches!(p, Part::Para(lines) if lines.is_empty()));
    for chunk in &doc.chunks {
        for part in &chunk.parts {
            if let Part::Para(lines) = part {
                for l in lines {
                    if let Some((kind, date)) = date_line(&l.text) {
                        doc.dates.push(DateLine { line: l.clone(), kind, date, in_section: true });
                    }
                }
            }
        }
    }
    doc.dates.sort_by_key(|d| d.line.no);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headings(doc: &Document) -> Vec<(usize, Option<Target>)> {
        doc.chunks.iter().filter_map(|c| c.heading.as_ref().map(|h| (h.no, c.target))).collect()
    }

    #[test]
    fn numbered_notice_with_sub_headings() {
        let text = "Otsikko\n\n1. Rekisterinpitäjä\n\nKunta\nKatu 1, 00100 Helsinki\n\nTietosuojavastaava\n\nMaija\n\n2. Rekisterin nimi\n\nAsiakasrekisteri\n\nLisäselitys\n\nTämä on selitys, joka kuuluu nimen kohtaan.\n";
        let doc = structure(text);
        assert_eq!(
            headings(&doc),
            vec![(3, Some(Target::Controller)), (8, Some(Target::Dpo)), (12, Some(Target::Name))]
        );
        assert!(matches!(&doc.chunks[2].parts[1], Part::Sub(h) if h.text == "Lisäselitys"));
        assert!(matches!(&doc.preamble[0], Part::Para(l) if l[0].text == "Otsikko"));
    }

    #[test]
    fn unnumbered_notice_with_numbered_sub_headings() {
        let text = "Otsikko\n\nLuovutammeko henkilötietoja?\n\nVoimme luovuttaa.\n\n1. Suostumuksesi\n\nSuostumuksella.\n\n2. Kansainväliset tietojen siirrot\n\nEi siirretä.\n\n3. Tutkimus\n\nAnonyymisti.\n\nMiten huolehdimme asioista?\n\nHyvin.\n";
        let doc = structure(text);
        assert_eq!(headings(&doc), vec![(3, Some(Target::Recipients)), (11, Some(Target::Transfers)), (19, None)]);
        // "3. Tutkimus" returns to the recipients section.
        assert!(doc.chunks[0].parts.iter().any(|p| matches!(p, Part::Sub(h) if h.text == "3. Tutkimus")));
    }

    #[test]
    fn furniture_labels_and_dates() {
        let text = "fbpx\n\nSivun logo\n\nOtsikko\n\nPäivitetty 1.2.2020\n\nRekisterinpitäjä\n\nKunta\nTietosuojavastaava: Maija Meikäläinen\n\nPALUU ETUSIVULLE\n";
        let doc = structure(text);
        assert_eq!(doc.chrome.iter().map(|l| l.no).collect::<Vec<_>>(), vec![1, 3, 14]);
        assert_eq!(headings(&doc), vec![(9, Some(Target::Controller)), (12, Some(Target::Dpo))]);
        assert_eq!(doc.dates.len(), 1);
        assert!(!doc.dates[0].in_section);
        assert_eq!(doc.preamble.len(), 1);
    }

    #[test]
    fn numbered_questions_are_siblings_of_a_numbered_section() {
        let text = "Otsikko\n\n1. Miten yhtiö käsittelee henkilötietoja?\nYhtiö käsittelee tietoja huolellisesti ja luottamuksellisesti.\n\n2. Mitä henkilötietoja kerätään ja mihin tarkoitukseen?\nKeräämme nimen ja sähköpostiosoitteen palvelun toimittamiseksi.\n\n3. Minne yhtiö siirtää tietoja?\nPalvelimet sijaitsevat Suomessa yhtiön omissa tiloissa.\n\n4. Mitä oikeuksia rekisteröidyllä on?\nSinulla on oikeus tarkastaa tietosi.\n";
        let doc = structure(text);
        let heads: Vec<(usize, Option<Target>)> = headings(&doc);
        assert_eq!(heads.len(), 4, "{heads:?}");
        assert_eq!(heads[3], (12, Some(Target::Rights)));
        assert!(doc.chunks.iter().all(|c| c.parts.iter().all(|p| matches!(p, Part::Para(_)))), "no sub-headings");
    }

    #[test]
    fn prose_after_a_label_returns_to_its_section() {
        let text = "Otsikko\n\nTietosuojaseloste\n\nYhtiö kertoo tässä, miten se käsittelee henkilötietoja.\n\nTietosuojavastaava: tietosuoja@example.fi\n\nKäsittelemme seuraavia henkilötietoja: nimi, osoite ja puhelinnumero asiakkaistamme.\n";
        let doc = structure(text);
        let dpo = doc.chunks.iter().find(|c| c.target == Some(Target::Dpo)).map(|c| c.parts.len());
        assert_eq!(dpo, Some(1), "only the label's value: {doc:?}");
    }

    #[test]
    fn an_organisation_over_its_address_is_no_heading() {
        let text = "Otsikko\n\nRekisterinpitäjä\n\nEsimerkkikoulu, Kielten laitos\n\nPL 12 (Koulukatu 3)\n00990 ESIMERKKILÄ\n\nKäsittelyn tarkoitus\n\nTietoja käytetään opetuksen järjestämiseen ja arviointiin.\n";
        let doc = structure(text);
        assert_eq!(headings(&doc), vec![(3, Some(Target::Controller)), (10, Some(Target::Purposes))], "{doc:?}");
        assert_eq!(doc.chunks[0].parts.len(), 2);
    }

    #[test]
    fn form_labels_set_as_headings_stay_in_their_contact_section() {
        let text = "Otsikko\n\nRekisterinpitäjä\n\nNimi\n\nEsimerkki Oy\n\nYhteystiedot\n\nKatu 1\n00990 Esimerkkilä\n\nKäsittelyn tarkoitus\n\nTietoja käytetään asiakassuhteen hoitamiseen ja laskutukseen.\n";
        let lines: Vec<SrcLine> =
            text.split('\n').enumerate().map(|(i, l)| SrcLine { no: i + 1, text: l.to_owned() }).collect();
        // The format marks every short line as a heading (a web page's h3 and h4).
        let doc = structure_lines(lines, &[3, 5, 9, 14], &[], &Synonyms::default());
        assert_eq!(headings(&doc), vec![(3, Some(Target::Controller)), (14, Some(Target::Purposes))], "{doc:?}");
        assert_eq!(doc.chunks[0].parts.len(), 4);
    }

    #[test]
    fn an_organisation_label_before_its_details_is_the_controller() {
        let text = "Otsikko\n\nYritys: Esimerkki Oy, 1234567-8, Katu 1, 00990 Esimerkkilä\n\nYritys: pieni perheyritys, joka myy kirjoja\n";
        let doc = structure(text);
        assert_eq!(headings(&doc), vec![(3, Some(Target::Controller))], "{doc:?}");
    }

    #[test]
    fn sentences_are_not_headings() {
        let text = "Otsikko\n\n4. Oikeusperuste\n\nEU:n yleisen tietosuoja-asetuksen mukainen oikeusperuste henkilötietojen käsittelylle on\n\nMuuta tekstiä.\n";
        let doc = structure(text);
        assert_eq!(headings(&doc), vec![(3, Some(Target::LegalBasis))]);
        assert_eq!(doc.chunks[0].parts.len(), 2);
    }

    #[test]
    fn the_notice_title_and_who_we_are() {
        let text = "Otsikko\n\nPrivacy notice: how we use your data\n\nLast updated 2 June 2025.\n\nWho we are\n\nThe Example Service is run by the Example Agency.\n";
        let doc = structure(text);
        // The title is no purposes section; "Who we are" is the controller.
        assert_eq!(headings(&doc), vec![(7, Some(Target::Controller))]);
    }

    #[test]
    fn an_organisation_on_a_line_of_its_own_is_no_heading() {
        let text = "Tietosuojaseloste\n\nKenelle jaamme tietojasi\n\nPalveluntarjoajamme on:\n\nLinode, LLC\n\n249 Arch St.\n\n\
                    Kuinka suojelemme henkilötietojasi\n\nPalvelin on suojattu salasanalla.\n";
        let doc = structure(text);
        assert_eq!(headings(&doc), vec![(3, Some(Target::Recipients)), (11, Some(Target::Security))]);
    }

    #[test]
    fn two_sentences_on_a_line_are_text_however_the_line_ends() {
        for line in [
            "Osa kumppaneistamme voi säilyttää tietoja Yhdysvalloissa. Käytämme seuraavia palveluita: Mailchimp",
            "Vissa av våra leverantörer kan lagra uppgifter utanför EU. Vi använder följande tjänster: Mailchimp",
            "Some of our suppliers may keep data outside the EEA. We use these services: Mailchimp",
        ] {
            let text = format!(
                "Otsikko\n\n5. Tietojen luovutukset\n\nTietoja ei myydä eteenpäin kenellekään.\n\n{line}\n\n6. Tietoturva\n\nPalvelin on lukittu.\n"
            );
            let doc = structure(&text);
            assert_eq!(headings(&doc), vec![(3, Some(Target::Recipients)), (9, Some(Target::Security))], "{line}");
            assert_eq!(doc.chunks[0].parts.len(), 2, "{line}");
        }
    }

    #[test]
    fn the_line_that_finishes_a_lead_in_is_no_heading() {
        for (lead, item) in [
            ("Jäsentietojen käsittelyn oikeusperuste on", "jäsenen suostumus"),
            ("Rättslig grund för behandlingen är", "samtycke"),
            ("The legal basis for processing is", "Consent"),
        ] {
            let text = format!(
                "Otsikko\n\n3. Tarkoitus\n\nJäsenyyden hoitaminen.\n\n{lead}\n\n{item}\n\nTarkoitus on yhteydenpito jäseniin.\n"
            );
            let doc = structure(&text);
            assert_eq!(headings(&doc), vec![(3, Some(Target::Purposes))], "{lead}");
            // The lead-in and what finishes it are one paragraph; the next sentence is its own.
            assert_eq!(doc.chunks[0].parts.len(), 3, "{lead}: {doc:?}");
            assert!(matches!(&doc.chunks[0].parts[1], Part::Para(l) if l.len() == 2 && l[1].text == item), "{doc:?}");
        }
    }

    #[test]
    fn numbered_labels_inside_a_block_head_the_lines_after_them() {
        // A numbered list whose items are labels with their text on the lines under them,
        // written without blank lines.
        for text in [
            "Otsikko\n\n1. Käsittelyn tarkoitus:\nJäsenyyden hoitaminen ja tiedottaminen jäsenille.\n\
             2. Säilytysaika:\nTiedot poistetaan vuoden kuluttua jäsenyyden päättymisestä.\n\
             3. Tietojen suojaus:\nRekisteri on salasanalla suojatussa järjestelmässä.\n",
            "Rubrik\n\n1. Ändamål med behandlingen:\nAtt sköta medlemskapet och informera medlemmarna.\n\
             2. Lagringstid:\nUppgifterna raderas ett år efter att medlemskapet upphört.\n\
             3. Säkerhetsåtgärder:\nRegistret finns i ett lösenordsskyddat system.\n",
            "Title\n\n1. Purposes of the processing:\nTo run the membership and to inform the members.\n\
             2. Retention period:\nThe data are deleted a year after the membership ends.\n\
             3. Security measures:\nThe register is kept in a system protected by passwords.\n",
        ] {
            let doc = structure(text);
            assert_eq!(
                headings(&doc),
                vec![(3, Some(Target::Purposes)), (5, Some(Target::Retention)), (7, Some(Target::Security))],
                "{text}"
            );
            assert!(doc.chunks.iter().all(|c| c.parts.len() == 1), "{doc:?}");
        }
    }

    #[test]
    fn a_long_line_without_its_full_stop_and_a_labelled_value_are_no_headings() {
        // Each line a block of its own (a dense text): a sentence that names an element in
        // its middle, and a label whose value a spelling variant would match, stay text.
        for (sentence, label) in [
            (
                "Tili suljetaan kun käyttäjä poistaa sen itse tai kun ylläpitäjä poistaa sen käyttäjän pyynnöstä myöhemmin",
                "Toimintatiedot: profiilin luonti- ja muutosajat",
            ),
            (
                "Ett konto stängs när användaren själv tar bort det eller när en administratör tar bort det på begäran",
                "Aktivitetsdata: tid för skapande och ändring av profil",
            ),
            (
                "An account is closed when the user deletes it or when an administrator deletes it for them on request",
                "Activity data: time of creating and changing a profile",
            ),
        ] {
            let mut lines = vec!["Otsikko", "", "1. Säilytysaika:", "Tiedot poistetaan vuoden kuluttua."];
            lines.extend([sentence, "Viestit poistetaan samalla kertaa kaikki.", label]);
            lines.extend(["2. Tietoturva:", "Salasanat.", "a", "b", "c", "d", "e", "f", "g", "h", "i"]);
            let doc = structure(&lines.join("\n"));
            let heads: Vec<usize> = headings(&doc).into_iter().map(|h| h.0).collect();
            assert_eq!(heads, vec![3, 8], "{sentence}: {doc:?}");
        }
    }

    #[test]
    fn a_line_whose_sentence_runs_on_to_the_next_is_no_heading() {
        for (first, second) in [
            (
                "Tietoja käsittelevät rekisterinpitäjän lukuun seuraavat tahot",
                "(henkilötietojen käsittelijät), asianmukaisin sopimuksin:",
            ),
            (
                "Uppgifterna behandlas för den personuppgiftsansvariges räkning av",
                "följande personuppgiftsbiträden enligt avtal:",
            ),
            (
                "The data are processed on behalf of the controller by",
                "the following processors under written contracts:",
            ),
        ] {
            let text = format!(
                "Otsikko\n\n8. Vastaanottajat\n\n{first}\n{second}\n- Maksupalvelu Oy\n\n9. Säilytysaika\n\nKaksi vuotta.\n"
            );
            let doc = structure(&text);
            assert_eq!(headings(&doc), vec![(3, Some(Target::Recipients)), (9, Some(Target::Retention))], "{first}");
        }
    }

    #[test]
    fn a_lead_in_that_stops_at_a_conjunction_is_no_heading() {
        for (lead, item) in [
            ("Tietoja käsitellään, koska", "rekisteröity on antanut suostumuksensa."),
            ("Vi behandlar uppgifterna eftersom", "du har gett ditt samtycke."),
            ("We process your data because", "you have given your consent."),
            ("Vissa personuppgifter finns tillgängliga i verktyget under fliken Inställningar, nämligen", "- namn"),
            // A verb waiting for its list.
            ("Detta innefattar", "- systemets administratörer"),
            ("Tähän kuuluvat", "- järjestelmän ylläpitäjät"),
            ("This includes", "- the system administrators"),
        ] {
            let text = format!("Otsikko\n\n2. Oikeusperuste\n\nJohdanto tähän kohtaan.\n\n{lead}\n\n{item}\n");
            let doc = structure(&text);
            assert_eq!(headings(&doc), vec![(3, Some(Target::LegalBasis))], "{lead}");
        }
    }

    #[test]
    fn rows_of_a_grid_table_are_no_labels() {
        // A table whose first row names its columns: the rows are purposes and their bases,
        // however a row's first cell reads ("Kontakt med föreningen", "Yhteydenotot").
        for (head, rows) in [
            (
                "Ändamål med behandling\tLaglig grund",
                "Licenshantering\tAvtal\nKontakt med föreningen\tIntresseavvägning",
            ),
            ("Käsittelyn tarkoitus\tOikeusperuste", "Jäsenlaskutus\tSopimus\nYhteystiedot\tOikeutettu etu"),
            ("Purpose\tLawful basis", "Membership\tContract\nContact details\tLegitimate interests"),
        ] {
            let text = format!(
                "Otsikko\n\n1. Rekisterin nimi\n\nJäsenrekisteri\n\n{head}\n{rows}\n\n2. Säilytysaika\n\nKaksi vuotta.\n"
            );
            let doc = structure(&text);
            let heads = headings(&doc);
            assert_eq!(
                heads.iter().filter(|h| matches!(h.1, Some(Target::Contacts(_)))).count(),
                0,
                "{head}: {heads:?}"
            );
            assert_eq!(heads.last().map(|h| h.1), Some(Some(Target::Retention)), "{head}");
        }
        // A form table (label and value, no column names) keeps its labels.
        let form = "Otsikko\n\nRekisterinpitäjä\tKemin kaupunki\nYhteyshenkilö\tMatti Meikäläinen\n";
        let heads = headings(&structure(form));
        assert!(heads.iter().any(|h| h.1 == Some(Target::Controller)), "{heads:?}");
    }

    #[test]
    fn a_labelled_summary_stays_in_its_section() {
        for (heading, body, summary) in [
            (
                "4. Käsiteltävät henkilötiedot",
                "- Nimi\n- Sähköpostiosoite",
                "Yhteenveto: Palvelu tallentaa vain nimen ja sähköpostiosoitteen.",
            ),
            (
                "4. Behandlade personuppgifter",
                "- Namn\n- E-postadress",
                "Sammanfattning: Tjänsten sparar bara namn och e-postadress.",
            ),
            (
                "4. Personal data processed",
                "- Name\n- Email address",
                "Summary: The service stores only the name and email address.",
            ),
        ] {
            let text = format!(
                "Otsikko\n\n1. Rekisterinpitäjä\n\nEsimerkki Oy\n\n{heading}\n\n{body}\n\n{summary}\n\n5. Säilytysaika\n\nKaksi vuotta.\n"
            );
            let doc = structure(&text);
            let heads = headings(&doc);
            assert_eq!(heads.len(), 3, "{heading}: {heads:?}");
            assert_eq!(heads[1].1, Some(Target::Data), "{heading}");
        }
    }
}
