//! The end of a practice session: how it went, what comes back when, and what to read.

use crate::app::Route;
use crate::content::use_content;
use crate::state::{now_ms, use_app_state};
use crate::text::count;
use rootcamp_core::study::{Recap, SessionAnswer};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub(crate) struct Props {
    pub answers: Vec<SessionAnswer>,
}

#[component]
pub(crate) fn SessionRecap(props: &Props) -> Html {
    let state = use_app_state();
    let bank = &use_content().questions;
    let recap = Recap::of(&props.answers, bank, &state.progress, now_ms());
    let total = recap.right + recap.wrong;
    html! {
        <section class="recap" aria-labelledby="recap-title">
            <h1 id="recap-title">{ "Session recap" }</h1>
            <p class="score" role="status">{ format!("{} of {} right", recap.right, total) }</p>
            <ul class="recap-figures">
                <li>{ format!("{} wrong", recap.wrong) }</li>
                <li>{ count(recap.lucky_guesses.len(), "lucky guess", "lucky guesses") }
                    if !recap.lucky_guesses.is_empty() { { " (right, but you said it was a guess: they come back sooner)" } }</li>
                <li>{ count(recap.misconceptions.len(), "confident mistake", "confident mistakes") }
                    if !recap.misconceptions.is_empty() { { " (wrong, though you were sure: read the sections below)" } }</li>
            </ul>
            <h2>{ "Coming back" }</h2>
            <ul class="recap-back">
                { for recap.comes_back.iter().map(|(when, n)| html! {
                    <li>{ format!("{} {when}", count(*n, "question", "questions")) }</li>
                }) }
            </ul>
            if !recap.to_read.is_empty() {
                <h2>{ "What to read" }</h2>
                <ul class="recap-read">
                    { for recap.to_read.iter().map(|l| html! {
                        <li><a href={rootcamp_core::url::section(&l.page, &l.anchor)}>{ &l.heading }</a></li>
                    }) }
                </ul>
            }
            <p><Link<Route> to={Route::Quiz}>{ "Back to the quiz" }</Link<Route>></p>
        </section>
    }
}
