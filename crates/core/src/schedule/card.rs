//! A question's review card: its memory state and when it is due.

use serde::{Deserialize, Serialize};

/// Where a card is in FSRS's cycle: minute steps while learning, day intervals once in review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CardState {
    /// Never reviewed.
    New,
    /// Reviewed for the first time recently: comes back after minutes until recalled.
    Learning,
    /// Graduated: comes back after days, spaced by its stability.
    Review,
    /// Forgotten after graduating: comes back after minutes until recalled again.
    Relearning,
}

/// The review schedule of one question: its FSRS memory state and when it is due.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// When the card should next be reviewed, in ms since the Unix epoch.
    pub due: i64,
    /// Days after which the probability of recall has fallen to 90%.
    pub stability: f64,
    /// 1 (easy) ..= 10 (hard); 0 while the card is new.
    pub difficulty: f64,
    /// How many times the card has been reviewed.
    pub reps: u32,
    /// How many times the student forgot the card once it had graduated to review.
    pub lapses: u32,
    /// Whether the card is new, in minute steps or on day intervals.
    pub state: CardState,
    /// When the card was last reviewed, in ms since the Unix epoch.
    pub last_review: Option<i64>,
}

impl Card {
    /// A card never reviewed, due at once.
    pub fn new(now: i64) -> Card {
        Card {
            due: now,
            stability: 0.0,
            difficulty: 0.0,
            reps: 0,
            lapses: 0,
            state: CardState::New,
            last_review: None,
        }
    }
}
