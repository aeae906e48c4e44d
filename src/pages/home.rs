//! Home: the knowledge base as a study path, with what has been read.

use crate::app::Route;
use crate::content::use_content;
use crate::pages::practice::PracticeParams;
use crate::pages::safekeeping::KeepReminder;
use crate::state::{now_ms, use_app_state};
use crate::text::count;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn Home() -> Html {
    let state = use_app_state();
    let bundle = use_content();
    let read = bundle
        .pages
        .iter()
        .filter(|p| state.progress.is_read(&p.slug))
        .count();
    html! {
        <article class="prose">
            <h1>{ "Rootcamp" }</h1>
            <p class="lead">{ "Everything about the AWS account root user and IAM that the Solutions Architect – Associate exam (SAA-C03) can ask, checked against AWS documentation." }</p>
            <QuizAtAGlance />
            <h2>{ "Study path" }</h2>
            <p class="meta">{ format!("{read} of {} pages read", bundle.pages.len()) }</p>
            <ol class="study-path">
                { for bundle.pages.iter().map(|page| {
                    let is_read = state.progress.is_read(&page.slug);
                    html! {
                        <li key={page.slug.clone()} class={classes!(is_read.then_some("read"))}>
                            <Link<Route> to={Route::Kb { slug: page.slug.clone() }}>{ &page.title }</Link<Route>>
                            <span class="meta">
                                { format!(" · {} min read", page.reading_minutes()) }
                                if is_read { <span class="read-mark">{ " · ✓ Read" }</span> }
                            </span>
                            <p>{ &page.summary }</p>
                        </li>
                    }
                }) }
            </ol>
            <KeepReminder />
        </article>
    }
}

/// Where the student stands today: a way in on a first visit; on later
/// ones the exam in progress, what is due, the next page to read, and the
/// countdown to the exam date.
#[component]
fn QuizAtAGlance() -> Html {
    let state = use_app_state();
    let bundle = use_content();
    let p = &state.progress;
    let now = now_ms();
    let due = rootcamp_core::study::due_now(p, now).len();
    let first_visit = !p.has_progress();
    let minutes: u32 = bundle.pages.iter().map(|pg| pg.reading_minutes()).sum();
    let next_page = bundle.pages.iter().find(|pg| !p.is_read(&pg.slug));
    let countdown = rootcamp_core::study::countdown(p, &bundle.questions, now);
    html! {
        <section class="glance" aria-labelledby="glance">
            <h2 id="glance">{ if first_visit { "Start here" } else { "Today" } }</h2>
            if first_visit {
                <p>{ format!("{} pages, about {minutes} minutes of reading, and {} scenario questions with an explanation for every answer.", bundle.pages.len(), bundle.questions.len()) }</p>
                if let Some(first) = bundle.pages.first() {
                    <p>{ "Begin with " }<Link<Route> to={Route::Kb { slug: first.slug.clone() }}>{ &first.title }</Link<Route>>
                        { ", then practise what you read. Your progress stays in this browser." }</p>
                }
            } else {
                if p.exam().is_some() {
                    <p><Link<Route> to={Route::Exam}>{ "Resume the exam in progress" }</Link<Route>></p>
                }
                <p>
                    if due > 0 {
                        <Link<Route, PracticeParams> to={Route::Practice} query={Some(PracticeParams::due())}>
                            { format!("{} due now", count(due, "question", "questions")) }
                        </Link<Route, PracticeParams>>
                    } else {
                        { "No questions due now. " }
                        <Link<Route> to={Route::Quiz}>{ "Practise more" }</Link<Route>>
                    }
                </p>
                if let Some(page) = next_page {
                    <p>{ "Continue reading: " }<Link<Route> to={Route::Kb { slug: page.slug.clone() }}>{ &page.title }</Link<Route>></p>
                }
            }
            if let Some(c) = countdown {
                <p class="countdown">{ match c.days_left {
                    0 => format!("Your exam is today. {} to go over.", count(c.to_do, "question", "questions")),
                    1 => format!("Your exam is tomorrow: {} to go over.", count(c.to_do, "question", "questions")),
                    d => format!("Your exam is in {d} days: about {} a day ({} to go).", count(c.per_day, "question", "questions"), c.to_do),
                } }</p>
            } else if p.exam_date().is_none() {
                <p class="meta"><Link<Route> to={Route::Quiz}>{ "Set your exam date" }</Link<Route>>{ " for a countdown and a daily target." }</p>
            }
        </section>
    }
}
