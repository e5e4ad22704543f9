//! One form per register section (DESIGN.md section 1).

use super::tr;
use super::widgets::{FormCtx, list_ui};
use crate::model::*;
use egui::{RichText, Ui};

/// Draws the form of `section` for `r`.
pub fn section_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, section: Section, r: &mut Register) {
    let l = cx.lang;
    ui.heading(section.heading(l));
    ui.add_space(4.0);
    match section {
        Section::Meta => meta_ui(ui, cx, r),
        Section::Name => cx.localized(
            ui,
            tr(l, "Rekisterin nimi", "Registrets namn", "Name of the register"),
            "name",
            &mut r.name,
            false,
        ),
        Section::Controller => controller_ui(ui, cx, &mut r.controller),
        Section::Contacts => {
            list_ui(
                ui,
                l,
                "contacts",
                &mut r.contacts,
                tr(l, "Lisää yhteyshenkilö", "Lägg till kontaktperson", "Add contact person"),
                |ui, i, c| {
                    role_ui(ui, l, i, &mut c.role);
                    contact_ui(ui, cx, &format!("contacts[{i}].contact"), &mut c.contact, true);
                },
            );
            cx.findings_ui(ui, "contacts");
        }
        Section::Dpo => contact_ui(ui, cx, "dpo", &mut r.dpo, true),
        Section::Purposes => purposes_ui(ui, cx, r),
        Section::Subjects => {
            list_ui(
                ui,
                l,
                "subjects",
                &mut r.subjects,
                tr(l, "Lisää ryhmä", "Lägg till kategori", "Add category"),
                |ui, i, t| {
                    cx.localized(
                        ui,
                        tr(l, "Rekisteröityjen ryhmä", "Kategori av registrerade", "Category of data subjects"),
                        &format!("subjects[{i}]"),
                        t,
                        false,
                    );
                },
            );
            cx.findings_ui(ui, "subjects");
        }
        Section::Data => data_ui(ui, cx, &mut r.data),
        Section::Sources => {
            let s = &mut r.sources;
            cx.answer(
                ui,
                tr(
                    l,
                    "Tiedot saadaan rekisteröidyltä itseltään",
                    "Uppgifterna fås av den registrerade",
                    "Data come from the data subject",
                ),
                "sources.from_subject",
                &mut s.from_subject,
            );
            if cx.answer(
                ui,
                tr(l, "Tietoja saadaan muualta", "Uppgifter fås från annat håll", "Data come from elsewhere"),
                "sources.from_elsewhere",
                &mut s.from_elsewhere,
            ) {
                list_ui(
                    ui,
                    l,
                    "sources",
                    &mut s.list,
                    tr(l, "Lisää tietolähde", "Lägg till källa", "Add source"),
                    |ui, i, t| {
                        cx.localized(
                            ui,
                            tr(l, "Tietolähde", "Källa", "Source"),
                            &format!("sources.list[{i}]"),
                            t,
                            false,
                        );
                    },
                );
            }
            cx.localized(
                ui,
                tr(l, "Kuvaus", "Beskrivning", "Description"),
                "sources.description",
                &mut s.description,
                true,
            );
        }
        Section::Recipients => {
            let s = &mut r.recipients;
            if cx.answer(
                ui,
                tr(
                    l,
                    "Luovutetaanko tietoja säännönmukaisesti?",
                    "Lämnas uppgifter ut regelbundet?",
                    "Are data disclosed regularly?",
                ),
                "recipients.disclosures",
                &mut s.disclosures,
            ) {
                list_ui(
                    ui,
                    l,
                    "recipients",
                    &mut s.list,
                    tr(l, "Lisää vastaanottaja", "Lägg till mottagare", "Add recipient"),
                    |ui, i, rec| {
                        let p = format!("recipients.list[{i}]");
                        cx.localized(
                            ui,
                            tr(l, "Vastaanottaja", "Mottagare", "Recipient"),
                            &format!("{p}.name"),
                            &mut rec.name,
                            false,
                        );
                        cx.localized(
                            ui,
                            tr(l, "Luovutettavat tiedot", "Uppgifter som lämnas ut", "Data disclosed"),
                            &format!("{p}.data"),
                            &mut rec.data,
                            false,
                        );
                        cx.localized(
                            ui,
                            tr(l, "Luovutuksen peruste", "Grund för utlämnandet", "Basis of disclosure"),
                            &format!("{p}.basis"),
                            &mut rec.basis,
                            false,
                        );
                    },
                );
            }
            cx.localized(
                ui,
                tr(l, "Kuvaus", "Beskrivning", "Description"),
                "recipients.description",
                &mut s.description,
                true,
            );
        }
        Section::Processors => {
            let s = &mut r.processors;
            if cx.answer(
                ui,
                tr(l, "Onko käsittelyä ulkoistettu?", "Har behandlingen lagts ut?", "Is processing outsourced?"),
                "processors.used",
                &mut s.used,
            ) {
                list_ui(
                    ui,
                    l,
                    "processors",
                    &mut s.list,
                    tr(l, "Lisää käsittelijä", "Lägg till biträde", "Add processor"),
                    |ui, i, p| {
                        let path = format!("processors.list[{i}]");
                        cx.text(
                            ui,
                            tr(l, "Käsittelijän nimi", "Biträdets namn", "Processor name"),
                            &format!("{path}.name"),
                            &mut p.name,
                        );
                        cx.localized(
                            ui,
                            tr(l, "Tehtävä", "Uppgift", "Task"),
                            &format!("{path}.task"),
                            &mut p.task,
                            false,
                        );
                        cx.answer(
                            ui,
                            tr(l, "Käsittelysopimus tehty", "Biträdesavtal finns", "Processing agreement in place"),
                            &format!("{path}.agreement"),
                            &mut p.agreement,
                        );
                    },
                );
            }
            cx.localized(
                ui,
                tr(l, "Kuvaus", "Beskrivning", "Description"),
                "processors.description",
                &mut s.description,
                true,
            );
        }
        Section::Transfers => {
            let s = &mut r.transfers;
            if cx.answer(
                ui,
                tr(
                    l,
                    "Siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle?",
                    "Överförs uppgifter utanför EU eller EES?",
                    "Are data transferred outside the EU/EEA?",
                ),
                "transfers.answer",
                &mut s.answer,
            ) {
                list_ui(
                    ui,
                    l,
                    "transfers",
                    &mut s.list,
                    tr(l, "Lisää siirto", "Lägg till överföring", "Add transfer"),
                    |ui, i, t| {
                        let p = format!("transfers.list[{i}]");
                        cx.localized(
                            ui,
                            tr(l, "Maa", "Land", "Country"),
                            &format!("{p}.country"),
                            &mut t.country,
                            false,
                        );
                        cx.text(
                            ui,
                            tr(l, "Vastaanottaja", "Mottagare", "Recipient"),
                            &format!("{p}.recipient"),
                            &mut t.recipient,
                        );
                        safeguard_ui(ui, l, &p, &mut t.safeguard);
                        cx.findings_ui(ui, &format!("{p}.safeguard"));
                        cx.localized(
                            ui,
                            tr(l, "Lisätiedot (mistä kopion saa)", "Närmare uppgifter", "Details (how to get a copy)"),
                            &format!("{p}.details"),
                            &mut t.details,
                            false,
                        );
                    },
                );
            }
            cx.localized(
                ui,
                tr(l, "Kuvaus", "Beskrivning", "Description"),
                "transfers.description",
                &mut s.description,
                true,
            );
        }
        Section::Retention => {
            let s = &mut r.retention;
            list_ui(
                ui,
                l,
                "retention",
                &mut s.rules,
                tr(l, "Lisää säilytysaika", "Lägg till lagringstid", "Add retention rule"),
                |ui, i, rule| {
                    let p = format!("retention.rules[{i}]");
                    cx.localized(ui, tr(l, "Tiedot", "Uppgifter", "Data"), &format!("{p}.data"), &mut rule.data, false);
                    cx.localized(
                        ui,
                        tr(l, "Säilytysaika", "Lagringstid", "Period"),
                        &format!("{p}.period"),
                        &mut rule.period,
                        false,
                    );
                },
            );
            cx.localized(
                ui,
                tr(
                    l,
                    "Säilytysaika tai sen määrittämisen kriteerit",
                    "Lagringstid eller kriterier",
                    "Period or criteria",
                ),
                "retention.criteria",
                &mut s.criteria,
                true,
            );
            cx.localized(
                ui,
                tr(l, "Tiedonohjaussuunnitelma", "Informationsstyrningsplan", "Records management plan"),
                "retention.records_plan",
                &mut s.records_plan,
                false,
            );
            cx.findings_ui(ui, "retention");
        }
        Section::Security => {
            let s = &mut r.security;
            ui.label(RichText::new(tr(l, "Tietojärjestelmät", "Informationssystem", "Information systems")).strong());
            list_ui(
                ui,
                l,
                "systems",
                &mut s.systems,
                tr(l, "Lisää järjestelmä", "Lägg till system", "Add system"),
                |ui, i, sys| {
                    cx.text(
                        ui,
                        tr(l, "Järjestelmän nimi", "Systemets namn", "System name"),
                        &format!("security.systems[{i}].name"),
                        &mut sys.name,
                    );
                    cx.text(
                        ui,
                        tr(l, "Toimittaja", "Leverantör", "Vendor"),
                        &format!("security.systems[{i}].vendor"),
                        &mut sys.vendor,
                    );
                },
            );
            cx.localized(
                ui,
                tr(l, "Sähköinen aineisto", "Elektroniskt material", "Electronic material"),
                "security.electronic",
                &mut s.electronic,
                true,
            );
            cx.localized(
                ui,
                tr(l, "Manuaalinen aineisto", "Manuellt material", "Manual material"),
                "security.manual",
                &mut s.manual,
                true,
            );
            cx.localized(
                ui,
                tr(l, "Muut suojaustoimet", "Övriga skyddsåtgärder", "Other measures"),
                "security.general",
                &mut s.general,
                true,
            );
        }
        Section::Automated => {
            let s = &mut r.automated;
            if cx.answer(
                ui,
                tr(
                    l,
                    "Onko automaattista päätöksentekoa tai profilointia?",
                    "Förekommer automatiserat beslutsfattande eller profilering?",
                    "Is there automated decision-making or profiling?",
                ),
                "automated.answer",
                &mut s.answer,
            ) {
                cx.localized(ui, tr(l, "Logiikka", "Logik", "Logic"), "automated.logic", &mut s.logic, true);
                cx.localized(
                    ui,
                    tr(l, "Merkitys ja seuraukset", "Betydelse och följder", "Significance and consequences"),
                    "automated.consequences",
                    &mut s.consequences,
                    true,
                );
            }
            cx.localized(
                ui,
                tr(l, "Kuvaus", "Beskrivning", "Description"),
                "automated.description",
                &mut s.description,
                true,
            );
        }
        Section::Rights => rights_ui(ui, cx, r),
        Section::Complaint => {
            ui.label(tr(
                l,
                "Jätä valvontaviranomainen tyhjäksi, niin selosteeseen tulee Tietosuojavaltuutetun toimiston ajantasainen yhteystieto.",
                "Lämna tillsynsmyndigheten tom så används Dataombudsmannens byrås aktuella kontaktuppgifter.",
                "Leave the authority empty to use the current contact block of the Data Protection Ombudsman.",
            ));
            contact_ui(ui, cx, "complaint.authority", &mut r.complaint.authority, false);
            cx.localized(
                ui,
                tr(l, "Oma teksti", "Egen text", "Own text"),
                "complaint.text",
                &mut r.complaint.text,
                true,
            );
            cx.findings_ui(ui, "complaint");
        }
        Section::Provision => {
            let p = &mut r.provision;
            ui.horizontal(|ui| {
                let lab = ui.label(tr(l, "Tietojen antaminen", "Lämnande av uppgifter", "Providing the data"));
                egui::ComboBox::from_id_salt("provision.requirement")
                    .selected_text(short_requirement(p.requirement, l))
                    .show_ui(ui, |ui| {
                        for q in Requirement::ALL {
                            ui.selectable_value(&mut p.requirement, q, short_requirement(q, l));
                        }
                    })
                    .response
                    .labelled_by(lab.id);
            });
            cx.findings_ui(ui, "provision.requirement");
            cx.localized(
                ui,
                tr(
                    l,
                    "Seuraukset, jos tietoja ei anneta",
                    "Följder om uppgifterna inte lämnas",
                    "Consequences of not providing the data",
                ),
                "provision.consequences",
                &mut p.consequences,
                true,
            );
        }
        Section::Cookies => cx.localized(ui, tr(l, "Evästeet", "Kakor", "Cookies"), "cookies", &mut r.cookies, true),
        Section::Extra => {
            list_ui(
                ui,
                l,
                "extra",
                &mut r.extra,
                tr(l, "Lisää osio", "Lägg till avsnitt", "Add section"),
                |ui, i, e| {
                    cx.localized(
                        ui,
                        tr(l, "Otsikko", "Rubrik", "Heading"),
                        &format!("extra[{i}].heading"),
                        &mut e.heading,
                        false,
                    );
                    cx.localized(ui, tr(l, "Teksti", "Text", "Text"), &format!("extra[{i}].body"), &mut e.body, true);
                },
            );
        }
    }
}

fn short_requirement(q: Requirement, l: Lang) -> &'static str {
    match q {
        Requirement::Unanswered => tr(l, "Ei vastattu", "Obesvarad", "Not answered"),
        Requirement::Statutory => tr(l, "Lakisääteinen", "Lagstadgad", "Statutory"),
        Requirement::Contractual => tr(l, "Sopimukseen perustuva", "Avtalsenlig", "Contractual"),
        Requirement::Voluntary => tr(l, "Vapaaehtoinen", "Frivillig", "Voluntary"),
        Requirement::NotFromDataSubject => tr(
            l,
            "Ei kerätä rekisteröidyltä",
            "Samlas inte in från den registrerade",
            "Not collected from the data subject",
        ),
    }
}

fn meta_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, r: &mut Register) {
    let l = cx.lang;
    ui.horizontal(|ui| {
        let lab = ui.label(tr(l, "Tila", "Status", "Status"));
        egui::ComboBox::from_id_salt("status")
            .selected_text(r.status.label(l))
            .show_ui(ui, |ui| {
                for s in Status::ALL {
                    ui.selectable_value(&mut r.status, s, s.label(l));
                }
            })
            .response
            .labelled_by(lab.id);
    });
    cx.date(ui, tr(l, "Laadittu", "Upprättad", "Created"), "created", &mut r.created);
    cx.date(ui, tr(l, "Päivitetty", "Uppdaterad", "Updated"), "updated", &mut r.updated);
    cx.date(ui, tr(l, "Seuraava tarkistus", "Nästa granskning", "Next review"), "next_review", &mut r.next_review);
    ui.horizontal(|ui| {
        ui.label(tr(l, "Selosteen kielet", "Beskrivningens språk", "Notice languages"));
        for lang in Lang::ALL {
            let mut on = r.languages.contains(&lang);
            if ui.checkbox(&mut on, lang.native_name()).changed() {
                if on {
                    r.languages.push(lang);
                    r.languages.sort();
                } else {
                    r.languages.retain(|x| *x != lang);
                }
            }
        }
    });
    cx.findings_ui(ui, "languages");
    cx.localized(ui, tr(l, "Toimiala", "Sektor", "Department"), "department", &mut r.department, false);
    cx.text(
        ui,
        tr(l, "Selosteen verkko-osoite", "Beskrivningens webbadress", "Public URL of the notice"),
        "public_url",
        &mut r.public_url,
    );
    let mut tags = r.tags.join(", ");
    cx.text(ui, tr(l, "Tunnisteet", "Taggar", "Tags"), "tags", &mut tags);
    let new_tags: Vec<String> = tags.split(',').map(|t| t.trim().to_owned()).filter(|t| !t.is_empty()).collect();
    if new_tags != r.tags && !tags.ends_with(", ") && !tags.ends_with(',') {
        r.tags = new_tags;
    }
    ui.label(tr(
        l,
        "Sisäiset muistiinpanot (ei tulosteta)",
        "Interna anteckningar (skrivs inte ut)",
        "Internal notes (never printed)",
    ));
    let lab = ui.label("");
    ui.add(egui::TextEdit::multiline(&mut r.notes).desired_rows(3).desired_width(f32::INFINITY)).labelled_by(lab.id);
}

fn controller_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, c: &mut Controller) {
    let l = cx.lang;
    ui.horizontal(|ui| {
        let lab = ui.label(tr(l, "Rekisterinpitäjän tyyppi", "Typ av personuppgiftsansvarig", "Kind of controller"));
        egui::ComboBox::from_id_salt("controller.kind")
            .selected_text(c.kind.label(l))
            .show_ui(ui, |ui| {
                for k in ControllerKind::ALL {
                    ui.selectable_value(&mut c.kind, k, k.label(l));
                }
            })
            .response
            .labelled_by(lab.id);
    });
    cx.findings_ui(ui, "controller.kind");
    contact_ui(ui, cx, "controller.contact", &mut c.contact, false);
    cx.localized(ui, tr(l, "Toimielin", "Organ", "Deciding body"), "controller.body", &mut c.body, false);
    cx.text(ui, tr(l, "Y-tunnus", "FO-nummer", "Business ID"), "controller.business_id", &mut c.business_id);
    ui.separator();
    ui.label(
        RichText::new(tr(l, "Yhteisrekisterinpitäjät", "Gemensamt personuppgiftsansvariga", "Joint controllers"))
            .strong(),
    );
    list_ui(
        ui,
        l,
        "joint",
        &mut c.joint,
        tr(l, "Lisää yhteisrekisterinpitäjä", "Lägg till", "Add joint controller"),
        |ui, i, j| {
            let p = format!("controller.joint[{i}]");
            contact_ui(ui, cx, &format!("{p}.contact"), &mut j.contact, false);
            cx.localized(
                ui,
                tr(l, "Vastuunjako", "Ansvarsfördelning", "Responsibility"),
                &format!("{p}.responsibility"),
                &mut j.responsibility,
                false,
            );
        },
    );
    if !c.joint.is_empty() {
        cx.localized(
            ui,
            tr(l, "Järjestelyn keskeinen sisältö", "Arrangemangets huvuddrag", "Essence of the arrangement"),
            "controller.joint_arrangement",
            &mut c.joint_arrangement,
            true,
        );
    }
}

/// A contact block. `person` shows the title field.
fn contact_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, path: &str, c: &mut Contact, person: bool) {
    contact_labelled_ui(ui, cx, "", path, c, person);
}

/// A contact block whose labels start with `prefix` (to tell several blocks apart).
fn contact_labelled_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, prefix: &str, path: &str, c: &mut Contact, person: bool) {
    let l = cx.lang;
    let lab = |s: &str| format!("{prefix}{s}");
    cx.localized(ui, &lab(tr(l, "Nimi", "Namn", "Name")), &format!("{path}.name"), &mut c.name, false);
    if person {
        cx.localized(ui, &lab(tr(l, "Tehtävänimike", "Titel", "Title")), &format!("{path}.title"), &mut c.title, false);
    }
    cx.localized(
        ui,
        &lab(tr(l, "Katuosoite", "Gatuadress", "Street address")),
        &format!("{path}.street"),
        &mut c.street,
        false,
    );
    cx.text(
        ui,
        &lab(tr(l, "Postinumero", "Postnummer", "Postal code")),
        &format!("{path}.postal_code"),
        &mut c.postal_code,
    );
    cx.localized(
        ui,
        &lab(tr(l, "Postitoimipaikka", "Postanstalt", "City")),
        &format!("{path}.city"),
        &mut c.city,
        false,
    );
    cx.text(ui, &lab(tr(l, "Puhelin", "Telefon", "Phone")), &format!("{path}.phone"), &mut c.phone);
    cx.text(ui, &lab(tr(l, "Sähköposti", "E-post", "E-mail")), &format!("{path}.email"), &mut c.email);
    cx.text(ui, &lab(tr(l, "Verkkosivu", "Webbplats", "Web")), &format!("{path}.web"), &mut c.web);
    cx.findings_ui(ui, path);
}

/// The organisation profile's form: controller, DPO, supervisory authority, security texts.
pub fn organisation_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, org: &mut Organisation) {
    let l = cx.lang;
    ui.collapsing(tr(l, "Rekisterinpitäjä", "Personuppgiftsansvarig", "Controller"), |ui| {
        let p = tr(l, "Rekisterinpitäjä: ", "Personuppgiftsansvarig: ", "Controller: ");
        contact_labelled_ui(ui, cx, p, "org.controller.contact", &mut org.controller.contact, false);
        cx.localized(
            ui,
            &format!("{p}{}", tr(l, "Toimielin", "Organ", "Deciding body")),
            "org.controller.body",
            &mut org.controller.body,
            false,
        );
        cx.text(
            ui,
            &format!("{p}{}", tr(l, "Y-tunnus", "FO-nummer", "Business ID")),
            "org.controller.business_id",
            &mut org.controller.business_id,
        );
    });
    ui.collapsing(tr(l, "Tietosuojavastaava", "Dataskyddsombud", "Data protection officer"), |ui| {
        let p = tr(l, "Tietosuojavastaava: ", "Dataskyddsombud: ", "DPO: ");
        contact_labelled_ui(ui, cx, p, "org.dpo", &mut org.dpo, true);
    });
    ui.collapsing(tr(l, "Valvontaviranomainen", "Tillsynsmyndighet", "Supervisory authority"), |ui| {
        let p = tr(l, "Valvontaviranomainen: ", "Tillsynsmyndighet: ", "Authority: ");
        contact_labelled_ui(ui, cx, p, "org.authority", &mut org.authority, false);
    });
    ui.collapsing(tr(l, "Suojauksen vakiotekstit", "Standardtexter om skydd", "Standard security texts"), |ui| {
        cx.localized(
            ui,
            tr(l, "Sähköinen aineisto", "Elektroniskt material", "Electronic material"),
            "org.security.electronic",
            &mut org.security.electronic,
            true,
        );
        cx.localized(
            ui,
            tr(l, "Manuaalinen aineisto", "Manuellt material", "Manual material"),
            "org.security.manual",
            &mut org.security.manual,
            true,
        );
    });
}

fn role_ui(ui: &mut Ui, l: Lang, i: usize, role: &mut ContactRole) {
    ui.horizontal(|ui| {
        let lab = ui.label(tr(l, "Rooli", "Roll", "Role"));
        egui::ComboBox::from_id_salt(("role", i))
            .selected_text(role.label(l))
            .show_ui(ui, |ui| {
                for r in ContactRole::ALL {
                    ui.selectable_value(role, r, r.label(l));
                }
            })
            .response
            .labelled_by(lab.id);
    });
}

fn safeguard_ui(ui: &mut Ui, l: Lang, path: &str, s: &mut Option<Safeguard>) {
    ui.horizontal(|ui| {
        let lab = ui.label(tr(l, "Suojatoimi", "Skyddsåtgärd", "Safeguard"));
        let none = tr(l, "Ei valittu", "Inte vald", "Not chosen");
        egui::ComboBox::from_id_salt(path)
            .selected_text(s.map_or(none, |x| x.label(l)))
            .show_ui(ui, |ui| {
                ui.selectable_value(s, None, none);
                for g in Safeguard::ALL {
                    ui.selectable_value(s, Some(g), g.label(l));
                }
            })
            .response
            .labelled_by(lab.id);
    });
}

fn purposes_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, r: &mut Register) {
    let l = cx.lang;
    list_ui(
        ui,
        l,
        "purposes",
        &mut r.purposes,
        tr(l, "Lisää käyttötarkoitus", "Lägg till ändamål", "Add purpose"),
        |ui, i, p| {
            let path = format!("purposes[{i}]");
            cx.localized(
                ui,
                tr(l, "Käyttötarkoitus", "Ändamål", "Purpose"),
                &format!("{path}.description"),
                &mut p.description,
                true,
            );
            ui.label(
                RichText::new(tr(
                    l,
                    "Oikeusperusteet (6 artiklan 1 kohta)",
                    "Rättsliga grunder (artikel 6.1)",
                    "Legal bases (Article 6(1))",
                ))
                .strong(),
            );
            for basis in LegalBasis::ALL {
                let mut on = p.legal_bases.contains(&basis);
                let text = format!("{}) {}", basis.letter(), basis.label(l));
                if ui.checkbox(&mut on, text).on_hover_text(basis.explanation(l)).changed() {
                    if on {
                        p.legal_bases.push(basis);
                        p.legal_bases.sort();
                    } else {
                        p.legal_bases.retain(|b| *b != basis);
                    }
                }
                ui.label(RichText::new(basis.explanation(l)).small().weak());
            }
            cx.findings_ui(ui, &format!("{path}.legal_bases"));
            if p.legal_bases.iter().any(|b| matches!(b, LegalBasis::LegalObligation | LegalBasis::PublicTask))
                || !p.law.is_empty()
            {
                cx.localized(
                    ui,
                    tr(l, "Laki, johon peruste perustuu", "Lag som grunden vilar på", "Law the basis rests on"),
                    &format!("{path}.law"),
                    &mut p.law,
                    false,
                );
            }
            if p.legal_bases.contains(&LegalBasis::LegitimateInterests) || !p.legitimate_interests.is_empty() {
                cx.localized(
                    ui,
                    tr(l, "Oikeutetut edut", "Berättigade intressen", "Legitimate interests"),
                    &format!("{path}.legitimate_interests"),
                    &mut p.legitimate_interests,
                    true,
                );
            }
            ui.checkbox(
                &mut p.direct_marketing,
                tr(l, "Suoramarkkinointia", "Direktmarknadsföring", "Direct marketing"),
            );
        },
    );
    cx.findings_ui(ui, "purposes");
    cx.localized(
        ui,
        tr(l, "Oikeusperusteen kuvaus", "Beskrivning av den rättsliga grunden", "Legal basis in own words"),
        "legal_basis_text",
        &mut r.legal_basis_text,
        true,
    );
}

fn data_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, d: &mut DataContent) {
    let l = cx.lang;
    cx.localized(ui, tr(l, "Kuvaus", "Beskrivning", "Description"), "data.description", &mut d.description, true);
    list_ui(
        ui,
        l,
        "categories",
        &mut d.categories,
        tr(l, "Lisää tietoryhmä", "Lägg till kategori", "Add data category"),
        |ui, i, c| {
            let p = format!("data.categories[{i}]");
            cx.localized(ui, tr(l, "Tietoryhmä", "Kategori", "Category"), &format!("{p}.name"), &mut c.name, false);
            cx.localized(
                ui,
                tr(l, "Sisältö", "Innehåll", "Contents"),
                &format!("{p}.description"),
                &mut c.description,
                false,
            );
            ui.horizontal(|ui| {
                let lab = ui.label(tr(l, "Erityinen tietoryhmä", "Särskild kategori", "Special category"));
                let none = tr(l, "Ei", "Nej", "No");
                egui::ComboBox::from_id_salt(("special", i))
                    .selected_text(c.special.map_or(none, |k| k.label(l)))
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut c.special, None, none);
                        for k in SpecialKind::ALL {
                            ui.selectable_value(&mut c.special, Some(k), k.label(l));
                        }
                    })
                    .response
                    .labelled_by(lab.id);
            });
        },
    );
    cx.findings_ui(ui, "data.categories");
    if cx.answer(
        ui,
        tr(
            l,
            "Käsitelläänkö erityisiä henkilötietoryhmiä (9 artikla)?",
            "Behandlas särskilda kategorier (artikel 9)?",
            "Are special categories processed (Article 9)?",
        ),
        "data.special",
        &mut d.special,
    ) {
        ui.label(tr(l, "9 artiklan 2 kohdan peruste", "Grund enligt artikel 9.2", "Article 9(2) condition"));
        for c in SpecialCondition::ALL {
            let mut on = d.special_conditions.contains(&c);
            if ui.checkbox(&mut on, format!("{}) {}", c.letter(), c.label(l))).changed() {
                if on {
                    d.special_conditions.push(c);
                    d.special_conditions.sort();
                } else {
                    d.special_conditions.retain(|x| *x != c);
                }
            }
        }
        cx.findings_ui(ui, "data.special_conditions");
    }
    cx.localized(
        ui,
        tr(l, "Erityisten tietojen lisätiedot", "Närmare om särskilda kategorier", "Special categories: details"),
        "data.special_text",
        &mut d.special_text,
        false,
    );
    if cx.answer(
        ui,
        tr(
            l,
            "Käsitelläänkö rikostietoja (10 artikla)?",
            "Behandlas uppgifter om brott (artikel 10)?",
            "Are criminal data processed (Article 10)?",
        ),
        "data.criminal",
        &mut d.criminal,
    ) {
        cx.localized(
            ui,
            tr(
                l,
                "Rikostietojen käsittelyn peruste",
                "Grund för behandling av brottsuppgifter",
                "Authority for criminal data",
            ),
            "data.criminal_basis",
            &mut d.criminal_basis,
            false,
        );
    }
    if cx.answer(
        ui,
        tr(
            l,
            "Käsitelläänkö henkilötunnusta?",
            "Behandlas personbeteckning?",
            "Is the personal identity code processed?",
        ),
        "data.personal_id_code",
        &mut d.personal_id_code,
    ) {
        cx.localized(
            ui,
            tr(
                l,
                "Henkilötunnuksen käsittelyn peruste (TSL 29 §)",
                "Grund för personbeteckning (DSL 29 §)",
                "Basis for the identity code (Data Protection Act 29 §)",
            ),
            "data.personal_id_basis",
            &mut d.personal_id_basis,
            false,
        );
    }
}

fn rights_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, r: &mut Register) {
    use crate::validate::Applicability;
    let l = cx.lang;
    let table = crate::validate::register_rights(r);
    ui.label(tr(
        l,
        "Valitse selosteessa luetellut oikeudet. ✓ = koskee käsittelyä oikeusperusteiden mukaan, (✓) = koskee osaa käsittelystä.",
        "Välj rättigheterna som anges i beskrivningen. ✓ = gäller enligt de rättsliga grunderna, (✓) = gäller en del av behandlingen.",
        "Choose the rights the notice lists. ✓ = applies under the legal bases, (✓) = applies to part of the processing.",
    ));
    if ui
        .button(tr(
            l,
            "Valitse oikeusperusteiden mukaan",
            "Välj enligt rättsliga grunder",
            "Choose from the legal bases",
        ))
        .clicked()
    {
        let mut listed: Vec<RightEntry> = Vec::new();
        for right in table.to_list() {
            match r.rights.listed.iter().find(|e| e.right == right) {
                Some(e) => listed.push(e.clone()),
                None => listed.push(RightEntry::new(right)),
            }
        }
        r.rights.listed = listed;
    }
    for right in Right::ALL {
        let mut on = r.lists_right(right);
        let mark = match table.get(right) {
            Applicability::Applies => " ✓",
            Applicability::Conditional => " (✓)",
            Applicability::NotApplicable => "",
        };
        if ui.checkbox(&mut on, format!("{} ({}){mark}", right.label(l), right.article())).changed() {
            // An unticked right's own wording is kept aside, and comes back when ticked.
            super::document::Document::set_right_listed(r, cx.unticked_rights, right, on);
        }
    }
    cx.findings_ui(ui, "rights.listed");
    cx.localized(
        ui,
        tr(l, "Oikeuksien käyttäminen", "Hur du utövar dina rättigheter", "How to exercise the rights"),
        "rights.how_to",
        &mut r.rights.how_to,
        true,
    );
}
