//! The student's progress, as saved in the browser and in export files.
//!
//! A versioned JSON document. Reading is strict: anything that is not a
//! progress document this version understands is refused with the reason,
//! so that the caller can keep the data aside instead of overwriting it.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;

/// The format written now. Older versions are migrated when read.
pub const PROGRESS_VERSION: u32 = 1;
const KIND: &str = "rootcamp-progress";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    /// Slugs of the pages the student marked as read.
    #[serde(default)]
    pub read: BTreeSet<String>,
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
                write!(f, "its contents do not match progress format {version}: {detail}")
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
        let doc: Document = serde_json::from_value(value).map_err(|_| ProgressError::NotRootcamp)?;
        if doc.kind != KIND {
            return Err(ProgressError::NotRootcamp);
        }
        let invalid = |e: serde_json::Error| ProgressError::Invalid { version: doc.version, detail: e.to_string() };
        match doc.version {
            1 => serde_json::from_value(doc.progress).map_err(invalid),
            v if v > PROGRESS_VERSION => Err(ProgressError::Newer { found: v }),
            v => Err(ProgressError::Invalid { version: v, detail: "no such format was ever written".into() }),
        }
    }

    pub fn is_read(&self, slug: &str) -> bool {
        self.read.contains(slug)
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
        assert_eq!(json, r#"{"kind":"rootcamp-progress","version":1,"progress":{"read":["root-mfa","root-vs-iam"]}}"#);
        assert_eq!(Progress::from_json(&json), Ok(sample()));
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
            ("{not json", "it is not valid JSON (key must be a string at line 1 column 2)"),
            (r#"{"read":[]}"#, "it is not a Rootcamp progress file"),
            (r#"{"kind":"other","version":1,"progress":{}}"#, "it is not a Rootcamp progress file"),
            (
                r#"{"kind":"rootcamp-progress","version":9,"progress":{}}"#,
                "it was saved by a newer version of Rootcamp (format 9; this version reads up to 1)",
            ),
            (
                r#"{"kind":"rootcamp-progress","version":1,"progress":{"read":"all"}}"#,
                "its contents do not match progress format 1: invalid type: string \"all\", expected a sequence",
            ),
            (
                r#"{"kind":"rootcamp-progress","version":1,"progress":{"read":[],"extra":1}}"#,
                "its contents do not match progress format 1: unknown field `extra`, expected `read`",
            ),
            (
                r#"{"kind":"rootcamp-progress","version":0,"progress":{}}"#,
                "its contents do not match progress format 0: no such format was ever written",
            ),
        ];
        for (input, reason) in cases {
            assert_eq!(Progress::from_json(input).unwrap_err().to_string(), reason, "for {input}");
        }
    }

    #[test]
    fn missing_sections_default_to_empty() {
        let p = Progress::from_json(r#"{"kind":"rootcamp-progress","version":1,"progress":{}}"#).unwrap();
        assert_eq!(p, Progress::default());
    }
}
