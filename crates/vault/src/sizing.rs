//! Argon2id parameters sized to the device: the strongest that unlock within a target time
//! here, measured, never below the defaults.
//!
//! The app times one pass over [`CALIBRATION`]'s 64 MiB on this device, then asks
//! [`params_for_device`] for parameters. Argon2id's time grows with `m × t` (the lanes run
//! one after another in the WASM core), so a pass over `m` KiB takes about
//! `ms_per_pass × m / 64 MiB`. Memory grows first (it is what makes guessing on a graphics
//! card dear), up to [`SIZED_MAX_MEMORY_KIB`], which a weaker phone restoring the vault can
//! still reserve; then passes; always within [`KdfParams::validate`]'s budget.

use crate::format::KdfParams;

/// The work the app times: one pass over 64 MiB with one lane.
pub const CALIBRATION: KdfParams = KdfParams {
    memory_kib: 64 * 1024,
    iterations: 1,
    parallelism: 1,
};

/// The unlock time aimed at: about one second.
pub const TARGET_UNLOCK_MS: u32 = 1000;

/// The most memory a sized vault asks for: 128 MiB, half of what the header may hold, so a
/// phone weaker than the one that measured can still open it.
pub const SIZED_MAX_MEMORY_KIB: u32 = 128 * 1024;

/// Memory grows in steps of 16 MiB.
const MEMORY_STEP_KIB: u32 = 16 * 1024;

/// The strongest parameters whose predicted unlock time here is at most `target_ms`, given
/// that one pass over 64 MiB took `ms_per_pass` milliseconds. Never weaker than
/// [`KdfParams::DEFAULT`]: on a slow device (or a measurement that is not a positive finite
/// number) the defaults come back. The result always passes [`KdfParams::validate`].
#[must_use]
pub fn params_for_device(ms_per_pass: f64, target_ms: u32) -> KdfParams {
    let default = KdfParams::DEFAULT;
    if !ms_per_pass.is_finite() || ms_per_pass <= 0.0 {
        return default;
    }
    // How many passes over 64 MiB fit in the target.
    let budget = f64::from(target_ms) / ms_per_pass;
    let base_passes = f64::from(default.iterations);
    if budget <= base_passes {
        return default;
    }
    let default_mib = f64::from(default.memory_kib) / 1024.0;
    // Memory first: as much as keeps the default number of passes within the budget.
    let memory_mib =
        (default_mib * budget / base_passes).min(f64::from(SIZED_MAX_MEMORY_KIB) / 1024.0);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let memory_kib =
        ((memory_mib * 1024.0) as u32 / MEMORY_STEP_KIB * MEMORY_STEP_KIB).max(default.memory_kib);
    // Then passes: as many as the rest of the budget and the work cap allow.
    let per_pass = f64::from(memory_kib) / f64::from(default.memory_kib);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let by_time = (budget / per_pass).floor() as u32;
    let by_cap =
        u32::try_from(KdfParams::MAX_WORK_KIB_PASSES / u64::from(memory_kib)).unwrap_or(u32::MAX);
    let iterations = by_time
        .min(by_cap)
        .min(KdfParams::MAX_ITERATIONS)
        .max(default.iterations);
    KdfParams {
        memory_kib,
        iterations,
        parallelism: default.parallelism,
    }
}

/// Runs the work the app times ([`CALIBRATION`]) on a random salt and throws the result
/// away. The caller times it and hands the milliseconds to [`params_for_device`].
///
/// # Errors
/// [`crate::Error::Internal`] if the random generator fails.
pub fn calibrate() -> crate::Result<()> {
    let salt: [u8; 16] = crate::crypto::random_bytes()?;
    let p = CALIBRATION;
    crate::crypto::argon2id_key(
        b"kintsugi calibration",
        &salt,
        p.memory_kib,
        p.iterations,
        p.parallelism,
    )
    .map(drop)
}

/// The unlock time predicted here for `params`, from the same measurement.
#[must_use]
pub fn predicted_ms(params: KdfParams, ms_per_pass: f64) -> f64 {
    ms_per_pass * f64::from(params.memory_kib) / f64::from(CALIBRATION.memory_kib)
        * f64::from(params.iterations)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const MIB: u32 = 1024;

    #[test]
    fn a_slow_phone_keeps_the_defaults() {
        for ms in [334.0, 400.0, 1500.0, f64::INFINITY, f64::NAN, 0.0, -5.0] {
            assert_eq!(
                params_for_device(ms, TARGET_UNLOCK_MS),
                KdfParams::DEFAULT,
                "{ms} ms"
            );
        }
    }

    #[test]
    fn a_faster_device_gets_more_memory_first_then_passes() {
        // 200 ms a pass: 5 passes over 64 MiB fit; memory grows to 96 MiB (a 16 MiB step
        // below 106), 3 passes.
        assert_eq!(
            params_for_device(200.0, 1000),
            KdfParams {
                memory_kib: 96 * MIB,
                iterations: 3,
                parallelism: 1
            }
        );
        // 60 ms a pass (a laptop's browser): memory to the 128 MiB cap, then passes to the
        // work cap (768 MiB passes / 128 MiB = 6).
        assert_eq!(
            params_for_device(60.0, 1000),
            KdfParams {
                memory_kib: 128 * MIB,
                iterations: 6,
                parallelism: 1
            }
        );
        // 100 ms: 10 passes over 64 MiB; 128 MiB, 5 passes.
        assert_eq!(
            params_for_device(100.0, 1000),
            KdfParams {
                memory_kib: 128 * MIB,
                iterations: 5,
                parallelism: 1
            }
        );
    }

    proptest! {
        #[test]
        fn sized_params_are_valid_never_weaker_and_on_time(ms in 1.0f64..5000.0, target in 200u32..5000) {
            let params = params_for_device(ms, target);
            prop_assert!(params.validate().is_ok());
            prop_assert!(params.memory_kib >= KdfParams::DEFAULT.memory_kib);
            prop_assert!(params.iterations >= KdfParams::DEFAULT.iterations);
            prop_assert!(params.memory_kib <= SIZED_MAX_MEMORY_KIB);
            prop_assert_eq!(params.memory_kib % MEMORY_STEP_KIB, 0);
            // Over the target only when the defaults themselves are.
            if params != KdfParams::DEFAULT {
                prop_assert!(predicted_ms(params, ms) <= f64::from(target) + 1e-6);
            }
            // A faster device never gets weaker parameters.
            let faster = params_for_device(ms / 2.0, target);
            prop_assert!(u64::from(faster.memory_kib) * u64::from(faster.iterations)
                >= u64::from(params.memory_kib) * u64::from(params.iterations));
        }
    }
}
