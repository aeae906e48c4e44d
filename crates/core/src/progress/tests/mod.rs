//! Tests of the progress model: answers, exams, merging, import. The JSON
//! format is tested in `format.rs`; merge laws on generated progress are in
//! `tests/progress_merge.rs`.

use super::*;

fn sample() -> Progress {
    let mut p = Progress::default();
    p.set_read("root-vs-iam", true, 5);
    p.set_read("root-mfa", true, 6);
    p
}

fn question(id: &str) -> Question {
    crate::quiz::test_question(id, "t", &[true, false])
}

fn choice(i: usize) -> Answer {
    Answer::Choices(vec![i])
}

mod format;

#[test]
fn answers_schedule_questions_and_mistakes_are_listed_latest_first() {
    let mut p = Progress::default();
    p.record_answer("q1", choice(0), false, None, 1_000);
    p.record_answer("q2", choice(1), false, None, 2_000);
    p.record_answer("q3", choice(1), true, Some(Confidence::Sure), 3_000);
    assert_eq!(p.recent_mistakes(), ["q2", "q1"]);
    p.record_answer("q1", choice(1), true, None, 4_000);
    assert_eq!(p.recent_mistakes(), ["q2"], "answered right since");
    assert_eq!(p.answers()["q1"].len(), 2, "every answer is kept");
    assert!(
        p.cards()["q3"].due > p.cards()["q2"].due,
        "a sure right answer comes back later than a wrong one"
    );
    assert_eq!(p.mastery(["q1", "q2", "q3", "never"]), (2, 4));
    assert_eq!(Progress::from_json(&p.to_json()), Ok(p));
}

#[test]
fn a_lucky_guess_comes_back_sooner_than_a_known_answer() {
    let mut p = Progress::default();
    p.record_answer("guessed", choice(0), true, Some(Confidence::Guess), 1_000);
    p.record_answer("known", choice(0), true, Some(Confidence::Sure), 1_000);
    assert!(p.cards()["guessed"].due < p.cards()["known"].due);
}

#[test]
fn finishing_an_exam_files_it_and_schedules_what_was_answered() {
    let bank = [question("q1"), question("q2"), question("q3")];
    let mut p = Progress::default();
    p.start_exam(ExamSession::new(
        vec!["q1".into(), "q2".into(), "q3".into()],
        1_000,
        1,
    ));
    p.with_exam(|e| {
        e.set_answer(0, choice(0), 2_000);
        e.set_answer(1, choice(1), 3_000);
        e.toggle_flag(2, 3_500);
    });
    assert_eq!(p.finish_exam(&bank, 9_000), Some(0));
    assert!(p.exam().is_none(), "the exam is over");
    let record = &p.exams()[0];
    assert_eq!(
        (
            record.correct,
            record.total,
            record.flagged_count(),
            record.time_used_ms()
        ),
        (1, 3, 1, 8_000)
    );
    assert_eq!(p.recent_mistakes(), ["q2"]);
    assert!(
        p.cards().contains_key("q1") && !p.cards().contains_key("q3"),
        "an unanswered question is not scheduled"
    );
    assert_eq!(p.finish_exam(&bank, 10_000), None, "nothing to finish");
    assert_eq!(p.exams().len(), 1);
}

#[test]
fn an_exam_whose_time_ran_out_is_filed_once_as_it_stood_at_the_deadline() {
    let bank = [question("q1")];
    let mut tab_a = Progress::default();
    tab_a.start_exam(ExamSession::new(vec!["q1".into()], 0, 7));
    tab_a.with_exam(|e| e.set_answer(0, choice(0), 1_000));
    let mut tab_b = tab_a.clone();
    assert_eq!(tab_a.finish_expired_exams(&bank, 60_000), 0, "time is left");
    // Both tabs wake long after the two-minute deadline.
    assert_eq!(tab_a.finish_expired_exams(&bank, 3_600_000), 1);
    assert_eq!(tab_b.finish_expired_exams(&bank, 7_200_000), 1);
    assert_eq!(tab_a, tab_b, "both tabs filed the same record");
    tab_a.merge(&tab_b);
    assert_eq!(tab_a.exams().len(), 1);
    assert_eq!(tab_a.exams()[0].finished_at, 120_000);
    assert_eq!(tab_a.answers()["q1"].len(), 1, "its answer counts once");
}

#[test]
fn moving_the_clock_back_gives_the_exam_no_time() {
    let mut exam = ExamSession::new(vec!["q1".into(), "q2".into()], 0, 1);
    exam.set_answer(0, choice(0), 60_000);
    assert_eq!(exam.remaining_ms(60_000), 180_000);
    assert_eq!(
        exam.remaining_ms(60_000 - 3_600_000),
        180_000,
        "an hour back adds nothing"
    );
}

#[test]
fn an_abandoned_exam_stays_closed_in_a_tab_that_still_shows_it() {
    let mut tab_a = Progress::default();
    tab_a.start_exam(ExamSession::new(vec!["q1".into()], 0, 7));
    let mut tab_b = tab_a.clone();
    tab_a.abandon_exam();
    tab_b.with_exam(|e| e.set_answer(0, choice(0), 10));
    tab_b.merge(&tab_a);
    assert!(tab_b.exam().is_none());
    assert!(tab_b.exams().is_empty(), "abandoned, not graded");
}

#[test]
fn marking_unread_wins_over_the_older_mark_in_another_copy() {
    let mut p = sample();
    let stale = p.clone();
    p.set_read("root-mfa", false, 10);
    assert!(!p.is_read("root-mfa") && p.is_read("root-vs-iam"));
    assert!(!p.merged(&stale).is_read("root-mfa"));
    assert!(!stale.merged(&p).is_read("root-mfa"));
}

#[test]
fn a_change_made_on_a_clock_behind_still_wins_here() {
    let mut p = Progress::default();
    p.set_read("a", true, 1_000);
    p.set_read("a", false, 500);
    assert!(!p.is_read("a"));
    p.set_exam_date(Some("2027-01-01".into()), 2_000);
    p.set_exam_date(None, 100);
    assert_eq!(p.exam_date(), None);
}

#[test]
fn clearing_stays_cleared_when_a_stale_copy_comes_back() {
    let mut p = sample();
    p.record_answer("q1", choice(0), true, None, 10);
    let stale = p.clone();
    p.clear();
    assert!(!p.has_progress());
    assert_eq!(p.merged(&stale), p);
    assert_eq!(stale.merged(&p), p);
    p.record_answer("q2", choice(0), true, None, 20);
    assert_eq!(p.merged(&stale).answers().len(), 1, "only what came after");
}

#[test]
fn import_previews_what_it_adds_and_keeps_both_sides() {
    let mut here = sample();
    here.record_answer("q1", choice(0), true, None, 10);
    let mut file = Progress::default();
    file.record_answer("q1", choice(0), true, None, 10);
    file.record_answer("q2", choice(0), false, None, 20);
    file.record_answer("q2", choice(1), true, None, 30);
    file.set_read("root-password", true, 40);
    file.clear(); // a file from a device whose progress was cleared once
    file.record_answer("q3", choice(0), true, None, 50);
    file.set_read("root-password", true, 60);
    let summary = here.import_summary(&file);
    assert_eq!(
        summary.to_string(),
        "1 answer, 1 page read; nothing will be removed"
    );
    let after = here.with_import(&file);
    assert_eq!(after.answers().len(), 2);
    assert!(after.is_read("root-mfa") && after.is_read("root-password"));
    assert_eq!(
        after.import_summary(&file).to_string(),
        "nothing new: all of it is already in your progress"
    );
    let mut unread = Progress::default();
    unread.set_read("root-mfa", false, 100);
    assert_eq!(
        here.import_summary(&unread).to_string(),
        "nothing to add; 1 page will be marked unread, as the file unmarked it later"
    );
}

#[test]
fn replacing_starts_a_generation_that_stale_tabs_cannot_undo() {
    let mut here = sample();
    let stale = here.clone();
    let mut file = Progress::default();
    file.record_answer("q9", choice(0), true, None, 1);
    here.replace_with(&file);
    assert!(!here.is_read("root-mfa"));
    assert_eq!(here.merged(&stale), here);
    assert_eq!(here.answers().len(), 1);
}
