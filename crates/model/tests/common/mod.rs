//! Helpers shared by the integration tests.

#![allow(dead_code)] // each test binary uses a different subset

use kintsugi_model::{JournalEntry, KdfParams, Record};

/// The cheapest parameters the caps accept: tests stay fast, every code path is real.
pub const CHEAP: KdfParams = KdfParams {
    memory_kib: KdfParams::MIN_MEMORY_KIB,
    iterations: 1,
    parallelism: 1,
};

pub const PASSPHRASE: &str = "gold fills the cracks";

pub fn journal(text: &str) -> Record {
    Record::Journal(JournalEntry {
        text: text.to_owned(),
        created_at: 1_764_100_000_000,
        updated_at: 1_764_100_000_000,
        ..JournalEntry::default()
    })
}

pub mod tracker;
