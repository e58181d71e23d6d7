//! The Argon2id parameters as the UI sees them: a vault's, and those sized to this device.

use kintsugi_vault::{KEY_SLOTS, KdfParams, TARGET_UNLOCK_MS, params_for_device, predicted_ms};

fn json(params: KdfParams) -> serde_json::Value {
    serde_json::json!({
        "memoryKib": params.memory_kib,
        "iterations": params.iterations,
        "parallelism": params.parallelism,
    })
}

/// `{"memoryKib","iterations","parallelism"}`.
#[must_use]
pub fn kdf_params_json(params: KdfParams) -> String {
    json(params).to_string()
}

/// The parameters for this device, given that one calibration pass (`kintsugi_vault::CALIBRATION`)
/// took `ms_per_pass` milliseconds, with the unlock time they predict here:
/// `{"memoryKib","iterations","parallelism","predictedMs"}` (`predictedMs` left out when the
/// measurement was not a positive finite number). An unlock runs Argon2id once for every key
/// slot of the header, so each slot gets its share of the one-second target, and the predicted
/// unlock counts them all.
#[must_use]
pub fn device_kdf_params_json(ms_per_pass: f64) -> String {
    let slots = u32::try_from(KEY_SLOTS).unwrap_or(1);
    let params = params_for_device(ms_per_pass, TARGET_UNLOCK_MS / slots);
    let mut value = json(params);
    let predicted = predicted_ms(params, ms_per_pass) * f64::from(slots);
    if ms_per_pass.is_finite() && ms_per_pass > 0.0 && predicted.is_finite() {
        value["predictedMs"] = serde_json::json!(predicted.round());
    }
    value.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_params_as_json() {
        let value: serde_json::Value =
            serde_json::from_str(&device_kdf_params_json(100.0)).unwrap();
        // Two slots, so 500 ms each: 96 MiB and 3 passes take 1.5 x 3 x 100 = 450 ms a slot
        // (112 MiB would take 525), 900 ms for the unlock.
        assert_eq!(value["memoryKib"], 96 * 1024);
        assert_eq!(value["iterations"], 3);
        assert_eq!(value["parallelism"], 1);
        assert_eq!(value["predictedMs"], 900.0);
        let slow: serde_json::Value =
            serde_json::from_str(&device_kdf_params_json(f64::NAN)).unwrap();
        assert_eq!(slow["memoryKib"], 64 * 1024);
        assert!(slow.get("predictedMs").is_none());
        assert_eq!(
            kdf_params_json(KdfParams::DEFAULT),
            r#"{"iterations":3,"memoryKib":65536,"parallelism":1}"#
        );
    }
}
