//! Formatting only: the safety plan as the Markdown file `decrypt` writes. Titles and order
//! follow the app's own "Save as text file" (`web/src/features/plan/client/text.ts` and
//! `web/src/content/safety-plan.en.ts`), so the two read alike; which sections, checklist
//! items, statuses and reminders exist, and which plan counts, come from `kintsugi-model`.

use kintsugi_model::{
    ChecklistItem, OWN_CHECKLIST_ITEM, PlanContact, Record, RecordId, SafetyPlan, newest_plan,
};

use crate::export::{markdown_text, utc};

/// Said under a section the person has not written in.
const NOTHING_WRITTEN: &str = "Nothing written yet.";

/// One section's items: the person's own words, or people as "Name: contact".
enum Items<'a> {
    Texts(&'a [String]),
    People(&'a [PlanContact]),
}

/// The plan's groups, each with its sections, in the app's order and words.
fn groups(plan: &SafetyPlan) -> [(&'static str, Vec<(&'static str, Items<'_>)>); 4] {
    use Items::{People, Texts};
    [
        (
            "When things get too much",
            vec![
                ("My warning signs", Texts(&plan.warning_signs)),
                ("Things I can do on my own", Texts(&plan.coping_alone)),
                (
                    "People and places that take my mind off things",
                    Texts(&plan.distractions),
                ),
                ("People I can ask for help", People(&plan.helpers)),
                ("Professionals and services", People(&plan.professionals)),
                (
                    "Making my surroundings safer",
                    Texts(&plan.safe_surroundings),
                ),
                ("My reasons for living", Texts(&plan.reasons_for_living)),
            ],
        ),
        (
            "If I am being hurt: during an incident",
            vec![
                ("Safer rooms", Texts(&plan.safer_rooms)),
                ("How I can get out", Texts(&plan.escape_route)),
                ("Keys, phone and go-bag", Texts(&plan.keys_phone_bag)),
                ("Code words", Texts(&plan.code_words)),
                ("Neighbours who can call for help", Texts(&plan.neighbours)),
                ("Places I can go", Texts(&plan.places_to_go)),
            ],
        ),
        (
            "If I am getting ready to leave",
            vec![
                ("Money", Texts(&plan.money)),
                ("Documents", Texts(&plan.documents)),
                (
                    "Who can lend me money or give me a place to stay",
                    Texts(&plan.lend_or_house),
                ),
                (
                    "When I will look at this plan again",
                    Texts(&plan.review_plan),
                ),
            ],
        ),
        (
            "After I have left",
            vec![
                ("Home security", Texts(&plan.home_security)),
                ("Protection order", Texts(&plan.protection_order)),
                ("Work and public places", Texts(&plan.work_and_public)),
            ],
        ),
    ]
}

/// The name of a suggested checklist item (the core's ids), as the app shows it.
fn checklist_item_name(id: &str) -> Option<&'static str> {
    Some(match id {
        "id" => "ID (driving licence, ID card)",
        "birthCertificates" => "Birth certificates (mine and my children's)",
        "passports" => "Passports and immigration papers",
        "benefitCards" => "Benefit cards and letters",
        "custodyMarriage" => "Custody and marriage papers",
        "protectionOrder" => "Protection order",
        "policeReports" => "Police reports",
        "medicalInsurance" => "Medical and insurance records",
        "schoolRecords" => "School records",
        "bankRecords" => "Bank records",
        "leaseDeed" => "Lease or deed",
        "carPapers" => "Car papers",
        "keys" => "Keys (house, car, work)",
        "medications" => "Medications and prescriptions",
        "cashCards" => "Cash and bank cards",
        "phoneCharger" => "Phone and charger",
        "comfortItems" => "Children's comfort items",
        "petItems" => "Pet items",
        _ => return None,
    })
}

/// A tech-safety reminder (the core's ids), as the app words it.
fn tech_reminder(id: &str) -> Option<&'static str> {
    Some(match id {
        "saferDevice" => "Use a safer device for planning: a library computer or a friend's phone.",
        "locationSharing" => "Check location sharing in your phone, apps and photos.",
        "sharedAccounts" => "Check shared cloud, email and shopping accounts your partner can see.",
        "newPasswords" => "Make new passwords your partner cannot guess, when it is safe to.",
        "stalkerware" => {
            "Know the signs of stalkerware: the battery drains fast, apps you do not know, or \
             your partner knows things they could not know."
        }
        "trackers" => {
            "Check bags, coats and the car for a small tracker (AirTag-style). Phones can alert \
             you to one. Talk to an advocate before removing it: removing it can alert them."
        }
        "phonePlan" => {
            "Check shared phone plans and family sharing: whoever holds the account may see your \
             location, calls or purchases."
        }
        "safetyCheck" => {
            "iPhone (iOS 16 or later): Settings, Privacy & Security, Safety Check shows who you \
             share with. Google: the account's Security Checkup and location sharing in Maps."
        }
        "childrenDevices" => {
            "Check your children's phones, tablets and games: they may share location or be \
             signed in to your partner's accounts."
        }
        "accountRecovery" => {
            "Check the recovery email and phone number of your accounts: whoever holds them can \
             take an account back."
        }
        _ => return None,
    })
}

const SOURCES: [&str; 5] = [
    "Stanley, B. & Brown, G. K. (2012). Safety Planning Intervention: A Brief Intervention \
     to Mitigate Suicide Risk. Cognitive and Behavioral Practice 19(2), 256-264.",
    "Safety-planning guidance published by the US National Domestic Violence Hotline, \
     including its page on supporting your children (thehotline.org): a child's first job is \
     their own safety.",
    "Safety-planning guidance published by Women's Aid and Refuge (UK).",
    "Technology safety: the Safety Net project of the US National Network to End Domestic \
     Violence (techsafety.org) and Refuge's tech safety guides (refugetechsafety.org), which \
     warn that changing settings can alert an abuser.",
    "Apple's Personal Safety User Guide (Safety Check, iOS 16 and later) and Google's \
     Security Checkup for Google accounts.",
];

/// "Passports and immigration papers: I have it, Photographed (Where is it? blue folder)".
fn checklist_line(entry: &ChecklistItem) -> String {
    // No `..`: a status added to the core's type must be named here before this builds.
    let ChecklistItem {
        item,
        label,
        have,
        copied,
        with_someone,
        photographed,
        location,
    } = entry;
    let name = if item == OWN_CHECKLIST_ITEM {
        markdown_text(label)
    } else {
        checklist_item_name(item).map_or_else(|| markdown_text(item), str::to_owned)
    };
    let statuses: Vec<&str> = [
        (*have, "I have it"),
        (*copied, "Copied"),
        (*with_someone, "Kept with someone"),
        (*photographed, "Photographed"),
    ]
    .into_iter()
    .filter_map(|(ticked, words)| ticked.then_some(words))
    .collect();
    let statuses = if statuses.is_empty() {
        "nothing ticked".to_owned()
    } else {
        statuses.join(", ")
    };
    let place = if location.is_empty() {
        String::new()
    } else {
        format!(" (Where is it? {})", markdown_text(location))
    };
    format!("{name}: {statuses}{place}")
}

/// A bulleted list of Markdown lines, or [`NOTHING_WRITTEN`]-like words when it is empty.
fn push_list(out: &mut String, lines: &[String], none: &str) {
    if lines.is_empty() {
        out.push_str(none);
        out.push('\n');
    }
    for line in lines {
        // A line break in an item stays a line break, inside the same bullet.
        out.push_str(&format!("- {}\n", line.replace('\n', "  \n  ")));
    }
}

/// The safety plan as Markdown, when the backup holds one: the newest copy (the one the
/// app shows), every section under its title in the app's order, empty ones said plainly.
pub fn safety_plan_markdown(records: &[(RecordId, Record)]) -> Option<String> {
    let plans: Vec<&SafetyPlan> = records
        .iter()
        .filter_map(|(_, record)| match record {
            Record::SafetyPlan(plan) => Some(plan.as_ref()),
            _ => None,
        })
        .collect();
    let plan = newest_plan(plans.iter().copied())?;
    let mut out = String::from("# My safety plan\n\n");
    out.push_str(&format!(
        "Last changed {}. Times are UTC.",
        utc(plan.updated_at)
    ));
    if plans.len() > 1 {
        out.push_str(&format!(
            " The backup holds {} copies of the plan (from devices whose records were \
             merged); this is the newest, the one the app shows. All of them are in \
             safetyPlan.json.",
            plans.len()
        ));
    }
    out.push('\n');
    for (group, sections) in groups(plan) {
        out.push_str(&format!("\n## {group}\n"));
        for (title, items) in sections {
            out.push_str(&format!("\n### {title}\n\n"));
            let lines: Vec<String> = match items {
                Items::Texts(texts) => texts.iter().map(|t| markdown_text(t)).collect(),
                Items::People(people) => people.iter().map(person_line).collect(),
            };
            push_list(&mut out, &lines, NOTHING_WRITTEN);
        }
    }
    out.push_str("\n## Documents and go-bag\n\n");
    let lines: Vec<String> = plan.checklist.iter().map(checklist_line).collect();
    push_list(&mut out, &lines, NOTHING_WRITTEN);
    out.push_str("\n## Phone and online safety\n\n");
    let lines: Vec<String> = plan
        .tech_done
        .iter()
        .map(|id| {
            let words = tech_reminder(id).map_or_else(|| markdown_text(id), str::to_owned);
            format!("[x] {words}")
        })
        .collect();
    push_list(&mut out, &lines, "Nothing ticked yet.");
    out.push_str("\n### Where this comes from\n\n");
    let lines: Vec<String> = SOURCES.iter().map(|s| (*s).to_owned()).collect();
    push_list(&mut out, &lines, NOTHING_WRITTEN);
    Some(out)
}

/// "Name: contact", either part alone if the other is empty.
fn person_line(person: &PlanContact) -> String {
    let (name, contact) = (markdown_text(&person.name), markdown_text(&person.contact));
    match (name.is_empty(), contact.is_empty()) {
        (false, false) => format!("{name}: {contact}"),
        (true, _) => contact,
        (false, true) => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kintsugi_model::{CHECKLIST_ITEMS, TECH_REMINDERS};

    #[test]
    fn every_core_item_and_reminder_has_words() {
        for id in CHECKLIST_ITEMS {
            assert!(checklist_item_name(id).is_some(), "{id}");
        }
        for id in TECH_REMINDERS {
            assert!(tech_reminder(id).is_some(), "{id}");
        }
        assert!(checklist_item_name(OWN_CHECKLIST_ITEM).is_none());
    }

    #[test]
    fn every_text_section_of_the_core_plan_is_written() {
        // Every list of words in the core's plan JSON gets one distinct item; each must show
        // up in the file, and there must be as many text sections as such lists.
        let json = Record::SafetyPlan(Box::default()).to_json();
        let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let object = value.as_object_mut().unwrap();
        let mut keys = Vec::new();
        for (key, field) in object.iter_mut() {
            let skip = ["helpers", "professionals", "checklist", "techDone"];
            if field.is_array() && !skip.contains(&key.as_str()) {
                *field = serde_json::json!([format!("section {key}")]);
                keys.push(key.clone());
            }
        }
        let texts = groups(&SafetyPlan::default())
            .iter()
            .flat_map(|(_, sections)| sections.iter())
            .filter(|(_, items)| matches!(items, Items::Texts(_)))
            .count();
        assert_eq!(keys.len(), texts);
        let record = Record::from_json(&value.to_string()).unwrap();
        let markdown = safety_plan_markdown(&[(RecordId::from_bytes([1; 16]), record)]).unwrap();
        for key in keys {
            assert!(
                markdown.contains(&format!("- section {key}\n")),
                "{key}:\n{markdown}"
            );
        }
    }
}
