//! The DBT diary card: one record per day, and the week's summary.
//!
//! The card and its 0-7 "skills used" scale follow Linehan, *DBT Skills Training Manual*,
//! 2nd ed. (2015). A day is a local calendar date (`YYYY-MM-DD`); when two records hold
//! the same date (e.g. saved on two devices, or after an interrupted save) the one with the
//! newest `updatedAt` counts, then the newest `createdAt`, then the later one given.

use serde::{Deserialize, Serialize};

use kintsugi_vault::{Error, Result};

use crate::kind::{RecordKind, list_from_json};
use crate::limits::{MAX_TIMESTAMP_MS, too_long};

/// Highest rating of an emotion or an urge.
pub const MAX_DIARY_RATING: u8 = 5;
/// Highest value on the skills-used scale.
pub const MAX_SKILLS_USED: u8 = 7;
/// A day counts as "skills used" for the urge comparison at this scale value or above
/// (5: tried, could use them, they helped; 6 and 7: used them without trying).
pub const SKILLS_USED_THRESHOLD: u8 = 5;
/// Fewest days in each group (with skills, without) before urges are compared.
pub const MIN_DAYS_TO_COMPARE: u32 = 2;
/// An urge to self-harm or suicide rated this high or higher shows the gentle crisis note.
pub const CRISIS_URGE_RATING: u8 = 4;
/// Longest emotion, urge or skill name.
pub const MAX_DIARY_NAME_CHARS: usize = 40;
/// Most emotions (or urges, or skills) on one day.
pub const MAX_DIARY_ITEMS: usize = 24;
/// Longest note on a day.
pub const MAX_DIARY_NOTE_CHARS: usize = 5_000;

/// The card's usual emotions, offered on every new day.
pub const DIARY_EMOTIONS: &[&str] = &["sadness", "shame", "anger", "fear", "joy", "guilt"];
/// The card's usual urges, offered on every new day.
pub const DIARY_URGES: &[&str] = &["self-harm", "suicide", "substance use"];
/// Urges whose high rating shows the crisis note.
pub const DIARY_CRISIS_URGES: &[&str] = &["self-harm", "suicide"];

/// One rated emotion: `{"name":"fear","rating":3}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DiaryEmotion {
    /// One of [`DIARY_EMOTIONS`] or the person's own word.
    pub name: String,
    /// 0 (none) to 5 (as strong as it gets).
    pub rating: u8,
}

/// One rated urge: `{"name":"self-harm","rating":2,"actedOn":false}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DiaryUrge {
    /// One of [`DIARY_URGES`] or the person's own target.
    pub name: String,
    /// 0 (none) to 5 (as strong as it gets).
    pub rating: u8,
    /// Whether the person acted on it that day.
    #[serde(default)]
    pub acted_on: bool,
}

/// A diary-card day: `{"kind":"diaryDay","date":"2026-11-23","emotions":[...],...}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DiaryDay {
    /// The local calendar date, `YYYY-MM-DD`.
    pub date: String,
    /// Emotions rated that day; an emotion not listed was not rated.
    #[serde(default)]
    pub emotions: Vec<DiaryEmotion>,
    /// Urges rated that day.
    #[serde(default)]
    pub urges: Vec<DiaryUrge>,
    /// The day's skills use on the 0-7 scale.
    #[serde(default)]
    pub skills_used: u8,
    /// Ids of the skills used (from the app's skills library; only the form is checked here).
    #[serde(default)]
    pub skills: Vec<String>,
    /// Anything the person wants to add.
    #[serde(default)]
    pub note: String,
    /// Milliseconds since the Unix epoch.
    pub created_at: u64,
    /// Milliseconds since the Unix epoch; the newest copy of a date wins.
    pub updated_at: u64,
}

impl DiaryDay {
    /// The JSON name of the first field that breaks a rule, or `None` if all are valid.
    #[must_use]
    pub fn invalid_field(&self) -> Option<&'static str> {
        if day_number(&self.date).is_none() {
            return Some("date");
        }
        let emotions = self.emotions.iter().map(|e| (e.name.as_str(), e.rating));
        if !names_and_ratings_ok(emotions) {
            return Some("emotions");
        }
        if !names_and_ratings_ok(self.urges.iter().map(|u| (u.name.as_str(), u.rating))) {
            return Some("urges");
        }
        if self.skills_used > MAX_SKILLS_USED {
            return Some("skillsUsed");
        }
        if self.skills.len() > MAX_DIARY_ITEMS
            || !self.skills.iter().all(|id| is_skill_id(id))
            || has_duplicates(self.skills.iter().map(String::as_str))
        {
            return Some("skills");
        }
        if too_long(&self.note, MAX_DIARY_NOTE_CHARS) {
            return Some("note");
        }
        if self.created_at > MAX_TIMESTAMP_MS || self.updated_at > MAX_TIMESTAMP_MS {
            return Some("updatedAt");
        }
        None
    }
}

/// A name the person typed: not blank, no spaces at either end, no control characters.
fn is_name(name: &str) -> bool {
    !name.is_empty()
        && name.trim() == name
        && !too_long(name, MAX_DIARY_NAME_CHARS)
        && !name.chars().any(char::is_control)
}

fn has_duplicates<'a>(names: impl Iterator<Item = &'a str>) -> bool {
    let mut seen: Vec<String> = Vec::new();
    for name in names {
        let folded = name.to_lowercase();
        if seen.contains(&folded) {
            return true;
        }
        seen.push(folded);
    }
    false
}

fn names_and_ratings_ok<'a>(items: impl Iterator<Item = (&'a str, u8)> + Clone) -> bool {
    items.clone().count() <= MAX_DIARY_ITEMS
        && items
            .clone()
            .all(|(name, rating)| is_name(name) && rating <= MAX_DIARY_RATING)
        && !has_duplicates(items.map(|(name, _)| name))
}

/// A library id: lowercase ASCII words joined by single dashes (`paced-breathing`).
fn is_skill_id(id: &str) -> bool {
    id.len() <= MAX_DIARY_NAME_CHARS
        && !id.is_empty()
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Days since 1970-01-01 of a valid `YYYY-MM-DD` date (years 1900 to 9999), else `None`.
fn day_number(date: &str) -> Option<i64> {
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |s: &str| -> Option<i64> {
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())
            .flatten()
    };
    let (y, m, d) = (num(&date[..4])?, num(&date[5..7])?, num(&date[8..])?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let month_days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    if y < 1900 || !(1..=month_days).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The `YYYY-MM-DD` date of a day number (inverse of [`day_number`]).
fn date_of(days: i64) -> String {
    let (y, m, d) = crate::calendar::civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The Monday on or before `date`.
///
/// # Errors
/// [`Error::InvalidRecord`] if `date` is not a valid `YYYY-MM-DD` date.
pub fn diary_week_start(date: &str) -> Result<String> {
    let n = day_number(date).ok_or(Error::InvalidRecord)?;
    // 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday = 0.
    Ok(date_of(n - (n + 3).rem_euclid(7)))
}

/// `date` moved by `days` (negative goes back).
///
/// # Errors
/// [`Error::InvalidRecord`] if `date` is not valid or the result leaves the accepted years.
pub fn diary_add_days(date: &str, days: i32) -> Result<String> {
    let n = day_number(date).ok_or(Error::InvalidRecord)?;
    let moved = date_of(n + i64::from(days));
    day_number(&moved).ok_or(Error::InvalidRecord)?;
    Ok(moved)
}

/// One record per date: for each date the newest `updatedAt` (then `createdAt`, then the
/// later in `days`) wins. Sorted by date.
#[must_use]
pub fn newest_per_date(days: Vec<DiaryDay>) -> Vec<DiaryDay> {
    let keep = newest_per_date_indices(&days);
    let mut slots: Vec<Option<DiaryDay>> = days.into_iter().map(Some).collect();
    keep.into_iter().filter_map(|i| slots[i].take()).collect()
}

/// The positions in `days` of the copies [`newest_per_date`] keeps, in date order.
#[must_use]
pub fn newest_per_date_indices(days: &[DiaryDay]) -> Vec<usize> {
    let mut kept: Vec<usize> = Vec::new();
    for (i, day) in days.iter().enumerate() {
        match kept.iter_mut().find(|k| days[**k].date == day.date) {
            Some(k)
                if (day.updated_at, day.created_at)
                    >= (days[*k].updated_at, days[*k].created_at) =>
            {
                *k = i
            }
            Some(_) => {}
            None => kept.push(i),
        }
    }
    kept.sort_by(|a, b| days[*a].date.cmp(&days[*b].date));
    kept
}

/// An average over the days something was rated.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DiaryAverage {
    /// The emotion or urge.
    pub name: String,
    /// Mean rating, rounded to one decimal.
    pub mean: f64,
    /// Days it was rated.
    pub days: u32,
    /// Days it was acted on (always 0 for emotions).
    pub acted_on_days: u32,
}

/// How often a skill was noted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DiarySkillCount {
    /// The library id.
    pub id: String,
    /// Days it was noted.
    pub days: u32,
}

/// Urges on days with skills used (scale >= [`SKILLS_USED_THRESHOLD`]) and on other days.
/// Only days with at least one urge rated take part.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DiarySkillsAndUrges {
    /// Days with skills used and an urge rated.
    pub with_skills_days: u32,
    /// Other days with an urge rated.
    pub other_days: u32,
    /// Mean of each day's mean urge, on days with skills (one decimal); `None` with no days.
    pub with_skills_mean: Option<f64>,
    /// The same on the other days.
    pub other_mean: Option<f64>,
    /// Whether both groups have at least [`MIN_DAYS_TO_COMPARE`] days.
    pub enough_days: bool,
    /// `Some(true)` when urges were lower on days with skills; `None` without enough days.
    pub lower_with_skills: Option<bool>,
}

/// A week of the diary card, as data and as plain sentences.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DiaryWeekSummary {
    /// The seven dates, Monday first.
    pub dates: Vec<String>,
    /// Days of the week with a record.
    pub days_recorded: u32,
    /// Per emotion, in the order first seen (the card's order for the usual set).
    pub emotions: Vec<DiaryAverage>,
    /// Per urge, in the order first seen.
    pub urges: Vec<DiaryAverage>,
    /// Skills by days noted, most first (ties by id); at most five.
    pub skills_most_used: Vec<DiarySkillCount>,
    /// The urge comparison.
    pub skills_and_urges: DiarySkillsAndUrges,
    /// The summary in plain English, one sentence each.
    pub sentences: Vec<String>,
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn mean(sum: u32, count: u32) -> Option<f64> {
    (count > 0).then(|| round1(f64::from(sum) / f64::from(count)))
}

fn add_to(averages: &mut Vec<(String, u32, u32, u32)>, name: &str, rating: u8, acted: bool) {
    let folded = name.to_lowercase();
    let i = match averages.iter().position(|a| a.0.to_lowercase() == folded) {
        Some(i) => i,
        None => {
            averages.push((name.to_owned(), 0, 0, 0));
            averages.len() - 1
        }
    };
    let a = &mut averages[i];
    a.1 += u32::from(rating);
    a.2 += 1;
    a.3 += u32::from(acted);
}

fn finish(averages: Vec<(String, u32, u32, u32)>) -> Vec<DiaryAverage> {
    averages
        .into_iter()
        .map(|(name, sum, days, acted_on_days)| DiaryAverage {
            mean: mean(sum, days).unwrap_or_default(),
            name,
            days,
            acted_on_days,
        })
        .collect()
}

/// Summarises the week that starts on `week_start` (a Monday). Days outside the week are
/// ignored; for a date given twice the newest copy counts (see [`newest_per_date`]).
///
/// # Errors
/// [`Error::InvalidRecord`] if `week_start` is not a valid date or not a Monday, or a day
/// breaks a rule of [`DiaryDay::invalid_field`].
pub fn diary_week_summary(days: Vec<DiaryDay>, week_start: &str) -> Result<DiaryWeekSummary> {
    let start = day_number(week_start).ok_or(Error::InvalidRecord)?;
    if diary_week_start(week_start)? != week_start
        || days.iter().any(|d| d.invalid_field().is_some())
    {
        return Err(Error::InvalidRecord);
    }
    let dates: Vec<String> = (0..7).map(|i| date_of(start + i)).collect();
    let week: Vec<DiaryDay> = newest_per_date(days)
        .into_iter()
        .filter(|d| dates.contains(&d.date))
        .collect();

    let mut emotions = Vec::new();
    let mut urges = Vec::new();
    let mut skills: Vec<DiarySkillCount> = Vec::new();
    let (mut with_sum, mut with_days, mut other_sum, mut other_days) = (0.0, 0, 0.0, 0);
    for day in &week {
        for e in &day.emotions {
            add_to(&mut emotions, &e.name, e.rating, false);
        }
        for u in &day.urges {
            add_to(&mut urges, &u.name, u.rating, u.acted_on);
        }
        for id in &day.skills {
            match skills.iter_mut().find(|s| &s.id == id) {
                Some(s) => s.days += 1,
                None => skills.push(DiarySkillCount {
                    id: id.clone(),
                    days: 1,
                }),
            }
        }
        if !day.urges.is_empty() {
            let count = u32::try_from(day.urges.len()).expect("at most MAX_DIARY_ITEMS urges");
            let day_mean = f64::from(day.urges.iter().map(|u| u32::from(u.rating)).sum::<u32>())
                / f64::from(count);
            if day.skills_used >= SKILLS_USED_THRESHOLD {
                with_sum += day_mean;
                with_days += 1;
            } else {
                other_sum += day_mean;
                other_days += 1;
            }
        }
    }
    skills.sort_by(|a, b| b.days.cmp(&a.days).then_with(|| a.id.cmp(&b.id)));
    skills.truncate(5);
    let group_mean = |sum: f64, n: u32| (n > 0).then(|| round1(sum / f64::from(n)));
    let enough_days = with_days >= MIN_DAYS_TO_COMPARE && other_days >= MIN_DAYS_TO_COMPARE;
    let with_skills_mean = group_mean(with_sum, with_days);
    let other_mean = group_mean(other_sum, other_days);
    let lower_with_skills = match (enough_days, with_skills_mean, other_mean) {
        (true, Some(w), Some(o)) => Some(w < o),
        _ => None,
    };
    let mut summary = DiaryWeekSummary {
        dates,
        days_recorded: u32::try_from(week.len()).expect("at most seven days"),
        emotions: finish(emotions),
        urges: finish(urges),
        skills_most_used: skills,
        skills_and_urges: DiarySkillsAndUrges {
            with_skills_days: with_days,
            other_days,
            with_skills_mean,
            other_mean,
            enough_days,
            lower_with_skills,
        },
        sentences: Vec::new(),
    };
    summary.sentences = sentences(&summary);
    Ok(summary)
}

fn days_word(n: u32) -> String {
    if n == 1 {
        "1 day".to_owned()
    } else {
        format!("{n} days")
    }
}

fn sentences(s: &DiaryWeekSummary) -> Vec<String> {
    if s.days_recorded == 0 {
        return vec![
            "Nothing is filled in for this week yet. A few numbers on any day are enough to start."
                .to_owned(),
        ];
    }
    let mut out = vec![format!(
        "You filled in the card on {} of 7.",
        days_word(s.days_recorded)
    )];
    let mut rated: Vec<&DiaryAverage> = s.emotions.iter().filter(|e| e.days > 0).collect();
    rated.sort_by(|a, b| b.mean.total_cmp(&a.mean));
    if let Some((first, rest)) = rated.split_first() {
        let mut line = format!(
            "Strongest emotion on average: {} ({:.1} out of 5)",
            first.name, first.mean
        );
        let more: Vec<String> = rest
            .iter()
            .take(2)
            .map(|e| format!("{} {:.1}", e.name, e.mean))
            .collect();
        if !more.is_empty() {
            line.push_str(&format!(", then {}", more.join(", ")));
        }
        line.push('.');
        out.push(line);
    }
    for u in &s.urges {
        let acted = match u.acted_on_days {
            0 => "not acted on".to_owned(),
            n if n == u.days && n > 1 => format!("acted on all {}", days_word(n)),
            n => format!("acted on {} of {}", n, days_word(u.days)),
        };
        out.push(format!(
            "Urge ({}): {:.1} out of 5 on average over {}, {}.",
            u.name,
            u.mean,
            days_word(u.days),
            acted
        ));
    }
    let c = &s.skills_and_urges;
    match (c.lower_with_skills, c.with_skills_mean, c.other_mean) {
        (Some(lower), Some(w), Some(o)) => {
            out.push(format!(
                "On the {} you rated skills {SKILLS_USED_THRESHOLD} or more, urges averaged {w:.1}; on the other {} they averaged {o:.1}.",
                days_word(c.with_skills_days),
                days_word(c.other_days)
            ));
            out.push(if lower {
                "Urges were lower on the days you used skills.".to_owned()
            } else {
                "Urges were not lower on the days you used skills this week. One week is a small sample, and using skills on the hardest days counts too."
                    .to_owned()
            });
        }
        _ => out.push(format!(
            "Not enough days yet to compare urges with and without skills: that needs at least {MIN_DAYS_TO_COMPARE} days of each with urges rated."
        )),
    }
    out
}

/// The card's rules as JSON, for the UI: the usual emotions and urges, the scales, and
/// when the crisis note shows.
#[must_use]
pub fn diary_rules_json() -> String {
    serde_json::to_string(&DiaryRules::now()).expect("the rules are strings and integers")
}

/// The diary card's fixed lists and limits ([`diary_rules_json`]), so the UI never hard-codes them.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DiaryRules {
    /// The emotions a day card asks about, in order.
    pub emotions: Vec<&'static str>,
    /// The urges a day card asks about, in order.
    pub urges: Vec<&'static str>,
    /// The urges that, rated at `crisisRating` or more, bring the crisis lines forward.
    pub crisis_urges: Vec<&'static str>,
    /// See `crisisUrges`.
    pub crisis_rating: u8,
    /// Ratings run from 0 to this.
    pub max_rating: u8,
    /// "Skills used" runs from 0 to this.
    pub max_skills_used: u8,
    /// A day counts as "used skills" at this rating or more.
    pub skills_used_threshold: u8,
    /// Fewer days than this on either side: no comparison.
    pub min_days_to_compare: u32,
    /// The longest emotion or urge name.
    pub max_name_chars: usize,
    /// The longest note.
    pub max_note_chars: usize,
}

impl DiaryRules {
    /// The rules of this build.
    #[must_use]
    pub fn now() -> Self {
        Self {
            emotions: DIARY_EMOTIONS.to_vec(),
            urges: DIARY_URGES.to_vec(),
            crisis_urges: DIARY_CRISIS_URGES.to_vec(),
            crisis_rating: CRISIS_URGE_RATING,
            max_rating: MAX_DIARY_RATING,
            max_skills_used: MAX_SKILLS_USED,
            skills_used_threshold: SKILLS_USED_THRESHOLD,
            min_days_to_compare: MIN_DAYS_TO_COMPARE,
            max_name_chars: MAX_DIARY_NAME_CHARS,
            max_note_chars: MAX_DIARY_NOTE_CHARS,
        }
    }
}

fn days_from_json(days_json: &str) -> Result<Vec<DiaryDay>> {
    list_from_json(days_json)
}

/// Parses a JSON array of `diaryDay` records (each with `"kind":"diaryDay"`) and summarises
/// the week that starts on `week_start`; returns the summary as JSON.
///
/// # Errors
/// [`Error::InvalidRecord`] for JSON that is not such an array, or as
/// [`diary_week_summary`].
pub fn diary_week_summary_json(days_json: &str, week_start: &str) -> Result<String> {
    let summary = diary_week_summary(days_from_json(days_json)?, week_start)?;
    Ok(serde_json::to_string(&summary).expect("a summary has string keys and finite numbers"))
}

/// [`newest_per_date_indices`] for a JSON array of `diaryDay` records.
///
/// # Errors
/// [`Error::InvalidRecord`] for JSON that is not such an array.
pub fn newest_per_date_indices_json(days_json: &str) -> Result<Vec<u32>> {
    let days = days_from_json(days_json)?;
    Ok(newest_per_date_indices(&days)
        .into_iter()
        .map(|i| u32::try_from(i).expect("a JSON array in wasm memory has fewer than 2^32 items"))
        .collect())
}

impl RecordKind for DiaryDay {
    #[cfg(any(test, feature = "vectors"))]
    fn example() -> serde_json::Value {
        let at = 1_764_500_000_000_u64;
        serde_json::json!({
            "kind": "diaryDay",
            "date": "2025-11-30",
            "emotions": [{ "name": "sadness", "rating": 4 }, { "name": "my own word", "rating": 1 }],
            "urges": [{ "name": "contact them", "rating": 5, "actedOn": false }],
            "skillsUsed": 3,
            "skills": ["tipp", "wise-mind"],
            "note": "Cold water helped.",
            "createdAt": at, "updatedAt": at + 3,
        })
    }

    fn invalid_field(&self) -> Option<&'static str> {
        Self::invalid_field(self)
    }

    fn updated_at(&self) -> u64 {
        self.updated_at
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Record;

    const MONDAY: &str = "2026-11-23";

    fn day(date: &str, urge: u8, acted: bool, skills_used: u8, updated_at: u64) -> DiaryDay {
        DiaryDay {
            date: date.to_owned(),
            emotions: vec![
                DiaryEmotion {
                    name: "sadness".to_owned(),
                    rating: urge,
                },
                DiaryEmotion {
                    name: "joy".to_owned(),
                    rating: 5 - urge,
                },
            ],
            urges: vec![DiaryUrge {
                name: "self-harm".to_owned(),
                rating: urge,
                acted_on: acted,
            }],
            skills_used,
            skills: if skills_used >= 5 {
                vec!["stop".to_owned(), "paced-breathing".to_owned()]
            } else {
                vec!["stop".to_owned()]
            },
            note: String::new(),
            created_at: 1,
            updated_at,
        }
    }

    #[test]
    fn json_shape_is_the_contract() {
        let mut d = day(MONDAY, 2, true, 5, 9);
        d.note = "walked".to_owned();
        let json = Record::DiaryDay(d.clone()).to_json();
        assert_eq!(
            json,
            r#"{"kind":"diaryDay","date":"2026-11-23","emotions":[{"name":"sadness","rating":2},{"name":"joy","rating":3}],"urges":[{"name":"self-harm","rating":2,"actedOn":true}],"skillsUsed":5,"skills":["stop","paced-breathing"],"note":"walked","createdAt":1,"updatedAt":9}"#
        );
        assert_eq!(Record::from_json(&json), Ok(Record::DiaryDay(d)));
        let minimal = Record::from_json(
            r#"{"kind":"diaryDay","date":"2024-02-29","createdAt":1,"updatedAt":1}"#,
        )
        .unwrap();
        assert!(
            matches!(minimal, Record::DiaryDay(ref d) if d.emotions.is_empty() && d.skills_used == 0)
        );
    }

    #[test]
    fn day_rules_name_the_field() {
        let ok = day(MONDAY, 1, false, 0, 1);
        assert_eq!(ok.invalid_field(), None);
        type Change = Box<dyn Fn(&mut DiaryDay)>;
        let cases: Vec<(Change, &str)> = vec![
            (Box::new(|d| d.date = "2026-02-29".into()), "date"),
            (Box::new(|d| d.date = "2026-13-01".into()), "date"),
            (Box::new(|d| d.date = "2026-1-01".into()), "date"),
            (Box::new(|d| d.date = "1899-12-31".into()), "date"),
            (Box::new(|d| d.date = "2026-11-+1".into()), "date"),
            (Box::new(|d| d.emotions[0].rating = 6), "emotions"),
            (
                Box::new(|d| d.emotions[0].name = " sadness".into()),
                "emotions",
            ),
            (Box::new(|d| d.emotions[0].name = String::new()), "emotions"),
            (
                Box::new(|d| d.emotions[1].name = "Sadness".into()),
                "emotions",
            ),
            (Box::new(|d| d.emotions[0].name = "a\nb".into()), "emotions"),
            (
                Box::new(|d| d.emotions[0].name = "x".repeat(MAX_DIARY_NAME_CHARS + 1)),
                "emotions",
            ),
            (Box::new(|d| d.urges[0].rating = 9), "urges"),
            (Box::new(|d| d.skills_used = 8), "skillsUsed"),
            (Box::new(|d| d.skills = vec!["Stop".into()]), "skills"),
            (Box::new(|d| d.skills = vec!["a--b".into()]), "skills"),
            (
                Box::new(|d| d.skills = vec!["a".into(), "a".into()]),
                "skills",
            ),
            (
                Box::new(|d| d.note = "n".repeat(MAX_DIARY_NOTE_CHARS + 1)),
                "note",
            ),
            (
                Box::new(|d| d.updated_at = MAX_TIMESTAMP_MS + 1),
                "updatedAt",
            ),
        ];
        for (i, (change, field)) in cases.iter().enumerate() {
            let mut d = ok.clone();
            change(&mut d);
            assert_eq!(d.invalid_field(), Some(*field), "case {i}");
            assert_eq!(
                Record::from_json(&Record::DiaryDay(d).to_json()),
                Err(Error::InvalidRecord)
            );
        }
        let mut own = ok.clone();
        own.emotions.push(DiaryEmotion {
            name: "lonely, and 🌧".into(),
            rating: 5,
        });
        own.note = "é".repeat(MAX_DIARY_NOTE_CHARS);
        assert_eq!(own.invalid_field(), None);
        for bad in [
            r#"{"kind":"diaryDay","date":"2026-11-23","createdAt":1,"updatedAt":1,"mood":1}"#,
            r#"{"kind":"diaryDay","date":"2026-11-23","createdAt":1,"updatedAt":1,"urges":[{"name":"x","rating":1,"when":"am"}]}"#,
            r#"{"kind":"diaryDay","date":"2026-11-23","createdAt":1,"updatedAt":1,"skillsUsed":-1}"#,
            r#"{"kind":"diaryDay","createdAt":1,"updatedAt":1}"#,
        ] {
            assert_eq!(Record::from_json(bad), Err(Error::InvalidRecord), "{bad}");
        }
    }

    #[test]
    fn calendar_arithmetic() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(date_of(0), "1970-01-01");
        for date in ["1900-03-01", "2000-02-29", "2024-12-31", "9999-12-31"] {
            assert_eq!(date_of(day_number(date).unwrap()), date);
        }
        assert_eq!(diary_week_start("2026-11-23").unwrap(), "2026-11-23");
        assert_eq!(diary_week_start("2026-11-29").unwrap(), "2026-11-23");
        assert_eq!(diary_week_start("2026-11-30").unwrap(), "2026-11-30");
        assert_eq!(diary_week_start("2027-01-01").unwrap(), "2026-12-28");
        assert_eq!(diary_add_days("2024-02-28", 1).unwrap(), "2024-02-29");
        assert_eq!(diary_add_days("2026-12-28", 7).unwrap(), "2027-01-04");
        assert_eq!(diary_add_days("2026-01-05", -7).unwrap(), "2025-12-29");
        assert_eq!(diary_add_days("9999-12-31", 1), Err(Error::InvalidRecord));
        assert_eq!(diary_week_start("nope"), Err(Error::InvalidRecord));
    }

    #[test]
    fn newest_copy_of_a_date_wins() {
        let days = vec![
            day("2026-11-24", 1, false, 0, 5),
            day("2026-11-23", 4, false, 0, 1),
            day("2026-11-24", 3, true, 0, 9),
            day("2026-11-24", 5, false, 0, 7),
        ];
        let kept = newest_per_date(days);
        assert_eq!(kept.len(), 2);
        assert_eq!(kept[0].date, "2026-11-23");
        assert_eq!((kept[1].updated_at, kept[1].urges[0].rating), (9, 3));
        // A tie on both times: the later one given wins.
        let mut a = day(MONDAY, 1, false, 0, 5);
        let b = day(MONDAY, 2, false, 0, 5);
        assert_eq!(newest_per_date(vec![a.clone(), b.clone()])[0], b);
        a.created_at = 2;
        assert_eq!(newest_per_date(vec![a.clone(), b.clone()])[0], a);
        let json = format!(
            "[{},{},{}]",
            Record::DiaryDay(day("2026-11-25", 1, false, 0, 1)).to_json(),
            Record::DiaryDay(a).to_json(),
            Record::DiaryDay(b).to_json()
        );
        assert_eq!(newest_per_date_indices_json(&json), Ok(vec![1, 0]));
        assert_eq!(
            newest_per_date_indices_json("[{}]"),
            Err(Error::InvalidRecord)
        );
    }

    #[test]
    fn a_hand_built_week() {
        // Mon..Thu with skills >= 5 on Mon and Wed (urges 1 and 2), not on Tue and Thu (4 and 5).
        let days = vec![
            day("2026-11-23", 1, false, 5, 1),
            day("2026-11-24", 4, true, 2, 1),
            day("2026-11-25", 2, false, 7, 1),
            day("2026-11-26", 5, true, 0, 1),
            day("2026-11-30", 5, true, 0, 1), // next week: ignored
            day("2026-11-22", 5, true, 0, 1), // last week: ignored
        ];
        let s = diary_week_summary(days, MONDAY).unwrap();
        assert_eq!(s.dates.first().unwrap(), MONDAY);
        assert_eq!(s.dates.last().unwrap(), "2026-11-29");
        assert_eq!(s.days_recorded, 4);
        assert_eq!(s.emotions[0].name, "sadness");
        assert_eq!(s.emotions[0].mean, 3.0); // (1+4+2+5)/4
        assert_eq!(s.emotions[1].mean, 2.0); // (4+1+3+0)/4
        assert_eq!(
            (s.urges[0].mean, s.urges[0].days, s.urges[0].acted_on_days),
            (3.0, 4, 2)
        );
        assert_eq!(
            s.skills_most_used[0],
            DiarySkillCount {
                id: "stop".into(),
                days: 4
            }
        );
        assert_eq!(
            s.skills_most_used[1],
            DiarySkillCount {
                id: "paced-breathing".into(),
                days: 2
            }
        );
        let c = &s.skills_and_urges;
        assert_eq!(
            (c.with_skills_days, c.other_days, c.enough_days),
            (2, 2, true)
        );
        assert_eq!((c.with_skills_mean, c.other_mean), (Some(1.5), Some(4.5)));
        assert_eq!(c.lower_with_skills, Some(true));
        assert_eq!(
            s.sentences,
            vec![
                "You filled in the card on 4 days of 7.",
                "Strongest emotion on average: sadness (3.0 out of 5), then joy 2.0.",
                "Urge (self-harm): 3.0 out of 5 on average over 4 days, acted on 2 of 4 days.",
                "On the 2 days you rated skills 5 or more, urges averaged 1.5; on the other 2 days they averaged 4.5.",
                "Urges were lower on the days you used skills.",
            ]
        );
    }

    #[test]
    fn a_feeling_left_unrated_is_not_counted_as_zero() {
        // Joy is rated on Monday only (0 counts: it is a rating); left out on the other days.
        let mut monday = day("2026-11-23", 2, false, 0, 1);
        monday.emotions[1].rating = 0;
        let mut tuesday = day("2026-11-24", 4, false, 0, 1);
        tuesday.emotions.truncate(1);
        // Wednesday: nothing rated at all, only the skills scale and a note.
        let mut wednesday = day("2026-11-25", 0, false, 6, 1);
        wednesday.emotions.clear();
        wednesday.urges.clear();
        let s = diary_week_summary(vec![monday, tuesday, wednesday], MONDAY).unwrap();
        assert_eq!(s.days_recorded, 3);
        assert_eq!(
            (
                s.emotions[0].name.as_str(),
                s.emotions[0].mean,
                s.emotions[0].days
            ),
            ("sadness", 3.0, 2)
        );
        assert_eq!(
            (
                s.emotions[1].name.as_str(),
                s.emotions[1].mean,
                s.emotions[1].days
            ),
            ("joy", 0.0, 1)
        );
        assert_eq!((s.urges[0].mean, s.urges[0].days), (3.0, 2));
        // The unrated Wednesday takes no part in the urges comparison.
        let c = &s.skills_and_urges;
        assert_eq!(
            (c.with_skills_days, c.other_days, c.with_skills_mean),
            (0, 2, None)
        );
        assert_eq!(
            s.sentences[1],
            "Strongest emotion on average: sadness (3.0 out of 5), then joy 0.0."
        );
        // A week with no feeling rated names none, and no "0.0" appears.
        let mut blank = day("2026-11-23", 0, false, 0, 1);
        blank.emotions.clear();
        blank.urges.clear();
        let s = diary_week_summary(vec![blank], MONDAY).unwrap();
        assert!(s.emotions.is_empty() && s.urges.is_empty());
        assert_eq!(s.sentences[0], "You filled in the card on 1 day of 7.");
        assert!(
            s.sentences
                .iter()
                .all(|line| !line.contains("0.0") && !line.contains("emotion"))
        );
    }

    #[test]
    fn urges_not_lower_with_skills_is_said_kindly() {
        let days = vec![
            day("2026-11-23", 4, false, 6, 1),
            day("2026-11-24", 1, false, 1, 1),
            day("2026-11-25", 4, false, 5, 1),
            day("2026-11-26", 1, false, 3, 1),
        ];
        let s = diary_week_summary(days, MONDAY).unwrap();
        assert_eq!(s.skills_and_urges.lower_with_skills, Some(false));
        assert!(
            s.sentences
                .last()
                .unwrap()
                .starts_with("Urges were not lower")
        );
    }

    #[test]
    fn empty_week_and_one_day() {
        let s = diary_week_summary(Vec::new(), MONDAY).unwrap();
        assert_eq!(s.days_recorded, 0);
        assert!(s.emotions.is_empty() && s.urges.is_empty() && s.skills_most_used.is_empty());
        assert_eq!(s.skills_and_urges.with_skills_mean, None);
        assert_eq!(s.sentences.len(), 1);
        assert!(s.sentences[0].starts_with("Nothing is filled in"));

        let s = diary_week_summary(vec![day("2026-11-29", 3, true, 7, 1)], MONDAY).unwrap();
        assert_eq!(s.days_recorded, 1);
        let c = &s.skills_and_urges;
        assert_eq!((c.with_skills_days, c.other_days), (1, 0));
        assert_eq!((c.enough_days, c.lower_with_skills), (false, None));
        assert_eq!(s.sentences[0], "You filled in the card on 1 day of 7.");
        assert!(
            s.sentences.contains(
                &"Urge (self-harm): 3.0 out of 5 on average over 1 day, acted on 1 of 1 day."
                    .to_owned()
            )
        );
        assert!(
            s.sentences
                .last()
                .unwrap()
                .starts_with("Not enough days yet")
        );
    }

    #[test]
    fn all_days_acted_on_and_duplicates() {
        let days: Vec<DiaryDay> = s_dates()
            .iter()
            .map(|d| day(d, 2, true, 0, 1))
            .chain([day("2026-11-23", 0, false, 0, 0)]) // older copy of Monday: ignored
            .collect();
        let s = diary_week_summary(days, MONDAY).unwrap();
        assert_eq!(s.days_recorded, 7);
        assert_eq!((s.urges[0].days, s.urges[0].acted_on_days), (7, 7));
        assert_eq!(s.urges[0].mean, 2.0);
        assert!(
            s.sentences.contains(
                &"Urge (self-harm): 2.0 out of 5 on average over 7 days, acted on all 7 days."
                    .to_owned()
            )
        );
        assert_eq!(s.skills_and_urges.other_days, 7);
        assert!(!s.skills_and_urges.enough_days);
    }

    fn s_dates() -> Vec<String> {
        (0..7).map(|i| diary_add_days(MONDAY, i).unwrap()).collect()
    }

    #[test]
    fn own_names_are_averaged_case_insensitively_and_rounded() {
        let mut a = day(MONDAY, 1, false, 0, 1);
        a.emotions.push(DiaryEmotion {
            name: "Lonely".into(),
            rating: 1,
        });
        let mut b = day("2026-11-24", 1, false, 0, 1);
        b.emotions.push(DiaryEmotion {
            name: "lonely".into(),
            rating: 2,
        });
        let mut c = day("2026-11-25", 1, false, 0, 1);
        c.emotions.push(DiaryEmotion {
            name: "lonely".into(),
            rating: 2,
        });
        let s = diary_week_summary(vec![a, b, c], MONDAY).unwrap();
        let lonely = s.emotions.iter().find(|e| e.name == "Lonely").unwrap();
        assert_eq!((lonely.days, lonely.mean), (3, 1.7));
        assert_eq!(s.emotions.len(), 3);
    }

    #[test]
    fn bad_week_input_is_refused() {
        assert_eq!(
            diary_week_summary(Vec::new(), "2026-11-24"),
            Err(Error::InvalidRecord)
        );
        assert_eq!(
            diary_week_summary(Vec::new(), "monday"),
            Err(Error::InvalidRecord)
        );
        let mut bad = day(MONDAY, 1, false, 0, 1);
        bad.skills_used = 9;
        assert_eq!(
            diary_week_summary(vec![bad], MONDAY),
            Err(Error::InvalidRecord)
        );
        assert_eq!(
            diary_week_summary_json("{}", MONDAY),
            Err(Error::InvalidRecord)
        );
        assert_eq!(
            diary_week_summary_json(r#"[{"kind":"settings"}]"#, MONDAY),
            Err(Error::InvalidRecord)
        );
        let json = format!(
            "[{}]",
            Record::DiaryDay(day(MONDAY, 2, false, 0, 1)).to_json()
        );
        let out: serde_json::Value =
            serde_json::from_str(&diary_week_summary_json(&json, MONDAY).unwrap()).unwrap();
        assert_eq!(out["daysRecorded"], 1);
        assert_eq!(out["urges"][0]["actedOnDays"], 0);
        assert_eq!(
            out["skillsAndUrges"]["lowerWithSkills"],
            serde_json::Value::Null
        );
        let rules: serde_json::Value = serde_json::from_str(&diary_rules_json()).unwrap();
        assert_eq!(rules["maxSkillsUsed"], 7);
        assert_eq!(
            rules["crisisUrges"],
            serde_json::json!(["self-harm", "suicide"])
        );
    }
}
