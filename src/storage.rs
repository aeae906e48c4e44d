//! Progress in the browser's localStorage, shared by every tab of the site.
//!
//! Every write merges: [`commit`] reads what is stored, merges this tab's
//! progress into it, applies the change and writes the result, all in one
//! task, so a save never drops what another tab wrote since. Saved data that
//! cannot be read is never overwritten: it is moved aside under another key,
//! listed on the progress page, and can be downloaded or tried again.

use rootcamp_core::Progress;
use std::cell::RefCell;
use web_sys::Storage;

pub const KEY: &str = "rootcamp.progress";
/// Where unreadable progress is kept; a number is added if the key is taken.
pub const ASIDE_KEY: &str = "rootcamp.progress.unreadable";
/// Progress as it was before the last import, for its undo.
pub const BEFORE_IMPORT_KEY: &str = "rootcamp.progress.before-import";
/// The last few automatic snapshots, newest first.
pub const SNAPSHOTS_KEY: &str = "rootcamp.snapshots";
const SNAPSHOTS_KEPT: usize = 3;
/// At most one snapshot in this time.
const SNAPSHOT_EVERY_MS: i64 = 6 * 3_600_000;

/// The browser's `localStorage`. The build pre-renders pages on the host,
/// where there is none: a first visit, with nothing saved.
fn storage() -> Option<Storage> {
    crate::browser::window()?.local_storage().ok()?
}

thread_local! {
    /// The stored text this tab last read or wrote, and what it parsed to:
    /// a save that finds it unchanged skips parsing it again.
    static LAST: RefCell<Option<(String, Progress)>> = const { RefCell::new(None) };
    /// When this tab last looked at the snapshots, so that most saves skip reading them.
    static SNAPSHOT_CHECKED: std::cell::Cell<i64> = const { std::cell::Cell::new(i64::MIN) };
}

/// Touches the storage once. The first access can block the page for tens of
/// milliseconds while the browser loads the site's storage, so the app and
/// the reader do it in a task of its own before their first render.
pub fn warm_up() {
    if let Some(storage) = storage() {
        let _ = storage.get_item(KEY);
    }
}

/// What was found in storage, and what the student should be told about it.
pub struct Loaded {
    pub progress: Progress,
    pub notice: Option<String>,
    /// False when unreadable data could not be moved aside: saving would overwrite it.
    pub may_save: bool,
}

const NO_STORAGE: &str = "This browser does not let Rootcamp save progress, so it will be lost when you close the page. Export it from the Progress page to keep it.";

/// Reads the stored progress; unreadable data is moved aside and reported.
pub fn load() -> Loaded {
    let Some(storage) = storage() else {
        return Loaded {
            progress: Progress::default(),
            notice: Some(NO_STORAGE.into()),
            may_save: false,
        };
    };
    let mut loaded = match read(&storage) {
        Ok(progress) => Loaded {
            progress,
            notice: None,
            may_save: true,
        },
        Err((text, reason)) => {
            let kept = keep_aside(&storage, &text);
            Loaded {
                progress: Progress::default(),
                notice: Some(match &kept {
                    Some(aside) => format!(
                        "Your saved progress could not be read: {reason}. It was kept aside in this browser under \"{aside}\", and Rootcamp started with fresh progress. The Progress page lists it."
                    ),
                    None => format!(
                        "Your saved progress could not be read: {reason}. It was left as it is, and nothing will be saved over it."
                    ),
                }),
                may_save: kept.is_some(),
            }
        }
    };
    if loaded.notice.is_none() {
        loaded.notice = match kept_copies().len() {
            0 => None,
            1 => Some("One earlier copy of your progress could not be read and is kept aside. The Progress page lists it, to download or try again.".into()),
            n => Some(format!("{n} earlier copies of your progress could not be read and are kept aside. The Progress page lists them, to download or try again.")),
        };
    }
    loaded
}

/// The stored progress (empty when nothing is stored), or the stored text
/// and why it cannot be read.
fn read(storage: &Storage) -> Result<Progress, (String, String)> {
    let Ok(Some(text)) = storage.get_item(KEY) else {
        return Ok(Progress::default());
    };
    let cached = LAST.with_borrow(|last| {
        last.as_ref()
            .filter(|(seen, _)| *seen == text)
            .map(|(_, p)| p.clone())
    });
    if let Some(progress) = cached {
        return Ok(progress);
    }
    match Progress::from_json(&text) {
        Ok(progress) => {
            LAST.set(Some((text, progress.clone())));
            Ok(progress)
        }
        Err(reason) => Err((text, reason.to_string())),
    }
}

/// Moves unreadable text aside under a free key and removes it from the main
/// key; returns that key, or None when the browser refused.
fn keep_aside(storage: &Storage, text: &str) -> Option<String> {
    let aside = (0..)
        .map(|n| match n {
            0 => ASIDE_KEY.to_string(),
            n => format!("{ASIDE_KEY}.{n}"),
        })
        .find(|k| matches!(storage.get_item(k), Ok(None)))?;
    (storage.set_item(&aside, text).is_ok() && storage.remove_item(KEY).is_ok()).then_some(aside)
}

/// Why a change could not be saved.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveError {
    Unavailable,
    Refused,
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SaveError::Unavailable => "this browser does not allow saving",
            SaveError::Refused => {
                "the browser refused to save it (storage may be full or disabled)"
            }
        })
    }
}

/// Brings `mine` up to date with what is stored (other tabs' changes),
/// applies `change` and stores the result. Returns the new progress, and the
/// save's error if it failed; the new progress is then kept in this tab only
/// and what was stored before is untouched.
pub fn commit(
    mine: &Progress,
    change: impl FnOnce(&mut Progress),
) -> (Progress, Result<(), SaveError>) {
    let Some(storage) = storage() else {
        let mut next = mine.clone();
        change(&mut next);
        return (next, Err(SaveError::Unavailable));
    };
    let stored = match read(&storage) {
        Ok(stored) => stored,
        // Something unreadable arrived since this tab loaded (another
        // version of Rootcamp, or a hand edit): keep it aside first.
        Err((text, _)) => {
            if keep_aside(&storage, &text).is_none() {
                let mut next = mine.clone();
                change(&mut next);
                return (next, Err(SaveError::Refused));
            }
            Progress::default()
        }
    };
    let mut next = stored.merged(mine);
    change(&mut next);
    if next == stored {
        return (next, Ok(()));
    }
    let text = next.to_json();
    let written = storage.set_item(KEY, &text).is_ok() || {
        // Full: the snapshots are the first thing to give up their room.
        let _ = storage.remove_item(SNAPSHOTS_KEY);
        storage.set_item(KEY, &text).is_ok()
    };
    if written {
        LAST.set(Some((text, next.clone())));
        (next, Ok(()))
    } else {
        (next, Err(SaveError::Refused))
    }
}

/// Other tabs' changes merged into `mine`, writing back what only this tab
/// has (a save of its that another tab's write raced past).
pub fn catch_up(mine: &Progress) -> (Progress, Result<(), SaveError>) {
    commit(mine, |_| {})
}

/// A copy of progress that could not be read, kept aside.
#[derive(Clone, PartialEq)]
pub struct KeptCopy {
    pub key: String,
    pub text: String,
    /// Why it cannot be read now; None when this version can read it.
    pub problem: Option<String>,
}

pub fn kept_copies() -> Vec<KeptCopy> {
    let Some(storage) = storage() else {
        return Vec::new();
    };
    let len = storage.length().unwrap_or(0);
    let mut keys: Vec<String> = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(ASIDE_KEY))
        .collect();
    rootcamp_core::sort::sort(&mut keys);
    keys.into_iter()
        .filter_map(|key| {
            let text = storage.get_item(&key).ok()??;
            let problem = Progress::from_json(&text).err().map(|e| e.to_string());
            Some(KeptCopy { key, text, problem })
        })
        .collect()
}

pub fn remove(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

pub fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

pub fn set(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// An automatic copy of progress, restorable from the progress page.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Snapshot {
    pub at: i64,
    pub progress: String,
}

pub fn snapshots() -> Vec<Snapshot> {
    get(SNAPSHOTS_KEY)
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Keeps a snapshot of `progress` when the newest is old enough; the oldest
/// beyond [`SNAPSHOTS_KEPT`] is dropped. Best effort: a full storage skips it.
pub fn snapshot(progress: &Progress, now: i64) {
    if !progress.has_progress() || now.saturating_sub(SNAPSHOT_CHECKED.get()) < SNAPSHOT_EVERY_MS {
        return;
    }
    SNAPSHOT_CHECKED.set(now);
    let mut kept = snapshots();
    if kept.first().is_some_and(|s| now - s.at < SNAPSHOT_EVERY_MS) {
        return;
    }
    kept.insert(
        0,
        Snapshot {
            at: now,
            progress: progress.to_json(),
        },
    );
    kept.truncate(SNAPSHOTS_KEPT);
    while !kept.is_empty() {
        if let Ok(text) = serde_json::to_string(&kept)
            && set(SNAPSHOTS_KEY, &text)
        {
            return;
        }
        kept.pop();
    }
}
