//! The timed exam simulation: picking questions across topics, the clock,
//! and the results (score, pass estimate, breakdown by topic).

use super::{Answer, Question, grade_answer, shuffled};
use crate::progress::Stamped;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
    pub started_at: i64,
    pub seed: u64,
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
    pub started_at: i64,
    pub seed: u64,
}

/// A finished exam, kept in the history.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExamRecord {
    pub started_at: i64,
    pub finished_at: i64,
    pub seed: u64,
    pub questions: Vec<String>,
    pub answers: Vec<Option<Answer>>,
    /// The questions flagged for review when the exam ended (empty in exams
    /// saved before flags were kept).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flagged: Vec<bool>,
    pub correct: u32,
    pub total: u32,
}

/// How many questions an exam can ask: the bank's [exam items](Question::is_exam_item).
pub fn exam_pool(bank: &[Question]) -> usize {
    bank.iter().filter(|q| q.is_exam_item()).count()
}

/// `n` exam items (at most [`exam_pool`]), spread evenly across topics, in a seeded order.
pub fn pick_questions(bank: &[Question], n: usize, seed: u64) -> Vec<String> {
    let mut by_topic: BTreeMap<&str, Vec<&Question>> = BTreeMap::new();
    for q in bank.iter().filter(|q| q.is_exam_item()) {
        by_topic.entry(&q.topic).or_default().push(q);
    }
    let mut queues: Vec<Vec<&Question>> = by_topic
        .into_values()
        .enumerate()
        .map(|(t, qs)| {
            shuffled(qs.len(), seed ^ (t as u64 + 1), false)
                .into_iter()
                .map(|i| qs[i])
                .collect()
        })
        .collect();
    let topic_order = shuffled(queues.len(), seed, false);
    let mut picked = Vec::new();
    while picked.len() < n.min(exam_pool(bank)) {
        for &t in &topic_order {
            if picked.len() < n
                && let Some(q) = queues[t].pop()
            {
                picked.push(q.id.clone());
            }
        }
    }
    let order = shuffled(picked.len(), seed.rotate_left(17), false);
    order.into_iter().map(|i| picked[i].clone()).collect()
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

    pub fn toggle_flag(&mut self, index: usize, now: i64) {
        self.seen(now);
        if let Some(flag) = self.flagged.get_mut(index) {
            *flag = Stamped::new(flag.after(now), !flag.value);
        }
    }

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

/// How one topic went in an exam.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicScore {
    pub topic: String,
    pub correct: u32,
    pub total: u32,
}

impl TopicScore {
    pub fn percent(&self) -> u32 {
        (self.correct * 100).checked_div(self.total).unwrap_or(0)
    }

    /// Below the pass estimate: a topic to practise.
    pub fn is_weak(&self) -> bool {
        self.percent() < PASS_PERCENT
    }
}

/// Topics ordered for study: lowest share right first, then the topic with
/// more questions (more to gain), then by name.
pub fn weakest_first(mut scores: Vec<TopicScore>) -> Vec<TopicScore> {
    scores.sort_by(|a, b| {
        (a.percent(), std::cmp::Reverse(a.total), &a.topic).cmp(&(
            b.percent(),
            std::cmp::Reverse(b.total),
            &b.topic,
        ))
    });
    scores
}

impl ExamRecord {
    pub fn key(&self) -> ExamKey {
        ExamKey {
            started_at: self.started_at,
            seed: self.seed,
        }
    }

    /// What makes a record read from storage or a file impossible, such as
    /// more right answers than answers given. None when it adds up.
    pub fn problem(&self) -> Option<String> {
        let n = self.questions.len();
        let answered = self.answers.iter().filter(|a| a.is_some()).count();
        if self.answers.len() != n {
            Some(format!(
                "a finished exam has {n} questions but {} answers",
                self.answers.len()
            ))
        } else if self.total as usize != n {
            Some(format!(
                "a finished exam has {n} questions but counts {} in all",
                self.total
            ))
        } else if self.correct as usize > answered {
            Some(format!(
                "a finished exam counts {} right answers but only {answered} were given",
                self.correct
            ))
        } else if !self.flagged.is_empty() && self.flagged.len() != n {
            Some(format!(
                "a finished exam has {n} questions but {} flags",
                self.flagged.len()
            ))
        } else if self.finished_at < self.started_at {
            Some("a finished exam ends before it starts".into())
        } else {
            None
        }
    }

    /// How long the exam took, in ms.
    pub fn time_used_ms(&self) -> i64 {
        self.finished_at - self.started_at
    }

    pub fn flagged_count(&self) -> usize {
        self.flagged.iter().filter(|f| **f).count()
    }

    pub fn percent(&self) -> u32 {
        (self.correct * 100).checked_div(self.total).unwrap_or(0)
    }

    pub fn passed(&self) -> bool {
        self.percent() >= PASS_PERCENT
    }

    /// Per topic, in the order topics first appear. Questions no longer in the bank are left out.
    pub fn by_topic(&self, bank: &[Question]) -> Vec<TopicScore> {
        let mut scores: Vec<TopicScore> = Vec::new();
        for (id, answer) in self.questions.iter().zip(&self.answers) {
            let Some(q) = bank.iter().find(|q| &q.id == id) else {
                continue;
            };
            let right = answer.as_ref().is_some_and(|a| grade_answer(q, a));
            match scores.iter_mut().find(|s| s.topic == q.topic) {
                Some(s) => {
                    s.total += 1;
                    s.correct += u32::from(right);
                }
                None => scores.push(TopicScore {
                    topic: q.topic.clone(),
                    correct: u32::from(right),
                    total: 1,
                }),
            }
        }
        scores
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::{Body, Choice, Difficulty};

    fn bank() -> Vec<Question> {
        let mut bank = Vec::new();
        for topic in ["a", "b", "c"] {
            for n in 0..5 {
                let option = |correct| Choice {
                    text: format!("{correct}"),
                    correct,
                    why: String::new(),
                };
                bank.push(Question {
                    id: format!("{topic}-{n}"),
                    topic: topic.into(),
                    domain: 1,
                    difficulty: Difficulty::Easy,
                    scenario: String::new(),
                    links: vec![],
                    body: Body::Single {
                        options: vec![option(true), option(false), option(false), option(false)],
                    },
                });
            }
        }
        bank
    }

    #[test]
    fn questions_spread_across_topics_and_never_repeat() {
        let bank = bank();
        let picked = pick_questions(&bank, 6, 9);
        assert_eq!(picked.len(), 6);
        for topic in ["a", "b", "c"] {
            assert_eq!(
                picked.iter().filter(|id| id.starts_with(topic)).count(),
                2,
                "{picked:?}"
            );
        }
        let all = pick_questions(&bank, 100, 9);
        let mut unique = all.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(
            (all.len(), unique.len()),
            (15, 15),
            "at most the whole bank, each once"
        );
        assert_eq!(
            pick_questions(&bank, 6, 9),
            picked,
            "the same seed picks the same exam"
        );
    }

    #[test]
    fn exams_ask_only_multiple_choice_and_multiple_response() {
        let mut bank = bank();
        for (i, q) in bank.iter_mut().enumerate().filter(|(i, _)| i % 3 == 0) {
            q.body = if i % 2 == 0 {
                Body::Order { steps: vec![] }
            } else {
                Body::Classify {
                    categories: vec![],
                    items: vec![],
                }
            };
        }
        let learning: Vec<&str> = bank
            .iter()
            .filter(|q| !q.is_exam_item())
            .map(|q| q.id.as_str())
            .collect();
        assert_eq!(learning.len(), 5);
        assert_eq!(exam_pool(&bank), 10);
        let all = pick_questions(&bank, FULL_LENGTH, 3);
        assert_eq!(all.len(), 10, "at most the exam items");
        assert!(
            all.iter().all(|id| !learning.contains(&id.as_str())),
            "{all:?} avoids {learning:?}"
        );
    }

    #[test]
    fn weakest_topics_come_first_and_those_below_the_pass_estimate_are_weak() {
        let score = |topic: &str, correct, total| TopicScore {
            topic: topic.into(),
            correct,
            total,
        };
        let sorted = weakest_first(vec![
            score("a", 3, 3),
            score("b", 1, 2),
            score("c", 2, 4),
            score("d", 0, 1),
        ]);
        let order: Vec<&str> = sorted.iter().map(|t| t.topic.as_str()).collect();
        assert_eq!(
            order,
            ["d", "c", "b", "a"],
            "0%, then 50% with more questions first"
        );
        let weak: Vec<bool> = sorted.iter().map(TopicScore::is_weak).collect();
        assert_eq!(weak, [true, true, true, false]);
        assert!(!score("e", 18, 25).is_weak(), "72% is the pass estimate");
    }

    #[test]
    fn a_full_length_exam_has_the_real_exams_130_minutes() {
        let exam = ExamSession::new(vec![String::new(); FULL_LENGTH], 0, 1);
        assert_eq!(exam.time_limit_ms(), 130 * 60_000);
    }

    #[test]
    fn two_minutes_a_question_and_unanswered_counts_as_wrong() {
        let bank = bank();
        let mut exam = ExamSession::new(
            vec!["a-0".into(), "b-0".into(), "c-0".into(), "gone".into()],
            1_000,
            1,
        );
        assert_eq!(exam.time_limit_ms(), 8 * 60_000);
        assert_eq!(exam.remaining_ms(1_000 + 60_000), 7 * 60_000);
        assert_eq!(exam.remaining_ms(1_000 + 9 * 60_000), 0);
        exam.set_answer(0, Answer::Choices(vec![0]), 2_000);
        exam.set_answer(1, Answer::Choices(vec![2]), 2_000);
        exam.set_answer(3, Answer::Choices(vec![0]), 2_000);
        let record = exam.finish_graded(&exam.grades(&bank), 5_000);
        assert_eq!(
            (
                record.correct,
                record.total,
                record.percent(),
                record.passed()
            ),
            (1, 4, 25, false)
        );
        assert_eq!(
            record.by_topic(&bank),
            [
                TopicScore {
                    topic: "a".into(),
                    correct: 1,
                    total: 1
                },
                TopicScore {
                    topic: "b".into(),
                    correct: 0,
                    total: 1
                },
                TopicScore {
                    topic: "c".into(),
                    correct: 0,
                    total: 1
                },
            ],
            "a question removed from the bank is left out of the breakdown"
        );
    }

    #[test]
    fn pass_mark_is_seventy_two_percent() {
        let record = |correct| ExamRecord {
            started_at: 0,
            finished_at: 0,
            seed: 0,
            questions: vec![],
            answers: vec![],
            flagged: vec![],
            correct,
            total: 25,
        };
        assert!(record(18).passed(), "72% passes");
        assert!(!record(17).passed(), "68% does not");
    }
}
