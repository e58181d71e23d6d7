//! The safety plan: the Stanley-Brown sections, a domestic-violence plan,
//! a documents and go-bag checklist and tech-safety reminders, in one record per vault.
//!
//! When a vault holds two plans (e.g. after records from two devices were merged), the one
//! with the newest `updatedAt` is the plan; the others are kept, never shown.
//!
//! The app sends what the person typed; [`SafetyPlan::normalize`] trims every text and drops
//! empty items before the rules are checked, so a stray blank line never blocks a save.

use serde::{Deserialize, Serialize};

use kintsugi_vault::Result;

use crate::kind::RecordKind;
use crate::limits::{MAX_TIMESTAMP_MS, too_long};

/// Most items in one list section.
pub const MAX_PLAN_ITEMS: usize = 30;
/// Longest item in a list section (characters).
pub const MAX_PLAN_ITEM_CHARS: usize = 500;
/// Longest name of a person or service.
pub const MAX_PLAN_NAME_CHARS: usize = 100;
/// Longest contact detail (a number, an address, "via her sister").
pub const MAX_PLAN_CONTACT_CHARS: usize = 100;
/// Longest "where" note on a checklist item.
pub const MAX_PLAN_WHERE_CHARS: usize = 200;
/// Most items the person adds to the checklist themselves.
pub const MAX_OWN_CHECKLIST_ITEMS: usize = 30;

/// The checklist items the app suggests, by id (the UI names them).
pub const CHECKLIST_ITEMS: &[&str] = &[
    "id",
    "birthCertificates",
    "passports",
    "benefitCards",
    "custodyMarriage",
    "protectionOrder",
    "policeReports",
    "medicalInsurance",
    "schoolRecords",
    "bankRecords",
    "leaseDeed",
    "carPapers",
    "keys",
    "medications",
    "cashCards",
    "phoneCharger",
    "comfortItems",
    "petItems",
];

/// The checklist id of an item the person named themselves (its `label` says what).
pub const OWN_CHECKLIST_ITEM: &str = "own";

/// The tech-safety reminders, by id.
pub const TECH_REMINDERS: &[&str] = &[
    "saferDevice",
    "locationSharing",
    "sharedAccounts",
    "newPasswords",
    "stalkerware",
    "trackers",
    "phonePlan",
    "safetyCheck",
    "childrenDevices",
    "accountRecovery",
];

/// A person or service: `{"name":"Ana","contact":"555 0100"}`; either part may be empty.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct PlanContact {
    /// Who (a friend, a clinician, an agency).
    pub name: String,
    /// How to reach them, as typed (free text: a number, an address, a note).
    pub contact: String,
}

/// One documents or go-bag item: which, its statuses (any may apply) and where it is.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct ChecklistItem {
    /// One of [`CHECKLIST_ITEMS`], or [`OWN_CHECKLIST_ITEM`] with a `label`.
    pub item: String,
    /// What the item is, for the person's own items; empty for the suggested ones.
    pub label: String,
    /// I have it.
    pub have: bool,
    /// I have a copy.
    pub copied: bool,
    /// Someone I trust keeps it (or a copy).
    pub with_someone: bool,
    /// I have a photo of it somewhere safe.
    pub photographed: bool,
    /// Where it is, or who has it.
    #[serde(rename = "where")]
    pub location: String,
}

impl ChecklistItem {
    fn is_empty(&self) -> bool {
        !(self.have || self.copied || self.with_someone || self.photographed)
            && self.location.is_empty()
            && (self.item != OWN_CHECKLIST_ITEM || self.label.is_empty())
    }
}

/// The safety plan: `{"kind":"safetyPlan","warningSigns":["..."],...,"updatedAt":...}`.
///
/// Every field has a default, so a plan written before a section existed still opens.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct SafetyPlan {
    // Stanley and Brown (2012).
    /// Thoughts, moods, situations that tell me a crisis may be coming.
    pub warning_signs: Vec<String>,
    /// Things I can do on my own to cope.
    pub coping_alone: Vec<String>,
    /// People and places that take my mind off things.
    pub distractions: Vec<String>,
    /// People I can ask for help.
    pub helpers: Vec<PlanContact>,
    /// Professionals and agencies: clinician, urgent care, crisis lines.
    pub professionals: Vec<PlanContact>,
    /// Making my surroundings safe.
    pub safe_surroundings: Vec<String>,
    /// Reasons for living.
    pub reasons_for_living: Vec<String>,
    // Domestic violence: during an incident.
    /// Safer rooms (an exit, no weapons, a lock).
    pub safer_rooms: Vec<String>,
    /// How I get out.
    pub escape_route: Vec<String>,
    /// Where my keys, phone and go-bag are.
    pub keys_phone_bag: Vec<String>,
    /// Code words with children, friends and family.
    pub code_words: Vec<String>,
    /// Neighbours who can call for help.
    pub neighbours: Vec<String>,
    /// Places I can go.
    pub places_to_go: Vec<String>,
    // Preparing to leave.
    /// Money put aside, an account of my own.
    pub money: Vec<String>,
    /// Documents to take or copy.
    pub documents: Vec<String>,
    /// Who can lend me money or give me a place to stay.
    pub lend_or_house: Vec<String>,
    /// When I will look at this plan again.
    pub review_plan: Vec<String>,
    // After leaving.
    /// Home security.
    pub home_security: Vec<String>,
    /// A protection order: where the copy is and who knows.
    pub protection_order: Vec<String>,
    /// Work and public places.
    pub work_and_public: Vec<String>,
    /// The documents and go-bag checklist.
    pub checklist: Vec<ChecklistItem>,
    /// The tech-safety reminders the person has ticked, by id ([`TECH_REMINDERS`]).
    pub tech_done: Vec<String>,
    /// Milliseconds since the Unix epoch; the newest plan in a vault wins.
    pub updated_at: u64,
}

fn trim_in_place(text: &mut String) {
    let trimmed = text.trim();
    if trimmed.len() != text.len() {
        *text = trimmed.to_owned();
    }
}

impl SafetyPlan {
    fn text_lists(&self) -> [(&'static str, &Vec<String>); 18] {
        [
            ("warningSigns", &self.warning_signs),
            ("copingAlone", &self.coping_alone),
            ("distractions", &self.distractions),
            ("safeSurroundings", &self.safe_surroundings),
            ("reasonsForLiving", &self.reasons_for_living),
            ("saferRooms", &self.safer_rooms),
            ("escapeRoute", &self.escape_route),
            ("keysPhoneBag", &self.keys_phone_bag),
            ("codeWords", &self.code_words),
            ("neighbours", &self.neighbours),
            ("placesToGo", &self.places_to_go),
            ("money", &self.money),
            ("documents", &self.documents),
            ("lendOrHouse", &self.lend_or_house),
            ("reviewPlan", &self.review_plan),
            ("homeSecurity", &self.home_security),
            ("protectionOrder", &self.protection_order),
            ("workAndPublic", &self.work_and_public),
        ]
    }

    fn text_lists_mut(&mut self) -> [&mut Vec<String>; 18] {
        [
            &mut self.warning_signs,
            &mut self.coping_alone,
            &mut self.distractions,
            &mut self.safe_surroundings,
            &mut self.reasons_for_living,
            &mut self.safer_rooms,
            &mut self.escape_route,
            &mut self.keys_phone_bag,
            &mut self.code_words,
            &mut self.neighbours,
            &mut self.places_to_go,
            &mut self.money,
            &mut self.documents,
            &mut self.lend_or_house,
            &mut self.review_plan,
            &mut self.home_security,
            &mut self.protection_order,
            &mut self.work_and_public,
        ]
    }

    /// Trims every text, drops empty items and unticked duplicates, keeps the order.
    pub fn normalize(&mut self) {
        for list in self.text_lists_mut() {
            list.iter_mut().for_each(trim_in_place);
            list.retain(|item| !item.is_empty());
        }
        for list in [&mut self.helpers, &mut self.professionals] {
            for person in list.iter_mut() {
                trim_in_place(&mut person.name);
                trim_in_place(&mut person.contact);
            }
            list.retain(|p| !(p.name.is_empty() && p.contact.is_empty()));
        }
        for entry in &mut self.checklist {
            trim_in_place(&mut entry.item);
            trim_in_place(&mut entry.label);
            trim_in_place(&mut entry.location);
        }
        self.checklist.retain(|entry| !entry.is_empty());
        let mut seen = Vec::with_capacity(self.tech_done.len());
        self.tech_done.iter_mut().for_each(trim_in_place);
        self.tech_done.retain(|id| {
            let fresh = !id.is_empty() && !seen.contains(id);
            if fresh {
                seen.push(id.clone());
            }
            fresh
        });
    }

    /// The JSON name of the first field that breaks a rule, or `None` if all are valid.
    /// Empty items count as broken here: [`SafetyPlan::normalize`] drops them first.
    #[must_use]
    pub fn invalid_field(&self) -> Option<&'static str> {
        for (name, list) in self.text_lists() {
            if list.len() > MAX_PLAN_ITEMS
                || list
                    .iter()
                    .any(|item| item.trim().is_empty() || too_long(item, MAX_PLAN_ITEM_CHARS))
            {
                return Some(name);
            }
        }
        for (name, list) in [
            ("helpers", &self.helpers),
            ("professionals", &self.professionals),
        ] {
            let bad = |p: &PlanContact| {
                (p.name.trim().is_empty() && p.contact.trim().is_empty())
                    || too_long(&p.name, MAX_PLAN_NAME_CHARS)
                    || too_long(&p.contact, MAX_PLAN_CONTACT_CHARS)
            };
            if list.len() > MAX_PLAN_ITEMS || list.iter().any(bad) {
                return Some(name);
            }
        }
        if !self.checklist_is_valid() {
            return Some("checklist");
        }
        let mut seen: Vec<&str> = Vec::with_capacity(self.tech_done.len());
        for id in &self.tech_done {
            if !TECH_REMINDERS.contains(&id.as_str()) || seen.contains(&id.as_str()) {
                return Some("techDone");
            }
            seen.push(id);
        }
        if self.updated_at > MAX_TIMESTAMP_MS {
            return Some("updatedAt");
        }
        None
    }

    /// Suggested items at most once each, own items labelled and capped, short texts.
    fn checklist_is_valid(&self) -> bool {
        let mut seen: Vec<&str> = Vec::with_capacity(CHECKLIST_ITEMS.len());
        let mut own = 0;
        for entry in &self.checklist {
            if entry.item == OWN_CHECKLIST_ITEM {
                own += 1;
                if entry.label.trim().is_empty() || too_long(&entry.label, MAX_PLAN_NAME_CHARS) {
                    return false;
                }
            } else if !CHECKLIST_ITEMS.contains(&entry.item.as_str())
                || seen.contains(&entry.item.as_str())
                || !entry.label.is_empty()
            {
                return false;
            } else {
                seen.push(&entry.item);
            }
            if entry.is_empty() || too_long(&entry.location, MAX_PLAN_WHERE_CHARS) {
                return false;
            }
        }
        own <= MAX_OWN_CHECKLIST_ITEMS
    }
}

/// The plan's limits and ids, as JSON, so the UI never hard-codes them:
/// `{"maxItems":30,"maxItemChars":500,...,"checklist":["id",...],"tech":["saferDevice",...]}`.
#[must_use]
pub fn plan_rules_json() -> String {
    serde_json::to_string(&PlanRules::now()).expect("the rules are strings and integers")
}

/// The safety plan's limits and ids ([`plan_rules_json`]).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PlanRules {
    /// Items in one list of the plan, at most.
    pub max_items: usize,
    /// Characters in one item, at most.
    pub max_item_chars: usize,
    /// Characters in a name, at most.
    pub max_name_chars: usize,
    /// Characters in a contact's number or address, at most.
    pub max_contact_chars: usize,
    /// Characters in a "where", at most.
    pub max_where_chars: usize,
    /// The person's own checklist items, at most.
    pub max_own_checklist_items: usize,
    /// The ids of the suggested checklist items, in order.
    pub checklist: Vec<&'static str>,
    /// The ids of the technology reminders, in order.
    pub tech: Vec<&'static str>,
}

impl PlanRules {
    /// The rules of this build.
    #[must_use]
    pub fn now() -> Self {
        Self {
            max_items: MAX_PLAN_ITEMS,
            max_item_chars: MAX_PLAN_ITEM_CHARS,
            max_name_chars: MAX_PLAN_NAME_CHARS,
            max_contact_chars: MAX_PLAN_CONTACT_CHARS,
            max_where_chars: MAX_PLAN_WHERE_CHARS,
            max_own_checklist_items: MAX_OWN_CHECKLIST_ITEMS,
            checklist: CHECKLIST_ITEMS.to_vec(),
            tech: TECH_REMINDERS.to_vec(),
        }
    }
}

/// The plan a vault shows when it holds several (e.g. after two devices' records were
/// merged): the one with the newest `updatedAt`; of equals, the last. `None` when there is none.
#[must_use]
pub fn newest_plan<'a>(plans: impl IntoIterator<Item = &'a SafetyPlan>) -> Option<&'a SafetyPlan> {
    plans.into_iter().max_by_key(|plan| plan.updated_at)
}

impl RecordKind for SafetyPlan {
    #[cfg(any(test, feature = "vectors"))]
    fn example() -> serde_json::Value {
        let at = 1_764_500_000_000_u64;
        {
            let list = |s: &str| serde_json::json!([format!("{s} 1"), format!("{s} 2")]);
            let person = |n: &str| serde_json::json!([{ "name": n, "contact": "+44 7700 900456" }]);
            serde_json::json!({
                "kind": "safetyPlan",
                "warningSigns": list("sign"), "copingAlone": list("coping"),
                "distractions": list("distraction"), "helpers": person("Sam"),
                "professionals": person("Dr Rahman"), "safeSurroundings": list("surroundings"),
                "reasonsForLiving": list("reason"), "saferRooms": list("room"),
                "escapeRoute": list("route"), "keysPhoneBag": list("keys"),
                "codeWords": list("code word"), "neighbours": list("neighbour"),
                "placesToGo": list("place"), "money": list("money"),
                "documents": list("document"), "lendOrHouse": list("lend"),
                "reviewPlan": list("review"), "homeSecurity": list("lock"),
                "protectionOrder": list("order"), "workAndPublic": list("work"),
                "checklist": [
                    {
                        "item": "passports", "label": "", "have": true, "copied": true,
                        "withSomeone": false, "photographed": true, "where": "Sam's drawer",
                    },
                    {
                        "item": "own", "label": "Grandma's ring", "have": false, "copied": false,
                        "withSomeone": true, "photographed": false, "where": "with Sam",
                    },
                ],
                "techDone": ["locationSharing", "accountRecovery"],
                "updatedAt": at,
            })
        }
    }

    fn invalid_field(&self) -> Option<&'static str> {
        Self::invalid_field(self)
    }

    fn normalize(&mut self) -> Result<()> {
        Self::normalize(self);
        Ok(())
    }

    fn updated_at(&self) -> u64 {
        self.updated_at
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Record;
    use crate::invalid_field_of_json;

    fn plan(json: &str) -> SafetyPlan {
        let record = Record::from_json(json);
        let Ok(Record::SafetyPlan(p)) = record else {
            unreachable!("{json} should be a valid plan: {record:?}");
        };
        *p
    }

    fn full_plan() -> SafetyPlan {
        let mut p = SafetyPlan {
            helpers: vec![PlanContact {
                name: "Mia".to_owned(),
                contact: "555 0100".to_owned(),
            }],
            professionals: vec![PlanContact {
                name: "Dr Okafor".to_owned(),
                contact: String::new(),
            }],
            checklist: vec![
                ChecklistItem {
                    item: "passports".to_owned(),
                    have: true,
                    photographed: true,
                    location: "blue folder".to_owned(),
                    ..ChecklistItem::default()
                },
                ChecklistItem {
                    item: OWN_CHECKLIST_ITEM.to_owned(),
                    label: "Grandma's ring".to_owned(),
                    with_someone: true,
                    ..ChecklistItem::default()
                },
            ],
            tech_done: vec!["locationSharing".to_owned()],
            updated_at: 1_764_100_000_000,
            ..SafetyPlan::default()
        };
        for (i, list) in p.text_lists_mut().into_iter().enumerate() {
            list.push(format!("item {i}"));
        }
        p
    }

    #[test]
    fn every_section_round_trips() {
        let p = full_plan();
        let json = Record::SafetyPlan(Box::new(p.clone())).to_json();
        assert!(json.starts_with(r#"{"kind":"safetyPlan","warningSigns":["item 0"],"#));
        assert!(json.contains(r#""helpers":[{"name":"Mia","contact":"555 0100"}]"#));
        assert!(json.contains(
            r#"{"item":"passports","label":"","have":true,"copied":false,"withSomeone":false,"photographed":true,"where":"blue folder"}"#
        ));
        assert!(json.ends_with(r#""techDone":["locationSharing"],"updatedAt":1764100000000}"#));
        assert_eq!(plan(&json), p);
        for (name, _) in p.text_lists() {
            assert!(json.contains(&format!(r#""{name}":["#)), "{name}");
        }
    }

    #[test]
    fn a_bare_plan_is_empty_and_old_plans_open() {
        assert_eq!(plan(r#"{"kind":"safetyPlan"}"#), SafetyPlan::default());
        let p = plan(r#"{"kind":"safetyPlan","warningSigns":["not sleeping"],"updatedAt":3}"#);
        assert_eq!(p.warning_signs, ["not sleeping"]);
        assert!(p.checklist.is_empty());
    }

    #[test]
    fn texts_are_trimmed_and_empty_items_dropped() {
        let p = plan(
            r#"{"kind":"safetyPlan","warningSigns":["  racing thoughts ","", "   "],
            "helpers":[{"name":" ","contact":""},{"name":" Jo ","contact":" 555 "}],
            "checklist":[{"item":"keys"},{"item":"keys ","have":true,"where":" hook "},
                         {"item":"own","label":"  "}],
            "techDone":["saferDevice"," saferDevice",""]}"#,
        );
        assert_eq!(p.warning_signs, ["racing thoughts"]);
        assert_eq!(
            p.helpers,
            [PlanContact {
                name: "Jo".to_owned(),
                contact: "555".to_owned()
            }]
        );
        assert_eq!(p.checklist.len(), 1);
        assert_eq!(p.checklist[0].item, "keys");
        assert_eq!(p.checklist[0].location, "hook");
        assert_eq!(p.tech_done, ["saferDevice"]);
    }

    #[test]
    fn caps_and_ids_are_enforced() {
        let many = serde_json::to_string(&vec!["x"; MAX_PLAN_ITEMS + 1]).unwrap();
        let long = "é".repeat(MAX_PLAN_ITEM_CHARS + 1);
        let cases = [
            (
                format!(r#"{{"kind":"safetyPlan","reasonsForLiving":{many}}}"#),
                "reasonsForLiving",
            ),
            (
                format!(r#"{{"kind":"safetyPlan","codeWords":["{long}"]}}"#),
                "codeWords",
            ),
            (
                format!(
                    r#"{{"kind":"safetyPlan","helpers":[{{"name":"{}"}}]}}"#,
                    "n".repeat(MAX_PLAN_NAME_CHARS + 1)
                ),
                "helpers",
            ),
            (
                r#"{"kind":"safetyPlan","checklist":[{"item":"spaceship","have":true}]}"#
                    .to_owned(),
                "checklist",
            ),
            (
                r#"{"kind":"safetyPlan","checklist":[{"item":"keys","have":true},{"item":"keys","copied":true}]}"#
                    .to_owned(),
                "checklist",
            ),
            (
                r#"{"kind":"safetyPlan","checklist":[{"item":"keys","label":"x","have":true}]}"#
                    .to_owned(),
                "checklist",
            ),
            (
                format!(
                    r#"{{"kind":"safetyPlan","checklist":[{{"item":"keys","where":"{}"}}]}}"#,
                    "w".repeat(MAX_PLAN_WHERE_CHARS + 1)
                ),
                "checklist",
            ),
            (
                r#"{"kind":"safetyPlan","techDone":["wifi"]}"#.to_owned(),
                "techDone",
            ),
            (
                r#"{"kind":"safetyPlan","updatedAt":9007199254740992}"#.to_owned(),
                "updatedAt",
            ),
        ];
        for (json, field) in cases {
            assert_eq!(invalid_field_of_json(&json), Some(field), "{json}");
            assert_eq!(
                Record::from_json(&json),
                Err(crate::Error::InvalidRecord),
                "{json}"
            );
        }
        let own: Vec<_> = (0..=MAX_OWN_CHECKLIST_ITEMS)
            .map(|i| serde_json::json!({"item": "own", "label": format!("thing {i}")}))
            .collect();
        let json = serde_json::json!({"kind": "safetyPlan", "checklist": own}).to_string();
        assert_eq!(invalid_field_of_json(&json), Some("checklist"));
        let exact =
            serde_json::to_string(&vec!["é".repeat(MAX_PLAN_ITEM_CHARS); MAX_PLAN_ITEMS]).unwrap();
        assert_eq!(
            plan(&format!(r#"{{"kind":"safetyPlan","money":{exact}}}"#))
                .money
                .len(),
            MAX_PLAN_ITEMS
        );
    }

    #[test]
    fn unknown_fields_and_wrong_types_are_refused() {
        for json in [
            r#"{"kind":"safetyPlan","notes":["x"]}"#,
            r#"{"kind":"safetyPlan","warningSigns":"x"}"#,
            r#"{"kind":"safetyPlan","warningSigns":[1]}"#,
            r#"{"kind":"safetyPlan","helpers":["Mia"]}"#,
            r#"{"kind":"safetyPlan","helpers":[{"name":"Mia","phone":"1"}]}"#,
            r#"{"kind":"safetyPlan","checklist":[{"item":"keys","have":"yes"}]}"#,
            r#"{"kind":"safetyPlan","checklist":[{"item":"keys","status":"have"}]}"#,
        ] {
            assert_eq!(invalid_field_of_json(json), Some("record"), "{json}");
            assert_eq!(
                Record::from_json(json),
                Err(crate::Error::InvalidRecord),
                "{json}"
            );
        }
    }

    #[test]
    fn every_suggested_item_and_reminder_is_accepted() {
        let checklist: Vec<_> = CHECKLIST_ITEMS
            .iter()
            .map(|id| serde_json::json!({"item": id, "copied": true}))
            .collect();
        let json = serde_json::json!({
            "kind": "safetyPlan", "checklist": checklist, "techDone": TECH_REMINDERS,
        })
        .to_string();
        let p = plan(&json);
        assert_eq!(p.checklist.len(), CHECKLIST_ITEMS.len());
        assert_eq!(p.tech_done.len(), TECH_REMINDERS.len());
        let rules: serde_json::Value = serde_json::from_str(&plan_rules_json()).unwrap();
        assert_eq!(rules["maxItems"], MAX_PLAN_ITEMS);
        assert_eq!(rules["checklist"].as_array().unwrap().len(), 18);
        assert_eq!(rules["tech"][0], "saferDevice");
    }

    #[test]
    fn the_newest_plan_is_the_plan() {
        let at = |updated_at, sign: &str| SafetyPlan {
            warning_signs: vec![sign.to_owned()],
            updated_at,
            ..SafetyPlan::default()
        };
        let plans = [at(5, "older"), at(9, "newest"), at(2, "oldest")];
        assert_eq!(newest_plan(&plans).unwrap().warning_signs, ["newest"]);
        let tied = [at(9, "first"), at(9, "second")];
        assert_eq!(newest_plan(&tied).unwrap().warning_signs, ["second"]);
        assert!(newest_plan(&[]).is_none());
    }
}
