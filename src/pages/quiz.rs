//! `/quiz`: choose how to practise.

use crate::app::Route;
use crate::content::use_content;
use crate::pages::practice::PracticeParams;
use crate::state::use_app_state;
use crate::text::count;
use rootcamp_core::quiz::exam::{DEFAULT_QUESTIONS, FULL_LENGTH};
use rootcamp_core::study::LENGTHS;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

/// How many questions are due now, by core's one rule ([`rootcamp_core::study::due_now`]).
pub(crate) fn due_count(progress: &rootcamp_core::Progress) -> usize {
    rootcamp_core::study::due_now(progress, crate::state::now_ms()).len()
}

#[component]
pub fn QuizHome() -> Html {
    let state = use_app_state();
    let navigator = use_navigator();
    let bundle = use_content();
    let chosen = use_state(Vec::<String>::new);
    let length = use_state(|| LENGTHS[0].to_string());
    let mistakes = state.progress.recent_mistakes().len();
    let due = due_count(&state.progress);

    let start_practice = {
        let (chosen, navigator, length) = (chosen.clone(), navigator.clone(), length.clone());
        Callback::from(move |_: MouseEvent| {
            let topics = (!chosen.is_empty()).then(|| chosen.join(","));
            let n = Some((*length).clone());
            if let Some(navigator) = &navigator {
                let _ = navigator.push_with_query(
                    &Route::Practice,
                    &PracticeParams {
                        topics,
                        n,
                        ..Default::default()
                    },
                );
            }
        })
    };
    html! {
        <article class="prose quiz-home">
            <h1>{ Route::Quiz.heading() }</h1>
            <p class="lead">{ format!("{} scenario questions in the style of the SAA-C03 exam, each with an explanation for every answer.", bundle.questions.len()) }</p>

            <section aria-labelledby="practice">
                <h2 id="practice">{ "Practice" }</h2>
                <p>{ "Answer at your own pace and see why each option is right or wrong. Leave every topic unticked to practise them all." }</p>
                <fieldset class="topics">
                    <legend>{ "Topics" }</legend>
                    { for bundle.pages.iter().map(|page| {
                        let slug = page.slug.clone();
                        let checked = chosen.contains(&slug);
                        let count = bundle.questions.iter().filter(|q| q.topic == slug).count();
                        let onchange = {
                            let chosen = chosen.clone();
                            let slug = slug.clone();
                            Callback::from(move |_: Event| {
                                let mut next = (*chosen).clone();
                                if next.contains(&slug) { next.retain(|s| s != &slug) } else { next.push(slug.clone()) }
                                chosen.set(next);
                            })
                        };
                        html! {
                            <label class="topic"><input type="checkbox" {checked} {onchange} />{ format!(" {} ({count})", page.title) }</label>
                        }
                    }) }
                </fieldset>
                <fieldset class="lengths">
                    <legend>{ "Session length" }</legend>
                    { for LENGTHS.iter().map(|n| n.to_string()).chain(["all".to_string()]).map(|n| {
                        let checked = *length == n;
                        let label = if n == "all" { "All the questions".to_string() } else { format!("{n} questions") };
                        let onchange = { let (length, n) = (length.clone(), n.clone()); Callback::from(move |_: Event| length.set(n.clone())) };
                        html! { <label class="length"><input type="radio" name="practice-length" {checked} {onchange} />{ format!(" {label}") }</label> }
                    }) }
                </fieldset>
                <p><button type="button" class="primary" onclick={start_practice}>{ "Start practice" }</button></p>
                <p class="meta">{ "End a session whenever you like: a recap shows what you got right, what comes back when, and what to read." }</p>
            </section>

            <section aria-labelledby="exam">
                <h2 id="exam">{ "Exam simulation" }</h2>
                <p>{ format!("Timed at two minutes a question, the real exam's pace: a short exam of {DEFAULT_QUESTIONS} questions, or the full length of {FULL_LENGTH}.") }</p>
                <p><Link<Route> to={Route::Exam}>{ if state.progress.exam().is_some() { "Resume the exam in progress" } else { "Set up an exam" } }</Link<Route>></p>
            </section>

            <section aria-labelledby="review">
                <h2 id="review">{ "Review" }</h2>
                <ul>
                    <li>
                        <Link<Route, PracticeParams> to={Route::Practice} query={Some(PracticeParams::mistakes())}>
                            { "Review mistakes" }
                        </Link<Route, PracticeParams>>
                        { format!(" · {} answered wrong last time", count(mistakes, "question", "questions")) }
                    </li>
                    <li>
                        <Link<Route, PracticeParams> to={Route::Practice} query={Some(PracticeParams::due())}>
                            { "Spaced repetition" }
                        </Link<Route, PracticeParams>>
                        { format!(" · {due} due now") }
                    </li>
                </ul>
                <ExamDate />
            </section>
        </article>
    }
}

/// The optional exam date: every question comes up before it.
#[component]
pub fn ExamDate() -> Html {
    let state = use_app_state();
    let onchange = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let value = input.value();
            state.dispatch(crate::state::Action::set_exam_date(
                (!value.is_empty()).then_some(value),
            ));
        })
    };
    html! {
        <p class="exam-date">
            <label for="exam-date">{ "My exam date " }</label>
            <input id="exam-date" type="date" value={state.progress.exam_date().unwrap_or_default().to_string()} {onchange} />
            <span class="meta">{ " Every question you have practised comes up again before it." }</span>
        </p>
    }
}
