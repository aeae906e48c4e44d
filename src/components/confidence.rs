//! "How sure are you?": guess, unsure or sure, before checking an answer.

use rootcamp_core::schedule::Confidence;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub value: Option<Confidence>,
    pub onchange: Callback<Option<Confidence>>,
}

/// Optional; G, U or S from the keyboard (see [`crate::hooks::QuizKey`]).
/// Choosing the checked one again clears it.
#[component]
pub fn ConfidencePicker(props: &Props) -> Html {
    let choices = [
        (Confidence::Guess, "Guess", "G"),
        (Confidence::Unsure, "Unsure", "U"),
        (Confidence::Sure, "Sure", "S"),
    ];
    html! {
        <fieldset class="confidence">
            <legend>{ "How sure are you? (optional)" }</legend>
            { for choices.into_iter().map(|(c, label, key)| {
                let checked = props.value == Some(c);
                let onclick = props.onchange.reform(move |_: MouseEvent| (!checked).then_some(c));
                html! {
                    <label>
                        <input type="radio" name="confidence" {checked} {onclick} aria-keyshortcuts={key} />
                        { format!(" {label}") }
                    </label>
                }
            }) }
        </fieldset>
    }
}
