//! Calendar arithmetic on milliseconds since the Unix epoch, in the person's fixed UTC
//! offset. No clock and no time-zone database: the caller passes both in, so every
//! result is reproducible and daylight-saving changes never move a day boundary.

use serde::Serialize;

use crate::calendar::civil_from_days;
use kintsugi_vault::{Error, Result};

/// Milliseconds in a day.
pub const DAY_MS: u64 = 86_400_000;
/// Milliseconds in an hour.
pub const HOUR_MS: u64 = 3_600_000;

/// The person's offset from UTC in minutes (UTC+2 is `120`, UTC-5 is `-300`): the
/// opposite sign of JavaScript's `Date.prototype.getTimezoneOffset()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UtcOffset(i32);

impl UtcOffset {
    /// Largest offset accepted either way: 18 hours, beyond every real time zone.
    pub const MAX_MINUTES: i32 = 18 * 60;

    /// UTC itself.
    pub const UTC: Self = Self(0);

    /// # Errors
    /// [`Error::InvalidInput`] for more than 18 hours either way.
    pub const fn from_minutes(minutes: i32) -> Result<Self> {
        if minutes.abs() <= Self::MAX_MINUTES {
            Ok(Self(minutes))
        } else {
            Err(Error::InvalidInput)
        }
    }

    /// The offset in minutes.
    #[must_use]
    pub const fn minutes(self) -> i32 {
        self.0
    }
}

/// The local calendar day of an instant, as days since 1970-01-01. A day runs from
/// local midnight (inclusive) to the next local midnight (exclusive).
#[must_use]
pub fn local_day(ms: u64, offset: UtcOffset) -> i64 {
    // Timestamps are at most 2^53 and the offset at most 18 h, so nothing overflows.
    let ms = i64::try_from(ms).unwrap_or(i64::MAX);
    let local = ms.saturating_add(i64::from(offset.0) * 60_000);
    local.div_euclid(86_400_000)
}

/// An ISO 8601 week: weeks start on Monday, and week 1 is the one holding the year's
/// first Thursday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct IsoWeek {
    /// The ISO week-numbering year (can differ from the calendar year near New Year).
    pub year: i64,
    /// 1 ..= 53.
    pub week: u32,
}

/// Days since 1970-01-01 of 1 January of `year` (Hinnant's `days_from_civil`, month 1).
fn january_first(year: i64) -> i64 {
    // January counts as month 11 of the year before, in a March-based year.
    let y = year - 1;
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let doy = (153 * 10 + 2) / 5;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The ISO week of a local day (days since 1970-01-01).
#[must_use]
pub fn iso_week(day: i64) -> IsoWeek {
    // 1970-01-01 was a Thursday: Monday-based weekday 3.
    let weekday = (day + 3).rem_euclid(7);
    let thursday = day - weekday + 3;
    let (year, _, _) = civil_from_days(thursday);
    let week = (thursday - january_first(year)) / 7 + 1;
    IsoWeek {
        year,
        week: u32::try_from(week).expect("an ISO week number is between 1 and 53"),
    }
}

/// The Monday of the ISO week holding a local day (days since 1970-01-01), as
/// `YYYY-MM-DD`.
#[must_use]
pub fn iso_week_monday(day: i64) -> String {
    // 1970-01-01 was a Thursday: Monday-based weekday 3.
    let (year, month, date) = civil_from_days(day - (day + 3).rem_euclid(7));
    format!("{year:04}-{month:02}-{date:02}")
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// An ISO week as people read it, Monday to Sunday: "24 to 30 November 2026",
/// "28 April to 4 May 2026", "29 December 2025 to 4 January 2026".
#[must_use]
pub fn iso_week_range(week: IsoWeek) -> String {
    // Week 1 holds 4 January; its Monday starts the ISO year.
    let january_fourth = january_first(week.year) + 3;
    let monday =
        january_fourth - (january_fourth + 3).rem_euclid(7) + 7 * (i64::from(week.week) - 1);
    let (y1, m1, d1) = civil_from_days(monday);
    let (y2, m2, d2) = civil_from_days(monday + 6);
    let month = |m: u32| MONTHS[usize::try_from(m - 1).expect("a month is 1 to 12")];
    if y1 != y2 {
        format!("{d1} {} {y1} to {d2} {} {y2}", month(m1), month(m2))
    } else if m1 != m2 {
        format!("{d1} {} to {d2} {} {y2}", month(m1), month(m2))
    } else {
        format!("{d1} to {d2} {} {y2}", month(m2))
    }
}

/// Whole days in `ms`, rounded to the nearest day (half a day rounds up).
#[must_use]
pub const fn rounded_days(ms: u64) -> u64 {
    ms.saturating_add(DAY_MS / 2) / DAY_MS
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_week_reads_as_its_dates() {
        let range = |year, week| super::iso_week_range(super::IsoWeek { year, week });
        assert_eq!(range(2026, 48), "23 to 29 November 2026");
        assert_eq!(range(2026, 18), "27 April to 3 May 2026");
        assert_eq!(range(2026, 1), "29 December 2025 to 4 January 2026");
        assert_eq!(range(2020, 53), "28 December 2020 to 3 January 2021");
        // The range holds the days iso_week puts in that week.
        for day in 20_000..20_400 {
            let w = super::iso_week(day);
            assert!(
                range(w.year, w.week).starts_with(
                    &super::civil_from_days(day - (day + 3).rem_euclid(7))
                        .2
                        .to_string()
                )
            );
        }
    }

    use super::*;

    /// Days since 1970-01-01 of a civil date, by counting (slow, independent of the formula).
    fn days_of(year: i64, month: u32, day: u32) -> i64 {
        let mut d = 0;
        let (mut y, mut m, mut dd) = (1970, 1, 1);
        let step = if (year, month, day) >= (1970, 1, 1) {
            1
        } else {
            -1
        };
        while (y, m, dd) != (year, month, day) {
            d += step;
            (y, m, dd) = civil_from_days(d);
        }
        d
    }

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(20_454), (2026, 1, 1));
        for year in [1969, 1970, 2000, 2020, 2024, 2026, 2100] {
            assert_eq!(civil_from_days(january_first(year)), (year, 1, 1));
        }
    }

    #[test]
    fn iso_weeks_known_dates() {
        let week = |y, m, d| {
            let w = iso_week(days_of(y, m, d));
            (w.year, w.week)
        };
        assert_eq!(week(2026, 1, 1), (2026, 1)); // a Thursday
        assert_eq!(week(2024, 12, 30), (2025, 1)); // Monday of 2025's week 1
        assert_eq!(week(2021, 1, 3), (2020, 53)); // Sunday, still 2020
        assert_eq!(week(2021, 1, 4), (2021, 1));
        assert_eq!(week(2026, 11, 25), (2026, 48));
        assert_eq!(week(1970, 1, 1), (1970, 1));
        assert_eq!(week(1969, 12, 29), (1970, 1));
    }

    #[test]
    fn local_days_follow_the_offset() {
        // 2026-01-01 23:30 UTC.
        let t = 1_767_310_200_000;
        let utc = local_day(t, UtcOffset::UTC);
        assert_eq!(civil_from_days(utc), (2026, 1, 1));
        let plus_one = UtcOffset::from_minutes(60).unwrap();
        assert_eq!(local_day(t, plus_one), utc + 1);
        let minus_ten = UtcOffset::from_minutes(-600).unwrap();
        assert_eq!(local_day(t, minus_ten), utc);
        // Before the epoch in local time: floor, not truncation.
        assert_eq!(local_day(0, UtcOffset::from_minutes(-1).unwrap()), -1);
        assert_eq!(
            UtcOffset::from_minutes(18 * 60 + 1),
            Err(Error::InvalidInput)
        );
        assert_eq!(
            UtcOffset::from_minutes(-18 * 60 - 1),
            Err(Error::InvalidInput)
        );
        assert!(UtcOffset::from_minutes(-18 * 60).is_ok());
    }

    #[test]
    fn rounding_days() {
        assert_eq!(rounded_days(0), 0);
        assert_eq!(rounded_days(DAY_MS / 2 - 1), 0);
        assert_eq!(rounded_days(DAY_MS / 2), 1);
        assert_eq!(rounded_days(12 * DAY_MS + 11 * HOUR_MS), 12);
        assert_eq!(rounded_days(u64::MAX), u64::MAX / DAY_MS);
    }
}
