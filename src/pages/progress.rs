//! `/progress`: mastery by topic, what comes due, exam history, and the
//! student's data: export to a file, import from one, or clear it.

use crate::app::Route;
use crate::content::use_content;
use crate::pages::confidence_review::ConfidenceReview;
use crate::pages::quiz::ExamDate;
use crate::pages::safekeeping::KeepReminder;
use crate::pages::your_data::YourData;
use crate::state::{now_ms, use_app_state};
use crate::text::count;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn ProgressPage() -> Html {
    let state = use_app_state();
    let bundle = use_content();
    let p = &state.progress;
    let forecast = rootcamp_core::study::forecast(p, now_ms(), 7);
    let answered = p.answers().len();
    html! {
        <article class="prose progress-page">
            <h1>{ Route::Progress.heading() }</h1>
            <KeepReminder />
            <p>{ format!("{} of {} pages read · {answered} of {} questions answered at least once · {} taken",
                bundle.pages.iter().filter(|pg| p.is_read(&pg.slug)).count(), bundle.pages.len(), bundle.questions.len(), count(p.exams().len(), "exam", "exams")) }</p>

            <h2>{ "Mastery by topic" }</h2>
            <p class="meta">{ "Share of each topic's questions whose latest answer was right." }</p>
            <div class="table-wrap" role="region" aria-label="Mastery by topic" tabindex="0">
                <table>
                    <thead><tr><th>{ "Topic" }</th><th>{ "Right" }</th><th>{ "Mastery" }</th></tr></thead>
                    <tbody>
                        { for bundle.pages.iter().map(|page| {
                            let ids = bundle.questions.iter().filter(|q| q.topic == page.slug).map(|q| q.id.as_str());
                            let (right, total) = p.mastery(ids);
                            let pct = (right * 100).checked_div(total).unwrap_or(0);
                            html! {
                                <tr>
                                    <td><Link<Route> to={Route::Kb { slug: page.slug.clone() }}>{ &page.title }</Link<Route>></td>
                                    <td>{ format!("{right} of {total}") }</td>
                                    <td><meter min="0" max="100" value={pct.to_string()} aria-label={format!("{} mastery", page.title)}></meter>{ format!(" {pct}%") }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>

            <ConfidenceReview />

            <h2>{ "Coming due" }</h2>
            <ul class="forecast">
                { for forecast.iter().enumerate().map(|(day, n)| html! {
                    <li>{ format!("{}: {}", match day { 0 => "Due now".to_string(), 1 => "In the next 24 hours".to_string(), d => format!("In {d} days") }, count(*n, "question", "questions")) }</li>
                }) }
            </ul>
            <ExamDate />

            <h2>{ "Exam history" }</h2>
            if p.exams().is_empty() {
                <p>{ "No exams yet. " }<Link<Route> to={Route::Exam}>{ "Take one" }</Link<Route>></p>
            } else {
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
