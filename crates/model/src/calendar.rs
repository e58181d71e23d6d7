//! Calendar arithmetic shared by the insights, the diary card and the CLI: one copy of
//! Howard Hinnant's day-count algorithms (proleptic Gregorian, day 0 = 1970-01-01).

/// (year, month 1..=12, day 1..=31) of a day count (Howard Hinnant's `civil_from_days`).
pub(crate) fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    // Both are in range by construction (1..=31 and 1..=12).
    (year, day_part(month), day_part(day))
}

fn day_part(value: i64) -> u32 {
    u32::try_from(value).expect("a month or day of month is between 1 and 31")
}

/// Milliseconds since the Unix epoch as `YYYY-MM-DD HH:MM UTC` (for readable exports).
#[must_use]
pub fn format_utc_minute(ms: u64) -> String {
    let seconds = ms / 1000;
    let (days, rest) = (seconds / 86_400, seconds % 86_400);
    // ms <= u64::MAX gives at most ~2.1e11 days, far inside i64.
    let days = i64::try_from(days).expect("a day count from u64 milliseconds fits an i64");
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        rest / 3600,
        (rest % 3600) / 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_utc_minutes() {
        assert_eq!(format_utc_minute(0), "1970-01-01 00:00 UTC");
        assert_eq!(format_utc_minute(951_782_400_000), "2000-02-29 00:00 UTC");
        assert_eq!(format_utc_minute(1_764_100_000_000), "2025-11-25 19:46 UTC");
    }
}
