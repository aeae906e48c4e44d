//! The route table (the public URL contract) and the app's frame.

use crate::components::copy_code::copy_code;
use crate::components::header::Header;
use crate::components::in_app_links::follow_in_app;
use crate::components::notice::Notice;
use crate::components::update_prompt::UpdatePrompt;
use crate::content::{Content, bundle};
use crate::hooks::{use_document_title, use_progress_sync};
use crate::pages::{
    exam::Exam, exam_result::ExamResult, home::Home, kb_page::KbPage, not_found::NotFound,
    practice::Practice, progress::ProgressPage, quiz::QuizHome, search::SearchPage,
};
use crate::state::{AppState, StateHandle};
use yew::prelude::*;
use yew_router::prelude::*;

/// Each fixed route also has an HTML file in the built site (`APP_ROUTES` in
/// xtask/src/prerender.rs), with the heading and title given here.
#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/kb/:slug")]
    Kb { slug: String },
    /// Results for `?q=`; the search field keeps the query in the URL.
    #[at("/search")]
    Search,
    #[at("/quiz")]
    Quiz,
    #[at("/quiz/practice")]
    Practice,
    #[at("/quiz/exam")]
    Exam,
    #[at("/quiz/exams/:n")]
    ExamResult { n: usize },
    #[at("/progress")]
    Progress,
    #[not_found]
    #[at("/404")]
    NotFound,
}

/// The document title of each route: one place, so pages cannot disagree about it.
fn title(route: &Route) -> String {
    let page_title = match route {
        Route::Home => None,
        Route::Kb { slug } => Some(
            bundle()
                .ok()
                .and_then(|b| b.page(slug))
                .map_or("Page not found", |p| p.title.as_str()),
        ),
        Route::Search => Some("Search"),
        Route::Quiz => Some("Quiz"),
        Route::Practice => Some("Practice"),
        Route::Exam => Some("Exam simulation"),
        Route::ExamResult { .. } => Some("Exam results"),
        Route::Progress => Some("Progress"),
        Route::NotFound => Some("Page not found"),
    };
    page_title.map_or_else(|| "Rootcamp".to_string(), |t| format!("{t} · Rootcamp"))
}

/// Sets the document title from the current route.
#[component]
fn DocumentTitle() -> Html {
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    use_document_title(title(&route));
    Html::default()
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::Kb { slug } => html! { <KbPage {slug} /> },
        Route::Search => html! { <SearchPage /> },
        Route::Quiz => html! { <QuizHome /> },
        Route::Practice => html! { <Practice /> },
        Route::Exam => html! { <Exam /> },
        Route::ExamResult { n } => html! { <ExamResult {n} /> },
        Route::Progress => html! { <ProgressPage /> },
        Route::NotFound => html! { <NotFound /> },
    }
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::load);
    use_progress_sync(&state);
    // Effects run children first, so by now every listener of the first render
    // (shortcut keys, links) is in place: say so, for tests and for the curious.
    use_effect_with((), |_| {
        crate::take_over();
        let _ = gloo::utils::document_element().set_attribute("data-app", "ready");
    });
    let on_click = Callback::from(|event: MouseEvent| {
        copy_code(&event);
        follow_in_app(&event);
    });
    let body = match bundle() {
        Ok(content) => html! {
            <ContextProvider<Content> context={Content(content)}>
                <Switch<Route> render={switch} />
            </ContextProvider<Content>>
        },
        Err(e) => html! {
            <section class="prose" role="alert">
                <h1>{ "Rootcamp cannot open its content" }</h1>
                <p>{ e.to_string() }</p>
                <p>{ "Reload the page to fetch a fresh copy of the app." }</p>
            </section>
        },
    };
    html! {
        <ContextProvider<StateHandle> context={state}>
        <BrowserRouter>
            <DocumentTitle />
            <Header />
            <main id="main" tabindex="-1" onclick={on_click}><UpdatePrompt /><Notice />{ body }</main>
            <footer class="site-footer">
                <p>{ "Rootcamp is an independent study aid, not affiliated with AWS. Facts are checked against AWS documentation on the date shown on each page." }</p>
            </footer>
        </BrowserRouter>
        </ContextProvider<StateHandle>>
    }
}
