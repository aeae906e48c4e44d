//! Compiles `content/` into a [`Bundle`]: load, parse front matter, render,
//! then check what needs every page at once (slugs, links, the study path).
//! All problems are collected, never just the first.

use crate::bundle::{Bundle, Page};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::markdown::{self, Resolved as Target};
use crate::quiz::compile::{PageInfo, check as check_quiz};
use crate::search::IndexBuilder;
use crate::{front_matter, study_path};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// The study path's file name inside the content folder.
pub const STUDY_PATH: &str = "study-path.toml";

/// Reads every `kb/*.md` page, every `quiz/*.toml` question file and the
/// study path below `root/content_dir`, naming them `content_dir/...` in messages.
pub fn read_content(root: &Path, content_dir: &str) -> std::io::Result<Vec<SourceFile>> {
    let mut files = read_folder(root, content_dir, "kb", ".md")?;
    if root.join(content_dir).join("quiz").is_dir() {
        files.extend(read_folder(root, content_dir, "quiz", ".toml")?);
    }
    let path_file = root.join(content_dir).join(STUDY_PATH);
    if path_file.exists() {
        files.push(SourceFile::new(
            format!("{content_dir}/{STUDY_PATH}"),
            std::fs::read_to_string(path_file)?,
        ));
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

/// Compiles the content: pages (`content/kb/x.md`), the study path (the file
/// whose name ends in `study-path.toml`) and questions (`content/quiz/*.toml`).
pub fn compile(files: &[SourceFile]) -> Result<Bundle, Vec<Diagnostic>> {
    compile_with_warnings(files).0
}

/// [`compile`], and the warnings that do not stop the build.
pub fn compile_with_warnings(
    files: &[SourceFile],
) -> (Result<Bundle, Vec<Diagnostic>>, Vec<Diagnostic>) {
    let mut errors = Vec::new();
    let (quiz_files, files): (Vec<&SourceFile>, Vec<&SourceFile>) = files
        .iter()
        .partition(|f| f.path.contains("/quiz/") && f.path.ends_with(".toml"));
    let (path_files, pages): (Vec<&SourceFile>, Vec<&SourceFile>) = files
        .into_iter()
        .partition(|f| f.path.ends_with(STUDY_PATH));

    // Pass 1: front matter, so that every page's slug is known before links are resolved.
    let mut parsed = Vec::new();
    let mut slug_owner: HashMap<String, &str> = HashMap::new();
    for file in &pages {
        let layout = match front_matter::split(file) {
            Ok(l) => l,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        match front_matter::parse(file, &layout) {
            Ok(fm) => {
                if let Some(first) = slug_owner.get(&fm.slug) {
                    errors.push(file.error_at(
                        fm.slug_offset,
                        format!("duplicate slug \"{}\": {first} uses it already", fm.slug),
                    ));
                    continue;
                }
                slug_owner.insert(fm.slug.clone(), &file.path);
                parsed.push((*file, layout, fm));
            }
            Err(mut es) => errors.append(&mut es),
        }
    }
    let slug_of_path: HashMap<&str, &str> = parsed
        .iter()
        .map(|(f, _, fm)| (f.path.as_str(), fm.slug.as_str()))
        .collect();

    // Pass 2: render each body, resolving links relative to its file.
    let mut rendered = Vec::new();
    for (file, layout, fm) in &parsed {
        let body = &file.text[layout.body.clone()];
        if body.trim().is_empty() {
            errors.push(file.error_at(
                layout.body.start,
                "page has no content after its front matter",
            ));
            continue;
        }
        let dir = file.path.rsplit_once('/').map_or("", |(d, _)| d);
        let resolve = |dest: &str| {
            let path = join(dir, dest);
            match slug_of_path.get(path.as_str()) {
                Some(slug) => Target::Page(slug.to_string()),
                // Its own errors are reported; a second message here would only mislead.
                None if pages.iter().any(|p| p.path == path) => Target::Broken,
                None => Target::Unknown,
            }
        };
        let r = markdown::render(body, &fm.slug, &resolve);
        for (offset, message) in &r.errors {
            errors.push(file.error_at(layout.body.start + offset, message.clone()));
        }
        let mut see_also = Vec::new();
        for (path, offset) in &fm.see_also {
            match resolve(path) {
                Target::Page(slug) => see_also.push(slug),
                Target::Broken => {}
                Target::Unknown => errors.push(file.error_at(
                    *offset,
                    format!("see_also names a page that does not exist: {path}"),
                )),
            }
        }
        rendered.push((*file, layout.body.start, fm, r, see_also));
    }

    // Pass 3: every link's anchor must exist on the page it points to.
    let anchors: HashMap<&str, HashSet<&str>> = rendered
        .iter()
        .map(|(_, _, fm, r, _)| {
            (
                fm.slug.as_str(),
                r.headings.iter().map(|h| h.id.as_str()).collect(),
            )
        })
        .collect();
    for (file, body_start, _, r, _) in &rendered {
        for link in &r.links {
            if let (Some(anchor), Some(ids)) = (&link.anchor, anchors.get(link.slug.as_str()))
                && !ids.contains(anchor.as_str())
            {
                errors.push(file.error_at(
                    body_start + link.offset,
                    format!(
                        "link to a section that does not exist: {}#{anchor}",
                        link.slug
                    ),
                ));
            }
        }
    }

    let order = study_order(&path_files, &pages, &mut errors);

    let page_info: HashMap<String, PageInfo> = rendered
        .iter()
        .map(|(_, _, fm, r, _)| {
            let sections = r
                .headings
                .iter()
                .map(|h| (h.id.clone(), h.text.clone()))
                .collect();
            (fm.slug.clone(), PageInfo { sections })
        })
        .collect();
    let quiz = check_quiz(&quiz_files, &page_info);
    // Coverage is judged once the questions themselves are right; before that it would only repeat them.
    let check_coverage = !quiz_files.is_empty() && quiz.errors.is_empty();
    errors.extend(quiz.errors);
    if check_coverage {
        for (file, _, fm, _, _) in &rendered {
            if !quiz.questions.iter().any(|q| q.topic == fm.slug) {
                errors.push(file.error_at(
                    0,
                    format!(
                        "page has no quiz questions: add some to content/quiz/{}.toml",
                        fm.slug
                    ),
                ));
            }
        }
    }
    if !errors.is_empty() {
        errors.sort();
        return (Err(errors), quiz.warnings);
    }
    let mut search = IndexBuilder::default();
    for (_, _, fm, r, _) in &rendered {
        search.add_page(&fm.slug, &fm.title, &r.headings, &r.sections);
    }
    for q in &quiz.questions {
        let topic = rendered.iter().find(|(_, _, fm, _, _)| fm.slug == q.topic);
        search.add_question(q, topic.map_or("", |(_, _, fm, _, _)| fm.title.as_str()));
    }
    let mut by_path: HashMap<&str, Page> = rendered
        .into_iter()
        .map(|(file, _, fm, r, see_also)| {
            let page = Page {
                slug: fm.slug.clone(),
                title: fm.title.clone(),
                summary: fm.summary.clone(),
                domain: fm.domain,
                sources: fm.sources.clone(),
                checked: fm.checked.clone(),
                html: r.html,
                headings: r.headings,
                words: r.words,
                see_also,
            };
            (file.path.as_str(), page)
        })
        .collect();
    let pages = order
        .iter()
        .filter_map(|p| by_path.remove(p.as_str()))
        .collect();
    (
        Ok(Bundle {
            pages,
            questions: quiz.questions,
            search: search.build(),
        }),
        quiz.warnings,
    )
}

/// The study path as page file paths; reports entries that name no page,
/// entries given twice, and pages left off the path.
fn study_order(
    path_files: &[&SourceFile],
    pages: &[&SourceFile],
    errors: &mut Vec<Diagnostic>,
) -> Vec<String> {
    let Some(file) = path_files.first() else {
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
    let dir = file.path.rsplit_once('/').map_or("", |(d, _)| d);
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

/// Joins a relative path onto a folder, resolving `.` and `..`.
fn join(dir: &str, relative: &str) -> String {
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
