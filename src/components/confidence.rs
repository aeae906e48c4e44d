//! "How sure are you?": guess, unsure or sure, before checking an answer.

use rootcamp_core::schedule::Confidence;
use yew::prelude::*;

/// Optional; G, U or S from the keyboard (see [`crate::hooks::QuizKey`]).
/// Choosing the checked one again clears it. A plain function, not a
/// component: it has no state of its own.
pub fn confidence_picker(
    value: Option<Confidence>,
    onchange: &Callback<Option<Confidence>>,
) -> Html {
    let choices = [
        (Confidence::Guess, "Guess", "G"),
        (Confidence::Unsure, "Unsure", "U"),
        (Confidence::Sure, "Sure", "S"),
    ];
    html! {
        // Rendered on the host, it waits for the app, like the question's options.
        <fieldset class="confidence" disabled={!crate::browser::present()}>
            <legend>{ "How sure are you? (optional)" }</legend>
            { for choices.into_iter().map(|(c, label, key)| {
                let checked = value == Some(c);
                let onclick = onchange.reform(move |_: MouseEvent| (!checked).then_some(c));
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
