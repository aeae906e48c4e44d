//! Compiles `content/` into a [`Bundle`], in named stages:
//!
//! 1. [`parse`]: each page's front matter (so every slug is known before links are resolved),
//!    and each diagram (`diagrams/*.svg`, checked before pages inline it);
//! 2. [`render`]: each page's markdown to HTML, resolving links and diagrams relative to its file;
//! 3. [`check`]: links' anchors exist on the pages they point to, every diagram
//!    is shown on a page, and (once the questions are right) every page has questions;
//! 4. [`study_order`]: the reading order from the study path, and the search
//!    synonyms (`search-synonyms.toml`);
//! 5. [`assemble`]: the bundle, with its search index.
//!
//! All problems are collected, never just the first. [`compile_dir`] reads
//! the files ([`read`]) and runs the stages.

mod assemble;
mod check;
mod parse;
mod read;
mod render;
mod study_order;

pub use read::{CONTENT_DIR, DIAGRAMS, SEARCH_SYNONYMS, STUDY_PATH, read_content};

use crate::bundle::Bundle;
use crate::diagnostic::{Diagnostic, SourceFile, report};
use crate::quiz::compile::{PageInfo, check as check_quiz};
use crate::search::{IndexBuilder, Synonyms, synonyms};
use read::Sources;
use std::collections::HashMap;
use std::fmt;
use std::path::Path;

/// Compiled content: the bundle, and the warnings that did not stop it.
#[derive(Debug)]
pub struct Compiled {
    /// The content, ready to encode and ship.
    pub bundle: Bundle,
    /// Problems worth fixing that do not stop the content from shipping.
    pub warnings: Vec<Diagnostic>,
}

/// Why content did not compile.
#[derive(Debug)]
pub enum CompileError {
    /// The content folder could not be read.
    Read(std::io::Error),
    /// The content has mistakes: every error (sorted), and the warnings too.
    Content {
        /// The mistakes that stop the content from compiling, sorted by file and place.
        errors: Vec<Diagnostic>,
        /// Lesser problems found along the way.
        warnings: Vec<Diagnostic>,
    },
}

impl fmt::Display for CompileError {
    /// The cause of a read error; one `path:line:col: error: ...` line per content mistake.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompileError::Read(e) => write!(f, "cannot read the content folder: {e}"),
            CompileError::Content { errors, .. } => f.write_str(&report(errors)),
        }
    }
}

impl std::error::Error for CompileError {}

impl CompileError {
    /// The warnings found before the content was given up on (none if it could not be read).
    pub fn warnings(&self) -> &[Diagnostic] {
        match self {
            CompileError::Read(_) => &[],
            CompileError::Content { warnings, .. } => warnings,
        }
    }
}

/// Reads `root/content` and compiles it.
pub fn compile_dir(root: &Path) -> Result<Compiled, CompileError> {
    let files = read_content(root, CONTENT_DIR).map_err(CompileError::Read)?;
    compile(&files)
}

/// Compiles the content: pages (`content/kb/x.md`), the study path (the file
/// whose name ends in `study-path.toml`), the search synonyms
/// (`search-synonyms.toml`), questions (`content/quiz/*.toml`) and diagrams
/// (`content/diagrams/*.svg`).
pub fn compile(files: &[SourceFile]) -> Result<Compiled, CompileError> {
    let sources = Sources::sort(files);
    let mut errors = Vec::new();
    let parsed = parse::parse_pages(&sources.pages, &mut errors);
    let diagrams = parse::parse_diagrams(&sources.diagrams, &mut errors);
    let pages = render::render_pages(parsed, &sources.pages, &diagrams, &mut errors);
    check::check_links(&pages, &mut errors);
    // A page that did not render may be the one that shows a diagram: judge use only when all did.
    if pages.len() == sources.pages.len() {
        check::check_diagrams_used(&pages, &sources.diagrams, &mut errors);
    }
    let order = study_order::study_order(sources.study_path, &sources.pages, &mut errors);
    let synonyms = read_synonyms(sources.synonyms, &mut errors);

    let page_info: HashMap<String, PageInfo> = pages
        .iter()
        .map(|p| {
            let sections = p
                .rendered
                .headings
                .iter()
                .map(|h| (h.id.clone(), h.text.clone()))
                .collect();
            (p.slug().to_string(), PageInfo { sections })
        })
        .collect();
    let quiz = check_quiz(&sources.quiz, &page_info);
    // Coverage is judged once the questions themselves are right; before that it would only repeat them.
    let judge_coverage = !sources.quiz.is_empty() && quiz.errors.is_empty();
    errors.extend(quiz.errors);
    if judge_coverage {
        check::check_coverage(&pages, &quiz.questions, &mut errors);
    }
    if !errors.is_empty() {
        errors.sort();
        return Err(CompileError::Content {
            errors,
            warnings: quiz.warnings,
        });
    }
    let search = IndexBuilder::new(synonyms);
    let bundle = assemble::assemble(pages, &order, quiz.questions, search);
    Ok(Compiled {
        bundle,
        warnings: quiz.warnings,
    })
}

/// The search synonyms (none without the file).
fn read_synonyms(file: Option<&SourceFile>, errors: &mut Vec<Diagnostic>) -> Synonyms {
    match file.map(synonyms::parse) {
        Some(Ok(table)) => table,
        Some(Err(mut es)) => {
            errors.append(&mut es);
            Synonyms::default()
        }
        None => Synonyms::default(),
    }
}
