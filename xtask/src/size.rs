//! What a built site sends. GitHub Pages gzips the text types it knows
//! (HTML, scripts, styles, JSON, SVG, wasm) and sends everything else as it
//! is, so a file's size is its gzip for those types and its bytes otherwise:
//! images, and the data files, which the build gzips itself
//! (`xtask/src/dist.rs`). Budgets are in these bytes.

use anyhow::{Context, Result, bail};
use flate2::{Compression, write::GzEncoder};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

pub(crate) fn report(dir: &Path) -> Result<()> {
    if !dir.join("index.html").is_file() {
        bail!(
            "no built site in {}; run `cargo xtask dist` first",
            dir.display()
        );
    }
    let names = site_files(dir)?;
    // Each file read and compressed once.
    let contents: HashMap<&str, Vec<u8>> = names
        .iter()
        .map(|name| {
            let bytes = std::fs::read(dir.join(name)).with_context(|| name.to_string())?;
            Ok((name.as_str(), bytes))
        })
        .collect::<Result<_>>()?;
    let sizes: HashMap<&str, (usize, usize)> = contents
        .iter()
        .map(|(&name, bytes)| (name, (bytes.len(), sent_len(name, bytes))))
        .collect();
    let home = first_load(&contents, "index.html", &names);
    let kb = names
        .iter()
        .find(|n| n.starts_with("kb/") && n.ends_with(".html"))
        .map(|n| first_load(&contents, n, &names));
    println!("{:>10} {:>10}  file", "raw", "sent");
    for name in &names {
        let (raw, gzip) = sizes[name.as_str()];
        let mark = match (
            home.contains(name),
            kb.as_ref().is_some_and(|k| k.contains(name)),
        ) {
            (true, true) => "  (first load: home, kb page)",
            (true, false) => "  (first load: home)",
            (false, true) => "  (first load: kb page)",
            (false, false) => "",
        };
        println!("{raw:>10} {gzip:>10}  {name}{mark}");
    }
    let total = |set: &[String]| {
        set.iter()
            .map(|n| sizes[n.as_str()])
            .fold((0, 0), |(r, g), (raw, gzip)| (r + raw, g + gzip))
    };
    let (raw, gzip) = total(&names);
    println!("{raw:>10} {gzip:>10}  all {} files", names.len());
    let (raw, gzip) = total(&home);
    println!(
        "{raw:>10} {gzip:>10}  first load of the home page (index.html and every file it fetches)"
    );
    if let Some(kb) = kb {
        let (raw, gzip) = total(&kb);
        println!(
            "{raw:>10} {gzip:>10}  first load of a knowledge-base page ({} and every file it fetches)",
            kb[0]
        );
    }
    budgets(&contents, &names, &sizes);
    Ok(())
}

/// Issue #15's budgets, in gzip kilobytes (1,000 bytes): each route's first
/// visit, and the two wasm files (whose gzip is all code: the content is a
/// data file of its own).
const ROUTE_KB: usize = 200;
const KB_PAGE_KB: usize = 120;
const APP_WASM_KB: usize = 150;
const READER_WASM_KB: usize = 90;

fn budgets(
    contents: &HashMap<&str, Vec<u8>>,
    names: &[String],
    sizes: &HashMap<&str, (usize, usize)>,
) {
    let verdict = |gzip: usize, budget_kb: usize| {
        let kb = gzip.div_ceil(1000);
        if gzip <= budget_kb * 1000 {
            format!("{kb:>4} KB  within {budget_kb} KB")
        } else {
            format!("{kb:>4} KB  OVER {budget_kb} KB by {} KB", kb - budget_kb)
        }
    };
    println!("\nbudgets (bytes sent):");
    for name in names
        .iter()
        .filter(|n| n.ends_with(".html") && *n != "404.html")
    {
        let gzip: usize = first_load(contents, name, names)
            .iter()
            .map(|n| sizes[n.as_str()].1)
            .sum();
        let budget = if name.starts_with("kb/") {
            KB_PAGE_KB
        } else {
            ROUTE_KB
        };
        println!("  {}  first visit of {name}", verdict(gzip, budget));
    }
    for (prefix, budget, what) in [
        ("rootcamp-", APP_WASM_KB, "the app's wasm"),
        ("reader-", READER_WASM_KB, "the reader's wasm"),
    ] {
        if let Some(name) = names
            .iter()
            .find(|n| n.starts_with(prefix) && n.ends_with(".wasm"))
        {
            println!(
                "  {}  {what} ({name})",
                verdict(sizes[name.as_str()].1, budget)
            );
        }
    }
}

/// `page` and every file of the site it fetches on a first visit: files named
/// in the HTML, and, transitively, files named in the scripts and styles it
/// loads (so the wasm that a loader script fetches counts). The service
/// worker's precache of the rest of the site, for offline use, is not counted.
fn first_load(contents: &HashMap<&str, Vec<u8>>, page: &str, names: &[String]) -> Vec<String> {
    let mut found = vec![page.to_string()];
    let mut i = 0;
    while i < found.len() {
        let fetches_more = [".html", ".js", ".css"]
            .iter()
            .any(|ext| found[i].ends_with(ext));
        if !fetches_more {
            i += 1;
            continue;
        }
        let text = String::from_utf8_lossy(
            contents
                .get(found[i].as_str())
                .map_or(&[][..], Vec::as_slice),
        );
        // A `<meta>` names a file without fetching it (the reader's note of
        // the app's loader), except the files the app's loader preloads.
        let preload = format!("name=\"{}\"", crate::dist::PRELOAD_META);
        let text: String = text
            .split("<meta ")
            .enumerate()
            .map(|(n, part)| match part.split_once('>') {
                Some((tag, _)) if n > 0 && tag.contains(&preload) => part,
                Some((_, rest)) if n > 0 => rest,
                None if n > 0 => "",
                _ => part,
            })
            .collect();
        for name in names {
            if name.ends_with(".html") || name == "sw.js" || found.contains(name) {
                continue;
            }
            if references(&text, name) {
                found.push(name.clone());
            }
        }
        i += 1;
    }
    found
}

/// Whether `text` names the site file `name` as a whole address (after `/`, a quote or `(`).
fn references(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        matches!(before, Some('/' | '"' | '\'' | '(' | '`'))
            && matches!(after, Some('"' | '\'' | ')' | '`' | '?' | '#'))
    })
}

/// Extensions whose files GitHub Pages sends gzipped (their types are
/// compressible in the MIME database it follows); it sends others as they are.
const COMPRESSED: [&str; 8] = [
    ".html",
    ".js",
    ".css",
    ".json",
    ".webmanifest",
    ".svg",
    ".wasm",
    ".txt",
];

/// The bytes GitHub Pages sends for the file `name`.
pub(crate) fn sent_len(name: &str, bytes: &[u8]) -> usize {
    if COMPRESSED.iter().any(|ext| name.ends_with(ext)) {
        gzip_len(bytes)
    } else {
        bytes.len()
    }
}

/// Gzip at the default level, as a static host compresses.
pub(crate) fn gzip_len(bytes: &[u8]) -> usize {
    gzip(bytes, Compression::default()).len()
}

/// `bytes` gzipped at `level`.
pub(crate) fn gzip(bytes: &[u8], level: Compression) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), level);
    enc.write_all(bytes).expect("writing to memory");
    enc.finish().expect("writing to memory")
}

/// Every file of a built site, by its address below the site's root, sorted.
pub(crate) fn site_files(dir: &Path) -> Result<Vec<String>> {
    let mut files = Vec::new();
    collect(dir, &mut files).with_context(|| format!("cannot list {}", dir.display()))?;
    let mut names: Vec<String> = files
        .iter()
        .filter_map(|p| p.strip_prefix(dir).ok())
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .collect();
    names.sort();
    Ok(names)
}

/// Every file below `dir`.
fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}
