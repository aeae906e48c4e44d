//! The question files' TOML as written, with the places of its values for messages.

use serde::Deserialize;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFile {
    pub question: Vec<Spanned<RawQuestion>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawQuestion {
    pub id: Spanned<String>,
    pub topic: Spanned<String>,
    pub domain: Spanned<i64>,
    pub difficulty: Spanned<String>,
    pub kind: Spanned<String>,
    pub scenario: Spanned<String>,
    pub links: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    pub option: Vec<Spanned<RawChoice>>,
    pub categories: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    pub item: Vec<Spanned<RawItem>>,
    #[serde(default)]
    pub step: Vec<Spanned<RawStep>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawChoice {
    pub text: String,
    pub correct: bool,
    pub why: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawItem {
    pub text: String,
    pub category: Spanned<String>,
    pub why: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStep {
    pub text: String,
    pub why: String,
}
