//! The incident log's hash chain: a frozen vector (made by `verify_incident_chain.py` from
//! `docs/incident-log.md` alone, so the encoding can never silently change) and a property
//! test that any single change to a saved entry is detected.

use kintsugi_model::{
    Incident, ProblemKind, Record, incident_append, latest_versions, verify_chain,
};
use proptest::prelude::*;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Vector {
    records: Vec<serde_json::Value>,
    canonical_bytes_of_first: String,
    hashes: Vec<String>,
}

fn incident(value: &serde_json::Value) -> Incident {
    let record = Record::from_json(&value.to_string()).expect("the vector's records are valid");
    let Record::Incident(v) = record else {
        unreachable!("the vector holds incidents only")
    };
    v
}

#[test]
fn frozen_chain_v1_still_verifies_with_the_same_hashes() {
    let vector: Vector =
        serde_json::from_str(include_str!("vectors/incident-chain-v1.json")).unwrap();
    let log: Vec<Incident> = vector.records.iter().map(incident).collect();
    assert_eq!(
        hex::encode(log[0].canonical_bytes()),
        vector.canonical_bytes_of_first
    );
    let computed: Vec<String> = log.iter().map(Incident::compute_hash).collect();
    assert_eq!(computed, vector.hashes);
    let report = verify_chain(&log);
    assert!(report.intact, "{report:?}");
    assert_eq!(report.head.as_deref(), Some(vector.hashes[2].as_str()));
    let groups = latest_versions(&log);
    assert_eq!(groups.len(), 2);
    assert_eq!(
        groups[0].versions,
        vec![1, 2],
        "the edited incident is the newest"
    );
}

fn chain(texts: &[String]) -> Vec<Incident> {
    let mut log = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        let draft = Incident {
            occurred_at: 1_764_000_000_000 + i as u64,
            what_happened: text.clone(),
            ..Incident::default()
        };
        let next = incident_append(&log, draft, 1_764_100_000_000 + i as u64)
            .expect("short texts and small times are valid");
        log.push(next);
    }
    log
}

/// One change someone could make to a saved entry.
fn change(v: &mut Incident, field: usize, text: &str) {
    let add = |s: &mut String| s.push_str(if text.is_empty() { "x" } else { text });
    match field {
        0 => v.occurred_at ^= 1,
        1 => add(&mut v.place),
        2 => add(&mut v.what_happened),
        3 => add(&mut v.injuries),
        4 => add(&mut v.witnesses),
        5 => add(&mut v.evidence),
        6 => add(&mut v.report_numbers),
        7 => add(&mut v.how_i_felt),
        8 => add(&mut v.after),
        9 => v.created_at ^= 1,
        10 => v.supersedes = Some("ab".repeat(32)),
        11 => v.prev_hash = "cd".repeat(32),
        _ => v.seq += 1,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Changing any field of any entry is found, whether or not the entry's own hash is
    /// recomputed, except a recomputed change to the newest entry: only an earlier export's
    /// head hash shows that one (docs/incident-log.md, "What the chain does not prove").
    #[test]
    fn any_single_change_is_detected(
        texts in prop::collection::vec(".{0,12}", 1..6),
        at in any::<prop::sample::Index>(),
        field in 0usize..13,
        text in ".{0,8}",
        rehash in any::<bool>(),
    ) {
        let log = chain(&texts);
        prop_assert!(verify_chain(&log).intact);
        let at = at.index(log.len());
        let mut changed = log.clone();
        change(&mut changed[at], field, &text);
        if rehash {
            changed[at].hash = changed[at].compute_hash();
        }
        let report = verify_chain(&changed);
        let newest = at + 1 == log.len();
        if rehash && newest && field != 11 && field != 12 {
            prop_assert!(report.intact);
            prop_assert_ne!(report.head, verify_chain(&log).head);
        } else {
            prop_assert!(!report.intact, "{:?}", report);
        }
    }

    #[test]
    fn removing_or_swapping_entries_is_detected(
        texts in prop::collection::vec(".{0,12}", 2..6),
        at in any::<prop::sample::Index>(),
    ) {
        let log = chain(&texts);
        let at = at.index(log.len() - 1);
        let mut removed = log.clone();
        removed.remove(at);
        let report = verify_chain(&removed);
        prop_assert!(report.problems.iter().any(|p| p.kind == ProblemKind::Missing && p.first == at as u64));
        let mut swapped = log.clone();
        swapped[at].seq += 1;
        swapped[at + 1].seq -= 1;
        prop_assert!(!verify_chain(&swapped).intact);
    }
}
