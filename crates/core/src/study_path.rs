//! `content/study-path.toml`: the order in which a student reads the pages.

use crate::diagnostic::{Diagnostic, SourceFile};
use serde::Deserialize;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    pages: Spanned<Vec<Spanned<String>>>,
}

/// One entry: a page path relative to `content/`, and its byte offset in the file.
pub(crate) struct Entry {
    pub path: String,
    pub offset: usize,
}

pub(crate) fn parse(file: &SourceFile) -> Result<Vec<Entry>, Diagnostic> {
    let raw: Raw = toml::from_str(&file.text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        file.error_at(
            offset,
            format!("study path is not valid: {}", e.message().trim()),
        )
    })?;
    Ok(raw
        .pages
        .into_inner()
        .into_iter()
        .map(|p| Entry {
            offset: p.span().start,
            path: p.into_inner(),
        })
        .collect())
}
