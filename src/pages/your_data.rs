//! The progress page's "Your data": export, import with a preview (merge or
//! replace, and undo), transfer links to another device, and clearing.
//! A file or link that cannot be read is refused with the reason, and the
//! current progress stays exactly as it was.

use crate::pages::safekeeping::{Safekeeping, download};
use crate::pages::transfer_link::TransferLink;
use crate::state::{Action, StateHandle, use_app_state};
use crate::storage::{self, BEFORE_IMPORT_KEY};
use rootcamp_core::Progress;
use rootcamp_core::progress::transfer;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Larger files are refused before they are read: far beyond anything the
/// browser's storage could hold, so every export the app makes fits.
const MAX_IMPORT_BYTES: f64 = 200_000_000.0;

/// Progress read from a file or a link, waiting for the student's choice.
#[derive(Clone, PartialEq)]
struct Pending {
    /// "rootcamp-progress.json", or "The transfer link".
    source: String,
    progress: Progress,
}

/// A message under the buttons: (ok, text).
type Message = UseStateHandle<Option<(bool, String)>>;

#[component]
pub fn YourData() -> Html {
    let state = use_app_state();
    let message: Message = use_state(|| None);
    let pending = use_state(|| None::<Pending>);
    let confirm_clear = use_state(|| false);
    let can_undo = use_state(|| storage::get(BEFORE_IMPORT_KEY).is_some());
    {
        // A transfer link opens this page with the progress in its fragment.
        let (pending, message) = (pending.clone(), message.clone());
        use_effect_with((), move |_| open_transfer_link(&pending, &message));
    }

    let export = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            download("rootcamp-progress.json", &state.progress.to_json())
        })
    };
    let import = {
        let (pending, message) = (pending.clone(), message.clone());
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let (pending, message) = (pending.clone(), message.clone());
            let name = file.name();
            if file.size() > MAX_IMPORT_BYTES {
                message.set(Some((false, format!("{name} was not imported: it is larger than 200 MB, so it is not a Rootcamp export. Your progress is unchanged."))));
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                let text = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string());
                let read = match text {
                    None => Err("it could not be read as text".to_string()),
                    Some(text) => Progress::from_json(&text).map_err(|e| e.to_string()),
                };
                match read {
                    Ok(progress) => {
                        message.set(None);
                        pending.set(Some(Pending {
                            source: name,
                            progress,
                        }));
                    }
                    Err(reason) => {
                        pending.set(None);
                        message.set(Some((
                            false,
                            format!(
                                "{name} was not imported: {reason}. Your progress is unchanged."
                            ),
                        )));
                    }
                }
            });
        })
    };
    let decide = |replace: bool| {
        let (state, pending, message, can_undo) = (
            state.clone(),
            pending.clone(),
            message.clone(),
            can_undo.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(p) = (*pending).clone() else { return };
            keep_for_undo(&state);
            can_undo.set(true);
            let done = if replace {
                state.dispatch(Action::replace(p.progress));
                "replaced your progress"
            } else {
                state.dispatch(Action::import(p.progress));
                "was merged into your progress"
            };
            let text = if replace {
                format!(
                    "{} {done}. Undo the import to get back what you had.",
                    p.source
                )
            } else {
                format!("{} {done}.", p.source)
            };
            message.set(Some((true, text)));
            pending.set(None);
        })
    };
    let cancel_import = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(None))
    };
    let undo = {
        let (state, message, can_undo) = (state.clone(), message.clone(), can_undo.clone());
        Callback::from(move |_: MouseEvent| {
            match storage::get(BEFORE_IMPORT_KEY).map(|t| Progress::from_json(&t)) {
                Some(Ok(before)) => {
                    state.dispatch(Action::replace(before));
                    storage::remove(BEFORE_IMPORT_KEY);
                    can_undo.set(false);
                    message.set(Some((true, "The last import was undone: your progress is as it was before it.".into())));
                }
                Some(Err(reason)) => message.set(Some((false, format!("The last import cannot be undone: the copy kept before it cannot be read ({reason}). Your progress is unchanged.")))),
                None => can_undo.set(false),
            }
        })
    };
    let ask_clear = {
        let confirm_clear = confirm_clear.clone();
        Callback::from(move |_: MouseEvent| confirm_clear.set(true))
    };
    let clear = {
        let (state, confirm_clear, message, can_undo) = (
            state.clone(),
            confirm_clear.clone(),
            message.clone(),
            can_undo.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            keep_for_undo(&state);
            can_undo.set(true);
            state.dispatch(Action::clear());
            confirm_clear.set(false);
            message.set(Some((
                true,
                "All progress was cleared, in every tab. Undo brings it back.".into(),
            )));
        })
    };
    let cancel_clear = {
        let confirm_clear = confirm_clear.clone();
        Callback::from(move |_: MouseEvent| confirm_clear.set(false))
    };
    html! {
        <section aria-labelledby="your-data">
            <h2 id="your-data">{ "Your data" }</h2>
            <p>{ "Progress stays in this browser only. Export it to keep a copy, or move it to another device with a transfer link." }</p>
            <p class="data-actions">
                <button type="button" onclick={export}>{ "Export progress" }</button>
                <label class="file-button">{ "Import progress from a file…" }<input type="file" accept=".json,application/json" onchange={import} /></label>
            </p>
            if let Some(p) = &*pending {
                <div class="import-preview" role="region" aria-label="Import preview">
                    <p>{ format!("{} would add: {}.", p.source, state.progress.import_summary(&p.progress)) }</p>
                    <p class="data-actions">
                        <button type="button" class="primary" onclick={decide(false)}>{ "Merge into my progress" }</button>{ " " }
                        <button type="button" onclick={decide(true)}>{ "Replace everything with it" }</button>{ " " }
                        <button type="button" onclick={cancel_import}>{ "Cancel" }</button>
                    </p>
                </div>
            }
            if let Some((ok, text)) = &*message {
                <p class={classes!("data-message", if *ok { "ok" } else { "error" })} role={if *ok { "status" } else { "alert" }}>{ text }</p>
            }
            if *can_undo {
                <p><button type="button" onclick={undo}>{ "Undo the last import" }</button></p>
            }
            <TransferLink />
            <Safekeeping />
            if *confirm_clear {
                <p role="alert">{ "This deletes every read mark, answer, schedule and exam, in every tab of this browser. " }
                    <button type="button" onclick={clear}>{ "Yes, clear all progress" }</button>{ " " }
                    <button type="button" onclick={cancel_clear}>{ "Keep my progress" }</button>
                </p>
            } else {
                <p><button type="button" onclick={ask_clear}>{ "Clear all progress" }</button></p>
            }
        </section>
    }
}

/// Keeps the progress as it is now, for "Undo the last import".
fn keep_for_undo(state: &StateHandle) {
    storage::set(BEFORE_IMPORT_KEY, &state.progress.to_json());
}

/// Reads `#transfer=…` from the address, offers it as an import, and takes
/// it out of the address so a reload does not offer it again.
fn open_transfer_link(pending: &UseStateHandle<Option<Pending>>, message: &Message) {
    let location = gloo::utils::window().location();
    let hash = location.hash().unwrap_or_default();
    let Some(data) = hash
        .strip_prefix('#')
        .and_then(|h| h.strip_prefix(transfer::FRAGMENT_KEY))
    else {
        return;
    };
    match transfer::decode(data) {
        Ok(progress) => pending.set(Some(Pending {
            source: "The transfer link".into(),
            progress,
        })),
        Err(reason) => message.set(Some((
            false,
            format!("The transfer link was not imported: {reason}. Your progress is unchanged."),
        ))),
    }
    if let (Ok(history), Ok(path)) = (gloo::utils::window().history(), location.pathname()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}
