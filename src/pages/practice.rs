//! `/quiz/practice`: one question at a time with immediate feedback.
//! `?topics=a,b` limits the topics, `?q=id` starts at a question (a search
//! result), `?mode=mistakes` or `?mode=due` practises those lists.

use crate::app::Route;
use crate::components::question::{QuestionView, blank_answer, pick_by_number};
use crate::content::bundle;
use crate::hooks::{QuizKey, use_quiz_keys};
use crate::state::{Action, now_ms, use_app_state};
use rootcamp_core::quiz::{Answer, Question, grade_answer, question_seed, shuffled};
use rootcamp_core::schedule::Confidence;
use serde::{Deserialize, Serialize};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PracticeParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topics: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
}

#[derive(Clone, PartialEq)]
struct Turn {
    index: usize,
    answer: Answer,
    checked: bool,
    confident: bool,
    right: usize,
    done: usize,
}

#[component]
pub fn Practice() -> Html {
    let state = use_app_state();
    let location = use_location();
    let params: PracticeParams = location
        .and_then(|l| l.query::<PracticeParams>().ok())
        .unwrap_or_default();
    let session = *use_memo((), |_| now_ms() as u64);
    // The queue is fixed when the session starts, so answering does not reshuffle it.
    let queue: std::rc::Rc<Vec<&'static Question>> = {
        let state = state.clone();
        use_memo(params.clone(), move |params| {
            build_queue(params, &state.progress, session)
        })
    };
    let turn = {
        let queue = queue.clone();
        use_state(move || Turn {
            index: 0,
            answer: queue
                .first()
                .map_or(Answer::Choices(vec![]), |q| blank_answer(q, session)),
            checked: false,
            confident: false,
            right: 0,
            done: 0,
        })
    };
    let current = queue.get(turn.index).copied();

    let check = {
        let (turn, state) = (turn.clone(), state.clone());
        Callback::from(move |_: ()| {
            let Some(q) = current else { return };
            if turn.checked || !q.is_answered(&turn.answer) {
                return;
            }
            let correct = grade_answer(q, &turn.answer);
            state.dispatch(Action::Answered {
                id: q.id.clone(),
                answer: turn.answer.clone(),
                correct,
                confidence: turn.confident.then_some(Confidence::Sure),
            });
            turn.set(Turn {
                checked: true,
                right: turn.right + usize::from(correct),
                done: turn.done + 1,
                ..(*turn).clone()
            });
        })
    };
    let next = {
        let (turn, queue) = (turn.clone(), queue.clone());
        Callback::from(move |_: ()| {
            let index = turn.index + 1;
            let answer = queue
                .get(index)
                .map_or(Answer::Choices(vec![]), |q| blank_answer(q, session));
            turn.set(Turn {
                index,
                answer,
                checked: false,
                confident: false,
                ..(*turn).clone()
            });
            if let Some(main) = gloo::utils::document().get_element_by_id("main") {
                main.scroll_into_view();
            }
        })
    };
    let on_key = {
        let (turn, check, next) = (turn.clone(), check.clone(), next.clone());
        Callback::from(move |key: QuizKey| match key {
            QuizKey::Number(n) if !turn.checked => {
                if let Some(answer) =
                    current.and_then(|q| pick_by_number(q, session, &turn.answer, n))
                {
                    turn.set(Turn {
                        answer,
                        ..(*turn).clone()
                    });
                }
            }
            QuizKey::Enter if turn.checked => next.emit(()),
            QuizKey::Enter => check.emit(()),
            _ => {}
        })
    };
    use_quiz_keys(on_key);

    let Some(q) = current else {
        return html! {
            <article class="prose">
                <h1>{ "Practice" }</h1>
                if turn.done > 0 {
                    <p role="status">{ format!("Done: {} of {} right.", turn.right, turn.done) }</p>
                } else {
                    <p>{ match params.mode.as_deref() {
                        Some("mistakes") => "No mistakes to review: every question you answered, your latest answer was right.",
                        Some("due") => "Nothing is due for review now.",
                        _ => "There are no questions for this choice.",
                    } }</p>
                }
                <p><Link<Route> to={Route::Quiz}>{ "Back to the quiz" }</Link<Route>></p>
            </article>
        };
    };
    let onchange = {
        let turn = turn.clone();
        Callback::from(move |answer: Answer| {
            turn.set(Turn {
                answer,
                ..(*turn).clone()
            })
        })
    };
    let toggle_confident = {
        let turn = turn.clone();
        Callback::from(move |_: Event| {
            turn.set(Turn {
                confident: !turn.confident,
                ..(*turn).clone()
            })
        })
    };
    html! {
        <article class="prose practice">
            <h1>{ match params.mode.as_deref() { Some("mistakes") => "Review mistakes", Some("due") => "Due for review", _ => "Practice" } }</h1>
            <p class="meta">{ format!("{} answered, {} right this session", turn.done, turn.right) }</p>
            <QuestionView question={q} {session} answer={turn.answer.clone()} {onchange} reveal={turn.checked}
                position={Some((turn.index + 1, queue.len()))} />
            <div class="quiz-actions">
                if turn.checked {
                    <button type="button" class="primary" onclick={next.reform(|_| ())}>
                        { if turn.index + 1 < queue.len() { "Next question" } else { "Finish" } }
                    </button>
                } else {
                    <label class="confident">
                        <input type="checkbox" checked={turn.confident} onchange={toggle_confident} />
                        { " I am sure of this answer" }
                    </label>
                    <button type="button" class="primary" disabled={!q.is_answered(&turn.answer)} onclick={check.reform(|_| ())}>{ "Check answer" }</button>
                }
            </div>
        </article>
    }
}

fn build_queue(
    params: &PracticeParams,
    progress: &rootcamp_core::Progress,
    session: u64,
) -> Vec<&'static Question> {
    let Ok(bundle) = bundle() else {
        return Vec::new();
    };
    let by_id = |id: &str| bundle.question(id);
    match params.mode.as_deref() {
        Some("mistakes") => {
            return progress
                .recent_mistakes()
                .into_iter()
                .filter_map(by_id)
                .collect();
        }
        Some("due") => {
            return rootcamp_core::study::due_now(progress, now_ms())
                .into_iter()
                .filter_map(by_id)
                .collect();
        }
        _ => {}
    }
    let topics: Vec<&str> = params
        .topics
        .as_deref()
        .map(|t| t.split(',').filter(|s| !s.is_empty()).collect())
        .unwrap_or_default();
    let start = params.q.as_deref().and_then(by_id);
    let pool: Vec<&Question> = bundle
        .questions
        .iter()
        .filter(|q| match (start, topics.is_empty()) {
            (Some(s), _) => q.topic == s.topic && q.id != s.id,
            (None, true) => true,
            (None, false) => topics.contains(&q.topic.as_str()),
        })
        .collect();
    let order = shuffled(pool.len(), question_seed(session, "practice"), false);
    start
        .into_iter()
        .chain(order.into_iter().map(|i| pool[i]))
        .collect()
}
