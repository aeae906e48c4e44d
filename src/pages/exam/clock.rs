//! The exam's clock.

use crate::state::now_ms;
use gloo::timers::callback::Interval;
use rootcamp_core::quiz::exam::ExamSession;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct ClockProps {
    pub exam: ExamSession,
    pub on_over: Callback<()>,
}

/// The time left, ticking each second on its own (the rest of the exam page
/// does not redraw with it); submits the exam when time runs out.
#[component]
pub(super) fn ExamClock(props: &ClockProps) -> Html {
    let now = use_state(now_ms);
    {
        let now = now.clone();
        use_effect_with((), move |_| {
            let tick = Interval::new(1_000, move || now.set(now_ms()));
            move || drop(tick)
        });
    }
    let remaining = props.exam.remaining_ms(*now);
    {
        let on_over = props.on_over.clone();
        use_effect_with(remaining == 0, move |over| {
            if *over {
                on_over.emit(());
            }
        });
    }
    let minutes = remaining / 60_000;
    let seconds = remaining / 1_000 % 60;
    html! {
        <p class="timer" role="timer" aria-label="Time left">{ format!("{minutes}:{seconds:02} left") }</p>
    }
}
