//! App-wide state: the student's progress, changed only through [`Action`]s.
//! The `Reducible` impl lives here, in the UI, so the domain never imports yew.

use crate::storage;
use rootcamp_core::Progress;
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
    SetRead { slug: String, read: bool },
    DismissNotice,
    Notify(String),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetRead { slug, read } => next.progress.set_read(&slug, read),
            Action::DismissNotice => next.notice = None,
            Action::Notify(message) => next.notice = Some(message),
        }
        Rc::new(next)
    }
}

impl AppState {
    pub fn load() -> Self {
        let loaded = storage::load();
        AppState { progress: loaded.progress, notice: loaded.notice, may_save: loaded.may_save }
    }
}

pub type StateHandle = UseReducerHandle<AppState>;

/// The app state from the nearest provider (the app provides one at its root).
#[hook]
pub fn use_app_state() -> StateHandle {
    use_context::<StateHandle>().expect("App provides the state context")
}
