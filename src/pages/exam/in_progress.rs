//! An exam being taken: the question, moving between questions, flags,
//! and submitting (asked first) or abandoning it.

use super::clock::ExamClock;
use super::elsewhere::use_open_elsewhere;
use crate::app::Route;
use crate::components::focus::bring_into_view;
use crate::components::key_help::key_help;
use crate::components::question::QuestionView;
use crate::content::use_content;
use crate::hooks::{QuizKey, use_quiz_keys};
use crate::state::{Action, use_app_state};
use crate::text::count;
use rootcamp_core::quiz::Answer;
use rootcamp_core::quiz::exam::ExamSession;
use rootcamp_core::quiz::{blank_answer, pick_by_number};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct InProgressProps {
    pub exam: ExamSession,
}

#[component]
pub(super) fn ExamInProgress(props: &InProgressProps) -> Html {
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
    let bundle = use_content();
    let bank = || &bundle.questions[..];
    let submit = {
        let (state, show_result) = (state.clone(), show_result.clone());
        Callback::from(move |_: ()| {
            state.dispatch(Action::finish_exam(bank()));
            show_result();
        })
    };
    let time_up = {
        let state = state.clone();
        Callback::from(move |_: ()| {
            state.dispatch(Action::finish_expired_exams(bank()));
            show_result();
        })
    };
    let abandon = {
        let (state, confirm_abandon) = (state.clone(), confirm_abandon.clone());
        Callback::from(move |_: MouseEvent| {
            if *confirm_abandon {
                state.dispatch(Action::abandon_exam());
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
            state.dispatch(Action::exam_goto(i));
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
                    count(u, "question is", "questions are"), count(f, "question is", "questions are")),
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
    let index = exam.current();
    let question = exam.questions.get(index).and_then(|id| bundle.question(id));
    let answer = question.map(|q| {
        exam.answer(index)
            .cloned()
            .unwrap_or_else(|| blank_answer(q, exam.seed))
    });
    let on_key = {
        let (state, answer, seed, len) = (
            state.clone(),
            answer.clone(),
            exam.seed,
            exam.questions.len(),
        );
        Callback::from(move |key: QuizKey| match key {
            QuizKey::Number(n) => {
                if let (Some(q), Some(answer)) = (question, &answer)
                    && let Some(a) = pick_by_number(q, seed, answer, n)
                {
                    state.dispatch(Action::exam_answer(index, a));
                }
            }
            QuizKey::Enter if index + 1 < len => state.dispatch(Action::exam_goto(index + 1)),
            QuizKey::Flag => state.dispatch(Action::exam_flag(index)),
            _ => {}
        })
    };
    use_quiz_keys(on_key);
    let (Some(question), Some(answer)) = (question, answer) else {
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
    let goto = |i: usize| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::exam_goto(i)))
    };
    let onchange = {
        let state = state.clone();
        Callback::from(move |answer: Answer| state.dispatch(Action::exam_answer(index, answer)))
    };
    let flag = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::exam_flag(index)))
    };
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
            { key_help(true) }
            { end_controls }
        </article>
    }
}
