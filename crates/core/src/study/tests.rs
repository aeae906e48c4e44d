//! Tests of the study loop's rules.

use super::*;
use crate::quiz::{Answer, QuizLink};
use crate::schedule::Confidence;

const NOW: i64 = 1_780_000_000_000; // 2026-05-28T20:26:40Z

fn question(id: &str, link: &str) -> Question {
    Question {
        links: vec![QuizLink {
            page: "p".into(),
            anchor: link.into(),
            heading: link.to_uppercase(),
        }],
        ..crate::quiz::test_question(id, "t", &[true, false])
    }
}

/// `YYYY-MM-DD` of a time (UTC), the inverse of [`parse_date`].
fn iso_date(ms: i64) -> String {
    let z = ms.div_euclid(DAY_MS) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

fn answered(p: &mut Progress, id: &str, correct: bool, confidence: Option<Confidence>, at: i64) {
    let answer = Answer::Choices(vec![usize::from(!correct)]);
    p.record_answer(id, answer, correct, confidence, at);
}

#[test]
fn dates_read_as_the_start_of_their_day_and_nonsense_is_refused_with_the_reason() {
    assert_eq!(parse_date("1970-01-01"), Ok(0));
    assert_eq!(parse_date("2026-05-28"), Ok(1_779_926_400_000));
    assert_eq!(parse_date("2024-02-29"), Ok(1_709_164_800_000));
    for bad in [
        "2025-02-29",
        "2026-13-01",
        "2026-5-28",
        "28/05/2026",
        "",
        "2026-05-28x",
    ] {
        assert_eq!(
            parse_date(bad),
            Err(format!(
                "the exam date must be a date like 2027-03-15, not \"{bad}\""
            )),
        );
    }
}

#[test]
fn every_page_counts_due_questions_the_same_way() {
    let mut p = Progress::default();
    answered(&mut p, "wrong", false, None, NOW - DAY_MS);
    answered(&mut p, "right", true, Some(Confidence::Sure), NOW - DAY_MS);
    assert_eq!(
        due_now(&p, NOW),
        ["wrong"],
        "a mistake from yesterday is due"
    );
    let days = forecast(&p, NOW, 60);
    assert_eq!(days[0], 1, "the forecast starts with what is due now");
    assert_eq!(days.iter().sum::<usize>(), 2, "{days:?}");

    // An exam before the right answer's next review brings it forward, on every count.
    let right_due = p.cards()["right"].due;
    let exam_day = (right_due / DAY_MS - 1) * DAY_MS;
    let exam = iso_date(exam_day);
    p.set_exam_date(Some(exam), NOW);
    assert_eq!(due_now(&p, NOW), ["wrong", "right"]);
    assert_eq!(forecast(&p, NOW, 60), {
        let mut v = vec![0; 61];
        v[0] = 2;
        v
    });
}

#[test]
fn an_answer_says_when_the_question_comes_back() {
    assert_eq!(comes_back(NOW - 1, NOW), "now");
    assert_eq!(comes_back(NOW + 60_000, NOW), "in 1 minute");
    assert_eq!(comes_back(NOW + 9 * 60_000 + 1, NOW), "in 10 minutes");
    assert_eq!(comes_back(NOW + 5 * HOUR_MS, NOW), "in 5 hours");
    assert_eq!(comes_back(NOW + DAY_MS, NOW), "tomorrow");
    assert_eq!(comes_back(NOW + 4 * DAY_MS, NOW), "in 4 days");
    assert_eq!(comes_back(NOW + 90 * DAY_MS, NOW), "in 3 months");
}

#[test]
fn the_countdown_spreads_what_is_left_over_the_days_to_the_exam() {
    let bank: Vec<Question> = (0..10).map(|i| question(&format!("q{i}"), "a")).collect();
    let mut p = Progress::default();
    assert_eq!(countdown(&p, &bank, NOW), None, "no exam date");
    answered(&mut p, "q0", false, None, NOW - DAY_MS);
    answered(&mut p, "q1", true, Some(Confidence::Sure), NOW - DAY_MS);
    p.set_exam_date(Some("2026-06-01".into()), NOW);
    // 8 never answered; q0 is due again; q1 would next come back after the exam, so it is brought forward.
    assert_eq!(
        countdown(&p, &bank, NOW),
        Some(Countdown {
            days_left: 4,
            to_do: 10,
            per_day: 3,
        })
    );
    p.set_exam_date(Some("2026-05-28".into()), NOW);
    let today = countdown(&p, &bank, NOW).unwrap();
    assert_eq!(
        (today.days_left, today.per_day),
        (0, today.to_do),
        "all of it on the day"
    );
    p.set_exam_date(Some("2026-05-27".into()), NOW);
    assert_eq!(countdown(&p, &bank, NOW), None, "the exam is past");
    p.set_exam_date(Some("soon".into()), NOW);
    assert_eq!(countdown(&p, &bank, NOW), None, "an unreadable date");
}

#[test]
fn a_recap_counts_the_last_answer_to_each_question_and_says_what_to_read() {
    let bank = vec![question("a", "x"), question("b", "y"), question("c", "x")];
    let mut p = Progress::default();
    let session = [
        ("a", false, None),
        ("a", true, Some(Confidence::Guess)),
        ("b", false, Some(Confidence::Sure)),
        ("c", false, None),
    ];
    for (id, correct, confidence) in session {
        answered(&mut p, id, correct, confidence, NOW);
    }
    let answers: Vec<SessionAnswer> = session
        .iter()
        .map(|&(id, correct, confidence)| SessionAnswer {
            id: id.into(),
            correct,
            confidence,
        })
        .collect();
    let recap = Recap::of(&answers, &bank, &p, NOW);
    assert_eq!((recap.right, recap.wrong), (1, 2));
    assert_eq!(recap.lucky_guesses, ["a"]);
    assert_eq!(recap.misconceptions, ["b"]);
    let anchors: Vec<&str> = recap.to_read.iter().map(|l| l.anchor.as_str()).collect();
    assert_eq!(anchors, ["y", "x"], "each section once, in the order met");
    assert_eq!(recap.comes_back.iter().map(|(_, n)| n).sum::<usize>(), 3);
    assert!(
        recap.comes_back.windows(2).all(|w| w[0].0 != w[1].0),
        "grouped: {:?}",
        recap.comes_back
    );
}
