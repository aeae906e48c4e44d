//! `/quiz/practice`: a session of questions with immediate feedback, ended
//! at any time, then a recap. `?topics=a,b` limits the topics, `?q=id` starts
//! at a question (a search result), `?mode=mistakes` or `?mode=due`
//! practises those lists, `?n=10|20|all` sets the length.

use crate::app::Route;
use crate::components::focus::bring_into_view;
use crate::components::key_help::KeyHelp;
use crate::components::question::QuestionView;
use crate::content::bundle;
use crate::hooks::{QuizKey, use_quiz_keys};
use crate::pages::recap::SessionRecap;
use crate::state::{Action, now_ms, use_app_state};
use rootcamp_core::quiz::{Answer, Question, grade_answer, question_seed, shuffled};
use rootcamp_core::quiz::{blank_answer, pick_by_number};
use rootcamp_core::schedule::Confidence;
use rootcamp_core::study::{SessionAnswer, comes_back};
use serde::{Deserialize, Serialize};
use yew::prelude::*;
use yew_router::prelude::*;

/// The lengths a session can have; a session started from a list (mistakes,
/// due) takes the whole list unless told otherwise.
pub const LENGTHS: [usize; 2] = [10, 20];

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PracticeParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topics: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// "10", "20" or "all".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub n: Option<String>,
}

impl PracticeParams {
    fn length(&self) -> usize {
        match self.n.as_deref().map(str::parse::<usize>) {
            Some(Ok(n)) if n > 0 => n,
            Some(_) => usize::MAX,
            None if self.mode.is_some() => usize::MAX,
            None => LENGTHS[0],
        }
    }
}

#[derive(Clone, PartialEq)]
struct Turn {
    index: usize,
    answer: Answer,
    checked: bool,
    confidence: Option<Confidence>,
    answers: Vec<SessionAnswer>,
    ended: bool,
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
            confidence: None,
            answers: Vec::new(),
            ended: false,
        })
    };
    let current = queue.get(turn.index).copied().filter(|_| !turn.ended);
    // Each step brings what it is about into view and gives it the focus: the
    // question, then its feedback, then the recap.
    use_effect_with(
        (turn.index, turn.checked, turn.ended),
        |&(_, checked, ended)| {
            bring_into_view(if ended {
                ".recap h1"
            } else if checked {
                ".practice .verdict"
            } else {
                ".practice .question"
            });
        },
    );

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
                confidence: turn.confidence,
            });
            let mut answers = turn.answers.clone();
            answers.push(SessionAnswer {
                id: q.id.clone(),
                correct,
                confidence: turn.confidence,
            });
            turn.set(Turn {
                checked: true,
                answers,
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
                confidence: None,
                ended: index >= queue.len(),
                ..(*turn).clone()
            });
        })
    };
    let end = {
        let turn = turn.clone();
        Callback::from(move |_: MouseEvent| {
            turn.set(Turn {
                ended: true,
                ..(*turn).clone()
            })
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
            QuizKey::Sure(c) if !turn.checked && current.is_some() => turn.set(Turn {
                confidence: (turn.confidence != Some(c)).then_some(c),
                ..(*turn).clone()
            }),
            QuizKey::Enter if turn.checked => next.emit(()),
            QuizKey::Enter => check.emit(()),
            _ => {}
        })
    };
    use_quiz_keys(on_key);

    let title = match params.mode.as_deref() {
        Some("mistakes") => "Review mistakes",
        Some("due") => "Due for review",
        _ => "Practice",
    };
    let Some(q) = current else {
        return html! {
            <article class="prose practice">
                if turn.answers.is_empty() {
                    <h1>{ title }</h1>
                    <p>{ match params.mode.as_deref() {
                        Some("mistakes") => "No mistakes to review: every question you answered, your latest answer was right.",
                        Some("due") => "Nothing is due for review now.",
                        _ => "There are no questions for this choice.",
                    } }</p>
                    <p><Link<Route> to={Route::Quiz}>{ "Back to the quiz" }</Link<Route>></p>
                } else {
                    <SessionRecap answers={turn.answers.clone()} />
                }
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
    let right = turn.answers.iter().filter(|a| a.correct).count();
    let back = turn
        .checked
        .then(|| {
            state
                .progress
                .cards()
                .get(&q.id)
                .map(|c| comes_back(c.due, now_ms()))
        })
        .flatten();
    html! {
        <article class="prose practice">
            <h1>{ title }</h1>
            <p class="meta">{ format!("{} answered, {right} right this session", turn.answers.len()) }</p>
            <QuestionView question={q} {session} answer={turn.answer.clone()} {onchange} reveal={turn.checked}
                position={Some((turn.index + 1, queue.len()))} />
            if let Some(back) = back {
                <p class="comes-back">{ format!("This question comes back {back}.") }</p>
            }
            <div class="quiz-actions">
                if turn.checked {
                    <button type="button" class="primary" onclick={next.reform(|_| ())}>
                        { if turn.index + 1 < queue.len() { "Next question" } else { "Finish" } }
                    </button>
                } else {
                    <ConfidencePicker value={turn.confidence} onchange={{
                        let turn = turn.clone();
                        Callback::from(move |confidence| turn.set(Turn { confidence, ..(*turn).clone() }))
                    }} />
                    <button type="button" class="primary" disabled={!q.is_answered(&turn.answer)} onclick={check.reform(|_| ())}>{ "Check answer" }</button>
                }
                <button type="button" class="quiet" onclick={end}>{ "End session" }</button>
            </div>
            <KeyHelp />
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct ConfidenceProps {
    value: Option<Confidence>,
    onchange: Callback<Option<Confidence>>,
}

/// How sure the student is, before checking: optional, G, U or S from the keyboard.
#[component]
fn ConfidencePicker(props: &ConfidenceProps) -> Html {
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

fn build_queue(
    params: &PracticeParams,
    progress: &rootcamp_core::Progress,
    session: u64,
) -> Vec<&'static Question> {
    let Ok(bundle) = bundle() else {
        return Vec::new();
    };
    let by_id = |id: &str| bundle.question(id);
    let mut queue: Vec<&'static Question> = match params.mode.as_deref() {
        Some("mistakes") => progress
            .recent_mistakes()
            .into_iter()
            .filter_map(by_id)
            .collect(),
        Some("due") => rootcamp_core::study::due_now(progress, now_ms())
            .into_iter()
            .filter_map(by_id)
            .collect(),
        _ => {
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
    };
    queue.truncate(params.length());
    queue
}
