//! Tests of the schedule module.

use super::*;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// 2023-11-14T22:13:20.123Z, with milliseconds to check they are kept.
const T0: i64 = 1_700_000_000_123;
const HOUR_MS: i64 = 3_600_000;

// chrono is not a dependency of ours, so reference times are built from
// SystemTime and converted with `.into()` where rs-fsrs wants a DateTime.
fn at(ms: i64) -> SystemTime {
    UNIX_EPOCH + Duration::from_millis(u64::try_from(ms).unwrap())
}

fn reference_rating(rating: Rating) -> rs_fsrs::Rating {
    match rating {
        Rating::Again => rs_fsrs::Rating::Again,
        Rating::Hard => rs_fsrs::Rating::Hard,
        Rating::Good => rs_fsrs::Rating::Good,
        Rating::Easy => rs_fsrs::Rating::Easy,
    }
}

fn reference_state(state: rs_fsrs::State) -> CardState {
    match state {
        rs_fsrs::State::New => CardState::New,
        rs_fsrs::State::Learning => CardState::Learning,
        rs_fsrs::State::Review => CardState::Review,
        rs_fsrs::State::Relearning => CardState::Relearning,
    }
}

fn assert_close(ours: f64, reference: f64, what: &str, step: usize) {
    let tolerance = 1e-6 * reference.abs().max(f64::MIN_POSITIVE);
    assert!(
        (ours - reference).abs() <= tolerance,
        "step {step}: {what} {ours} != reference {reference}"
    );
}

/// One card reviewed in step by our scheduler and by rs-fsrs.
struct Pair {
    ours: Card,
    reference: rs_fsrs::Card,
    steps: usize,
}

impl Pair {
    fn new(created: i64) -> Pair {
        let mut reference = rs_fsrs::Card::new();
        reference.due = at(created).into();
        reference.last_review = at(created).into();
        Pair {
            ours: Card::new(created),
            reference,
            steps: 0,
        }
    }

    /// Reviews the card at `now` in both and checks they agree.
    fn review(&mut self, rating: Rating, now: i64) -> &Card {
        self.steps += 1;
        let before = self.ours.clone();
        self.ours = Scheduler::default().review(&self.ours, rating, now);
        let reference = rs_fsrs::FSRS::default().next(
            self.reference.clone(),
            at(now).into(),
            reference_rating(rating),
        );
        self.reference = reference.card;
        self.assert_agree(&before, now);
        &self.ours
    }

    /// Reviews the card at its due date.
    fn on_due(&mut self, rating: Rating) -> &Card {
        self.review(rating, self.ours.due)
    }

    fn assert_agree(&self, before: &Card, now: i64) {
        let (ours, reference, step) = (&self.ours, &self.reference, self.steps);
        assert_eq!(
            ours.due,
            reference.due.timestamp_millis(),
            "step {step}: due"
        );
        assert_eq!(
            ours.state,
            reference_state(reference.state),
            "step {step}: state"
        );
        assert_eq!(
            i64::from(ours.reps),
            i64::from(reference.reps),
            "step {step}: reps"
        );
        assert_eq!(
            i64::from(ours.lapses),
            i64::from(reference.lapses),
            "step {step}: lapses"
        );
        assert_eq!(
            ours.last_review,
            Some(reference.last_review.timestamp_millis()),
            "step {step}: last review"
        );
        assert_close(ours.stability, reference.stability, "stability", step);
        assert_close(ours.difficulty, reference.difficulty, "difficulty", step);
        // The retrievability the review was based on, and the new one.
        if before.state != CardState::New {
            let mut reference_before = reference.clone();
            reference_before.stability = before.stability;
            reference_before.state = rs_fsrs::State::Review;
            reference_before.last_review = at(before.last_review.unwrap()).into();
            assert_close(
                Scheduler::default().retrievability(before, now),
                reference_before.get_retrievability(at(now).into()),
                "retrievability before",
                step,
            );
        }
        let later = ours.due + 3 * DAY_MS;
        assert_close(
            Scheduler::default().retrievability(ours, later),
            reference.get_retrievability(at(later).into()),
            "retrievability",
            step,
        );
    }
}

#[test]
fn default_parameters_are_rs_fsrs_defaults() {
    let reference = rs_fsrs::Parameters::default();
    let ours = Scheduler::default();
    assert_eq!(ours.weights, reference.w);
    assert_eq!(ours.request_retention, reference.request_retention);
    assert_eq!(
        i64::from(ours.maximum_interval),
        i64::from(reference.maximum_interval)
    );
    assert_eq!(DECAY, rs_fsrs::Parameters::DECAY);
    assert_eq!(FACTOR, rs_fsrs::Parameters::FACTOR);
    // Our "no fuzz" is what rs-fsrs does by default.
    assert!(!reference.enable_fuzz);
    assert!(reference.enable_short_term);
}

#[test]
fn new_card_rated_each_way() {
    for rating in [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy] {
        let mut pair = Pair::new(T0);
        pair.review(rating, T0 + 42 * MINUTE_MS);
    }
    // The learning steps, spelled out.
    let new = Card::new(T0);
    let s = Scheduler::default();
    assert_eq!(s.review(&new, Rating::Again, T0).due, T0 + MINUTE_MS);
    assert_eq!(s.review(&new, Rating::Hard, T0).due, T0 + 5 * MINUTE_MS);
    assert_eq!(s.review(&new, Rating::Good, T0).due, T0 + 10 * MINUTE_MS);
    let easy = s.review(&new, Rating::Easy, T0);
    assert_eq!(
        (easy.state, easy.due, easy.reps),
        (CardState::Review, T0 + 15 * DAY_MS, 1)
    );
}

#[test]
fn each_rating_from_learning() {
    for rating in [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy] {
        let mut pair = Pair::new(T0);
        pair.review(Rating::Hard, T0);
        pair.on_due(rating);
        pair.on_due(Rating::Good);
    }
}

#[test]
fn long_run_of_goods_on_due_dates() {
    let mut pair = Pair::new(T0);
    for _ in 0..30 {
        pair.on_due(Rating::Good);
    }
    assert_eq!(pair.ours.state, CardState::Review);
    assert_eq!(pair.ours.reps, 30);
    // The interval has grown to the cap (plus the day rs-fsrs allows).
    assert!(pair.ours.due - pair.ours.last_review.unwrap() >= 36_500 * DAY_MS);
}

#[test]
fn lapse_then_recovery() {
    let mut pair = Pair::new(T0);
    for _ in 0..6 {
        pair.on_due(Rating::Good);
    }
    let lapsed = pair.on_due(Rating::Again).clone();
    assert_eq!((lapsed.state, lapsed.lapses), (CardState::Relearning, 1));
    assert_eq!(lapsed.due, lapsed.last_review.unwrap() + 5 * MINUTE_MS);
    // Again while relearning is not a second lapse.
    let again = pair.on_due(Rating::Again).clone();
    assert_eq!((again.state, again.lapses), (CardState::Relearning, 1));
    pair.on_due(Rating::Hard);
    assert_eq!(pair.on_due(Rating::Good).state, CardState::Review);
    for _ in 0..5 {
        pair.on_due(Rating::Good);
    }
    // A second lapse, recovered with Easy.
    assert_eq!(pair.on_due(Rating::Again).lapses, 2);
    pair.on_due(Rating::Easy);
    pair.on_due(Rating::Hard);
    pair.on_due(Rating::Easy);
}

#[test]
fn late_and_early_reviews() {
    let mut pair = Pair::new(T0);
    pair.review(Rating::Easy, T0);
    // Ten days and a bit late.
    let due = pair.ours.due;
    pair.review(Rating::Good, due + 10 * DAY_MS + 7 * HOUR_MS);
    // Halfway through the interval.
    let (last, due) = (pair.ours.last_review.unwrap(), pair.ours.due);
    pair.review(Rating::Good, last + (due - last) / 2);
    // Later the same day as the last review: no time has passed for FSRS.
    let last = pair.ours.last_review.unwrap();
    pair.review(Rating::Easy, last + 5 * HOUR_MS);
    // A year late, forgotten.
    let due = pair.ours.due;
    pair.review(Rating::Again, due + 365 * DAY_MS);
    // Relearning reviewed days late rather than after five minutes.
    let due = pair.ours.due;
    pair.review(Rating::Good, due + 3 * DAY_MS);
    let due = pair.ours.due;
    pair.review(Rating::Hard, due - DAY_MS);
    pair.on_due(Rating::Good);
}

#[test]
fn random_histories_agree() {
    let ratings = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];
    for seed in 1..=20u64 {
        // A small LCG: deterministic, no dependency.
        let mut state = seed;
        let mut next = |bound: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) % bound
        };
        let mut pair = Pair::new(T0);
        for _ in 0..60 {
            let rating = ratings[next(4) as usize];
            let (last, due) = (pair.ours.last_review.unwrap_or(T0), pair.ours.due);
            // Between the last review and twice the scheduled interval.
            let span = u64::try_from(2 * (due - last)).unwrap().max(1);
            let now = last + i64::try_from(next(span)).unwrap();
            pair.review(rating, now);
        }
    }
}

#[test]
fn retrievability_follows_the_forgetting_curve() {
    let s = Scheduler::default();
    assert_eq!(s.retrievability(&Card::new(T0), T0 + DAY_MS), 0.0);
    let card = Card {
        stability: 10.0,
        state: CardState::Review,
        last_review: Some(T0),
        ..Card::new(T0)
    };
    assert_eq!(s.retrievability(&card, T0), 1.0);
    // Partial days do not count.
    assert_eq!(s.retrievability(&card, T0 + DAY_MS - 1), 1.0);
    // Stability is the time to 90%.
    assert!((s.retrievability(&card, T0 + 10 * DAY_MS) - 0.9).abs() < 1e-12);
    // A clock that went backwards.
    assert_eq!(s.retrievability(&card, T0 - 5 * DAY_MS), 1.0);
}

#[test]
fn card_round_trips_through_json() {
    let card = Scheduler::default().review(&Card::new(T0), Rating::Good, T0);
    let json = serde_json::to_string(&card).unwrap();
    assert_eq!(serde_json::from_str::<Card>(&json).unwrap(), card);
}

#[test]
fn ratings_for_answers() {
    assert_eq!(rating_for(false, None), Rating::Again);
    assert_eq!(rating_for(false, Some(Confidence::Sure)), Rating::Again);
    assert_eq!(rating_for(true, None), Rating::Good);
    assert_eq!(rating_for(true, Some(Confidence::Unsure)), Rating::Good);
    assert_eq!(rating_for(true, Some(Confidence::Guess)), Rating::Hard);
    assert_eq!(rating_for(true, Some(Confidence::Sure)), Rating::Easy);
}
