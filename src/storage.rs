//! Progress in the browser's localStorage. Saved data that cannot be read is
//! never overwritten: it is moved aside under another key and reported.

use rootcamp_core::Progress;
use web_sys::Storage;

pub const KEY: &str = "rootcamp.progress";
/// Where unreadable progress is kept; a number is added if the key is taken.
pub const ASIDE_KEY: &str = "rootcamp.progress.unreadable";

/// What was found in storage, and what the student should be told about it.
pub struct Loaded {
    pub progress: Progress,
    pub notice: Option<String>,
    /// False when unreadable data could not be moved aside: saving would overwrite it.
    pub may_save: bool,
}

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Touches the storage once. The first access can block the page for tens of
/// milliseconds while the browser loads the site's storage, so the app and
/// the reader do it in a task of its own before their first render.
pub fn warm_up() {
    if let Some(storage) = storage() {
        let _ = storage.get_item(KEY);
    }
}

pub fn load() -> Loaded {
    let Some(storage) = storage() else {
        return Loaded {
            progress: Progress::default(),
            notice: Some("This browser does not let Rootcamp save progress, so it will be lost when you close the page.".into()),
            may_save: false,
        };
    };
    let Ok(Some(text)) = storage.get_item(KEY) else {
        return Loaded {
            progress: Progress::default(),
            notice: None,
            may_save: true,
        };
    };
    match Progress::from_json(&text) {
        Ok(progress) => Loaded {
            progress,
            notice: None,
            may_save: true,
        },
        Err(reason) => {
            let aside = (0..)
                .map(|n| {
                    if n == 0 {
                        ASIDE_KEY.to_string()
                    } else {
                        format!("{ASIDE_KEY}.{n}")
                    }
                })
                .find(|k| matches!(storage.get_item(k), Ok(None)))
                .unwrap_or_else(|| ASIDE_KEY.to_string());
            let kept = storage.set_item(&aside, &text).is_ok() && storage.remove_item(KEY).is_ok();
            let notice = if kept {
                format!(
                    "Your saved progress could not be read: {reason}. It was kept aside in this browser under \"{aside}\", and Rootcamp started with fresh progress."
                )
            } else {
                format!(
                    "Your saved progress could not be read: {reason}. It was left as it is, and nothing will be saved over it."
                )
            };
            Loaded {
                progress: Progress::default(),
                notice: Some(notice),
                may_save: kept,
            }
        }
    }
}

pub fn save(progress: &Progress) -> Result<(), String> {
    let storage = storage().ok_or("this browser does not allow saving")?;
    storage
        .set_item(KEY, &progress.to_json())
        .map_err(|_| "the browser refused to save it (storage may be full or disabled)".to_string())
}
