//! Keyboard for quizzes: number keys pick an option, Enter checks or moves
//! on, F flags, G, U and S say how sure the student is.

use super::use_document_keys;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) enum QuizKey {
    Number(usize),
    Enter,
    Flag,
    /// G, U or S: how sure the student is of the answer.
    Sure(rootcamp_core::schedule::Confidence),
}

#[hook]
pub fn use_quiz_keys(on_key: Callback<QuizKey>) {
    let keys = use_callback(on_key, |event: KeyboardEvent, on_key| {
        // Enter on a button or link is that control's own business.
        let tag = event
            .target()
            .and_then(|t| t.dyn_into::<HtmlElement>().ok())
            .map(|t| t.tag_name())
            .unwrap_or_default();
        let key = match event.key().as_str() {
            "Enter" if tag != "BUTTON" && tag != "A" => QuizKey::Enter,
            "f" | "F" => QuizKey::Flag,
            "g" | "G" => QuizKey::Sure(rootcamp_core::schedule::Confidence::Guess),
            "u" | "U" => QuizKey::Sure(rootcamp_core::schedule::Confidence::Unsure),
            "s" | "S" => QuizKey::Sure(rootcamp_core::schedule::Confidence::Sure),
            k => match k.parse::<usize>() {
                Ok(n) if (1..=9).contains(&n) => QuizKey::Number(n),
                _ => return,
            },
        };
        event.prevent_default();
        on_key.emit(key);
    });
    use_document_keys(keys);
}
