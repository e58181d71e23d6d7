//! Runs the `kintsugi` binary: every command and every documented exit code.

// Test helpers outside `#[test]` functions: a panic is the failure report.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use kintsugi_model::{
    Incident, JournalEntry, KdfParams, Record, RecordId, incident_append, read_backup, write_backup,
};

const PASSPHRASE: &str = "gold fills the cracks";
const CHEAP: KdfParams = KdfParams {
    memory_kib: KdfParams::MIN_MEMORY_KIB,
    iterations: 1,
    parallelism: 1,
};

/// A fresh folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kintsugi"))
        .args(args)
        .output()
        .unwrap()
}

fn code(output: &Output) -> i32 {
    output.status.code().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn verify(file: &str, pass: &str) -> Output {
    run(&["backup", "verify", file, "--passphrase-file", pass])
}

fn decrypt(file: &str, out: &Path, pass: &str, extra: &[&str]) -> Output {
    let mut args = vec!["backup", "decrypt", file, "--out", out.to_str().unwrap()];
    args.extend_from_slice(&["--passphrase-file", pass]);
    args.extend_from_slice(extra);
    run(&args)
}

/// `kintsugi backup create --from FROM --out OUT` with cheap (test-only) key settings.
fn create(from: &Path, out: &Path, pass: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["backup", "create", "--from", from.to_str().unwrap()];
    args.extend_from_slice(&["--out", out.to_str().unwrap()]);
    args.extend_from_slice(&["--passphrase-file", pass.to_str().unwrap()]);
    args.extend_from_slice(&["--kdf-memory-kib", "8192", "--kdf-iterations", "1"]);
    args.extend_from_slice(extra);
    run(&args)
}

/// Asserts the exit code and that the message on stderr contains `words`.
fn assert_fails(output: &Output, exit_code: i32, words: &str) {
    assert_eq!(code(output), exit_code, "{}", stderr(output));
    assert!(stderr(output).contains(words), "{}", stderr(output));
}

fn records() -> Vec<(RecordId, Record)> {
    (0..3u8)
        .map(|i| {
            let record = Record::Journal(JournalEntry {
                text: format!("Entry {i}: he said it would be different this time."),
                created_at: 1_764_100_000_000 + u64::from(i) * 86_400_000,
                updated_at: 1_764_100_000_000 + u64::from(i) * 86_400_000,
                ..JournalEntry::default()
            });
            (RecordId::from_bytes([i; 16]), record)
        })
        .collect()
}

/// A backup file and a passphrase file in `dir`.
fn fixture(dir: &Path) -> (String, String) {
    let file = dir.join("backup.kbak");
    fs::write(
        &file,
        write_backup(PASSPHRASE, CHEAP, 1_764_400_000_000, &records()).unwrap(),
    )
    .unwrap();
    let pass = dir.join("pass.txt");
    fs::write(&pass, format!("{PASSPHRASE}\n")).unwrap();
    (
        file.to_str().unwrap().to_owned(),
        pass.to_str().unwrap().to_owned(),
    )
}

#[test]
fn inspect_shows_header_facts_without_a_passphrase() {
    let dir = scratch("inspect");
    let (file, _) = fixture(&dir);
    let output = run(&["backup", "inspect", &file]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("format version 1"), "{text}");
    assert!(
        text.contains("memory 8192 KiB, passes 1, lanes 1"),
        "{text}"
    );
    assert!(text.contains("Encrypted parts: 1 of 64 KiB"), "{text}");
    assert!(!text.contains("Entry"), "{text}");

    let not_backup = dir.join("notes.txt");
    fs::write(&not_backup, "just some notes, not a backup at all").unwrap();
    let output = run(&["backup", "inspect", not_backup.to_str().unwrap()]);
    assert_fails(&output, 4, "not a Kintsugi backup");

    let missing = dir.join("missing.kbak");
    assert_eq!(
        code(&run(&["backup", "inspect", missing.to_str().unwrap()])),
        1
    );
}

#[test]
fn verify_counts_records_and_gives_each_exit_code() {
    let dir = scratch("verify");
    let (file, pass) = fixture(&dir);
    let output = verify(&file, &pass);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(
        stdout(&output).contains("complete and intact: 3 record(s)"),
        "{}",
        stdout(&output)
    );

    let wrong = dir.join("wrong.txt");
    fs::write(&wrong, "not the passphrase").unwrap();
    let output = verify(&file, wrong.to_str().unwrap());
    assert_fails(&output, 3, "passphrase is not right");

    let bytes = fs::read(&file).unwrap();
    let variant = |name: &str, bytes: &[u8]| {
        let path = dir.join(name);
        fs::write(&path, bytes).unwrap();
        verify(path.to_str().unwrap(), &pass)
    };
    let output = variant("truncated.kbak", &bytes[..bytes.len() - 100]);
    assert_fails(&output, 4, "incomplete");
    let mut damaged = bytes.clone();
    damaged[500] ^= 1;
    let output = variant("damaged.kbak", &damaged);
    assert_fails(&output, 4, "damaged");
    let mut newer = bytes.clone();
    newer[5] = 2;
    let output = variant("newer.kbak", &newer);
    assert_fails(&output, 5, "newer version");
    // Settings over the caps, with a recomputed checksum: refused before Argon2.
    let mut costly = bytes.clone();
    costly[7..11].copy_from_slice(&u32::MAX.to_be_bytes());
    let checksum = {
        use blake2::{Blake2b256, Digest};
        Blake2b256::digest(&costly[..107])
    };
    costly[107..139].copy_from_slice(&checksum);
    assert_eq!(code(&variant("costly.kbak", &costly)), 6);
    // A missing passphrase file is an I/O error.
    let missing = dir.join("nope.txt");
    let output = verify(&file, missing.to_str().unwrap());
    assert_eq!(code(&output), 1);
}

#[test]
fn usage_errors_exit_two() {
    assert_eq!(code(&run(&[])), 2);
    assert_eq!(code(&run(&["backup"])), 2);
    assert_eq!(code(&run(&["backup", "verify"])), 2);
    assert_eq!(
        code(&run(&["backup", "decrypt", "x.kbak"])),
        2,
        "--out is required"
    );
    assert_eq!(code(&run(&["backup", "inspect", "a", "--bogus"])), 2);
    assert_eq!(code(&run(&["--help"])), 0);
}

#[test]
fn decrypt_writes_readable_files_and_never_overwrites_silently() {
    let dir = scratch("decrypt");
    let (file, pass) = fixture(&dir);
    let out = dir.join("out");
    let output = decrypt(&file, &out, &pass, &[]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(
        stdout(&output).contains("NOT encrypted"),
        "{}",
        stdout(&output)
    );
    let markdown = fs::read_to_string(out.join("journal.md")).unwrap();
    assert!(markdown.starts_with("# Journal\n"));
    assert!(markdown.contains("## 2025-11-25 19:46 UTC"), "{markdown}");
    let first = markdown.find("Entry 0").unwrap();
    let last = markdown.find("Entry 2").unwrap();
    assert!(first < last, "oldest first");
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("journal.json")).unwrap()).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 3);
    assert_eq!(json[1]["id"], "01".repeat(16));
    assert_eq!(json[1]["kind"], "journal");

    // Again without --force: refused, and the existing file is untouched.
    fs::write(out.join("journal.md"), "my own notes").unwrap();
    let output = decrypt(&file, &out, &pass, &[]);
    assert_fails(&output, 1, "already exists");
    assert_eq!(
        fs::read_to_string(out.join("journal.md")).unwrap(),
        "my own notes"
    );
    let output = decrypt(&file, &out, &pass, &["--force"]);
    assert_eq!(code(&output), 0);
    assert_eq!(
        fs::read_to_string(out.join("journal.md")).unwrap(),
        markdown
    );

    // A wrong passphrase writes nothing.
    let wrong = dir.join("wrong.txt");
    fs::write(&wrong, "not the passphrase").unwrap();
    let empty = dir.join("empty");
    let output = decrypt(&file, &empty, wrong.to_str().unwrap(), &[]);
    assert_eq!(code(&output), 3);
    assert!(!empty.exists());
}

#[cfg(unix)]
#[test]
fn decrypt_writes_files_only_its_user_can_read_in_a_private_folder() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let dir = scratch("private");
    let (file, pass) = fixture(&dir);
    let out = dir.join("new").join("out");
    assert_eq!(code(&decrypt(&file, &out, &pass, &[])), 0);
    assert_eq!(mode(&out), 0o700);
    assert_eq!(mode(&dir.join("new")), 0o700);
    let names: Vec<PathBuf> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(names.len() >= 2, "{names:?}");
    for name in &names {
        assert_eq!(mode(name), 0o600, "{}", name.display());
    }

    // --force over a file others could read: tightened before the plaintext goes in.
    let journal = out.join("journal.md");
    fs::set_permissions(&journal, fs::Permissions::from_mode(0o644)).unwrap();
    assert_eq!(code(&decrypt(&file, &out, &pass, &["--force"])), 0);
    assert_eq!(mode(&journal), 0o600);
    assert!(
        fs::read_to_string(&journal)
            .unwrap()
            .starts_with("# Journal\n")
    );

    // An existing folder others can open is refused, and nothing is written into it.
    let shared = dir.join("shared");
    fs::create_dir(&shared).unwrap();
    fs::set_permissions(&shared, fs::Permissions::from_mode(0o755)).unwrap();
    let output = decrypt(&file, &shared, &pass, &[]);
    assert_fails(&output, 1, "other users");
    assert_eq!(fs::read_dir(&shared).unwrap().count(), 0);
}

#[test]
fn decrypt_then_create_then_verify_round_trips() {
    let dir = scratch("round-trip");
    let (file, pass) = fixture(&dir);
    let out = dir.join("out");
    assert_eq!(code(&decrypt(&file, &out, &pass, &[])), 0);
    let new_file = dir.join("new.kbak");
    let new_str = new_file.to_str().unwrap();
    let create = |extra: &[&str]| create(&out, &new_file, Path::new(&pass), extra);
    let output = create(&[]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(stdout(&output).contains("3 record(s)"));
    let output = verify(new_str, &pass);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(
        read_backup(&fs::read(&new_file).unwrap(), PASSPHRASE)
            .unwrap()
            .records,
        records()
    );
    // The output exists now: refused without --force.
    assert_eq!(code(&create(&[])), 1);
    assert_eq!(code(&create(&["--force"])), 0);
}

#[test]
fn create_refuses_invalid_input_and_writes_nothing() {
    let dir = scratch("create-invalid");
    let from = dir.join("from");
    fs::create_dir_all(&from).unwrap();
    let pass = dir.join("pass.txt");
    fs::write(&pass, PASSPHRASE).unwrap();
    let out = dir.join("new.kbak");
    let create = |pass: &Path| create(&from, &out, pass, &[]);
    let bad_entries = [
        r#"[{"id":"zz","kind":"journal","text":"x","createdAt":1,"updatedAt":1}]"#,
        r#"[{"id":"00000000000000000000000000000000","kind":"journal","text":"x"}]"#,
        r#"[{"kind":"journal","text":"x","createdAt":1,"updatedAt":1}]"#,
        r#"{"not":"a list"}"#,
    ];
    for bad in bad_entries {
        fs::write(from.join("journal.json"), bad).unwrap();
        let output = create(&pass);
        assert_eq!(code(&output), 7, "{bad}: {}", stderr(&output));
        assert!(!out.exists());
    }
    fs::write(from.join("journal.json"), "[]").unwrap();
    let weak = dir.join("weak.txt");
    fs::write(&weak, "short").unwrap();
    let output = create(&weak);
    assert_fails(&output, 7, "too short");
    // An empty journal is a valid, empty backup.
    assert_eq!(code(&create(&pass)), 0);
    assert!(
        read_backup(&fs::read(&out).unwrap(), PASSPHRASE)
            .unwrap()
            .records
            .is_empty()
    );
}

/// A backup holding a journal entry and an incident log of two versions (an incident and
/// its edit); `tamper` changes the first version's words after it was saved.
fn incident_fixture(dir: &Path, tamper: bool) -> (String, String) {
    let first = Incident {
        occurred_at: 1_764_000_000_000,
        place: "Kitchen".into(),
        what_happened: "Shouted and threw a cup.".into(),
        ..Incident::default()
    };
    let v0 = incident_append(&[], first.clone(), 1_764_100_000_000).unwrap();
    let edit = Incident {
        injuries: "Cut on my hand".into(),
        supersedes: Some(v0.hash.clone()),
        ..first
    };
    let v1 = incident_append(std::slice::from_ref(&v0), edit, 1_764_200_000_000).unwrap();
    let mut v0_stored = v0;
    if tamper {
        v0_stored.what_happened = "Nothing happened.".into();
    }
    let mut all = records();
    all.push((RecordId::from_bytes([7; 16]), Record::Incident(v1)));
    all.push((RecordId::from_bytes([8; 16]), Record::Incident(v0_stored)));
    let file = dir.join("backup.kbak");
    fs::write(
        &file,
        write_backup(PASSPHRASE, CHEAP, 1_764_400_000_000, &all).unwrap(),
    )
    .unwrap();
    let pass = dir.join("pass.txt");
    fs::write(&pass, PASSPHRASE).unwrap();
    (
        file.to_str().unwrap().to_owned(),
        pass.to_str().unwrap().to_owned(),
    )
}

#[test]
fn decrypt_writes_the_incident_log_with_hashes_and_the_chain_check() {
    let dir = scratch("incidents");
    let (file, pass) = incident_fixture(&dir, false);
    let out = dir.join("out");
    let output = decrypt(&file, &out, &pass, &[]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(
        stdout(&output).contains("incident-log.md"),
        "{}",
        stdout(&output)
    );
    let markdown = fs::read_to_string(out.join("incident-log.md")).unwrap();
    assert!(markdown.starts_with("# Incident log\n"), "{markdown}");
    assert!(
        markdown.contains("**Chain check: Verified.**"),
        "{markdown}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("incident.json")).unwrap()).unwrap();
    let hashes: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["hash"].as_str().unwrap())
        .collect();
    assert_eq!(hashes.len(), 2);
    for hash in &hashes {
        assert!(
            markdown.contains(&format!("- Hash: `{hash}`")),
            "{markdown}"
        );
    }
    // Log order (entry 1 first), whatever the order in the backup.
    let entry1 = markdown.find("## Entry 1").unwrap();
    let entry2 = markdown.find("## Entry 2").unwrap();
    assert!(entry1 < entry2 && markdown[entry2..].contains("Cut on my hand"));
    assert!(markdown[entry2..].contains("Replaces the version with hash"));

    // A version changed after it was saved: the file says so, plainly.
    let dir = scratch("incidents-tampered");
    let (file, pass) = incident_fixture(&dir, true);
    let out = dir.join("out");
    assert_eq!(code(&decrypt(&file, &out, &pass, &[])), 0);
    let markdown = fs::read_to_string(out.join("incident-log.md")).unwrap();
    assert!(
        markdown.contains("**Chain check: Not verified.**"),
        "{markdown}"
    );
    assert!(
        markdown.contains("Entry 1 does not match its hash"),
        "{markdown}"
    );
    assert!(markdown.contains("- Check: does not match"), "{markdown}");

    // No incident log, no file.
    let dir = scratch("no-incidents");
    let (file, pass) = fixture(&dir);
    let out = dir.join("out");
    assert_eq!(code(&decrypt(&file, &out, &pass, &[])), 0);
    assert!(!out.join("incident-log.md").exists());
}

/// Makes `dir/backup.kbak` with `kintsugi backup create --from` a folder holding
/// `safetyPlan.json` with `plans` (JSON objects without their ids), and a passphrase file.
fn plan_fixture(dir: &Path, plans: &[serde_json::Value]) -> (String, String) {
    let from = dir.join("from");
    fs::create_dir_all(&from).unwrap();
    let listed: Vec<serde_json::Value> = plans
        .iter()
        .enumerate()
        .map(|(i, plan)| {
            let mut plan = plan.clone();
            plan["id"] = RecordId::from_bytes([9 + u8::try_from(i).unwrap(); 16])
                .to_hex()
                .into();
            plan
        })
        .collect();
    fs::write(
        from.join("safetyPlan.json"),
        serde_json::to_string(&listed).unwrap(),
    )
    .unwrap();
    fs::write(from.join("journal.json"), "[]").unwrap();
    let pass = dir.join("pass.txt");
    fs::write(&pass, PASSPHRASE).unwrap();
    let file = dir.join("backup.kbak");
    let output = create(&from, &file, &pass, &[]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    (
        file.to_str().unwrap().to_owned(),
        pass.to_str().unwrap().to_owned(),
    )
}

#[test]
fn decrypt_writes_the_safety_plan_in_the_apps_sections_and_order() {
    // Every section holds words found nowhere else; "older" is an earlier copy of the plan.
    let texts = [
        ("warningSigns", "My warning signs", "wsign I stop sleeping"),
        (
            "copingAlone",
            "Things I can do on my own",
            "calone cold water",
        ),
        (
            "distractions",
            "People and places that take my mind off things",
            "dplace the library",
        ),
        (
            "safeSurroundings",
            "Making my surroundings safer",
            "ssafe tablets",
        ),
        (
            "reasonsForLiving",
            "My reasons for living",
            "rliving the sea",
        ),
        ("saferRooms", "Safer rooms", "sroom hallway"),
        ("escapeRoute", "How I can get out", "eroute back door"),
        (
            "keysPhoneBag",
            "Keys, phone and go-bag",
            "kbag coat by the door",
        ),
        ("codeWords", "Code words", "cword feed the cat"),
        (
            "neighbours",
            "Neighbours who can call for help",
            "nbour Mrs Green",
        ),
        ("placesToGo", "Places I can go", "pgo petrol station"),
        ("money", "Money", "mon cash with my sister"),
        ("documents", "Documents", "docs copies with a friend"),
        (
            "lendOrHouse",
            "Who can lend me money or give me a place to stay",
            "lend my brother",
        ),
        (
            "reviewPlan",
            "When I will look at this plan again",
            "rplan first of the month",
        ),
        ("homeSecurity", "Home security", "hsec change the locks"),
        (
            "protectionOrder",
            "Protection order",
            "porder copy in my bag",
        ),
        (
            "workAndPublic",
            "Work and public places",
            "wpub different bus",
        ),
    ];
    let mut plan = serde_json::json!({
        "kind": "safetyPlan",
        "helpers": [{"name": "hname Mia", "contact": "555 0100"}],
        "professionals": [{"name": "pname Dr Okafor", "contact": ""}],
        "checklist": [
            {"item": "passports", "have": true, "photographed": true, "where": "blue folder"},
            {"item": "own", "label": "Grandma's *ring*", "withSomeone": true,
             "where": "with [Ana] # 2"},
        ],
        "techDone": ["locationSharing"],
        "updatedAt": 1_764_300_000_000u64,
    });
    for (key, _, text) in texts {
        plan[key] = serde_json::json!([text]);
    }
    // Markdown-special characters in the person's words are shown, not obeyed.
    plan["codeWords"] = serde_json::json!(["cword feed the cat", "_two_ **stars** <b> `x`"]);
    let older = serde_json::json!({
        "kind": "safetyPlan", "warningSigns": ["older copy"], "updatedAt": 1_764_000_000_000u64,
    });
    let dir = scratch("plan");
    let (file, pass) = plan_fixture(&dir, &[older, plan]);
    let out = dir.join("out");
    let output = decrypt(&file, &out, &pass, &[]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(
        stdout(&output).contains("safety-plan.md"),
        "{}",
        stdout(&output)
    );
    let md = fs::read_to_string(out.join("safety-plan.md")).unwrap();
    assert!(md.starts_with("# My safety plan\n"), "{md}");
    assert!(md.contains("Last changed 2025-11-28 03:20 UTC."), "{md}");
    assert!(md.contains("holds 2 copies of the plan"), "{md}");
    assert!(!md.contains("older copy"), "only the newest plan: {md}");

    // Each group and section title, then its words, in the app's order.
    let mut expected: Vec<String> = Vec::new();
    let group = |title: &str| format!("\n## {title}\n");
    let section = |title: &str| format!("\n### {title}\n");
    let item = |text: &str| format!("\n- {text}\n");
    let groups = [
        (0, "When things get too much"),
        (5, "If I am being hurt: during an incident"),
        (11, "If I am getting ready to leave"),
        (15, "After I have left"),
    ];
    for (i, (_, title, text)) in texts.iter().enumerate() {
        if let Some((_, g)) = groups.iter().find(|(at, _)| *at == i) {
            expected.push(group(g));
        }
        expected.push(section(title));
        expected.push(item(text));
        if *title == "People and places that take my mind off things" {
            expected.push(section("People I can ask for help"));
            expected.push(item("hname Mia: 555 0100"));
            expected.push(section("Professionals and services"));
            expected.push(item("pname Dr Okafor"));
        }
    }
    expected.push(group("Documents and go-bag"));
    expected.push(item(
        "Passports and immigration papers: I have it, Photographed (Where is it? blue folder)",
    ));
    expected.push(item(
        r"Grandma's \*ring\*: Kept with someone (Where is it? with \[Ana\] \# 2)",
    ));
    expected.push(group("Phone and online safety"));
    expected.push(item(
        "[x] Check location sharing in your phone, apps and photos.",
    ));
    let mut from = 0;
    for wanted in &expected {
        let at = md[from..].find(wanted.as_str());
        assert!(
            at.is_some(),
            "{wanted:?} not found after byte {from}:\n{md}"
        );
        from += at.unwrap() + wanted.len() - 1;
    }
    assert!(
        md.contains(r"- \_two\_ \*\*stars\*\* \<b\> \`x\`"),
        "escaped: {md}"
    );
    assert!(
        md.contains("### Where this comes from\n\n- Stanley, B."),
        "{md}"
    );

    // A plan with nothing written: every section says so plainly.
    let dir = scratch("plan-empty");
    let bare = serde_json::json!({"kind": "safetyPlan", "updatedAt": 1_764_300_000_000u64});
    let (file, pass) = plan_fixture(&dir, &[bare]);
    let out = dir.join("out");
    assert_eq!(code(&decrypt(&file, &out, &pass, &[])), 0);
    let md = fs::read_to_string(out.join("safety-plan.md")).unwrap();
    assert_eq!(md.matches("\n\nNothing written yet.\n").count(), 21, "{md}");
    assert!(
        md.contains("## Phone and online safety\n\nNothing ticked yet.\n"),
        "{md}"
    );

    // No safety plan in the backup, no file.
    let dir = scratch("no-plan");
    let (file, pass) = fixture(&dir);
    let out = dir.join("out");
    let output = decrypt(&file, &out, &pass, &[]);
    assert_eq!(code(&output), 0);
    assert!(!out.join("safety-plan.md").exists());
    assert!(!stdout(&output).contains("safety-plan.md"));
}
