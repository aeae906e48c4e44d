//! `cargo xtask <command>`: everything a developer or CI runs, in one place.
//!
//! Each command first installs what it needs and is missing (see `setup`), so
//! a fresh clone on a new machine needs only Rust, Node and apt.

mod bench;
mod dist;
mod mdbook;
mod prerender;
mod pwa;
mod run;
mod setup;
mod size;
mod test;

use anyhow::{Context, Result, anyhow, bail};
use rootcamp_core::Bundle;
use rootcamp_core::compile::{CompileError, compile_dir};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <command>

commands:
  serve                         install what is missing, then serve the app with live reload
  test                          install what is missing, then run every test layer
  setup [--browser]             only install what is missing (--browser: Chromium too)
  dist [--public-url P] [--out DIR]
                                write the deployable site for base path P (default /rootcamp/) into DIR (default dist)
  bench                         print search speed and size (native and wasm), typing long tasks, Lighthouse
                                (beside an mdBook of the same pages if mdbook is installed), site sizes
  size [DIR]                    print what GitHub Pages sends for every file of a built site, each route's first visit and the budgets
  search QUERY...                print the top results for each query over this repository's content
  check-content [ROOT] [--sections]
                                compile ROOT/content (default: this repository's) and list its pages
                                (and their sections) or its mistakes";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => setup::build_tools().and_then(|_| run::serve()),
        Some("test") => test::all(),
        Some("setup") => {
            let browser = args.iter().any(|a| a == "--browser");
            setup::build_tools().and_then(|_| if browser { setup::browser() } else { Ok(()) })
        }
        Some("dist") => {
            let public_url = flag(&args, "--public-url").unwrap_or_else(|| "/rootcamp/".into());
            let out = flag(&args, "--out").map_or_else(|| root().join("dist"), PathBuf::from);
            setup::build_tools().and_then(|_| dist::build(&public_url, &out))
        }
        Some("bench") => bench::all(),
        Some("size") => {
            let dir = args
                .get(1)
                .map_or_else(|| root().join("dist"), PathBuf::from);
            size::report(&dir)
        }
        Some("search") => search(&args[1..]),
        Some("check-content") => {
            let dir = args
                .iter()
                .skip(1)
                .find(|a| !a.starts_with("--"))
                .map_or_else(root, PathBuf::from);
            check_content(&dir, args.iter().any(|a| a == "--sections"))
        }
        _ => Err(anyhow!(USAGE)),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // Every cause in order: "what failed: why: why that".
            eprintln!("xtask: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn check_content(dir: &Path, sections: bool) -> Result<()> {
    use rootcamp_core::quiz::Body;
    let bundle = content(dir, true)?;
    for page in &bundle.pages {
        println!(
            "{:>5} words  {:>2} sources  {}  {}",
            page.words,
            page.sources.len(),
            page.slug,
            page.title
        );
        for h in page.headings.iter().filter(|_| sections) {
            println!("        {}#{}  {}", page.slug, h.id, h.text);
        }
    }
    let words: u32 = bundle.pages.iter().map(|p| p.words).sum();
    println!("{} pages, {words} words", bundle.pages.len());
    let kind = |b: &Body| match b {
        Body::Single { .. } => 0,
        Body::Multiple { .. } => 1,
        Body::Classify { .. } => 2,
        Body::Order { .. } => 3,
    };
    println!(
        "{:<26} {:>6} {:>8} {:>8} {:>5}  right option longest",
        "questions by topic", "single", "multiple", "classify", "order"
    );
    let mut totals = [0; 4];
    for page in &bundle.pages {
        let mut counts = [0; 4];
        for q in bundle.questions.iter().filter(|q| q.topic == page.slug) {
            counts[kind(&q.body)] += 1;
            totals[kind(&q.body)] += 1;
        }
        let topic: Vec<_> = bundle
            .questions
            .iter()
            .filter(|q| q.topic == page.slug)
            .cloned()
            .collect();
        let share = rootcamp_core::quiz::compile::LengthShare::of(&topic);
        println!(
            "{:<26} {:>6} {:>8} {:>8} {:>5}  {} of {} single",
            page.slug,
            counts[0],
            counts[1],
            counts[2],
            counts[3],
            share.single_longest,
            share.single
        );
    }
    println!(
        "{:<26} {:>6} {:>8} {:>8} {:>5}  ({} questions)",
        "all",
        totals[0],
        totals[1],
        totals[2],
        totals[3],
        bundle.questions.len()
    );
    let share = rootcamp_core::quiz::compile::LengthShare::of(&bundle.questions);
    println!("Length give-away: {share}");
    Ok(())
}

fn search(queries: &[String]) -> Result<()> {
    use rootcamp_core::search::Target;
    let bundle = content(&root(), false)?;
    for q in queries {
        println!("{q:?}");
        for hit in bundle.search.query(q, 5) {
            let target = match &hit.doc.target {
                Target::Section { page, anchor } => {
                    format!("{page}#{}", anchor.as_deref().unwrap_or(""))
                }
                Target::Question { id } => format!("question {id}"),
            };
            println!("  {:6.2}  {target}  ({})", hit.score, hit.doc.heading);
        }
        if let Some(s) = bundle.search.suggest(q) {
            println!("  did you mean: {s}");
        }
    }
    Ok(())
}

/// `dir/content` compiled. Its warnings are printed first when `show_warnings`,
/// whether it compiles or not.
pub fn content(dir: &Path, show_warnings: bool) -> Result<Bundle> {
    let compiled = compile_dir(dir);
    if show_warnings {
        let warnings = match &compiled {
            Ok(c) => &c.warnings[..],
            Err(e) => e.warnings(),
        };
        for w in warnings {
            println!("{w}");
        }
    }
    match compiled {
        Ok(c) => Ok(c.bundle),
        Err(CompileError::Read(e)) => {
            Err(e).with_context(|| format!("cannot read {}/content", dir.display()))
        }
        Err(e) => bail!("content has mistakes:\n{e}"),
    }
}

fn flag(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

/// The repository's root folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the repository")
        .to_path_buf()
}
