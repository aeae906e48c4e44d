//! `/search?q=...`: ranked sections with highlighted snippets, or suggestions.

use crate::app::Route;
use crate::components::search_box::{result_links, search_field};
use crate::content::{SEARCH, use_search_index};
use crate::hooks::{SearchParams, use_search_query};
use rootcamp_core::search::{Hit, SearchIndex, Target};
use rootcamp_core::url;
use web_sys::KeyboardEvent;
use yew::prelude::*;
use yew_router::prelude::*;

const MAX_RESULTS: usize = 30;
const SNIPPET_CHARS: usize = 180;

#[component]
pub fn SearchPage() -> Html {
    let query = use_search_query().unwrap_or_default();
    let (index, try_again) = use_search_index();
    let body = match index {
        _ if query.trim().is_empty() => {
            html! { <p>{ "Type in the search field above to search every page of the knowledge base." }</p> }
        }
        None => html! { <p class="meta" role="status">{ "Opening the search index…" }</p> },
        Some(Err(why)) if SEARCH.failed_to_arrive() => html! {
            <div role="alert">
                <p>{ format!("Search cannot open its index: {why}.") }</p>
                <p><button type="button" onclick={try_again}>{ "Try again" }</button></p>
            </div>
        },
        Some(Err(why)) => html! {
            <p role="alert">{ format!("Search cannot open its index: {why}. Reload the page to try again.") }</p>
        },
        Some(Ok(index)) => results(index, &query),
    };
    html! {
        <article class="prose search-page">
            <h1>{ Route::Search.heading() }</h1>
            { body }
        </article>
    }
}

/// The ranked sections and questions for `query`, or a suggestion.
fn results(index: &'static SearchIndex, query: &str) -> Html {
    let (sections, questions): (Vec<_>, Vec<_>) = index
        .query(query, MAX_RESULTS)
        .into_iter()
        .partition(|h| matches!(h.doc.target, Target::Section { .. }));
    let suggestion = index.suggest(query);
    html! {
        <>
            <p class="meta" role="status">{ match sections.len() {
                0 => format!("No results for “{query}”."),
                1 => format!("1 result for “{query}”."),
                n => format!("{n} results for “{query}”."),
            } }</p>
            if let Some(s) = suggestion {
                <p class="suggestion">{ "Did you mean " }
                    <Link<Route, SearchParams> to={Route::Search} query={Some(SearchParams { q: s.clone() })}>{ s }</Link<Route, SearchParams>>
                    { "?" }
                </p>
            }
            <ol class="search-results" onkeydown={Callback::from(move_between_results)}>
                { for sections.iter().map(|hit| result(index, hit)) }
            </ol>
            if !questions.is_empty() {
                <h2>{ "Questions" }</h2>
                <ol class="search-results question-results" onkeydown={Callback::from(move_between_results)}>
                    { for questions.iter().take(5).map(question_result) }
                </ol>
            }
        </>
    }
}

fn question_result(hit: &Hit) -> Html {
    let Target::Question { id } = &hit.doc.target else {
        return Html::default();
    };
    html! {
        <li>
            <a href={url::practice_question(id)}>
                <span class="result-title">{ format!("Question on {}", hit.doc.title) }</span>
            </a>
            <p class="snippet">{ &hit.doc.heading }</p>
        </li>
    }
}

fn result(index: &SearchIndex, hit: &Hit) -> Html {
    let Target::Section { page, anchor } = &hit.doc.target else {
        return Html::default();
    };
    let href = url::page_or_section(page, anchor.as_deref());
    let snippet = index.snippet(hit, SNIPPET_CHARS);
    let same = hit.doc.heading == hit.doc.title;
    html! {
        <li>
            <a {href}>
                <span class="result-title">{ &hit.doc.title }</span>
                if !same { <span class="result-heading">{ " › " }{ &hit.doc.heading }</span> }
            </a>
            <p class="snippet">
                { for snippet.parts.iter().map(|(text, marked)| if *marked {
                    html! { <mark>{ text }</mark> }
                } else {
                    html! { { text } }
                }) }
            </p>
        </li>
    }
}

/// Up and down arrows move between results; up from the first goes back to the field.
fn move_between_results(event: KeyboardEvent) {
    let step: isize = match event.key().as_str() {
        "ArrowDown" => 1,
        "ArrowUp" => -1,
        _ => return,
    };
    let links = result_links();
    let active = gloo::utils::document().active_element();
    let Some(current) = links
        .iter()
        .position(|l| active.as_ref() == Some(l.as_ref()))
    else {
        return;
    };
    event.prevent_default();
    let next = current as isize + step;
    if next < 0 {
        if let Some(field) = search_field() {
            let _ = field.focus();
        }
    } else if let Some(link) = links.get(next as usize) {
        let _ = link.focus();
    }
}
