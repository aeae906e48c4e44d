//! A message the student must not miss, such as progress that could not be read.

use crate::state::{Action, use_app_state};
use yew::prelude::*;

#[component]
pub fn Notice() -> Html {
    let state = use_app_state();
    let Some(message) = state.notice.clone() else {
        return Html::default();
    };
    let dismiss = Callback::from(move |_| state.dispatch(Action::DismissNotice));
    html! {
        <div class="notice" role="alert">
            <p>{ message }</p>
            <button type="button" onclick={dismiss}>{ "Dismiss" }</button>
        </div>
    }
}
