//! The "When to walk away" check (issue 4, part 4): which answers lead to which result.
//!
//! Not a diagnosis and not a risk score: a short list of widely published warning signs of
//! abuse, grouped as the source article frames the choice (active abuse, emotional, verbal or
//! physical, puts safety first; a partner who refuses help or keeps manipulating makes leaving,
//! with support, the healthier path). The items are the project's own words; no licensed
//! instrument (such as the Danger Assessment) is copied.

use serde::{Deserialize, Serialize};

use crate::record::MAX_TIMESTAMP_MS;

/// What a "yes" to a question points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sign {
    /// Physical harm, threats or fear for one's life: safety first, now.
    Danger,
    /// Emotional or verbal abuse, control, isolation, monitoring.
    Abuse,
    /// A partner who refuses help or keeps manipulating.
    Stuck,
}

/// The questions, by id, and what a "yes" points to. The UI words them (content).
const QUESTIONS: &[(&str, Sign)] = &[
    ("hurt", Sign::Danger),
    ("threats", Sign::Danger),
    ("afraid", Sign::Danger),
    ("forced", Sign::Danger),
    ("worse", Sign::Danger),
    ("putDowns", Sign::Abuse),
    ("control", Sign::Abuse),
    ("isolation", Sign::Abuse),
    ("watching", Sign::Abuse),
    ("walkingOnEggshells", Sign::Abuse),
    ("refusesHelp", Sign::Stuck),
    ("twisting", Sign::Stuck),
    ("promisesBroken", Sign::Stuck),
    ("blamesMe", Sign::Stuck),
];

/// The question ids, in the order the check asks them.
#[must_use]
pub fn walk_away_questions() -> Vec<&'static str> {
    QUESTIONS.iter().map(|(id, _)| *id).collect()
}

/// The question ids as a JSON array, for the UI: `["hurt","threats",...]`.
#[must_use]
pub fn walk_away_questions_json() -> String {
    serde_json::json!(walk_away_questions()).to_string()
}

/// What the answers suggest, most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WalkAwayResult {
    /// A "yes" to harm, threats, fear or things getting worse: safety first, now.
    SafetyFirst,
    /// Signs of emotional or verbal abuse: healing together may not be possible while it goes on.
    AbuseSigns,
    /// A partner who refuses help or keeps manipulating: leaving with support may be healthiest.
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

/// The result for the questions answered "yes"; `None` if an id is unknown or repeated.
#[must_use]
pub fn walk_away_result<S: AsRef<str>>(yes: &[S]) -> Option<WalkAwayResult> {
    let mut signs = Vec::with_capacity(yes.len());
    for (i, id) in yes.iter().enumerate() {
        let id = id.as_ref();
        if yes[..i].iter().any(|earlier| earlier.as_ref() == id) {
            return None;
        }
        signs.push(QUESTIONS.iter().find(|(q, _)| *q == id)?.1);
    }
    Some(if signs.contains(&Sign::Danger) {
        WalkAwayResult::SafetyFirst
    } else if signs.contains(&Sign::Abuse) {
        WalkAwayResult::AbuseSigns
    } else if signs.contains(&Sign::Stuck) {
        WalkAwayResult::RefusesChange
    } else {
        WalkAwayResult::NoSigns
    })
}

/// A check the person chose to keep: `{"kind":"walkAwayCheck","yes":["afraid"],"takenAt":...}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WalkAwayCheck {
    /// The questions answered "yes", by id.
    pub yes: Vec<String>,
    /// Milliseconds since the Unix epoch.
    pub taken_at: u64,
}

impl WalkAwayCheck {
    /// The JSON name of the first field that breaks a rule, or `None` if all are valid.
    #[must_use]
    pub fn invalid_field(&self) -> Option<&'static str> {
        if walk_away_result(&self.yes).is_none() {
            return Some("yes");
        }
        if self.taken_at > MAX_TIMESTAMP_MS {
            return Some("takenAt");
        }
        None
    }
}

/// The result id for a JSON array of question ids answered "yes", e.g. `["afraid"]` ->
/// `"safetyFirst"`; `None` for anything else (not an array of strings, unknown or repeated ids).
#[must_use]
pub fn walk_away_result_json(yes_json: &str) -> Option<&'static str> {
    let yes: Vec<String> = serde_json::from_str(yes_json).ok()?;
    walk_away_result(&yes).map(WalkAwayResult::id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Record;

    #[test]
    fn each_group_leads_to_its_result_and_danger_comes_first() {
        let none: [&str; 0] = [];
        assert_eq!(walk_away_result(&none), Some(WalkAwayResult::NoSigns));
        for (id, sign) in QUESTIONS {
            let expected = match sign {
                Sign::Danger => WalkAwayResult::SafetyFirst,
                Sign::Abuse => WalkAwayResult::AbuseSigns,
                Sign::Stuck => WalkAwayResult::RefusesChange,
            };
            assert_eq!(walk_away_result(&[id]), Some(expected), "{id}");
        }
        assert_eq!(
            walk_away_result(&["blamesMe", "putDowns", "refusesHelp"]),
            Some(WalkAwayResult::AbuseSigns)
        );
        assert_eq!(
            walk_away_result(&["twisting", "control", "afraid"]),
            Some(WalkAwayResult::SafetyFirst)
        );
        // All fourteen at once still says "safety first".
        assert_eq!(
            walk_away_result(&walk_away_questions()),
            Some(WalkAwayResult::SafetyFirst)
        );
    }

    #[test]
    fn the_article_criteria_are_covered() {
        // Physical, emotional and verbal abuse; refusing help; continued manipulation.
        let ids = walk_away_questions();
        for id in [
            "hurt",
            "putDowns",
            "walkingOnEggshells",
            "refusesHelp",
            "twisting",
        ] {
            assert!(ids.contains(&id), "{id}");
        }
        assert_eq!(ids.len(), 14);
        assert!(walk_away_questions_json().starts_with(r#"["hurt","threats","#));
    }

    #[test]
    fn unknown_or_repeated_ids_are_refused() {
        assert_eq!(walk_away_result(&["hurt", "hurt"]), None);
        assert_eq!(walk_away_result(&["Hurt"]), None);
        assert_eq!(walk_away_result_json(r#"["afraid"]"#), Some("safetyFirst"));
        assert_eq!(walk_away_result_json("[]"), Some("noSigns"));
        assert_eq!(walk_away_result_json(r#"["x"]"#), None);
        assert_eq!(walk_away_result_json(r#"{"yes":[]}"#), None);
        assert_eq!(walk_away_result_json("[1]"), None);
    }

    #[test]
    fn a_kept_check_round_trips_and_is_validated() {
        let check = WalkAwayCheck {
            yes: vec!["control".to_owned(), "twisting".to_owned()],
            taken_at: 1_764_100_000_000,
        };
        let json = Record::WalkAwayCheck(check.clone()).to_json();
        assert_eq!(
            json,
            r#"{"kind":"walkAwayCheck","yes":["control","twisting"],"takenAt":1764100000000}"#
        );
        assert_eq!(Record::from_json(&json), Ok(Record::WalkAwayCheck(check)));
        for bad in [
            r#"{"kind":"walkAwayCheck","yes":["nope"],"takenAt":1}"#,
            r#"{"kind":"walkAwayCheck","yes":["hurt","hurt"],"takenAt":1}"#,
            r#"{"kind":"walkAwayCheck","yes":[],"takenAt":9007199254740992}"#,
            r#"{"kind":"walkAwayCheck","yes":[],"takenAt":1,"result":"noSigns"}"#,
            r#"{"kind":"walkAwayCheck","takenAt":1}"#,
        ] {
            assert_eq!(
                Record::from_json(bad),
                Err(crate::Error::InvalidRecord),
                "{bad}"
            );
        }
    }
}
