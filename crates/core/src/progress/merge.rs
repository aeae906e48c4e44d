//! How two copies of progress combine, and the normal form that makes the
//! combination commutative, associative and idempotent.

use super::{Progress, replay};
use std::cmp::Ordering;
use std::collections::BTreeSet;

impl Progress {
    /// Combines `other` into this progress. Nothing either side recorded is
    /// lost: answers, finished exams, read marks, the exam date and the exam
    /// in progress are all kept, and where both set the same thing the later
    /// setting wins. What was removed on purpose stays removed: a read mark
    /// taken back, an exam submitted or abandoned, and, through the
    /// generation, everything before a "Clear all progress".
    pub fn merge(&mut self, other: &Progress) {
        match self.generation.cmp(&other.generation) {
            Ordering::Greater => return,
            Ordering::Less => {
                self.clone_from(other);
                return;
            }
            Ordering::Equal => {}
        }
        for (slug, mark) in &other.read {
            let mine = self.read.entry(slug.clone()).or_insert(*mark);
            *mine = (*mine).max(*mark);
        }
        for (id, log) in &other.answers {
            self.answers
                .entry(id.clone())
                .or_default()
                .extend(log.iter().cloned());
        }
        self.exams.extend(other.exams.iter().cloned());
        self.open_exams.extend(other.open_exams.iter().cloned());
        self.abandoned.extend(other.abandoned.iter().copied());
        self.exam_date = self.exam_date.clone().max(other.exam_date.clone());
        self.normalize();
    }

    /// The merge of two copies, as a new value.
    pub fn merged(&self, other: &Progress) -> Progress {
        let mut merged = self.clone();
        merged.merge(other);
        merged
    }

    /// Puts this value in its normal form: each log sorted without repeats,
    /// one record per exam, no exam in progress that has ended, one session
    /// per exam in progress, and the schedules replayed from the logs.
    pub(super) fn normalize(&mut self) {
        for log in self.answers.values_mut() {
            crate::sort::sort(log);
            log.dedup();
        }
        self.answers.retain(|_, log| !log.is_empty());

        // One record per exam: the greatest, so every copy keeps the same one.
        crate::sort::sort_by(&mut self.exams, |a, b| a.key().cmp(&b.key()).then(a.cmp(b)));
        self.exams.reverse();
        self.exams.dedup_by_key(|r| r.key());
        self.exams.reverse();

        let ended: BTreeSet<_> = self
            .exams
            .iter()
            .map(|r| r.key())
            .chain(self.abandoned.iter().copied())
            .collect();
        self.open_exams.retain(|s| !ended.contains(&s.key()));
        crate::sort::sort_by_key(&mut self.open_exams, |s| s.key());
        let mut open: Vec<crate::quiz::exam::ExamSession> = Vec::new();
        for session in self.open_exams.drain(..) {
            match open.last_mut() {
                Some(last) if last.key() == session.key() => last.merge(&session),
                _ => open.push(session),
            }
        }
        self.open_exams = open;

        self.cards = crate::sort::map_of(
            self.answers
                .iter()
                .map(|(id, log)| (id.clone(), replay(log))),
        );
    }
}
