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

/// Starts the app. On a pre-rendered page the static copy is painted first
/// (the browser has recorded its first contentful paint), then removed in the
/// same task as the app's first render, so the browser never paints in
/// between and the page does not move.
pub fn start() {
    match gloo::utils::document().get_element_by_id("prerendered") {
        None => {
            yew::Renderer::<App>::new().render();
        }
        Some(static_copy) => take_over_after_paint(static_copy),
    }
}

fn painted() -> bool {
    web_sys::window()
        .and_then(|w| w.performance())
        .is_some_and(|p| {
            p.get_entries_by_name_with_entry_type("first-contentful-paint", "paint")
                .length()
                > 0
        })
}

/// Checks once a frame until the static copy has been painted, then takes over on the next frame.
fn take_over_after_paint(static_copy: web_sys::Element) {
    let frame = gloo::render::request_animation_frame(move |_| {
        if painted() {
            let inner = gloo::render::request_animation_frame(move |_| {
                static_copy.remove();
                yew::Renderer::<App>::new().render();
            });
            std::mem::forget(inner);
        } else {
            take_over_after_paint(static_copy);
        }
    });
    // The callback owns what it needs; the handle would cancel it when dropped.
    std::mem::forget(frame);
}
