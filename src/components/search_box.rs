//! The search field in the header of every page.
//!
//! Typing opens `/search?q=...` and keeps the URL in step, so results update as
//! you type and every search is a link. `/` focuses the field from anywhere,
//! Esc clears it, the down arrow moves into the results, and Enter opens the
//! first result.

use crate::app::Route;
use crate::hooks::{SearchParams, use_document_keys, use_search_query};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;
use yew_router::prelude::*;

/// The header's search field (the app's, or the pre-rendered page's).
pub fn search_field() -> Option<HtmlInputElement> {
    gloo::utils::document()
        .get_element_by_id("search-field")?
        .dyn_into()
        .ok()
}

/// Focusable results on the results page, in order.
pub fn result_links() -> Vec<HtmlElement> {
    let Some(list) = gloo::utils::document()
        .query_selector_all(".search-results a")
        .ok()
    else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

/// The `/` shortcut (given to [`crate::hooks::use_document_keys`]): focuses `field`.
/// The reader (src/reader.rs) gives the pre-rendered page's field the same key.
pub fn focus_on_slash(event: &KeyboardEvent, field: Option<HtmlInputElement>) {
    if event.key() == "/"
        && let Some(field) = field
    {
        event.prevent_default();
        let _ = field.focus();
    }
}

/// Whether the results page is showing. Read from the location when a key
/// arrives, not at render: keys can come faster than renders.
fn on_results_page() -> bool {
    gloo::utils::window()
        .location()
        .pathname()
        .is_ok_and(|p| p.ends_with("/search"))
}

#[component]
pub fn SearchBox() -> Html {
    let navigator = use_navigator();
    let url_query = use_search_query();
    let value = use_state(|| url_query.clone().unwrap_or_default());
    let input = use_node_ref();

    // Back and forward change the URL: the field follows.
    {
        let value = value.clone();
        use_effect_with(url_query.clone(), move |q| {
            if let Some(q) = q
                && **value != *q
            {
                value.set(q.clone());
            }
        });
    }

    // "/" focuses the field unless the student is typing somewhere else.
    {
        let input = input.clone();
        let on_key = use_callback((), move |event: KeyboardEvent, _| {
            focus_on_slash(&event, input.cast::<HtmlInputElement>());
        });
        use_document_keys(on_key);
    }

    let search = {
        let navigator = navigator.clone();
        move |q: String| {
            let Some(navigator) = &navigator else { return };
            let params = SearchParams { q };
            // One history entry per search, not one per keystroke.
            let _ = if on_results_page() {
                navigator.replace_with_query(&Route::Search, &params)
            } else {
                navigator.push_with_query(&Route::Search, &params)
            };
        }
    };

    // Taking over a pre-rendered page: what the student typed into its field
    // (the reader loads the app when that field gets focus) carries over, with
    // the focus, in the task that swaps the app in for the static copy (src/lib.rs).
    {
        let (input, value, search) = (input.clone(), value.clone(), search.clone());
        use_effect_with((), move |_| {
            let Some(typed) = crate::static_copy()
                .and_then(|copy| copy.query_selector("#search-field").ok().flatten())
                .and_then(|f| f.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            let Some(field) = input.cast::<HtmlInputElement>() else {
                return;
            };
            let (text, focused) = (
                typed.value(),
                gloo::utils::document().active_element().as_ref() == Some(&typed),
            );
            crate::take_over();
            if !text.is_empty() {
                field.set_value(&text);
                value.set(text.clone());
                search(text);
            }
            if focused {
                let _ = field.focus();
                let end = field.value().len() as u32;
                let _ = field.set_selection_range(end, end);
            }
        });
    }

    // A student who focuses the field is about to search: the index (a file
    // of its own on a deployed site) starts coming now.
    let onfocus = Callback::from(|_: FocusEvent| {
        wasm_bindgen_futures::spawn_local(crate::content::SEARCH.load());
    });
    let oninput = {
        let value = value.clone();
        let search = search.clone();
        Callback::from(move |event: InputEvent| {
            let Some(field) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            value.set(field.value());
            search(field.value());
        })
    };

    let onkeydown = {
        let value = value.clone();
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            // Clears the field; on the results page the URL follows, and
            // elsewhere the student stays where they are.
            "Escape" => {
                value.set(String::new());
                if on_results_page() {
                    search(String::new());
                }
            }
            "ArrowDown" => {
                if let Some(first) = result_links().first() {
                    event.prevent_default();
                    let _ = first.focus();
                }
            }
            _ => {}
        })
    };

    let onsubmit = Callback::from(move |event: SubmitEvent| {
        event.prevent_default();
        if let Some(first) = result_links().first() {
            first.click();
        }
    });

    html! {
        <form class="search-box" role="search" {onsubmit}>
            <label for="search-field" class="visually-hidden">{ "Search" }</label>
            <input id="search-field" type="search" ref={input} value={(*value).clone()} {oninput} {onkeydown} {onfocus}
                placeholder="Search (press /)" autocomplete="off" spellcheck="false" enterkeyhint="go" />
        </form>
    }
}
