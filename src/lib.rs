//! Rootcamp's browser app: routes, pages and components. Thin: the domain
//! lives in `rootcamp-core`, and the content is compiled by `build.rs`
//! (see [`content`] for how it reaches the app).

mod app;
mod browser;
pub mod components;
pub mod content;
mod hooks;
mod pages;
pub mod reader;
mod state;
pub mod storage;
mod text;

pub use app::{App, Route, ServerApp, ServerProps};

/// Starts the app. On a pre-rendered page the static copy has been painted
/// first (the loader, web/app-loader.js, starts the wasm after the first
/// contentful paint); the app then renders beside it, hidden, and swaps itself
/// in for it in one task ([`take_over`], from the app's first effects), so the
/// page does not move and a key typed meanwhile is never lost.
pub fn start() {
    // The content first (fetched, or from the service worker's cache), then
    // the app, whose every page but search needs it.
    wasm_bindgen_futures::spawn_local(async {
        let copy = static_copy();
        let on = |selector: &str| {
            copy.as_ref()
                .is_some_and(|c| matches!(c.query_selector(selector), Ok(Some(_))))
        };
        // The search page's results need only the search index.
        if !on(".search-page") {
            content::load().await;
        }
        // Taking over a knowledge-base page needs its body at once.
        if on(".kb-page") {
            content::BODIES.load().await;
        }
        if copy.is_some() {
            in_short_tasks(render_beside_static_copy);
        } else {
            in_short_tasks(|| {
                yew::Renderer::<App>::new().render();
            });
        }
    });
}

/// Runs a start in two tasks after this one (the wasm module's
/// instantiation, or decoding the content), so that none blocks the page for
/// long on a slow phone: the first access to storage, then `render`.
pub(crate) fn in_short_tasks(render: impl FnOnce() + 'static) {
    gloo::timers::callback::Timeout::new(0, move || {
        storage::warm_up();
        gloo::timers::callback::Timeout::new(0, render).forget();
    })
    .forget();
}

/// The pre-rendered copy of the page, while the app has not replaced it.
pub(crate) fn static_copy() -> Option<web_sys::Element> {
    gloo::utils::document().get_element_by_id("prerendered")
}

/// The window event that says the app has taken over a pre-rendered page:
/// the reader ([`reader::start`]), whose work the app now does, stops.
pub const TOOK_OVER: &str = "rootcamp-took-over";

/// Removes the static copy and shows the app in its place. Called from the
/// app's first effects, when its whole first render is in the page.
pub(crate) fn take_over() {
    let document = gloo::utils::document();
    if let Some(copy) = static_copy() {
        copy.remove();
        if let Ok(event) = web_sys::Event::new(TOOK_OVER) {
            let _ = gloo::utils::window().dispatch_event(&event);
        }
    }
    if let Some(root) = document.get_element_by_id(APP_ROOT) {
        let _ = root.remove_attribute("hidden");
    }
}

/// The element the app renders into on a pre-rendered page.
const APP_ROOT: &str = "app";

/// Renders the app, hidden, into its own element after the static copy
/// (rendering into `<body>` would clear the copy at once). Yew may yield to
/// the browser during a long first render; until [`take_over`], the student
/// sees and types into the static copy, and nothing half-rendered shows.
fn render_beside_static_copy() {
    let document = gloo::utils::document();
    match (document.create_element("div"), document.body()) {
        (Ok(root), Some(body)) => {
            root.set_id(APP_ROOT);
            let _ = root.set_attribute("hidden", "");
            let _ = body.append_child(&root);
            yew::Renderer::<App>::with_root(root).render();
        }
        _ => {
            take_over();
            yew::Renderer::<App>::new().render();
        }
    }
}
