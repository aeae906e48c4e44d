//! Moving the student's attention: after each step of a quiz, what the step
//! is about is scrolled to the top of the view and gets the focus, so that
//! neither the eye nor a screen reader is left at the bottom of the last one.

use wasm_bindgen::JsCast;
use web_sys::{FocusOptions, HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};

/// Scrolls the first element matching `selector` to the top of the view and
/// focuses it (it becomes focusable from script, not from Tab, if it was not).
pub fn bring_into_view(selector: &str) {
    let Some(element) = gloo::utils::document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    if !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
    let focus = FocusOptions::new();
    focus.set_prevent_scroll(true);
    let _ = element.focus_with_options(&focus);
    let scroll = ScrollIntoViewOptions::new();
    scroll.set_block(ScrollLogicalPosition::Start);
    element.scroll_into_view_with_scroll_into_view_options(&scroll);
}
