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

/// A change to the progress, given the time it is made ([`now_ms`]).
type ProgressChange = Box<dyn FnOnce(&mut Progress, i64)>;

/// A change to the state. Changes to the progress are closures made by the
/// constructors below, so that a build that never makes a change does not
/// carry its code: the reader, which only marks pages read, carries no
/// exam or grading code.
pub(crate) enum Action {
    /// A change to the progress at a time, applied to the stored progress
    /// merged with this tab's.
    Change(ProgressChange),
    /// Catches up with what other tabs stored (a `storage` event, or a page
    /// back from the back/forward cache).
    Sync,
    DismissNotice,
}

impl Action {
    fn change(change: impl FnOnce(&mut Progress, i64) + 'static) -> Self {
        Action::Change(Box::new(change))
    }

    /// Marks a page read, or not.
    pub(crate) fn set_read(slug: String, read: bool) -> Self {
        Self::change(move |p, now| p.set_read(&slug, read, now))
    }

    /// A practice answer: graded, recorded and rescheduled.
    pub(crate) fn answered(
        question: &'static Question,
        answer: Answer,
        confidence: Option<Confidence>,
    ) -> Self {
        Self::change(move |p, now| {
            p.answer(question, answer, confidence, now);
        })
    }

    /// Starts an exam, unless one is under way (in this tab or another).
    pub(crate) fn start_exam(session: ExamSession) -> Self {
        Self::change(move |p, _| {
            if p.exam().is_none() {
                p.start_exam(session)
            }
        })
    }

    pub(crate) fn exam_answer(index: usize, answer: Answer) -> Self {
        Self::change(move |p, now| p.exam_answer(index, answer, now))
    }

    pub(crate) fn exam_flag(index: usize) -> Self {
        Self::change(move |p, now| p.exam_flag(index, now))
    }

    pub(crate) fn exam_goto(index: usize) -> Self {
        Self::change(move |p, now| p.exam_go_to(index, now))
    }

    /// Grades the exam, files it in the history and feeds its answers to the scheduler.
    pub(crate) fn finish_exam(bank: &'static [Question]) -> Self {
        Self::change(move |p, now| {
            p.finish_exam(bank, now);
        })
    }

    /// Files every exam whose time ran out, as it stood at its deadline.
    pub(crate) fn finish_expired_exams(bank: &'static [Question]) -> Self {
        Self::change(move |p, now| {
            p.finish_expired_exams(bank, now);
        })
    }

    pub(crate) fn abandon_exam() -> Self {
        Self::change(|p, _| p.abandon_exam())
    }

    pub(crate) fn set_exam_date(date: Option<String>) -> Self {
        Self::change(move |p, now| p.set_exam_date(date, now))
    }

    /// Merges in imported progress (already checked and previewed).
    pub(crate) fn import(incoming: Progress) -> Self {
        Self::change(move |p, _| *p = p.with_import(&incoming))
    }

    /// Replaces all progress (an import the student chose to replace with, or an undo).
    pub(crate) fn replace(progress: Progress) -> Self {
        Self::change(move |p, _| p.replace_with(&progress))
    }

    pub(crate) fn clear() -> Self {
        Self::change(|p, _| p.clear())
    }
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
            Action::Change(change) => Box::new(move |p| change(p, now)),
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
