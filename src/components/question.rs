//! One question as a form: a fieldset with the scenario as its legend, radio
//! buttons or checkboxes labelled with their text (in a seeded order), radio
//! groups for classify items, and move buttons for order steps. With `reveal`
//! it shows what was right and why, with links into the knowledge base.

use crate::components::report_link::{About, ReportLink};
use rootcamp_core::quiz::{
    Answer, Body, Question, blank_answer, choose, display_order, grade_answer,
};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub question: &'static Question,
    /// The session's seed: the option order stays put within a session.
    pub session: u64,
    pub answer: Answer,
    pub onchange: Callback<Answer>,
    #[prop_or_default]
    pub reveal: bool,
    /// "Question 3 of 20".
    #[prop_or_default]
    pub position: Option<(usize, usize)>,
}

#[component]
pub fn QuestionView(props: &Props) -> Html {
    let q = props.question;
    let name = format!("q-{}", q.id);
    let legend = html! {
        <legend>
            if let Some((i, n)) = props.position { <span class="question-number">{ format!("Question {i} of {n}") }</span> }
            if !q.is_exam_item() { <span class="learning-item">{ "Learning item: the exam asks only multiple-choice and multiple-response questions" }</span> }
            <span class="scenario">{ inline_code(&q.scenario) }</span>
            if let Some(hint) = q.select_hint() { <strong class="select-hint">{ format!(" {hint}") }</strong> }
        </legend>
    };
    // An answer saved before the question was edited may no longer fit it:
    // it is shown as not answered rather than read out of bounds.
    let blank;
    let answer = if q.fits(&props.answer) {
        &props.answer
    } else {
        blank = blank_answer(q, props.session);
        &blank
    };
    let body = match (&q.body, answer) {
        (Body::Single { options } | Body::Multiple { options }, Answer::Choices(chosen)) => {
            let multiple = matches!(q.body, Body::Multiple { .. });
            html! {
                <ol class="options">
                    { for display_order(q, props.session).into_iter().map(|i| {
                        let option = &options[i];
                        let checked = chosen.contains(&i);
                        let onchange = {
                            let onchange = props.onchange.clone();
                            let chosen = chosen.clone();
                            Callback::from(move |_: Event| {
                                if let Some(next) = choose(q, &Answer::Choices(chosen.clone()), i) { onchange.emit(next) }
                            })
                        };
                        let verdict = props.reveal.then_some(if option.correct { "correct" } else if checked { "wrong" } else { "" });
                        html! {
                            <li class={classes!("option", verdict)}>
                                <label>
                                    <input type={if multiple { "checkbox" } else { "radio" }} name={name.clone()} {checked}
                                        disabled={props.reveal} {onchange} />
                                    { " " }{ inline_code(&option.text) }
                                </label>
                                if props.reveal {
                                    <p class="why">
                                        <strong>{ match (option.correct, checked) {
                                            (true, true) => "Right answer, your choice. ",
                                            (true, false) => "Right answer, missed. ",
                                            (false, true) => "Your choice, wrong. ",
                                            (false, false) => "Wrong. ",
                                        } }</strong>
                                        { inline_code(&option.why) }
                                    </p>
                                }
                            </li>
                        }
                    }) }
                </ol>
            }
        }
        (Body::Classify { categories, items }, Answer::Classify(chosen)) => html! {
            <div class="classify">
                { for items.iter().enumerate().map(|(i, item)| html! {
                    <fieldset class={classes!("classify-item", props.reveal.then(|| if chosen.get(i).copied().flatten() == Some(item.category) { "correct" } else { "wrong" }))}>
                        <legend>{ inline_code(&item.text) }</legend>
                        { for categories.iter().enumerate().map(|(c, category)| {
                            let onchange = {
                                let onchange = props.onchange.clone();
                                let chosen = chosen.clone();
                                Callback::from(move |_: Event| {
                                    let mut next = chosen.clone();
                                    next[i] = Some(c);
                                    onchange.emit(Answer::Classify(next));
                                })
                            };
                            html! {
                                <label class="category">
                                    <input type="radio" name={format!("{name}-{i}")} checked={chosen.get(i).copied().flatten() == Some(c)}
                                        disabled={props.reveal} {onchange} />
                                    { " " }{ category }
                                </label>
                            }
                        }) }
                        if props.reveal {
                            <p class="why"><strong>{ format!("{}. ", categories[item.category]) }</strong>{ inline_code(&item.why) }</p>
                        }
                    </fieldset>
                }) }
            </div>
        },
        (Body::Order { steps }, Answer::Order(order)) => html! {
            <ol class="order">
                { for order.iter().enumerate().map(|(pos, &s)| {
                    let mover = |delta: isize| {
                        let onchange = props.onchange.clone();
                        let order = order.clone();
                        Callback::from(move |_: MouseEvent| {
                            let mut next = order.clone();
                            let other = pos as isize + delta;
                            if other >= 0 && (other as usize) < next.len() {
                                next.swap(pos, other as usize);
                                onchange.emit(Answer::Order(next));
                            }
                        })
                    };
                    html! {
                        <li class={classes!("step", props.reveal.then_some(if s == pos { "correct" } else { "wrong" }))}>
                            <span class="step-text">{ inline_code(&steps[s].text) }</span>
                            if !props.reveal {
                                <span class="step-moves">
                                    <button type="button" aria-label={format!("Move step {} up", pos + 1)} disabled={pos == 0} onclick={mover(-1)}>{ "↑" }</button>
                                    <button type="button" aria-label={format!("Move step {} down", pos + 1)} disabled={pos + 1 == order.len()} onclick={mover(1)}>{ "↓" }</button>
                                </span>
                            } else {
                                <p class="why"><strong>{ format!("Step {}. ", s + 1) }</strong>{ inline_code(&steps[s].why) }</p>
                            }
                        </li>
                    }
                }) }
            </ol>
        },
        _ => Html::default(),
    };
    let verdict = props.reveal.then(|| {
        let right = grade_answer(q, answer);
        let text = match (right, q.tally(answer)) {
            (true, _) => "Correct.".to_string(),
            (false, Some((hit, of, wrong))) => format!(
                "Not quite: {hit} of the {of} right answers chosen{}.",
                match wrong {
                    0 => String::new(),
                    1 => ", and 1 wrong one".to_string(),
                    n => format!(", and {n} wrong ones"),
                }
            ),
            (false, None) => "Not quite.".to_string(),
        };
        (right, text)
    });
    html! {
        <div class="question">
            // Rendered on the host (a first practice question), the options wait
            // for the app: a choice made before it took over would be lost.
            <fieldset class="question-fieldset" disabled={!crate::browser::present()}>
                { legend }
                // Feedback sits between the question and its options, where the eye is.
                <div class="verdict" role="status" aria-live="polite">
                    if let Some((right, text)) = verdict {
                        <p class={classes!("verdict-text", if right { "right" } else { "wrong" })}>{ text }</p>
                    }
                </div>
                { body }
            </fieldset>
            if props.reveal {
                <p class="learn-more">{ "Learn more: " }
                    { for q.links.iter().enumerate().map(|(i, l)| html! {
                        <>
                            if i > 0 { { " · " } }
                            <a href={rootcamp_core::url::section(&l.page, &l.anchor)}>{ &l.heading }</a>
                        </>
                    }) }
                </p>
            }
            <ReportLink about={About::Question(AttrValue::Static(&q.id))} answer={q.describe_answer(answer)} />
        </div>
    }
}

/// Text with `backticks` shown as inline code, as the pages show it.
fn inline_code(text: &str) -> Html {
    html! {
        { for text.split('`').enumerate().map(|(i, part)| if i % 2 == 1 {
            html! { <code>{ part }</code> }
        } else {
            html! { { part } }
        }) }
    }
}
