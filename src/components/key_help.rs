//! The quiz's keyboard shortcuts, listed where they work.

use yew::prelude::*;

/// The list for practice, or with `exam` for the exam (F flags, and there is
/// no feedback to check). A plain function, not a component: it has no
/// state, and each component costs the wasm its own copy of Yew's machinery.
pub fn key_help(exam: bool) -> Html {
    html! {
        <details class="key-help">
            <summary>{ "Keyboard shortcuts" }</summary>
            <ul>
                <li><kbd>{ "1" }</kbd>{ "–" }<kbd>{ "9" }</kbd>{ " choose an option (in a multiple-response question, press again to clear it)" }</li>
                if exam {
                    <li><kbd>{ "Enter" }</kbd>{ " next question" }</li>
                    <li><kbd>{ "F" }</kbd>{ " flag or unflag for review" }</li>
                } else {
                    <li><kbd>{ "G" }</kbd>{ ", " }<kbd>{ "U" }</kbd>{ ", " }<kbd>{ "S" }</kbd>{ " how sure you are: guess, unsure, sure" }</li>
                    <li><kbd>{ "Enter" }</kbd>{ " check the answer, then go to the next question" }</li>
                }
                <li><kbd>{ "/" }</kbd>{ " search" }</li>
            </ul>
        </details>
    }
}
