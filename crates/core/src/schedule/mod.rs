//! Spaced repetition: when each question should come back.
//!
//! This module owns the scheduling of review cards with FSRS (the Free Spaced
//! Repetition Scheduler, version 5 with 19 weights): the card's memory state
//! (stability, difficulty), the next due date after a review, the
//! probability of recall; `due.rs` answers which cards are due.
//!
//! It reproduces the behaviour of the reference implementation `rs-fsrs` 1.2
//! with `FSRS::default()`, which the tests drive side by side with this code:
//! the same default weights, request retention 0.9, maximum interval 36500
//! days, short-term (learning and relearning) steps enabled, and the same
//! floating-point expressions (including `mul_add`) so that results agree to
//! the last bit. Differences kept on purpose:
//!
//! - Times are plain `i64` milliseconds since the Unix epoch (the app reads
//!   them from the browser clock), not chrono types, so nothing here pulls
//!   chrono into the wasm.
//! - No fuzz. `rs-fsrs` has fuzz off by default too; we simply leave it out,
//!   so schedules are deterministic and reproducible from the review history.
//! - No `elapsed_days` / `scheduled_days` on the card: in `rs-fsrs` they only
//!   feed the fuzz and the review log, and both can be derived from `due`
//!   and `last_review`.
//! - `last_review` is `None` for a card never reviewed (`rs-fsrs` stores the
//!   creation time, which it never reads for a new card).
//! - A clock that goes backwards (`now` before the last review) counts as zero
//!   elapsed days, so retrievability stays within 0..=1; `rs-fsrs` would use
//!   a negative elapsed time.

use serde::{Deserialize, Serialize};

const MINUTE_MS: i64 = 60_000;
const DAY_MS: i64 = 86_400_000;

/// The exponent of the FSRS-5 power forgetting curve.
const DECAY: f64 = -0.5;
/// Chosen so that retrievability is exactly 0.9 after `stability` days:
/// 0.9 ^ (1 / DECAY) - 1 = 19 / 81.
const FACTOR: f64 = 19.0 / 81.0;

/// The FSRS-5 weights `rs-fsrs` 1.2 uses by default.
pub const DEFAULT_WEIGHTS: [f64; 19] = [
    0.4072, 1.1829, 3.1262, 15.4722, 7.2102, 0.5316, 1.0651, 0.0234, 1.616, 0.1544, 1.0824, 1.9813,
    0.0953, 0.2975, 2.2042, 0.2407, 2.9466, 0.5034, 0.6567,
];

/// How well the student recalled a card at a review; the FSRS grade.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rating {
    /// Forgotten; the app rates a wrong answer so.
    Again,
    /// Recalled with difficulty; the app rates a right guess so.
    Hard,
    /// Recalled; the app rates a right answer so, unless the student was sure or guessing.
    Good,
    /// Recalled with ease; the app rates a right answer the student was sure of so.
    Easy,
}

impl Rating {
    /// The grade FSRS formulas use: Again = 1 .. Easy = 4.
    fn grade(self) -> f64 {
        match self {
            Rating::Again => 1.0,
            Rating::Hard => 2.0,
            Rating::Good => 3.0,
            Rating::Easy => 4.0,
        }
    }
}

/// The FSRS parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct Scheduler {
    /// The 19 FSRS-5 weights.
    pub weights: [f64; 19],
    /// The probability of recall the schedule aims for when a card comes due.
    pub request_retention: f64,
    /// The longest interval between two reviews, in days.
    pub maximum_interval: u32,
}

impl Default for Scheduler {
    fn default() -> Self {
        Scheduler {
            weights: DEFAULT_WEIGHTS,
            request_retention: 0.9,
            maximum_interval: 36_500,
        }
    }
}

impl Scheduler {
    /// The card after a review with `rating` at `now`.
    pub fn review(&self, card: &Card, rating: Rating, now: i64) -> Card {
        let mut next = Card {
            reps: card.reps.saturating_add(1),
            last_review: Some(now),
            ..card.clone()
        };
        match card.state {
            CardState::New => {
                next.difficulty = self.init_difficulty(rating);
                next.stability = self.init_stability(rating);
                // Learning steps of 1, 5 and 10 minutes, as in rs-fsrs; only
                // Easy graduates straight to day intervals.
                (next.state, next.due) = match rating {
                    Rating::Again => (CardState::Learning, now + MINUTE_MS),
                    Rating::Hard => (CardState::Learning, now + 5 * MINUTE_MS),
                    Rating::Good => (CardState::Learning, now + 10 * MINUTE_MS),
                    Rating::Easy => (
                        CardState::Review,
                        days_after(now, self.interval(next.stability)),
                    ),
                };
            }
            CardState::Learning | CardState::Relearning => {
                next.difficulty = self.next_difficulty(card.difficulty, rating);
                next.stability = self.short_term_stability(card.stability, rating);
                (next.state, next.due) = match rating {
                    // Stay in the same short-term state: a lapse was already
                    // counted when the card left review.
                    Rating::Again => (card.state, now + 5 * MINUTE_MS),
                    Rating::Hard => (card.state, now + 10 * MINUTE_MS),
                    Rating::Good => (
                        CardState::Review,
                        days_after(now, self.interval(next.stability)),
                    ),
                    Rating::Easy => {
                        // Easy must always wait longer than Good would have.
                        let good =
                            self.interval(self.short_term_stability(card.stability, Rating::Good));
                        let easy = self.interval(next.stability).max(good + 1);
                        (CardState::Review, days_after(now, easy))
                    }
                };
            }
            CardState::Review => {
                let retrievability = self.retrievability(card, now);
                let (s, d) = (card.stability, card.difficulty);
                next.difficulty = self.next_difficulty(d, rating);
                // The intervals are ordered Hard <= Good - 1 < Easy - 1, so
                // each rating's interval depends on the others'.
                let hard_stability = self.recall_stability(d, s, retrievability, Rating::Hard);
                let good_stability = self.recall_stability(d, s, retrievability, Rating::Good);
                let hard = self
                    .interval(hard_stability)
                    .min(self.interval(good_stability));
                let good = self.interval(good_stability).max(hard + 1);
                match rating {
                    Rating::Again => {
                        next.stability = self.forget_stability(d, s, retrievability);
                        next.state = CardState::Relearning;
                        next.due = now + 5 * MINUTE_MS;
                        next.lapses = card.lapses.saturating_add(1);
                    }
                    Rating::Hard => {
                        next.stability = hard_stability;
                        next.due = days_after(now, hard);
                    }
                    Rating::Good => {
                        next.stability = good_stability;
                        next.due = days_after(now, good);
                    }
                    Rating::Easy => {
                        next.stability = self.recall_stability(d, s, retrievability, Rating::Easy);
                        // Like rs-fsrs, this may exceed maximum_interval by a day or two.
                        next.due = days_after(now, self.interval(next.stability).max(good + 1));
                    }
                }
            }
        }
        next
    }

    /// Retrievability (probability of recall) of the card at `now`, 0..=1.
    pub fn retrievability(&self, card: &Card, now: i64) -> f64 {
        match (card.state, card.last_review) {
            (CardState::New, _) | (_, None) => 0.0,
            (_, Some(last)) => {
                // Whole days, truncated, as rs-fsrs does: a review later the
                // same day sees the memory as intact.
                let elapsed_days = (now.saturating_sub(last) / DAY_MS).max(0);
                forgetting_curve(elapsed_days as f64, card.stability)
            }
        }
    }

    fn init_difficulty(&self, rating: Rating) -> f64 {
        let w = &self.weights;
        (w[4] - f64::exp(w[5] * (rating.grade() - 1.0)) + 1.0).clamp(1.0, 10.0)
    }

    fn init_stability(&self, rating: Rating) -> f64 {
        self.weights[rating.grade() as usize - 1].max(0.1)
    }

    /// Difficulty moves with the rating, then reverts a little towards the
    /// initial difficulty of an Easy card so it cannot drift forever.
    fn next_difficulty(&self, difficulty: f64, rating: Rating) -> f64 {
        let w = &self.weights;
        let moved = w[6].mul_add(-(rating.grade() - 3.0), difficulty);
        let target = self.init_difficulty(Rating::Easy);
        w[7].mul_add(target, (1.0 - w[7]) * moved).clamp(1.0, 10.0)
    }

    /// Stability after a review within the same day (learning steps).
    fn short_term_stability(&self, stability: f64, rating: Rating) -> f64 {
        let w = &self.weights;
        stability * f64::exp(w[17] * (rating.grade() - 3.0 + w[18]))
    }

    /// Stability after a successful review: grows more for easy cards, low
    /// stability and low retrievability (a harder recall strengthens more).
    fn recall_stability(
        &self,
        difficulty: f64,
        stability: f64,
        retrievability: f64,
        rating: Rating,
    ) -> f64 {
        let w = &self.weights;
        let modifier = match rating {
            Rating::Hard => w[15],
            Rating::Easy => w[16],
            Rating::Again | Rating::Good => 1.0,
        };
        stability
            * (w[8].exp()
                * (11.0 - difficulty)
                * stability.powf(-w[9])
                * ((1.0 - retrievability) * w[10]).exp_m1())
            .mul_add(modifier, 1.0)
    }

    /// Stability after a lapse.
    fn forget_stability(&self, difficulty: f64, stability: f64, retrievability: f64) -> f64 {
        let w = &self.weights;
        w[11]
            * difficulty.powf(-w[12])
            * ((stability + 1.0).powf(w[13]) - 1.0)
            * f64::exp((1.0 - retrievability) * w[14])
    }

    /// Whole days until retrievability falls to `request_retention`, at least 1.
    fn interval(&self, stability: f64) -> i64 {
        let days = stability / FACTOR * (self.request_retention.powf(1.0 / DECAY) - 1.0);
        days.round().clamp(1.0, f64::from(self.maximum_interval)) as i64
    }
}

fn forgetting_curve(elapsed_days: f64, stability: f64) -> f64 {
    (1.0 + FACTOR * elapsed_days / stability).powf(DECAY)
}

fn days_after(now: i64, days: i64) -> i64 {
    now + days * DAY_MS
}

mod card;
mod confidence;
mod due;

pub use card::{Card, CardState};
pub use confidence::{Confidence, rating_for};
pub use due::{due_forecast, due_ids};

#[cfg(test)]
mod tests;
