//! Insights told as plain sentences: a kind, its numbers and labels (for translation),
//! and an English rendering. Gentle and factual: never a diagnosis, never advice about
//! what anyone should do; when there is too little data, it says so.

use serde::Serialize;

use super::Insights;
use super::cycles::{PhaseTrend, TrendKind};
use super::patterns::{EmotionWeek, TacticCount};
use super::time::iso_week_range;
use crate::tracker::HooverTactic;

/// What a sentence says; with `numbers` and `labels` it can be rendered in any language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum SentenceKind {
    /// Nothing has been written yet.
    NoEntries,
    /// No complete or running cycle yet. numbers: `[entries with a phase]`.
    CyclesTooFew,
    /// numbers: `[complete cycles]`.
    CycleCount,
    /// numbers: lengths in days of the last (up to) three complete cycles, oldest first.
    CycleLengths,
    /// numbers: `[days since the running cycle began]`.
    CycleInProgress,
    /// numbers: `[cycles cut off by a long gap]`.
    CyclesInterrupted,
    /// numbers: days, oldest first; labels: `[phase, trend kind]`.
    PhaseTrend,
    /// numbers: `[onsets, count of each trigger...]`; labels: the triggers.
    TriggersBefore,
    /// numbers: `[onsets]`: there were onsets but no triggers in their windows.
    NoTriggersBefore,
    /// No devaluation or discard yet.
    NoEscalationYet,
    /// numbers: `[ISO year, ISO week, average of each emotion...]`; labels: the emotions.
    EmotionWeek,
    /// No emotion ratings yet.
    NoEmotions,
    /// numbers: `[contacts with a tactic, count of each tactic...]`; labels: the tactics.
    HooverTactics,
    /// No hoover tactic logged yet.
    NoHooverTactics,
    /// numbers: `[days]`.
    NoContactCurrent,
    /// numbers: `[days]`.
    NoContactLongest,
    /// Goals exist, none is active.
    NoContactInactive,
    /// No goal recorded.
    NoContactNone,
}

/// One insight, as data and as English.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Sentence {
    /// What it says.
    pub kind: SentenceKind,
    /// Its numbers, in the order the kind documents.
    pub numbers: Vec<f64>,
    /// Its words: phase, trend and tactic names as in JSON; triggers and emotions as typed.
    pub labels: Vec<String>,
    /// The English rendering.
    pub text: String,
}

fn sentence(kind: SentenceKind, numbers: &[u64], labels: Vec<String>, text: String) -> Sentence {
    Sentence {
        kind,
        // Counts and days stay far below 2^53, so they are exact as f64.
        #[allow(clippy::cast_precision_loss)]
        numbers: numbers.iter().map(|n| *n as f64).collect(),
        labels,
        text,
    }
}

/// "1 day", "5 days".
fn days(n: u64) -> String {
    if n == 1 {
        "1 day".to_owned()
    } else {
        format!("{n} days")
    }
}

fn times(n: usize) -> String {
    if n == 1 {
        "once".to_owned()
    } else {
        format!("{n} times")
    }
}

/// "a", "a and b", "a, b and c".
fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn count_word(n: usize) -> String {
    match n {
        2 => "two".to_owned(),
        3 => "three".to_owned(),
        _ => n.to_string(),
    }
}

/// 3.5 -> "3.5", 3.0 -> "3".
fn one_decimal(value: f64) -> String {
    let text = format!("{value:.1}");
    text.strip_suffix(".0").map_or(text.clone(), str::to_owned)
}

const fn tactic_words(tactic: HooverTactic) -> &'static str {
    match tactic {
        HooverTactic::Apology => "an apology",
        HooverTactic::PromiseToChange => "a promise to change",
        HooverTactic::Gift => "a gift",
        HooverTactic::Guilt => "guilt",
        HooverTactic::Crisis => "a crisis or emergency",
        HooverTactic::LoveBombing => "love-bombing",
        HooverTactic::JustCheckingIn => "\u{201c}just checking in\u{201d}",
        HooverTactic::Threat => "a threat",
        HooverTactic::ThirdParty => "reaching out through someone else",
        HooverTactic::Other => "something else",
    }
}

fn json_name<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn cycle_sentences(insights: &Insights, out: &mut Vec<Sentence>) {
    let cycles = &insights.cycles;
    if cycles.count == 0 && cycles.in_progress.is_none() {
        out.push(sentence(
            SentenceKind::CyclesTooFew,
            &[cycles.phase_entries as u64],
            vec![],
            "There is not enough yet to show a cycle. A cycle shows once your entries go from \
             idealization or hoovering, through devaluation or discard, and back to \
             idealization or hoovering."
                .to_owned(),
        ));
    }
    if cycles.count > 0 {
        let n = cycles.count;
        let text = if n == 1 {
            "Your entries show 1 full cycle.".to_owned()
        } else {
            format!("Your entries show {n} full cycles.")
        };
        out.push(sentence(
            SentenceKind::CycleCount,
            &[n as u64],
            vec![],
            text,
        ));
        let recent = &cycles.complete[n.saturating_sub(3)..];
        let lengths: Vec<u64> = recent.iter().map(|c| c.length_days).collect();
        let text = if let [only] = lengths[..] {
            format!("It lasted {}.", days(only))
        } else {
            let shown: Vec<String> = lengths.iter().map(u64::to_string).collect();
            format!(
                "The last {} lasted {} days.",
                count_word(lengths.len()),
                list(&shown)
            )
        };
        out.push(sentence(SentenceKind::CycleLengths, &lengths, vec![], text));
    }
    if let Some(current) = &cycles.in_progress {
        let d = current.length_days;
        let text = if d == 0 {
            "The cycle you are in now began less than a day ago.".to_owned()
        } else {
            format!("The cycle you are in now began {} ago.", days(d))
        };
        out.push(sentence(SentenceKind::CycleInProgress, &[d], vec![], text));
    }
    if cycles.interrupted > 0 {
        let n = cycles.interrupted;
        let text = if n == 1 {
            "1 cycle stopped at a gap of more than four weeks without entries, so it is not \
             counted."
                .to_owned()
        } else {
            format!(
                "{n} cycles stopped at a gap of more than four weeks without entries, so they \
                 are not counted."
            )
        };
        out.push(sentence(
            SentenceKind::CyclesInterrupted,
            &[n as u64],
            vec![],
            text,
        ));
    }
}

fn trend_sentence(trend: &PhaseTrend) -> Sentence {
    let phase = trend.phase.as_str();
    let shown: Vec<String> = trend.days.iter().map(u64::to_string).collect();
    let text = match trend.kind {
        TrendKind::TooLittleData => format!(
            "There are not yet three full cycles with {phase}, so no trend is shown for it."
        ),
        TrendKind::Shorter => format!(
            "In your last three cycles, {phase} lasted {} days: each time shorter than the time \
             before.",
            list(&shown)
        ),
        TrendKind::Longer => format!(
            "In your last three cycles, {phase} lasted {} days: each time longer than the time \
             before.",
            list(&shown)
        ),
        TrendKind::Mixed => format!(
            "In your last three cycles, {phase} lasted {} days.",
            list(&shown)
        ),
    };
    sentence(
        SentenceKind::PhaseTrend,
        &trend.days,
        vec![phase.to_owned(), json_name(&trend.kind)],
        text,
    )
}

fn trigger_sentence(insights: &Insights) -> Sentence {
    let summary = &insights.triggers_before_escalation;
    let onsets = summary.onsets;
    if onsets == 0 {
        return sentence(
            SentenceKind::NoEscalationYet,
            &[],
            vec![],
            "No devaluation or discard has been logged yet, so there are no triggers to look \
             back on."
                .to_owned(),
        );
    }
    if summary.top.is_empty() {
        return sentence(
            SentenceKind::NoTriggersBefore,
            &[onsets as u64],
            vec![],
            "No triggers were noted in the 72 hours before a devaluation or discard began."
                .to_owned(),
        );
    }
    let top = &summary.top[..summary.top.len().min(3)];
    let parts: Vec<String> = top
        .iter()
        .map(|t| format!("{} ({} of {onsets})", t.trigger, t.count))
        .collect();
    let (noun, verb) = if top.len() == 1 {
        ("trigger", "was")
    } else {
        ("triggers", "were")
    };
    let mut numbers = vec![onsets as u64];
    numbers.extend(top.iter().map(|t| t.count as u64));
    sentence(
        SentenceKind::TriggersBefore,
        &numbers,
        top.iter().map(|t| t.trigger.clone()).collect(),
        format!(
            "In the 72 hours before a devaluation or discard began, the {noun} you noted most \
             often {verb} {}.",
            list(&parts)
        ),
    )
}

fn emotion_sentence(weeks: &[EmotionWeek]) -> Sentence {
    let Some(latest) = weeks.last() else {
        return sentence(
            SentenceKind::NoEmotions,
            &[],
            vec![],
            "No feelings have been rated yet, so there are no weekly averages.".to_owned(),
        );
    };
    let mut strongest: Vec<_> = latest.averages.iter().filter(|a| a.total > 0).collect();
    strongest.sort_by(|a, b| {
        b.average
            .total_cmp(&a.average)
            .then_with(|| a.emotion.cmp(&b.emotion))
    });
    strongest.truncate(2);
    let (year, week) = (latest.week.year, latest.week.week);
    let when = format!("In the week of {}", iso_week_range(latest.week));
    let mut numbers = vec![
        // An ISO year from a timestamp below 2^53 ms fits an f64 exactly.
        #[allow(clippy::cast_precision_loss)]
        {
            year as f64
        },
        f64::from(week),
    ];
    numbers.extend(strongest.iter().map(|a| a.average));
    let text = if strongest.is_empty() {
        format!("{when}, every feeling you rated averaged 0.")
    } else {
        let parts: Vec<String> = strongest
            .iter()
            .map(|a| format!("{} ({})", a.emotion, one_decimal(a.average)))
            .collect();
        let (noun, verb) = if parts.len() == 1 {
            ("feeling", "was")
        } else {
            ("feelings", "were")
        };
        format!(
            "{when}, the {noun} you rated strongest on average {verb} {}.",
            list(&parts)
        )
    };
    Sentence {
        kind: SentenceKind::EmotionWeek,
        numbers,
        labels: strongest.iter().map(|a| a.emotion.clone()).collect(),
        text,
    }
}

fn hoover_sentence(tactics: &[TacticCount]) -> Sentence {
    if tactics.is_empty() {
        return sentence(
            SentenceKind::NoHooverTactics,
            &[],
            vec![],
            "No hoover tactics have been logged yet.".to_owned(),
        );
    }
    let total: usize = tactics.iter().map(|t| t.count).sum();
    let top = &tactics[..tactics.len().min(3)];
    let parts: Vec<String> = top
        .iter()
        .map(|t| format!("{} ({})", tactic_words(t.tactic), times(t.count)))
        .collect();
    let verb = if top.len() == 1 { "was" } else { "were" };
    let contacts = if total == 1 { "contact" } else { "contacts" };
    let mut numbers = vec![total as u64];
    numbers.extend(top.iter().map(|t| t.count as u64));
    sentence(
        SentenceKind::HooverTactics,
        &numbers,
        top.iter().map(|t| json_name(&t.tactic)).collect(),
        format!(
            "Across {total} {contacts} with a hoover tactic noted, the most frequent {verb} {}.",
            list(&parts)
        ),
    )
}

fn no_contact_sentences(insights: &Insights, out: &mut Vec<Sentence>) {
    let summary = &insights.no_contact;
    if summary.goals == 0 {
        out.push(sentence(
            SentenceKind::NoContactNone,
            &[],
            vec![],
            "No no-contact goal has been recorded.".to_owned(),
        ));
        return;
    }
    match &summary.current {
        Some(current) => {
            let text = if current.days == 0 {
                "Your current no-contact streak began today.".to_owned()
            } else {
                format!("Your current no-contact streak is {}.", days(current.days))
            };
            out.push(sentence(
                SentenceKind::NoContactCurrent,
                &[current.days],
                vec![],
                text,
            ));
        }
        None => out.push(sentence(
            SentenceKind::NoContactInactive,
            &[],
            vec![],
            "No no-contact goal is active right now.".to_owned(),
        )),
    }
    // The longest is worth saying only when it is not simply the one streak there is.
    if let Some(longest) = summary.longest_days
        && (summary.streaks.len() > 1 || summary.current.is_none())
    {
        out.push(sentence(
            SentenceKind::NoContactLongest,
            &[longest],
            vec![],
            format!("Your longest streak so far is {}.", days(longest)),
        ));
    }
}

/// Every sentence for these insights, in reading order. `any_records` is false when the
/// person has written nothing at all: then one sentence says so.
pub(crate) fn sentences(insights: &Insights, any_records: bool) -> Vec<Sentence> {
    if !any_records {
        return vec![sentence(
            SentenceKind::NoEntries,
            &[],
            vec![],
            "There are no entries yet. Insights will appear here as you write.".to_owned(),
        )];
    }
    let mut out = Vec::new();
    cycle_sentences(insights, &mut out);
    out.push(trend_sentence(&insights.calm_trend));
    out.push(trend_sentence(&insights.idealization_trend));
    out.push(trigger_sentence(insights));
    out.push(emotion_sentence(&insights.emotion_weeks));
    out.push(hoover_sentence(&insights.hoover_tactics));
    no_contact_sentences(insights, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tracker::Phase;

    #[test]
    fn english_helpers() {
        assert_eq!(days(1), "1 day");
        assert_eq!(days(0), "0 days");
        assert_eq!(times(1), "once");
        assert_eq!(times(3), "3 times");
        let s = |v: &[&str]| v.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
        assert_eq!(list(&s(&["12", "8", "5"])), "12, 8 and 5");
        assert_eq!(list(&s(&["a", "b"])), "a and b");
        assert_eq!(list(&s(&["a"])), "a");
        assert_eq!(one_decimal(3.0), "3");
        assert_eq!(one_decimal(3.25), "3.2");
        assert_eq!(one_decimal(2.5), "2.5");
        assert_eq!(json_name(&HooverTactic::PromiseToChange), "promiseToChange");
        assert_eq!(json_name(&Phase::Calm), "calm");
    }
}
