//! The JSON format: round trips, migrations from formats 1 and 2, and what is refused.

use super::*;

#[test]
fn round_trips_in_a_stable_shape() {
    let json = sample().to_json();
    assert_eq!(
        json,
        r#"{"kind":"rootcamp-progress","version":3,"progress":{"read":{"root-mfa":{"at":6,"value":true},"root-vs-iam":{"at":5,"value":true}},"answers":{},"exams":[],"open_exams":[],"abandoned":[],"exam_date":{"at":0,"value":null}}}"#
    );
    assert_eq!(Progress::from_json(&json), Ok(sample()));
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let json = format!("\u{feff}{}", sample().to_json());
    assert_eq!(Progress::from_json(&json), Ok(sample()));
}

#[test]
fn format_1_is_migrated() {
    let v1 = r#"{"kind":"rootcamp-progress","version":1,"progress":{"read":["root-mfa","root-vs-iam"]}}"#;
    let p = Progress::from_json(v1).unwrap();
    assert_eq!(
        p.read_pages().collect::<Vec<_>>(),
        ["root-mfa", "root-vs-iam"]
    );
}

#[test]
fn format_2_is_migrated_with_its_schedules() {
    // Saved by the previous version: q1 answered wrong then right with "I
    // was sure", q2 right without it, an exam in progress and an exam date.
    let mut cards = std::collections::BTreeMap::new();
    let s = Scheduler::default();
    let q1 = s.review(&Card::new(1_000), rating_for(false, None), 1_000);
    let q1 = s.review(&q1, rating_for(true, Some(Confidence::Sure)), 900_000);
    let q2 = s.review(&Card::new(2_000), rating_for(true, None), 2_000);
    cards.insert("q1", q1.clone());
    cards.insert("q2", q2.clone());
    let v2 = format!(
        r#"{{"kind":"rootcamp-progress","version":2,"progress":{{"read":["root-mfa"],
        "answers":{{"q1":[{{"at":1000,"correct":false,"answer":{{"Choices":[1]}}}},{{"at":900000,"correct":true,"answer":{{"Choices":[0]}}}}],
                    "q2":[{{"at":2000,"correct":true,"answer":{{"Choices":[0]}}}}]}},
        "cards":{},
        "exams":[{{"started_at":1,"finished_at":2,"seed":3,"questions":["q1"],"answers":[null],"correct":0,"total":1}}],
        "exam":{{"started_at":10,"seed":4,"questions":["q1","q2"],"answers":[{{"Choices":[0]}},null],"flagged":[false,true],"current":1}},
        "exam_date":"2027-01-15"}}}}"#,
        serde_json::to_string(&cards).unwrap()
    );
    let p = Progress::from_json(&v2).unwrap();
    assert_eq!(p.cards()["q1"], q1, "the sure answer is recovered");
    assert_eq!(p.cards()["q2"], q2);
    assert_eq!(
        p.answers()["q1"][1].confidence,
        Some(Confidence::Sure),
        "{:?}",
        p.answers()
    );
    assert_eq!(p.answers()["q2"][0].confidence, None);
    assert!(p.is_read("root-mfa"));
    assert_eq!(p.exam_date(), Some("2027-01-15"));
    assert_eq!(p.exams().len(), 1);
    let exam = p.exam().unwrap();
    assert_eq!(
        (
            exam.answer(0),
            exam.answer(1),
            exam.is_flagged(1),
            exam.current()
        ),
        (Some(&choice(0)), None, true, 1)
    );
    assert_eq!(Progress::from_json(&p.to_json()), Ok(p));
}

#[test]
fn refuses_what_it_cannot_read_with_the_reason() {
    let cases = [
        (
            "{not json",
            "it is not valid JSON (key must be a string at line 1 column 2)",
        ),
        (r#"{"read":[]}"#, "it is not a Rootcamp progress file"),
        (
            r#"{"kind":"other","version":1,"progress":{}}"#,
            "it is not a Rootcamp progress file",
        ),
        (
            r#"{"kind":"rootcamp-progress","version":9,"progress":{}}"#,
            "it was saved by a newer version of Rootcamp (format 9; this version reads up to 3)",
        ),
        (
            r#"{"kind":"rootcamp-progress","version":1,"progress":{"read":"all"}}"#,
            "its contents do not match progress format 1: invalid type: string \"all\", expected a sequence",
        ),
        (
            r#"{"kind":"rootcamp-progress","version":2,"progress":{"read":[],"extra":1}}"#,
            "its contents do not match progress format 2: unknown field `extra`, expected one of `read`, `answers`, `cards`, `exams`, `exam`, `exam_date`",
        ),
        (
            r#"{"kind":"rootcamp-progress","version":2,"progress":{"exam":{"started_at":0,"seed":1,"questions":["a","b"],"answers":[null],"flagged":[false,false],"current":0}}}"#,
            "its contents do not match progress format 2: the exam in progress has 2 questions but 1 answers",
        ),
        (
            r#"{"kind":"rootcamp-progress","version":2,"progress":{"exam":{"started_at":0,"seed":1,"questions":["a"],"answers":[null],"flagged":[],"current":0}}}"#,
            "its contents do not match progress format 2: the exam in progress has 1 questions but 0 flags",
        ),
        (
            r#"{"kind":"rootcamp-progress","version":2,"progress":{"exams":[{"started_at":1,"finished_at":2,"seed":3,"questions":["q1"],"answers":[{"Choices":[0]}],"correct":5,"total":1}]}}"#,
            "its contents do not match progress format 2: a finished exam counts 5 right answers but only 1 were given",
        ),
        (
            r#"{"kind":"rootcamp-progress","version":3,"progress":{"exams":[{"started_at":1,"finished_at":2,"seed":3,"questions":["q1"],"answers":[null],"correct":0,"total":4}]}}"#,
            "its contents do not match progress format 3: a finished exam has 1 questions but counts 4 in all",
        ),
        (
            r#"{"kind":"rootcamp-progress","version":3,"progress":{"exams":[{"started_at":5,"finished_at":2,"seed":3,"questions":[],"answers":[],"correct":0,"total":0}]}}"#,
            "its contents do not match progress format 3: a finished exam ends before it starts",
        ),
        (
            r#"{"kind":"rootcamp-progress","version":0,"progress":{}}"#,
            "its contents do not match progress format 0: no such format was ever written",
        ),
    ];
    for (input, reason) in cases {
        assert_eq!(
            Progress::from_json(input).unwrap_err().to_string(),
            reason,
            "for {input}"
        );
    }
}

#[test]
fn missing_sections_default_to_empty() {
    let p =
        Progress::from_json(r#"{"kind":"rootcamp-progress","version":1,"progress":{}}"#).unwrap();
    assert_eq!(p, Progress::default());
    let p =
        Progress::from_json(r#"{"kind":"rootcamp-progress","version":3,"progress":{}}"#).unwrap();
    assert_eq!(p, Progress::default());
}
