//! The recap at the end of a practice session.

use crate::Progress;
use crate::quiz::{Question, QuizLink};
use crate::schedule::Confidence;

/// One answer given in the session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionAnswer {
    /// Id of the question answered.
    pub id: String,
    /// Whether the answer was right.
    pub correct: bool,
    /// How sure the student said they were, if they said.
    pub confidence: Option<Confidence>,
}

/// What a session came to.
#[derive(Debug, Clone, PartialEq)]
pub struct Recap {
    /// Questions whose last answer in the session was right.
    pub right: usize,
    /// Questions whose last answer in the session was wrong.
    pub wrong: usize,
    /// Right answers the student said were a guess: they come back sooner.
    pub lucky_guesses: Vec<String>,
    /// Wrong answers the student was sure of.
    pub misconceptions: Vec<String>,
    /// When the session's questions come back, soonest first, with how many
    /// come back then (grouped by due time as [`super::comes_back`] words it).
    pub comes_back: Vec<(String, usize)>,
    /// The sections that teach what was answered wrong, each once, in the order met.
    pub to_read: Vec<QuizLink>,
}

impl Recap {
    /// The recap of `answers` (in the order given; a question answered twice
    /// counts once, as its last answer), with due times from `progress`.
    pub fn of(
        answers: &[SessionAnswer],
        bank: &[Question],
        progress: &Progress,
        now: i64,
    ) -> Recap {
        let mut last: Vec<&SessionAnswer> = Vec::new();
        for a in answers {
            last.retain(|b| b.id != a.id);
            last.push(a);
        }
        let right = last.iter().filter(|a| a.correct).count();
        let ids = |keep: &dyn Fn(&SessionAnswer) -> bool| -> Vec<String> {
            last.iter()
                .filter(|a| keep(a))
                .map(|a| a.id.clone())
                .collect()
        };
        let lucky_guesses = ids(&|a| a.correct && a.confidence == Some(Confidence::Guess));
        let misconceptions = ids(&|a| !a.correct && a.confidence == Some(Confidence::Sure));
        let mut dues: Vec<i64> = last
            .iter()
            .filter_map(|a| progress.cards().get(&a.id).map(|c| c.due))
            .collect();
        crate::sort::sort(&mut dues);
        let mut comes_back: Vec<(String, usize)> = Vec::new();
        for due in dues {
            let when = super::comes_back(due, now);
            match comes_back.last_mut() {
                Some((w, n)) if *w == when => *n += 1,
                _ => comes_back.push((when, 1)),
            }
        }
        let mut to_read: Vec<QuizLink> = Vec::new();
        for a in last.iter().filter(|a| !a.correct) {
            let links = bank.iter().find(|q| q.id == a.id).map(|q| &q.links);
            for link in links.into_iter().flatten() {
                if !to_read.contains(link) {
                    to_read.push(link.clone());
                }
            }
        }
        Recap {
            right,
            wrong: last.len() - right,
            lucky_guesses,
            misconceptions,
            comes_back,
            to_read,
        }
    }
}
