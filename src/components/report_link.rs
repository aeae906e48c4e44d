//! "Report a problem": a link to a new issue on the project's repository,
//! prefilled with the question or page, the content version and the answer.
//! A build without a repository (see `build.rs`) shows no link.

use rootcamp_core::report::{Repo, Report, Subject};
use yew::prelude::*;

/// The repository this build reports to, if any.
pub const REPO: Option<&str> = option_env!("ROOTCAMP_REPORT_REPO");

/// What the report is about.
#[derive(Clone, PartialEq)]
pub enum About {
    Question(AttrValue),
    Page(AttrValue),
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub about: About,
    /// The student's answer in words, when they gave one.
    #[prop_or_default]
    pub answer: Option<String>,
    #[prop_or(REPO.map(AttrValue::Static))]
    pub repo: Option<AttrValue>,
}

/// Opens the prefilled issue in a new tab; offline, copies the report
/// instead, to paste into an issue later.
#[component]
pub fn ReportLink(props: &Props) -> Html {
    let copied = use_state(|| false);
    let Some(repo) = props.repo.as_deref().and_then(Repo::parse) else {
        return Html::default();
    };
    let (subject, what) = match &props.about {
        About::Question(id) => (Subject::Question(id), "question"),
        About::Page(slug) => (Subject::Page(slug), "page"),
    };
    let report = Report {
        subject,
        content_version: crate::content::version(),
        answer: props.answer.clone(),
    };
    let href = repo.issue_url(&report);
    let onclick = {
        let copied = copied.clone();
        let text = format!("{}\n\n{}", report.title(), report.body());
        Callback::from(move |event: MouseEvent| {
            let Some(window) = web_sys::window() else {
                return;
            };
            if !window.navigator().on_line() {
                event.prevent_default();
                let _ = window.navigator().clipboard().write_text(&text);
                copied.set(true);
            }
        })
    };
    html! {
        <p class="report">
            <a {href} target="_blank" rel="noopener" {onclick}>{ format!("Report a problem with this {what}") }</a>
            <span class="meta">{ " (opens a GitHub issue)" }</span>
            if *copied { <span role="status">{ OFFLINE_COPIED }</span> }
        </p>
    }
}

/// On a pre-rendered page (the reader's), a "Report a problem" link clicked
/// offline copies the report its address carries instead of opening GitHub,
/// as the app's links do.
pub(crate) fn copy_static_report_offline(event: &MouseEvent) {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.navigator().on_line() {
        return;
    }
    let Some(link) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest(".report a").ok().flatten())
    else {
        return;
    };
    let Some(text) = link
        .get_attribute("href")
        .and_then(|href| rootcamp_core::report::text_of_issue_url(&href))
    else {
        return;
    };
    event.prevent_default();
    let _ = window.navigator().clipboard().write_text(&text);
    if link
        .parent_element()
        .and_then(|p| p.query_selector("[role=status]").ok().flatten())
        .is_none()
    {
        let note = gloo::utils::document().create_element("span");
        if let (Ok(note), Some(parent)) = (note, link.parent_element()) {
            let _ = note.set_attribute("role", "status");
            note.set_text_content(Some(OFFLINE_COPIED));
            let _ = parent.append_child(&note);
        }
    }
}

/// What a report link says when it copied the report instead of opening GitHub.
const OFFLINE_COPIED: &str =
    " You are offline: the report was copied, paste it into an issue later.";
