//! App-wide state: the student's progress, changed only through [`Action`]s.
//! The `Reducible` impl lives here, in the UI, so the domain never imports yew.
//!
//! Each change is applied to the stored progress merged with this tab's
//! ([`storage::commit`]), never to this tab's copy alone, so that a tab
//! opened long ago cannot write over what other tabs did since.

use crate::storage::{self, SaveError};
use rootcamp_core::Progress;
use rootcamp_core::quiz::exam::ExamSession;
use rootcamp_core::quiz::{Answer, Question};
use rootcamp_core::schedule::Confidence;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub(crate) struct AppState {
    pub progress: Progress,
    /// A message the student must see, such as progress that could not be read.
    pub notice: Option<String>,
    /// False when loading found unreadable data that could not be moved aside:
    /// then nothing is saved, so that data is not overwritten.
    pub may_save: bool,
    /// Whether the student was told that saving failed: they are told once.
    pub told_save_failed: bool,
}

pub(crate) enum Action {
    SetRead {
        slug: String,
        read: bool,
    },
    /// A practice answer: graded, recorded and rescheduled.
    Answered {
        question: &'static Question,
        answer: Answer,
        confidence: Option<Confidence>,
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
    },
    /// Files every exam whose time ran out, as it stood at its deadline.
    FinishExpiredExams {
        bank: &'static [Question],
    },
    AbandonExam,
    SetExamDate(Option<String>),
    /// Merges in imported progress (already checked and previewed).
    Import(Progress),
    /// Replaces all progress (an import the student chose to replace with, or an undo).
    Replace(Progress),
    Clear,
    /// Catches up with what other tabs stored (a `storage` event, or a page
    /// back from the back/forward cache).
    Sync,
    DismissNotice,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let now = now_ms();
        let change: Box<dyn FnOnce(&mut Progress)> = match action {
            Action::DismissNotice => {
                next.notice = None;
                return Rc::new(next);
            }
            Action::SetRead { slug, read } => Box::new(move |p| p.set_read(&slug, read, now)),
            Action::Answered {
                question,
                answer,
                confidence,
            } => Box::new(move |p| {
                p.answer(question, answer, confidence, now);
            }),
            Action::StartExam(session) => Box::new(move |p| {
                if p.exam().is_none() {
                    p.start_exam(session)
                }
            }),
            Action::ExamAnswer { index, answer } => {
                Box::new(move |p| p.exam_answer(index, answer, now))
            }
            Action::ExamFlag { index } => Box::new(move |p| p.exam_flag(index, now)),
            Action::ExamGoto { index } => Box::new(move |p| p.exam_go_to(index, now)),
            Action::FinishExam { bank } => Box::new(move |p| {
                p.finish_exam(bank, now);
            }),
            Action::FinishExpiredExams { bank } => Box::new(move |p| {
                p.finish_expired_exams(bank, now);
            }),
            Action::AbandonExam => Box::new(Progress::abandon_exam),
            Action::SetExamDate(date) => Box::new(move |p| p.set_exam_date(date, now)),
            Action::Import(incoming) => Box::new(move |p| *p = p.with_import(&incoming)),
            Action::Replace(progress) => Box::new(move |p| p.replace_with(&progress)),
            Action::Clear => Box::new(Progress::clear),
            Action::Sync => Box::new(|_| {}),
        };
        if !next.may_save {
            change(&mut next.progress);
            return Rc::new(next);
        }
        let (progress, saved) = storage::commit(&next.progress, change);
        next.progress = progress;
        match saved {
            Ok(()) => storage::snapshot(&next.progress, now),
            Err(why) if !next.told_save_failed => {
                next.told_save_failed = true;
                next.notice = Some(save_failed(&why));
            }
            Err(_) => {}
        }
        if next == *self {
            return self;
        }
        Rc::new(next)
    }
}

fn save_failed(why: &SaveError) -> String {
    format!(
        "Your progress could not be saved: {why}. What was saved before is unchanged, and this tab keeps your new answers until it is closed: export them from the Progress page to keep them."
    )
}

impl AppState {
    /// A first visit, as the build pre-renders pages: no progress, and
    /// nothing saved (there is no storage at build time).
    pub(crate) fn first_visit() -> Self {
        AppState {
            progress: Progress::default(),
            notice: None,
            may_save: false,
            told_save_failed: false,
        }
    }

    pub(crate) fn load() -> Self {
        let loaded = storage::load();
        AppState {
            progress: loaded.progress,
            notice: loaded.notice,
            may_save: loaded.may_save,
            told_save_failed: false,
        }
    }
}

pub(crate) type StateHandle = UseReducerHandle<AppState>;

/// The app state from the nearest provider (the app provides one at its root).
#[hook]
pub fn use_app_state() -> StateHandle {
    use_context::<StateHandle>().expect("App provides the state context")
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The wall clock when this tab's monotonic clock started, and the latest reading.
    static CLOCK: std::cell::Cell<Option<f64>> = const { std::cell::Cell::new(None) };
}

/// Milliseconds since the Unix epoch, from the browser's clock, never going
/// back while this tab is open: a device clock moved back is ignored, so the
/// exam timer cannot be stretched (time spent asleep still counts).
#[cfg(target_arch = "wasm32")]
pub(crate) fn now_ms() -> i64 {
    let wall = js_sys::Date::now();
    let since_start = web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now());
    let Some(elapsed) = since_start else {
        return wall as i64;
    };
    let origin = CLOCK.get().unwrap_or_else(|| {
        let origin = wall - elapsed;
        CLOCK.set(Some(origin));
        origin
    });
    wall.max(origin + elapsed) as i64
}

/// Milliseconds since the Unix epoch. When the build pre-renders pages on
/// the host, the clock is the host's: the time the page is rendered.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}
