//! Search quality on the shipped content: queries as students type them
//! (tests/relevance.toml), each with the section it must find. Prints hit@1
//! and hit@3 and fails when hit@3 falls below 95%.

mod common;

use common::shipped;
use rootcamp_core::search::Target;
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
struct Set {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    query: String,
    expect: String,
}

#[test]
fn students_find_the_right_section() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let set: Set =
        toml::from_str(&std::fs::read_to_string(root.join("tests/relevance.toml")).unwrap())
            .unwrap();
    let bundle = shipped();
    let (mut at1, mut at3) = (0, 0);
    let mut misses = Vec::new();
    for case in &set.case {
        // Sections only: questions are listed apart from pages in the results.
        let found: Vec<String> = bundle
            .search
            .query(&case.query, 100)
            .iter()
            .filter_map(|hit| match &hit.doc.target {
                Target::Section {
                    page,
                    anchor: Some(a),
                } => Some(format!("{page}#{a}")),
                Target::Section { page, anchor: None } => Some(page.clone()),
                Target::Question { .. } => None,
            })
            .take(3)
            .collect();
        let matches = |f: &String| {
            *f == case.expect
                || (!case.expect.contains('#') && f.split('#').next() == Some(&case.expect))
        };
        match found.iter().position(matches) {
            Some(0) => {
                at1 += 1;
                at3 += 1;
            }
            Some(_) => at3 += 1,
            None => misses.push(format!(
                "  {:?}: expected {}, got {:?}",
                case.query, case.expect, found
            )),
        }
    }
    let n = set.case.len() as f64;
    println!(
        "search relevance: {} queries, hit@1 {:.1}%, hit@3 {:.1}%",
        set.case.len(),
        100.0 * at1 as f64 / n,
        100.0 * at3 as f64 / n
    );
    println!("misses:\n{}", misses.join("\n"));
    assert!(set.case.len() >= 60, "the set has at least 60 queries");
    assert!(
        at3 as f64 / n >= 0.95,
        "hit@3 is {:.1}%, below 95%:\n{}",
        100.0 * at3 as f64 / n,
        misses.join("\n")
    );
}

/// A student who forgot the root password is shown the root reset first,
/// not the section on IAM users who forget theirs.
#[test]
fn forgot_root_password_puts_the_root_reset_first() {
    let bundle = shipped();
    let first = bundle
        .search
        .query("forgot root password", 10)
        .into_iter()
        .find_map(|hit| match &hit.doc.target {
            Target::Section {
                page,
                anchor: Some(a),
            } => Some(format!("{page}#{a}")),
            _ => None,
        });
    assert_eq!(
        first.as_deref(),
        Some("root-password#resetting-a-forgotten-password")
    );
}
