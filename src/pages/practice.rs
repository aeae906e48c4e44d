//! `/quiz/practice`: a session of questions with immediate feedback, ended
//! at any time, then a recap. What to practise comes from the address
//! ([`PracticeParams`], read by core's [`PracticePlan`]); the session's rules
//! (grading, moving on, ending) are core's [`PracticeSession`].

use crate::app::Route;
use crate::components::confidence::confidence_picker;
use crate::components::focus::bring_into_view;
use crate::components::key_help::key_help;
use crate::components::question::QuestionView;
use crate::content::use_content;
use crate::hooks::{QuizKey, use_quiz_keys};
use crate::pages::recap::SessionRecap;
use crate::state::{Action, now_ms, use_app_state};
use rootcamp_core::study::{PracticeMode, PracticePlan, PracticeSession, comes_back, session_seed};
use serde::{Deserialize, Serialize};
use yew::prelude::*;
use yew_router::prelude::*;

/// The practice page's query: `topics=a,b`, `q=id`, `mode=mistakes|due`, `n=10|20|all`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct PracticeParams {
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
    /// The questions answered wrong last time.
    pub(crate) fn mistakes() -> Self {
        PracticeParams {
            mode: Some("mistakes".into()),
            ..Default::default()
        }
    }

    /// The questions due now.
    pub(crate) fn due() -> Self {
        PracticeParams {
            mode: Some("due".into()),
            ..Default::default()
        }
    }

    /// These topics (page slugs).
    pub(crate) fn topics(slugs: &[String]) -> Self {
        PracticeParams {
            topics: Some(slugs.join(",")),
            ..Default::default()
        }
    }

    fn plan(&self) -> Result<PracticePlan, String> {
        PracticePlan::from_query(
            self.topics.as_deref(),
            self.q.as_deref(),
            self.mode.as_deref(),
            self.n.as_deref(),
        )
    }
}

#[component]
pub fn Practice() -> Html {
    let state = use_app_state();
    let bundle = use_content();
    let params: PracticeParams = use_location()
        .and_then(|l| l.query::<PracticeParams>().ok())
        .unwrap_or_default();
    let plan = params.plan();
    // The queue is fixed when the session starts, so answering does not
    // reshuffle it; another address (a link from this page) starts another.
    let start = {
        let state = state.clone();
        // A new student's first session is everyone's first session, so the
        // build renders its first question (core's `session_seed`).
        move |plan: &Result<PracticePlan, String>| {
            let seed = session_seed(&state.progress, now_ms());
            let queue = plan.as_ref().map_or_else(
                |_| Vec::new(),
                |p| p.queue(&bundle.questions, &state.progress, now_ms(), seed),
            );
            PracticeSession::new(queue, seed)
        }
    };
    let handle = {
        let (params, plan, start) = (params.clone(), plan.clone(), start.clone());
        use_state(move || (params, start(&plan)))
    };
    if handle.0 != params {
        handle.set((params.clone(), start(&plan)));
    }
    let session = &handle.1;
    // Each step brings what it is about into view with the focus: the
    // question, then its feedback, then the recap.
    use_effect_with(
        (session.position(), session.is_checked(), session.is_over()),
        |&(_, checked, over)| {
            bring_into_view(if over {
                ".recap h1"
            } else if checked {
                ".practice .verdict"
            } else {
                ".practice .question"
            })
        },
    );
    // Every change goes through core's session; a check is also recorded.
    let apply = {
        let (handle, state) = (handle.clone(), state.clone());
        Callback::from(move |change: Step| {
            let mut next = handle.1.clone();
            match change {
                Step::Answer(answer) => next.set_answer(answer),
                Step::Number(n) => next.press_number(n),
                Step::Toggle(c) => next.toggle_confidence(c),
                Step::Confidence(c) => next.set_confidence(c),
                Step::Check => {
                    if let Some(checked) = next.check() {
                        state.dispatch(Action::answered(
                            checked.question,
                            checked.answer,
                            checked.confidence,
                        ));
                    }
                }
                Step::Next => next.next(),
                Step::End => next.end(),
            }
            handle.set((handle.0.clone(), next));
        })
    };
    let on_key = {
        let (apply, checked) = (apply.clone(), session.is_checked());
        Callback::from(move |key: QuizKey| match key {
            QuizKey::Number(n) => apply.emit(Step::Number(n)),
            QuizKey::Sure(c) => apply.emit(Step::Toggle(c)),
            QuizKey::Enter if checked => apply.emit(Step::Next),
            QuizKey::Enter => apply.emit(Step::Check),
            QuizKey::Flag => {}
        })
    };
    use_quiz_keys(on_key);

    let title = match plan.as_ref().map(|p| &p.mode) {
        Ok(PracticeMode::Mistakes) => "Review mistakes",
        Ok(PracticeMode::Due) => "Due for review",
        _ => "Practice",
    };
    let Some(q) = session.current() else {
        return html! {
            <article class="prose practice">
                if session.answers().is_empty() {
                    <h1>{ title }</h1>
                    <p>{ match &plan {
                        Err(why) => format!("This practice link cannot be read: {why}."),
                        Ok(p) if p.mode == PracticeMode::Mistakes => "No mistakes to review: every question you answered, your latest answer was right.".into(),
                        Ok(p) if p.mode == PracticeMode::Due => "Nothing is due for review now.".into(),
                        Ok(_) => "There are no questions for this choice.".into(),
                    } }</p>
                    <p><Link<Route> to={Route::Quiz}>{ "Back to the quiz" }</Link<Route>></p>
                } else {
                    <SessionRecap answers={session.answers().to_vec()} />
                }
            </article>
        };
    };
    let back = session
        .is_checked()
        .then(|| {
            state
                .progress
                .cards()
                .get(&q.id)
                .map(|c| comes_back(c.due, now_ms()))
        })
        .flatten();
    let act = |step: fn() -> Step| apply.reform(move |_: MouseEvent| step());
    let onchange = apply.reform(Step::Answer);
    let on_confidence = apply.reform(Step::Confidence);
    html! {
        <article class="prose practice">
            <h1>{ title }</h1>
            <p class="meta">{ format!("{} answered, {} right this session", session.answers().len(), session.right()) }</p>
            <QuestionView question={q} session={session.seed()} answer={session.answer().clone()} {onchange}
                reveal={session.is_checked()} position={Some(session.position())} />
            if let Some(back) = back {
                <p class="comes-back">{ format!("This question comes back {back}.") }</p>
            }
            <div class="quiz-actions">
                if session.is_checked() {
                    <button type="button" class="primary" onclick={act(|| Step::Next)}>
                        { if session.has_next() { "Next question" } else { "Finish" } }
                    </button>
                } else {
                    { confidence_picker(session.confidence(), &on_confidence) }
                    <button type="button" class="primary" disabled={!session.can_check()} onclick={act(|| Step::Check)}>{ "Check answer" }</button>
                }
                <button type="button" class="quiet" onclick={act(|| Step::End)} disabled={!crate::browser::present()}>{ "End session" }</button>
            </div>
            { key_help(false) }
        </article>
    }
}

/// What the student did, applied to the session by core.
enum Step {
    Answer(rootcamp_core::quiz::Answer),
    Number(usize),
    Toggle(rootcamp_core::schedule::Confidence),
    Confidence(Option<rootcamp_core::schedule::Confidence>),
    Check,
    Next,
    End,
}
