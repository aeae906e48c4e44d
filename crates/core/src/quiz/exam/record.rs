//! A finished exam: its record in the history, its score and its topics.

use super::{ExamKey, PASS_PERCENT};
use crate::quiz::{Answer, Question, grade_answer};
use serde::{Deserialize, Serialize};

/// A finished exam, kept in the history.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExamRecord {
    /// When the exam started, in ms since the Unix epoch.
    pub started_at: i64,
    /// When it ended, in ms since the Unix epoch: handed in, or the deadline if that came first.
    pub finished_at: i64,
    /// The exam's random seed, which fixed its questions and the order of their options.
    pub seed: u64,
    /// Ids of the questions asked, in order.
    pub questions: Vec<String>,
    /// The answer to each question, None where none was given.
    pub answers: Vec<Option<Answer>>,
    /// The questions flagged for review when the exam ended (empty in exams
    /// saved before flags were kept).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flagged: Vec<bool>,
    /// How many questions were answered right when the exam ended.
    pub correct: u32,
    /// How many questions the exam had.
    pub total: u32,
}

/// How one topic went in an exam.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicScore {
    /// Slug of the page the topic's questions test.
    pub topic: String,
    /// How many of the topic's questions were answered right.
    pub correct: u32,
    /// How many of the exam's questions were on the topic.
    pub total: u32,
}

impl TopicScore {
    /// The share answered right, in percent rounded down (0 for no questions).
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
    crate::sort::sort_by(&mut scores, |a, b| {
        (a.percent(), std::cmp::Reverse(a.total), &a.topic).cmp(&(
            b.percent(),
            std::cmp::Reverse(b.total),
            &b.topic,
        ))
    });
    scores
}

impl ExamRecord {
    /// The name of this exam, the same as its session had.
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

    /// How many questions were flagged for review when the exam ended.
    pub fn flagged_count(&self) -> usize {
        self.flagged.iter().filter(|f| **f).count()
    }

    /// The score, in percent rounded down (0 for an exam with no questions).
    pub fn percent(&self) -> u32 {
        (self.correct * 100).checked_div(self.total).unwrap_or(0)
    }

    /// Whether the score reaches the pass estimate of [`PASS_PERCENT`].
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
