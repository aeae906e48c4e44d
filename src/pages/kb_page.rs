//! `/kb/<slug>`: one knowledge-base page with its contents, sources and neighbours.

use crate::app::Route;
use crate::components::report_link::{About, ReportLink};
use crate::content::{BODIES, use_content, use_page_body};
use crate::hooks::use_scroll_to_hash;
use crate::pages::not_found::not_found;
use crate::pages::practice::PracticeParams;
use crate::state::{Action, use_app_state};
use rootcamp_core::Page;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub(crate) struct Props {
    pub slug: String,
}

#[component]
pub(crate) fn KbPage(props: &Props) -> Html {
    match use_content().page(&props.slug) {
        Some(page) => html! { <Article {page} /> },
        None => not_found(),
    }
}

#[derive(Properties, PartialEq)]
struct ArticleProps {
    page: &'static Page,
}

#[component]
fn Article(props: &ArticleProps) -> Html {
    let page = props.page;
    let (body, try_again) = use_page_body(page);
    let ready = matches!(body, Some(Ok(_)));
    use_scroll_to_hash(ready);
    let bundle = use_content();
    let (previous, next) = bundle.neighbours(&page.slug);
    use_effect_with((page.slug.clone(), ready), |_| {
        let following = crate::components::toc::follow_sections();
        move || drop(following)
    });
    html! {
        <div class="kb-layout">
        <PathNav current={page.slug.clone()} />
        <article class="kb-page">
            <header class="prose">
                <h1>{ &page.title }</h1>
                <p class="lead">{ &page.summary }</p>
                <p class="meta">{ format!("SAA-C03 domain {} · {} min read · Last checked {}", page.domain, page.reading_minutes(), page.checked) }</p>
            </header>
            { contents(page) }
            { match body {
                Some(Ok(html)) => html! { <div class="prose">{ Html::from_html_unchecked(AttrValue::Static(html)) }</div> },
                Some(Err(e)) => html! {
                    <div class="prose" role="alert">
                        <p>{ format!("This page's text cannot be shown: {e}.") }</p>
                        if BODIES.failed_to_arrive() {
                            <p><button type="button" onclick={try_again}>{ "Try again" }</button></p>
                        } else {
                            <p>{ "Reload the page to fetch a fresh copy of the app." }</p>
                        }
                    </div>
                },
                None => html! { <p class="prose meta" role="status">{ "Opening the page…" }</p> },
            } }
            <p class="read-toggle" data-slug={page.slug.clone()}><ReadButton slug={page.slug.clone()} /></p>
            <p class="practise-topic">
                <Link<Route, PracticeParams> to={Route::Practice} query={Some(PracticeParams::topics(std::slice::from_ref(&page.slug)))}>
                    { format!("Practise this topic ({} questions)", bundle.questions.iter().filter(|q| q.topic == page.slug).count()) }
                </Link<Route, PracticeParams>>
            </p>
            if !page.see_also.is_empty() {
                <nav class="prose see-also" aria-labelledby="see-also">
                    <h2 id="see-also">{ "See also" }</h2>
                    <ul>
                        { for page.see_also.iter().filter_map(|slug| bundle.page(slug)).map(|p| html! {
                            <li><Link<Route> to={Route::Kb { slug: p.slug.clone() }}>{ &p.title }</Link<Route>>{ " — " }{ &p.summary }</li>
                        }) }
                    </ul>
                </nav>
            }
            <section class="prose sources" aria-labelledby="sources">
                <h2 id="sources">{ "Sources" }</h2>
                <ul>{ for page.sources.iter().map(|url| html! { <li><a href={url.clone()}>{ url }</a></li> }) }</ul>
                <p>{ format!("Last checked: {}", page.checked) }</p>
                <ReportLink about={About::Page(AttrValue::Static(&page.slug))} />
            </section>
            <nav class="prev-next" aria-label="Study path">
                { for previous.map(|p| neighbour("Previous", p)) }
                { for next.map(|p| neighbour("Next", p)) }
            </nav>
        </article>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PathNavProps {
    current: String,
}

/// The study path beside the page on a laptop screen (phones have the
/// Previous and Next links and the home page instead).
#[component]
fn PathNav(props: &PathNavProps) -> Html {
    let bundle = use_content();
    html! {
        <nav class="path-nav" aria-label="All pages">
            <h2>{ "Study path" }</h2>
            <ol>
                { for bundle.pages.iter().map(|p| {
                    let here = p.slug == props.current;
                    html! {
                        <li><a href={rootcamp_core::url::page(&p.slug)} aria-current={here.then_some("page")}>{ &p.title }</a></li>
                    }
                }) }
            </ol>
        </nav>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct ReadButtonProps {
    pub slug: String,
}

/// Marks the page as read (or not); the mark shows on the home page. A toggle
/// button keeps its name and changes `aria-pressed`, as screen readers expect.
/// The reader (src/reader.rs) puts the same button on pre-rendered pages.
#[component]
pub(crate) fn ReadButton(props: &ReadButtonProps) -> Html {
    let state = use_app_state();
    let read = state.progress.is_read(&props.slug);
    let onclick = {
        let slug = props.slug.clone();
        Callback::from(move |_| state.dispatch(Action::set_read(slug.clone(), !read)))
    };
    html! {
        <>
            // Rendered on the host, the button waits for the reader or the app.
            <button type="button" aria-pressed={read.to_string()} {onclick} disabled={!crate::browser::present()}>
                { "Mark as read" }
            </button>
            <span class="read-status" role="status">{ if read { " Read: it counts on the home page." } else { "" } }</span>
        </>
    }
}

fn neighbour(label: &'static str, page: &Page) -> Html {
    html! {
        <Link<Route> to={Route::Kb { slug: page.slug.clone() }} classes={classes!(label.to_lowercase())}>
            <span class="label">{ label }</span>{ " " }<span>{ &page.title }</span>
        </Link<Route>>
    }
}

/// The table of contents: the page's second-level headings.
fn contents(page: &Page) -> Html {
    let sections: Vec<_> = page.headings.iter().filter(|h| h.level == 2).collect();
    if sections.len() < 2 {
        return Html::default();
    }
    let slug = &page.slug;
    html! {
        <nav class="toc prose" aria-label="On this page">
            <h2>{ "On this page" }</h2>
            <ul>
                { for sections.iter().map(|h| html! {
                    <li><a href={rootcamp_core::url::section(slug, &h.id)}>{ &h.text }</a></li>
                }) }
            </ul>
        </nav>
    }
}
