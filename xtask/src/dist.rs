//! The deployable site: a release build for a base path, plus one HTML file per
//! route so that deep links answer 200 on a static host such as GitHub Pages.

use crate::root;
use crate::run::{command, status};
use rootcamp_core::compile::{compile, read_content};
use rootcamp_core::diagnostic::report;
use std::path::Path;

pub fn build(public_url: &str, out: &Path) -> Result<(), String> {
    if !public_url.starts_with('/') || !public_url.ends_with('/') {
        return Err(format!("--public-url must start and end with '/', like /rootcamp/ (got {public_url})"));
    }
    status(command("trunk").args(["build", "--release", "--offline", "--public-url", public_url, "--dist"]).arg(out))?;
    let index = std::fs::read_to_string(out.join("index.html")).map_err(|e| format!("no index.html in {}: {e}", out.display()))?;
    let files = read_content(&root(), "content").map_err(|e| format!("cannot read content: {e}"))?;
    let bundle = compile(&files).map_err(|d| report(&d))?;
    std::fs::create_dir_all(out.join("kb")).map_err(|e| e.to_string())?;
    // `kb/<slug>.html` answers `/kb/<slug>` on GitHub Pages; 404.html lets the app show its not-found page.
    for page in &bundle.pages {
        write(&out.join("kb").join(format!("{}.html", page.slug)), &index)?;
    }
    write(&out.join("404.html"), &index)?;
    eprintln!("xtask: site for {public_url} written to {} ({} pages)", out.display(), bundle.pages.len());
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
