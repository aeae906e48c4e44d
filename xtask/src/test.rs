//! Every test layer, in order of speed: formatting and lints, host, components
//! in Chromium, journeys in Chromium.

use crate::root;
use crate::run::{command, node_on_site, status, wasm_test};
use crate::setup;
use anyhow::Result;

/// The base path the journeys and benchmarks are served under, as on GitHub Pages.
pub(crate) const E2E_BASE: &str = "/rootcamp/";
/// The repository the journeys' build sends "Report a problem" links to, so
/// that they can check the links whatever remote this clone has. The links
/// are read, never followed.
pub(crate) const E2E_REPORT_REPO: &str = "rootcamp-journeys/rootcamp";

pub(crate) fn all() -> Result<()> {
    setup::build_tools()?;
    setup::browser()?;

    // Style and lints first: they take seconds and name the exact line.
    status(command("cargo").args(["fmt", "--all", "--check"]))?;
    // `ssr` adds the host build that pre-renders the pages (src/bin/prerender.rs).
    status(command("cargo").args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--features",
        "rootcamp/ssr",
        "--",
        "-D",
        "warnings",
    ]))?;
    status(command("cargo").args([
        "clippy",
        "--package",
        "rootcamp",
        "--target",
        "wasm32-unknown-unknown",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;

    // Host: the domain crate, build-time content validation, xtask.
    status(command("cargo").args(["test", "--workspace"]))?;

    // Components: wasm-bindgen-test in headless Chromium.
    wasm_test(&["--tests"], 60)?;

    // Journeys: Playwright against the release build served on loopback under the base path.
    let site = root().join("target/e2e-site");
    let repo = rootcamp_core::report::Repo::parse(E2E_REPORT_REPO);
    crate::dist::build_reporting_to(E2E_BASE, &site, repo.as_ref())?;
    node_on_site(&["--test", "--test-concurrency=1", "e2e/"], &site, E2E_BASE)
}
