//! App-wide state: the student's progress, changed only through [`Action`]s.
//! The `Reducible` impl lives here, in the UI, so the domain never imports yew.

use crate::storage;
use rootcamp_core::Progress;
use rootcamp_core::quiz::exam::ExamSession;
use rootcamp_core::quiz::{Answer, Question};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct AppState {
    pub progress: Progress,
    /// A message the student must see, such as progress that could not be read.
    pub notice: Option<String>,
    /// False when loading found unreadable data that could not be moved aside:
    /// then nothing is saved, so that data is not overwritten.
    pub may_save: bool,
}

pub enum Action {
    SetRead {
        slug: String,
        read: bool,
    },
    /// A practice answer: recorded and rescheduled.
    Answered {
        id: String,
        answer: Answer,
        correct: bool,
        confident: bool,
        now: i64,
    },
    StartExam(ExamSession),
    ExamAnswer {
        index: usize,
        answer: Answer,
    },
    ExamFlag {
        index: usize,
    },
    ExamGoto {
        index: usize,
    },
    /// Grades the exam, files it in the history and feeds its answers to the scheduler.
    FinishExam {
        bank: &'static [Question],
        now: i64,
    },
    SetExamDate(Option<String>),
    /// Replaces all progress (an import that was already checked).
    Replace(Progress),
    DismissNotice,
    Notify(String),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let p = &mut next.progress;
        match action {
            Action::SetRead { slug, read } => p.set_read(&slug, read),
            Action::Answered {
                id,
                answer,
                correct,
                confident,
                now,
            } => p.record_answer(&id, answer, correct, confident, now),
            Action::StartExam(session) => p.exam = Some(session),
            Action::ExamAnswer { index, answer } => {
                if let Some(slot) = p.exam.as_mut().and_then(|e| e.answers.get_mut(index)) {
                    *slot = Some(answer);
                }
            }
            Action::ExamFlag { index } => {
                if let Some(flag) = p.exam.as_mut().and_then(|e| e.flagged.get_mut(index)) {
                    *flag = !*flag;
                }
            }
            Action::ExamGoto { index } => {
                if let Some(exam) = p.exam.as_mut().filter(|e| index < e.questions.len()) {
                    exam.current = index;
                }
            }
            Action::FinishExam { bank, now } => p.finish_exam(bank, now),
            Action::SetExamDate(date) => p.exam_date = date,
            Action::Replace(progress) => *p = progress,
            Action::DismissNotice => next.notice = None,
            Action::Notify(message) => next.notice = Some(message),
        }
        Rc::new(next)
    }
}

impl AppState {
    pub fn load() -> Self {
        let loaded = storage::load();
        AppState {
            progress: loaded.progress,
            notice: loaded.notice,
            may_save: loaded.may_save,
        }
    }
}

pub type StateHandle = UseReducerHandle<AppState>;

/// The app state from the nearest provider (the app provides one at its root).
#[hook]
pub fn use_app_state() -> StateHandle {
    use_context::<StateHandle>().expect("App provides the state context")
}

/// Milliseconds since the Unix epoch, from the browser's clock.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}
