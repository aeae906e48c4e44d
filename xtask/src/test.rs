//! Every test layer, in order of speed: host, components in Chromium, journeys in Chromium.

use crate::root;
use crate::run::{command, node_on_site, status, wasm_test};
use crate::setup;

/// The base path the journeys and benchmarks are served under, as on GitHub Pages.
pub const E2E_BASE: &str = "/rootcamp/";

pub fn all() -> Result<(), String> {
    setup::build_tools()?;
    setup::browser()?;

    // Host: the domain crate, build-time content validation, xtask.
    status(command("cargo").args(["test", "--workspace"]))?;

    // Components: wasm-bindgen-test in headless Chromium.
    wasm_test(&["--tests"], 60)?;

    // Journeys: Playwright against the release build served on loopback under the base path.
    let site = root().join("target/e2e-site");
    crate::dist::build(E2E_BASE, &site)?;
    node_on_site(&["--test", "--test-concurrency=1", "e2e/"], &site, E2E_BASE)
}
