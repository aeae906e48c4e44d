//! The progress charts: exam scores against the pass line, mastery by topic,
//! questions coming due, and the share of answers right over time.

use super::layout::{Column, Scale, Tick, columns, rows};
use super::{Anchor, Figure, Row, Table};
use crate::Progress;
use crate::bundle::Page;
use crate::quiz::Question;
use crate::quiz::exam::{ExamRecord, PASS_PERCENT};

const DAY_MS: i64 = 86_400_000;
const WEEK_MS: i64 = 7 * DAY_MS;

/// The most exams the score chart shows: the latest (or those up to the one
/// a page is about).
pub const MAX_EXAMS: usize = 20;

/// How many days ahead the coming-due chart looks.
const DUE_DAYS: usize = 14;

/// "1 question" / "3 questions".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `part` of `whole` in percent, rounded down as every score in the app is (0 of 0 is 0).
fn percent(part: usize, whole: usize) -> u32 {
    u32::try_from((part * 100).checked_div(whole).unwrap_or(0)).unwrap_or(100)
}

/// Every exam's score against the pass line, oldest first; `current` (an
/// index into `exams`) is the exam the page is about, highlighted.
pub fn exam_scores(exams: &[ExamRecord], current: Option<usize>) -> Figure {
    let Some(latest) = exams.len().checked_sub(1) else {
        return Figure::Empty(
            "No exams yet: take one to see your scores against the pass line.".into(),
        );
    };
    let current = current.filter(|&c| c <= latest);
    let end = current.map_or(exams.len(), |c| (c + 1).max(MAX_EXAMS).min(exams.len()));
    let start = end.saturating_sub(MAX_EXAMS);
    let shown = &exams[start..end];
    let passed = exams.iter().filter(|e| e.passed()).count();
    let (which, about) = match current {
        Some(c) => ("this exam", c),
        None => ("the latest", latest),
    };
    let mut title = format!(
        "Exam scores against the {PASS_PERCENT}% pass line: {which}, exam {}, scored {}%; {} of {} reached the line.",
        about + 1,
        exams[about].percent(),
        passed,
        count(exams.len(), "exam", "exams"),
    );
    if shown.len() < exams.len() {
        title.push_str(&format!(" Shown: exams {} to {end}.", start + 1));
    }
    let every = shown.len().div_ceil(10);
    let mut cols = Vec::new();
    let mut ticks = Vec::new();
    let mut table = Table {
        summary: "Exam scores as a table",
        head: vec!["Exam", "Score", "Estimate"],
        rows: Vec::new(),
    };
    for (i, exam) in shown.iter().enumerate() {
        let n = start + i + 1;
        let is_current = current == Some(start + i);
        cols.push(Column {
            value: Some(exam.percent()),
            text: format!("{}%", exam.percent()),
            current: is_current,
        });
        if (shown.len() - 1 - i).is_multiple_of(every) {
            ticks.push(Tick {
                index: i,
                text: n.to_string(),
                anchor: Anchor::Middle,
            });
        }
        table.rows.push(Row {
            cells: vec![
                if is_current {
                    format!("Exam {n} (this exam)")
                } else {
                    format!("Exam {n}")
                },
                format!("{}% ({} of {})", exam.percent(), exam.correct, exam.total),
                if exam.passed() {
                    "pass"
                } else {
                    "not yet a pass"
                }
                .into(),
            ],
            current: is_current,
        });
    }
    Figure::Chart(columns(
        "chart-exam-scores",
        title,
        &Scale::percent(true),
        &cols,
        &ticks,
        table,
    ))
}

/// How one topic's questions were last answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicMastery {
    /// The topic's page.
    pub slug: String,
    /// The page's title.
    pub title: String,
    /// How many of the topic's questions were last answered right.
    pub right: usize,
    /// How many questions the topic has.
    pub total: usize,
}

impl TopicMastery {
    /// The share last answered right, in percent rounded down.
    pub fn percent(&self) -> u32 {
        percent(self.right, self.total)
    }
}

/// Each page's topic in study order, with the share of its questions whose latest answer was right.
pub fn topic_mastery(progress: &Progress, pages: &[Page], bank: &[Question]) -> Vec<TopicMastery> {
    pages
        .iter()
        .map(|page| {
            let ids = bank
                .iter()
                .filter(|q| q.topic == page.slug)
                .map(|q| q.id.as_str());
            let (right, total) = progress.mastery(ids);
            TopicMastery {
                slug: page.slug.clone(),
                title: page.title.clone(),
                right,
                total,
            }
        })
        .collect()
}

/// Mastery of each topic as a bar; the page's mastery table has the figures.
pub fn mastery_by_topic(progress: &Progress, topics: &[TopicMastery]) -> Figure {
    if progress.answers().is_empty() {
        return Figure::Empty(
            "Answer a few questions to see your mastery of each topic as a chart.".into(),
        );
    }
    let right: usize = topics.iter().map(|t| t.right).sum();
    let total: usize = topics.iter().map(|t| t.total).sum();
    let title = format!(
        "Mastery by topic: {right} of {} last answered right ({}%).",
        count(total, "question", "questions"),
        percent(right, total)
    );
    let bars: Vec<(String, u32)> = topics
        .iter()
        .map(|t| (t.title.clone(), t.percent()))
        .collect();
    Figure::Chart(rows("chart-mastery", title, &bars))
}

/// How many questions come due now and on each of the next 14 days, by
/// [`crate::study::forecast`]: the rule every page counts with.
pub fn coming_due(progress: &Progress, now: i64) -> Figure {
    if progress.cards().is_empty() {
        return Figure::Empty(
            "Nothing is scheduled yet: each question you answer comes back for review, and a chart here shows when."
                .into(),
        );
    }
    let counts = crate::study::forecast(progress, now, DUE_DAYS);
    let total: usize = counts.iter().sum();
    let title = format!(
        "Questions coming due over the next {DUE_DAYS} days: {} due now, {total} in all.",
        counts[0]
    );
    let mut table = Table {
        summary: "Coming due as a table",
        head: vec!["When", "Questions"],
        rows: Vec::new(),
    };
    let mut cols = Vec::new();
    for (day, &n) in counts.iter().enumerate() {
        let value = u32::try_from(n).unwrap_or(u32::MAX);
        cols.push(Column {
            value: Some(value),
            text: if n > 0 { n.to_string() } else { String::new() },
            current: false,
        });
        let when = match day {
            0 => "Due now".to_string(),
            1 => "In the next 24 hours".to_string(),
            d => format!("In {d} days"),
        };
        table.rows.push(Row {
            cells: vec![when, n.to_string()],
            current: false,
        });
    }
    let ticks = [
        (0, "now", Anchor::Middle),
        (7, "7 days", Anchor::Middle),
        (DUE_DAYS, "14 days", Anchor::End),
    ]
    .map(|(index, text, anchor)| Tick {
        index,
        text: text.into(),
        anchor,
    });
    let max = cols.iter().filter_map(|c| c.value).max().unwrap_or(0);
    Figure::Chart(columns(
        "chart-coming-due",
        title,
        &Scale::count(max),
        &cols,
        &ticks,
        table,
    ))
}

/// The share of answers right (practice and exams), per day over the last 7
/// or 14 days, or per week (up to 12) once the first answer is older than
/// 14 days. Days and weeks are counted back from `now` in 24-hour steps, as
/// [`crate::study::forecast`] counts forward.
pub fn accuracy_over_time(progress: &Progress, now: i64) -> Figure {
    let records = || progress.answers().values().flatten();
    let Some(oldest) = records().map(|r| r.at).min() else {
        return Figure::Empty(
            "No answers yet: practise to see how often you are right over time.".into(),
        );
    };
    let age = (now - oldest).max(0);
    let (step, n, unit, units) = if age < 14 * DAY_MS {
        (DAY_MS, if age < 7 * DAY_MS { 7 } else { 14 }, "day", "days")
    } else {
        (WEEK_MS, (age / WEEK_MS + 1).min(12), "week", "weeks")
    };
    let n = usize::try_from(n).unwrap_or(12);
    // (right, answered) per step, oldest first.
    let mut steps = vec![(0usize, 0usize); n];
    for r in records() {
        let back = usize::try_from((now - r.at).max(0) / step).unwrap_or(usize::MAX);
        if let Some(i) = n.checked_sub(back + 1) {
            steps[i].0 += usize::from(r.correct);
            steps[i].1 += 1;
        }
    }
    let right: usize = steps.iter().map(|s| s.0).sum();
    let answered: usize = steps.iter().map(|s| s.1).sum();
    if answered == 0 {
        return Figure::Empty(format!(
            "No answers in the last {n} {units}: practise to see how often you are right over time."
        ));
    }
    let title = format!(
        "Share of answers right per {unit} over the last {n} {units}: {right} of {answered} ({}%).",
        percent(right, answered)
    );
    let mut table = Table {
        summary: "Answers right as a table",
        head: vec!["When", "Right", "Share right"],
        rows: Vec::new(),
    };
    let mut cols = Vec::new();
    for (i, &(right, answered)) in steps.iter().enumerate() {
        if answered == 0 {
            cols.push(Column {
                value: None,
                text: String::new(),
                current: false,
            });
            continue;
        }
        let share = percent(right, answered);
        cols.push(Column {
            value: Some(share),
            text: format!("{share}%"),
            current: false,
        });
        let back = n - 1 - i;
        let when = match back {
            0 if step == DAY_MS => "Last 24 hours".to_string(),
            0 => "Last 7 days".to_string(),
            1 => format!("1 {unit} ago"),
            b => format!("{b} {units} ago"),
        };
        table.rows.push(Row {
            cells: vec![when, format!("{right} of {answered}"), format!("{share}%")],
            current: false,
        });
    }
    let ticks = [
        Tick {
            index: 0,
            text: format!("{} {units} ago", n - 1),
            anchor: Anchor::Start,
        },
        Tick {
            index: n - 1,
            text: "now".into(),
            anchor: Anchor::End,
        },
    ];
    Figure::Chart(columns(
        "chart-accuracy",
        title,
        &Scale::percent(false),
        &cols,
        &ticks,
        table,
    ))
}
