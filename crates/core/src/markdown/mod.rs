//! Markdown to HTML for knowledge-base pages.
//!
//! This is the one place that decides the parser's options. Rendering also
//! gives every heading a stable anchor, rewrites links between pages to app
//! routes, inlines diagrams, and refuses raw HTML (content is text we control; refusing is
//! simpler and safer than sanitizing).
//!
//! [`render`] walks the parser's events once ([`walk`]); each construct that
//! needs more than pulldown-cmark's HTML has its own helper: headings,
//! tables, code blocks, callouts and checklists ([`constructs`]), links
//! ([`links`]), diagrams ([`figures`]), and the HTML written by hand ([`blocks`]).

use crate::bundle::Heading;
use pulldown_cmark::Options;

mod blocks;
mod constructs;
mod figures;
mod links;
mod walk;

pub use blocks::slugify;

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
    /// The section of that page linked to (the part after `#`), if any.
    pub anchor: Option<String>,
}

/// What rendering one page's markdown produces.
#[derive(Debug, Default)]
pub struct Rendered {
    /// The page body as HTML, headings anchored and links rewritten to app routes.
    pub html: String,
    /// The headings in document order, with their anchors.
    pub headings: Vec<Heading>,
    /// Links to pages and sections, kept so the compiler can check their anchors exist.
    pub links: Vec<PageLink>,
    /// Problems found, with the byte offset in the markdown.
    pub errors: Vec<(usize, String)>,
    /// Number of words of text (code not counted), for the reading time.
    pub words: u32,
    /// Plain text by section, for the search index: the introduction (no anchor) first.
    pub sections: Vec<SectionText>,
    /// The diagrams shown, as their paths were written (relative to the page).
    pub diagrams: Vec<String>,
}

/// The plain text of one section of a page: what search looks in.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct SectionText {
    /// The anchor of the heading that starts the section; none for the introduction.
    pub anchor: Option<String>,
    /// The heading's text; empty for the introduction.
    pub heading: String,
    /// The section's body text, without markup, spaces made single.
    pub text: String,
}

/// What a relative `.md` link destination names, as decided by the caller who
/// knows the other pages.
pub enum Resolved {
    /// A page with this slug.
    Page(String),
    /// No page at that path: the link is an error.
    Unknown,
    /// The page exists but has errors of its own; links to it are not checked further.
    Broken,
}

/// What an image's destination (a diagram) becomes, as decided by the caller
/// who knows the diagrams.
pub enum Figure {
    /// The diagram, as the HTML of its figure.
    Html(String),
    /// No diagram at that path: the image is an error.
    Unknown,
    /// The diagram exists but has errors of its own.
    Broken,
}

/// What the renderer asks of the rest of the content: the pages that links
/// name, and the diagrams that images name.
pub trait Lookup {
    /// The page a relative `.md` path names.
    fn page(&self, path: &str) -> Resolved;
    /// The figure for the diagram at a relative path, named `alt`, its ids starting with `id`.
    fn diagram(&self, _path: &str, _id: &str, _alt: &str) -> Figure {
        Figure::Unknown
    }
}

/// A function from `.md` paths is a lookup with no diagrams.
impl<F: Fn(&str) -> Resolved> Lookup for F {
    fn page(&self, path: &str) -> Resolved {
        self(path)
    }
}

/// Renders `markdown` (the body of page `slug`). `lookup` maps a relative
/// `.md` path to the slug of that page, and a diagram's path to its figure.
pub fn render(markdown: &str, slug: &str, lookup: &dyn Lookup) -> Rendered {
    walk::Renderer::new(markdown, slug, lookup).run()
}

#[cfg(test)]
mod tests;
