//! Gzip sizes of a built site. GitHub Pages serves gzip, so budgets are in gzip bytes.

use flate2::{Compression, write::GzEncoder};
use std::io::Write;
use std::path::{Path, PathBuf};

pub fn report(dir: &Path) -> Result<(), String> {
    let index = std::fs::read_to_string(dir.join("index.html")).map_err(|e| {
        format!(
            "no built site in {} ({e}); run `cargo xtask dist` first",
            dir.display()
        )
    })?;
    let mut files = Vec::new();
    collect(dir, &mut files).map_err(|e| e.to_string())?;
    files.sort();
    let first_load = first_load_files(&index);
    // A knowledge-base page: its own HTML instead of index.html, the same app files.
    let kb_page = files
        .iter()
        .filter_map(|p| p.strip_prefix(dir).ok())
        .map(|p| p.display().to_string())
        .find(|n| n.starts_with("kb/") && n.ends_with(".html"));
    println!("{:>10} {:>10}  file", "raw", "gzip");
    let (mut total_raw, mut total_gzip, mut first_raw, mut first_gzip) = (0, 0, 0, 0);
    for path in &files {
        let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
        let gz = gzip_len(&bytes);
        let name = path.strip_prefix(dir).unwrap_or(path).display().to_string();
        let first = name == "index.html" || first_load.iter().any(|f| f == &name);
        println!(
            "{:>10} {:>10}  {name}{}",
            bytes.len(),
            gz,
            if first { "  (first load)" } else { "" }
        );
        total_raw += bytes.len();
        total_gzip += gz;
        if first {
            first_raw += bytes.len();
            first_gzip += gz;
        }
    }
    println!(
        "{total_raw:>10} {total_gzip:>10}  all {} files",
        files.len()
    );
    println!("{first_raw:>10} {first_gzip:>10}  first load (index.html and what it references)");
    if let Some(kb) = kb_page {
        let index_bytes = std::fs::read(dir.join("index.html")).map_err(|e| e.to_string())?;
        let kb_bytes = std::fs::read(dir.join(&kb)).map_err(|e| e.to_string())?;
        let raw = first_raw - index_bytes.len() + kb_bytes.len();
        let gzip = first_gzip - gzip_len(&index_bytes) + gzip_len(&kb_bytes);
        println!(
            "{raw:>10} {gzip:>10}  first load of a knowledge-base page ({kb} and the same app files)"
        );
    }
    Ok(())
}

/// Gzip at the default level, as a static host compresses.
pub fn gzip_len(bytes: &[u8]) -> usize {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(bytes).expect("writing to memory");
    enc.finish().expect("writing to memory").len()
}

/// Files named by `href="..."` and `src="..."` in index.html, relative to the site root.
fn first_load_files(index: &str) -> Vec<String> {
    let base = index
        .split("<base href=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or("/");
    let mut found = Vec::new();
    for attr in ["href=\"", "src=\""] {
        for part in index.split(attr).skip(1) {
            let url = part.split('"').next().unwrap_or("");
            if let Some(rel) = url.strip_prefix(base).or_else(|| url.strip_prefix('/'))
                && !rel.is_empty()
            {
                found.push(rel.to_string());
            }
        }
    }
    found
}

/// Every file below `dir`.
pub fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
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
