//! Stage 5, assemble: the bundle from checked pages and questions: pages in
//! study-path order, and the search index over their sections and the questions.

use super::render::RenderedPage;
use crate::bundle::{Bundle, Page};
use crate::quiz::Question;
use crate::search::IndexBuilder;
use std::collections::HashMap;

/// The bundle; `order` lists the pages' file paths in reading order.
pub(super) fn assemble(
    pages: Vec<RenderedPage>,
    order: &[String],
    questions: Vec<Question>,
    search: IndexBuilder,
) -> Bundle {
    let search = index(search, &pages, &questions);
    let mut by_path: HashMap<&str, Page> = pages
        .into_iter()
        .map(|p| (p.file.path.as_str(), page(p)))
        .collect();
    let mut bundle = Bundle {
        version: String::new(),
        pages: order
            .iter()
            .filter_map(|path| by_path.remove(path.as_str()))
            .collect(),
        questions,
        search: search.build(),
    };
    bundle.version = crate::bundle::content_version(&bundle.encode());
    bundle
}

fn index(mut search: IndexBuilder, pages: &[RenderedPage], questions: &[Question]) -> IndexBuilder {
    for p in pages {
        let fm = &p.front_matter;
        search.add_page(
            &fm.slug,
            &fm.title,
            &p.rendered.headings,
            &p.rendered.sections,
        );
    }
    for q in questions {
        let topic = pages.iter().find(|p| p.slug() == q.topic);
        search.add_question(q, topic.map_or("", |p| p.front_matter.title.as_str()));
    }
    search
}

fn page(p: RenderedPage) -> Page {
    let fm = p.front_matter;
    Page {
        slug: fm.slug,
        title: fm.title,
        summary: fm.summary,
        domain: fm.domain,
        sources: fm.sources,
        checked: fm.checked,
        html: p.rendered.html,
        headings: p.rendered.headings,
        words: p.rendered.words,
        see_also: p.see_also,
    }
}
