//! Page-wide keyboard shortcuts: one listener on the document that ignores
//! keys with a modifier and keys typed into a text field.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// Whether the key went to a place that takes text (so it is not a shortcut).
fn typing_into(target: Option<HtmlElement>) -> bool {
    let Some(t) = target else { return false };
    let input_type = t.get_attribute("type").unwrap_or_default();
    match t.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => !matches!(
            input_type.as_str(),
            "radio" | "checkbox" | "button" | "submit"
        ),
        _ => t.is_content_editable(),
    }
}

/// Calls `on_key` for every shortcut key; it may call `prevent_default`.
/// The listener is added once and calls the latest `on_key`, which may be a
/// new callback at every render (the exam's clock renders every second).
#[hook]
pub fn use_document_keys(on_key: Callback<KeyboardEvent>) {
    let latest = use_mut_ref(|| on_key.clone());
    *latest.borrow_mut() = on_key;
    use_effect_with((), move |_| {
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(
            &gloo::utils::document(),
            "keydown",
            options,
            move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                let target = event
                    .target()
                    .and_then(|t| t.dyn_into::<HtmlElement>().ok());
                if event.ctrl_key() || event.meta_key() || event.alt_key() || typing_into(target) {
                    return;
                }
                // Cloned first: emitting may render, which replaces `latest`.
                let on_key = latest.borrow().clone();
                on_key.emit(event.clone());
            },
        );
        move || drop(listener)
    });
}
