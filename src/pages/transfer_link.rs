//! Moving progress to another device: a link with the progress in its
//! fragment (never sent to a server), and a QR code of it where it fits.

use crate::state::use_app_state;
use rootcamp_core::progress::transfer;
use yew::prelude::*;

/// Makes a link that carries the student's progress in its fragment, with a
/// QR code of it where it fits one.
#[component]
pub fn TransferLink() -> Html {
    let state = use_app_state();
    let link = use_state(|| None::<String>);
    let make = {
        let (state, link) = (state.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let location = gloo::utils::window().location();
            let here = format!(
                "{}{}",
                location.origin().unwrap_or_default(),
                location.pathname().unwrap_or_default()
            );
            let data = transfer::encode(&state.progress);
            link.set(Some(format!("{here}#{}{data}", transfer::FRAGMENT_KEY)));
        })
    };
    let copy = {
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(link) = &*link {
                let _ = gloo::utils::window()
                    .navigator()
                    .clipboard()
                    .write_text(link);
            }
        })
    };
    html! {
        <div class="transfer">
            <h3>{ "Move to another device" }</h3>
            <p>{ "A transfer link carries your progress in the part of the address after #, which browsers never send to any server. Open it on the other device: it shows what it would add before anything changes." }</p>
            <p><button type="button" onclick={make}>{ if link.is_some() { "Make a new transfer link" } else { "Make a transfer link" } }</button></p>
            if let Some(url) = &*link {
                <p>
                    <label for="transfer-link">{ "Transfer link" }</label>
                    <input id="transfer-link" type="text" readonly=true value={url.clone()} />
                    <button type="button" onclick={copy}>{ "Copy link" }</button>
                </p>
                { qr_code(url) }
            }
        </div>
    }
}

fn qr_code(url: &str) -> Html {
    match transfer::qr_path(url) {
        Some((size, path)) => {
            // A quiet zone of four modules on every side, as scanners expect.
            let side = (size + 8).to_string();
            let view_box = format!("-4 -4 {side} {side}");
            html! {
                <figure class="qr">
                    <svg viewBox={view_box} role="img" aria-label="QR code of the transfer link" shape-rendering="crispEdges">
                        <rect x="-4" y="-4" width={side.clone()} height={side} fill="#fff" />
                        <path d={path} fill="#000" />
                    </svg>
                    <figcaption>{ "Scan it with the other device's camera to open the link there." }</figcaption>
                </figure>
            }
        }
        None => html! {
            <p class="meta">{ format!("This link is {} characters long, more than a QR code can hold (about 2,900), so there is no QR code: copy the link to the other device (in a message or a note), or export a file and import it there.", url.len()) }</p>
        },
    }
}
