//! Progress as a versioned JSON document, in storage and in export files.
//!
//! Reading is strict: anything that is not a progress document this version
//! understands, or that cannot be true (an exam with more right answers
//! than answers), is refused with the reason, so that the caller can keep
//! the data aside instead of overwriting it. Formats 1 and 2 are migrated.

use super::{AnswerRecord, Progress, Stamped, replay};
use crate::quiz::Answer;
use crate::quiz::exam::{ExamKey, ExamRecord, ExamSession};
use crate::schedule::{Card, Confidence};
use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use serde_json::value::RawValue;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The format written now. Older versions are migrated when read.
pub const PROGRESS_VERSION: u32 = 3;
const KIND: &str = "rootcamp-progress";

/// Why a progress document was refused, in words shown to the student ("it is not valid JSON").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProgressError {
    /// The text is not JSON; holds the parser's message.
    NotJson(String),
    /// The JSON is not a Rootcamp progress document.
    NotRootcamp,
    /// A newer Rootcamp wrote it, in a format this one cannot read.
    Newer {
        /// The document's format version.
        found: u32,
    },
    /// A known format, but the contents are malformed or cannot be true.
    Invalid {
        /// The format version the document claims.
        version: u32,
        /// What is wrong with it.
        detail: String,
    },
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

#[derive(Serialize, Deserialize)]
struct Document<K, P> {
    kind: K,
    version: u32,
    progress: P,
}

/// Format 1 had only read marks.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgressV1 {
    #[serde(default)]
    read: BTreeSet<String>,
}

/// Format 2: one copy per browser, nothing stamped, schedules saved.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgressV2 {
    #[serde(default)]
    read: BTreeSet<String>,
    #[serde(default)]
    answers: BTreeMap<String, Vec<AnswerV2>>,
    #[serde(default)]
    cards: BTreeMap<String, Card>,
    #[serde(default)]
    exams: Vec<ExamRecord>,
    #[serde(default)]
    exam: Option<ExamV2>,
    #[serde(default)]
    exam_date: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswerV2 {
    at: i64,
    correct: bool,
    answer: Answer,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExamV2 {
    started_at: i64,
    seed: u64,
    questions: Vec<String>,
    answers: Vec<Option<Answer>>,
    flagged: Vec<bool>,
    current: usize,
}

impl Progress {
    /// The progress as a JSON document in the current format, for storage and export files.
    pub fn to_json(&self) -> String {
        let doc = Document {
            kind: KIND,
            version: PROGRESS_VERSION,
            progress: self,
        };
        serde_json::to_string(&doc).expect("progress is plain data")
    }

    /// Reads a progress document of any format this version knows. A
    /// byte-order mark before it is ignored, as editors on some systems add one.
    pub fn from_json(text: &str) -> Result<Progress, ProgressError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        // The document's frame first, its progress kept as raw text until the
        // version says which format to read it as (no `Value` tree: smaller wasm).
        let doc: Document<String, Box<RawValue>> =
            serde_json::from_str(text).map_err(|e| match e.classify() {
                Category::Data => ProgressError::NotRootcamp,
                _ => ProgressError::NotJson(e.to_string()),
            })?;
        if doc.kind != KIND {
            return Err(ProgressError::NotRootcamp);
        }
        let version = doc.version;
        let invalid = |detail: String| ProgressError::Invalid { version, detail };
        let body = doc.progress.get();
        let mut progress = match version {
            1 => read::<ProgressV1>(body).map(from_v1).map_err(invalid)?,
            2 => read::<ProgressV2>(body)
                .and_then(from_v2)
                .map_err(invalid)?,
            3 => read::<Progress>(body).map_err(invalid)?,
            v if v > PROGRESS_VERSION => return Err(ProgressError::Newer { found: v }),
            _ => return Err(invalid("no such format was ever written".into())),
        };
        if let Some(detail) = progress.problem() {
            return Err(invalid(detail));
        }
        progress.normalize();
        Ok(progress)
    }

    /// What cannot be true in this progress, if anything.
    pub(super) fn problem(&self) -> Option<String> {
        self.open_exams
            .iter()
            .find_map(ExamSession::mismatch)
            .or_else(|| self.exams.iter().find_map(ExamRecord::problem))
    }
}

/// The progress inside a document, read as one format; what does not fit
/// is said without a position, which would count from the progress's start.
fn read<T: serde::de::DeserializeOwned>(body: &str) -> Result<T, String> {
    serde_json::from_str(body).map_err(|e| {
        let message = e.to_string();
        let at = format!(" at line {} column {}", e.line(), e.column());
        message.strip_suffix(&at).unwrap_or(&message).to_string()
    })
}

fn from_v1(v1: ProgressV1) -> Progress {
    Progress {
        read: crate::sort::map_of(
            v1.read
                .into_iter()
                .map(|slug| (slug, Stamped::new(0, true))),
        ),
        ..Progress::default()
    }
}

/// Format 2 saved each schedule but not whether a right answer was given
/// with "I was sure"; that is recovered by finding the choice that replays
/// to the saved schedule (only when it can be found in a few thousand tries).
fn from_v2(v2: ProgressV2) -> Result<Progress, String> {
    let exam = match v2.exam {
        None => None,
        Some(e) => {
            let n = e.questions.len();
            if e.answers.len() != n {
                return Err(format!(
                    "the exam in progress has {n} questions but {} answers",
                    e.answers.len()
                ));
            }
            if e.flagged.len() != n {
                return Err(format!(
                    "the exam in progress has {n} questions but {} flags",
                    e.flagged.len()
                ));
            }
            let key = ExamKey {
                started_at: e.started_at,
                seed: e.seed,
            };
            Some(ExamSession::from_untimed(
                key,
                e.questions,
                e.answers,
                e.flagged,
                e.current,
            ))
        }
    };
    let answers = v2
        .answers
        .into_iter()
        .map(|(id, log)| {
            let sure = v2.cards.get(&id).map_or(Vec::new(), |card| {
                sure_answers(&log, card).unwrap_or_default()
            });
            let log = log
                .into_iter()
                .enumerate()
                .map(|(i, r)| AnswerRecord {
                    at: r.at,
                    correct: r.correct,
                    answer: r.answer,
                    confidence: sure.contains(&i).then_some(Confidence::Sure),
                })
                .collect();
            (id, log)
        })
        .collect();
    Ok(Progress {
        read: from_v1(ProgressV1 { read: v2.read }).read,
        answers,
        exams: v2.exams,
        open_exams: exam.into_iter().collect(),
        exam_date: Stamped::new(0, v2.exam_date),
        ..Progress::default()
    })
}

/// Which right answers of a format-2 log were given as "sure", so that
/// replaying the log gives the saved schedule; None when no choice does.
fn sure_answers(log: &[AnswerV2], saved: &Card) -> Option<Vec<usize>> {
    const MAX_RIGHT: usize = 12;
    let right: Vec<usize> = (0..log.len()).filter(|&i| log[i].correct).collect();
    if right.len() > MAX_RIGHT {
        return None;
    }
    (0u32..1 << right.len()).find_map(|mask| {
        let sure: Vec<usize> = (0..right.len())
            .filter(|b| mask & (1 << b) != 0)
            .map(|b| right[b])
            .collect();
        let records: Vec<AnswerRecord> = log
            .iter()
            .enumerate()
            .map(|(i, r)| AnswerRecord {
                at: r.at,
                correct: r.correct,
                answer: r.answer.clone(),
                confidence: sure.contains(&i).then_some(Confidence::Sure),
            })
            .collect();
        (replay(&records) == *saved).then_some(sure)
    })
}
