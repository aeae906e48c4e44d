//! Warnings about questions that read alike.

use crate::diagnostic::{Diagnostic, SourceFile};
use crate::quiz::Question;
use std::collections::HashSet;

/// Scenarios that share most of their words are probably the same question twice.
pub(super) fn near_duplicates(
    questions: &[Question],
    places: &[(&SourceFile, usize)],
    warnings: &mut Vec<Diagnostic>,
) {
    let words: Vec<HashSet<String>> = questions
        .iter()
        .map(|q| {
            q.scenario
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.len() > 3)
                .map(str::to_lowercase)
                .collect()
        })
        .collect();
    for i in 0..questions.len() {
        for j in i + 1..questions.len() {
            let shared = words[i].intersection(&words[j]).count();
            let all = words[i].union(&words[j]).count().max(1);
            if shared * 10 >= all * 7 {
                let (file, at) = places[j];
                warnings.push(file.warning_at(
                    at,
                    format!(
                        "question \"{}\" reads almost like \"{}\"",
                        questions[j].id, questions[i].id
                    ),
                ));
            }
        }
    }
}
