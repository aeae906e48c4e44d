//! Markdown to HTML for knowledge-base pages.
//!
//! This is the one place that decides the parser's options. Rendering also
//! gives every heading a stable anchor, rewrites links between pages to app
//! routes, and refuses raw HTML (content is text we control; refusing is
//! simpler and safer than sanitizing).

use crate::bundle::Heading;
use crate::highlight::{LANGUAGES, highlight};
use pulldown_cmark::{
    BlockQuoteKind, CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html,
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
                let end = events[i..]
                    .iter()
                    .position(|(e, _)| matches!(e, Event::End(TagEnd::Heading(_))))
                    .map_or(events.len(), |n| i + n);
                let text: String = events[i + 1..end]
                    .iter()
                    .filter_map(|(e, _)| match e {
                        Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                        _ => None,
                    })
                    .collect();
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
                let columns: Vec<&str> = events[i..]
                    .iter()
                    .take_while(|(e, _)| !matches!(e, Event::End(TagEnd::TableHead)))
                    .filter_map(|(e, _)| match e {
                        Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                        _ => None,
                    })
                    .collect();
                let label = escape_attr(&format!("Table {tables}: {}", columns.join(", ")));
                html_events.push(Event::Html(
                    format!(r#"<div class="table-wrap" role="region" aria-label="{label}" tabindex="0">"#).into(),
                ));
                html_events.push(event.clone());
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let end = events[i..]
                    .iter()
                    .position(|(e, _)| matches!(e, Event::End(TagEnd::CodeBlock)))
                    .map_or(events.len(), |n| i + n);
                let code: String = events[i + 1..end]
                    .iter()
                    .filter_map(|(e, _)| {
                        if let Event::Text(t) = e {
                            Some(t.as_ref())
                        } else {
                            None
                        }
                    })
                    .collect();
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
                let text: String = events[i + 1..]
                    .iter()
                    .take_while(|(e, _)| {
                        !matches!(e, Event::End(TagEnd::Item) | Event::Start(Tag::List(_)))
                    })
                    .filter_map(|(e, _)| match e {
                        Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                        _ => None,
                    })
                    .collect();
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

/// Callout kinds: the class they get and the label a student sees.
fn callout(kind: BlockQuoteKind) -> (&'static str, &'static str) {
    match kind {
        BlockQuoteKind::Tip => ("tip", "Exam tip"),
        BlockQuoteKind::Caution => ("trap", "Exam trap"),
        BlockQuoteKind::Important => ("changed", "What changed"),
        BlockQuoteKind::Warning => ("warning", "Warning"),
        BlockQuoteKind::Note => ("note", "Note"),
    }
}

/// A highlighted code block with a copy button (the app makes the button work).
/// The `pre` is focusable so that keyboards can scroll a long line on a phone.
fn code_block(language: &str, code: &str) -> String {
    format!(
        r#"<div class="code-block"><pre class="language-{language}" tabindex="0"><code>{}</code></pre><button type="button" class="copy-code">Copy</button></div>"#,
        highlight(language, code.trim_end_matches('\n'))
    )
}

fn escape_attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// A heading's text as an anchor: lowercase ASCII words joined by hyphens,
/// so that a URL carries it without percent-encoding.
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if (c.is_whitespace() || c == '-' || c == '_' || c == '/')
            && !slug.ends_with('-')
            && !slug.is_empty()
        {
            slug.push('-');
        }
    }
    let trimmed = slug.trim_end_matches('-');
    if trimmed.is_empty() {
        "section".to_string()
    } else {
        trimmed.to_string()
    }
}

fn unique(wanted: &str, used: &mut HashSet<String>) -> String {
    let mut candidate = wanted.to_string();
    let mut n = 1;
    while !used.insert(candidate.clone()) {
        candidate = format!("{wanted}-{n}");
        n += 1;
    }
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(path: &str) -> Target {
        if path == "other.md" {
            Target::Page("other".into())
        } else {
            Target::Unknown
        }
    }

    #[test]
    fn headings_get_stable_unique_anchors() {
        let r = render(
            "## Root user vs. IAM\n\n## Root user vs. IAM\n\n### Custom {#mine}\n",
            "p",
            &resolve,
        );
        let ids: Vec<_> = r.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["root-user-vs-iam", "root-user-vs-iam-1", "mine"]);
        assert!(r.html.contains(r##"<h2 id="root-user-vs-iam">Root user vs. IAM<a class="anchor" href="kb/p#root-user-vs-iam""##), "{}", r.html);
        assert_eq!(r.headings[2].level, 3);
    }

    #[test]
    fn slugify_folds_case_and_punctuation() {
        assert_eq!(slugify("What's `sts:AssumeRoot`?"), "whats-stsassumeroot");
        assert_eq!(slugify("Step 1 — reset"), "step-1-reset");
        assert_eq!(slugify("!!!"), "section");
        assert_eq!(slugify("Café crème"), "caf-crme");
    }

    #[test]
    fn links_between_pages_become_routes() {
        let r = render(
            "[a](other.md#x) [b](#here) [c](https://docs.aws.amazon.com/)\n",
            "p",
            &resolve,
        );
        assert!(
            r.html.contains(r#"<a href="kb/other#x">a</a>"#),
            "{}",
            r.html
        );
        assert!(r.html.contains(r#"<a href="kb/p#here">b</a>"#));
        assert!(
            r.html
                .contains(r#"<a href="https://docs.aws.amazon.com/">c</a>"#)
        );
        assert_eq!(r.links.len(), 2);
        assert_eq!(
            r.links[1],
            PageLink {
                offset: 16,
                slug: "p".into(),
                anchor: Some("here".into())
            }
        );
        assert!(r.errors.is_empty());
    }

    #[test]
    fn raw_html_is_refused_and_not_rendered() {
        let r = render(
            "Hello <b>x</b>\n\n<script>alert(1)</script>\n",
            "p",
            &resolve,
        );
        let messages: Vec<_> = r.errors.iter().map(|(o, m)| format!("{o}: {m}")).collect();
        assert_eq!(
            messages,
            [
                "6: raw HTML is not allowed in content (found `<b>`); write it in markdown",
                "10: raw HTML is not allowed in content (found `</b>`); write it in markdown",
                "16: raw HTML is not allowed in content (found `<script>alert(1)</script>`); write it in markdown",
            ]
        );
        assert!(!r.html.contains("<script"), "{}", r.html);
        assert!(!r.html.contains("<b>"));
    }

    #[test]
    fn text_is_escaped() {
        let r = render("a < b & `<c>`\n", "p", &resolve);
        assert_eq!(r.html, "<p>a &lt; b &amp; <code>&lt;c&gt;</code></p>\n");
    }

    #[test]
    fn tables_and_strikethrough_are_on() {
        let r = render("| a | b |\n|---|---|\n| 1 | ~~2~~ |\n", "p", &resolve);
        assert!(
            r.html.contains("<table>") && r.html.contains("<del>2</del>"),
            "{}",
            r.html
        );
        assert!(r.html.starts_with(r#"<div class="table-wrap" role="region" aria-label="Table 1: a, b" tabindex="0"><table>"#), "{}", r.html);
        assert!(r.html.ends_with("</table>\n</div>"), "{}", r.html);
    }

    #[test]
    fn callouts_are_labelled_and_checked() {
        let r = render(
            "> [!TIP]\n> Pick the SCP.\n\n> [!CAUTION]\n> Old list.\n",
            "p",
            &resolve,
        );
        assert_eq!(
            r.html,
            concat!(
                r#"<div class="callout callout-tip" role="note"><p class="callout-title">Exam tip</p>"#,
                "\n<p>Pick the SCP.</p>\n</div>",
                r#"<div class="callout callout-trap" role="note"><p class="callout-title">Exam trap</p>"#,
                "\n<p>Old list.</p>\n</div>",
            )
        );
        let r = render(
            "> [!TPI]\n> Typo.\n\n> A plain quote.\n\n> [!NOTE]\n",
            "p",
            &resolve,
        );
        let messages: Vec<_> = r.errors.iter().map(|(o, m)| format!("{o}: {m}")).collect();
        assert_eq!(
            messages,
            [
                "0: unknown callout [!TPI]: use [!TIP], [!CAUTION], [!IMPORTANT], [!WARNING] or [!NOTE]",
                "36: a callout needs some text after its [!KIND] line",
            ]
        );
    }

    #[test]
    fn code_blocks_are_highlighted_with_a_copy_button() {
        let r = render("```sh\naws iam list-users\n```\n", "p", &resolve);
        assert_eq!(
            r.html,
            r#"<div class="code-block"><pre class="language-sh" tabindex="0"><code><span class="tok-cmd">aws</span> iam list-users</code></pre><button type="button" class="copy-code">Copy</button></div>"#
        );
        let r = render("```yaml\na: 1\n```\n\n    indented\n", "p", &resolve);
        let messages: Vec<_> = r.errors.iter().map(|(o, m)| format!("{o}: {m}")).collect();
        assert_eq!(
            messages,
            [
                "0: a code block must be fenced with a language: sh, json, text (found \"yaml\")",
                "22: a code block must be fenced with a language: sh, json, text (found \"\")",
            ]
        );
    }

    #[test]
    fn checklist_boxes_are_named_by_their_item() {
        let r = render("- [ ] Use a **group** address\n- [x] MFA\n", "p", &resolve);
        assert_eq!(
            r.html,
            concat!(
                "<ul>\n",
                r#"<li><input type="checkbox" disabled aria-label="Use a group address"> Use a <strong>group</strong> address</li>"#,
                "\n",
                r#"<li><input type="checkbox" disabled checked aria-label="MFA"> MFA</li>"#,
                "\n",
                "</ul>\n",
            )
        );
    }

    #[test]
    fn collects_plain_text_by_section() {
        let r = render(
            "Intro *text*.\n\n## First part\n\nBody `code`.\n\n```sh\naws iam\n```\n",
            "p",
            &resolve,
        );
        assert_eq!(
            r.sections,
            [
                SectionText {
                    anchor: None,
                    heading: String::new(),
                    text: "Intro text .".into()
                },
                SectionText {
                    anchor: Some("first-part".into()),
                    heading: "First part".into(),
                    text: "Body code . aws iam\n".into()
                },
            ]
        );
    }

    #[test]
    fn counts_words() {
        assert_eq!(render("one two\n\n## three\n", "p", &resolve).words, 3);
    }
}
