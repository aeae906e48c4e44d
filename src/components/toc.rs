//! "On this page": the page's sections, with the one being read marked.
//! The app's knowledge-base page and the reader (on a pre-rendered page)
//! both follow the reader's place with [`follow_sections`].

use gloo::events::EventListener;
use wasm_bindgen::JsCast;

/// How far below the top of the view a heading counts as the one being read.
const READING_LINE_PX: f64 = 120.0;

/// Marks the contents link of the section at the top of the view with
/// `aria-current="location"`, now and on every scroll, until dropped.
pub(crate) fn follow_sections() -> Option<EventListener> {
    let window = crate::browser::window()?;
    mark_current();
    Some(EventListener::new(&window, "scroll", |_| mark_current()))
}

fn mark_current() {
    let Some(document) = crate::browser::window().and_then(|w| w.document()) else {
        return;
    };
    let (Ok(headings), Ok(links)) = (
        document.query_selector_all(".kb-page .prose h2[id]"),
        document.query_selector_all(".toc a"),
    ) else {
        return;
    };
    let elements = |list: &web_sys::NodeList| {
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
            .collect::<Vec<_>>()
    };
    let current = elements(&headings)
        .into_iter()
        .take_while(|h| h.get_bounding_client_rect().top() <= READING_LINE_PX)
        .last()
        .map(|h| format!("#{}", h.id()));
    // Written only where it changes: a scroll mostly stays in one section.
    for link in elements(&links) {
        let here = current
            .as_deref()
            .is_some_and(|id| link.get_attribute("href").is_some_and(|h| h.ends_with(id)));
        if here == link.has_attribute("aria-current") {
            continue;
        }
        let _ = if here {
            link.set_attribute("aria-current", "location")
        } else {
            link.remove_attribute("aria-current")
        };
    }
}
