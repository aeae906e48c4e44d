//! The timed exam simulation: picking questions across topics, the clock,
//! and the results (score, pass estimate, breakdown by topic).

use super::{Answer, Question, grade_answer, shuffled};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The real exam's pace: 65 questions in 130 minutes.
pub const MS_PER_QUESTION: i64 = 2 * 60_000;
pub const DEFAULT_QUESTIONS: usize = 20;
/// 720 of 1,000 scaled; the percentage is only an estimate of it.
pub const PASS_PERCENT: u32 = 72;

/// An exam being taken; saved after every change so it survives a reload.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExamSession {
    pub started_at: i64,
    pub seed: u64,
    pub questions: Vec<String>,
    pub answers: Vec<Option<Answer>>,
    pub flagged: Vec<bool>,
    pub current: usize,
}

/// A finished exam, kept in the history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExamRecord {
    pub started_at: i64,
    pub finished_at: i64,
    pub seed: u64,
    pub questions: Vec<String>,
    pub answers: Vec<Option<Answer>>,
    pub correct: u32,
    pub total: u32,
}

/// `n` questions (at most the bank), spread evenly across topics, in a seeded order.
pub fn pick_questions(bank: &[Question], n: usize, seed: u64) -> Vec<String> {
    let mut by_topic: BTreeMap<&str, Vec<&Question>> = BTreeMap::new();
    for q in bank {
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
    while picked.len() < n.min(bank.len()) {
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
            flagged: vec![false; n],
            current: 0,
        }
    }

    pub fn time_limit_ms(&self) -> i64 {
        self.questions.len() as i64 * MS_PER_QUESTION
    }

    /// When time runs out, in ms since the epoch.
    pub fn deadline(&self) -> i64 {
        self.started_at + self.time_limit_ms()
    }

    pub fn remaining_ms(&self, now: i64) -> i64 {
        (self.deadline() - now).max(0)
    }

    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    /// Each question's grade: None when it was not answered or has left the bank.
    pub fn grades(&self, bank: &[Question]) -> Vec<Option<bool>> {
        self.questions
            .iter()
            .zip(&self.answers)
            .map(|(id, answer)| {
                let q = bank.iter().find(|q| &q.id == id)?;
                Some(grade_answer(q, answer.as_ref()?))
            })
            .collect()
    }

    /// The record of this exam, given its [`grades`](Self::grades); what was
    /// not answered counts as wrong, as in the real exam.
    pub fn finish_graded(&self, grades: &[Option<bool>], now: i64) -> ExamRecord {
        let correct = grades.iter().filter(|g| **g == Some(true)).count() as u32;
        ExamRecord {
            started_at: self.started_at,
            finished_at: now.min(self.started_at + self.time_limit_ms()),
            seed: self.seed,
            questions: self.questions.clone(),
            answers: self.answers.clone(),
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

impl ExamRecord {
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
        exam.answers[0] = Some(Answer::Choices(vec![0]));
        exam.answers[1] = Some(Answer::Choices(vec![2]));
        exam.answers[3] = Some(Answer::Choices(vec![0]));
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
            correct,
            total: 25,
        };
        assert!(record(18).passed(), "72% passes");
        assert!(!record(17).passed(), "68% does not");
    }
}
