//! Writes progress to the browser's storage whenever it changes.

use crate::state::{Action, StateHandle};
use crate::storage;
use yew::prelude::*;

/// Saves whenever progress changes; what was just loaded needs no writing back.
/// A failed save is reported, never silent.
#[hook]
pub fn use_saved_progress(state: &StateHandle) {
    // The effect runs first for what was loaded, then once per change.
    let loaded = use_mut_ref(|| true);
    let state = state.clone();
    use_effect_with(state.progress.clone(), move |progress| {
        if loaded.replace(false) {
            return;
        }
        if state.may_save
            && let Err(why) = storage::save(progress)
        {
            state.dispatch(Action::Notify(format!(
                "Your progress could not be saved: {why}."
            )));
        }
    });
}
