//! How sure the student was, and the rating an answer gives the scheduler.

use super::Rating;
use serde::{Deserialize, Serialize};

/// How sure the student said they were of an answer, before seeing whether it was right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Confidence {
    /// A guess: a right answer comes back sooner than usual (Hard).
    Guess,
    /// Not sure: a right answer is scheduled as usual (Good).
    Unsure,
    /// Sure: a right answer waits longer (Easy).
    Sure,
}

/// How the app maps an answer to a rating: wrong -> Again; right -> Good,
/// Easy when the student was sure, Hard when it was a guess (a lucky guess
/// comes back sooner than a known answer).
pub fn rating_for(correct: bool, confidence: Option<Confidence>) -> Rating {
    match (correct, confidence) {
        (false, _) => Rating::Again,
        (true, Some(Confidence::Sure)) => Rating::Easy,
        (true, Some(Confidence::Guess)) => Rating::Hard,
        (true, Some(Confidence::Unsure) | None) => Rating::Good,
    }
}
