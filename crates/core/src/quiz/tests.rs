//! Tests of the question model, grading and presentation order.

use super::*;

fn choice(text: &str, correct: bool) -> Choice {
    Choice {
        text: text.into(),
        correct,
        why: String::new(),
    }
}

fn question(body: Body) -> Question {
    Question {
        id: "q".into(),
        topic: "t".into(),
        domain: 1,
        difficulty: Difficulty::Easy,
        scenario: "s".into(),
        links: vec![],
        body,
    }
}

#[test]
fn an_answer_fits_only_the_question_it_can_still_describe() {
    let single = question(Body::Single {
        options: vec![choice("a", true), choice("b", false)],
    });
    assert!(single.fits(&Answer::Choices(vec![1])));
    assert!(!single.fits(&Answer::Choices(vec![2])));
    assert!(!single.fits(&Answer::Order(vec![0])));
    let classify = question(Body::Classify {
        categories: vec!["x".into(), "y".into()],
        items: vec![
            Item {
                text: "i".into(),
                category: 0,
                why: String::new(),
            };
            2
        ],
    });
    assert!(classify.fits(&Answer::Classify(vec![Some(1), None])));
    assert!(!classify.fits(&Answer::Classify(vec![Some(1)])));
    assert!(!classify.fits(&Answer::Classify(vec![Some(2), None])));
    let order = question(Body::Order {
        steps: vec![
            Step {
                text: "s".into(),
                why: String::new(),
            };
            3
        ],
    });
    assert!(order.fits(&Answer::Order(vec![2, 0, 1])));
    assert!(!order.fits(&Answer::Order(vec![0, 1])));
    assert!(!order.fits(&Answer::Order(vec![0, 1, 3])));
    assert!(!order.fits(&Answer::Order(vec![0, 1, 1])));
    assert_eq!(
        order
            .describe_answer(&Answer::Order(vec![2, 0, 1]))
            .as_deref(),
        Some("\"s\", then \"s\", then \"s\"")
    );
}

/// A multiple-response question: "a" and "c" of five options are right.
fn two_of_five() -> Question {
    question(Body::Multiple {
        options: vec![
            choice("a", true),
            choice("b", false),
            choice("c", true),
            choice("d", false),
            choice("e", false),
        ],
    })
}

#[test]
fn multiple_response_gets_no_partial_credit() {
    let q = two_of_five();
    assert_eq!(q.select_hint().as_deref(), Some("(Select TWO.)"));
    assert_eq!(
        q.describe_answer(&Answer::Choices(vec![0, 2])).as_deref(),
        Some("\"a\"; \"c\"")
    );
    assert_eq!(
        q.describe_answer(&Answer::Choices(vec![])),
        None,
        "nothing chosen"
    );
    assert_eq!(
        q.describe_answer(&Answer::Choices(vec![9])),
        None,
        "no such option"
    );
    assert!(grade_answer(&q, &Answer::Choices(vec![2, 0])));
    assert!(
        !grade_answer(&q, &Answer::Choices(vec![0])),
        "one of two right is wrong"
    );
    assert!(
        !grade_answer(&q, &Answer::Choices(vec![0, 2, 3])),
        "an extra choice is wrong"
    );
    assert!(
        !grade_answer(&q, &Answer::Order(vec![0, 2])),
        "an answer of another kind is wrong"
    );
}

#[test]
fn single_classify_and_order() {
    let single = question(Body::Single {
        options: vec![
            choice("a", false),
            choice("b", true),
            choice("c", false),
            choice("d", false),
        ],
    });
    assert!(grade_answer(&single, &Answer::Choices(vec![1])));
    assert!(!grade_answer(&single, &Answer::Choices(vec![0])));
    assert_eq!(single.select_hint(), None);

    let item = |c| Item {
        text: String::new(),
        category: c,
        why: String::new(),
    };
    let classify = question(Body::Classify {
        categories: vec!["x".into(), "y".into()],
        items: vec![item(0), item(1), item(1)],
    });
    assert!(grade_answer(
        &classify,
        &Answer::Classify(vec![Some(0), Some(1), Some(1)])
    ));
    assert!(!grade_answer(
        &classify,
        &Answer::Classify(vec![Some(0), Some(1), None])
    ));
    assert!(!classify.is_answered(&Answer::Classify(vec![Some(0), Some(1), None])));

    let step = || Step {
        text: String::new(),
        why: String::new(),
    };
    let order = question(Body::Order {
        steps: vec![step(), step(), step()],
    });
    assert!(grade_answer(&order, &Answer::Order(vec![0, 1, 2])));
    assert!(!grade_answer(&order, &Answer::Order(vec![1, 0, 2])));
}

#[test]
fn shuffling_is_reproducible_and_complete() {
    let a = shuffled(6, question_seed(42, "root-mfa-01"), false);
    assert_eq!(a, shuffled(6, question_seed(42, "root-mfa-01"), false));
    let mut sorted = a.clone();
    sorted.sort();
    assert_eq!(sorted, [0, 1, 2, 3, 4, 5]);
    let differs = (0..20).any(|s| shuffled(6, question_seed(s, "root-mfa-01"), false) != a);
    assert!(differs, "another session shows another order");
    for seed in 0..200 {
        assert_ne!(
            shuffled(3, seed, true),
            [0, 1, 2],
            "an order question never starts solved (seed {seed})"
        );
    }
}

#[test]
fn options_keep_their_shown_order_in_a_session_and_number_keys_follow_it() {
    let q = two_of_five();
    let order = display_order(&q, 7);
    assert_eq!(display_order(&q, 7), order, "stable within a session");
    let mut sorted = order.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, [0, 1, 2, 3, 4]);
    let blank = blank_answer(&q, 7);
    assert_eq!(blank, Answer::Choices(vec![]));
    // Key 1 chooses the first option shown; pressed again it clears it.
    let once = pick_by_number(&q, 7, &blank, 1).unwrap();
    assert_eq!(once, Answer::Choices(vec![order[0]]));
    assert_eq!(pick_by_number(&q, 7, &once, 1), Some(blank.clone()));
    assert_eq!(pick_by_number(&q, 7, &blank, 6), None, "no sixth option");
    assert_eq!(pick_by_number(&q, 7, &blank, 0), None);
}

#[test]
fn a_single_answer_choice_replaces_the_last_and_an_order_starts_shuffled() {
    let q = question(Body::Single {
        options: vec![
            choice("a", true),
            choice("b", false),
            choice("c", false),
            choice("d", false),
        ],
    });
    assert_eq!(
        choose(&q, &Answer::Choices(vec![1]), 2),
        Some(Answer::Choices(vec![2]))
    );
    let order = question(Body::Order {
        steps: vec![
            Step {
                text: "s".into(),
                why: String::new(),
            };
            3
        ],
    });
    for session in 0..50 {
        assert_ne!(
            blank_answer(&order, session),
            Answer::Order(vec![0, 1, 2]),
            "session {session}"
        );
    }
    assert_eq!(
        choose(&order, &blank_answer(&order, 1), 0),
        None,
        "order steps are moved, not chosen"
    );
}
