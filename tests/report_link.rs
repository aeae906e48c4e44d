//! "Report a problem" links, rendered in headless Chromium.
#![cfg(target_arch = "wasm32")]

use rootcamp::components::report_link::{About, Props, ReportLink};
use std::time::Duration;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::AttrValue;

mod support;

use support::wait_until;

wasm_bindgen_test_configure!(run_in_browser);

async fn render(props: Props) -> (yew::AppHandle<ReportLink>, Element) {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<ReportLink>::with_root_and_props(root.clone(), props).render();
    // Rendering is scheduled: yield once to let it run.
    yew::platform::time::sleep(Duration::ZERO).await;
    (handle, root)
}

#[wasm_bindgen_test]
async fn a_question_report_opens_a_prefilled_issue_with_the_answer() {
    let version = rootcamp::content::version();
    let (handle, root) = render(Props {
        about: About::Question(AttrValue::Static("root-mfa-01")),
        answer: Some("\"Use a hardware key\"".into()),
        repo: Some(AttrValue::Static("team/rootcamp")),
    })
    .await;
    let link = root.query_selector("a").unwrap().expect("a link");
    assert_eq!(
        link.text_content().unwrap(),
        "Report a problem with this question"
    );
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(
        link.get_attribute("href").unwrap(),
        format!(
            "https://github.com/team/rootcamp/issues/new?title=Problem%20with%20question%20root-mfa-01\
             &body=Question%3A%20root-mfa-01%0AContent%20version%3A%20{version}%0A\
             My%20answer%3A%20%22Use%20a%20hardware%20key%22%0A%0AWhat%20is%20wrong%2C%20and%20the%20AWS%20page%20that%20says%20so%3A%0A"
        )
    );
    assert_eq!(version.len(), 10, "{version}");
    handle.destroy();
}

#[wasm_bindgen_test]
async fn without_a_repository_there_is_no_link() {
    for repo in [
        None,
        Some(AttrValue::Static("")),
        Some(AttrValue::Static("/srv/git/rootcamp")),
    ] {
        let page = || About::Page(AttrValue::Static("root-vs-iam"));
        // First with a repository, so the empty result below is a render, not a render not yet run.
        let (mut handle, root) = render(Props {
            about: page(),
            answer: None,
            repo: Some(AttrValue::Static("team/rootcamp")),
        })
        .await;
        assert!(root.query_selector("a").unwrap().is_some(), "a link first");
        handle.update(Props {
            about: page(),
            answer: None,
            repo: repo.clone(),
        });
        wait_until("the link to go", || root.inner_html().is_empty()).await;
        assert_eq!(root.inner_html(), "", "{repo:?}");
        handle.destroy();
    }
}
