//! How a question is presented and answered from the keyboard: the seeded
//! order of its options, an empty answer of its kind, and number keys.

use super::{Answer, Body, Question, question_seed, shuffled};

/// An empty answer of the right kind for a question. An order question
/// starts shuffled (never already in the right order).
pub fn blank_answer(question: &Question, session: u64) -> Answer {
    match &question.body {
        Body::Single { .. } | Body::Multiple { .. } => Answer::Choices(Vec::new()),
        Body::Classify { items, .. } => Answer::Classify(vec![None; items.len()]),
        Body::Order { steps } => Answer::Order(shuffled(
            steps.len(),
            question_seed(session, &question.id),
            true,
        )),
    }
}

/// The option indexes in the order shown: the same within a session.
pub fn display_order(question: &Question, session: u64) -> Vec<usize> {
    match &question.body {
        Body::Single { options } | Body::Multiple { options } => {
            shuffled(options.len(), question_seed(session, &question.id), false)
        }
        Body::Classify { items, .. } => (0..items.len()).collect(),
        Body::Order { steps } => (0..steps.len()).collect(),
    }
}

/// The answer after choosing option `index` (in the question's own order):
/// a single answer replaces the choice, a multiple one toggles it.
pub fn choose(question: &Question, answer: &Answer, index: usize) -> Option<Answer> {
    match (&question.body, answer) {
        (Body::Single { .. }, _) => Some(Answer::Choices(vec![index])),
        (Body::Multiple { .. }, Answer::Choices(chosen)) => {
            let mut next: Vec<usize> = chosen.iter().copied().filter(|&c| c != index).collect();
            if !chosen.contains(&index) {
                next.push(index);
                crate::sort::sort(&mut next);
            }
            Some(Answer::Choices(next))
        }
        _ => None,
    }
}

/// The answer after pressing number key `n` (1-based, in display order).
pub fn pick_by_number(
    question: &Question,
    session: u64,
    answer: &Answer,
    n: usize,
) -> Option<Answer> {
    let order = display_order(question, session);
    let index = *order.get(n.checked_sub(1)?)?;
    choose(question, answer, index)
}
