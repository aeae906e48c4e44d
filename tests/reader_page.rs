//! The reader (src/reader.rs) on a pre-rendered page, in headless Chromium.
#![cfg(target_arch = "wasm32")]

use rootcamp::storage::{ASIDE_KEY, KEY};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

mod support;

use support::{app_ready, forget_ready, wait_until};

wasm_bindgen_test_configure!(run_in_browser);

/// What the build (src/bin/prerender.rs) writes for a page, reduced to what the reader touches.
const PAGE: &str = r#"<main id="main"><article class="kb-page"><h1>Root user MFA</h1>
<p class="read-toggle" data-slug="root-mfa"><button type="button" aria-pressed="false" disabled>Mark as read</button></p>
</article></main>"#;

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// A pre-rendered page in the document with `saved` as the stored progress, and the reader started on it.
async fn open(saved: Option<&str>) -> (yew::AppHandle<rootcamp::reader::Reader>, Element) {
    storage().clear().unwrap();
    if let Some(saved) = saved {
        storage().set_item(KEY, saved).unwrap();
    }
    let document = web_sys::window().unwrap().document().unwrap();
    let page = document.create_element("div").unwrap();
    page.set_id("prerendered");
    page.set_inner_html(PAGE);
    document.body().unwrap().append_child(&page).unwrap();
    forget_ready();
    let handle = rootcamp::reader::mount().expect("the page has a <main>");
    app_ready().await;
    (handle, page)
}

fn close(handle: yew::AppHandle<rootcamp::reader::Reader>, page: Element) {
    handle.destroy();
    page.remove();
}

fn button(page: &Element) -> HtmlElement {
    page.query_selector(".read-toggle button")
        .unwrap()
        .expect("a Mark as read button")
        .dyn_into()
        .unwrap()
}

#[wasm_bindgen_test]
async fn mark_as_read_works_and_is_saved() {
    let (handle, page) = open(None).await;
    let read = button(&page);
    assert_eq!(read.text_content().unwrap(), "Mark as read");
    assert!(
        !read.has_attribute("disabled"),
        "the reader enables the button"
    );
    assert_eq!(read.get_attribute("aria-pressed").as_deref(), Some("false"));
    assert_eq!(
        page.query_selector_all(".read-toggle button")
            .unwrap()
            .length(),
        1
    );
    read.click();
    wait_until("the button to be pressed", || {
        read.get_attribute("aria-pressed").as_deref() == Some("true")
    })
    .await;
    assert_eq!(read.get_attribute("aria-pressed").as_deref(), Some("true"));
    let saved = storage().get_item(KEY).unwrap().unwrap();
    let saved = rootcamp_core::Progress::from_json(&saved).expect("saved progress reads back");
    assert_eq!(saved.read_pages().collect::<Vec<_>>(), ["root-mfa"]);
    close(handle, page);
}

#[wasm_bindgen_test]
async fn a_page_already_read_shows_as_read() {
    let saved = r#"{"kind":"rootcamp-progress","version":1,"progress":{"read":["root-mfa"]}}"#;
    let (handle, page) = open(Some(saved)).await;
    assert_eq!(
        button(&page).get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(
        storage().get_item(KEY).unwrap().as_deref(),
        Some(saved),
        "opening a page writes nothing back"
    );
    close(handle, page);
}

#[wasm_bindgen_test]
async fn unreadable_progress_is_kept_aside_and_reported() {
    let broken = "{not json";
    let (handle, page) = open(Some(broken)).await;
    let notice = page
        .query_selector(".notice[role='alert'] p")
        .unwrap()
        .expect("a notice");
    assert_eq!(
        notice.text_content().unwrap(),
        format!(
            "Your saved progress could not be read: it is not valid JSON (key must be a string at line 1 column 2). It was kept aside in this browser under \"{ASIDE_KEY}\", and Rootcamp started with fresh progress. The Progress page lists it."
        )
    );
    assert_eq!(
        storage().get_item(ASIDE_KEY).unwrap().as_deref(),
        Some(broken)
    );
    close(handle, page);
}

#[wasm_bindgen_test]
async fn the_reader_stops_when_the_app_takes_over() {
    storage().clear().unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let page = document.create_element("div").unwrap();
    page.set_id("prerendered");
    page.set_inner_html(PAGE);
    document.body().unwrap().append_child(&page).unwrap();
    rootcamp::reader::start();
    wait_until("the reader to start", || {
        !button(&page).has_attribute("disabled")
    })
    .await;
    assert!(
        !button(&page).has_attribute("disabled"),
        "the reader started"
    );
    let event = web_sys::Event::new(rootcamp::TOOK_OVER).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    let left = || {
        page.query_selector_all(".read-toggle button, .reader-slot *")
            .unwrap()
            .length()
    };
    wait_until("the reader to leave", || left() == 0).await;
    assert_eq!(
        page.query_selector_all(".read-toggle button, .reader-slot *")
            .unwrap()
            .length(),
        0,
        "nothing of the reader is left"
    );
    page.remove();
}
