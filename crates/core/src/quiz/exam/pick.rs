//! Picking an exam's questions: exam items only, spread across topics.

use crate::quiz::{Question, shuffled};
use std::collections::BTreeMap;

/// How many questions an exam can ask: the bank's [exam items](Question::is_exam_item).
pub fn exam_pool(bank: &[Question]) -> usize {
    bank.iter().filter(|q| q.is_exam_item()).count()
}

/// `n` exam items (at most [`exam_pool`]), spread evenly across topics, in a seeded order.
pub fn pick_questions(bank: &[Question], n: usize, seed: u64) -> Vec<String> {
    let mut by_topic: BTreeMap<&str, Vec<&Question>> = BTreeMap::new();
    for q in bank.iter().filter(|q| q.is_exam_item()) {
        by_topic.entry(&q.topic).or_default().push(q);
    }
    let mut queues: Vec<Vec<&Question>> = by_topic
        .into_values()
        .enumerate()
        .map(|(t, qs)| {
            shuffled(qs.len(), seed ^ (t as u64 + 1), false)
                .into_iter()
                .map(|i| qs[i])
                .collect()
        })
        .collect();
    let topic_order = shuffled(queues.len(), seed, false);
    let mut picked = Vec::new();
    while picked.len() < n.min(exam_pool(bank)) {
        for &t in &topic_order {
            if picked.len() < n
                && let Some(q) = queues[t].pop()
            {
                picked.push(q.id.clone());
            }
        }
    }
    let order = shuffled(picked.len(), seed.rotate_left(17), false);
    order.into_iter().map(|i| picked[i].clone()).collect()
}
