//! Makes the Copy buttons of code blocks (rendered at build time) work.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, MouseEvent};

/// Click handler for a container of code blocks.
pub fn copy_code(event: &MouseEvent) {
    let Some(button) = event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|e| e.closest("button.copy-code").ok().flatten())
    else {
        return;
    };
    let Some(code) = button
        .parent_element()
        .and_then(|block| block.query_selector("pre").ok().flatten())
    else {
        return;
    };
    let text = code.text_content().unwrap_or_default();
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        return;
    };
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        let label = if JsFuture::from(promise).await.is_ok() {
            "Copied"
        } else {
            "Copy failed: select the text instead"
        };
        button.set_text_content(Some(label));
        yew::platform::time::sleep(std::time::Duration::from_secs(2)).await;
        button.set_text_content(Some("Copy"));
    });
}
