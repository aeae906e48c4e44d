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

/// Starts the app. On a pre-rendered page the static copy is shown (painted)
/// first, then removed in the same task as the app's first render, so the
/// browser never paints in between and the page does not move.
pub fn start() {
    let document = gloo::utils::document();
    match document.get_element_by_id("prerendered") {
        None => {
            yew::Renderer::<App>::new().render();
        }
        Some(static_copy) => {
            // Two frames: the first is painted with the static copy, the second takes over.
            let frame = gloo::render::request_animation_frame(move |_| {
                let inner = gloo::render::request_animation_frame(move |_| {
                    static_copy.remove();
                    yew::Renderer::<App>::new().render();
                });
                std::mem::forget(inner);
            });
            std::mem::forget(frame);
        }
    }
}
