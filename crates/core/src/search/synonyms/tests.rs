//! The shipped table, as the index uses it.

use super::*;
use crate::diagnostic::SourceFile;
use crate::search::text::terms;

/// `content/search-synonyms.toml`, as the compiler reads it.
pub(crate) fn shipped() -> Synonyms {
    let file = SourceFile::new(
        "content/search-synonyms.toml",
        include_str!("../../../../../content/search-synonyms.toml"),
    );
    parse(&file).expect("the shipped synonyms parse")
}

#[test]
fn synonyms_and_abbreviations_become_one_term() {
    let s = &shipped();
    assert_eq!(terms("Multi-factor authentication", s), ["mfa"]);
    assert_eq!(terms("2FA", s), ["mfa"]);
    assert_eq!(terms("service control policies", s), ["scp"]);
    assert_eq!(terms("root account", s), ["root", "user"]);
    assert_eq!(
        terms("AWS Organizations org", s),
        ["aws", "organization", "organization"]
    );
    assert_eq!(
        terms("sign in, log in, login", s),
        ["signin", "signin", "signin"]
    );
    assert!(
        terms("EventBridge", s)
            .iter()
            .all(|t| *t == terms("event bridge", s)[0])
    );
}

#[test]
fn the_longest_form_wins_whatever_the_order() {
    let w = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
    let table = Synonyms::new(vec![
        (w("multi factor"), w("mfa")),
        (w("multi factor authentication"), w("mfa")),
    ]);
    assert_eq!(
        table.apply(&w("multi factor authentication code")),
        w("mfa code")
    );
    assert_eq!(table.apply(&w("multi factor code")), w("mfa code"));
}
