//! What a practice session asks, read from the practice page's address:
//! the mode (all topics, some topics, from one question, mistakes, due) and
//! the length, and the queue of questions that follows from them.

use crate::Progress;
use crate::quiz::{Question, question_seed, shuffled};

/// Which questions a session draws from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PracticeMode {
    /// Every topic, shuffled.
    All,
    /// These topics (page slugs), shuffled.
    Topics(Vec<String>),
    /// This question first (a search result or a link), then its topic.
    From(String),
    /// The questions whose latest answer was wrong, most recent first.
    Mistakes,
    /// The questions due now ([`super::due_now`]).
    Due,
}

/// How many questions a session has at most.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionLength {
    /// At most this many questions.
    Questions(usize),
    /// Every question the mode draws from.
    All,
}

/// The seed of the session every new student gets first ([`session_seed`]).
pub const FIRST_SESSION_SEED: u64 = 1;

/// The seed that shuffles a session started at `now`. Until a student has
/// answered a question, every new student gets the same first session, so
/// the build can render its first question ahead and the page shows it at
/// once; after that, each session is shuffled anew.
pub fn session_seed(progress: &Progress, now: i64) -> u64 {
    if progress.answers().is_empty() {
        FIRST_SESSION_SEED
    } else {
        now as u64
    }
}

/// The lengths offered when a session is started.
pub const LENGTHS: [usize; 2] = [10, 20];

/// A session's mode and length.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticePlan {
    /// Which questions the session draws from.
    pub mode: PracticeMode,
    /// How many of them it asks at most.
    pub length: SessionLength,
}

impl PracticePlan {
    /// Reads the practice page's query values (`topics=a,b`, `q=id`,
    /// `mode=mistakes|due`, `n=10|20|all`), refusing what it cannot read
    /// with the reason. Without `n`, a list (mistakes, due) is practised
    /// whole and anything else takes the first of [`LENGTHS`].
    pub fn from_query(
        topics: Option<&str>,
        q: Option<&str>,
        mode: Option<&str>,
        n: Option<&str>,
    ) -> Result<PracticePlan, String> {
        let mode = match (mode, q, topics) {
            (Some("mistakes"), None, None) => PracticeMode::Mistakes,
            (Some("due"), None, None) => PracticeMode::Due,
            (Some(m @ ("mistakes" | "due")), _, _) => {
                return Err(format!(
                    "the {m} list cannot be combined with a topic or a question"
                ));
            }
            (Some(other), _, _) => {
                return Err(format!(
                    "there is no practice mode \"{other}\": use mistakes or due"
                ));
            }
            (None, Some(id), _) => PracticeMode::From(id.to_string()),
            (None, None, Some(t)) => {
                let list: Vec<String> = t
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect();
                if list.is_empty() {
                    PracticeMode::All
                } else {
                    PracticeMode::Topics(list)
                }
            }
            (None, None, None) => PracticeMode::All,
        };
        let length = match n {
            Some("all") => SessionLength::All,
            Some(text) => match text.parse::<usize>() {
                Ok(count) if count > 0 => SessionLength::Questions(count),
                _ => {
                    return Err(format!(
                        "the session length must be a number of questions or all, not \"{text}\""
                    ));
                }
            },
            None if matches!(mode, PracticeMode::Mistakes | PracticeMode::Due) => {
                SessionLength::All
            }
            None => SessionLength::Questions(LENGTHS[0]),
        };
        Ok(PracticePlan { mode, length })
    }

    /// The session's questions in the order asked; `seed` shuffles them.
    /// Topics and questions the bank does not have give no questions.
    pub fn queue<'a>(
        &self,
        bank: &'a [Question],
        progress: &Progress,
        now: i64,
        seed: u64,
    ) -> Vec<&'a Question> {
        let by_id = |id: &str| bank.iter().find(|q| q.id == id);
        let shuffle = |pool: Vec<&'a Question>| -> Vec<&'a Question> {
            let order = shuffled(pool.len(), question_seed(seed, "practice"), false);
            order.into_iter().map(|i| pool[i]).collect()
        };
        let mut queue: Vec<&'a Question> = match &self.mode {
            PracticeMode::Mistakes => progress
                .recent_mistakes()
                .into_iter()
                .filter_map(by_id)
                .collect(),
            PracticeMode::Due => super::due_now(progress, now)
                .into_iter()
                .filter_map(by_id)
                .collect(),
            PracticeMode::All => shuffle(bank.iter().collect()),
            PracticeMode::Topics(topics) => {
                shuffle(bank.iter().filter(|q| topics.contains(&q.topic)).collect())
            }
            PracticeMode::From(id) => match by_id(id) {
                Some(start) => std::iter::once(start)
                    .chain(shuffle(
                        bank.iter()
                            .filter(|q| q.topic == start.topic && q.id != start.id)
                            .collect(),
                    ))
                    .collect(),
                None => Vec::new(),
            },
        };
        if let SessionLength::Questions(n) = self.length {
            queue.truncate(n);
        }
        queue
    }
}
