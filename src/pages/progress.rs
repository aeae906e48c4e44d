//! `/progress`: mastery by topic, what comes due, exam history, and the
//! student's data: export to a file, import from one, or clear it.

use crate::app::Route;
use crate::content::bundle;
use crate::pages::quiz::ExamDate;
use crate::state::{Action, now_ms, use_app_state};
use rootcamp_core::Progress;
use rootcamp_core::schedule::due_forecast;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlInputElement, Url};
use yew::prelude::*;
use yew_router::prelude::*;

/// Larger files are refused before they are read.
const MAX_IMPORT_BYTES: f64 = 5_000_000.0;

#[component]
pub fn ProgressPage() -> Html {
    let state = use_app_state();
    let Ok(bundle) = bundle() else {
        return Html::default();
    };
    let p = &state.progress;
    let forecast = due_forecast(p.cards.values(), now_ms(), 7);
    let answered = p.answers.len();
    html! {
        <article class="prose progress-page">
            <h1>{ "Progress" }</h1>
            <p>{ format!("{} of {} pages read · {answered} of {} questions answered at least once · {} exams taken",
                bundle.pages.iter().filter(|pg| p.is_read(&pg.slug)).count(), bundle.pages.len(), bundle.questions.len(), p.exams.len()) }</p>

            <h2>{ "Mastery by topic" }</h2>
            <p class="meta">{ "Share of each topic's questions whose latest answer was right." }</p>
            <div class="table-wrap" role="region" aria-label="Mastery by topic" tabindex="0">
                <table>
                    <thead><tr><th>{ "Topic" }</th><th>{ "Right" }</th><th>{ "Mastery" }</th></tr></thead>
                    <tbody>
                        { for bundle.pages.iter().map(|page| {
                            let ids = bundle.questions.iter().filter(|q| q.topic == page.slug).map(|q| q.id.as_str());
                            let (right, total) = p.mastery(ids);
                            let pct = (right * 100).checked_div(total).unwrap_or(0);
                            html! {
                                <tr>
                                    <td><Link<Route> to={Route::Kb { slug: page.slug.clone() }}>{ &page.title }</Link<Route>></td>
                                    <td>{ format!("{right} of {total}") }</td>
                                    <td><meter min="0" max="100" value={pct.to_string()} aria-label={format!("{} mastery", page.title)}></meter>{ format!(" {pct}%") }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>

            <h2>{ "Coming due" }</h2>
            <ul class="forecast">
                { for forecast.iter().enumerate().map(|(day, n)| html! {
                    <li>{ format!("{}: {n} question{}", match day { 0 => "Today".to_string(), 1 => "Tomorrow".to_string(), d => format!("In {d} days") }, if *n == 1 { "" } else { "s" }) }</li>
                }) }
            </ul>
            <ExamDate />

            <h2>{ "Exam history" }</h2>
            if p.exams.is_empty() {
                <p>{ "No exams yet. " }<Link<Route> to={Route::Exam}>{ "Take one" }</Link<Route>></p>
            } else {
                <ol>
                    { for p.exams.iter().enumerate().map(|(i, r)| html! {
                        <li><Link<Route> to={Route::ExamResult { n: i + 1 }}>{ format!("{} of {} ({}%)", r.correct, r.total, r.percent()) }</Link<Route>>
                            { if r.passed() { " · estimated pass" } else { "" } }</li>
                    }) }
                </ol>
            }
            <YourData />
        </article>
    }
}

/// Export, import and clear. A file that cannot be read is refused with the
/// reason, and the current progress stays exactly as it was.
#[component]
fn YourData() -> Html {
    let state = use_app_state();
    let message = use_state(|| None::<(bool, String)>);
    let confirm_clear = use_state(|| false);

    let export = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let json = state.progress.to_json();
            let parts = js_sys::Array::of1(&json.into());
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
                a.set_download("rootcamp-progress.json");
                a.click();
            }
            let _ = Url::revoke_object_url(&url);
        })
    };
    let import = {
        let (state, message) = (state.clone(), message.clone());
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let (state, message) = (state.clone(), message.clone());
            if file.size() > MAX_IMPORT_BYTES {
                message.set(Some((
                    false,
                    format!(
                        "{} was not imported: it is larger than 5 MB. Your progress is unchanged.",
                        file.name()
                    ),
                )));
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                let text = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string());
                let result = match text {
                    None => Err("it could not be read as text".to_string()),
                    Some(text) => Progress::from_json(&text).map_err(|e| e.to_string()),
                };
                match result {
                    Ok(progress) => {
                        state.dispatch(Action::Replace(progress));
                        message.set(Some((
                            true,
                            format!("Imported your progress from {}.", file.name()),
                        )));
                    }
                    Err(reason) => message.set(Some((
                        false,
                        format!(
                            "{} was not imported: {reason}. Your progress is unchanged.",
                            file.name()
                        ),
                    ))),
                }
            });
        })
    };
    let ask_clear = {
        let confirm_clear = confirm_clear.clone();
        Callback::from(move |_: MouseEvent| confirm_clear.set(true))
    };
    let clear = {
        let (state, confirm_clear, message) =
            (state.clone(), confirm_clear.clone(), message.clone());
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Replace(Progress::default()));
            confirm_clear.set(false);
            message.set(Some((true, "All progress was cleared.".into())));
        })
    };
    let cancel = {
        let confirm_clear = confirm_clear.clone();
        Callback::from(move |_: MouseEvent| confirm_clear.set(false))
    };
    html! {
        <section aria-labelledby="your-data">
            <h2 id="your-data">{ "Your data" }</h2>
            <p>{ "Progress stays in this browser only. Export it to keep a copy or move it to another device." }</p>
            <p class="data-actions">
                <button type="button" onclick={export}>{ "Export progress" }</button>
                <label class="file-button">{ "Import progress from a file " }<input type="file" accept=".json,application/json" onchange={import} /></label>
            </p>
            if let Some((ok, text)) = &*message {
                <p class={classes!("data-message", if *ok { "ok" } else { "error" })} role={if *ok { "status" } else { "alert" }}>{ text }</p>
            }
            if *confirm_clear {
                <p role="alert">{ "This deletes every read mark, answer, schedule and exam in this browser. " }
                    <button type="button" onclick={clear}>{ "Yes, clear all progress" }</button>{ " " }
                    <button type="button" onclick={cancel}>{ "Keep my progress" }</button>
                </p>
            } else {
                <p><button type="button" onclick={ask_clear}>{ "Clear all progress" }</button></p>
            }
        </section>
    }
}
