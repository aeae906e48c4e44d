//! Keeping progress safe from the browser: whether it keeps the site's
//! storage, automatic snapshots to restore, copies that could not be read,
//! and a weekly reminder to export where the storage may be cleared.

use crate::state::{Action, now_ms, use_app_state};
use crate::storage::{self, BEFORE_IMPORT_KEY, KeptCopy, Snapshot};
use rootcamp_core::Progress;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};
use yew::prelude::*;

/// When the reminder to export was last shown or dismissed.
const REMINDED_KEY: &str = "rootcamp.reminded-at";
const WEEK_MS: i64 = 7 * 86_400_000;

/// Saves `text` as a file named `name` through the browser's download.
pub(crate) fn download(name: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = gloo::utils::document()
        .create_element("a")
        .map(|a| a.unchecked_into::<HtmlAnchorElement>())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = Url::revoke_object_url(&url);
}

/// Whether the browser keeps the site's storage when it needs room (None:
/// it cannot say). Asks it to, once the student has progress worth keeping.
#[hook]
pub fn use_storage_kept() -> Option<bool> {
    let state = use_app_state();
    let kept = use_state(|| None::<bool>);
    let worth_keeping = state.progress.has_progress();
    {
        let kept = kept.clone();
        use_effect_with(worth_keeping, move |worth_keeping| {
            let manager = gloo::utils::window().navigator().storage();
            let ask = *worth_keeping;
            wasm_bindgen_futures::spawn_local(async move {
                let promise = if ask {
                    manager.persist()
                } else {
                    manager.persisted()
                };
                if let Ok(answer) = promise {
                    kept.set(JsFuture::from(answer).await.ok().and_then(|v| v.as_bool()));
                }
            });
        });
    }
    *kept
}

fn when(at: i64) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(at as f64));
    String::from(date.to_locale_string("en-GB", &JsValue::UNDEFINED))
}

#[component]
pub fn Safekeeping() -> Html {
    let state = use_app_state();
    let kept = use_storage_kept();
    let snapshots = use_state(storage::snapshots);
    let copies = use_state(storage::kept_copies);
    let message = use_state(|| None::<String>);
    let restore = |snapshot: &Snapshot| {
        let (state, message, text, at) = (
            state.clone(),
            message.clone(),
            snapshot.progress.clone(),
            snapshot.at,
        );
        Callback::from(move |_: MouseEvent| match Progress::from_json(&text) {
            Ok(progress) => {
                storage::set(BEFORE_IMPORT_KEY, &state.progress.to_json());
                state.dispatch(Action::replace(progress));
                message.set(Some(format!("Your progress is back as it was on {}. \"Undo the last import\" returns to what you had.", when(at))));
            }
            Err(reason) => message.set(Some(format!("That copy cannot be restored: {reason}."))),
        })
    };
    let retry = |copy: &KeptCopy| {
        let (state, message, copies, copy) =
            (state.clone(), message.clone(), copies.clone(), copy.clone());
        Callback::from(move |_: MouseEvent| match Progress::from_json(&copy.text) {
            Ok(progress) => {
                state.dispatch(Action::import(progress));
                storage::remove(&copy.key);
                copies.set(storage::kept_copies());
                message.set(Some(format!(
                    "The copy kept under \"{}\" can be read now: it was merged into your progress.",
                    copy.key
                )));
            }
            Err(reason) => message.set(Some(format!(
                "The copy kept under \"{}\" still cannot be read: {reason}. It stays kept.",
                copy.key
            ))),
        })
    };
    let save_copy = |copy: &KeptCopy| {
        let copy = copy.clone();
        Callback::from(move |_: MouseEvent| download(&format!("{}.json", copy.key), &copy.text))
    };
    html! {
        <div class="safekeeping">
            <h3>{ "Keeping it safe" }</h3>
            <p>{ match kept {
                Some(true) => "This browser keeps Rootcamp's storage: it will not clear your progress to free space.",
                Some(false) => "This browser may clear Rootcamp's storage when it needs room, or (Safari) after seven days without a visit. Export your progress now and then, or install Rootcamp as an app.",
                None => "This browser does not say whether it keeps Rootcamp's storage. Export your progress now and then to be safe.",
            } }</p>
            if !snapshots.is_empty() {
                <p>{ "Automatic copies of your progress, kept in this browser:" }</p>
                <ul class="snapshots">
                    { for snapshots.iter().map(|s| {
                        let answers = Progress::from_json(&s.progress).map(|p| p.answers().values().map(Vec::len).sum::<usize>()).unwrap_or(0);
                        html! { <li>{ format!("{} ({answers} answers) ", when(s.at)) }
                            <button type="button" onclick={restore(s)} aria-label={format!("Restore the copy of {}", when(s.at))}>{ "Restore" }</button></li> }
                    }) }
                </ul>
            }
            if !copies.is_empty() {
                <p>{ "Saved progress that could not be read, kept aside:" }</p>
                <ul class="kept-copies">
                    { for copies.iter().map(|c| html! {
                        <li>{ format!("\"{}\": {} ", c.key, c.problem.clone().unwrap_or_else(|| "this version can read it".into())) }
                            <button type="button" onclick={save_copy(c)}>{ format!("Download {}", c.key) }</button>{ " " }
                            <button type="button" onclick={retry(c)}>{ format!("Try {} again", c.key) }</button></li>
                    }) }
                </ul>
            }
            if let Some(text) = &*message {
                <p class="data-message" role="status">{ text }</p>
            }
        </div>
    }
}

/// At most once a week, where the browser may clear the storage: a reminder
/// to export or install, with a dismiss.
#[component]
pub fn KeepReminder() -> Html {
    let state = use_app_state();
    let kept = use_storage_kept();
    let due = use_state(|| {
        let last = storage::get(REMINDED_KEY).and_then(|t| t.parse::<i64>().ok());
        last.is_none_or(|last| now_ms() - last >= WEEK_MS)
    });
    if !(*due && kept == Some(false) && state.progress.has_progress()) {
        return Html::default();
    }
    let dismiss = {
        let due = due.clone();
        Callback::from(move |_: MouseEvent| {
            storage::set(REMINDED_KEY, &now_ms().to_string());
            due.set(false);
        })
    };
    html! {
        <div class="notice reminder" role="status">
            <p>{ "Your browser may clear Rootcamp's storage, and your progress with it. Keep a copy: export it from the " }
                <a href="progress">{ "Progress page" }</a>{ ", or install Rootcamp as an app." }</p>
            <button type="button" onclick={dismiss}>{ "Remind me next week" }</button>
        </div>
    }
}
