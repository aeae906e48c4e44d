//! A practice session on the host: what the address asks for, the queue
//! that follows, and stepping through it with grading in core.

use rootcamp_core::Progress;
mod common;

use common::question;
use rootcamp_core::quiz::{Answer, Question};
use rootcamp_core::schedule::Confidence;
use rootcamp_core::study::{PracticeMode, PracticePlan, PracticeSession, SessionLength};

fn bank() -> Vec<Question> {
    let mut bank = Vec::new();
    for topic in ["a", "b"] {
        for n in 0..15 {
            bank.push(question(&format!("{topic}-{n:02}"), topic));
        }
    }
    bank
}

fn plan(
    topics: Option<&str>,
    q: Option<&str>,
    mode: Option<&str>,
    n: Option<&str>,
) -> Result<PracticePlan, String> {
    PracticePlan::from_query(topics, q, mode, n)
}

#[test]
fn the_address_says_what_to_practise_and_nonsense_is_refused_with_the_reason() {
    assert_eq!(
        plan(None, None, None, None),
        Ok(PracticePlan {
            mode: PracticeMode::All,
            length: SessionLength::Questions(10)
        })
    );
    assert_eq!(
        plan(Some("a,b"), None, None, Some("all")),
        Ok(PracticePlan {
            mode: PracticeMode::Topics(vec!["a".into(), "b".into()]),
            length: SessionLength::All
        })
    );
    assert_eq!(
        plan(None, None, Some("due"), None),
        Ok(PracticePlan {
            mode: PracticeMode::Due,
            length: SessionLength::All
        }),
        "a list is practised whole"
    );
    assert_eq!(
        plan(None, Some("a-01"), None, Some("20")).map(|p| p.mode),
        Ok(PracticeMode::From("a-01".into()))
    );
    assert_eq!(
        plan(None, None, Some("later"), None),
        Err("there is no practice mode \"later\": use mistakes or due".into())
    );
    assert_eq!(
        plan(None, None, None, Some("0")),
        Err("the session length must be a number of questions or all, not \"0\"".into())
    );
    assert_eq!(
        plan(None, None, None, Some("ten")),
        Err("the session length must be a number of questions or all, not \"ten\"".into())
    );
    assert_eq!(
        plan(Some("a"), None, Some("due"), None),
        Err("the due list cannot be combined with a topic or a question".into())
    );
}

#[test]
fn the_queue_follows_the_plan() {
    let bank = bank();
    let progress = Progress::default();
    let ids = |plan: PracticePlan| -> Vec<String> {
        plan.queue(&bank, &progress, 0, 5)
            .iter()
            .map(|q| q.id.clone())
            .collect()
    };
    let all = ids(plan(None, None, None, Some("all")).unwrap());
    assert_eq!(all.len(), 30);
    assert_eq!(
        ids(plan(None, None, None, None).unwrap()).len(),
        10,
        "ten by default"
    );
    let topic = ids(plan(Some("b"), None, None, Some("all")).unwrap());
    assert!(
        topic.len() == 15 && topic.iter().all(|id| id.starts_with("b-")),
        "{topic:?}"
    );
    let from = ids(plan(None, Some("a-07"), None, Some("all")).unwrap());
    assert_eq!(from[0], "a-07");
    assert!(
        from.len() == 15 && from.iter().all(|id| id.starts_with("a-")),
        "{from:?}"
    );
    assert!(
        ids(plan(None, Some("gone"), None, None).unwrap()).is_empty(),
        "a question no longer in the bank"
    );
    assert!(
        ids(plan(None, None, Some("mistakes"), None).unwrap()).is_empty(),
        "no mistakes yet"
    );
}

#[test]
fn a_session_grades_each_answer_keeps_it_for_the_recap_and_ends() {
    let bank = bank();
    let queue: Vec<&Question> = bank.iter().take(2).collect();
    let mut session = PracticeSession::new(queue, 3);
    assert_eq!(session.position(), (1, 2));
    assert!(!session.can_check(), "nothing chosen yet");
    assert_eq!(session.check(), None);
    session.set_answer(Answer::Choices(vec![0]));
    session.toggle_confidence(Confidence::Guess);
    let checked = session.check().expect("an answer to check");
    assert!(checked.correct);
    assert_eq!(checked.confidence, Some(Confidence::Guess));
    assert_eq!(session.check(), None, "checked once");
    session.set_answer(Answer::Choices(vec![1]));
    assert_eq!(
        session.answer(),
        &Answer::Choices(vec![0]),
        "a checked answer stays"
    );

    session.next();
    assert_eq!((session.position(), session.confidence()), ((2, 2), None));
    assert_eq!(session.answer(), &Answer::Choices(vec![]), "a fresh answer");
    session.set_answer(Answer::Choices(vec![2]));
    assert!(!session.check().unwrap().correct);
    assert_eq!(session.right(), 1);
    assert!(!session.has_next());
    session.next();
    assert!(session.is_over() && session.current().is_none());
    assert_eq!(session.answers().len(), 2);

    let mut early = PracticeSession::new(bank.iter().collect(), 3);
    early.end();
    assert!(early.is_over() && early.answers().is_empty());
}

#[test]
fn progress_grades_the_answers_it_records() {
    let bank = bank();
    let mut progress = Progress::default();
    assert!(progress.answer(&bank[0], Answer::Choices(vec![0]), None, 10));
    assert!(!progress.answer(
        &bank[1],
        Answer::Choices(vec![3]),
        Some(Confidence::Sure),
        20
    ));
    assert_eq!(progress.recent_mistakes(), ["a-01"]);
    assert!(progress.answers()["a-00"][0].correct);
}

#[test]
fn lucky_guesses_and_confident_mistakes_follow_the_latest_answer() {
    let bank = bank();
    let mut p = Progress::default();
    let right = || Answer::Choices(vec![0]);
    let wrong = || Answer::Choices(vec![1]);
    p.answer(&bank[0], right(), Some(Confidence::Guess), 10);
    p.answer(&bank[1], wrong(), Some(Confidence::Sure), 20);
    p.answer(&bank[2], right(), Some(Confidence::Guess), 30);
    p.answer(&bank[3], wrong(), None, 40);
    assert_eq!(p.lucky_guesses(), ["a-02", "a-00"], "most recent first");
    assert_eq!(p.confident_mistakes(), ["a-01"]);
    // Answered again, and known: no longer a lucky guess.
    p.answer(&bank[0], right(), Some(Confidence::Sure), 50);
    assert_eq!(p.lucky_guesses(), ["a-02"]);
}

/// Every new student's first session is the same, so the build can render
/// its first question; once the student has answered, sessions are
/// shuffled by the time they start. Reading a page is not answering.
#[test]
fn new_students_share_a_first_session_and_answering_makes_each_session_new() {
    use rootcamp_core::study::{FIRST_SESSION_SEED, session_seed};
    let bank = bank();
    let all = plan(None, None, None, None).unwrap();
    let mut progress = Progress::default();
    progress.set_read("a", true, 5);
    let first = |now| {
        let seed = session_seed(&progress, now);
        all.queue(&bank, &progress, now, seed)
            .iter()
            .map(|q| q.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(session_seed(&progress, 1_000), FIRST_SESSION_SEED);
    assert_eq!(
        first(1_000),
        first(9_000_000),
        "the same first session at any time"
    );

    progress.answer(&bank[0], Answer::Choices(vec![0]), None, 10);
    assert_eq!(session_seed(&progress, 1_000), 1_000);
    assert_ne!(
        all.queue(&bank, &progress, 1_000, session_seed(&progress, 1_000)),
        all.queue(&bank, &progress, 2_000, session_seed(&progress, 2_000)),
        "two later sessions are shuffled apart"
    );
}
