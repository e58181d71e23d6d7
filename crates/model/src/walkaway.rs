//! The "When to walk away" check: which answers lead to which result, and what comes first.
//!
//! Not a diagnosis and not a risk score. The danger items are modelled on the risk factors of
//! the Danger Assessment (Jacquelyn Campbell, dangerassessment.org) and the Lethality
//! Assessment Program's screen (Maryland Network Against Domestic Violence), asked in the
//! project's own words; neither instrument is copied or scored. A "yes" to any one of them
//! leads first to Help now (the emergency number and the lines), then to the safety plan.
//! The other items are widely published warning signs of abuse and control, and the source
//! article's criteria for leaving (a partner who refuses help or keeps manipulating).
//!
//! Kept checks are records. The first question set (fourteen ids, no `version` field) is
//! frozen: its ids keep their meaning forever, so old checks open and show a result. Checks
//! kept with the current set carry `"version":2`.

use serde::{Deserialize, Serialize};

use crate::kind::{RecordKind, from_record_json, record_json};
use crate::limits::MAX_TIMESTAMP_MS;

/// What a "yes" to a question points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sign {
    /// A risk factor for serious or lethal harm: Help now first.
    Danger,
    /// Emotional or verbal abuse, control, isolation, monitoring, manipulation.
    Abuse,
    /// A partner who refuses help or keeps breaking promises.
    Stuck,
}

/// Advice a "yes" adds to the result, on top of what its group says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename_all = "camelCase"))]
pub enum WalkAwayAdvice {
    /// Strangulation: see a doctor even without marks; it can injure unseen and harm later.
    Strangulation,
    /// Separation: leaving can be the most dangerous time; plan it with a specialist service.
    Leaving,
}

impl WalkAwayAdvice {
    /// The advice's id as the UI knows it.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::Strangulation => "strangulation",
            Self::Leaving => "leaving",
        }
    }
}

/// One question: its id, what a "yes" points to, and any advice of its own.
type Question = (&'static str, Sign, Option<WalkAwayAdvice>);

/// The current question set, in the order the check asks it: the danger items first.
const QUESTIONS: &[Question] = &[
    (
        "strangled",
        Sign::Danger,
        Some(WalkAwayAdvice::Strangulation),
    ),
    ("threatsToKill", Sign::Danger, None),
    ("weapon", Sign::Danger, None),
    ("physical", Sign::Danger, None),
    ("leaving", Sign::Danger, Some(WalkAwayAdvice::Leaving)),
    ("worse", Sign::Danger, None),
    ("forced", Sign::Danger, None),
    ("stalking", Sign::Danger, None),
    ("suicideThreats", Sign::Danger, None),
    ("jealousy", Sign::Danger, None),
    ("threats", Sign::Danger, None),
    ("couldKill", Sign::Danger, None),
    ("afraid", Sign::Danger, None),
    ("putDowns", Sign::Abuse, None),
    ("control", Sign::Abuse, None),
    ("isolation", Sign::Abuse, None),
    ("watching", Sign::Abuse, None),
    ("walkingOnEggshells", Sign::Abuse, None),
    ("twisting", Sign::Abuse, None),
    ("blamesMe", Sign::Abuse, None),
    ("refusesHelp", Sign::Stuck, None),
    ("promisesBroken", Sign::Stuck, None),
];

/// The first question set (checks kept without a `version`), frozen: these ids and their
/// meanings never change. Graded by today's rule: "twisting" (doubting one's memory) and
/// "blamesMe" are abuse, not a partner who refuses to change. The first "hurt" question
/// joined choking with pushing, so it cannot tell strangulation apart: danger, no advice.
const QUESTIONS_V1: &[Question] = &[
    ("hurt", Sign::Danger, None),
    ("threats", Sign::Danger, None),
    ("afraid", Sign::Danger, None),
    ("forced", Sign::Danger, None),
    ("worse", Sign::Danger, None),
    ("putDowns", Sign::Abuse, None),
    ("control", Sign::Abuse, None),
    ("isolation", Sign::Abuse, None),
    ("watching", Sign::Abuse, None),
    ("walkingOnEggshells", Sign::Abuse, None),
    ("refusesHelp", Sign::Stuck, None),
    ("twisting", Sign::Abuse, None),
    ("promisesBroken", Sign::Stuck, None),
    ("blamesMe", Sign::Abuse, None),
];

/// The version a newly kept check is written with.
pub const WALK_AWAY_VERSION: u16 = 2;

/// The question set a kept check's version names; `None` for a version this build does not know.
fn questions_of(version: Option<u16>) -> Option<&'static [Question]> {
    match version {
        None => Some(QUESTIONS_V1),
        Some(WALK_AWAY_VERSION) => Some(QUESTIONS),
        Some(_) => None,
    }
}

/// The question ids, in the order the check asks them.
#[must_use]
pub fn walk_away_questions() -> Vec<&'static str> {
    QUESTIONS.iter().map(|(id, _, _)| *id).collect()
}

/// The question ids as a JSON array, for the UI: `["strangled","threatsToKill",...]`.
#[must_use]
pub fn walk_away_questions_json() -> String {
    serde_json::json!(walk_away_questions()).to_string()
}

/// What the answers suggest, most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename_all = "camelCase"))]
pub enum WalkAwayResult {
    /// A "yes" to any danger item: Help now first, then the safety plan.
    SafetyFirst,
    /// Signs of emotional or verbal abuse, control or manipulation.
    AbuseSigns,
    /// A partner who refuses help or keeps breaking promises: leaving with support may be healthiest.
    RefusesChange,
    /// None of these signs: trust what you notice; the check can be taken again.
    NoSigns,
}

impl WalkAwayResult {
    /// The result's id as the UI knows it.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::SafetyFirst => "safetyFirst",
            Self::AbuseSigns => "abuseSigns",
            Self::RefusesChange => "refusesChange",
            Self::NoSigns => "noSigns",
        }
    }
}

/// Where a result's buttons lead, in the order the result screen offers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename_all = "camelCase"))]
pub enum WalkAwayAction {
    /// The emergency number and the crisis lines.
    HelpNow,
    /// The person's safety plan.
    SafetyPlan,
}

impl WalkAwayAction {
    /// The action's id as the UI knows it.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::HelpNow => "helpNow",
            Self::SafetyPlan => "safetyPlan",
        }
    }
}

/// Every result puts safety first: Help now, then the plan.
const ACTIONS: [WalkAwayAction; 2] = [WalkAwayAction::HelpNow, WalkAwayAction::SafetyPlan];

/// The whole answer for a set of "yes" answers.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(rename_all = "camelCase"))]
pub struct WalkAwayOutcome {
    /// What the answers suggest.
    pub result: WalkAwayResult,
    /// True when any danger item was answered "yes": the urgent message comes first.
    pub urgent: bool,
    /// Advice the answers add, each once, in a fixed order (strangulation first).
    pub advice: Vec<WalkAwayAdvice>,
    /// The result's buttons, in order; Help now is always first.
    pub actions: [WalkAwayAction; 2],
}

impl WalkAwayOutcome {
    /// As JSON for the UI:
    /// `{"result":"safetyFirst","urgent":true,"advice":["strangulation"],"actions":["helpNow","safetyPlan"]}`.
    #[must_use]
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct Out<'a> {
            result: &'a str,
            urgent: bool,
            advice: Vec<&'a str>,
            actions: Vec<&'a str>,
        }
        serde_json::to_string(&Out {
            result: self.result.id(),
            urgent: self.urgent,
            advice: self.advice.iter().map(|a| a.id()).collect(),
            actions: self.actions.iter().map(|a| a.id()).collect(),
        })
        .expect("strings and booleans serialise")
    }
}

/// The outcome for "yes" answers against one question set; `None` if an id is unknown or repeated.
fn outcome_in<S: AsRef<str>>(questions: &[Question], yes: &[S]) -> Option<WalkAwayOutcome> {
    let mut signs = Vec::with_capacity(yes.len());
    let mut advice = Vec::new();
    for (i, id) in yes.iter().enumerate() {
        let id = id.as_ref();
        if yes[..i].iter().any(|earlier| earlier.as_ref() == id) {
            return None;
        }
        let (_, sign, extra) = questions.iter().find(|(q, _, _)| *q == id)?;
        signs.push(*sign);
        advice.extend(*extra);
    }
    advice.sort_unstable();
    let result = if signs.contains(&Sign::Danger) {
        WalkAwayResult::SafetyFirst
    } else if signs.contains(&Sign::Abuse) {
        WalkAwayResult::AbuseSigns
    } else if signs.contains(&Sign::Stuck) {
        WalkAwayResult::RefusesChange
    } else {
        WalkAwayResult::NoSigns
    };
    Some(WalkAwayOutcome {
        result,
        urgent: result == WalkAwayResult::SafetyFirst,
        advice,
        actions: ACTIONS,
    })
}

/// The outcome for the current questions answered "yes"; `None` if an id is unknown or repeated.
#[must_use]
pub fn walk_away_outcome<S: AsRef<str>>(yes: &[S]) -> Option<WalkAwayOutcome> {
    outcome_in(QUESTIONS, yes)
}

/// The result for the current questions answered "yes"; `None` if an id is unknown or repeated.
#[must_use]
pub fn walk_away_result<S: AsRef<str>>(yes: &[S]) -> Option<WalkAwayResult> {
    walk_away_outcome(yes).map(|o| o.result)
}

/// A check the person chose to keep:
/// `{"kind":"walkAwayCheck","version":2,"yes":["afraid"],"takenAt":...}`. Without `version`
/// it is a check kept with the first question set (see `QUESTIONS_V1`), read forever.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WalkAwayCheck {
    /// Which question set `yes` answers: absent for the first, [`WALK_AWAY_VERSION`] for today's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub version: Option<u16>,
    /// The questions answered "yes", by id.
    pub yes: Vec<String>,
    /// Milliseconds since the Unix epoch.
    pub taken_at: u64,
}

impl WalkAwayCheck {
    /// A check of the current question set.
    #[must_use]
    pub fn new(yes: Vec<String>, taken_at: u64) -> Self {
        Self {
            version: Some(WALK_AWAY_VERSION),
            yes,
            taken_at,
        }
    }

    /// What this check's answers suggest, read with the question set of its version.
    #[must_use]
    pub fn outcome(&self) -> Option<WalkAwayOutcome> {
        outcome_in(questions_of(self.version)?, &self.yes)
    }

    /// The JSON name of the first field that breaks a rule, or `None` if all are valid.
    #[must_use]
    pub fn invalid_field(&self) -> Option<&'static str> {
        let Some(questions) = questions_of(self.version) else {
            return Some("version");
        };
        if outcome_in(questions, &self.yes).is_none() {
            return Some("yes");
        }
        if self.taken_at > MAX_TIMESTAMP_MS {
            return Some("takenAt");
        }
        None
    }
}

/// The outcome JSON (see [`WalkAwayOutcome::to_json`]) for a JSON array of current question
/// ids answered "yes", e.g. `["afraid"]`; `None` for anything else (not an array of strings,
/// unknown or repeated ids).
#[must_use]
pub fn walk_away_result_json(yes_json: &str) -> Option<String> {
    let yes: Vec<String> = serde_json::from_str(yes_json).ok()?;
    walk_away_outcome(&yes).map(|o| o.to_json())
}

/// The outcome JSON for a kept check's record JSON of any version; `None` if it is not a
/// valid `walkAwayCheck` record.
#[must_use]
pub fn walk_away_check_result_json(record_json: &str) -> Option<String> {
    from_record_json::<WalkAwayCheck>(record_json)
        .ok()?
        .outcome()
        .map(|o| o.to_json())
}

/// The record JSON of a new check of the current question set; `None` when `yes_json` is not
/// a JSON array of strings. Validation is [`crate::Record::invalid_field`]'s job.
#[must_use]
pub fn walk_away_check_json(yes_json: &str, taken_at: u64) -> Option<String> {
    let yes: Vec<String> = serde_json::from_str(yes_json).ok()?;
    Some(record_json(&WalkAwayCheck::new(yes, taken_at)))
}

impl RecordKind for WalkAwayCheck {
    #[cfg(any(test, feature = "vectors"))]
    fn example() -> serde_json::Value {
        let at = 1_764_500_000_000_u64;
        serde_json::json!({
            "kind": "walkAwayCheck",
            "version": 2, "yes": ["strangled", "threatsToKill"], "takenAt": at,
        })
    }

    fn invalid_field(&self) -> Option<&'static str> {
        Self::invalid_field(self)
    }

    /// A kept check is never edited: its time is when it was taken.
    fn updated_at(&self) -> u64 {
        self.taken_at
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Record;

    /// Every danger item of the current set, with the advice it adds. Written out by hand:
    /// if an item is dropped from the rule (or stops leading to Help now), this fails.
    const DANGER_ITEMS: &[(&str, &[&str])] = &[
        ("strangled", &["strangulation"]),
        ("threatsToKill", &[]),
        ("weapon", &[]),
        ("physical", &[]),
        ("leaving", &["leaving"]),
        ("worse", &[]),
        ("forced", &[]),
        ("stalking", &[]),
        ("suicideThreats", &[]),
        ("jealousy", &[]),
        ("threats", &[]),
        ("couldKill", &[]),
        ("afraid", &[]),
    ];

    const ABUSE_ITEMS: &[&str] = &[
        "putDowns",
        "control",
        "isolation",
        "watching",
        "walkingOnEggshells",
        "twisting",
        "blamesMe",
    ];

    const STUCK_ITEMS: &[&str] = &["refusesHelp", "promisesBroken"];

    fn outcome(yes: &[&str]) -> WalkAwayOutcome {
        walk_away_outcome(yes).unwrap()
    }

    #[test]
    fn each_danger_item_leads_to_help_now_first() {
        for (id, advice) in DANGER_ITEMS {
            let o = outcome(&[id]);
            assert_eq!(o.result, WalkAwayResult::SafetyFirst, "{id}");
            assert!(o.urgent, "{id}");
            assert_eq!(o.actions[0], WalkAwayAction::HelpNow, "{id}");
            assert_eq!(o.actions[1], WalkAwayAction::SafetyPlan, "{id}");
            let ids: Vec<_> = o.advice.iter().map(|a| a.id()).collect();
            assert_eq!(&ids, advice, "{id}");
            // A danger yes still wins over every other answer.
            let mut with_others: Vec<&str> =
                ABUSE_ITEMS.iter().chain(STUCK_ITEMS).copied().collect();
            with_others.push(id);
            assert_eq!(
                outcome(&with_others).result,
                WalkAwayResult::SafetyFirst,
                "{id}"
            );
            assert_eq!(
                o.to_json(),
                format!(
                    r#"{{"result":"safetyFirst","urgent":true,"advice":{},"actions":["helpNow","safetyPlan"]}}"#,
                    serde_json::json!(advice)
                )
            );
        }
    }

    #[test]
    fn the_question_set_is_exactly_the_graded_items_danger_first() {
        let expected: Vec<&str> = DANGER_ITEMS
            .iter()
            .map(|(id, _)| *id)
            .chain(ABUSE_ITEMS.iter().copied())
            .chain(STUCK_ITEMS.iter().copied())
            .collect();
        assert_eq!(walk_away_questions(), expected);
        assert!(
            walk_away_questions_json().starts_with(r#"["strangled","threatsToKill","weapon","#)
        );
    }

    #[test]
    fn the_non_danger_path_still_offers_help_now_first_without_urgency() {
        for id in ABUSE_ITEMS {
            let o = outcome(&[id]);
            assert_eq!(o.result, WalkAwayResult::AbuseSigns, "{id}");
            assert!(!o.urgent && o.advice.is_empty(), "{id}");
            assert_eq!(
                o.actions,
                [WalkAwayAction::HelpNow, WalkAwayAction::SafetyPlan]
            );
        }
        for id in STUCK_ITEMS {
            assert_eq!(outcome(&[id]).result, WalkAwayResult::RefusesChange, "{id}");
        }
        let none: [&str; 0] = [];
        let o = outcome(&none);
        assert_eq!(o.result, WalkAwayResult::NoSigns);
        assert!(!o.urgent);
        assert_eq!(o.actions[0], WalkAwayAction::HelpNow);
        assert_eq!(
            outcome(&["refusesHelp", "twisting"]).result,
            WalkAwayResult::AbuseSigns,
            "gaslighting is abuse, not only a partner who refuses to change"
        );
        assert_eq!(
            outcome(&["blamesMe", "promisesBroken"]).result,
            WalkAwayResult::AbuseSigns
        );
    }

    #[test]
    fn advice_is_listed_once_strangulation_first() {
        let o = outcome(&["leaving", "afraid", "strangled"]);
        assert_eq!(
            o.advice,
            vec![WalkAwayAdvice::Strangulation, WalkAwayAdvice::Leaving]
        );
        assert_eq!(
            walk_away_result(&walk_away_questions()),
            Some(WalkAwayResult::SafetyFirst)
        );
    }

    #[test]
    fn unknown_or_repeated_ids_are_refused() {
        assert_eq!(walk_away_result(&["afraid", "afraid"]), None);
        assert_eq!(walk_away_result(&["Afraid"]), None);
        // A first-set id that the current set split up is not a current question.
        assert_eq!(walk_away_result(&["hurt"]), None);
        assert_eq!(
            walk_away_result_json(r#"["afraid"]"#).as_deref(),
            Some(
                r#"{"result":"safetyFirst","urgent":true,"advice":[],"actions":["helpNow","safetyPlan"]}"#
            )
        );
        assert_eq!(
            walk_away_result_json("[]").as_deref(),
            Some(
                r#"{"result":"noSigns","urgent":false,"advice":[],"actions":["helpNow","safetyPlan"]}"#
            )
        );
        assert_eq!(walk_away_result_json(r#"["x"]"#), None);
        assert_eq!(walk_away_result_json(r#"{"yes":[]}"#), None);
        assert_eq!(walk_away_result_json("[1]"), None);
    }

    #[test]
    fn a_kept_check_round_trips_and_is_validated() {
        let check = WalkAwayCheck::new(
            vec!["strangled".to_owned(), "twisting".to_owned()],
            1_764_100_000_000,
        );
        let json = Record::WalkAwayCheck(check.clone()).to_json();
        assert_eq!(
            json,
            r#"{"kind":"walkAwayCheck","version":2,"yes":["strangled","twisting"],"takenAt":1764100000000}"#
        );
        assert_eq!(
            walk_away_check_json(r#"["strangled","twisting"]"#, 1_764_100_000_000).as_deref(),
            Some(json.as_str())
        );
        assert_eq!(walk_away_check_json("{}", 1), None);
        assert_eq!(Record::from_json(&json), Ok(Record::WalkAwayCheck(check)));
        assert_eq!(
            walk_away_check_result_json(&json).as_deref(),
            Some(
                r#"{"result":"safetyFirst","urgent":true,"advice":["strangulation"],"actions":["helpNow","safetyPlan"]}"#
            )
        );
        for bad in [
            r#"{"kind":"walkAwayCheck","version":2,"yes":["nope"],"takenAt":1}"#,
            r#"{"kind":"walkAwayCheck","version":2,"yes":["hurt"],"takenAt":1}"#,
            r#"{"kind":"walkAwayCheck","version":2,"yes":["afraid","afraid"],"takenAt":1}"#,
            r#"{"kind":"walkAwayCheck","version":2,"yes":[],"takenAt":9007199254740992}"#,
            r#"{"kind":"walkAwayCheck","version":2,"yes":[],"takenAt":1,"result":"noSigns"}"#,
            r#"{"kind":"walkAwayCheck","version":1,"yes":[],"takenAt":1}"#,
            r#"{"kind":"walkAwayCheck","version":3,"yes":[],"takenAt":1}"#,
            r#"{"kind":"walkAwayCheck","version":2,"takenAt":1}"#,
        ] {
            assert_eq!(
                Record::from_json(bad),
                Err(crate::Error::InvalidRecord),
                "{bad}"
            );
        }
        assert_eq!(
            walk_away_check_result_json(
                r#"{"kind":"journal","text":"","createdAt":1,"updatedAt":1}"#
            ),
            None
        );
    }

    #[test]
    fn checks_kept_with_the_first_question_set_still_open_and_show_a_result() {
        // The shape every check was written in before versions: no `version`, the first ids.
        let old =
            r#"{"kind":"walkAwayCheck","yes":["control","twisting"],"takenAt":1764100000000}"#;
        let record = Record::from_json(old).unwrap();
        let Record::WalkAwayCheck(check) = record else {
            unreachable!("a walkAwayCheck JSON parses as a walk-away check");
        };
        assert_eq!(check.version, None);
        // Written back exactly as it was: nothing adds a version to an old check.
        assert_eq!(Record::WalkAwayCheck(check.clone()).to_json(), old);
        assert_eq!(check.outcome().unwrap().result, WalkAwayResult::AbuseSigns);

        for (yes, result) in [
            (r#"["hurt"]"#, "safetyFirst"),
            (r#"["threats","putDowns"]"#, "safetyFirst"),
            (r#"["afraid"]"#, "safetyFirst"),
            (r#"["forced"]"#, "safetyFirst"),
            (r#"["worse"]"#, "safetyFirst"),
            (r#"["isolation","refusesHelp"]"#, "abuseSigns"),
            (r#"["blamesMe"]"#, "abuseSigns"),
            (r#"["promisesBroken","refusesHelp"]"#, "refusesChange"),
            ("[]", "noSigns"),
        ] {
            let json = format!(r#"{{"kind":"walkAwayCheck","yes":{yes},"takenAt":1}}"#);
            let outcome = walk_away_check_result_json(&json).unwrap();
            assert!(
                outcome.starts_with(&format!(r#"{{"result":"{result}""#)),
                "{yes}: {outcome}"
            );
            assert!(
                outcome.ends_with(r#""actions":["helpNow","safetyPlan"]}"#),
                "{yes}"
            );
        }
        // Every first-set id still opens; a current-only id does not belong to the first set.
        let all_v1: Vec<&str> = QUESTIONS_V1.iter().map(|(id, _, _)| *id).collect();
        let json = format!(
            r#"{{"kind":"walkAwayCheck","yes":{},"takenAt":1}}"#,
            serde_json::json!(all_v1)
        );
        assert!(Record::from_json(&json).is_ok());
        assert_eq!(
            Record::from_json(r#"{"kind":"walkAwayCheck","yes":["strangled"],"takenAt":1}"#),
            Err(crate::Error::InvalidRecord)
        );
    }
}
