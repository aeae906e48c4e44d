//! Telling the student that the same exam is open in another tab.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Whether another tab shows the same exam: tabs showing an exam say so on
/// a broadcast channel when they open it, and answer those that ask.
#[hook]
pub(super) fn use_open_elsewhere(exam: i64) -> bool {
    let elsewhere = use_state(|| false);
    {
        let elsewhere = elsewhere.clone();
        use_effect_with(exam, move |exam| {
            let channel = web_sys::BroadcastChannel::new("rootcamp-exam").ok();
            let hello = format!("open:{exam}");
            let here = format!("here:{exam}");
            let listener = channel.as_ref().map(|channel| {
                let (reply, hello, here) = (channel.clone(), hello.clone(), here.clone());
                gloo::events::EventListener::new(channel, "message", move |event| {
                    let data = event
                        .dyn_ref::<web_sys::MessageEvent>()
                        .and_then(|m| m.data().as_string());
                    if data.as_deref() == Some(hello.as_str()) {
                        let _ = reply.post_message(&here.clone().into());
                        elsewhere.set(true);
                    } else if data.as_deref() == Some(here.as_str()) {
                        elsewhere.set(true);
                    }
                })
            });
            if let Some(channel) = &channel {
                let _ = channel.post_message(&hello.into());
            }
            move || {
                drop(listener);
                if let Some(channel) = channel {
                    channel.close();
                }
            }
        });
    }
    *elsewhere
}
