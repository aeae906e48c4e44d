//! A question's `links`: each names a section of a page, as `page.md#anchor`.

use super::PageInfo;
use crate::quiz::QuizLink;
use std::collections::HashMap;

/// The section a link names, with its heading, or why it names none.
pub(super) fn resolve_link(
    link: &str,
    pages: &HashMap<String, PageInfo>,
) -> Result<QuizLink, String> {
    let Some((file, anchor)) = link.split_once('#') else {
        return Err(format!(
            "link \"{link}\" must name a page section, like root-mfa.md#why-root-needs-mfa"
        ));
    };
    let page = file.strip_suffix(".md").unwrap_or(file);
    let info = pages
        .get(page)
        .ok_or_else(|| format!("link to a page that does not exist: {file}"))?;
    let heading = info
        .sections
        .iter()
        .find(|(a, _)| a == anchor)
        .map(|(_, h)| h.clone());
    let heading =
        heading.ok_or_else(|| format!("link to a section that does not exist: {page}#{anchor}"))?;
    Ok(QuizLink {
        page: page.into(),
        anchor: anchor.into(),
        heading,
    })
}
