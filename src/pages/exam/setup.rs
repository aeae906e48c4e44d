//! Setting up an exam: its length, and the exams taken so far.

use crate::app::Route;
use crate::content::use_content;
use crate::state::{Action, now_ms, use_app_state};
use rootcamp_core::quiz::exam::{
    DEFAULT_QUESTIONS, ExamSession, FULL_LENGTH, MS_PER_QUESTION, exam_pool, pick_questions,
};
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub(super) fn ExamSetup() -> Html {
    let state = use_app_state();
    let bank = &use_content().questions[..];
    let max = exam_pool(bank);
    let count = use_state(|| DEFAULT_QUESTIONS.min(max));
    let oninput = {
        let count = count.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                count.set(
                    input
                        .value()
                        .parse::<usize>()
                        .unwrap_or(DEFAULT_QUESTIONS)
                        .clamp(1, max.max(1)),
                );
            }
        })
    };
    let start = {
        let (state, count) = (state.clone(), count.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let now = now_ms();
            let seed = now as u64;
            state.dispatch(Action::start_exam(ExamSession::new(
                pick_questions(bank, *count, seed),
                now,
                seed,
            )));
        })
    };
    let preset = |n: usize, label: &str| {
        let n = n.min(max);
        let onchange = {
            let count = count.clone();
            Callback::from(move |_: Event| count.set(n))
        };
        html! {
            <label class="length">
                <input type="radio" name="exam-length" checked={*count == n} {onchange} />
                { format!(" {label}: {n} questions, {} minutes", n as i64 * MS_PER_QUESTION / 60_000) }
            </label>
        }
    };
    let history = state.progress.exams();
    html! {
        <article class="prose exam-setup">
            <h1>{ Route::Exam.heading() }</h1>
            <p>{ "Questions are spread across every topic. You have two minutes a question, the pace of the real exam (65 questions in 130 minutes). Move freely between questions, flag any to come back to, and submit when you are ready; when time runs out the exam is submitted for you." }</p>
            <p>{ format!("Like the real exam, it asks only multiple-choice and multiple-response questions ({max} in the bank). Ordering and sorting questions are learning items: you meet them in practice.") }</p>
            <form class="exam-start" onsubmit={start}>
                <fieldset class="lengths">
                    <legend>{ "Length" }</legend>
                    { preset(DEFAULT_QUESTIONS, "Short") }
                    { preset(FULL_LENGTH, "Full length, like the real exam") }
                </fieldset>
                <p>
                    <label for="exam-count">{ format!("Number of questions (1 to {max}) ") }</label>
                    <input id="exam-count" type="number" min="1" max={max.to_string()} value={count.to_string()} {oninput} />
                </p>
                <p><button type="submit" class="primary">{ "Start exam" }</button></p>
            </form>
            if !history.is_empty() {
                <h2>{ "Your exams" }</h2>
                <ol class="exam-history">
                    { for history.iter().enumerate().rev().map(|(i, r)| html! {
                        <li><Link<Route> to={Route::ExamResult { n: i + 1 }}>
                            { format!("Exam {}: {} of {} ({}%)", i + 1, r.correct, r.total, r.percent()) }
                        </Link<Route>></li>
                    }) }
                </ol>
            }
        </article>
    }
}
