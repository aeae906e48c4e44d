//! Importing progress from a file or a transfer link: it merges into what
//! is there, and the student first sees what it would add.

use super::Progress;
use std::fmt;

/// What importing a copy of progress would change, for the preview.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// Answers the file adds.
    pub answers: usize,
    /// Finished exams the file adds.
    pub exams: usize,
    /// Pages the file marks read that are not read here.
    pub pages_read: usize,
    /// Pages the file marks unread later than they were marked read here.
    pub pages_unread: usize,
    /// Whether the file brings an exam in progress that would become the one shown.
    pub exam_in_progress: bool,
    /// The exam date the file would set, when it differs.
    pub exam_date: Option<Option<String>>,
}

impl ImportSummary {
    /// Whether importing would change nothing at all.
    pub fn adds_nothing(&self) -> bool {
        *self == ImportSummary::default()
    }
}

impl Progress {
    /// The result of importing `incoming` into this progress: a merge that
    /// ignores the file's generation, since the student asked for its contents.
    pub fn with_import(&self, incoming: &Progress) -> Progress {
        let incoming = Progress {
            generation: self.generation,
            ..incoming.clone()
        };
        self.merged(&incoming)
    }

    /// What [`with_import`](Self::with_import) would add or change.
    pub fn import_summary(&self, incoming: &Progress) -> ImportSummary {
        let after = self.with_import(incoming);
        let count = |p: &Progress| p.answers.values().map(Vec::len).sum::<usize>();
        let read_before: Vec<&str> = self.read_pages().collect();
        let read_after: Vec<&str> = after.read_pages().collect();
        ImportSummary {
            answers: count(&after) - count(self),
            exams: after.exams.len() - self.exams.len(),
            pages_read: read_after
                .iter()
                .filter(|s| !read_before.contains(s))
                .count(),
            pages_unread: read_before
                .iter()
                .filter(|s| !read_after.contains(s))
                .count(),
            exam_in_progress: after.exam().map(|e| e.key()) != self.exam().map(|e| e.key())
                && after.exam().is_some(),
            exam_date: (after.exam_date() != self.exam_date())
                .then(|| after.exam_date().map(str::to_string)),
        }
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl fmt::Display for ImportSummary {
    /// "34 answers, 2 finished exams, 3 pages read; nothing will be removed"
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut adds = Vec::new();
        if self.answers > 0 {
            adds.push(plural(self.answers, "answer", "answers"));
        }
        if self.exams > 0 {
            adds.push(plural(self.exams, "finished exam", "finished exams"));
        }
        if self.pages_read > 0 {
            adds.push(plural(self.pages_read, "page read", "pages read"));
        }
        if self.exam_in_progress {
            adds.push("an exam in progress".into());
        }
        match &self.exam_date {
            Some(Some(date)) => adds.push(format!("the exam date {date}")),
            Some(None) => adds.push("no exam date".into()),
            None => {}
        }
        if adds.is_empty() && self.pages_unread == 0 {
            return write!(f, "nothing new: all of it is already in your progress");
        }
        if adds.is_empty() {
            write!(f, "nothing to add")?;
        } else {
            write!(f, "{}", adds.join(", "))?;
        }
        match self.pages_unread {
            0 => write!(f, "; nothing will be removed"),
            n => write!(
                f,
                "; {} marked unread, as the file unmarked {} later",
                plural(n, "page will be", "pages will be"),
                if n == 1 { "it" } else { "them" }
            ),
        }
    }
}
