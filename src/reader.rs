//! The reader: what a pre-rendered knowledge-base page runs instead of the whole app.
//!
//! Such a page arrives as finished HTML (rendered by the build, src/bin/prerender.rs), and its links
//! are ordinary links: to other pre-rendered pages, or to the app's routes. The
//! reader keeps that HTML as it is and adds only what needs the browser: the
//! Mark as read button with the student's progress, the Copy buttons of code
//! blocks, the `/` and Esc keys of the search field, the update prompt and the
//! notices. It carries no content bundle, router, search or quiz, which is what
//! keeps a page's first load small (`cargo xtask size` prints it).
//!
//! Search needs the whole app: when the search field gets focus, the reader
//! adds the app's loader to the page (named by `<meta name="rootcamp-app">`),
//! and the app takes over the page with what was typed so far (`crate::start`).
//! Following a link to the quiz or progress loads the app as usual. After a
//! first visit the service worker has all of it cached.

use crate::components::copy_code::copy_code;
use crate::components::notice::Notice;
use crate::components::report_link::copy_static_report_offline;
use crate::components::search_box::{focus_on_slash, search_field};
use crate::components::update_prompt::UpdatePrompt;
use crate::hooks::{use_document_keys, use_progress_sync};
use crate::pages::kb_page::ReadButton;
use crate::state::{AppState, StateHandle};
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, MouseEvent};
use yew::prelude::*;

/// Where the pre-rendered page has its Mark as read button, named by slug.
const READ_TOGGLE: &str = ".read-toggle[data-slug]";

/// Starts the reader on a pre-rendered page in short tasks, so that none
/// blocks the page for long on a slow phone: the wasm module's instantiation,
/// the first access to storage, then the first render. It stops when the app
/// takes the page over ([`crate::TOOK_OVER`]), so no key is handled twice.
pub fn start() {
    crate::in_short_tasks(|| {
        if let Some(reader) = mount() {
            let window = gloo::utils::window();
            EventListener::once(&window, crate::TOOK_OVER, move |_| reader.destroy()).forget();
        }
    });
}

/// Renders the reader at the top of the page's `<main>`. The static, disabled
/// Mark as read button is replaced by a working one in the same task, before
/// the browser paints again.
pub fn mount() -> Option<yew::AppHandle<Reader>> {
    let document = gloo::utils::document();
    let main = document.get_element_by_id("main")?;
    let slot = document.create_element("div").ok()?;
    slot.set_class_name("reader-slot");
    main.prepend_with_node_1(&slot).ok()?;
    if let Some(host) = read_toggle() {
        host.set_inner_html("");
    }
    Some(yew::Renderer::<Reader>::with_root(slot).render())
}

fn read_toggle() -> Option<Element> {
    gloo::utils::document()
        .query_selector(READ_TOGGLE)
        .ok()
        .flatten()
}

/// Adds the app's loader script (address and integrity from the page's
/// `<meta name="rootcamp-app">`) to the page: the app then takes it over.
fn load_app() {
    let document = gloo::utils::document();
    let Some(meta) = document
        .query_selector(r#"meta[name="rootcamp-app"]"#)
        .ok()
        .flatten()
    else {
        return;
    };
    let (Some(src), Some(integrity), Ok(script), Some(head)) = (
        meta.get_attribute("content"),
        meta.get_attribute("data-integrity"),
        document.create_element("script"),
        document.head(),
    ) else {
        return;
    };
    for (name, value) in [("type", "module"), ("src", &src), ("integrity", &integrity)] {
        let _ = script.set_attribute(name, value);
    }
    let _ = head.append_child(&script);
}

/// The reader's components, rendered at the top of the page's `<main>`; the
/// Mark as read button goes into its place in the article through a portal.
#[component]
pub fn Reader() -> Html {
    let state = use_reducer(AppState::load);
    use_progress_sync(&state);
    let on_key = use_callback((), |event: KeyboardEvent, _| {
        focus_on_slash(&event, search_field());
    });
    use_document_keys(on_key);
    use_effect_with((), |_| {
        let copy = gloo::utils::document()
            .get_element_by_id("main")
            .map(|main| {
                // Not passive: a report link clicked offline is kept from opening.
                let options = gloo::events::EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&main, "click", options, |event| {
                    if let Some(event) = event.dyn_ref::<MouseEvent>() {
                        copy_code(event);
                        copy_static_report_offline(event);
                    }
                })
            });
        let field_listeners = search_field().map(|field| {
            let target = field.clone();
            let clear = EventListener::new(&field, "keydown", move |event| {
                if event
                    .dyn_ref::<KeyboardEvent>()
                    .is_some_and(|k| k.key() == "Escape")
                {
                    target.set_value("");
                }
            });
            (clear, EventListener::once(&field, "focus", |_| load_app()))
        });
        let following = crate::components::toc::follow_sections();
        // Children's effects ran first: every listener is in place.
        let _ = gloo::utils::document_element().set_attribute("data-app", "ready");
        move || drop((copy, field_listeners, following))
    });
    let host = use_memo((), |_| read_toggle());
    let read_button = (*host).clone().map(|host| {
        let slug = host.get_attribute("data-slug").unwrap_or_default();
        create_portal(html! { <ReadButton {slug} /> }, host)
    });
    html! {
        <ContextProvider<StateHandle> context={state}>
            <UpdatePrompt />
            <Notice />
            { for read_button }
        </ContextProvider<StateHandle>>
    }
}
