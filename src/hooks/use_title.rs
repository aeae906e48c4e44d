//! Keeps the document title in step with the route.

use yew::prelude::*;

/// Sets `document.title` whenever `title` changes.
#[hook]
pub fn use_document_title(title: String) {
    use_effect_with(title, |title| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(title);
        }
    });
}
