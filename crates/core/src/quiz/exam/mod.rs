//! The timed exam simulation: picking questions across topics, the clock,
//! and the results (score, pass estimate, breakdown by topic).

mod pick;
mod record;

pub use pick::{exam_pool, pick_questions};
pub use record::{ExamRecord, TopicScore, weakest_first};

use super::{Answer, Question, grade_answer};
use crate::progress::Stamped;
use serde::{Deserialize, Serialize};

/// The real exam's pace: 65 questions in 130 minutes.
pub const MS_PER_QUESTION: i64 = 2 * 60_000;
/// A short exam, for an evening.
pub const DEFAULT_QUESTIONS: usize = 20;
/// The real exam's length: 65 questions (50 scored, 15 unscored), 130 minutes.
pub const FULL_LENGTH: usize = 65;
/// 720 of 1,000 scaled; the percentage is only an estimate of it.
pub const PASS_PERCENT: u32 = 72;

/// An exam being taken; saved after every change so it survives a reload.
///
/// Two tabs may show the same exam. Each answer slot, flag and the current
/// position carry the time they were last set, so that two copies of the
/// session merge ([`ExamSession::merge`]) by keeping, slot by slot, what was
/// set last: no answer given in either tab is lost.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExamSession {
    /// When the exam started, in ms since the Unix epoch; the clock runs from here.
    pub started_at: i64,
    /// The random seed the questions were picked with; it also fixes the order of their options.
    pub seed: u64,
    /// Ids of the exam's questions, in the order asked.
    pub questions: Vec<String>,
    answers: Vec<Option<Stamped<Answer>>>,
    flagged: Vec<Stamped<bool>>,
    current: Stamped<usize>,
    /// The latest clock reading any tab made while the exam was open: moving
    /// the device clock back cannot give the exam more time.
    seen_at: i64,
}

/// Names one exam: when it started and its seed. Two tabs that start an exam
/// in the same millisecond still pick different seeds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ExamKey {
    /// When the exam started, in ms since the Unix epoch.
    pub started_at: i64,
    /// The exam's random seed.
    pub seed: u64,
}

impl ExamSession {
    /// What does not add up in a session read from storage or a file: each
    /// question has one answer slot and one flag. None when all is well.
    pub fn mismatch(&self) -> Option<String> {
        let n = self.questions.len();
        if self.answers.len() != n {
            Some(format!(
                "the exam in progress has {n} questions but {} answers",
                self.answers.len()
            ))
        } else if self.flagged.len() != n {
            Some(format!(
                "the exam in progress has {n} questions but {} flags",
                self.flagged.len()
            ))
        } else if n > 0 && self.current.value >= n {
            Some(format!(
                "the exam in progress has {n} questions but shows question {}",
                self.current.value + 1
            ))
        } else {
            None
        }
    }

    /// An exam on these questions, starting at `now` on the first, nothing answered or flagged.
    pub fn new(questions: Vec<String>, now: i64, seed: u64) -> Self {
        let n = questions.len();
        ExamSession {
            started_at: now,
            seed,
            questions,
            answers: vec![None; n],
            flagged: vec![Stamped::new(now, false); n],
            current: Stamped::new(now, 0),
            seen_at: now,
        }
    }

    /// A session saved by format 2, which kept no times: everything counts as
    /// set when the exam started.
    pub(crate) fn from_untimed(
        key: ExamKey,
        questions: Vec<String>,
        answers: Vec<Option<Answer>>,
        flagged: Vec<bool>,
        current: usize,
    ) -> Self {
        let at = key.started_at;
        ExamSession {
            started_at: at,
            seed: key.seed,
            current: Stamped::new(at, current.min(questions.len().saturating_sub(1))),
            questions,
            answers: answers
                .into_iter()
                .map(|a| a.map(|a| Stamped::new(at, a)))
                .collect(),
            flagged: flagged.into_iter().map(|f| Stamped::new(at, f)).collect(),
            seen_at: at,
        }
    }

    /// The name of this exam, shared by every copy of it and by its record once finished.
    pub fn key(&self) -> ExamKey {
        ExamKey {
            started_at: self.started_at,
            seed: self.seed,
        }
    }

    /// The answer given to question `index`, if any.
    pub fn answer(&self, index: usize) -> Option<&Answer> {
        self.answers.get(index)?.as_ref().map(|a| &a.value)
    }

    /// Whether question `index` is flagged for review.
    pub fn is_flagged(&self, index: usize) -> bool {
        self.flagged.get(index).is_some_and(|f| f.value)
    }

    /// The question on screen, always one of the exam's.
    pub fn current(&self) -> usize {
        self.current
            .value
            .min(self.questions.len().saturating_sub(1))
    }

    /// Answers question `index`; an index outside the exam changes nothing.
    pub fn set_answer(&mut self, index: usize, answer: Answer, now: i64) {
        self.seen(now);
        if let Some(slot) = self.answers.get_mut(index) {
            let at = slot.as_ref().map_or(now, |old| old.after(now));
            *slot = Some(Stamped::new(at, answer));
        }
    }

    /// Flags question `index` for review, or unflags it.
    pub fn toggle_flag(&mut self, index: usize, now: i64) {
        self.seen(now);
        if let Some(flag) = self.flagged.get_mut(index) {
            *flag = Stamped::new(flag.after(now), !flag.value);
        }
    }

    /// Shows question `index`; an index outside the exam changes nothing.
    pub fn go_to(&mut self, index: usize, now: i64) {
        self.seen(now);
        if index < self.questions.len() {
            self.current = Stamped::new(self.current.after(now), index);
        }
    }

    /// Notes a clock reading made while the exam was open.
    pub fn seen(&mut self, now: i64) {
        self.seen_at = self.seen_at.max(now);
    }

    /// Combines another copy of this exam (same key) into this one: each slot
    /// keeps what was set last, ties broken by value so both sides agree.
    pub fn merge(&mut self, other: &ExamSession) {
        if self.key() != other.key()
            || self.questions != other.questions
            || self.mismatch().is_some()
            || other.mismatch().is_some()
        {
            // Not two copies of one session: keep the greater, so that the
            // result does not depend on the order of the merge.
            if other > self {
                *self = other.clone();
            }
            return;
        }
        for (mine, theirs) in self.answers.iter_mut().zip(&other.answers) {
            if theirs > mine {
                mine.clone_from(theirs);
            }
        }
        for (mine, theirs) in self.flagged.iter_mut().zip(&other.flagged) {
            if theirs > mine {
                *mine = *theirs;
            }
        }
        self.current = self.current.max(other.current);
        self.seen_at = self.seen_at.max(other.seen_at);
    }

    /// The time allowed, in ms: two minutes a question, the real exam's pace.
    pub fn time_limit_ms(&self) -> i64 {
        self.questions.len() as i64 * MS_PER_QUESTION
    }

    /// When time runs out, in ms since the epoch.
    pub fn deadline(&self) -> i64 {
        self.started_at + self.time_limit_ms()
    }

    /// Time left at `now`, never more than at the latest time seen.
    pub fn remaining_ms(&self, now: i64) -> i64 {
        (self.deadline() - now.max(self.seen_at)).max(0)
    }

    /// How many questions have an answer.
    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    /// Each question's grade: None when it was not answered or has left the bank.
    pub fn grades(&self, bank: &[Question]) -> Vec<Option<bool>> {
        self.questions
            .iter()
            .enumerate()
            .map(|(i, id)| {
                let q = bank.iter().find(|q| &q.id == id)?;
                Some(grade_answer(q, self.answer(i)?))
            })
            .collect()
    }

    /// The record of this exam, given its [`grades`](Self::grades); what was
    /// not answered counts as wrong, as in the real exam. It ends at `now`, or
    /// at the deadline if that came first (a laptop that slept past it).
    pub fn finish_graded(&self, grades: &[Option<bool>], now: i64) -> ExamRecord {
        let correct = grades.iter().filter(|g| **g == Some(true)).count() as u32;
        ExamRecord {
            started_at: self.started_at,
            finished_at: now.max(self.seen_at).min(self.deadline()),
            seed: self.seed,
            questions: self.questions.clone(),
            answers: (0..self.questions.len())
                .map(|i| self.answer(i).cloned())
                .collect(),
            flagged: (0..self.questions.len())
                .map(|i| self.is_flagged(i))
                .collect(),
            correct,
            total: self.questions.len() as u32,
        }
    }
}

#[cfg(test)]
mod tests;
