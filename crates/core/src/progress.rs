//! The student's progress, as saved in the browser and in export files.
//!
//! A versioned JSON document. Reading is strict: anything that is not a
//! progress document this version understands is refused with the reason,
//! so that the caller can keep the data aside instead of overwriting it.

use crate::quiz::exam::{ExamRecord, ExamSession};
use crate::quiz::{Answer, Question};
use crate::schedule::{Card, Scheduler, rating_for};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The format written now. Older versions are migrated when read.
pub const PROGRESS_VERSION: u32 = 2;
const KIND: &str = "rootcamp-progress";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    /// Slugs of the pages the student marked as read.
    #[serde(default)]
    pub read: BTreeSet<String>,
    /// Every answer given, by question id (ids are stable, so editing the bank keeps these).
    #[serde(default)]
    pub answers: BTreeMap<String, Vec<AnswerRecord>>,
    /// Spaced-repetition state, by question id.
    #[serde(default)]
    pub cards: BTreeMap<String, Card>,
    /// Finished exams, oldest first.
    #[serde(default)]
    pub exams: Vec<ExamRecord>,
    /// The exam being taken, if any.
    #[serde(default)]
    pub exam: Option<ExamSession>,
    /// The student's exam date (YYYY-MM-DD), so every question comes up before it.
    #[serde(default)]
    pub exam_date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerRecord {
    /// When, in ms since the Unix epoch.
    pub at: i64,
    pub correct: bool,
    pub answer: Answer,
}

/// Format 1 had only read marks.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgressV1 {
    #[serde(default)]
    read: BTreeSet<String>,
}

#[derive(Serialize, Deserialize)]
struct Document {
    kind: String,
    version: u32,
    progress: serde_json::Value,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProgressError {
    NotJson(String),
    NotRootcamp,
    Newer { found: u32 },
    Invalid { version: u32, detail: String },
}

impl fmt::Display for ProgressError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProgressError::NotJson(detail) => write!(f, "it is not valid JSON ({detail})"),
            ProgressError::NotRootcamp => write!(f, "it is not a Rootcamp progress file"),
            ProgressError::Newer { found } => write!(
                f,
                "it was saved by a newer version of Rootcamp (format {found}; this version reads up to {PROGRESS_VERSION})"
            ),
            ProgressError::Invalid { version, detail } => {
                write!(
                    f,
                    "its contents do not match progress format {version}: {detail}"
                )
            }
        }
    }
}

impl std::error::Error for ProgressError {}

impl Progress {
    pub fn to_json(&self) -> String {
        let doc = Document {
            kind: KIND.into(),
            version: PROGRESS_VERSION,
            progress: serde_json::to_value(self).expect("progress is plain data"),
        };
        serde_json::to_string(&doc).expect("progress is plain data")
    }

    pub fn from_json(text: &str) -> Result<Progress, ProgressError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| ProgressError::NotJson(e.to_string()))?;
        let doc: Document =
            serde_json::from_value(value).map_err(|_| ProgressError::NotRootcamp)?;
        if doc.kind != KIND {
            return Err(ProgressError::NotRootcamp);
        }
        let invalid = |e: serde_json::Error| ProgressError::Invalid {
            version: doc.version,
            detail: e.to_string(),
        };
        match doc.version {
            1 => serde_json::from_value::<ProgressV1>(doc.progress)
                .map(|v1| Progress {
                    read: v1.read,
                    ..Progress::default()
                })
                .map_err(invalid),
            2 => serde_json::from_value::<Progress>(doc.progress)
                .map_err(invalid)
                .and_then(|p| match p.exam.as_ref().and_then(ExamSession::mismatch) {
                    Some(detail) => Err(ProgressError::Invalid { version: 2, detail }),
                    None => Ok(p),
                }),
            v if v > PROGRESS_VERSION => Err(ProgressError::Newer { found: v }),
            v => Err(ProgressError::Invalid {
                version: v,
                detail: "no such format was ever written".into(),
            }),
        }
    }

    pub fn is_read(&self, slug: &str) -> bool {
        self.read.contains(slug)
    }

    /// Records an answer and reschedules the question: wrong is Again,
    /// right is Good, or Easy when the student was sure.
    pub fn record_answer(
        &mut self,
        id: &str,
        answer: Answer,
        correct: bool,
        confident: bool,
        now: i64,
    ) {
        self.answers
            .entry(id.to_string())
            .or_default()
            .push(AnswerRecord {
                at: now,
                correct,
                answer,
            });
        let card = self
            .cards
            .get(id)
            .cloned()
            .unwrap_or_else(|| Card::new(now));
        let next = Scheduler::default().review(&card, rating_for(correct, confident), now);
        self.cards.insert(id.to_string(), next);
    }

    /// Ids of questions whose latest answer was wrong, most recent first.
    pub fn recent_mistakes(&self) -> Vec<&str> {
        let mut wrong: Vec<(i64, &str)> = self
            .answers
            .iter()
            .filter_map(|(id, records)| {
                records
                    .last()
                    .filter(|r| !r.correct)
                    .map(|r| (r.at, id.as_str()))
            })
            .collect();
        wrong.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
        wrong.into_iter().map(|(_, id)| id).collect()
    }

    /// How many of a set of questions were last answered right, and how many
    /// questions the set has: (right, total).
    pub fn mastery<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> (usize, usize) {
        let mut right = 0;
        let mut total = 0;
        for id in ids {
            total += 1;
            right += usize::from(
                self.answers
                    .get(id)
                    .and_then(|r| r.last())
                    .is_some_and(|r| r.correct),
            );
        }
        (right, total)
    }

    /// Ends the exam in progress, if any: grades it against `bank`, files it
    /// in the history and feeds each answered question to the scheduler.
    pub fn finish_exam(&mut self, bank: &[Question], now: i64) {
        let Some(exam) = self.exam.take() else {
            return;
        };
        let grades = exam.grades(bank);
        let record = exam.finish_graded(&grades, now);
        for ((id, answer), grade) in record.questions.iter().zip(&record.answers).zip(grades) {
            if let (Some(answer), Some(correct)) = (answer, grade) {
                self.record_answer(id, answer.clone(), correct, false, now);
            }
        }
        self.exams.push(record);
    }

    pub fn set_read(&mut self, slug: &str, read: bool) {
        if read {
            self.read.insert(slug.to_string());
        } else {
            self.read.remove(slug);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Progress {
        let mut p = Progress::default();
        p.set_read("root-vs-iam", true);
        p.set_read("root-mfa", true);
        p
    }

    #[test]
    fn round_trips_in_a_stable_shape() {
        let json = sample().to_json();
        assert_eq!(
            json,
            r#"{"kind":"rootcamp-progress","version":2,"progress":{"answers":{},"cards":{},"exam":null,"exam_date":null,"exams":[],"read":["root-mfa","root-vs-iam"]}}"#
        );
        assert_eq!(Progress::from_json(&json), Ok(sample()));
    }

    #[test]
    fn format_1_is_migrated() {
        let v1 = r#"{"kind":"rootcamp-progress","version":1,"progress":{"read":["root-mfa","root-vs-iam"]}}"#;
        assert_eq!(Progress::from_json(v1), Ok(sample()));
    }

    #[test]
    fn answers_schedule_questions_and_mistakes_are_listed_latest_first() {
        let mut p = Progress::default();
        p.record_answer("q1", Answer::Choices(vec![0]), false, false, 1_000);
        p.record_answer("q2", Answer::Choices(vec![1]), false, false, 2_000);
        p.record_answer("q3", Answer::Choices(vec![1]), true, true, 3_000);
        assert_eq!(p.recent_mistakes(), ["q2", "q1"]);
        p.record_answer("q1", Answer::Choices(vec![1]), true, false, 4_000);
        assert_eq!(p.recent_mistakes(), ["q2"], "answered right since");
        assert_eq!(p.answers["q1"].len(), 2, "every answer is kept");
        assert!(
            p.cards["q3"].due > p.cards["q2"].due,
            "an easy right answer comes back later than a wrong one"
        );
        assert_eq!(p.mastery(["q1", "q2", "q3", "never"]), (2, 4));
        assert_eq!(Progress::from_json(&p.to_json()), Ok(p));
    }

    #[test]
    fn finishing_an_exam_files_it_and_schedules_what_was_answered() {
        use crate::quiz::{Body, Choice, Difficulty};
        let question = |id: &str| Question {
            id: id.into(),
            topic: "t".into(),
            domain: 1,
            difficulty: Difficulty::Easy,
            scenario: String::new(),
            links: vec![],
            body: Body::Single {
                options: [true, false]
                    .map(|correct| Choice {
                        text: format!("{correct}"),
                        correct,
                        why: String::new(),
                    })
                    .to_vec(),
            },
        };
        let bank = [question("q1"), question("q2"), question("q3")];
        let mut p = Progress::default();
        let mut exam = ExamSession::new(vec!["q1".into(), "q2".into(), "q3".into()], 1_000, 1);
        let right = |q: &Question| match &q.body {
            Body::Single { options } => options.iter().position(|o| o.correct).unwrap(),
            _ => unreachable!(),
        };
        exam.answers[0] = Some(Answer::Choices(vec![right(&bank[0])]));
        exam.answers[1] = Some(Answer::Choices(vec![1 - right(&bank[1])]));
        p.exam = Some(exam);
        p.finish_exam(&bank, 9_000);
        assert!(p.exam.is_none(), "the exam is over");
        assert_eq!(
            (p.exams.len(), p.exams[0].correct, p.exams[0].total),
            (1, 1, 3)
        );
        assert_eq!(p.recent_mistakes(), ["q2"]);
        assert!(
            p.cards.contains_key("q1") && !p.cards.contains_key("q3"),
            "an unanswered question is not scheduled"
        );
        p.finish_exam(&bank, 10_000);
        assert_eq!(p.exams.len(), 1, "no exam in progress: nothing to finish");
    }

    #[test]
    fn marking_unread_removes_the_mark() {
        let mut p = sample();
        p.set_read("root-mfa", false);
        assert!(!p.is_read("root-mfa") && p.is_read("root-vs-iam"));
    }

    #[test]
    fn refuses_what_it_cannot_read_with_the_reason() {
        let cases = [
            (
                "{not json",
                "it is not valid JSON (key must be a string at line 1 column 2)",
            ),
            (r#"{"read":[]}"#, "it is not a Rootcamp progress file"),
            (
                r#"{"kind":"other","version":1,"progress":{}}"#,
                "it is not a Rootcamp progress file",
            ),
            (
                r#"{"kind":"rootcamp-progress","version":9,"progress":{}}"#,
                "it was saved by a newer version of Rootcamp (format 9; this version reads up to 2)",
            ),
            (
                r#"{"kind":"rootcamp-progress","version":1,"progress":{"read":"all"}}"#,
                "its contents do not match progress format 1: invalid type: string \"all\", expected a sequence",
            ),
            (
                r#"{"kind":"rootcamp-progress","version":2,"progress":{"read":[],"extra":1}}"#,
                "its contents do not match progress format 2: unknown field `extra`, expected one of `read`, `answers`, `cards`, `exams`, `exam`, `exam_date`",
            ),
            (
                r#"{"kind":"rootcamp-progress","version":2,"progress":{"exam":{"started_at":0,"seed":1,"questions":["a","b"],"answers":[null],"flagged":[false,false],"current":0}}}"#,
                "its contents do not match progress format 2: the exam in progress has 2 questions but 1 answers",
            ),
            (
                r#"{"kind":"rootcamp-progress","version":2,"progress":{"exam":{"started_at":0,"seed":1,"questions":["a"],"answers":[null],"flagged":[],"current":0}}}"#,
                "its contents do not match progress format 2: the exam in progress has 1 questions but 0 flags",
            ),
            (
                r#"{"kind":"rootcamp-progress","version":0,"progress":{}}"#,
                "its contents do not match progress format 0: no such format was ever written",
            ),
        ];
        for (input, reason) in cases {
            assert_eq!(
                Progress::from_json(input).unwrap_err().to_string(),
                reason,
                "for {input}"
            );
        }
    }

    #[test]
    fn missing_sections_default_to_empty() {
        let p = Progress::from_json(r#"{"kind":"rootcamp-progress","version":1,"progress":{}}"#)
            .unwrap();
        assert_eq!(p, Progress::default());
    }
}
