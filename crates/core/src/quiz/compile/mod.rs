//! Reads and validates the question bank (`content/quiz/*.toml`), collecting
//! every problem with its place, like the knowledge base's compiler.

mod give_away;
mod kinds;
mod links;
mod raw;
mod similar;

pub use give_away::{LengthShare, MAX_LONGEST_RIGHT_PERCENT, MIN_LONGEST_RIGHT_PERCENT};

use super::{Body, Difficulty, Question, Step};
use crate::diagnostic::{Diagnostic, SourceFile};
use kinds::{choices, classify, distinct, explained};
use links::resolve_link;
use raw::RawFile;
use similar::near_duplicates;
use std::collections::HashMap;

/// What the validator needs to know of a page: its sections (anchor, heading).
pub struct PageInfo {
    /// The page's headings as (anchor, text), to check question links and label them.
    pub sections: Vec<(String, String)>,
}

/// The validated bank, the errors that stop the build, and warnings that do not.
pub struct Checked {
    /// The questions that passed validation, in file order.
    pub questions: Vec<Question>,
    /// Mistakes in the question files; any of them stops the build.
    pub errors: Vec<Diagnostic>,
    /// Problems worth fixing that do not stop the build, such as scenarios that read alike.
    pub warnings: Vec<Diagnostic>,
}

/// Validates the question files against the pages' sections, collecting every problem.
pub fn check(files: &[&SourceFile], pages: &HashMap<String, PageInfo>) -> Checked {
    let mut out = Checked {
        questions: Vec::new(),
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut places: Vec<(&SourceFile, usize)> = Vec::new();
    for file in files {
        let raw: RawFile = match toml::from_str(&file.text) {
            Ok(r) => r,
            Err(e) => {
                let at = e.span().map_or(0, |s| s.start);
                out.errors.push(file.error_at(
                    at,
                    format!("question file is not valid: {}", e.message().trim()),
                ));
                continue;
            }
        };
        for q in raw.question {
            let start = q.span().start;
            let q = q.into_inner();
            let before = out.errors.len();
            let err = |errors: &mut Vec<Diagnostic>, at: usize, msg: String| {
                errors.push(file.error_at(at, msg))
            };
            let id = q.id.get_ref().clone();
            if let Some(first) = seen.get(&id) {
                err(
                    &mut out.errors,
                    q.id.span().start,
                    format!("duplicate question id \"{id}\": {first} uses it already"),
                );
            } else {
                let (line, col) = crate::diagnostic::line_col(&file.text, q.id.span().start);
                seen.insert(id.clone(), format!("{}:{line}:{col}", file.path));
            }
            if !pages.contains_key(q.topic.get_ref()) {
                err(
                    &mut out.errors,
                    q.topic.span().start,
                    format!(
                        "topic \"{}\" is not a knowledge-base page",
                        q.topic.get_ref()
                    ),
                );
            }
            if !(1..=4).contains(q.domain.get_ref()) {
                err(
                    &mut out.errors,
                    q.domain.span().start,
                    format!("domain must be 1, 2, 3 or 4, not {}", q.domain.get_ref()),
                );
            }
            let difficulty = match q.difficulty.get_ref().as_str() {
                "easy" => Difficulty::Easy,
                "medium" => Difficulty::Medium,
                "hard" => Difficulty::Hard,
                other => {
                    err(
                        &mut out.errors,
                        q.difficulty.span().start,
                        format!("difficulty must be easy, medium or hard, not \"{other}\""),
                    );
                    Difficulty::Medium
                }
            };
            if q.scenario.get_ref().contains("(Select") {
                err(
                    &mut out.errors,
                    q.scenario.span().start,
                    "the scenario must not say \"(Select ...)\": the app adds it from the number of correct answers".into(),
                );
            }
            let mut links = Vec::new();
            if q.links.get_ref().is_empty() {
                err(
                    &mut out.errors,
                    q.links.span().start,
                    "a question needs at least one link to the section that teaches it".into(),
                );
            }
            for link in q.links.get_ref() {
                match resolve_link(link.get_ref(), pages) {
                    Ok(l) => links.push(l),
                    Err(msg) => err(&mut out.errors, link.span().start, msg),
                }
            }
            let kind_at = q.kind.span().start;
            let kind = q.kind.get_ref().as_str();
            let wrong_parts = |errors: &mut Vec<Diagnostic>, has: &[(&str, bool)]| {
                for (part, present) in has {
                    if *present {
                        errors.push(
                            file.error_at(kind_at, format!("a \"{kind}\" question has no {part}")),
                        );
                    }
                }
            };
            let body = match kind {
                "single" | "multiple" => {
                    wrong_parts(
                        &mut out.errors,
                        &[
                            ("items", !q.item.is_empty()),
                            ("steps", !q.step.is_empty()),
                            ("categories", q.categories.is_some()),
                        ],
                    );
                    let options = choices(&q.option, file, kind, kind_at, &mut out.errors);
                    if kind == "single" {
                        Body::Single { options }
                    } else {
                        Body::Multiple { options }
                    }
                }
                "classify" => {
                    wrong_parts(
                        &mut out.errors,
                        &[
                            ("options", !q.option.is_empty()),
                            ("steps", !q.step.is_empty()),
                        ],
                    );
                    classify(&q, file, kind_at, &mut out.errors)
                }
                "order" => {
                    wrong_parts(
                        &mut out.errors,
                        &[
                            ("options", !q.option.is_empty()),
                            ("items", !q.item.is_empty()),
                            ("categories", q.categories.is_some()),
                        ],
                    );
                    let steps: Vec<Step> = q
                        .step
                        .iter()
                        .map(|s| Step {
                            text: s.get_ref().text.trim().into(),
                            why: s.get_ref().why.trim().into(),
                        })
                        .collect();
                    if !(3..=8).contains(&steps.len()) {
                        err(
                            &mut out.errors,
                            kind_at,
                            format!(
                                "an \"order\" question needs 3 to 8 steps, found {}",
                                steps.len()
                            ),
                        );
                    }
                    distinct(
                        steps.iter().map(|s| s.text.as_str()),
                        "step",
                        kind_at,
                        file,
                        &mut out.errors,
                    );
                    explained(
                        q.step
                            .iter()
                            .map(|s| (s.span().start, s.get_ref().why.as_str())),
                        file,
                        &mut out.errors,
                    );
                    Body::Order { steps }
                }
                other => {
                    err(
                        &mut out.errors,
                        kind_at,
                        format!(
                            "kind must be single, multiple, classify or order, not \"{other}\""
                        ),
                    );
                    continue;
                }
            };
            if out.errors.len() == before {
                places.push((file, start));
                out.questions.push(Question {
                    id,
                    topic: q.topic.into_inner(),
                    domain: *q.domain.get_ref() as u8,
                    difficulty,
                    scenario: q.scenario.get_ref().trim().to_string(),
                    links,
                    body,
                });
            }
        }
    }
    near_duplicates(&out.questions, &places, &mut out.warnings);
    out.warnings
        .extend(LengthShare::of(&out.questions).warning());
    out
}

#[cfg(test)]
mod tests;
