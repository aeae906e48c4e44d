//! The study path (`content/study-path.toml`) as the pages' reading order.

use super::read::{STUDY_PATH, folder, join};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::study_path;
use std::collections::HashSet;

/// The study path as page file paths; reports entries that name no page,
/// entries given twice, and pages left off the path.
pub(super) fn study_order(
    path_file: Option<&SourceFile>,
    pages: &[&SourceFile],
    errors: &mut Vec<Diagnostic>,
) -> Vec<String> {
    let Some(file) = path_file else {
        if let Some(first) = pages.first() {
            let dir = first.path.rsplit_once("/kb/").map_or("content", |(d, _)| d);
            errors.push(first.error_at(
                0,
                format!("{dir}/{STUDY_PATH} is missing: it lists the pages in reading order"),
            ));
        }
        return Vec::new();
    };
    let entries = match study_path::parse(file) {
        Ok(e) => e,
        Err(e) => {
            errors.push(e);
            return Vec::new();
        }
    };
    let dir = folder(&file.path);
    let known: HashSet<&str> = pages.iter().map(|p| p.path.as_str()).collect();
    let mut order = Vec::new();
    for entry in entries {
        let path = join(dir, &entry.path);
        if !known.contains(path.as_str()) {
            errors.push(file.error_at(
                entry.offset,
                format!("study path lists {}, which does not exist", entry.path),
            ));
        } else if order.contains(&path) {
            errors.push(file.error_at(
                entry.offset,
                format!("study path lists {} twice", entry.path),
            ));
        } else {
            order.push(path);
        }
    }
    for page in pages {
        if !order.contains(&page.path) {
            errors.push(page.error_at(
                0,
                format!("page is not on the study path: add it to {}", file.path),
            ));
        }
    }
    order
}
