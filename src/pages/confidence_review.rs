//! The progress page's lucky guesses and confident mistakes, from how sure
//! the student said they were, each a link to practise that question again.

use crate::app::Route;
use crate::content::use_content;
use crate::pages::practice::PracticeParams;
use crate::state::use_app_state;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub(crate) fn ConfidenceReview() -> Html {
    let state = use_app_state();
    let bundle = use_content();
    let list = |title: &str, ids: Vec<&str>, none: &str| {
        let items: Vec<Html> = ids
            .iter()
            .filter_map(|id| bundle.question(id))
            .map(|q| {
                let topic = bundle.page(&q.topic).map_or(q.topic.as_str(), |p| p.title.as_str());
                let mut start: String = q.scenario.chars().take(90).collect();
                if start.len() < q.scenario.len() {
                    start.push('…');
                }
                let query = PracticeParams {
                    q: Some(q.id.clone()),
                    n: Some("1".into()),
                    ..Default::default()
                };
                html! {
                    <li>
                        <Link<Route, PracticeParams> to={Route::Practice} {query}>{ topic }</Link<Route, PracticeParams>>
                        <span class="meta">{ format!(" · {start}") }</span>
                    </li>
                }
            })
            .collect();
        html! {
            <>
                <h3>{ format!("{title} ({})", items.len()) }</h3>
                if items.is_empty() { <p class="meta">{ none }</p> } else { <ul class="review-list">{ for items }</ul> }
            </>
        }
    };
    html! {
        <section aria-labelledby="confidence-review">
            <h2 id="confidence-review">{ "Lucky guesses and confident mistakes" }</h2>
            <p class="meta">{ "From how sure you said you were before checking: a lucky guess comes back sooner than a known answer, and a confident mistake points at something to read again." }</p>
            { list("Lucky guesses", state.progress.lucky_guesses(), "None: no right answer you called a guess.") }
            { list("Confident mistakes", state.progress.confident_mistakes(), "None: no wrong answer you were sure of.") }
        </section>
    }
}
