//! Keyboard for quizzes: number keys pick an option, Enter checks or moves
//! on, F flags. Keys typed into a text field are left alone.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum QuizKey {
    Number(usize),
    Enter,
    Flag,
}

#[hook]
pub fn use_quiz_keys(on_key: Callback<QuizKey>) {
    use_effect_with(on_key, |on_key| {
        let on_key = on_key.clone();
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(
            &gloo::utils::document(),
            "keydown",
            options,
            move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if event.ctrl_key() || event.meta_key() || event.alt_key() {
                    return;
                }
                let target = event
                    .target()
                    .and_then(|t| t.dyn_into::<HtmlElement>().ok());
                let tag = target.as_ref().map(|t| t.tag_name()).unwrap_or_default();
                let typing = tag == "TEXTAREA"
                    || (tag == "INPUT"
                        && !matches!(input_type(target.as_ref()).as_str(), "radio" | "checkbox"));
                if typing {
                    return;
                }
                let key = match event.key().as_str() {
                    "Enter" if tag != "BUTTON" && tag != "A" => QuizKey::Enter,
                    "f" | "F" => QuizKey::Flag,
                    k => match k.parse::<usize>() {
                        Ok(n) if (1..=9).contains(&n) => QuizKey::Number(n),
                        _ => return,
                    },
                };
                event.prevent_default();
                on_key.emit(key);
            },
        );
        move || drop(listener)
    });
}

fn input_type(target: Option<&HtmlElement>) -> String {
    target
        .and_then(|t| t.get_attribute("type"))
        .unwrap_or_default()
}
