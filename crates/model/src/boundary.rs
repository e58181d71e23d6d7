//! The plan for the next contact: a DEAR MAN boundary script (Linehan 2015)
//! and a cope-ahead plan. One per vault, like the settings: when two copies exist the newest
//! `updatedAt` wins.

use serde::{Deserialize, Serialize};

use crate::kind::RecordKind;
use crate::limits::{MAX_TIMESTAMP_MS, too_long};

/// Longest text in any one field of the plan.
pub const MAX_PLAN_FIELD_CHARS: usize = 2_000;

/// `{"kind":"boundaryPlan","describe":...,"express":...,...,"updatedAt":...}`. Every field
/// has a default, so a plan with only some parts filled in (or from before a field existed)
/// opens with the rest empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct BoundaryPlan {
    /// DEAR MAN "Describe": the facts of the situation, without judgement.
    pub describe: String,
    /// "Express": how I feel about it, in "I" sentences.
    pub express: String,
    /// "Assert": what I want, or what I will not do.
    pub assert: String,
    /// "Reinforce": why it is good for both of us, or what happens next.
    pub reinforce: String,
    /// Cope ahead: the situation I expect.
    pub situation: String,
    /// Cope ahead: what I will probably feel.
    pub feelings: String,
    /// Cope ahead: what I will do (skills, words, leaving).
    pub actions: String,
    /// Cope ahead: who I can call afterwards.
    pub call_after: String,
    /// Milliseconds since the Unix epoch; the newest copy wins.
    pub updated_at: u64,
}

impl BoundaryPlan {
    /// The JSON name of the first field that breaks a rule, or `None` if all are valid.
    #[must_use]
    pub fn invalid_field(&self) -> Option<&'static str> {
        [
            (&self.describe, "describe"),
            (&self.express, "express"),
            (&self.assert, "assert"),
            (&self.reinforce, "reinforce"),
            (&self.situation, "situation"),
            (&self.feelings, "feelings"),
            (&self.actions, "actions"),
            (&self.call_after, "callAfter"),
        ]
        .into_iter()
        .find(|(text, _)| too_long(text, MAX_PLAN_FIELD_CHARS))
        .map(|(_, name)| name)
        .or((self.updated_at > MAX_TIMESTAMP_MS).then_some("updatedAt"))
    }
}

impl RecordKind for BoundaryPlan {
    #[cfg(any(test, feature = "vectors"))]
    fn example() -> serde_json::Value {
        let at = 1_764_500_000_000_u64;
        serde_json::json!({
            "kind": "boundaryPlan",
            "describe": "You messaged me after I asked for no contact.",
            "express": "I feel unsafe when that happens.",
            "assert": "Please only contact me through my lawyer.",
            "reinforce": "Then we can sort out the flat calmly.",
            "situation": "Picking up my things on Saturday.",
            "feelings": "Scared he will be charming.",
            "actions": "Bring Sam, stay by the door, leave at 11.",
            "callAfter": "Sam",
            "updatedAt": at,
        })
    }

    fn invalid_field(&self) -> Option<&'static str> {
        Self::invalid_field(self)
    }

    fn updated_at(&self) -> u64 {
        self.updated_at
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Record;
    use kintsugi_vault::Error;

    #[test]
    fn json_shape_and_defaults() {
        let plan = BoundaryPlan {
            describe: "You texted me at 2am.".into(),
            call_after: "Sam".into(),
            updated_at: 3,
            ..BoundaryPlan::default()
        };
        let json = Record::BoundaryPlan(plan.clone()).to_json();
        assert_eq!(
            json,
            r#"{"kind":"boundaryPlan","describe":"You texted me at 2am.","express":"","assert":"","reinforce":"","situation":"","feelings":"","actions":"","callAfter":"Sam","updatedAt":3}"#
        );
        assert_eq!(Record::from_json(&json), Ok(Record::BoundaryPlan(plan)));
        assert_eq!(
            Record::from_json(r#"{"kind":"boundaryPlan"}"#),
            Ok(Record::BoundaryPlan(BoundaryPlan::default()))
        );
    }

    #[test]
    fn rules_name_the_field() {
        let long = "x".repeat(MAX_PLAN_FIELD_CHARS + 1);
        let plan = BoundaryPlan {
            actions: long.clone(),
            ..BoundaryPlan::default()
        };
        assert_eq!(plan.invalid_field(), Some("actions"));
        let plan = BoundaryPlan {
            call_after: long,
            ..BoundaryPlan::default()
        };
        assert_eq!(plan.invalid_field(), Some("callAfter"));
        let plan = BoundaryPlan {
            describe: "é".repeat(MAX_PLAN_FIELD_CHARS),
            updated_at: MAX_TIMESTAMP_MS + 1,
            ..BoundaryPlan::default()
        };
        assert_eq!(plan.invalid_field(), Some("updatedAt"));
        for bad in [
            r#"{"kind":"boundaryPlan","mindful":"x"}"#,
            r#"{"kind":"boundaryPlan","describe":1}"#,
        ] {
            assert_eq!(Record::from_json(bad), Err(Error::InvalidRecord), "{bad}");
        }
    }
}
