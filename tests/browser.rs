//! Component tests: the real app rendered in headless Chromium.
#![cfg(target_arch = "wasm32")]

use rootcamp::App;
use rootcamp::content::bundle;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew_router::history::{BrowserHistory, History};

mod support;

use support::{app_ready, forget_ready, wait_until};

wasm_bindgen_test_configure!(run_in_browser);

/// Renders the app at `path` into a fresh container and waits until it is ready.
async fn open(path: &str) -> (yew::AppHandle<App>, Element) {
    open_with(path, None).await
}

/// Like [`open`], with `saved` as the stored progress (None: nothing stored).
async fn open_with(path: &str, saved: Option<&str>) -> (yew::AppHandle<App>, Element) {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    if let Some(saved) = saved {
        storage.set_item(rootcamp::storage::KEY, saved).unwrap();
    }
    BrowserHistory::new().replace(path);
    let document = gloo_document();
    // index.html gives the app a <base href> (Trunk fills in the public URL); content links are relative to it.
    if document.query_selector("base").unwrap().is_none() {
        let base = document.create_element("base").unwrap();
        base.set_attribute("href", "/").unwrap();
        document.head().unwrap().append_child(&base).unwrap();
    }
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    forget_ready();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    app_ready().await;
    (handle, root)
}

fn gloo_document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

fn click(root: &Element, selector: &str) {
    let element = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"));
    element.dyn_into::<HtmlElement>().unwrap().click();
}

fn location() -> (String, String) {
    let l = web_sys::window().unwrap().location();
    (l.pathname().unwrap(), l.hash().unwrap())
}

#[wasm_bindgen_test]
async fn home_lists_the_study_path_and_a_link_opens_the_page() {
    let pages = &bundle().unwrap().pages;
    let (handle, root) = open("/").await;
    assert_eq!(text_of(&root, "h1"), "Rootcamp");
    let titles: Vec<String> = {
        let list = root.query_selector_all(".study-path li > a").unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().text_content().unwrap())
            .collect()
    };
    let expected: Vec<String> = pages.iter().map(|p| p.title.clone()).collect();
    assert_eq!(titles, expected);

    click(&root, ".study-path li > a");
    let title = format!("{} · Rootcamp", pages[0].title);
    wait_until("the page and its title", || {
        text_of(&root, "h1") == pages[0].title && gloo_document().title() == title
    })
    .await;
    assert_eq!(location().0, format!("/kb/{}", pages[0].slug));
    assert_eq!(text_of(&root, "h1"), pages[0].title);
    assert_eq!(
        gloo_document().title(),
        format!("{} · Rootcamp", pages[0].title)
    );
    handle.destroy();
}

#[wasm_bindgen_test]
async fn a_link_in_the_content_goes_to_the_section_without_reloading() {
    let page = &bundle().unwrap().pages[0];
    let (handle, root) = open(&format!("/kb/{}", page.slug)).await;
    // A marker on the window survives in-app navigation but not a full reload.
    js_sys_marker(true);
    let link = root
        .query_selector(".prose a[href^='kb/']:not(.anchor)")
        .unwrap()
        .expect("the first page links to another section")
        .get_attribute("href")
        .unwrap();
    let (target_path, target_hash) = link.split_once('#').expect("the link names a section");
    click(&root, &format!(".prose a[href='{link}']"));
    wait_until("the section to be shown", || {
        root.query_selector(&format!("[id='{target_hash}']"))
            .unwrap()
            .is_some()
            && location().1 == format!("#{target_hash}")
    })
    .await;
    assert_eq!(
        location(),
        (format!("/{target_path}"), format!("#{target_hash}"))
    );
    let target_slug = target_path.trim_start_matches("kb/");
    let target = bundle().unwrap().page(target_slug).unwrap();
    assert_eq!(text_of(&root, "h1"), target.title);
    assert!(
        root.query_selector(&format!("[id='{target_hash}']"))
            .unwrap()
            .is_some(),
        "section {target_hash} is on the page"
    );
    assert!(js_sys_marker(false), "the page was not reloaded");
    handle.destroy();
}

#[wasm_bindgen_test]
async fn a_deep_link_shows_the_page_with_its_sources() {
    let page = &bundle().unwrap().pages[1];
    let (handle, root) = open(&format!("/kb/{}", page.slug)).await;
    assert_eq!(text_of(&root, "h1"), page.title);
    assert_eq!(text_of(&root, ".sources h2"), "Sources");
    let sources = root.query_selector_all(".sources li a").unwrap().length() as usize;
    assert_eq!(sources, page.sources.len());
    assert!(text_of(&root, ".sources").contains(&format!("Last checked: {}", page.checked)));
    handle.destroy();
}

#[wasm_bindgen_test]
async fn unknown_routes_and_slugs_show_not_found() {
    for path in ["/no/such/route", "/kb/no-such-page"] {
        let (handle, root) = open(path).await;
        assert_eq!(text_of(&root, "h1"), "Page not found", "at {path}");
        assert_eq!(gloo_document().title(), "Page not found · Rootcamp");
        handle.destroy();
    }
}

#[wasm_bindgen_test]
async fn marking_a_page_read_shows_on_the_home_page_and_is_saved() {
    let pages = &bundle().unwrap().pages;
    let (handle, root) = open(&format!("/kb/{}", pages[1].slug)).await;
    let button = root.query_selector(".read-toggle button").unwrap().unwrap();
    assert_eq!(button.text_content().unwrap(), "Mark as read");
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    click(&root, ".read-toggle button");
    wait_until("the button to be pressed", || {
        button.get_attribute("aria-pressed").as_deref() == Some("true")
    })
    .await;
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );

    click(&root, "a.brand");
    wait_until("the home page", || text_of(&root, "h1") == "Rootcamp").await;
    assert_eq!(
        text_of(&root, ".prose > p.meta"),
        format!("1 of {} pages read", pages.len())
    );
    let marked = root.query_selector_all(".study-path li.read > a").unwrap();
    assert_eq!(marked.length(), 1);
    assert_eq!(
        marked.item(0).unwrap().text_content().unwrap(),
        pages[1].title
    );
    let saved = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(rootcamp::storage::KEY)
        .unwrap()
        .unwrap();
    let saved = rootcamp_core::Progress::from_json(&saved).expect("saved progress reads back");
    assert_eq!(
        saved.read_pages().collect::<Vec<_>>(),
        [pages[1].slug.as_str()]
    );
    handle.destroy();
}

#[wasm_bindgen_test]
async fn unreadable_progress_is_kept_aside_and_reported() {
    // Saved by a newer version: this one must not overwrite it.
    let newer = r#"{"kind":"rootcamp-progress","version":7,"progress":{"cards":[]}}"#;
    let (handle, root) = open_with("/", Some(newer)).await;
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    assert_eq!(
        text_of(&root, "[role=alert] p"),
        "Your saved progress could not be read: it was saved by a newer version of Rootcamp (format 7; this version reads up to 3). It was kept aside in this browser under \"rootcamp.progress.unreadable\", and Rootcamp started with fresh progress. The Progress page lists it."
    );
    assert_eq!(
        storage
            .get_item(rootcamp::storage::ASIDE_KEY)
            .unwrap()
            .as_deref(),
        Some(newer)
    );
    assert_eq!(
        text_of(&root, ".prose > p.meta"),
        format!("0 of {} pages read", bundle().unwrap().pages.len())
    );
    handle.destroy();
}

#[wasm_bindgen_test]
async fn an_exam_answer_saved_before_its_question_changed_shows_as_unanswered() {
    let bank = &bundle().unwrap().questions;
    let q = bank
        .iter()
        .find(|q| matches!(q.body, rootcamp_core::quiz::Body::Order { .. }))
        .expect("the bank has an order question");
    let rootcamp_core::quiz::Body::Order { steps } = &q.body else {
        unreachable!()
    };
    // Step 9 does not exist (any more): the saved answer no longer fits.
    let saved = format!(
        r#"{{"kind":"rootcamp-progress","version":2,"progress":{{"exams":[{{"started_at":0,"finished_at":1,"seed":1,"questions":["{}"],"answers":[{{"Order":[0,9]}}],"correct":0,"total":1}}]}}}}"#,
        q.id
    );
    let (handle, root) = open_with("/quiz/exams/1", Some(&saved)).await;
    assert_eq!(text_of(&root, ".score"), "0 of 1 correct (0%)");
    let shown = root.query_selector_all(".reviewed .order li").unwrap();
    assert_eq!(shown.length() as usize, steps.len(), "every step is shown");
    assert_eq!(text_of(&root, ".reviewed .verdict-text"), "Not quite.");
    handle.destroy();
}

/// Each bar of the chart `id` as (its figure, its class), and each row of its table, cells joined by " | ".
fn chart_of(root: &Element, id: &str) -> (Vec<(String, String)>, Vec<String>) {
    let all = |selector: &str| {
        let list = root.query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().dyn_into::<Element>().unwrap())
            .collect::<Vec<_>>()
    };
    let bars = all(&format!("#{id} rect.bar"))
        .iter()
        .map(|r| {
            (
                r.get_attribute("data-value").unwrap(),
                r.get_attribute("class").unwrap(),
            )
        })
        .collect();
    let rows = all(&format!("#{id} tbody tr"))
        .iter()
        .map(|tr| {
            let cells = tr.children();
            (0..cells.length())
                .map(|i| cells.item(i).unwrap().text_content().unwrap())
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .collect();
    (bars, rows)
}

/// The accessible name of the chart `id`'s image: the text of what it is labelled by.
fn chart_name(root: &Element, id: &str) -> String {
    let svg = root
        .query_selector(&format!("#{id} svg[role=img]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no image in #{id}"));
    let by = svg.get_attribute("aria-labelledby").unwrap();
    gloo_document()
        .get_element_by_id(&by)
        .unwrap()
        .text_content()
        .unwrap()
}

#[wasm_bindgen_test]
async fn exam_scores_are_charted_with_the_exam_of_the_page_highlighted_and_the_same_figures_in_a_table()
 {
    let exam = |at: i64, correct: u32| {
        format!(
            r#"{{"started_at":{at},"finished_at":{},"seed":1,"questions":["retired-{at}"],"answers":[{{"Choices":[0]}}],"correct":{correct},"total":1}}"#,
            at + 1
        )
    };
    let saved = format!(
        r#"{{"kind":"rootcamp-progress","version":2,"progress":{{"exams":[{},{}]}}}}"#,
        exam(0, 1),
        exam(10, 0)
    );
    let (handle, root) = open_with("/quiz/exams/2", Some(&saved)).await;
    assert_eq!(
        chart_name(&root, "chart-exam-scores"),
        "Exam scores against the 72% pass line: this exam, exam 2, scored 0%; 1 of 2 exams reached the line."
    );
    let (bars, rows) = chart_of(&root, "chart-exam-scores");
    assert_eq!(
        bars,
        [
            ("100".into(), "bar".into()),
            ("0".into(), "bar current".into())
        ]
    );
    assert_eq!(
        rows,
        [
            "Exam 1 | 100% (1 of 1) | pass",
            "Exam 2 (this exam) | 0% (0 of 1) | not yet a pass"
        ]
    );
    assert_eq!(
        root.query_selector_all("#chart-exam-scores line.pass-line")
            .unwrap()
            .length(),
        1
    );

    // The progress page charts the same scores, none highlighted, and says
    // why the other charts are not there yet.
    BrowserHistory::new().push("/progress");
    wait_until("the progress page", || text_of(&root, "h1") == "Progress").await;
    let (bars, _) = chart_of(&root, "chart-exam-scores");
    assert_eq!(
        bars,
        [("100".into(), "bar".into()), ("0".into(), "bar".into())]
    );
    let empty = root.query_selector_all(".chart-empty").unwrap();
    assert_eq!(
        empty.length(),
        3,
        "mastery, coming due and accuracy wait for answers"
    );
    assert_eq!(root.query_selector_all("figure.chart").unwrap().length(), 1);
    handle.destroy();
}

/// Sets (`true`) or reads and clears (`false`) a flag on `window`.
fn js_sys_marker(set: bool) -> bool {
    let window = web_sys::window().unwrap();
    let key = wasm_bindgen::JsValue::from_str("__rootcampMarker");
    if set {
        js_sys::Reflect::set(&window, &key, &wasm_bindgen::JsValue::TRUE).unwrap();
        true
    } else {
        let was = js_sys::Reflect::get(&window, &key).unwrap().is_truthy();
        js_sys::Reflect::delete_property(&window, &key).unwrap();
        was
    }
}
