//! Which review cards are due, and how many come due on each coming day.

use super::{Card, DAY_MS};

/// Cards due at or before `now`, plus, when an exam date is set, cards whose next due date falls after the exam
/// (so that every question comes up before it). Returns the ids in a stable order (most overdue first).
///
/// An exam date at or before `now` is ignored: the exam is over, and the rule
/// would otherwise bring every card back at every session.
/// Cards due at the same time are ordered by id, so the order does not depend
/// on the order the cards were given in (e.g. a hash map's).
pub fn due_ids<'a>(
    cards: impl IntoIterator<Item = (&'a str, &'a Card)>,
    now: i64,
    exam_date: Option<i64>,
) -> Vec<&'a str> {
    let exam = exam_date.filter(|&exam| exam > now);
    let mut due: Vec<(i64, &str)> = cards
        .into_iter()
        .filter(|(_, card)| card.due <= now || exam.is_some_and(|exam| card.due > exam))
        .map(|(id, card)| (card.due, id))
        .collect();
    // Brought-forward cards are due after the exam, hence after `now`, so
    // they sort after the genuinely due ones.
    crate::sort::sort(&mut due);
    due.into_iter().map(|(_, id)| id).collect()
}

/// Counts of cards coming due on each of the next `days` days (index 0 = today, starting at `now`), for a progress page.
///
/// Day `i` is the 24 hours from `now + i` days (we have no time zone here, so
/// no calendar days); overdue cards count as due today, cards due after the
/// last day are left out.
pub fn due_forecast<'a>(
    cards: impl IntoIterator<Item = &'a Card>,
    now: i64,
    days: usize,
) -> Vec<usize> {
    let mut counts = vec![0; days];
    for card in cards {
        let day = card.due.saturating_sub(now).max(0) / DAY_MS;
        // try_from, not `as`: on wasm32 a far-future day would wrap around.
        if let Some(count) = usize::try_from(day)
            .ok()
            .and_then(|day| counts.get_mut(day))
        {
            *count += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: i64 = 1_700_000_000_123;
    const HOUR_MS: i64 = 3_600_000;

    fn due_at(due: i64) -> Card {
        Card {
            due,
            ..Card::new(T0)
        }
    }

    #[test]
    fn due_ids_most_overdue_first() {
        let now = T0 + 100 * DAY_MS;
        let cards = [
            ("later", due_at(now + HOUR_MS)),
            ("exactly-now", due_at(now)),
            ("f-three-days", due_at(now - 3 * DAY_MS)),
            ("far", due_at(now + 30 * DAY_MS)),
            ("hour-ago", due_at(now - HOUR_MS)),
            ("a-three-days", due_at(now - 3 * DAY_MS)),
        ];
        let ids = |exam| due_ids(cards.iter().map(|(id, card)| (*id, card)), now, exam);
        assert_eq!(
            ids(None),
            ["a-three-days", "f-three-days", "hour-ago", "exactly-now"]
        );
        // The order does not depend on the input order.
        let reversed = due_ids(cards.iter().rev().map(|(id, card)| (*id, card)), now, None);
        assert_eq!(reversed, ids(None));
        // An exam in ten days brings forward the card due after it, last.
        assert_eq!(
            ids(Some(now + 10 * DAY_MS)),
            [
                "a-three-days",
                "f-three-days",
                "hour-ago",
                "exactly-now",
                "far"
            ]
        );
        // A card due exactly at the exam is not after it.
        assert_eq!(ids(Some(now + 30 * DAY_MS)), ids(None));
        // Only half an hour to go: the card due in an hour comes too.
        assert_eq!(
            ids(Some(now + HOUR_MS / 2)),
            [
                "a-three-days",
                "f-three-days",
                "hour-ago",
                "exactly-now",
                "later",
                "far"
            ]
        );
        // A past exam is ignored.
        assert_eq!(ids(Some(now - DAY_MS)), ids(None));
        assert_eq!(ids(Some(now)), ids(None));
        assert!(due_ids([], now, Some(now + DAY_MS)).is_empty());
    }

    #[test]
    fn forecast_by_day() {
        let now = T0;
        let cards = [
            due_at(now - 5 * DAY_MS),
            due_at(now),
            due_at(now + 1),
            due_at(now + DAY_MS - 1),
            due_at(now + DAY_MS),
            due_at(now + 2 * DAY_MS + 12 * HOUR_MS),
            due_at(now + 3 * DAY_MS),
            due_at(i64::MAX),
        ];
        assert_eq!(due_forecast(&cards, now, 3), [4, 1, 1]);
        assert_eq!(due_forecast(&cards, now, 5), [4, 1, 1, 1, 0]);
        assert!(due_forecast(&cards, now, 0).is_empty());
        assert_eq!(due_forecast([], now, 2), [0, 0]);
    }
}
