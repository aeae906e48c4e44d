//! Reading `content/search-synonyms.toml` (its format is described at the
//! top of the file), with every mistake at its place.

use super::Synonyms;
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::search::text::{normalize, raw_words};
use serde::Deserialize;
use std::collections::HashSet;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    synonym: Vec<Spanned<RawSynonym>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSynonym {
    forms: Spanned<Vec<Spanned<String>>>,
    means: Spanned<String>,
}

/// The synonyms in `file`, or every problem in it.
pub fn parse(file: &SourceFile) -> Result<Synonyms, Vec<Diagnostic>> {
    let raw: Raw = toml::from_str(&file.text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        vec![file.error_at(
            offset,
            format!("search synonyms are not valid: {}", e.message().trim()),
        )]
    })?;
    let mut errors = Vec::new();
    let mut seen = HashSet::new();
    let mut entries = Vec::new();
    for synonym in raw.synonym {
        let synonym = synonym.into_inner();
        let means = words(file, &synonym.means, &mut errors);
        if synonym.forms.get_ref().is_empty() {
            errors.push(file.error_at(
                synonym.forms.span().start,
                "a synonym needs at least one form in `forms`",
            ));
        }
        for form in synonym.forms.into_inner() {
            let words = words(file, &form, &mut errors);
            if !seen.insert(form.get_ref().clone()) {
                errors.push(file.error_at(
                    form.span().start,
                    format!("\"{}\" is a form of two synonyms: keep one", form.get_ref()),
                ));
            }
            entries.push((words, means.clone()));
        }
    }
    if errors.is_empty() {
        Ok(Synonyms::new(entries))
    } else {
        Err(errors)
    }
}

/// The words of a form or meaning, which must be written as search sees them.
fn words(file: &SourceFile, text: &Spanned<String>, errors: &mut Vec<Diagnostic>) -> Vec<String> {
    let written = text.get_ref();
    let folded: Vec<String> = raw_words(written)
        .into_iter()
        .map(|(s, e)| normalize(&written[s..e]))
        .collect();
    let expected = folded.join(" ");
    if expected != *written {
        let hint = if expected.is_empty() {
            String::new()
        } else {
            format!(": \"{expected}\"")
        };
        errors.push(file.error_at(
            text.span().start,
            format!(
                "\"{written}\" must be lowercase words separated by single spaces, as search reads them{hint}"
            ),
        ));
    }
    folded
}
