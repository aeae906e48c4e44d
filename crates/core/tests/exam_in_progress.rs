//! The exam in progress, changed through the progress as the app's reducer does.

use rootcamp_core::Progress;
use rootcamp_core::quiz::exam::ExamSession;
mod common;

use common::question;
use rootcamp_core::quiz::Answer;

#[test]
fn answers_flags_and_moves_reach_the_exam_and_its_record() {
    let bank = vec![question("a", "t"), question("b", "t"), question("c", "t")];
    let mut p = Progress::default();
    p.exam_answer(0, Answer::Choices(vec![0]), 5);
    assert!(p.exam().is_none(), "no exam in progress: nothing changes");
    p.start_exam(ExamSession::new(
        vec!["a".into(), "b".into(), "c".into()],
        10,
        1,
    ));
    p.exam_answer(0, Answer::Choices(vec![0]), 20);
    p.exam_answer(1, Answer::Choices(vec![2]), 21);
    p.exam_flag(1, 22);
    p.exam_go_to(2, 23);
    let exam = p.exam().unwrap();
    assert_eq!(
        (exam.answered(), exam.is_flagged(1), exam.current()),
        (2, true, 2)
    );
    p.exam_flag(1, 24);
    assert!(!p.exam().unwrap().is_flagged(1), "flagging again unflags");
    p.exam_flag(2, 25);
    assert_eq!(p.finish_exam(&bank, 30), Some(0));
    let record = &p.exams()[0];
    assert_eq!(
        (record.correct, record.total, record.flagged_count()),
        (1, 3, 1)
    );
    assert!(p.exam().is_none());
}
