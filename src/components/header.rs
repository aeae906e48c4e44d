//! The site header: product name and navigation.

use crate::app::Route;
use crate::components::search_box::SearchBox;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn Header() -> Html {
    // The skip link names this page, not the base the document's links resolve against.
    let here = use_location().map_or_else(String::new, |l| l.path().to_string());
    let skip = Callback::from(|event: MouseEvent| {
        event.prevent_default();
        crate::components::focus::bring_into_view("#main");
    });
    html! {
        <header class="site-header">
            <a class="skip-link" href={format!("{here}#main")} onclick={skip}>{ "Skip to the content" }</a>
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
