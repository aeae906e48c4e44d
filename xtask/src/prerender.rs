//! Pre-rendered pages: every knowledge-base page (and the home page) as real
//! HTML with its content in it, so a deep link answers with the text, a
//! reader with JavaScript off can read it, and text shows before the wasm
//! loads. The app's other routes get their frame and heading. The markup mirrors the app's own (src/pages/kb_page.rs,
//! src/pages/home.rs, src/components/header.rs) so that when the app takes
//! over (src/lib.rs swaps it in within one task) nothing moves. Knowledge-base
//! pages are kept as they are by the reader (src/reader.rs), which finds the
//! page's slug on its Mark as read button.

use anyhow::{Context, Result, bail};
use rootcamp_core::html::escape;
use rootcamp_core::url;
use rootcamp_core::{Bundle, Page};

/// The header; its first link skips to the content of the page at `path` (under `base`).
fn header(base: &str, path: &str) -> String {
    format!(
        r##"<header class="site-header"><a class="skip-link" href="{base}{path}#main">Skip to the content</a><nav aria-label="Main"><a class="brand" href="{base}">Rootcamp</a><ul><li><a href="{base}">Study path</a></li><li><a href="{base}quiz">Quiz</a></li><li><a href="{base}progress">Progress</a></li></ul></nav><form class="search-box" role="search" action="{base}search"><label for="search-field" class="visually-hidden">Search</label><input id="search-field" name="q" type="search" placeholder="Search (press /)" autocomplete="off" spellcheck="false" enterkeyhint="go"></form></header>"##
    )
}

const FOOTER: &str = r#"<footer class="site-footer"><p>Rootcamp is an independent study aid, not affiliated with AWS. Facts are checked against AWS documentation on the date shown on each page.</p></footer>"#;

/// The body's content for a page, wrapped so the app can find and replace it.
fn frame(base: &str, path: &str, main: &str) -> String {
    format!(
        r#"<div id="prerendered">{}<main id="main" tabindex="-1">{main}</main>{FOOTER}</div>"#,
        header(base, path)
    )
}

pub(crate) fn kb_page(bundle: &Bundle, page: &Page, base: &str, report: Option<&str>) -> String {
    let (previous, next) = bundle.neighbours(&page.slug);
    let sections: Vec<_> = page.headings.iter().filter(|h| h.level == 2).collect();
    let toc = if sections.len() < 2 {
        String::new()
    } else {
        let items: String = sections
            .iter()
            .map(|h| {
                format!(
                    r#"<li><a href="{}">{}</a></li>"#,
                    url::section(&page.slug, &h.id),
                    escape(&h.text)
                )
            })
            .collect();
        format!(
            r#"<nav class="toc prose" aria-label="On this page"><h2>On this page</h2><ul>{items}</ul></nav>"#
        )
    };
    let see_also = if page.see_also.is_empty() {
        String::new()
    } else {
        let items: String = page
            .see_also
            .iter()
            .filter_map(|s| bundle.page(s))
            .map(|p| {
                format!(
                    r#"<li><a href="{base}{}">{}</a> — {}</li>"#,
                    url::page(&p.slug),
                    escape(&p.title),
                    escape(&p.summary)
                )
            })
            .collect();
        format!(
            r#"<nav class="prose see-also" aria-labelledby="see-also"><h2 id="see-also">See also</h2><ul>{items}</ul></nav>"#
        )
    };
    let sources: String = page
        .sources
        .iter()
        .map(|u| format!(r#"<li><a href="{0}">{0}</a></li>"#, escape(u)))
        .collect();
    let neighbour = |label: &str, p: Option<&Page>| {
        p.map(|p| {
            format!(
                r#"<a class="{}" href="{base}{}"><span class="label">{label}</span> <span>{}</span></a>"#,
                label.to_lowercase(),
                url::page(&p.slug),
                escape(&p.title)
            )
        })
        .unwrap_or_default()
    };
    let main = format!(
        r#"<article class="kb-page"><header class="prose"><h1>{title}</h1><p class="lead">{summary}</p><p class="meta">SAA-C03 domain {domain} · {minutes} min read · Last checked {checked}</p></header>{toc}<div class="prose">{html}</div><p class="read-toggle" data-slug="{slug}"><button type="button" aria-pressed="false" disabled>Mark as read</button></p><p class="practise-topic"><a href="{base}{practise}">Practise this topic ({questions} questions)</a></p>{see_also}<section class="prose sources" aria-labelledby="sources"><h2 id="sources">Sources</h2><ul>{sources}</ul><p>Last checked: {checked}</p>{report}</section><nav class="prev-next" aria-label="Study path">{prev}{next}</nav></article>"#,
        title = escape(&page.title),
        slug = page.slug,
        summary = escape(&page.summary),
        domain = page.domain,
        minutes = page.reading_minutes(),
        checked = page.checked,
        html = page.html,
        practise = url::practice_topic(&page.slug),
        questions = bundle.questions.iter().filter(|q| q.topic == page.slug).count(),
        report = report.map_or_else(String::new, |url| format!(
            r#"<p class="report"><a href="{}" target="_blank" rel="noopener">Report a problem with this page</a><span class="meta"> (opens a GitHub issue)</span></p>"#,
            escape(url)
        )),
        prev = neighbour("Previous", previous),
        next = neighbour("Next", next),
    );
    frame(base, &url::page(&page.slug), &main)
}

pub(crate) fn home(bundle: &Bundle, base: &str) -> String {
    let items: String = bundle
        .pages
        .iter()
        .map(|p| {
            format!(
                r#"<li><a href="{base}{}">{}</a><span class="meta"> · {} min read</span><p>{}</p></li>"#,
                url::page(&p.slug),
                escape(&p.title),
                p.reading_minutes(),
                escape(&p.summary)
            )
        })
        .collect();
    let main = format!(
        r#"<article class="prose"><h1>Rootcamp</h1><p class="lead">Everything about the AWS account root user and IAM that the Solutions Architect – Associate exam (SAA-C03) can ask, checked against AWS documentation.</p><section class="glance" aria-labelledby="glance"><h2 id="glance">Start here</h2><p>{pages} pages, about {minutes} minutes of reading, and {questions} scenario questions with an explanation for every answer.</p><p>Begin with <a href="{base}{first}">{first_title}</a>, then practise what you read. Your progress stays in this browser.</p><p class="meta"><a href="{base}quiz">Set your exam date</a> for a countdown and a daily target.</p></section><h2>Study path</h2><p class="meta">0 of {pages} pages read</p><ol class="study-path">{items}</ol></article>"#,
        pages = bundle.pages.len(),
        minutes = bundle.pages.iter().map(Page::reading_minutes).sum::<u32>(),
        questions = bundle.questions.len(),
        first = url::page(bundle.pages.first().map_or("", |p| p.slug.as_str())),
        first_title = bundle
            .pages
            .first()
            .map_or(String::new(), |p| escape(&p.title)),
    );
    frame(base, "", &main)
}

/// A route the app renders from what only the browser has (the student's
/// progress, a search query): the quiz, progress and search pages.
pub(crate) struct AppRoute {
    /// The path under the base, which is also the HTML file's name without `.html`.
    pub path: &'static str,
    /// The page's `<h1>`, and its title before ` · Rootcamp` (as `title` in src/app.rs).
    pub heading: &'static str,
    /// The class of the page's `<article>`, so the heading sits where the app puts it.
    pub class: &'static str,
    /// What the page offers, as the subject of "… needs JavaScript".
    pub feature: &'static str,
    pub description: &'static str,
}

/// The app's routes other than the home page and knowledge-base pages (see `Route` in src/app.rs).
pub(crate) const APP_ROUTES: [AppRoute; 5] = [
    AppRoute {
        path: "search",
        heading: "Search",
        class: "search-page",
        feature: "Search",
        description: "Search Rootcamp's pages and questions about the AWS account root user and IAM, offline.",
    },
    AppRoute {
        path: "quiz",
        heading: "Quiz",
        class: "quiz-home",
        feature: "The quiz",
        description: "Scenario questions on the AWS account root user and IAM for SAA-C03: practice with explanations, a timed exam, a review of mistakes and spaced repetition.",
    },
    AppRoute {
        path: "quiz/practice",
        heading: "Practice",
        class: "practice",
        feature: "Practice",
        description: "Practise SAA-C03 scenario questions about the AWS account root user and IAM, with an explanation for every option.",
    },
    AppRoute {
        path: "quiz/exam",
        heading: "Exam simulation",
        class: "exam-setup",
        feature: "The exam simulation",
        description: "A timed, SAA-C03-style exam on the AWS account root user and IAM, with flags, a review of every answer and a score.",
    },
    AppRoute {
        path: "progress",
        heading: "Progress",
        class: "progress-page",
        feature: "Progress",
        description: "Your Rootcamp progress, kept in this browser: pages read, answers, questions due for review, and export or import.",
    },
];

/// An app route's frame and heading: the page shows them at once, and they do
/// not move when the app takes over. With JavaScript off it says what is missing.
pub(crate) fn app_route(route: &AppRoute, base: &str) -> String {
    let main = format!(
        r#"<article class="prose {}"><h1>{}</h1><noscript><p>{} needs JavaScript and WebAssembly. The <a href="{base}">knowledge base</a> reads without them.</p></noscript></article>"#,
        route.class,
        escape(route.heading),
        escape(route.feature)
    );
    frame(base, route.path, &main)
}

/// index.html with `body` in place of its empty body (and of the app's
/// `<noscript>` line, as the body says what works without JavaScript), its
/// own title, and its own description (or index.html's, given None).
pub(crate) fn page_html(
    index: &str,
    body: &str,
    title: &str,
    description: Option<&str>,
) -> Result<String> {
    let without_noscript = match (index.find("<noscript>"), index.find("</noscript>")) {
        (Some(start), Some(end)) => {
            format!("{}{}", &index[..start], &index[end + "</noscript>".len()..])
        }
        _ => index.to_string(),
    };
    for needed in ["<body>", "<title>Rootcamp</title>"] {
        if !without_noscript.contains(needed) {
            bail!("index.html has no {needed}");
        }
    }
    let with_body = without_noscript.replacen("<body>", &format!("<body>\n    {body}"), 1);
    let with_title = with_body.replacen(
        "<title>Rootcamp</title>",
        &format!("<title>{}</title>", escape(title)),
        1,
    );
    let start = with_title
        .find("<meta name=\"description\" content=\"")
        .context("index.html has no description meta")?;
    let end = with_title[start..]
        .find("/>")
        .context("the description meta is not closed")?
        + start
        + 2;
    let Some(description) = description else {
        return Ok(with_title);
    };
    Ok(format!(
        "{}<meta name=\"description\" content=\"{}\" />{}",
        &with_title[..start],
        escape(description),
        &with_title[end..]
    ))
}
