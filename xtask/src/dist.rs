//! The deployable site: a release build for a base path, plus one HTML file per
//! route so that deep links answer 200 on a static host such as GitHub Pages.

use crate::root;
use crate::run::{command, status, write};
use crate::{prerender, pwa};
use anyhow::{Context, Result, bail};
use rootcamp_core::report::Repo;
use rootcamp_core::url::{BODIES_META, CONTENT_META, SEARCH_META};
use std::path::Path;

/// The site, with "Report a problem" links to the repository the build
/// finds ([`Repo::from_build_environment`]).
pub(crate) fn build(public_url: &str, out: &Path) -> Result<()> {
    build_reporting_to(public_url, out, Repo::from_build_environment().as_ref())
}

/// The site, with "Report a problem" links to `repo` (none without one). The
/// app's build is given the same repository, so its links and the
/// pre-rendered pages' agree.
pub(crate) fn build_reporting_to(public_url: &str, out: &Path, repo: Option<&Repo>) -> Result<()> {
    if !public_url.starts_with('/') || !public_url.ends_with('/') {
        bail!("--public-url must start and end with '/', like /rootcamp/ (got {public_url})");
    }
    let repo_setting = repo.map_or_else(String::new, Repo::to_string);
    trunk_build(public_url, out, "index.html", &repo_setting)?;
    let index = std::fs::read_to_string(out.join("index.html"))
        .with_context(|| format!("no index.html in {}", out.display()))?;
    pwa::icons(out)?;
    pwa::manifest(out, public_url)?;
    let (app, index) = pwa::loader(&index, out, public_url, "app-loader")?;
    let reader = reader(public_url, out, &repo_setting)?;
    let stale = pwa::stale_copy_script()?;
    let register = pwa::register_script(out, public_url)?;
    let index = pwa::head_tags(&index, &register, public_url, &stale)?;
    let bundle = crate::content(&root(), false)?;
    let share = rootcamp_core::quiz::compile::LengthShare::of(&bundle.questions);
    println!("content: {} questions; {share}", bundle.questions.len());
    // The content is data, not code: hashed files the app fetches (and the
    // service worker precaches), so a content edit leaves the wasm unchanged.
    // The search index, the largest part, is a file of its own that only
    // searching fetches. GitHub Pages sends binary files as they are, so the
    // build gzips them and the app unpacks them (`src/content.rs`).
    // The pages' bodies are a file of their own too: only reading a page in
    // the app needs them.
    let (whole, search) = bundle.split_search();
    let version = whole.version.clone();
    // The pre-render reads the content as it is, bodies included.
    let unpacked = root().join("target/prerender-content.bin");
    std::fs::create_dir_all(root().join("target")).context("cannot create target/")?;
    write(&unpacked, whole.encode())?;
    let (bundle, bodies) = whole.split_bodies();
    let content_file = format!("content-{version}.bin.gz");
    let search_file = format!("search-{version}.bin.gz");
    let bodies_file = format!("bodies-{version}.bin.gz");
    for (file, bytes) in [
        (&content_file, bundle.encode()),
        (&search_file, search.encode()),
        (&bodies_file, bodies.encode()),
    ] {
        let packed = crate::size::gzip(&bytes, flate2::Compression::best());
        std::fs::write(out.join(file), packed).with_context(|| format!("cannot write {file}"))?;
    }
    let index = content_tags(
        &index,
        &[
            (CONTENT_META, &content_file),
            (SEARCH_META, &search_file),
            (BODIES_META, &bodies_file),
        ],
        None,
    )?;
    // Pre-rendered pages name the files (the app needs them if it takes over);
    // on pages that run the app, its loader also fetches the content beside
    // the wasm, once the page has painted. The search page's view is its
    // results, which wait for the index alone: it fetches that with the page.
    let without_preload = index.clone();
    let index = content_tags(&index, &[], Some(&content_file))?;
    let preload_index =
        format!(r#"  <link rel="preload" href="{search_file}" as="fetch" crossorigin>"#);
    let search_index =
        without_preload.replacen("</head>", &format!("{preload_index}\n  </head>"), 1);
    // Every route rendered by the app's own components. `x.html` answers `/x`
    // on GitHub Pages, so every fixed route and every page has one.
    // Knowledge-base pages load the reader (src/reader.rs) instead of the
    // whole app; the pages that run the app also start fetching the content.
    let reader_index =
        without_preload.replacen(&app.tag, &format!("{}\n    {}", app.meta(), reader.tag), 1);
    // The routes the app runs hide their copy from a visitor it is not for.
    let with_stale =
        |template: &str| template.replacen(&app.tag, &format!("{}\n{}", stale.tag, app.tag), 1);
    let (index, search_index) = (with_stale(&index), with_stale(&search_index));
    let pages = prerender::render(&unpacked, public_url, &repo_setting)?;
    for page in &pages {
        let template = match (page.runs_app, page.path.as_str()) {
            (false, _) => &reader_index,
            (true, "search") => &search_index,
            (true, _) => &index,
        };
        let html = prerender::page_html(
            template,
            &page.body,
            &page.title,
            page.description.as_deref(),
        )?;
        let name = if page.path.is_empty() {
            "index"
        } else {
            &page.path
        };
        let file = out.join(format!("{name}.html"));
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
        }
        write(&file, &html)?;
    }
    // 404.html lets the app show its not-found page, or an exam's results.
    write(&out.join("404.html"), &index)?;
    pwa::service_worker(out, public_url)?;
    eprintln!(
        "xtask: site for {public_url} written to {} ({} pages rendered)",
        out.display(),
        pages.len()
    );
    Ok(())
}

/// The meta tags naming what the app's loader preloads.
pub(crate) const PRELOAD_META: &str = "rootcamp-preload";

/// Adds, before `</head>`, a `<meta>` naming each data file (the app reads
/// them) and, with `preload`, a `<meta name="rootcamp-preload">` naming a
/// file the app's loader starts fetching beside the wasm, once the page has
/// painted (web/app-loader.js): a preload in the HTML would compete with
/// the page's own first paint.
fn content_tags(index: &str, named: &[(&str, &str)], preload: Option<&str>) -> Result<String> {
    let mut tags: Vec<String> = named
        .iter()
        .map(|(meta, file)| format!(r#"<meta name="{meta}" content="{file}">"#))
        .collect();
    tags.extend(preload.map(|file| format!(r#"<meta name="{PRELOAD_META}" content="{file}">"#)));
    anyhow::ensure!(index.contains("</head>"), "index.html has no </head>");
    let tags: String = tags.iter().map(|t| format!("  {t}\n  ")).collect();
    Ok(index.replacen("</head>", &format!("{tags}</head>"), 1))
}

/// A release build of `target` (an HTML file that names a binary) into `dist`.
fn trunk_build(public_url: &str, dist: &Path, target: &str, repo: &str) -> Result<()> {
    status(
        command("trunk")
            .env("ROOTCAMP_REPO", repo)
            .args([
                "build",
                "--release",
                "--offline",
                // The content is fetched as a data file, not embedded.
                "--no-default-features",
                "--public-url",
                public_url,
            ])
            .arg("--dist")
            .arg(dist)
            .arg(target),
    )
}

/// Builds the reader (reader.html, src/bin/reader.rs) with Trunk, copies its
/// files into `out` and returns its loader.
fn reader(public_url: &str, out: &Path, repo: &str) -> Result<pwa::Loader> {
    let dir = root().join("target/reader-dist");
    trunk_build(public_url, &dir, "reader.html", repo)?;
    let html = std::fs::read_to_string(dir.join("index.html"))
        .with_context(|| format!("Trunk wrote no reader in {}", dir.display()))?;
    for name in crate::size::site_files(&dir)? {
        if name == "index.html" {
            continue;
        }
        let to = out.join(&name);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        std::fs::copy(dir.join(&name), &to).with_context(|| format!("cannot copy {name}"))?;
    }
    let (loader, _) = pwa::loader(&html, out, public_url, "reader-loader")?;
    Ok(loader)
}
