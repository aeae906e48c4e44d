//! Keeps this tab's progress in step with the others.

use crate::state::{Action, StateHandle};
use crate::storage;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{PageTransitionEvent, StorageEvent};
use yew::prelude::*;

/// Catches up with what other tabs stored: on their `storage` events (the
/// due count, read marks and mastery update without a reload), and when the
/// page comes back from the back/forward cache with its old state, before
/// the student can change anything.
#[hook]
pub fn use_progress_sync(state: &StateHandle) {
    let state = state.clone();
    use_effect_with((), move |_| {
        let window = gloo::utils::window();
        let on_storage = {
            let state = state.clone();
            EventListener::new(&window, "storage", move |event| {
                let key = event.dyn_ref::<StorageEvent>().and_then(StorageEvent::key);
                // No key: the whole storage was cleared.
                if key.is_none_or(|k| k == storage::KEY) {
                    state.dispatch(Action::Sync);
                }
            })
        };
        let on_show = EventListener::new(&window, "pageshow", move |event| {
            if event
                .dyn_ref::<PageTransitionEvent>()
                .is_some_and(PageTransitionEvent::persisted)
            {
                state.dispatch(Action::Sync);
            }
        });
        move || drop((on_storage, on_show))
    });
}
