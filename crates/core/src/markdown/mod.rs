//! Markdown to HTML for knowledge-base pages.
//!
//! This is the one place that decides the parser's options. Rendering also
//! gives every heading a stable anchor, rewrites links between pages to app
//! routes, and refuses raw HTML (content is text we control; refusing is
//! simpler and safer than sanitizing).
//!
//! [`render`] walks the parser's events once ([`walk`]); each construct that
//! needs more than pulldown-cmark's HTML has its own helper: headings,
//! tables, code blocks, callouts and checklists ([`constructs`]), links
//! ([`links`]), and the HTML written by hand ([`blocks`]).

use crate::bundle::Heading;
use pulldown_cmark::Options;

mod blocks;
mod constructs;
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

/// What a relative `.md` link destination names, as decided by the caller who
/// knows the other pages.
pub enum Resolved {
    Page(String),
    Unknown,
    /// The page exists but has errors of its own; links to it are not checked further.
    Broken,
}

/// Renders `markdown` (the body of page `slug`). `resolve` maps a relative
/// `.md` path to the slug of that page.
pub fn render(markdown: &str, slug: &str, resolve: &dyn Fn(&str) -> Resolved) -> Rendered {
    walk::Renderer::new(markdown, slug, resolve).run()
}

#[cfg(test)]
mod tests;
