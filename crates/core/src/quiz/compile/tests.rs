//! Tests of the question bank validator.

use super::*;

fn question(id: &str, scenario: &str) -> String {
    let option = |t: &str, c: bool| {
        format!("[[question.option]]\ntext = \"{t}\"\ncorrect = {c}\nwhy = \"w\"\n")
    };
    format!(
        "[[question]]\nid = \"{id}\"\ntopic = \"p\"\ndomain = 1\ndifficulty = \"easy\"\nkind = \"single\"\nscenario = \"{scenario}\"\nlinks = [\"p.md#a\"]\n{}{}{}{}",
        option("w", true),
        option("x", false),
        option("y", false),
        option("z", false)
    )
}

#[test]
fn near_duplicate_scenarios_are_warned_about_but_build() {
    let text = [
        question("p-01", "A company's security team notices the root user signed in from an unknown address. What should it do first?"),
        question("p-02", "A company's security team notices the root user signed in from an unknown country. What should it do first?"),
        question("p-03", "Which service records console sign-in events for the root user?"),
    ]
    .join("\n");
    let file = SourceFile::new("content/quiz/p.toml", text);
    let pages = HashMap::from([(
        "p".to_string(),
        PageInfo {
            sections: vec![("a".into(), "A".into())],
        },
    )]);
    let checked = check(&[&file], &pages);
    assert!(checked.errors.is_empty(), "{:?}", checked.errors);
    assert_eq!(checked.questions.len(), 3);
    let warnings: Vec<String> = checked.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(
        warnings,
        ["content/quiz/p.toml:26:1: warning: question \"p-02\" reads almost like \"p-01\""]
    );
}
