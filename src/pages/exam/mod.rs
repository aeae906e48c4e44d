//! `/quiz/exam`: set up, take and submit a timed exam. The exam in progress
//! lives in the saved progress, so a reload or going offline loses nothing.

mod clock;
mod elsewhere;
mod in_progress;
mod setup;

use crate::content::use_content;
use crate::state::{Action, use_app_state};
use in_progress::ExamInProgress;
use setup::ExamSetup;
use yew::prelude::*;

#[component]
pub fn Exam() -> Html {
    let state = use_app_state();
    {
        // An exam whose time ran out while no tab showed it (a laptop that
        // slept past the end) is filed as it stood at its deadline.
        let (state, bank) = (state.clone(), &use_content().questions[..]);
        use_effect_with((), move |_| {
            state.dispatch(Action::finish_expired_exams(bank));
        });
    }
    match state.progress.exam() {
        Some(exam) => html! { <ExamInProgress exam={exam.clone()} /> },
        None => html! { <ExamSetup /> },
    }
}
