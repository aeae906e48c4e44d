//! Tells the student when a new version is ready and switches only on their
//! say-so, never in the middle of an exam. The service worker's registration
//! (web/sw-register.js) announces the waiting version and provides
//! `window.rootcampUpdate()`.

use crate::state::use_app_state;
use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

fn update_function() -> Option<js_sys::Function> {
    let window = crate::browser::window()?;
    js_sys::Reflect::get(&window, &JsValue::from_str("rootcampUpdate"))
        .ok()?
        .dyn_into()
        .ok()
}

#[component]
pub fn UpdatePrompt() -> Html {
    let state = use_app_state();
    let ready = use_state(|| update_function().is_some());
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window()
                .map(|w| EventListener::new(&w, "rootcamp-update-ready", move |_| ready.set(true)));
            move || drop(listener)
        });
    }
    if !*ready || state.progress.exam().is_some() {
        return Html::default();
    }
    let update = Callback::from(|_: MouseEvent| {
        if let Some(f) = update_function() {
            let _ = f.call0(&JsValue::NULL);
        }
    });
    html! {
        <div class="update-prompt" role="status">
            <p>{ "A new version of Rootcamp is ready. Your progress is kept." }</p>
            <button type="button" class="primary" onclick={update}>{ "Update now" }</button>
        </div>
    }
}
