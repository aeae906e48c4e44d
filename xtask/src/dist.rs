//! The deployable site: a release build for a base path, plus one HTML file per
//! route so that deep links answer 200 on a static host such as GitHub Pages.

use crate::pwa;
use crate::root;
use crate::run::{command, status};
use rootcamp_core::compile::{compile, read_content};
use rootcamp_core::diagnostic::report;
use std::path::Path;

/// Routes of the app that are not knowledge-base pages (see `Route` in src/app.rs).
const STATIC_ROUTES: [&str; 5] = ["search", "quiz", "quiz/practice", "quiz/exam", "progress"];

pub fn build(public_url: &str, out: &Path) -> Result<(), String> {
    if !public_url.starts_with('/') || !public_url.ends_with('/') {
        return Err(format!("--public-url must start and end with '/', like /rootcamp/ (got {public_url})"));
    }
    status(command("trunk").args(["build", "--release", "--offline", "--public-url", public_url, "--dist"]).arg(out))?;
    let index = std::fs::read_to_string(out.join("index.html")).map_err(|e| format!("no index.html in {}: {e}", out.display()))?;
    pwa::icons(out)?;
    pwa::manifest(out, public_url)?;
    let index = pwa::head_tags(&index, &pwa::register_script(out, public_url)?, public_url)?;
    write(&out.join("index.html"), &index)?;
    let files = read_content(&root(), "content").map_err(|e| format!("cannot read content: {e}"))?;
    let bundle = compile(&files).map_err(|d| report(&d))?;
    // `x.html` answers `/x` on GitHub Pages, so every fixed route and every
    // page has one; 404.html lets the app show its not-found page elsewhere.
    let pages = bundle.pages.iter().map(|p| format!("kb/{}", p.slug));
    for route in STATIC_ROUTES.iter().map(|r| r.to_string()).chain(pages) {
        let file = out.join(format!("{route}.html"));
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        write(&file, &index)?;
    }
    write(&out.join("404.html"), &index)?;
    pwa::service_worker(out, public_url)?;
    eprintln!("xtask: site for {public_url} written to {} ({} pages)", out.display(), bundle.pages.len());
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
