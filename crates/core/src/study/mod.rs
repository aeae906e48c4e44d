//! The study loop's rules, one owner each: what is due, when a question comes
//! back, the countdown to the exam date with its daily target, and the recap
//! of a practice session. Every page shows these figures, so they agree.

mod practice;
mod recap;
mod session;

pub use practice::{
    FIRST_SESSION_SEED, LENGTHS, PracticeMode, PracticePlan, SessionLength, session_seed,
};
pub use recap::{Recap, SessionAnswer};
pub use session::{Checked, PracticeSession};

use crate::Progress;
use crate::quiz::Question;
use crate::schedule::due_ids;

const MINUTE_MS: i64 = 60_000;
const HOUR_MS: i64 = 60 * MINUTE_MS;
const DAY_MS: i64 = 24 * HOUR_MS;
const TWO_DAYS_MS: i64 = 2 * DAY_MS;
const SIXTY_DAYS_MS: i64 = 60 * DAY_MS;

/// An exam date (`YYYY-MM-DD`) as ms since the epoch at the start of that day (UTC).
pub fn parse_date(text: &str) -> Result<i64, String> {
    let refuse = || format!("the exam date must be a date like 2027-03-15, not \"{text}\"");
    let mut parts = text.splitn(3, '-');
    let mut field = |len: usize| {
        parts
            .next()
            .filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<i64>().ok())
    };
    let (Some(y), Some(m), Some(d)) = (field(4), field(2), field(2)) else {
        return Err(refuse());
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days_in_month = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(refuse()),
    };
    if !(1..=days_in_month).contains(&d) {
        return Err(refuse());
    }
    Ok(days_from_civil(y, m, d) * DAY_MS)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The exam date set in `progress`, if it reads as a date.
fn exam_date(progress: &Progress) -> Option<i64> {
    progress.exam_date().and_then(|d| parse_date(d).ok())
}

/// The questions due now, most overdue first: those whose review time has
/// come, and, with an exam date ahead, those that would otherwise next come
/// back after it. The one rule every page counts with.
pub fn due_now(progress: &Progress, now: i64) -> Vec<&str> {
    due_ids(
        progress.cards().iter().map(|(id, c)| (id.as_str(), c)),
        now,
        exam_date(progress),
    )
}

/// How many questions come due: `[0]` is [`due_now`], `[i]` for `i >= 1` those
/// whose time comes within day `i` from now (24-hour steps).
pub fn forecast(progress: &Progress, now: i64, days: usize) -> Vec<usize> {
    let due: std::collections::BTreeSet<&str> = due_now(progress, now).into_iter().collect();
    let mut counts = vec![0; days + 1];
    counts[0] = due.len();
    for (id, card) in progress.cards() {
        if due.contains(id.as_str()) {
            continue;
        }
        let day = (card.due - now - 1) / DAY_MS + 1;
        if let Some(count) = usize::try_from(day).ok().and_then(|d| counts.get_mut(d)) {
            *count += 1;
        }
    }
    counts
}

/// When a question due at `due` comes back, seen at `now`: "in 10 minutes",
/// "in 5 hours", "tomorrow", "in 4 days", "in 3 months".
pub fn comes_back(due: i64, now: i64) -> String {
    let wait = due - now;
    let plural = |n: i64, unit: &str| format!("in {n} {unit}{}", if n == 1 { "" } else { "s" });
    if wait <= 0 {
        "now".into()
    } else if wait < HOUR_MS {
        plural((wait + MINUTE_MS - 1) / MINUTE_MS, "minute")
    } else if wait < DAY_MS {
        plural((wait + HOUR_MS - 1) / HOUR_MS, "hour")
    } else if wait <= TWO_DAYS_MS {
        "tomorrow".into()
    } else if wait <= SIXTY_DAYS_MS {
        plural((wait + DAY_MS / 2) / DAY_MS, "day")
    } else {
        plural((wait + 15 * DAY_MS) / (30 * DAY_MS), "month")
    }
}

/// The days to the exam and what to do each day to be ready for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Countdown {
    /// Whole days from today to the exam day; 0 on the day itself.
    pub days_left: i64,
    /// Questions never answered plus questions due now.
    pub to_do: usize,
    /// `to_do` spread over the days left (all of it on the last day).
    pub per_day: usize,
}

/// The countdown to the exam date, when one is set and not past.
pub fn countdown(progress: &Progress, bank: &[Question], now: i64) -> Option<Countdown> {
    let exam = exam_date(progress)?;
    let today = now.div_euclid(DAY_MS) * DAY_MS;
    if exam < today {
        return None;
    }
    let days_left = (exam - today) / DAY_MS;
    let unseen = bank
        .iter()
        .filter(|q| !progress.answers().contains_key(&q.id))
        .count();
    let to_do = unseen + due_now(progress, now).len();
    let days = usize::try_from(days_left.max(1)).unwrap_or(usize::MAX);
    Some(Countdown {
        days_left,
        to_do,
        per_day: to_do.div_ceil(days),
    })
}

#[cfg(test)]
mod tests;
