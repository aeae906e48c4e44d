//! Stage 1, parse: each page's front matter, so that every page's slug is
//! known before links are resolved, and each diagram, so that pages can
//! inline it.

use crate::diagnostic::{Diagnostic, SourceFile};
use crate::diagram::{self, Diagram};
use crate::front_matter::{self, FrontMatter};
use std::collections::HashMap;
use std::ops::Range;

/// A page whose front matter is valid: its file, where its markdown lies, and its front matter.
pub(super) struct ParsedPage<'f> {
    pub file: &'f SourceFile,
    /// The markdown body's byte range in the file.
    pub body: Range<usize>,
    pub front_matter: FrontMatter,
}

impl ParsedPage<'_> {
    pub(super) fn slug(&self) -> &str {
        &self.front_matter.slug
    }

    pub(super) fn markdown(&self) -> &str {
        &self.file.text[self.body.clone()]
    }
}

/// The pages whose front matter parses and whose slug is their own; every
/// other page adds its problems to `errors`.
pub(super) fn parse_pages<'f>(
    pages: &[&'f SourceFile],
    errors: &mut Vec<Diagnostic>,
) -> Vec<ParsedPage<'f>> {
    let mut parsed = Vec::new();
    let mut slug_owner: HashMap<String, &str> = HashMap::new();
    for &file in pages {
        let layout = match front_matter::split(file) {
            Ok(l) => l,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        match front_matter::parse(file, &layout) {
            Ok(fm) => {
                if let Some(first) = slug_owner.get(&fm.slug) {
                    errors.push(file.error_at(
                        fm.slug_offset,
                        format!("duplicate slug \"{}\": {first} uses it already", fm.slug),
                    ));
                    continue;
                }
                slug_owner.insert(fm.slug.clone(), &file.path);
                parsed.push(ParsedPage {
                    file,
                    body: layout.body,
                    front_matter: fm,
                });
            }
            Err(mut es) => errors.append(&mut es),
        }
    }
    parsed
}

/// The diagrams by path: the ones that passed their checks, and every one
/// (so that a page showing a broken diagram gets no second error).
pub(super) struct Diagrams {
    pub checked: HashMap<String, Diagram>,
    pub files: Vec<String>,
}

/// Checks every diagram file; the problems of each go to `errors`.
pub(super) fn parse_diagrams(files: &[&SourceFile], errors: &mut Vec<Diagnostic>) -> Diagrams {
    let mut checked = HashMap::new();
    for &file in files {
        match diagram::parse(file) {
            Ok(d) => {
                checked.insert(file.path.clone(), d);
            }
            Err(mut es) => errors.append(&mut es),
        }
    }
    Diagrams {
        checked,
        files: files.iter().map(|f| f.path.clone()).collect(),
    }
}
