//! Give-aways a test-wise student could score with, without knowing the answer.

use crate::diagnostic::{Diagnostic, Level};
use crate::quiz::{Body, Choice, Question};
use std::fmt;

/// Above this share of single-answer questions whose right option is the
/// longest, "pick the longest" beats chance (one in four) and the build warns.
pub const MAX_LONGEST_RIGHT_PERCENT: usize = 30;
/// Below this share, "never pick the longest" beats chance, and the build warns too.
pub const MIN_LONGEST_RIGHT_PERCENT: usize = 15;

/// How many questions give their answer away by length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LengthShare {
    /// Single-answer questions.
    pub single: usize,
    /// Of those, the ones whose right option is longer than every wrong one.
    pub single_longest: usize,
    /// Multiple-answer questions.
    pub multiple: usize,
    /// Of those, the ones whose right options are all longer than every wrong one.
    pub multiple_longest: usize,
}

impl LengthShare {
    /// Counts the give-aways by length in a set of questions.
    pub fn of(questions: &[Question]) -> Self {
        let mut share = LengthShare {
            single: 0,
            single_longest: 0,
            multiple: 0,
            multiple_longest: 0,
        };
        for q in questions {
            match &q.body {
                Body::Single { options } => {
                    share.single += 1;
                    share.single_longest += usize::from(right_are_longest(options));
                }
                Body::Multiple { options } => {
                    share.multiple += 1;
                    share.multiple_longest += usize::from(right_are_longest(options));
                }
                Body::Classify { .. } | Body::Order { .. } => {}
            }
        }
        share
    }

    /// The share of single-answer questions whose right option is the longest, in whole percent.
    pub fn single_percent(&self) -> usize {
        percent(self.single_longest, self.single)
    }

    /// A warning for `content/quiz` when the share is outside
    /// [`MIN_LONGEST_RIGHT_PERCENT`]..=[`MAX_LONGEST_RIGHT_PERCENT`] (a bank
    /// with no single-answer questions gives nothing away).
    pub fn warning(&self) -> Option<Diagnostic> {
        let percent = self.single_percent();
        let advice = if percent > MAX_LONGEST_RIGHT_PERCENT {
            format!(
                "above {MAX_LONGEST_RIGHT_PERCENT}%, picking the longest option beats chance; \
                 make the wrong options as specific as the right one"
            )
        } else if percent < MIN_LONGEST_RIGHT_PERCENT && self.single > 0 {
            format!(
                "below {MIN_LONGEST_RIGHT_PERCENT}%, ruling out the longest option beats chance; \
                 let the right option be the longest about as often as any other"
            )
        } else {
            return None;
        };
        Some(Diagnostic {
            path: "content/quiz".into(),
            line: 1,
            col: 1,
            message: format!("{self}: {advice}"),
            level: Level::Warning,
        })
    }
}

impl fmt::Display for LengthShare {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the right option is the longest in {} of {} single-answer questions ({}%) \
             and the right options are the longest in {} of {} multiple-answer questions ({}%)",
            self.single_longest,
            self.single,
            self.single_percent(),
            self.multiple_longest,
            self.multiple,
            percent(self.multiple_longest, self.multiple)
        )
    }
}

fn percent(part: usize, whole: usize) -> usize {
    (part * 100 + whole / 2) / whole.max(1)
}

fn right_are_longest(options: &[Choice]) -> bool {
    let len = |c: &Choice| c.text.chars().count();
    let shortest_right = options.iter().filter(|c| c.correct).map(len).min();
    let longest_wrong = options.iter().filter(|c| !c.correct).map(len).max();
    matches!((shortest_right, longest_wrong), (Some(r), Some(w)) if r > w)
}
