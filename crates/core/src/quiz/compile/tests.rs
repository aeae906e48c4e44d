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
    let warnings: Vec<String> = checked
        .warnings
        .iter()
        .filter(|w| w.path == file.path)
        .map(|w| w.to_string())
        .collect();
    assert_eq!(
        warnings,
        ["content/quiz/p.toml:26:1: warning: question \"p-02\" reads almost like \"p-01\""]
    );
}

fn single(id: &str, scenario: &str, right: &str, wrong: [&str; 3]) -> String {
    let option = |t: &str, c: bool| {
        format!("[[question.option]]\ntext = \"{t}\"\ncorrect = {c}\nwhy = \"w\"\n")
    };
    format!(
        "[[question]]\nid = \"{id}\"\ntopic = \"p\"\ndomain = 1\ndifficulty = \"easy\"\nkind = \"single\"\nscenario = \"{scenario}\"\nlinks = [\"p.md#a\"]\n{}{}{}{}",
        option(right, true),
        option(wrong[0], false),
        option(wrong[1], false),
        option(wrong[2], false)
    )
}

fn check_one_page(text: &str) -> Checked {
    let file = SourceFile::new("content/quiz/p.toml", text);
    let pages = HashMap::from([(
        "p".to_string(),
        PageInfo {
            sections: vec![("a".into(), "A".into())],
        },
    )]);
    check(&[&file], &pages)
}

#[test]
fn a_bank_where_the_longest_option_is_right_too_often_is_warned_about() {
    let text = [
        single(
            "p-01",
            "Which service records root sign-ins?",
            "AWS CloudTrail event history",
            ["Amazon S3", "IAM", "AWS Config"],
        ),
        single(
            "p-02",
            "Which Region holds root console sign-in events?",
            "us-east-1",
            ["eu-west-1", "ap-south-1", "The Region nearest"],
        ),
        single(
            "p-03",
            "Who can close an account?",
            "Only the root user of the account",
            ["An IAM admin", "Support", "A role"],
        ),
    ]
    .join("\n");
    let checked = check_one_page(&text);
    let warnings: Vec<String> = checked.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(
        warnings,
        [
            "content/quiz:1:1: warning: the right option is the longest in 2 of 3 single-answer questions (67%) \
          and the right options are the longest in 0 of 0 multiple-answer questions (0%): above 30%, \
          picking the longest option beats chance; make the wrong options as specific as the right one"
        ]
    );
}

#[test]
fn a_bank_where_the_longest_option_is_never_right_is_warned_about_too() {
    let text = [
        single(
            "p-01",
            "Which service records root sign-ins?",
            "CloudTrail",
            ["AWS Config rules", "Amazon S3", "IAM"],
        ),
        single(
            "p-02",
            "Which Region holds root console sign-in events?",
            "us-east-1",
            ["eu-west-1", "ap-south-1", "The Region nearest"],
        ),
    ]
    .join("\n");
    let checked = check_one_page(&text);
    let warnings: Vec<String> = checked.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(
        warnings,
        [
            "content/quiz:1:1: warning: the right option is the longest in 0 of 2 single-answer questions (0%) \
          and the right options are the longest in 0 of 0 multiple-answer questions (0%): below 15%, \
          ruling out the longest option beats chance; let the right option be the longest about as often as any other"
        ]
    );
}

#[test]
fn a_share_near_chance_gives_nothing_away() {
    let right_longest = single(
        "p-01",
        "Which service records root sign-ins?",
        "AWS CloudTrail event history",
        ["Amazon S3", "IAM", "AWS Config"],
    );
    let others: Vec<String> = (2..5)
        .zip([
            "Who may close the account?",
            "Where do root sign-in events land?",
            "What stops a lost key?",
        ])
        .map(|(i, scenario)| {
            single(
                &format!("p-0{i}"),
                scenario,
                "CloudTrail",
                ["AWS Config", "Amazon S3", "IAM"],
            )
        })
        .collect();
    let text = [vec![right_longest], others].concat().join("\n");
    let checked = check_one_page(&text);
    assert_eq!(LengthShare::of(&checked.questions).single_percent(), 25);
    assert!(checked.warnings.is_empty(), "{:?}", checked.warnings);
}
