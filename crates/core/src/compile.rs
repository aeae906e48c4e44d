//! Compiles `content/` into a [`Bundle`]: load, parse front matter, render,
//! then check what needs every page at once (slugs, links, the study path).
//! All problems are collected, never just the first.

use crate::bundle::{Bundle, Page};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::markdown::{self, Target};
use crate::search::{Fields, IndexBuilder, SearchDoc, Target as SearchTarget};
use crate::{front_matter, study_path};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// The study path's file name inside the content folder.
pub const STUDY_PATH: &str = "study-path.toml";

/// Reads every `kb/*.md` file and the study path below `root/content_dir`,
/// naming them `content_dir/...` in messages.
pub fn read_content(root: &Path, content_dir: &str) -> std::io::Result<Vec<SourceFile>> {
    let mut files = Vec::new();
    let kb = root.join(content_dir).join("kb");
    let mut names: Vec<String> = std::fs::read_dir(&kb)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md"))
        .collect();
    names.sort();
    for name in names {
        let text = std::fs::read_to_string(kb.join(&name))?;
        files.push(SourceFile::new(format!("{content_dir}/kb/{name}"), text));
    }
    let path_file = root.join(content_dir).join(STUDY_PATH);
    if path_file.exists() {
        files.push(SourceFile::new(format!("{content_dir}/{STUDY_PATH}"), std::fs::read_to_string(path_file)?));
    }
    Ok(files)
}

/// Compiles knowledge-base files. Paths look like `content/kb/x.md`; the study
/// path is the file whose name ends in `study-path.toml`.
pub fn compile(files: &[SourceFile]) -> Result<Bundle, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let (path_files, pages): (Vec<&SourceFile>, Vec<&SourceFile>) =
        files.iter().partition(|f| f.path.ends_with(STUDY_PATH));

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
    let slug_of_path: HashMap<&str, &str> =
        parsed.iter().map(|(f, _, fm)| (f.path.as_str(), fm.slug.as_str())).collect();

    // Pass 2: render each body, resolving links relative to its file.
    let mut rendered = Vec::new();
    for (file, layout, fm) in &parsed {
        let body = &file.text[layout.body.clone()];
        if body.trim().is_empty() {
            errors.push(file.error_at(layout.body.start, "page has no content after its front matter"));
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
                Target::Unknown => errors.push(file.error_at(*offset, format!("see_also names a page that does not exist: {path}"))),
            }
        }
        rendered.push((*file, layout.body.start, fm, r, see_also));
    }

    // Pass 3: every link's anchor must exist on the page it points to.
    let anchors: HashMap<&str, HashSet<&str>> = rendered
        .iter()
        .map(|(_, _, fm, r, _)| (fm.slug.as_str(), r.headings.iter().map(|h| h.id.as_str()).collect()))
        .collect();
    for (file, body_start, _, r, _) in &rendered {
        for link in &r.links {
            if let (Some(anchor), Some(ids)) = (&link.anchor, anchors.get(link.slug.as_str())) {
                if !ids.contains(anchor.as_str()) {
                    errors.push(file.error_at(
                        body_start + link.offset,
                        format!("link to a section that does not exist: {}#{anchor}", link.slug),
                    ));
                }
            }
        }
    }

    let order = study_order(&path_files, &pages, &mut errors);
    if !errors.is_empty() {
        errors.sort();
        return Err(errors);
    }
    let mut search = IndexBuilder::default();
    for (_, _, fm, r, _) in &rendered {
        // The first section introduces the page, so the page title counts as its heading too.
        let first = r.sections.iter().position(|s| !s.text.trim().is_empty());
        // A subsection belongs to its section: the parent heading counts for it too.
        let mut parent = String::new();
        for (k, section) in r.sections.iter().enumerate() {
            let level = section.anchor.as_ref().and_then(|a| r.headings.iter().find(|h| &h.id == a)).map_or(2, |h| h.level);
            if level == 2 {
                parent = section.heading.clone();
            }
            if section.text.trim().is_empty() {
                continue;
            }
            let heading = if section.anchor.is_some() { section.heading.as_str() } else { fm.title.as_str() };
            let mut indexed_heading = if Some(k) == first { format!("{} {}", fm.title, section.heading) } else { heading.to_string() };
            if level > 2 {
                indexed_heading = format!("{parent} {indexed_heading}");
            }
            search.add(
                SearchDoc {
                    target: SearchTarget::Section { page: fm.slug.clone(), anchor: section.anchor.clone() },
                    title: fm.title.clone(),
                    heading: heading.to_string(),
                },
                Fields { title: &fm.title, heading: &indexed_heading, body: &section.text },
            );
        }
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
    let pages = order.iter().filter_map(|p| by_path.remove(p.as_str())).collect();
    Ok(Bundle { pages, search: search.build() })
}

/// The study path as page file paths; reports entries that name no page,
/// entries given twice, and pages left off the path.
fn study_order(path_files: &[&SourceFile], pages: &[&SourceFile], errors: &mut Vec<Diagnostic>) -> Vec<String> {
    let Some(file) = path_files.first() else {
        if let Some(first) = pages.first() {
            let dir = first.path.rsplit_once("/kb/").map_or("content", |(d, _)| d);
            errors.push(first.error_at(0, format!("{dir}/{STUDY_PATH} is missing: it lists the pages in reading order")));
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
            errors.push(file.error_at(entry.offset, format!("study path lists {}, which does not exist", entry.path)));
        } else if order.contains(&path) {
            errors.push(file.error_at(entry.offset, format!("study path lists {} twice", entry.path)));
        } else {
            order.push(path);
        }
    }
    for page in pages {
        if !order.contains(&page.path) {
            errors.push(page.error_at(0, format!("page is not on the study path: add it to {}", file.path)));
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
