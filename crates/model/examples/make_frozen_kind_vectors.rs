//! Writes one frozen sealed record per record kind, under the frozen v1 vault
//! (`tests/vectors/frozen-v1.json`), into `tests/vectors/kinds/<kind>-v1.json`.
//!
//! Each record fills every field its kind has, so a field renamed, dropped or retyped
//! later fails the `frozen_kinds` test. The program writes only the files that do not
//! exist yet: run it once when a kind is added and commit the new file. Never regenerate
//! an existing file: it is the proof that records sealed by an old build still open.
//!
//! `cargo run -p kintsugi-model --example make_frozen_kind_vectors`

use std::path::Path;

use kintsugi_model::{KNOWN_KINDS, Record, RecordId, RecordVault, Vault, incident_append_json};
use serde_json::{Value, json};

const VECTORS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors");

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let frozen: Value = serde_json::from_str(&std::fs::read_to_string(format!(
        "{VECTORS}/frozen-v1.json"
    ))?)?;
    let passphrase = frozen["passphrase"]
        .as_str()
        .ok_or("frozen-v1.json: passphrase")?;
    let header = hex::decode(frozen["header"].as_str().ok_or("frozen-v1.json: header")?)?;
    let vault = Vault::unlock(&header, passphrase)?;

    let dir = Path::new(VECTORS).join("kinds");
    std::fs::create_dir_all(&dir)?;
    for (n, kind) in KNOWN_KINDS.iter().enumerate() {
        let path = dir.join(format!("{kind}-v1.json"));
        if path.exists() {
            continue;
        }
        let record = Record::from_json(&sample(kind)?.to_string())?;
        assert_eq!(record.kind(), *kind, "the sample of {kind} is a {kind}");
        let record_id = RecordId::from_bytes(
            *format!("frozen-kind-{n:04}")
                .as_bytes()
                .first_chunk::<16>()
                .ok_or("id")?,
        );
        let blob = vault.seal_record(&record_id, &record)?;
        let vector = json!({
            "formatVersion": 1,
            "kind": kind,
            "recordId": record_id.to_hex(),
            "record": hex::encode(&blob),
            "recordJson": record.to_json(),
        });
        std::fs::write(
            &path,
            format!("{}\n", serde_json::to_string_pretty(&vector)?),
        )?;
        println!("wrote {}", path.display());
    }
    Ok(())
}

/// A record of `kind` with every field it has set, as the app would write it.
fn sample(kind: &str) -> Result<Value, Box<dyn std::error::Error>> {
    let at = 1_764_500_000_000_u64;
    Ok(match kind {
        "journal" => json!({
            "kind": "journal",
            "text": "We made up again. The same words as last time: \u{201c}it will never happen again\u{201d}.",
            "createdAt": at, "updatedAt": at + 60_000, "occurredAt": at - 3_600_000,
            "emotions": { "fear": 3, "hope": 4, "relief": 2 },
            "phase": "hoovering",
            "triggers": ["apology", "late night message"],
            "bodyNote": "tight chest, could not sleep",
        }),
        "settings" => json!({
            "kind": "settings",
            "autoLockMinutes": 10, "hiddenGraceSeconds": 30,
            "quickExitUrl": "https://weather.example/", "crisisRegion": "gb",
            "updatedAt": at,
        }),
        "contact" => json!({
            "kind": "contact",
            "name": "Sam (sister)", "number": "+44 7700 900123", "note": "knows the code word",
            "createdAt": at, "updatedAt": at + 1,
        }),
        "contactLog" => json!({
            "kind": "contactLog",
            "occurredAt": at - 7_200_000, "initiatedBy": "them", "channel": "text",
            "hooverTactic": "promiseToChange", "note": "Said he is in therapy now.",
            "brokeNoContact": true, "createdAt": at, "updatedAt": at + 2,
        }),
        "noContactGoal" => json!({
            "kind": "noContactGoal",
            "startedAt": at - 86_400_000 * 30, "endedAt": at - 86_400_000,
            "note": "Thirty days for me.", "createdAt": at - 86_400_000 * 30, "updatedAt": at,
        }),
        "diaryDay" => json!({
            "kind": "diaryDay",
            "date": "2025-11-30",
            "emotions": [{ "name": "sadness", "rating": 4 }, { "name": "my own word", "rating": 1 }],
            "urges": [{ "name": "contact them", "rating": 5, "actedOn": false }],
            "skillsUsed": 3,
            "skills": ["tipp", "wise-mind"],
            "note": "Cold water helped.",
            "createdAt": at, "updatedAt": at + 3,
        }),
        "boundaryPlan" => json!({
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
        }),
        "safetyPlan" => {
            let list = |s: &str| json!([format!("{s} 1"), format!("{s} 2")]);
            let person = |n: &str| json!([{ "name": n, "contact": "+44 7700 900456" }]);
            json!({
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
        "walkAwayCheck" => json!({
            "kind": "walkAwayCheck",
            "version": 2, "yes": ["strangled", "threatsToKill"], "takenAt": at,
        }),
        "backupState" => json!({ "kind": "backupState", "lastBackupAt": at, "updatedAt": at }),
        "incident" => {
            let draft = json!({
                "occurredAt": at - 86_400_000, "place": "Kitchen",
                "whatHappened": "He threw my phone against the wall.",
                "injuries": "Cut on my hand.", "witnesses": "Neighbour heard it.",
                "evidence": "Photo of the phone.", "reportNumbers": "CAD 1234",
                "howIFelt": "Frozen.", "after": "Went to Sam's.",
            });
            let mut record: Value =
                serde_json::from_str(&incident_append_json("[]", &draft.to_string(), at)?)?;
            record["kind"] = json!("incident");
            record
        }
        "draft" => json!({
            "kind": "draft",
            "editor": "journal", "subject": "0123456789abcdef0123456789abcdef",
            "form": { "text": "Half a sentence I had not finished", "phase": "devaluation" },
            "updatedAt": at,
        }),
        other => return Err(format!("no sample for kind {other}: add one here").into()),
    })
}
