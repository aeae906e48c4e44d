//! Shown for any URL that is not a route, or a page slug that does not exist.

use crate::app::Route;
use yew::prelude::*;
use yew_router::prelude::*;

/// A plain function, not a component: it has no state.
pub(crate) fn not_found() -> Html {
    html! {
        <article class="prose">
            <h1>{ Route::NotFound.heading() }</h1>
            <p>{ "There is no page at this address. It may have moved, or the link may have a typo." }</p>
            <p><Link<Route> to={Route::Home}>{ "Go to the study path" }</Link<Route>></p>
        </article>
    }
}
