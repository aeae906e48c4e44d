//! Rootcamp's browser app: routes, pages and components. Thin: the domain
//! lives in `rootcamp-core`, and the content arrives compiled by `build.rs`.

mod app;
mod components;
pub mod content;
mod hooks;
mod pages;
mod state;
pub mod storage;

pub use app::{App, Route};

/// Starts the app. A pre-rendered page's static copy is removed in the same
/// task as the app's first render, so the browser never paints in between
/// and the page does not move.
pub fn start() {
    let document = gloo::utils::document();
    if let Some(static_copy) = document.get_element_by_id("prerendered") {
        static_copy.remove();
    }
    yew::Renderer::<App>::new().render();
}
