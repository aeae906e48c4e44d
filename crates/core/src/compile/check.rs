//! Stages 3 and 4, the checks that need every page at once: links' anchors
//! exist, and every page has questions.

use super::render::RenderedPage;
use crate::diagnostic::Diagnostic;
use crate::quiz::Question;
use std::collections::{HashMap, HashSet};

/// Every link's anchor must exist on the page it points to.
pub(super) fn check_links(pages: &[RenderedPage], errors: &mut Vec<Diagnostic>) {
    let anchors: HashMap<&str, HashSet<&str>> = pages
        .iter()
        .map(|p| {
            let ids = p.rendered.headings.iter().map(|h| h.id.as_str()).collect();
            (p.slug(), ids)
        })
        .collect();
    for page in pages {
        for link in &page.rendered.links {
            if let (Some(anchor), Some(ids)) = (&link.anchor, anchors.get(link.slug.as_str()))
                && !ids.contains(anchor.as_str())
            {
                errors.push(page.file.error_at(
                    page.body_start + link.offset,
                    format!(
                        "link to a section that does not exist: {}#{anchor}",
                        link.slug
                    ),
                ));
            }
        }
    }
}

/// Every page needs questions on it.
pub(super) fn check_coverage(
    pages: &[RenderedPage],
    questions: &[Question],
    errors: &mut Vec<Diagnostic>,
) {
    for page in pages {
        if !questions.iter().any(|q| q.topic == page.slug()) {
            errors.push(page.file.error_at(
                0,
                format!(
                    "page has no quiz questions: add some to content/quiz/{}.toml",
                    page.slug()
                ),
            ));
        }
    }
}
