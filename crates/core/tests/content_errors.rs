//! The content compiler on fixture folders: each bad fixture's every problem,
//! as the exact lines the build prints, and a good fixture's compiled pages.

use rootcamp_core::compile::{CompileError, compile_dir};
use rootcamp_core::diagnostic::report;
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn errors_of(name: &str) -> String {
    match compile_dir(&fixture(name)) {
        Ok(_) => panic!("fixture {name} compiled, but it has mistakes"),
        Err(CompileError::Content { errors, .. }) => report(&errors),
        Err(e) => panic!("fixture {name} is not readable: {e}"),
    }
}

fn assert_errors(name: &str) {
    let expected =
        std::fs::read_to_string(fixture(name).join("expected.txt")).expect("expected.txt");
    assert_eq!(errors_of(name), expected, "diagnostics of fixture {name}");
}

#[test]
fn bad_toml_names_the_place() {
    assert_errors("bad-toml");
}

#[test]
fn front_matter_keys_and_values_are_checked() {
    assert_errors("front-matter");
}

#[test]
fn duplicate_slugs_are_refused() {
    assert_errors("duplicate-slug");
}

#[test]
fn links_empty_pages_raw_html_and_the_study_path_are_checked_all_at_once() {
    assert_errors("many");
}

#[test]
fn question_bank_mistakes_are_all_reported_with_their_place() {
    assert_errors("quiz");
}

#[test]
fn search_synonyms_that_are_not_toml_name_the_place() {
    assert_errors("bad-synonyms-toml");
}

/// Forms and meanings are written as search reads them, each form once, and
/// every synonym has a form.
#[test]
fn search_synonym_mistakes_are_all_reported_with_their_place() {
    assert_errors("synonyms");
}

#[test]
fn a_good_folder_compiles_in_study_path_order() {
    let bundle = compile_dir(&fixture("valid"))
        .expect("valid fixture compiles")
        .bundle;
    let slugs: Vec<_> = bundle.pages.iter().map(|p| p.slug.as_str()).collect();
    assert_eq!(slugs, ["second", "first"]);
    let first = bundle.page("first").unwrap();
    assert_eq!(first.title, "First page");
    assert_eq!(first.checked, "2026-11-01");
    assert_eq!(first.domain, 1);
    assert_eq!(
        first.sources,
        ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html"]
    );
    assert!(
        first
            .html
            .contains(r#"<a href="kb/second#details">the second page</a>"#),
        "{}",
        first.html
    );
    assert!(
        first
            .html
            .contains(r#"<a href="kb/first#who-signs-in">this section</a>"#)
    );
    assert!(
        bundle
            .page("second")
            .unwrap()
            .html
            .contains(r#"<a href="kb/first">the first page</a>"#)
    );
    assert_eq!(first.see_also, ["second"]);
    assert!(
        first.html.contains(concat!(
            r#"<figure class="diagram"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40" role="img" "#,
            r#"aria-labelledby="diagram-sign-in-title" aria-describedby="diagram-sign-in-desc">"#,
            r#"<title id="diagram-sign-in-title">Who signs in</title><desc id="diagram-sign-in-desc">A box labelled root.</desc>"#,
        )),
        "{}",
        first.html
    );
}

/// Missing, undescribed, misplaced, unsafe and unused diagrams.
#[test]
fn diagram_mistakes_are_all_reported_with_their_place() {
    assert_errors("diagrams");
}
