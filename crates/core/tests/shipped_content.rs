//! The knowledge base this repository ships compiles, and every page carries
//! what a student relies on: sources, a checked date, a place on the study path.

use rootcamp_core::compile::{compile, read_content};
use rootcamp_core::diagnostic::report;
use std::path::Path;

#[test]
fn shipped_content_compiles_with_sources_and_dates() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let files = read_content(&root, "content").expect("content/ is readable");
    let bundle =
        compile(&files).unwrap_or_else(|d| panic!("content has mistakes:\n{}", report(&d)));
    let on_disk = files.iter().filter(|f| f.path.ends_with(".md")).count();
    assert_eq!(
        bundle.pages.len(),
        on_disk,
        "every page is on the study path"
    );
    for page in &bundle.pages {
        assert!(!page.sources.is_empty(), "{} has sources", page.slug);
        assert_eq!(
            page.checked.len(),
            "2026-11-22".len(),
            "{} has a checked date",
            page.slug
        );
        assert!(
            page.headings.iter().any(|h| h.level == 2),
            "{} has sections",
            page.slug
        );
        assert!(
            !page.see_also.is_empty(),
            "{} has see-also links",
            page.slug
        );
        assert!(
            page.html.contains("callout-tip"),
            "{} has an exam tip",
            page.slug
        );
        println!(
            "{}: {} words, {} sources, checked {}",
            page.slug,
            page.words,
            page.sources.len(),
            page.checked
        );
    }
}
