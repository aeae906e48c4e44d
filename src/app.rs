//! The route table (the public URL contract) and the app's frame.

use crate::components::copy_code::copy_code;
use crate::components::header::Header;
use crate::components::in_app_links::follow_in_app;
use crate::components::notice::Notice;
use crate::components::update_prompt::UpdatePrompt;
use crate::content::{Content, LoadError, bundle, use_loaded_content};
use crate::hooks::{use_document_title, use_progress_sync};
use crate::pages::{
    exam::Exam, exam_result::ExamResult, home::Home, kb_page::KbPage, not_found::not_found,
    practice::Practice, progress::ProgressPage, quiz::QuizHome, search::SearchPage,
};
use crate::state::{AppState, StateHandle};
use rootcamp_core::Bundle;
use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;

/// The public URL contract. The build writes an HTML file for every route
/// but an exam's results, rendered from these components (`src/bin/prerender.rs`).
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

/// The route table's words: each route's heading, document title and
/// description, in one place, so that the pages, the document title and the
/// pre-rendered files (`src/bin/prerender.rs`) cannot disagree.
impl Route {
    /// The `<h1>` of the route's page; a knowledge-base page's is its title,
    /// and practice and an exam's results add to theirs.
    pub const fn heading(&self) -> &'static str {
        match self {
            Route::Home => "Rootcamp",
            Route::Kb { .. } => "Knowledge base",
            Route::Search => "Search",
            Route::Quiz => "Quiz",
            Route::Practice => "Practice",
            Route::Exam => "Exam simulation",
            Route::ExamResult { .. } => "Exam results",
            Route::Progress => "Progress",
            Route::NotFound => "Page not found",
        }
    }

    /// The document title.
    pub fn title(&self, bundle: Option<&Bundle>) -> String {
        match self {
            Route::Home => "Rootcamp".to_string(),
            Route::Kb { slug } => format!(
                "{} · Rootcamp",
                bundle
                    .and_then(|b| b.page(slug))
                    .map_or(Route::NotFound.heading(), |p| p.title.as_str())
            ),
            _ => format!("{} · Rootcamp", self.heading()),
        }
    }

    /// What the page is, for search results and link previews (None: the
    /// site's own description, from index.html).
    pub fn description(&self, bundle: Option<&Bundle>) -> Option<String> {
        let fixed = match self {
            Route::Home | Route::NotFound | Route::ExamResult { .. } => return None,
            Route::Kb { slug } => return bundle?.page(slug).map(|p| p.summary.clone()),
            Route::Search => {
                "Search Rootcamp's pages and questions about the AWS account root user and IAM, offline."
            }
            Route::Quiz => {
                "Scenario questions on the AWS account root user and IAM for SAA-C03: practice with explanations, a timed exam, a review of mistakes and spaced repetition."
            }
            Route::Practice => {
                "Practise SAA-C03 scenario questions about the AWS account root user and IAM, with an explanation for every option."
            }
            Route::Exam => {
                "A timed, SAA-C03-style exam on the AWS account root user and IAM, with flags, a review of every answer and a score."
            }
            Route::Progress => {
                "Your Rootcamp progress, kept in this browser: pages read, answers, questions due for review, and export or import."
            }
        };
        Some(fixed.to_string())
    }

    /// Whether the page does nothing without the app (JavaScript and
    /// WebAssembly): everything but the home page and knowledge-base pages.
    pub const fn needs_app(&self) -> bool {
        !matches!(self, Route::Home | Route::Kb { .. })
    }
}

#[derive(Properties, PartialEq)]
struct DocumentTitleProps {
    /// Whether the content is here: a page's title comes from it.
    loaded: bool,
}

/// Sets the document title from the current route.
#[component]
fn DocumentTitle(props: &DocumentTitleProps) -> Html {
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let content = if props.loaded { bundle().ok() } else { None };
    use_document_title(route.title(content));
    Html::default()
}

/// The route's page, with the content it reads; the search page needs none,
/// so a first visit there fetches only the search index.
#[component]
fn Pages() -> Html {
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let needed = route != Route::Search;
    let (content, try_again) = use_loaded_content(needed);
    let body = match content {
        Some(Ok(content)) => html! {
            <ContextProvider<Content> context={Content(content)}>
                <Switch<Route> render={switch} />
            </ContextProvider<Content>>
        },
        Some(Err(LoadError::Network(e))) => html! {
            <section class="prose" role="alert">
                <h1>{ "Rootcamp cannot open its content" }</h1>
                <p>{ e.to_string() }</p>
                <p><button type="button" onclick={try_again}>{ "Try again" }</button></p>
            </section>
        },
        Some(Err(LoadError::File(e))) => html! {
            <section class="prose" role="alert">
                <h1>{ "Rootcamp cannot open its content" }</h1>
                <p>{ e.to_string() }</p>
                <p>{ "Reload the page to fetch a fresh copy of the app." }</p>
            </section>
        },
        None if !needed => html! { <Switch<Route> render={switch} /> },
        None => html! { <p class="meta" role="status">{ "Opening the content…" }</p> },
    };
    html! {
        <>
            <DocumentTitle loaded={content.is_some()} />
            { body }
        </>
    }
}

/// On a page the build renders for a route that needs the app, a line for a
/// reader with JavaScript off. The browser never renders it.
#[component]
fn NeedsApp() -> Html {
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let base = use_navigator().and_then(|n| n.basename().map(str::to_string));
    let home = format!("{}/", base.unwrap_or_default());
    if crate::browser::present() || !route.needs_app() {
        return Html::default();
    }
    html! {
        <noscript><p>{ format!("{} needs JavaScript and WebAssembly. The ", route.heading()) }<a href={home}>{ "knowledge base" }</a>{ " reads without them." }</p></noscript>
    }
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
        Route::NotFound => not_found(),
    }
}

/// The app in the browser: the student's progress from storage, and the
/// browser's address bar.
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
    html! {
        <ContextProvider<StateHandle> context={state}>
            <BrowserRouter>{ frame() }</BrowserRouter>
        </ContextProvider<StateHandle>>
    }
}

/// What the build renders a route from (`src/bin/prerender.rs`).
#[derive(Properties, PartialEq)]
pub struct ServerProps {
    /// The route's address, with the base path in front (`/rootcamp/quiz`).
    pub url: AttrValue,
    /// The site's base path, like `/rootcamp/`.
    pub base: AttrValue,
}

/// The app as the build renders it: a first visit (no progress, nothing in
/// storage) at `url`. The browser's first render of the same route is the
/// same markup, so the app takes over a pre-rendered page without a shift.
#[component]
pub fn ServerApp(props: &ServerProps) -> Html {
    let state = use_reducer(AppState::first_visit);
    let history = use_memo(props.url.clone(), |url| {
        let history = AnyHistory::from(MemoryHistory::new());
        history.push(url.as_str());
        history
    });
    let basename = props.base.trim_end_matches('/').to_string();
    html! {
        <ContextProvider<StateHandle> context={state}>
            <Router history={(*history).clone()} basename={AttrValue::from(basename)}>{ frame() }</Router>
        </ContextProvider<StateHandle>>
    }
}

/// Every route's frame: header, the route's page, footer (a plain function:
/// it has no state of its own).
fn frame() -> Html {
    let on_click = Callback::from(|event: MouseEvent| {
        copy_code(&event);
        follow_in_app(&event);
    });
    html! {
        <>
            <Header />
            <main id="main" tabindex="-1" onclick={on_click}><UpdatePrompt /><Notice /><Pages /><NeedsApp /></main>
            <footer class="site-footer">
                <p>{ "Rootcamp is an independent study aid, not affiliated with AWS. Facts are checked against AWS documentation on the date shown on each page." }</p>
            </footer>
        </>
    }
}
