//! `/quiz/exam`: set up, take and submit a timed exam. The exam in progress
//! lives in the saved progress, so a reload or going offline loses nothing.

use crate::app::Route;
use crate::components::focus::bring_into_view;
use crate::components::key_help::KeyHelp;
use crate::components::question::QuestionView;
use crate::content::bundle;
use crate::hooks::{QuizKey, use_quiz_keys};
use crate::state::{Action, now_ms, use_app_state};
use gloo::timers::callback::Interval;
use rootcamp_core::quiz::Answer;
use rootcamp_core::quiz::exam::{
    DEFAULT_QUESTIONS, ExamSession, FULL_LENGTH, MS_PER_QUESTION, exam_pool, pick_questions,
};
use rootcamp_core::quiz::{blank_answer, pick_by_number};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn Exam() -> Html {
    let state = use_app_state();
    {
        // An exam whose time ran out while no tab showed it (a laptop that
        // slept past the end) is filed as it stood at its deadline.
        let state = state.clone();
        use_effect_with((), move |_| {
            let bank = bundle().map_or(&[][..], |b| b.questions.as_slice());
            state.dispatch(Action::FinishExpiredExams { bank });
        });
    }
    match state.progress.exam() {
        Some(exam) => html! { <ExamInProgress exam={exam.clone()} /> },
        None => html! { <ExamSetup /> },
    }
}

#[component]
fn ExamSetup() -> Html {
    let state = use_app_state();
    let max = bundle().map_or(0, |b| exam_pool(&b.questions));
    let count = use_state(|| DEFAULT_QUESTIONS.min(max));
    let oninput = {
        let count = count.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                count.set(
                    input
                        .value()
                        .parse::<usize>()
                        .unwrap_or(DEFAULT_QUESTIONS)
                        .clamp(1, max.max(1)),
                );
            }
        })
    };
    let start = {
        let (state, count) = (state.clone(), count.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Ok(bundle) = bundle() else { return };
            let now = now_ms();
            let seed = now as u64;
            state.dispatch(Action::StartExam(ExamSession::new(
                pick_questions(&bundle.questions, *count, seed),
                now,
                seed,
            )));
        })
    };
    let preset = |n: usize, label: &str| {
        let n = n.min(max);
        let onchange = {
            let count = count.clone();
            Callback::from(move |_: Event| count.set(n))
        };
        html! {
            <label class="length">
                <input type="radio" name="exam-length" checked={*count == n} {onchange} />
                { format!(" {label}: {n} questions, {} minutes", n as i64 * MS_PER_QUESTION / 60_000) }
            </label>
        }
    };
    let history = state.progress.exams();
    html! {
        <article class="prose exam-setup">
            <h1>{ "Exam simulation" }</h1>
            <p>{ "Questions are spread across every topic. You have two minutes a question, the pace of the real exam (65 questions in 130 minutes). Move freely between questions, flag any to come back to, and submit when you are ready; when time runs out the exam is submitted for you." }</p>
            <p>{ format!("Like the real exam, it asks only multiple-choice and multiple-response questions ({max} in the bank). Ordering and sorting questions are learning items: you meet them in practice.") }</p>
            <form class="exam-start" onsubmit={start}>
                <fieldset class="lengths">
                    <legend>{ "Length" }</legend>
                    { preset(DEFAULT_QUESTIONS, "Short") }
                    { preset(FULL_LENGTH, "Full length, like the real exam") }
                </fieldset>
                <p>
                    <label for="exam-count">{ format!("Number of questions (1 to {max}) ") }</label>
                    <input id="exam-count" type="number" min="1" max={max.to_string()} value={count.to_string()} {oninput} />
                </p>
                <p><button type="submit" class="primary">{ "Start exam" }</button></p>
            </form>
            if !history.is_empty() {
                <h2>{ "Your exams" }</h2>
                <ol class="exam-history">
                    { for history.iter().enumerate().rev().map(|(i, r)| html! {
                        <li><Link<Route> to={Route::ExamResult { n: i + 1 }}>
                            { format!("Exam {}: {} of {} ({}%)", i + 1, r.correct, r.total, r.percent()) }
                        </Link<Route>></li>
                    }) }
                </ol>
            }
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct ClockProps {
    exam: ExamSession,
    on_over: Callback<()>,
}

/// The time left, ticking each second on its own (the rest of the exam page
/// does not redraw with it); submits the exam when time runs out.
#[component]
fn ExamClock(props: &ClockProps) -> Html {
    let now = use_state(now_ms);
    {
        let now = now.clone();
        use_effect_with((), move |_| {
            let tick = Interval::new(1_000, move || now.set(now_ms()));
            move || drop(tick)
        });
    }
    let remaining = props.exam.remaining_ms(*now);
    {
        let on_over = props.on_over.clone();
        use_effect_with(remaining == 0, move |over| {
            if *over {
                on_over.emit(());
            }
        });
    }
    let minutes = remaining / 60_000;
    let seconds = remaining / 1_000 % 60;
    html! {
        <p class="timer" role="timer" aria-label="Time left">{ format!("{minutes}:{seconds:02} left") }</p>
    }
}

#[derive(Properties, PartialEq)]
struct InProgressProps {
    exam: ExamSession,
}

#[component]
fn ExamInProgress(props: &InProgressProps) -> Html {
    let state = use_app_state();
    let navigator = use_navigator();
    let exam = &props.exam;
    let elsewhere = use_open_elsewhere(exam.key().started_at);
    let confirm_abandon = use_state(|| false);
    let confirm_submit = use_state(|| false);
    // Each move brings the question to the top of the view with the focus;
    // asking to submit brings up what is left to do.
    use_effect_with((exam.current(), *confirm_submit), |&(_, confirming)| {
        bring_into_view(if confirming {
            ".submit-check h2"
        } else {
            ".exam .question"
        })
    });
    // Where the record will be in the history once filed (records are kept
    // in the order exams started).
    let position = state
        .progress
        .exams()
        .iter()
        .filter(|r| r.key() < exam.key())
        .count()
        + 1;
    let show_result = {
        let navigator = navigator.clone();
        move || {
            if let Some(n) = &navigator {
                n.push(&Route::ExamResult { n: position });
            }
        }
    };
    let bank = || bundle().map_or(&[][..], |b| b.questions.as_slice());
    let submit = {
        let (state, show_result) = (state.clone(), show_result.clone());
        Callback::from(move |_: ()| {
            state.dispatch(Action::FinishExam { bank: bank() });
            show_result();
        })
    };
    let time_up = {
        let state = state.clone();
        Callback::from(move |_: ()| {
            state.dispatch(Action::FinishExpiredExams { bank: bank() });
            show_result();
        })
    };
    let abandon = {
        let (state, confirm_abandon) = (state.clone(), confirm_abandon.clone());
        Callback::from(move |_: MouseEvent| {
            if *confirm_abandon {
                state.dispatch(Action::AbandonExam);
            }
            confirm_abandon.set(!*confirm_abandon);
        })
    };
    let keep = {
        let confirm_abandon = confirm_abandon.clone();
        Callback::from(move |_: MouseEvent| confirm_abandon.set(false))
    };
    let ask_submit = {
        let confirm_submit = confirm_submit.clone();
        Callback::from(move |_: MouseEvent| confirm_submit.set(true))
    };
    let keep_working = {
        let confirm_submit = confirm_submit.clone();
        Callback::from(move |_: MouseEvent| confirm_submit.set(false))
    };
    let go_to = |i: usize| {
        let (state, confirm_submit) = (state.clone(), confirm_submit.clone());
        Callback::from(move |_: MouseEvent| {
            confirm_submit.set(false);
            state.dispatch(Action::ExamGoto { index: i });
        })
    };
    let unanswered: Vec<usize> = (0..exam.questions.len())
        .filter(|&i| exam.answer(i).is_none())
        .collect();
    let flagged: Vec<usize> = (0..exam.questions.len())
        .filter(|&i| exam.is_flagged(i))
        .collect();
    let list = |label: &str, which: &[usize]| {
        (!which.is_empty()).then(|| html! {
            <p>{ format!("{label}: ") }
                { for which.iter().map(|&i| html! {
                    <>{ " " }<button type="button" onclick={go_to(i)} aria-label={format!("Go to question {}", i + 1)}>{ i + 1 }</button></>
                }) }
            </p>
        })
    };
    let submit_check = confirm_submit.then(|| html! {
        <section class="submit-check" aria-labelledby="submit-check">
            <h2 id="submit-check">{ "Submit the exam?" }</h2>
            <p>{ match (unanswered.len(), flagged.len()) {
                (0, 0) => "Every question is answered and none is flagged.".to_string(),
                (u, f) => format!("{} unanswered (they count as wrong) and {} flagged for review.",
                    plural(u, "question is", "questions are"), plural(f, "question is", "questions are")),
            } }</p>
            { for list("Unanswered", &unanswered) }
            { for list("Flagged", &flagged) }
            <p><button type="button" class="primary" onclick={submit.reform(|_| ())}>{ "Yes, submit the exam" }</button>{ " " }
                <button type="button" onclick={keep_working}>{ "Keep working" }</button></p>
        </section>
    });
    let end_controls = html! {
        <div class="exam-end">
            if let Some(check) = submit_check {
                { check }
            } else {
                <p><button type="button" class="primary" onclick={ask_submit}>{ "Submit exam" }</button>{ " " }
                    <button type="button" onclick={abandon.clone()}>{ "Abandon exam" }</button></p>
            }
            if *confirm_abandon {
                <p role="alert">{ "Abandoning closes this exam without a score, in every tab; your answers in it are not kept. " }
                    <button type="button" onclick={abandon}>{ "Yes, abandon the exam" }</button>{ " " }
                    <button type="button" onclick={keep}>{ "Keep going" }</button></p>
            }
        </div>
    };
    let elsewhere_note = elsewhere.then(|| html! {
        <p class="notice-inline" role="status">{ "This exam is also open in another tab. Answers from both tabs are kept (the latest answer to a question counts), the clock is the same, and submitting in either tab ends it in both." }</p>
    });
    let clock = html! { <ExamClock exam={exam.clone()} on_over={time_up} /> };
    let Ok(bundle) = bundle() else {
        return Html::default();
    };
    let index = exam.current();
    let Some(question) = exam.questions.get(index).and_then(|id| bundle.question(id)) else {
        return html! {
            <article class="prose exam">
                <h1>{ "Exam" }</h1>
                { clock }
                { for elsewhere_note }
                <p>{ "This exam has a question that is no longer in the question bank (the bank was updated since the exam started). Submit it to see your results, with that question left out, or abandon it." }</p>
                { end_controls }
            </article>
        };
    };
    let answer = exam
        .answer(index)
        .cloned()
        .unwrap_or_else(|| blank_answer(question, exam.seed));
    let goto = |i: usize| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ExamGoto { index: i }))
    };
    let onchange = {
        let state = state.clone();
        Callback::from(move |answer: Answer| state.dispatch(Action::ExamAnswer { index, answer }))
    };
    let flag = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ExamFlag { index }))
    };
    let on_key = {
        let (state, answer, seed, len) = (
            state.clone(),
            answer.clone(),
            exam.seed,
            exam.questions.len(),
        );
        Callback::from(move |key: QuizKey| match key {
            QuizKey::Number(n) => {
                if let Some(a) = pick_by_number(question, seed, &answer, n) {
                    state.dispatch(Action::ExamAnswer { index, answer: a });
                }
            }
            QuizKey::Enter if index + 1 < len => {
                state.dispatch(Action::ExamGoto { index: index + 1 })
            }
            QuizKey::Flag => state.dispatch(Action::ExamFlag { index }),
            _ => {}
        })
    };
    use_quiz_keys(on_key);
    let flagged = exam.is_flagged(index);
    html! {
        <article class="prose exam">
            <h1>{ "Exam" }</h1>
            <div class="exam-bar">
                { clock }
                <p class="meta">{ format!("{} of {} answered", exam.answered(), exam.questions.len()) }</p>
            </div>
            { for elsewhere_note }
            <QuestionView {question} session={exam.seed} {answer} {onchange} position={Some((index + 1, exam.questions.len()))} />
            <div class="quiz-actions">
                <button type="button" onclick={goto(index.saturating_sub(1))} disabled={index == 0}>{ "Previous" }</button>
                <button type="button" aria-pressed={flagged.to_string()} onclick={flag}>{ "Flag for review" }</button>
                <button type="button" onclick={goto(index + 1)} disabled={index + 1 >= exam.questions.len()}>{ "Next" }</button>
            </div>
            <nav class="exam-map" aria-label="Questions">
                { for (0..exam.questions.len()).map(|i| {
                    let (answered, flagged) = (exam.answer(i).is_some(), exam.is_flagged(i));
                    let status = match (answered, flagged) {
                        (_, true) => ", flagged",
                        (true, false) => ", answered",
                        (false, false) => "",
                    };
                    html! {
                        <button type="button" class={classes!(answered.then_some("answered"), flagged.then_some("flagged"))}
                            aria-current={(i == index).then_some("step")} aria-label={format!("Question {}{status}", i + 1)} onclick={goto(i)}>
                            { i + 1 }
                        </button>
                    }
                }) }
            </nav>
            <p class="exam-legend">{ "Shaded: answered · ⚑: flagged for review · outlined: this question" }</p>
            <KeyHelp exam={true} />
            { end_controls }
        </article>
    }
}

/// Whether another tab shows the same exam: tabs showing an exam say so on
/// a broadcast channel when they open it, and answer those that ask.
#[hook]
fn use_open_elsewhere(exam: i64) -> bool {
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

/// "1 question is" / "3 questions are".
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
