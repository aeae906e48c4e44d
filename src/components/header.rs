//! The site header: product name and navigation.

use crate::app::Route;
use crate::components::search_box::SearchBox;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn Header() -> Html {
    html! {
        <header class="site-header">
            <nav aria-label="Main">
                <Link<Route> to={Route::Home} classes="brand">{ "Rootcamp" }</Link<Route>>
                <ul>
                    <li><Link<Route> to={Route::Home}>{ "Study path" }</Link<Route>></li>
                    <li><Link<Route> to={Route::Quiz}>{ "Quiz" }</Link<Route>></li>
                    <li><Link<Route> to={Route::Progress}>{ "Progress" }</Link<Route>></li>
                </ul>
            </nav>
            <SearchBox />
        </header>
    }
}
