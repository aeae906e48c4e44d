//! The app's content URLs, in one place. They are relative to the site's
//! `<base href>`, so the same string works under any base path.

/// The name of the meta tag that gives a deployed site's content file, which
/// the app fetches.
pub const CONTENT_META: &str = "rootcamp-content";

/// The name of the meta tag that gives a deployed site's search index file,
/// which the app fetches only when the student searches.
pub const SEARCH_META: &str = "rootcamp-search";

/// The name of the meta tag that gives a deployed site's file of page
/// bodies, which the app fetches only to show a page.
pub const BODIES_META: &str = "rootcamp-bodies";

/// A knowledge-base page: `kb/{slug}`.
pub fn page(slug: &str) -> String {
    format!("kb/{slug}")
}

/// A section of a knowledge-base page: `kb/{slug}#{anchor}`.
pub fn section(slug: &str, anchor: &str) -> String {
    format!("kb/{slug}#{anchor}")
}

/// A page, or one of its sections when there is an anchor.
pub fn page_or_section(slug: &str, anchor: Option<&str>) -> String {
    match anchor {
        Some(anchor) => section(slug, anchor),
        None => page(slug),
    }
}

/// Practice limited to one page's questions: `quiz/practice?topics={slug}`.
pub fn practice_topic(slug: &str) -> String {
    format!("quiz/practice?topics={slug}")
}

/// Practice that opens with one question: `quiz/practice?q={id}`.
pub fn practice_question(id: &str) -> String {
    format!("quiz/practice?q={id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_urls() {
        assert_eq!(page("root-mfa"), "kb/root-mfa");
        assert_eq!(section("root-mfa", "lost"), "kb/root-mfa#lost");
        assert_eq!(page_or_section("a", None), "kb/a");
        assert_eq!(page_or_section("a", Some("b")), "kb/a#b");
        assert_eq!(practice_topic("a"), "quiz/practice?topics=a");
        assert_eq!(practice_question("a-01"), "quiz/practice?q=a-01");
    }
}
