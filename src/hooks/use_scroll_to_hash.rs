//! Scrolls to the section named by the URL's `#anchor` once the page has
//! rendered (and again once its body, fetched apart, is `ready`), and to the
//! top when a new page opens without one. Anchors are
//! ASCII by construction (see `rootcamp_core::markdown::slugify`), so the hash
//! needs no decoding.

use yew::prelude::*;
use yew_router::prelude::*;

#[hook]
pub fn use_scroll_to_hash(ready: bool) {
    let location = use_location();
    let key = location.map(|l| {
        let hash = l.hash().to_string();
        let anchor_ready = ready && !hash.is_empty();
        (l.path().to_string(), hash, anchor_ready)
    });
    use_effect_with(key, |key| {
        let Some((_, hash, _)) = key else { return };
        let Some(window) = web_sys::window() else {
            return;
        };
        let id = hash.trim_start_matches('#');
        let target = (!id.is_empty())
            .then(|| window.document()?.get_element_by_id(id))
            .flatten();
        match target {
            Some(element) => element.scroll_into_view(),
            None => window.scroll_to_with_x_and_y(0.0, 0.0),
        }
    });
}
