//! Reading `content/` from disk: the files the compiler takes, named
//! `content/...` in messages.

use crate::diagnostic::SourceFile;
use std::path::Path;

/// The content folder's name below a repository's root.
pub const CONTENT_DIR: &str = "content";
/// The study path's file name inside the content folder.
pub const STUDY_PATH: &str = "study-path.toml";
/// The search synonyms' file name inside the content folder.
pub const SEARCH_SYNONYMS: &str = "search-synonyms.toml";

/// The diagrams' folder name inside the content folder.
pub const DIAGRAMS: &str = "diagrams";

/// Reads every `kb/*.md` page, every `quiz/*.toml` question file, every
/// `diagrams/*.svg` diagram, the study path and the search synonyms below
/// `root/content_dir`, naming them `content_dir/...` in messages.
pub fn read_content(root: &Path, content_dir: &str) -> std::io::Result<Vec<SourceFile>> {
    let mut files = read_folder(root, content_dir, "kb", ".md")?;
    for (folder, ending) in [("quiz", ".toml"), (DIAGRAMS, ".svg")] {
        if root.join(content_dir).join(folder).is_dir() {
            files.extend(read_folder(root, content_dir, folder, ending)?);
        }
    }
    for name in [STUDY_PATH, SEARCH_SYNONYMS] {
        let path = root.join(content_dir).join(name);
        if path.exists() {
            files.push(SourceFile::new(
                format!("{content_dir}/{name}"),
                std::fs::read_to_string(path)?,
            ));
        }
    }
    Ok(files)
}

/// The files of one content folder whose names end in `ending`, sorted by name.
fn read_folder(
    root: &Path,
    content_dir: &str,
    folder: &str,
    ending: &str,
) -> std::io::Result<Vec<SourceFile>> {
    let dir = root.join(content_dir).join(folder);
    let mut names: Vec<String> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(ending))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            Ok(SourceFile::new(
                format!("{content_dir}/{folder}/{name}"),
                std::fs::read_to_string(dir.join(&name))?,
            ))
        })
        .collect()
}

/// The content's files by role.
pub(super) struct Sources<'f> {
    pub pages: Vec<&'f SourceFile>,
    pub quiz: Vec<&'f SourceFile>,
    pub diagrams: Vec<&'f SourceFile>,
    pub study_path: Option<&'f SourceFile>,
    pub synonyms: Option<&'f SourceFile>,
}

impl<'f> Sources<'f> {
    /// Pages (`.../kb/x.md`), questions (`.../quiz/*.toml`), diagrams
    /// (`.../diagrams/*.svg`), the study path and the search synonyms (by their file names).
    pub(super) fn sort(files: &'f [SourceFile]) -> Self {
        let mut sources = Sources {
            pages: Vec::new(),
            quiz: Vec::new(),
            diagrams: Vec::new(),
            study_path: None,
            synonyms: None,
        };
        for file in files {
            if file.path.contains("/quiz/") && file.path.ends_with(".toml") {
                sources.quiz.push(file);
            } else if file.path.contains(&format!("/{DIAGRAMS}/")) && file.path.ends_with(".svg") {
                sources.diagrams.push(file);
            } else if file.path.ends_with(STUDY_PATH) {
                sources.study_path = sources.study_path.or(Some(file));
            } else if file.path.ends_with(SEARCH_SYNONYMS) {
                sources.synonyms = sources.synonyms.or(Some(file));
            } else {
                sources.pages.push(file);
            }
        }
        sources
    }
}

/// Joins a relative path onto a folder, resolving `.` and `..`.
pub(super) fn join(dir: &str, relative: &str) -> String {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in relative.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    parts.join("/")
}

/// The folder part of a content path.
pub(super) fn folder(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(d, _)| d)
}

#[cfg(test)]
mod tests {
    use super::join;

    #[test]
    fn joins_relative_paths() {
        assert_eq!(join("content/kb", "a.md"), "content/kb/a.md");
        assert_eq!(join("content/kb", "./a.md"), "content/kb/a.md");
        assert_eq!(join("content", "kb/a.md"), "content/kb/a.md");
        assert_eq!(join("content/kb", "../kb/a.md"), "content/kb/a.md");
    }
}
