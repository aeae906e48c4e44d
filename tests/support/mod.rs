//! Shared by the component tests: waiting for what a test expects, never for a fixed time.
//! Each test binary uses some of it.

#![allow(dead_code)]

use std::time::Duration;

/// Waits until `ready` holds, checking every few milliseconds; fails the
/// test, naming `what`, if it does not within two seconds.
pub(crate) async fn wait_until(what: &str, mut ready: impl FnMut() -> bool) {
    for _ in 0..400 {
        if ready() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(5)).await;
    }
    panic!("waited 2 s for {what}");
}

/// Forgets the "app is ready" mark of an earlier test, so that the next
/// [`app_ready`] waits for the app or reader just started.
pub(crate) fn forget_ready() {
    let _ = gloo_utils_document_element().remove_attribute("data-app");
}

/// Waits until the app or the reader has rendered and run its first effects.
pub(crate) async fn app_ready() {
    wait_until("the app to be ready", || {
        gloo_utils_document_element()
            .get_attribute("data-app")
            .as_deref()
            == Some("ready")
    })
    .await;
}

fn gloo_utils_document_element() -> web_sys::Element {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .expect("a document")
}
