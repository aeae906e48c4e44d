//! Markdown to HTML for knowledge-base pages.
//!
//! This is the one place that decides the parser's options. Rendering also
//! gives every heading a stable anchor, rewrites links between pages to app
//! routes, and refuses raw HTML (content is text we control; refusing is
//! simpler and safer than sanitizing).

use crate::bundle::Heading;
use crate::highlight::LANGUAGES;
use pulldown_cmark::{
    CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html,
};
use std::collections::HashSet;
use std::ops::Range;

/// The parser options used for every page.
pub fn parser_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_GFM
}

/// A link to another page (or a section of this one) found while rendering.
#[derive(Debug, Clone, PartialEq)]
pub struct PageLink {
    /// Byte offset of the link in the markdown given to [`render`].
    pub offset: usize,
    /// Slug of the page linked to.
    pub slug: String,
    pub anchor: Option<String>,
}

#[derive(Debug, Default)]
pub struct Rendered {
    pub html: String,
    pub headings: Vec<Heading>,
    pub links: Vec<PageLink>,
    /// Problems found, with the byte offset in the markdown.
    pub errors: Vec<(usize, String)>,
    pub words: u32,
    /// Plain text by section, for the search index: the introduction (no anchor) first.
    pub sections: Vec<SectionText>,
}

#[derive(Debug, Default, Clone, PartialEq)]
pub struct SectionText {
    pub anchor: Option<String>,
    pub heading: String,
    pub text: String,
}

/// Where a link destination points, as decided by the caller who knows the other pages.
pub enum Target {
    Page(String),
    Unknown,
    /// The page exists but has errors of its own; links to it are not checked further.
    Broken,
}

/// Renders `markdown` (the body of page `slug`). `resolve` maps a relative
/// `.md` path to the slug of that page.
pub fn render(markdown: &str, slug: &str, resolve: &dyn Fn(&str) -> Target) -> Rendered {
    let mut out = Rendered {
        sections: vec![SectionText::default()],
        ..Rendered::default()
    };
    let events: Vec<(Event, Range<usize>)> = Parser::new_ext(markdown, parser_options())
        .into_offset_iter()
        .collect();
    let mut used_ids = HashSet::new();
    let mut tables = 0;
    let mut html_events = Vec::with_capacity(events.len());
    let mut i = 0;
    while i < events.len() {
        let (event, range) = &events[i];
        match event {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                let end = end_of(&events, i, |e| matches!(e, Event::End(TagEnd::Heading(_))));
                let text = plain_text(&events[i + 1..end]);
                if *level == HeadingLevel::H1 {
                    out.errors.push((
                        range.start,
                        "a page may not have a level-1 heading: the title comes from front matter, start at ##".into(),
                    ));
                }
                let wanted = id
                    .as_ref()
                    .map_or_else(|| slugify(&text), |s| s.to_string());
                let anchor = unique(&wanted, &mut used_ids);
                out.headings.push(Heading {
                    level: *level as u8,
                    id: anchor.clone(),
                    text: text.trim().to_string(),
                });
                out.sections.push(SectionText {
                    anchor: Some(anchor.clone()),
                    heading: text.trim().to_string(),
                    text: String::new(),
                });
                html_events.push(Event::Start(Tag::Heading {
                    level: *level,
                    id: Some(anchor.clone().into()),
                    classes: classes.clone(),
                    attrs: attrs.clone(),
                }));
                // Inner events pass through the same checks as the rest of the page.
                for (e, r) in &events[i + 1..end] {
                    push_checked(e.clone(), r, slug, resolve, &mut out, &mut html_events);
                }
                // The heading's words are its section's heading, not its body.
                if let Some(section) = out.sections.last_mut() {
                    section.text.clear();
                }
                html_events.push(Event::Html(
                    format!(r##"<a class="anchor" href="kb/{slug}#{anchor}" aria-label="Link to this section">#</a>"##)
                        .into(),
                ));
                if let Some((e, _)) = events.get(end) {
                    html_events.push(e.clone());
                }
                i = end + 1;
                continue;
            }
            // Wide tables scroll inside a focusable region, so keyboards can scroll them too.
            // Each region needs its own name: the table's number and its column headings.
            Event::Start(Tag::Table(_)) => {
                tables += 1;
                let head_end = end_of(&events, i, |e| matches!(e, Event::End(TagEnd::TableHead)));
                let head = &events[i..head_end];
                let cells = head
                    .iter()
                    .filter(|(e, _)| matches!(e, Event::End(TagEnd::TableCell)))
                    .count();
                let columns: Vec<String> = head
                    .split(|(e, _)| matches!(e, Event::End(TagEnd::TableCell)))
                    .take(cells)
                    .map(plain_text)
                    .collect();
                if columns.iter().any(String::is_empty) {
                    out.errors.push((
                        range.start,
                        "every column of a table needs a heading: screen readers read it with each cell".into(),
                    ));
                }
                let label = escape_attr(&format!("Table {tables}: {}", columns.join(", ")));
                html_events.push(Event::Html(
                    format!(r#"<div class="table-wrap" role="region" aria-label="{label}" tabindex="0">"#).into(),
                ));
                html_events.push(event.clone());
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let end = end_of(&events, i, |e| matches!(e, Event::End(TagEnd::CodeBlock)));
                let code = plain_text(&events[i + 1..end]);
                let language = match kind {
                    CodeBlockKind::Fenced(lang) => lang.split_whitespace().next().unwrap_or(""),
                    CodeBlockKind::Indented => "",
                };
                if !LANGUAGES.contains(&language) {
                    out.errors.push((
                        range.start,
                        format!("a code block must be fenced with a language: {} (found \"{language}\")", LANGUAGES.join(", ")),
                    ));
                }
                add_text(&mut out, &code);
                html_events.push(Event::Html(code_block(language, &code).into()));
                i = end + 1;
                continue;
            }
            Event::Start(Tag::BlockQuote(Some(kind))) => {
                if matches!(
                    events.get(i + 1),
                    Some((Event::End(TagEnd::BlockQuote(_)), _))
                ) {
                    out.errors.push((
                        range.start,
                        "a callout needs some text after its [!KIND] line".into(),
                    ));
                }
                let (class, label) = callout(*kind);
                html_events.push(Event::Html(
                    format!(r#"<div class="callout callout-{class}" role="note"><p class="callout-title">{label}</p>"#).into(),
                ));
            }
            Event::End(TagEnd::BlockQuote(Some(_))) => {
                html_events.push(Event::Html("</div>".into()))
            }
            Event::Start(Tag::BlockQuote(None)) => {
                // GFM only knows five kinds; anything else that looks like one is a typo.
                let first_text: String = events[i + 1..]
                    .iter()
                    .skip_while(|(e, _)| matches!(e, Event::Start(_)))
                    .map_while(|(e, _)| {
                        if let Event::Text(t) = e {
                            Some(t.as_ref())
                        } else {
                            None
                        }
                    })
                    .collect();
                if let Some(kind) = first_text
                    .strip_prefix("[!")
                    .and_then(|k| k.split(']').next())
                {
                    out.errors.push((
                        range.start,
                        format!("unknown callout [!{kind}]: use [!TIP], [!CAUTION], [!IMPORTANT], [!WARNING] or [!NOTE]"),
                    ));
                }
                html_events.push(event.clone());
            }
            // A checklist box is named by its item's text, so screen readers can tell them apart.
            Event::TaskListMarker(checked) => {
                let item_end = end_of(&events, i, |e| {
                    matches!(e, Event::End(TagEnd::Item) | Event::Start(Tag::List(_)))
                });
                let text = plain_text(&events[i + 1..item_end]);
                let label = escape_attr(text.trim());
                let checked = if *checked { " checked" } else { "" };
                html_events.push(Event::Html(
                    format!(r#"<input type="checkbox" disabled{checked} aria-label="{label}"> "#)
                        .into(),
                ));
            }
            _ => push_checked(
                event.clone(),
                range,
                slug,
                resolve,
                &mut out,
                &mut html_events,
            ),
        }
        i += 1;
    }
    html::push_html(&mut out.html, html_events.into_iter());
    out
}

fn push_checked<'a>(
    event: Event<'a>,
    range: &Range<usize>,
    slug: &str,
    resolve: &dyn Fn(&str) -> Target,
    out: &mut Rendered,
    html_events: &mut Vec<Event<'a>>,
) {
    match event {
        Event::Html(raw) | Event::InlineHtml(raw) => {
            let shown: String = raw.trim().chars().take(40).collect();
            out.errors.push((
                range.start,
                format!(
                    "raw HTML is not allowed in content (found `{shown}`); write it in markdown"
                ),
            ));
        }
        Event::Start(Tag::Image { .. }) => {
            out.errors
                .push((range.start, "images are not supported in content".into()));
        }
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let dest = rewrite_link(&dest_url, range.start, slug, resolve, out);
            html_events.push(Event::Start(Tag::Link {
                link_type,
                dest_url: dest,
                title,
                id,
            }));
        }
        Event::End(TagEnd::Table) => {
            html_events.push(Event::End(TagEnd::Table));
            html_events.push(Event::Html("</div>".into()));
        }
        Event::Text(t) => {
            out.words += t.split_whitespace().count() as u32;
            add_text(out, &t);
            html_events.push(Event::Text(t));
        }
        Event::Code(t) => {
            add_text(out, &t);
            html_events.push(Event::Code(t));
        }
        Event::SoftBreak | Event::HardBreak => {
            add_text(out, " ");
            html_events.push(event);
        }
        other => html_events.push(other),
    }
}

/// Index of the first event from `start` on that `is_end` accepts (or the end).
fn end_of(
    events: &[(Event, Range<usize>)],
    start: usize,
    is_end: impl Fn(&Event) -> bool,
) -> usize {
    events[start..]
        .iter()
        .position(|(e, _)| is_end(e))
        .map_or(events.len(), |n| start + n)
}

/// The text (and inline code) of some events, without markup.
fn plain_text(events: &[(Event, Range<usize>)]) -> String {
    events
        .iter()
        .filter_map(|(e, _)| match e {
            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect()
}

/// Adds body text to the current section (heading text is kept apart).
fn add_text(out: &mut Rendered, text: &str) {
    if let Some(section) = out.sections.last_mut() {
        if !section.text.is_empty() && !section.text.ends_with(' ') {
            section.text.push(' ');
        }
        section.text.push_str(text);
    }
}

fn rewrite_link<'a>(
    dest: &str,
    offset: usize,
    slug: &str,
    resolve: &dyn Fn(&str) -> Target,
    out: &mut Rendered,
) -> CowStr<'a> {
    if dest.starts_with("https://") || dest.starts_with("http://") || dest.starts_with("mailto:") {
        return dest.to_string().into();
    }
    let (path, anchor) = match dest.split_once('#') {
        Some((p, a)) => (p, Some(a.to_string())),
        None => (dest, None),
    };
    let target = if path.is_empty() {
        Some(slug.to_string())
    } else if path.ends_with(".md") {
        match resolve(path) {
            Target::Page(s) => Some(s),
            Target::Unknown => {
                out.errors.push((
                    offset,
                    format!("link to a page that does not exist: {path}"),
                ));
                None
            }
            Target::Broken => None,
        }
    } else {
        out.errors.push((
            offset,
            format!("link \"{dest}\" must point to a .md page, a #section or an https:// address"),
        ));
        None
    };
    let Some(target) = target else {
        return dest.to_string().into();
    };
    out.links.push(PageLink {
        offset,
        slug: target.clone(),
        anchor: anchor.clone(),
    });
    match anchor {
        Some(a) => format!("kb/{target}#{a}").into(),
        None => format!("kb/{target}").into(),
    }
}

mod blocks;

pub use blocks::slugify;
use blocks::{callout, code_block, escape_attr, unique};

#[cfg(test)]
mod tests;
