//! The question bank: its model (shared by the build and the app), grading
//! and the seeded presentation order of options. Validation of the TOML
//! sources lives in [`compile`] (build time only).

#[cfg(feature = "compile")]
pub mod compile;
pub mod exam;
mod present;
mod rng;

pub use present::{blank_answer, choose, display_order, pick_by_number};

use rand::SeedableRng;
use rand::seq::SliceRandom;
use serde::{Deserialize, Serialize};

/// One question of the bank, written in `content/quiz/<page-slug>.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Stable forever: progress is keyed by it.
    pub id: String,
    /// Slug of the page it tests.
    pub topic: String,
    /// SAA-C03 exam domain, 1 to 4.
    pub domain: u8,
    /// How hard the author rates it.
    pub difficulty: Difficulty,
    /// The situation and the question asked about it, as the student reads it.
    pub scenario: String,
    /// Sections that teach it.
    pub links: Vec<QuizLink>,
    /// The kind of question, with its options, items or steps and the answer key.
    pub body: Body,
}

/// How hard the author rates a question, as written in its `difficulty`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Difficulty {
    /// The lowest of the author's three ratings.
    Easy,
    /// The middle rating.
    Medium,
    /// The highest rating.
    Hard,
}

/// A link from a question to a section of the knowledge base that teaches it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuizLink {
    /// Slug of the page.
    pub page: String,
    /// The section's anchor on that page.
    pub anchor: String,
    /// The section's heading, to show as the link's text.
    pub heading: String,
}

/// What kind of question it is, with what the student chooses from and the answer key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Body {
    /// One correct option of four.
    Single {
        /// The options, in the order written (shown shuffled).
        options: Vec<Choice>,
    },
    /// Two or more correct options of five or more.
    Multiple {
        /// The options, in the order written (shown shuffled).
        options: Vec<Choice>,
    },
    /// Sort items into categories.
    Classify {
        /// The categories' names.
        categories: Vec<String>,
        /// The things to sort, each with its right category.
        items: Vec<Item>,
    },
    /// Put steps in order; stored in the correct order.
    Order {
        /// The steps, in the correct order (shown shuffled).
        steps: Vec<Step>,
    },
}

/// One option of a single- or multiple-response question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    /// The option as the student reads it.
    pub text: String,
    /// Whether it is one of the right answers.
    pub correct: bool,
    /// Why it is right or wrong, shown once the question is answered.
    pub why: String,
}

/// One thing to sort in a classify question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// The item as the student reads it.
    pub text: String,
    /// Index into the question's categories.
    pub category: usize,
    /// Why it belongs in that category, shown once the question is answered.
    pub why: String,
}

/// One step of an order question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// The step as the student reads it.
    pub text: String,
    /// Why it comes at its place in the order, shown once the question is answered.
    pub why: String,
}

/// What a student answered, in the question's own indexes (never the shuffled ones).
/// Ordered only so that merging two copies of progress picks the same one on both sides.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Answer {
    /// Chosen options.
    Choices(Vec<usize>),
    /// For each item, the chosen category (None: not sorted yet).
    Classify(Vec<Option<usize>>),
    /// Step indexes in the order the student put them.
    Order(Vec<usize>),
}

const NUMBERS: [&str; 7] = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX"];

impl Question {
    /// Whether the timed exam may ask it: multiple choice and multiple
    /// response, the real exam's two kinds. Classify and order questions are
    /// learning items, asked only in practice.
    pub fn is_exam_item(&self) -> bool {
        matches!(self.body, Body::Single { .. } | Body::Multiple { .. })
    }

    /// "(Select TWO.)" for multiple response, worked out from the answer key.
    pub fn select_hint(&self) -> Option<String> {
        match &self.body {
            Body::Multiple { options } => {
                let n = options.iter().filter(|o| o.correct).count();
                Some(format!(
                    "(Select {}.)",
                    NUMBERS.get(n).copied().unwrap_or("ALL THAT APPLY")
                ))
            }
            _ => None,
        }
    }

    /// Whether `answer` is complete enough to check.
    pub fn is_answered(&self, answer: &Answer) -> bool {
        match (&self.body, answer) {
            (Body::Single { .. }, Answer::Choices(c)) => c.len() == 1,
            (Body::Multiple { .. }, Answer::Choices(c)) => !c.is_empty(),
            (Body::Classify { items, .. }, Answer::Classify(c)) => {
                c.len() == items.len() && c.iter().all(Option::is_some)
            }
            (Body::Order { steps }, Answer::Order(o)) => o.len() == steps.len(),
            _ => false,
        }
    }

    /// For a multiple-response answer: how many right options were chosen,
    /// of how many, and how many wrong ones (`None` for other kinds).
    pub fn tally(&self, answer: &Answer) -> Option<(usize, usize, usize)> {
        match (&self.body, answer) {
            (Body::Multiple { options }, Answer::Choices(chosen)) => {
                let right = options.iter().filter(|o| o.correct).count();
                let hit = |want: bool| {
                    chosen
                        .iter()
                        .filter(|&&i| options.get(i).is_some_and(|o| o.correct == want))
                        .count()
                };
                Some((hit(true), right, hit(false)))
            }
            _ => None,
        }
    }

    /// The answer in words, for a problem report: the options chosen, where
    /// each item was sorted, or the steps in the order given. None when
    /// nothing is answered or the answer no longer fits the question.
    pub fn describe_answer(&self, answer: &Answer) -> Option<String> {
        if !self.fits(answer) || !self.is_answered(answer) {
            return None;
        }
        let quoted = |t: &str| format!("\"{t}\"");
        let parts: Vec<String> = match (&self.body, answer) {
            (Body::Single { options } | Body::Multiple { options }, Answer::Choices(c)) => {
                c.iter().map(|&i| quoted(&options[i].text)).collect()
            }
            (Body::Classify { categories, items }, Answer::Classify(c)) => items
                .iter()
                .zip(c)
                .filter_map(|(item, cat)| {
                    Some(format!(
                        "{} as {}",
                        quoted(&item.text),
                        categories.get((*cat)?)?
                    ))
                })
                .collect(),
            (Body::Order { steps }, Answer::Order(order)) => {
                order.iter().map(|&i| quoted(&steps[i].text)).collect()
            }
            _ => return None,
        };
        let joiner = if matches!(self.body, Body::Order { .. }) {
            ", then "
        } else {
            "; "
        };
        Some(parts.join(joiner))
    }

    /// Whether a saved `answer` still fits this question: of its kind, and
    /// naming only options, categories and steps it has. An answer saved before
    /// the question was edited may not.
    pub fn fits(&self, answer: &Answer) -> bool {
        match (&self.body, answer) {
            (Body::Single { options } | Body::Multiple { options }, Answer::Choices(c)) => {
                c.iter().all(|&i| i < options.len())
            }
            (Body::Classify { categories, items }, Answer::Classify(c)) => {
                c.len() == items.len() && c.iter().flatten().all(|&k| k < categories.len())
            }
            (Body::Order { steps }, Answer::Order(o)) => {
                let mut sorted = o.clone();
                crate::sort::sort(&mut sorted);
                sorted.into_iter().eq(0..steps.len())
            }
            _ => false,
        }
    }
}

/// Right or wrong, with no partial credit (as in the real exam).
pub fn grade_answer(question: &Question, answer: &Answer) -> bool {
    match (&question.body, answer) {
        (Body::Single { options } | Body::Multiple { options }, Answer::Choices(chosen)) => {
            let mut chosen = chosen.clone();
            crate::sort::sort(&mut chosen);
            chosen.dedup();
            let correct: Vec<usize> = options
                .iter()
                .enumerate()
                .filter(|(_, o)| o.correct)
                .map(|(i, _)| i)
                .collect();
            chosen == correct
        }
        (Body::Classify { items, .. }, Answer::Classify(chosen)) => {
            chosen.len() == items.len()
                && items
                    .iter()
                    .zip(chosen)
                    .all(|(item, c)| *c == Some(item.category))
        }
        (Body::Order { steps }, Answer::Order(order)) => {
            order.len() == steps.len() && order.iter().enumerate().all(|(i, &s)| i == s)
        }
        _ => false,
    }
}

/// The order to show `n` things in, reproducible from `seed`. For an order
/// question the result is never already the answer.
pub fn shuffled(n: usize, seed: u64, avoid_identity: bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.shuffle(&mut rng::Xoshiro128PlusPlus::seed_from_u64(seed));
    if avoid_identity && n > 1 && order.iter().enumerate().all(|(i, &v)| i == v) {
        order.rotate_left(1);
    }
    order
}

/// A seed for one question in one session: the same question shows its options
/// in the same order until the session changes.
pub fn question_seed(session: u64, id: &str) -> u64 {
    // FNV-1a: stable across builds and platforms, unlike the std hasher.
    id.bytes().fold(0xcbf2_9ce4_8422_2325 ^ session, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests;

/// A single-answer question for the crate's tests: `id` in `topic`, one
/// option per entry of `right`, each right or wrong as it says.
#[cfg(test)]
pub(crate) fn test_question(id: &str, topic: &str, right: &[bool]) -> Question {
    Question {
        id: id.into(),
        topic: topic.into(),
        domain: 1,
        difficulty: Difficulty::Easy,
        scenario: String::new(),
        links: vec![],
        body: Body::Single {
            options: right
                .iter()
                .map(|&correct| Choice {
                    text: format!("{correct}"),
                    correct,
                    why: String::new(),
                })
                .collect(),
        },
    }
}
