//! A value with the time it was set: the building block of progress that
//! merges. Of two stamps the later wins; equal times are settled by the
//! value, so that every copy of progress settles them the same way.

use serde::{Deserialize, Serialize};

/// A value and when it was set, in ms since the Unix epoch. Ordered by time,
/// then by value: the greater of two is the one a merge keeps.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Stamped<T> {
    /// When the value was set, in ms since the Unix epoch.
    pub at: i64,
    /// The value that was set.
    pub value: T,
}

impl<T> Stamped<T> {
    /// `value`, set at `at`.
    pub fn new(at: i64, value: T) -> Self {
        Stamped { at, value }
    }

    /// The time for a change made at `now` that must win over this one,
    /// even when the clock reads earlier than when this one was set (another
    /// device's clock, or a clock moved back).
    pub fn after(&self, now: i64) -> i64 {
        now.max(self.at.saturating_add(1))
    }
}
