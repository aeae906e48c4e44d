//! The student's progress: what they read, answered and took as exams, as
//! saved in the browser, in export files and in transfer links.
//!
//! Progress is a value that merges ([`Progress::merge`]): two tabs, two
//! devices or an export combine without losing anything either recorded.
//! How:
//!
//! - Answers are an append-only log per question, and each question's review
//!   schedule is derived by replaying its log. A merge is a union of logs, so
//!   two tabs that answered different questions (or the same one) both keep
//!   their answers and agree on the schedule, which no merge of two schedules
//!   could promise.
//! - Read marks, the exam date and each slot of an exam in progress are
//!   values stamped with the time they were set; the later one wins, so a
//!   read mark taken back stays taken back.
//! - Finished and abandoned exams end the exam in progress with the same
//!   key: a tab that still shows it cannot bring it back.
//! - "Clear all progress" and "Replace everything" start a new generation:
//!   whatever an older generation recorded is dropped when it meets it.
//!
//! Every value of this type is normalised (logs sorted without repeats, one
//! record per exam, schedules replayed), so merging is commutative,
//! associative and idempotent, which `tests/progress_merge.rs` checks on
//! generated progress.

mod exams;
mod format;
mod import;
mod merge;
mod stamp;
pub mod transfer;

pub use format::{PROGRESS_VERSION, ProgressError};
pub use import::ImportSummary;
pub use stamp::Stamped;

use crate::quiz::Answer;
use crate::quiz::Question;
use crate::quiz::exam::{ExamKey, ExamRecord, ExamSession};
use crate::schedule::{Card, Confidence, Scheduler, rating_for};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Everything one student has done: read marks, answers, exams, exam date. Merges across devices.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    /// Raised by clearing or replacing everything; see [`Progress::merge`].
    #[serde(default, skip_serializing_if = "is_zero")]
    generation: u64,
    /// Read marks by page slug; `false` is a mark taken back.
    #[serde(default)]
    read: BTreeMap<String, Stamped<bool>>,
    /// Every answer given, by question id (ids are stable, so editing the
    /// bank keeps these), oldest first.
    #[serde(default)]
    answers: BTreeMap<String, Vec<AnswerRecord>>,
    /// Finished exams, in the order they started.
    #[serde(default)]
    exams: Vec<ExamRecord>,
    /// Exams in progress; the app shows the latest. More than one only when
    /// two devices each started one before they met.
    #[serde(default)]
    open_exams: Vec<ExamSession>,
    /// Exams the student gave up: they stay closed.
    #[serde(default)]
    abandoned: BTreeSet<ExamKey>,
    /// The student's exam date (YYYY-MM-DD), so every question comes up before it.
    #[serde(default)]
    exam_date: Stamped<Option<String>>,
    /// Review schedules, replayed from `answers`: never saved.
    #[serde(skip)]
    cards: BTreeMap<String, Card>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// One answer to one question.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerRecord {
    /// When, in ms since the Unix epoch.
    pub at: i64,
    /// Whether the answer was right.
    pub correct: bool,
    /// What the student answered.
    pub answer: Answer,
    /// How sure the student said they were, if they said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
}

impl Progress {
    /// Raised by each clear or replace: a copy of an older generation
    /// contributes nothing to a merge.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Whether the page is marked as read now.
    pub fn is_read(&self, slug: &str) -> bool {
        self.read.get(slug).is_some_and(|mark| mark.value)
    }

    /// Slugs of the pages marked as read.
    pub fn read_pages(&self) -> impl Iterator<Item = &str> {
        self.read
            .iter()
            .filter(|(_, mark)| mark.value)
            .map(|(slug, _)| slug.as_str())
    }

    /// Marks the page read or unread at `now`, winning over any mark set before.
    pub fn set_read(&mut self, slug: &str, read: bool, now: i64) {
        let at = self.read.get(slug).map_or(now, |old| old.after(now));
        self.read.insert(slug.to_string(), Stamped::new(at, read));
    }

    /// Every answer, by question id, oldest first.
    pub fn answers(&self) -> &BTreeMap<String, Vec<AnswerRecord>> {
        &self.answers
    }

    /// Review schedules by question id, replayed from the answers.
    pub fn cards(&self) -> &BTreeMap<String, Card> {
        &self.cards
    }

    /// Finished exams, in the order they started.
    pub fn exams(&self) -> &[ExamRecord] {
        &self.exams
    }

    /// The exam in progress, if any.
    pub fn exam(&self) -> Option<&ExamSession> {
        self.open_exams.last()
    }

    /// The date the student takes the exam (YYYY-MM-DD), if they gave one.
    pub fn exam_date(&self) -> Option<&str> {
        self.exam_date.value.as_deref()
    }

    /// Sets or clears the exam date at `now`, winning over any date set before.
    pub fn set_exam_date(&mut self, date: Option<String>, now: i64) {
        self.exam_date = Stamped::new(self.exam_date.after(now), date);
    }

    /// Whether there is anything worth keeping: an answer, a read mark or an exam.
    pub fn has_progress(&self) -> bool {
        !self.answers.is_empty()
            || self.read_pages().next().is_some()
            || !self.exams.is_empty()
            || !self.open_exams.is_empty()
    }

    /// Grades `answer` to `question`, records it and reschedules the
    /// question; returns whether it was right.
    pub fn answer(
        &mut self,
        question: &Question,
        answer: Answer,
        confidence: Option<Confidence>,
        now: i64,
    ) -> bool {
        let correct = crate::quiz::grade_answer(question, &answer);
        self.record_answer(&question.id, answer, correct, confidence, now);
        correct
    }

    /// Records an answer and reschedules the question.
    pub fn record_answer(
        &mut self,
        id: &str,
        answer: Answer,
        correct: bool,
        confidence: Option<Confidence>,
        now: i64,
    ) {
        let log = self.answers.entry(id.to_string()).or_default();
        log.push(AnswerRecord {
            at: now,
            correct,
            answer,
            confidence,
        });
        crate::sort::sort(log);
        log.dedup();
        let card = replay(log);
        self.cards.insert(id.to_string(), card);
    }

    /// Ids of questions whose latest answer was wrong, most recent first.
    pub fn recent_mistakes(&self) -> Vec<&str> {
        self.latest_where(|r| !r.correct)
    }

    /// Questions whose latest answer was right but, the student said, a
    /// guess: they come back sooner. Most recent first.
    pub fn lucky_guesses(&self) -> Vec<&str> {
        self.latest_where(|r| r.correct && r.confidence == Some(Confidence::Guess))
    }

    /// Questions whose latest answer was wrong though the student said they
    /// were sure: a misconception to read up on. Most recent first.
    pub fn confident_mistakes(&self) -> Vec<&str> {
        self.latest_where(|r| !r.correct && r.confidence == Some(Confidence::Sure))
    }

    /// Questions whose latest answer matches `keep`, most recent first (ties by id).
    fn latest_where(&self, keep: impl Fn(&AnswerRecord) -> bool) -> Vec<&str> {
        let mut found: Vec<(i64, &str)> = self
            .answers
            .iter()
            .filter_map(|(id, records)| {
                records
                    .last()
                    .filter(|r| keep(r))
                    .map(|r| (r.at, id.as_str()))
            })
            .collect();
        crate::sort::sort_by(&mut found, |a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
        found.into_iter().map(|(_, id)| id).collect()
    }

    /// How many of a set of questions were last answered right, and how many
    /// questions the set has: (right, total).
    pub fn mastery<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> (usize, usize) {
        let mut right = 0;
        let mut total = 0;
        for id in ids {
            total += 1;
            right += usize::from(
                self.answers
                    .get(id)
                    .and_then(|r| r.last())
                    .is_some_and(|r| r.correct),
            );
        }
        (right, total)
    }

    /// "Clear all progress": everything goes, in every tab and in any copy
    /// of this progress it is merged with later.
    pub fn clear(&mut self) {
        *self = Progress {
            generation: self.generation + 1,
            ..Progress::default()
        };
    }

    /// Replaces everything with `other` (an import the student chose to
    /// replace with), in a new generation so that no tab brings back what
    /// was replaced.
    pub fn replace_with(&mut self, other: &Progress) {
        let generation = self.generation.max(other.generation) + 1;
        *self = Progress {
            generation,
            ..other.clone()
        };
    }
}

/// The schedule after replaying a question's answers, oldest first.
fn replay(log: &[AnswerRecord]) -> Card {
    let scheduler = Scheduler::default();
    let start = log.first().map_or(0, |r| r.at);
    log.iter().fold(Card::new(start), |card, r| {
        scheduler.review(&card, rating_for(r.correct, r.confidence), r.at)
    })
}

#[cfg(test)]
mod tests;
