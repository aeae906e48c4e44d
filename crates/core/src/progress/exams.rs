//! The exams in a student's progress: starting one, changing the one in
//! progress, and filing it (submitted, timed out or abandoned).

use super::Progress;
use crate::quiz::exam::ExamSession;
use crate::quiz::{Answer, Question};

impl Progress {
    /// Starts an exam; one already in progress stays open behind it.
    pub fn start_exam(&mut self, session: ExamSession) {
        self.open_exams.push(session);
        self.normalize();
    }

    /// Changes the exam in progress, if there is one.
    pub fn with_exam(&mut self, change: impl FnOnce(&mut ExamSession)) {
        if let Some(exam) = self.open_exams.last_mut() {
            change(exam);
        }
    }

    /// Answers question `index` of the exam in progress.
    pub fn exam_answer(&mut self, index: usize, answer: Answer, now: i64) {
        self.with_exam(|e| e.set_answer(index, answer, now));
    }

    /// Flags question `index` of the exam in progress for review, or unflags it.
    pub fn exam_flag(&mut self, index: usize, now: i64) {
        self.with_exam(|e| e.toggle_flag(index, now));
    }

    /// Shows question `index` of the exam in progress.
    pub fn exam_go_to(&mut self, index: usize, now: i64) {
        self.with_exam(|e| e.go_to(index, now));
    }

    /// Ends the exam in progress, if any: grades it against `bank`, files it
    /// in the history and feeds each answered question to the scheduler.
    /// Returns the record's position in [`exams`](Self::exams).
    pub fn finish_exam(&mut self, bank: &[Question], now: i64) -> Option<usize> {
        let exam = self.open_exams.pop()?;
        Some(self.file_exam(&exam, bank, now))
    }

    /// Finishes every exam in progress whose time ran out by `now`, as it
    /// stood then: a laptop that slept past the end, or a tab left open.
    /// Every tab that does this files the same record, so it counts once.
    pub fn finish_expired_exams(&mut self, bank: &[Question], now: i64) -> usize {
        let (expired, open): (Vec<_>, Vec<_>) = std::mem::take(&mut self.open_exams)
            .into_iter()
            .partition(|exam| exam.remaining_ms(now) == 0);
        self.open_exams = open;
        for exam in &expired {
            self.file_exam(exam, bank, now);
        }
        expired.len()
    }

    fn file_exam(&mut self, exam: &ExamSession, bank: &[Question], now: i64) -> usize {
        let grades = exam.grades(bank);
        let record = exam.finish_graded(&grades, now);
        for (i, grade) in grades.into_iter().enumerate() {
            if let (Some(answer), Some(correct)) = (exam.answer(i), grade) {
                self.record_answer(
                    &exam.questions[i],
                    answer.clone(),
                    correct,
                    None,
                    record.finished_at,
                );
            }
        }
        let key = record.key();
        self.exams.push(record);
        self.normalize();
        self.exams
            .iter()
            .position(|r| r.key() == key)
            .unwrap_or(self.exams.len() - 1)
    }

    /// Closes the exam in progress without grading it.
    pub fn abandon_exam(&mut self) {
        if let Some(exam) = self.open_exams.pop() {
            self.abandoned.insert(exam.key());
        }
    }
}
