//! Stages 3 and 4, the checks that need every page at once: links' anchors
//! exist, every diagram is shown somewhere, and every page has questions.

use super::read::{folder, join};
use super::render::RenderedPage;
use crate::diagnostic::{Diagnostic, SourceFile};
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

/// Every diagram must be shown on some page: one that is not is either
/// forgotten or left over.
pub(super) fn check_diagrams_used(
    pages: &[RenderedPage],
    diagrams: &[&SourceFile],
    errors: &mut Vec<Diagnostic>,
) {
    let used: HashSet<String> = pages
        .iter()
        .flat_map(|p| {
            let dir = folder(&p.file.path);
            p.rendered.diagrams.iter().map(move |d| join(dir, d))
        })
        .collect();
    for file in diagrams {
        if !used.contains(&file.path) {
            errors.push(file.error_at(
                0,
                "diagram is not shown on any page: add it to one with ![what it shows](../diagrams/NAME.svg), or delete it",
            ));
        }
    }
}
