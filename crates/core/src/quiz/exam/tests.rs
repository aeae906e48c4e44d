//! Tests of the exam simulation.

use super::*;
use crate::quiz::Body;

fn bank() -> Vec<Question> {
    ["a", "b", "c"]
        .iter()
        .flat_map(|topic| {
            (0..5).map(move |n| {
                crate::quiz::test_question(
                    &format!("{topic}-{n}"),
                    topic,
                    &[true, false, false, false],
                )
            })
        })
        .collect()
}

#[test]
fn questions_spread_across_topics_and_never_repeat() {
    let bank = bank();
    let picked = pick_questions(&bank, 6, 9);
    assert_eq!(picked.len(), 6);
    for topic in ["a", "b", "c"] {
        assert_eq!(
            picked.iter().filter(|id| id.starts_with(topic)).count(),
            2,
            "{picked:?}"
        );
    }
    let all = pick_questions(&bank, 100, 9);
    let mut unique = all.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        (all.len(), unique.len()),
        (15, 15),
        "at most the whole bank, each once"
    );
    assert_eq!(
        pick_questions(&bank, 6, 9),
        picked,
        "the same seed picks the same exam"
    );
}

#[test]
fn exams_ask_only_multiple_choice_and_multiple_response() {
    let mut bank = bank();
    for (i, q) in bank.iter_mut().enumerate().filter(|(i, _)| i % 3 == 0) {
        q.body = if i % 2 == 0 {
            Body::Order { steps: vec![] }
        } else {
            Body::Classify {
                categories: vec![],
                items: vec![],
            }
        };
    }
    let learning: Vec<&str> = bank
        .iter()
        .filter(|q| !q.is_exam_item())
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(learning.len(), 5);
    assert_eq!(exam_pool(&bank), 10);
    let all = pick_questions(&bank, FULL_LENGTH, 3);
    assert_eq!(all.len(), 10, "at most the exam items");
    assert!(
        all.iter().all(|id| !learning.contains(&id.as_str())),
        "{all:?} avoids {learning:?}"
    );
}

#[test]
fn weakest_topics_come_first_and_those_below_the_pass_estimate_are_weak() {
    let score = |topic: &str, correct, total| TopicScore {
        topic: topic.into(),
        correct,
        total,
    };
    let sorted = weakest_first(vec![
        score("a", 3, 3),
        score("b", 1, 2),
        score("c", 2, 4),
        score("d", 0, 1),
    ]);
    let order: Vec<&str> = sorted.iter().map(|t| t.topic.as_str()).collect();
    assert_eq!(
        order,
        ["d", "c", "b", "a"],
        "0%, then 50% with more questions first"
    );
    let weak: Vec<bool> = sorted.iter().map(TopicScore::is_weak).collect();
    assert_eq!(weak, [true, true, true, false]);
    assert!(!score("e", 18, 25).is_weak(), "72% is the pass estimate");
}

#[test]
fn a_full_length_exam_has_the_real_exams_130_minutes() {
    let exam = ExamSession::new(vec![String::new(); FULL_LENGTH], 0, 1);
    assert_eq!(exam.time_limit_ms(), 130 * 60_000);
}

#[test]
fn two_minutes_a_question_and_unanswered_counts_as_wrong() {
    let bank = bank();
    let mut exam = ExamSession::new(
        vec!["a-0".into(), "b-0".into(), "c-0".into(), "gone".into()],
        1_000,
        1,
    );
    assert_eq!(exam.time_limit_ms(), 8 * 60_000);
    assert_eq!(exam.remaining_ms(1_000 + 60_000), 7 * 60_000);
    assert_eq!(exam.remaining_ms(1_000 + 9 * 60_000), 0);
    exam.set_answer(0, Answer::Choices(vec![0]), 2_000);
    exam.set_answer(1, Answer::Choices(vec![2]), 2_000);
    exam.set_answer(3, Answer::Choices(vec![0]), 2_000);
    let record = exam.finish_graded(&exam.grades(&bank), 5_000);
    assert_eq!(
        (
            record.correct,
            record.total,
            record.percent(),
            record.passed()
        ),
        (1, 4, 25, false)
    );
    assert_eq!(
        record.by_topic(&bank),
        [
            TopicScore {
                topic: "a".into(),
                correct: 1,
                total: 1
            },
            TopicScore {
                topic: "b".into(),
                correct: 0,
                total: 1
            },
            TopicScore {
                topic: "c".into(),
                correct: 0,
                total: 1
            },
        ],
        "a question removed from the bank is left out of the breakdown"
    );
}

#[test]
fn pass_mark_is_seventy_two_percent() {
    let record = |correct| ExamRecord {
        started_at: 0,
        finished_at: 0,
        seed: 0,
        questions: vec![],
        answers: vec![],
        flagged: vec![],
        correct,
        total: 25,
    };
    assert!(record(18).passed(), "72% passes");
    assert!(!record(17).passed(), "68% does not");
}
