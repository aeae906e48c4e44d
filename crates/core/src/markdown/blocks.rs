//! The HTML the renderer writes itself: callouts, code blocks with their
//! copy button, heading anchors, table regions and checklist boxes.

use crate::highlight::highlight;
use crate::html::escape;
use crate::url;
use pulldown_cmark::BlockQuoteKind;
use std::collections::HashSet;

/// Callout kinds: the class they get and the label a student sees.
pub(super) fn callout(kind: BlockQuoteKind) -> (&'static str, &'static str) {
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
pub(super) fn code_block(language: &str, code: &str) -> String {
    format!(
        r#"<div class="code-block"><pre class="language-{language}" tabindex="0"><code>{}</code></pre><button type="button" class="copy-code">Copy</button></div>"#,
        highlight(language, code.trim_end_matches('\n'))
    )
}

/// The link a heading carries to its own section.
pub(super) fn anchor_link(slug: &str, anchor: &str) -> String {
    format!(
        r##"<a class="anchor" href="{}" aria-label="Link to this section">#</a>"##,
        url::section(slug, anchor)
    )
}

/// The focusable region a table scrolls in, named `label`.
pub(super) fn table_region(label: &str) -> String {
    format!(
        r#"<div class="table-wrap" role="region" aria-label="{}" tabindex="0">"#,
        escape(label)
    )
}

/// A checklist's box, named by its item's text.
pub(super) fn checkbox(label: &str, checked: bool) -> String {
    let checked = if checked { " checked" } else { "" };
    format!(
        r#"<input type="checkbox" disabled{checked} aria-label="{}"> "#,
        escape(label)
    )
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

pub(super) fn unique(wanted: &str, used: &mut HashSet<String>) -> String {
    let mut candidate = wanted.to_string();
    let mut n = 1;
    while !used.insert(candidate.clone()) {
        candidate = format!("{wanted}-{n}");
        n += 1;
    }
    candidate
}
