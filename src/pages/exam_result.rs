//! `/quiz/exams/<n>`: a finished exam's score, estimate, its place among
//! every exam's scores, topics weakest
//! first, and every question with its explanations (or only those missed).

use crate::app::Route;
use crate::components::chart::chart_view;
use crate::components::focus::bring_into_view;
use crate::components::question::QuestionView;
use crate::content::use_content;
use crate::pages::not_found::not_found;
use crate::pages::practice::PracticeParams;
use crate::state::use_app_state;
use rootcamp_core::charts::exam_scores;
use rootcamp_core::quiz::blank_answer;
use rootcamp_core::quiz::exam::{PASS_PERCENT, weakest_first};
use rootcamp_core::quiz::grade_answer;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub(crate) struct Props {
    pub n: usize,
}

#[component]
pub(crate) fn ExamResult(props: &Props) -> Html {
    let state = use_app_state();
    let missed_only = use_state(|| false);
    // The score and the pass line first, whatever was scrolled before.
    use_effect_with(props.n, |_| bring_into_view(".exam-result h1"));
    let bundle = use_content();
    let Some(record) = props
        .n
        .checked_sub(1)
        .and_then(|i| state.progress.exams().get(i))
    else {
        return not_found();
    };
    let percent = record.percent();
    let title = |slug: &str| {
        bundle
            .page(slug)
            .map_or(slug.to_string(), |p| p.title.clone())
    };
    let topics = weakest_first(record.by_topic(&bundle.questions));
    let weak: Vec<String> = topics
        .iter()
        .filter(|t| t.is_weak())
        .map(|t| t.topic.clone())
        .collect();
    let used = record.time_used_ms() / 1_000;
    let flags = record.flagged_count();
    let toggle_missed = {
        let missed_only = missed_only.clone();
        Callback::from(move |_: Event| missed_only.set(!*missed_only))
    };
    let n = record.questions.len();
    html! {
        <article class="prose exam-result">
            <h1>{ format!("Exam {} results", props.n) }</h1>
            <p class="score" role="status">{ format!("{} of {} correct ({percent}%)", record.correct, record.total) }</p>
            <p class={classes!("estimate", if record.passed() { "pass" } else { "fail" })}>
                <strong>{ if record.passed() { "Estimated result: pass." } else { "Estimated result: not yet a pass." } }</strong>
                { format!(" We compare your score with {PASS_PERCENT}%, as an estimate of the real exam's pass mark of 720 on its scaled score of 100 to 1,000. The estimate is approximate: 15 of the real exam's 65 questions are unscored and not marked, and AWS does not publish how correct answers map to the scaled score. Treat it as a guide.") }
            </p>
            <p class="meta">{ format!("Time used: {} min {:02} s · {flags} flagged for review", used / 60, used % 60) }</p>
            <h2>{ "Scores over time" }</h2>
            { chart_view(&exam_scores(state.progress.exams(), Some(props.n - 1))) }
            <h2>{ "By topic, weakest first" }</h2>
            <div class="table-wrap" role="region" aria-label="Score by topic" tabindex="0">
                <table>
                    <thead><tr><th>{ "Topic" }</th><th>{ "Correct" }</th></tr></thead>
                    <tbody>
                        { for topics.iter().map(|t| html! {
                            <tr><td>{ title(&t.topic) }</td><td>{ format!("{} of {} ({}%)", t.correct, t.total, t.percent()) }</td></tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if !weak.is_empty() {
                <p>
                    <Link<Route, PracticeParams> to={Route::Practice} query={Some(PracticeParams::topics(&weak))}>
                        { format!("Practise my weak topics ({})", weak.len()) }
                    </Link<Route, PracticeParams>>
                    <span class="meta">{ format!(" · those below {PASS_PERCENT}%") }</span>
                </p>
            }
            <h2>{ "Every question" }</h2>
            <p><label><input type="checkbox" checked={*missed_only} onchange={toggle_missed} />{ " Show only the questions I missed" }</label></p>
            { for record.questions.iter().zip(&record.answers).enumerate().map(|(i, (id, answer))| {
                match bundle.question(id) {
                    Some(q) => {
                        let right = answer.as_ref().is_some_and(|a| grade_answer(q, a));
                        if *missed_only && right {
                            return Html::default();
                        }
                        let status = match (answer, right) {
                            (None, _) => "Not answered (counts as wrong).",
                            (Some(_), true) => "Answered right.",
                            (Some(_), false) => "Answered wrong.",
                        };
                        html! {
                            <section class="reviewed">
                                <p class="review-status"><strong>{ status }</strong></p>
                                <QuestionView question={q} session={record.seed} answer={answer.clone().unwrap_or_else(|| blank_answer(q, record.seed))}
                                    onchange={Callback::noop()} reveal={true} position={Some((i + 1, n))} />
                            </section>
                        }
                    }
                    None => html! { <p>{ format!("Question {} ({id}) has been removed from the bank since.", i + 1) }</p> },
                }
            }) }
            <p><Link<Route> to={Route::Exam}>{ "Take another exam" }</Link<Route>></p>
        </article>
    }
}
