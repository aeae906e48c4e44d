//! TOML front matter of a knowledge-base page, between two `+++` lines.

use crate::diagnostic::{Diagnostic, SourceFile};
use serde::Deserialize;
use std::ops::Range;
use toml::Spanned;

pub(crate) const KEYS: [&str; 7] = [
    "slug", "title", "summary", "domain", "sources", "checked", "see_also",
];

/// Hosts whose pages count as AWS sources.
const SOURCE_PREFIXES: [&str; 3] = [
    "https://docs.aws.amazon.com/",
    "https://aws.amazon.com/",
    "https://repost.aws/",
];

/// Front matter that passed validation, with the places needed for later messages.
#[derive(Debug)]
pub(crate) struct FrontMatter {
    pub slug: String,
    pub slug_offset: usize,
    pub title: String,
    pub summary: String,
    pub domain: u8,
    pub sources: Vec<String>,
    pub checked: String,
    /// Related pages as written (paths relative to the page), with their byte offsets.
    pub see_also: Vec<(String, usize)>,
}

/// Where the front matter and the body lie in the file.
pub(crate) struct Layout {
    pub toml: Range<usize>,
    /// Offset of the closing `+++` line.
    pub closing: usize,
    pub body: Range<usize>,
}

pub(crate) fn split(file: &SourceFile) -> Result<Layout, Diagnostic> {
    let text = &file.text;
    let first_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if text[..first_end].trim_end() != "+++" {
        return Err(file.error_at(
            0,
            "page must start with a \"+++\" line opening its TOML front matter",
        ));
    }
    let mut pos = first_end;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        if text[pos..end].trim_end() == "+++" {
            return Ok(Layout {
                toml: first_end..pos,
                closing: pos,
                body: end..text.len(),
            });
        }
        pos = end;
    }
    Err(file.error_at(0, "front matter is not closed by a \"+++\" line"))
}

#[derive(Deserialize)]
struct Raw {
    slug: Option<Spanned<String>>,
    title: Option<Spanned<String>>,
    summary: Option<Spanned<String>>,
    domain: Option<Spanned<i64>>,
    sources: Option<Spanned<Vec<Spanned<String>>>>,
    checked: Option<Spanned<toml::value::Datetime>>,
    see_also: Option<Vec<Spanned<String>>>,
}

/// Parses and checks the front matter, collecting every problem.
pub(crate) fn parse(file: &SourceFile, layout: &Layout) -> Result<FrontMatter, Vec<Diagnostic>> {
    let start = layout.toml.start;
    let src = &file.text[layout.toml.clone()];
    let at = |span: Range<usize>, msg: String| file.error_at(start + span.start, msg);
    let toml_error = |e: toml::de::Error, what: &str| {
        let offset = e.span().map_or(0, |s| s.start);
        file.error_at(start + offset, format!("{what}: {}", e.message().trim()))
    };

    let table = toml::de::DeTable::parse(src)
        .map_err(|e| vec![toml_error(e, "front matter is not valid TOML")])?;
    let mut errors = Vec::new();
    for key in table.get_ref().keys() {
        if !KEYS.contains(&key.get_ref().as_ref()) {
            errors.push(at(
                key.span(),
                format!(
                    "unknown front-matter key \"{}\" (expected {})",
                    key.get_ref(),
                    KEYS.join(", ")
                ),
            ));
        }
    }
    let raw: Raw = toml::from_str(src).map_err(|e| {
        errors.push(toml_error(e, "front matter has a wrong value"));
        errors.clone()
    })?;
    let missing =
        |key: &str| file.error_at(layout.closing, format!("front matter is missing \"{key}\""));

    let text_field =
        |value: Option<Spanned<String>>, key: &str, errors: &mut Vec<Diagnostic>| match value {
            None => {
                errors.push(missing(key));
                (String::new(), 0)
            }
            Some(v) if v.get_ref().trim().is_empty() => {
                errors.push(at(v.span(), format!("\"{key}\" is empty")));
                (String::new(), 0)
            }
            Some(v) => (v.get_ref().trim().to_string(), start + v.span().start),
        };
    let (slug, slug_offset) = text_field(raw.slug.clone(), "slug", &mut errors);
    let (title, _) = text_field(raw.title, "title", &mut errors);
    let (summary, _) = text_field(raw.summary, "summary", &mut errors);
    if let Some(s) = &raw.slug
        && !slug.is_empty()
        && !is_slug(&slug)
    {
        errors.push(at(
            s.span(),
            format!(
                "slug \"{slug}\" may contain only lowercase letters, digits and single hyphens"
            ),
        ));
    }

    let domain = match raw.domain {
        None => {
            errors.push(missing("domain"));
            0
        }
        Some(d) if (1..=4).contains(d.get_ref()) => *d.get_ref() as u8,
        Some(d) => {
            errors.push(at(
                d.span(),
                format!(
                    "domain must be 1, 2, 3 or 4 (an SAA-C03 domain), not {}",
                    d.get_ref()
                ),
            ));
            0
        }
    };

    let mut sources = Vec::new();
    match raw.sources {
        None => errors.push(missing("sources")),
        Some(list) if list.get_ref().is_empty() => errors.push(at(
            list.span(),
            "\"sources\" must list at least one AWS documentation URL".into(),
        )),
        Some(list) => {
            for url in list.into_inner() {
                if SOURCE_PREFIXES.iter().any(|p| url.get_ref().starts_with(p)) {
                    sources.push(url.get_ref().clone());
                } else {
                    errors.push(at(
                        url.span(),
                        format!(
                            "source \"{}\" is not an AWS documentation URL (it must start with {})",
                            url.get_ref(),
                            SOURCE_PREFIXES.join(" or ")
                        ),
                    ));
                }
            }
        }
    }

    let checked = match raw.checked {
        None => {
            errors.push(missing("checked"));
            String::new()
        }
        Some(d) => match (&d.get_ref().date, &d.get_ref().time) {
            (Some(date), None) => date.to_string(),
            _ => {
                errors.push(at(
                    d.span(),
                    "\"checked\" must be a date such as 2026-11-01, without a time".into(),
                ));
                String::new()
            }
        },
    };

    let see_also = raw
        .see_also
        .unwrap_or_default()
        .into_iter()
        .map(|p| (p.get_ref().clone(), start + p.span().start))
        .collect();

    if errors.is_empty() {
        Ok(FrontMatter {
            slug,
            slug_offset,
            title,
            summary,
            domain,
            sources,
            checked,
            see_also,
        })
    } else {
        Err(errors)
    }
}

fn is_slug(s: &str) -> bool {
    !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
