//! The laws that let any two copies of a student's progress combine: merging
//! is commutative, associative and idempotent, loses nothing either copy
//! recorded, and keeps what was removed on purpose removed. Checked on
//! progress generated from random sequences of what a student does, in
//! copies that start from a shared history and then go their own ways (two
//! tabs, two devices, an old export).

use proptest::prelude::*;
use rootcamp_core::Progress;
use rootcamp_core::progress::transfer;
use rootcamp_core::quiz::exam::ExamSession;
use rootcamp_core::quiz::{Answer, Body, Choice, Difficulty, Question};
use rootcamp_core::schedule::Confidence;

const IDS: [&str; 4] = ["q1", "q2", "q3", "q4"];
const PAGES: [&str; 3] = ["root-mfa", "root-vs-iam", "root-password"];

#[derive(Debug, Clone)]
enum Op {
    Answer(usize, usize, bool, Option<Confidence>),
    Read(usize, bool),
    ExamDate(Option<u8>),
    StartExam(u64),
    ExamAnswer(usize, usize),
    Flag(usize),
    GoTo(usize),
    Finish,
    Abandon,
    Expire,
    Clear,
    Tick(i64),
}

fn op() -> impl Strategy<Value = Op> {
    let confidence = prop_oneof![
        Just(None),
        Just(Some(Confidence::Guess)),
        Just(Some(Confidence::Unsure)),
        Just(Some(Confidence::Sure)),
    ];
    prop_oneof![
        6 => (0..IDS.len(), 0..2usize, any::<bool>(), confidence).prop_map(|(q, c, r, conf)| Op::Answer(q, c, r, conf)),
        3 => (0..PAGES.len(), any::<bool>()).prop_map(|(p, r)| Op::Read(p, r)),
        1 => proptest::option::of(1..28u8).prop_map(Op::ExamDate),
        1 => (0..3u64).prop_map(Op::StartExam),
        3 => (0..3usize, 0..2usize).prop_map(|(i, c)| Op::ExamAnswer(i, c)),
        1 => (0..3usize).prop_map(Op::Flag),
        1 => (0..3usize).prop_map(Op::GoTo),
        1 => Just(Op::Finish),
        1 => Just(Op::Abandon),
        1 => Just(Op::Expire),
        1 => Just(Op::Clear),
        3 => (0..400_000i64).prop_map(Op::Tick),
    ]
}

fn bank() -> Vec<Question> {
    IDS.iter()
        .map(|id| Question {
            id: id.to_string(),
            topic: "t".into(),
            domain: 1,
            difficulty: Difficulty::Easy,
            scenario: String::new(),
            links: vec![],
            body: Body::Single {
                options: [true, false]
                    .map(|correct| Choice {
                        text: String::new(),
                        correct,
                        why: String::new(),
                    })
                    .to_vec(),
            },
        })
        .collect()
}

/// Applies `ops` as a student would, on a clock that starts at `clock`.
fn apply(mut p: Progress, ops: &[Op], mut clock: i64) -> Progress {
    let bank = bank();
    for op in ops {
        clock += 1_000;
        match *op {
            Op::Answer(q, c, right, conf) => {
                p.record_answer(IDS[q], Answer::Choices(vec![c]), right, conf, clock)
            }
            Op::Read(page, read) => p.set_read(PAGES[page], read, clock),
            Op::ExamDate(day) => p.set_exam_date(day.map(|d| format!("2027-02-{d:02}")), clock),
            Op::StartExam(seed) => {
                if p.exam().is_none() {
                    let questions = IDS[..3].iter().map(|s| s.to_string()).collect();
                    p.start_exam(ExamSession::new(questions, clock, seed));
                }
            }
            Op::ExamAnswer(i, c) => {
                p.with_exam(|e| e.set_answer(i, Answer::Choices(vec![c]), clock))
            }
            Op::Flag(i) => p.with_exam(|e| e.toggle_flag(i, clock)),
            Op::GoTo(i) => p.with_exam(|e| e.go_to(i, clock)),
            Op::Finish => {
                p.finish_exam(&bank, clock);
            }
            Op::Abandon => p.abandon_exam(),
            Op::Expire => {
                p.finish_expired_exams(&bank, clock);
            }
            Op::Clear => p.clear(),
            Op::Tick(ms) => clock += ms,
        }
    }
    p
}

/// Three copies of one student's progress: a shared history, then each
/// copy's own steps, each on its own clock (devices' clocks disagree).
fn copies() -> impl Strategy<Value = (Progress, Progress, Progress)> {
    let steps = || proptest::collection::vec(op(), 0..12);
    (
        steps(),
        steps(),
        steps(),
        steps(),
        0..3i64,
        0..3i64,
        0..3i64,
    )
        .prop_map(|(shared, a, b, c, ca, cb, cc)| {
            let base = apply(Progress::default(), &shared, 1_000_000);
            let start = 1_000_000 + 500_000 * shared.len() as i64;
            (
                apply(base.clone(), &a, start + ca * 7_000),
                apply(base.clone(), &b, start + cb * 7_000),
                apply(base, &c, start + cc * 7_000),
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn merge_is_commutative((a, b, _) in copies()) {
        prop_assert_eq!(a.merged(&b), b.merged(&a));
    }

    #[test]
    fn merge_is_associative((a, b, c) in copies()) {
        prop_assert_eq!(a.merged(&b).merged(&c), a.merged(&b.merged(&c)));
    }

    #[test]
    fn merge_is_idempotent((a, b, _) in copies()) {
        prop_assert_eq!(a.merged(&a), a.clone());
        let ab = a.merged(&b);
        prop_assert_eq!(ab.merged(&b), ab.clone());
        prop_assert_eq!(ab.merged(&a), ab);
    }

    /// Nothing either copy recorded is lost, unless the other copy cleared
    /// or replaced everything since (a newer generation). A merged copy
    /// absorbs each side: merging either side into it changes nothing.
    #[test]
    fn merge_loses_nothing_recorded((a, b, _) in copies()) {
        let m = a.merged(&b);
        prop_assert_eq!(m.generation(), a.generation().max(b.generation()));
        for side in [&a, &b] {
            prop_assert_eq!(&m.merged(side), &m);
            if side.generation() < m.generation() {
                continue;
            }
            for (id, log) in side.answers() {
                for record in log {
                    prop_assert!(m.answers().get(id).is_some_and(|l| l.contains(record)), "answer {id} {record:?} lost");
                }
            }
            for exam in side.exams() {
                prop_assert!(m.exams().iter().any(|r| r.key() == exam.key()), "exam lost");
            }
            if let (Some(exam), Some(kept)) = (side.exam(), m.exam())
                && exam.key() == kept.key() {
                    for i in 0..exam.questions.len() {
                        prop_assert!(exam.answer(i).is_none() || kept.answer(i).is_some(), "exam answer {i} lost");
                    }
                }
        }
    }

    /// The later of two read marks wins: a mark taken back stays taken back.
    #[test]
    fn a_later_unmark_wins((a, b, _) in copies(), page in 0..PAGES.len()) {
        let mut a = a;
        a.set_read(PAGES[page], false, 99_000_000_000);
        let m = a.merged(&b);
        prop_assert!(m.generation() > a.generation() || !m.is_read(PAGES[page]));
    }

    /// A submitted or abandoned exam never comes back from a copy that still shows it.
    #[test]
    fn an_ended_exam_stays_ended((a, _, _) in copies()) {
        let mut ended = a.clone();
        if let Some(key) = ended.exam().map(ExamSession::key) {
            ended.abandon_exam();
            let m = ended.merged(&a);
            prop_assert!(m.exam().is_none_or(|e| e.key() != key));
        }
    }

    /// Any progress survives its JSON form and its transfer link unchanged.
    #[test]
    fn json_and_transfer_links_round_trip((a, _, _) in copies()) {
        let from_json = Progress::from_json(&a.to_json());
        prop_assert_eq!(from_json.as_ref(), Ok(&a));
        let from_link = transfer::decode(&transfer::encode(&a));
        prop_assert_eq!(from_link.as_ref(), Ok(&a));
    }
}
