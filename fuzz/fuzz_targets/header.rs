//! Vault header parsing: every check before Argon2 must return an error, never panic,
//! and what parses must serialise back to the same bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = kintsugi_vault::fuzzing::check_header(data);
});
