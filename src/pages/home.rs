//! Home: the knowledge base as a study path, with what has been read.

use crate::app::Route;
use crate::content::bundle;
use crate::pages::practice::PracticeParams;
use crate::pages::quiz::due_count;
use crate::pages::safekeeping::KeepReminder;
use crate::state::use_app_state;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn Home() -> Html {
    let state = use_app_state();
    let Ok(bundle) = bundle() else {
        return Html::default();
    };
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

/// What is due, and a way into the quiz.
#[component]
fn QuizAtAGlance() -> Html {
    let state = use_app_state();
    let due = due_count(&state.progress);
    let answered = state.progress.answers().len();
    html! {
        <section class="glance" aria-labelledby="glance">
            <h2 id="glance">{ "Today" }</h2>
            <p>
                if due > 0 {
                    <Link<Route, PracticeParams> to={Route::Practice} query={Some(PracticeParams { mode: Some("due".into()), ..Default::default() })}>
                        { format!("{due} question{} due for review", if due == 1 { "" } else { "s" }) }
                    </Link<Route, PracticeParams>>
                } else {
                    { "No questions due for review. " }
                    <Link<Route> to={Route::Quiz}>{ if answered == 0 { "Start practising" } else { "Practise more" } }</Link<Route>>
                }
            </p>
        </section>
    }
}
