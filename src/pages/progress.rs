//! `/progress`: mastery by topic, what comes due, answers right over time,
//! exam history (each with its chart), and the
//! student's data: export to a file, import from one, or clear it.

use crate::app::Route;
use crate::components::chart::chart_view;
use crate::content::use_content;
use crate::pages::confidence_review::ConfidenceReview;
use crate::pages::quiz::ExamDate;
use crate::pages::safekeeping::KeepReminder;
use crate::pages::your_data::YourData;
use crate::state::{now_ms, use_app_state};
use crate::text::count;
use rootcamp_core::charts::{
    accuracy_over_time, coming_due, exam_scores, mastery_by_topic, topic_mastery,
};
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn ProgressPage() -> Html {
    let state = use_app_state();
    let bundle = use_content();
    let p = &state.progress;
    // One clock reading for every figure on the page.
    let now = now_ms();
    let topics = topic_mastery(p, &bundle.pages, &bundle.questions);
    let answered = p.answers().len();
    html! {
        <article class="prose progress-page">
            <h1>{ Route::Progress.heading() }</h1>
            <KeepReminder />
            <p>{ format!("{} of {} pages read · {answered} of {} questions answered at least once · {} taken",
                bundle.pages.iter().filter(|pg| p.is_read(&pg.slug)).count(), bundle.pages.len(), bundle.questions.len(), count(p.exams().len(), "exam", "exams")) }</p>

            <h2>{ "Mastery by topic" }</h2>
            <p class="meta">{ "Share of each topic's questions whose latest answer was right." }</p>
            { chart_view(&mastery_by_topic(p, &topics)) }
            <div class="table-wrap" role="region" aria-label="Mastery by topic" tabindex="0">
                <table>
                    <thead><tr><th>{ "Topic" }</th><th>{ "Right" }</th><th>{ "Mastery" }</th></tr></thead>
                    <tbody>
                        { for topics.iter().map(|t| {
                            let pct = t.percent();
                            html! {
                                <tr>
                                    <td><Link<Route> to={Route::Kb { slug: t.slug.clone() }}>{ &t.title }</Link<Route>></td>
                                    <td>{ format!("{} of {}", t.right, t.total) }</td>
                                    <td><meter min="0" max="100" value={pct.to_string()} aria-label={format!("{} mastery", t.title)}></meter>{ format!(" {pct}%") }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>

            <ConfidenceReview />

            <h2>{ "Coming due" }</h2>
            { chart_view(&coming_due(p, now)) }
            <ExamDate />

            <h2>{ "Answers right over time" }</h2>
            { chart_view(&accuracy_over_time(p, now)) }

            <h2>{ "Exam history" }</h2>
            if p.exams().is_empty() {
                <p>{ "No exams yet. " }<Link<Route> to={Route::Exam}>{ "Take one" }</Link<Route>></p>
            } else {
                { chart_view(&exam_scores(p.exams(), None)) }
                <ol>
                    { for p.exams().iter().enumerate().map(|(i, r)| html! {
                        <li><Link<Route> to={Route::ExamResult { n: i + 1 }}>{ format!("{} of {} ({}%)", r.correct, r.total, r.percent()) }</Link<Route>>
                            { if r.passed() { " · estimated pass" } else { "" } }</li>
                    }) }
                </ol>
            }
            <YourData />
        </article>
    }
}
