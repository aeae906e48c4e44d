//! `/quiz/exams/<n>`: a finished exam's score, estimate, topics and every question with its explanations.

use crate::app::Route;
use crate::components::question::{QuestionView, blank_answer};
use crate::content::bundle;
use crate::pages::not_found::NotFound;
use crate::state::use_app_state;
use rootcamp_core::quiz::exam::PASS_PERCENT;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub n: usize,
}

#[component]
pub fn ExamResult(props: &Props) -> Html {
    let state = use_app_state();
    let (Ok(bundle), Some(record)) = (
        bundle(),
        props
            .n
            .checked_sub(1)
            .and_then(|i| state.progress.exams().get(i)),
    ) else {
        return html! { <NotFound /> };
    };
    let percent = record.percent();
    let title = |slug: &str| {
        bundle
            .page(slug)
            .map_or(slug.to_string(), |p| p.title.clone())
    };
    html! {
        <article class="prose exam-result">
            <h1>{ format!("Exam {} results", props.n) }</h1>
            <p class="score" role="status">{ format!("{} of {} correct ({percent}%)", record.correct, record.total) }</p>
            <p class={classes!("estimate", if record.passed() { "pass" } else { "fail" })}>
                <strong>{ if record.passed() { "Estimated result: pass." } else { "Estimated result: not yet a pass." } }</strong>
                { format!(" We compare your score with {PASS_PERCENT}%, as an estimate of the real exam's pass mark of 720 on its scaled score of 100 to 1,000. The estimate is approximate: 15 of the real exam's 65 questions are unscored and not marked, and AWS does not publish how correct answers map to the scaled score. Treat it as a guide.") }
            </p>
            <h2>{ "By topic" }</h2>
            <div class="table-wrap" role="region" aria-label="Score by topic" tabindex="0">
                <table>
                    <thead><tr><th>{ "Topic" }</th><th>{ "Correct" }</th></tr></thead>
                    <tbody>
                        { for record.by_topic(&bundle.questions).iter().map(|t| html! {
                            <tr><td>{ title(&t.topic) }</td><td>{ format!("{} of {}", t.correct, t.total) }</td></tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <h2>{ "Every question" }</h2>
            { for record.questions.iter().zip(&record.answers).enumerate().map(|(i, (id, answer))| {
                match bundle.question(id) {
                    Some(q) => html! {
                        <section class="reviewed">
                            if answer.is_none() { <p class="meta">{ "Not answered (counts as wrong)." }</p> }
                            <QuestionView question={q} session={record.seed} answer={answer.clone().unwrap_or_else(|| blank_answer(q, record.seed))}
                                onchange={Callback::noop()} reveal={true} position={Some((i + 1, record.questions.len()))} />
                        </section>
                    },
                    None => html! { <p>{ format!("Question {} ({id}) has been removed from the bank since.", i + 1) }</p> },
                }
            }) }
            <p><Link<Route> to={Route::Exam}>{ "Take another exam" }</Link<Route>></p>
        </article>
    }
}
