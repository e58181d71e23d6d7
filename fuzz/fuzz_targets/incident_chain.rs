//! The incident log's chain check over untrusted JSON (a log restored from any backup): any
//! text gives a report or InvalidInput, never a panic; the report covers every version once,
//! an intact report names no problem, and appending to a parsed log keeps it checkable.
#![no_main]

use kintsugi_model::{Incident, Record, incident_append, latest_versions, verify_chain};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(records) = serde_json::from_str::<Vec<Record>>(text) else {
        return;
    };
    let log: Vec<Incident> = records
        .into_iter()
        .filter_map(|r| match r {
            Record::Incident(v) if v.invalid_field().is_none() => Some(v),
            _ => None,
        })
        .collect();
    let report = verify_chain(&log);
    assert_eq!(report.entries.len(), log.len());
    assert_eq!(report.intact, report.problems.is_empty());
    let mut seen: Vec<usize> = report.entries.iter().map(|e| e.index).collect();
    seen.sort_unstable();
    assert!(seen.iter().copied().eq(0..log.len()), "each version once");
    let groups = latest_versions(&log);
    assert!(groups.iter().all(|g| g.versions.last() == Some(&g.current)));
    if let Ok(next) = incident_append(&log, Incident::default(), 1) {
        assert_eq!(next.hash, next.compute_hash());
    }
});
