//! Keeps clicks on plain links inside the app.
//!
//! Content links are relative to the site's `<base href>` (`kb/slug#anchor`),
//! so they work under any base path. A plain click on a same-origin link that
//! nothing else handled becomes a history push instead of a full page load.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlAnchorElement, MouseEvent};
use yew_router::history::{BrowserHistory, History};

/// Click handler for a container of links (yew-router's `Link`s handle themselves).
pub fn follow_in_app(event: &MouseEvent) {
    if event.default_prevented() {
        return;
    }
    if let Some(path) = in_app_target(event) {
        event.prevent_default();
        BrowserHistory::new().push(path);
    }
}

/// The path (with `#anchor`) of a plain left click on a same-origin link.
fn in_app_target(event: &MouseEvent) -> Option<String> {
    if event.button() != 0
        || event.ctrl_key()
        || event.meta_key()
        || event.shift_key()
        || event.alt_key()
    {
        return None;
    }
    let anchor: HtmlAnchorElement = event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest("a[href]")
        .ok()??
        .dyn_into()
        .ok()?;
    let here = web_sys::window()?.location();
    if anchor.origin() != here.origin().ok()?
        || !anchor.target().is_empty()
        || anchor.has_attribute("download")
    {
        return None;
    }
    Some(format!("{}{}", anchor.pathname(), anchor.hash()))
}
