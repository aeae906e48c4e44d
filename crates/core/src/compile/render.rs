//! Stage 2, render: each page's markdown to HTML, resolving its links,
//! diagrams and `see_also` entries relative to its file.

use super::parse::{Diagrams, ParsedPage};
use super::read::{folder, join};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::front_matter::FrontMatter;
use crate::markdown::{self, Figure, Lookup, Rendered, Resolved};
use std::collections::HashMap;

/// A rendered page; any problems in it are already among the errors.
pub(super) struct RenderedPage<'f> {
    pub file: &'f SourceFile,
    /// Byte offset of the markdown body in the file (link offsets count from it).
    pub body_start: usize,
    pub front_matter: FrontMatter,
    pub rendered: Rendered,
    /// Slugs of the related pages.
    pub see_also: Vec<String>,
}

impl RenderedPage<'_> {
    pub(super) fn slug(&self) -> &str {
        &self.front_matter.slug
    }
}

/// Renders every parsed page; `pages` are all page files, parsed or not.
pub(super) fn render_pages<'f>(
    parsed: Vec<ParsedPage<'f>>,
    pages: &[&SourceFile],
    diagrams: &Diagrams,
    errors: &mut Vec<Diagnostic>,
) -> Vec<RenderedPage<'f>> {
    let slug_of_path: HashMap<String, String> = parsed
        .iter()
        .map(|p| (p.file.path.clone(), p.slug().to_string()))
        .collect();
    let resolver = Resolver {
        slug_of_path: &slug_of_path,
        pages,
        diagrams,
    };
    parsed
        .into_iter()
        .filter_map(|page| render_page(page, &resolver, errors))
        .collect()
}

/// What a link or an image from a page in `dir` to `dest` names.
struct Resolver<'a> {
    slug_of_path: &'a HashMap<String, String>,
    pages: &'a [&'a SourceFile],
    diagrams: &'a Diagrams,
}

impl Resolver<'_> {
    fn resolve(&self, dir: &str, dest: &str) -> Resolved {
        let path = join(dir, dest);
        match self.slug_of_path.get(&path) {
            Some(slug) => Resolved::Page(slug.clone()),
            // Its own errors are reported; a second message here would only mislead.
            None if self.pages.iter().any(|p| p.path == path) => Resolved::Broken,
            None => Resolved::Unknown,
        }
    }

    fn figure(&self, dir: &str, dest: &str, id: &str, alt: &str) -> Figure {
        let path = join(dir, dest);
        match self.diagrams.checked.get(&path) {
            Some(diagram) => Figure::Html(diagram.figure(id, alt)),
            None if self.diagrams.files.contains(&path) => Figure::Broken,
            None => Figure::Unknown,
        }
    }
}

/// The resolver as seen from one page's folder.
struct PageLookup<'a> {
    resolver: &'a Resolver<'a>,
    dir: &'a str,
}

impl Lookup for PageLookup<'_> {
    fn page(&self, path: &str) -> Resolved {
        self.resolver.resolve(self.dir, path)
    }

    fn diagram(&self, path: &str, id: &str, alt: &str) -> Figure {
        self.resolver.figure(self.dir, path, id, alt)
    }
}

fn render_page<'f>(
    page: ParsedPage<'f>,
    resolver: &Resolver,
    errors: &mut Vec<Diagnostic>,
) -> Option<RenderedPage<'f>> {
    let file = page.file;
    if page.markdown().trim().is_empty() {
        errors.push(file.error_at(
            page.body.start,
            "page has no content after its front matter",
        ));
        return None;
    }
    let dir = folder(&file.path);
    let lookup = PageLookup { resolver, dir };
    let rendered = markdown::render(page.markdown(), page.slug(), &lookup);
    for (offset, message) in &rendered.errors {
        errors.push(file.error_at(page.body.start + offset, message.clone()));
    }
    let mut see_also = Vec::new();
    for (path, offset) in &page.front_matter.see_also {
        match lookup.page(path) {
            Resolved::Page(slug) => see_also.push(slug),
            Resolved::Broken => {}
            Resolved::Unknown => errors.push(file.error_at(
                *offset,
                format!("see_also names a page that does not exist: {path}"),
            )),
        }
    }
    Some(RenderedPage {
        file,
        body_start: page.body.start,
        front_matter: page.front_matter,
        rendered,
        see_also,
    })
}
