//! The checks that depend on a question's kind: options, categories and items,
//! and that every answer is distinct and explained.

use super::raw::{RawChoice, RawQuestion};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::quiz::{Body, Choice, Item};
use std::collections::HashSet;
use toml::Spanned;

pub(super) fn choices(
    raw: &[Spanned<RawChoice>],
    file: &SourceFile,
    kind: &str,
    at: usize,
    errors: &mut Vec<Diagnostic>,
) -> Vec<Choice> {
    let options: Vec<Choice> = raw
        .iter()
        .map(|o| Choice {
            text: o.get_ref().text.trim().into(),
            correct: o.get_ref().correct,
            why: o.get_ref().why.trim().into(),
        })
        .collect();
    let correct = options.iter().filter(|o| o.correct).count();
    let problem = match kind {
        "single" if options.len() != 4 => Some(format!(
            "a \"single\" question needs 4 options, found {}",
            options.len()
        )),
        "single" if correct != 1 => Some(format!(
            "a \"single\" question needs exactly 1 correct option, found {correct}"
        )),
        "multiple" if options.len() < 5 => Some(format!(
            "a \"multiple\" question needs 5 or more options, found {}",
            options.len()
        )),
        "multiple" if correct < 2 || correct >= options.len() => Some(format!(
            "a \"multiple\" question needs 2 or more correct options and at least one wrong one, found {correct} correct of {}",
            options.len()
        )),
        _ => None,
    };
    if let Some(p) = problem {
        errors.push(file.error_at(at, p));
    }
    distinct(
        options.iter().map(|o| o.text.as_str()),
        "option",
        at,
        file,
        errors,
    );
    explained(
        raw.iter()
            .map(|o| (o.span().start, o.get_ref().why.as_str())),
        file,
        errors,
    );
    options
}

pub(super) fn classify(
    q: &RawQuestion,
    file: &SourceFile,
    at: usize,
    errors: &mut Vec<Diagnostic>,
) -> Body {
    let categories: Vec<String> = q
        .categories
        .as_ref()
        .map(|c| c.get_ref().clone())
        .unwrap_or_default();
    if categories.len() < 2 {
        errors.push(file.error_at(at, "a \"classify\" question needs 2 or more categories"));
    }
    let mut items = Vec::new();
    for raw in &q.item {
        let item = raw.get_ref();
        match categories.iter().position(|c| c == item.category.get_ref()) {
            Some(category) => items.push(Item {
                text: item.text.trim().into(),
                category,
                why: item.why.trim().into(),
            }),
            None => errors.push(file.error_at(
                item.category.span().start,
                format!(
                    "category \"{}\" is not one of the question's categories",
                    item.category.get_ref()
                ),
            )),
        }
    }
    if !(4..=8).contains(&q.item.len()) {
        errors.push(file.error_at(
            at,
            format!(
                "a \"classify\" question needs 4 to 8 items, found {}",
                q.item.len()
            ),
        ));
    }
    for (i, c) in categories.iter().enumerate() {
        if !items.iter().any(|item| item.category == i) {
            errors.push(file.error_at(at, format!("no item belongs to the category \"{c}\"")));
        }
    }
    distinct(
        items.iter().map(|i| i.text.as_str()),
        "item",
        at,
        file,
        errors,
    );
    explained(
        q.item
            .iter()
            .map(|i| (i.span().start, i.get_ref().why.as_str())),
        file,
        errors,
    );
    Body::Classify { categories, items }
}

pub(super) fn distinct<'a>(
    texts: impl Iterator<Item = &'a str>,
    what: &str,
    at: usize,
    file: &SourceFile,
    errors: &mut Vec<Diagnostic>,
) {
    let mut seen = HashSet::new();
    for t in texts {
        if t.is_empty() {
            let article = if what.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            errors.push(file.error_at(at, format!("{article} {what} has no text")));
        } else if !seen.insert(t.to_lowercase()) {
            errors.push(file.error_at(at, format!("the {what} \"{t}\" appears twice")));
        }
    }
}

pub(super) fn explained<'a>(
    whys: impl Iterator<Item = (usize, &'a str)>,
    file: &SourceFile,
    errors: &mut Vec<Diagnostic>,
) {
    for (at, why) in whys {
        if why.trim().is_empty() {
            errors.push(file.error_at(at, "every answer needs a \"why\" that explains it"));
        }
    }
}
