//! Every test layer, in order of speed: host, components in Chromium, journeys in Chromium.

use crate::root;
use crate::run::{command, status};
use crate::setup::{self, CHROMEDRIVER, CHROMIUM};

/// The base path the journeys are served under, as on GitHub Pages.
const E2E_BASE: &str = "/rootcamp/";

pub fn all() -> Result<(), String> {
    setup::build_tools()?;
    setup::browser()?;

    // Host: the domain crate, build-time content validation, xtask.
    status(command("cargo").args(["test", "--workspace"]))?;

    // Components: wasm-bindgen-test in headless Chromium (options in webdriver.json).
    status(
        command("cargo")
            .args([
                "test",
                "--package",
                "rootcamp",
                "--target",
                "wasm32-unknown-unknown",
                "--tests",
            ])
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                "wasm-bindgen-test-runner",
            )
            .env("CHROMEDRIVER", CHROMEDRIVER)
            .env("WASM_BINDGEN_TEST_TIMEOUT", "60"),
    )?;

    // Journeys: Playwright against the release build served on loopback.
    let site = root().join("target/e2e-site");
    crate::dist::build(E2E_BASE, &site)?;
    status(
        command("node")
            .args(["--test", "--test-concurrency=1", "e2e/"])
            .env("ROOTCAMP_SITE", &site)
            .env("ROOTCAMP_BASE", E2E_BASE)
            .env("CHROMIUM", CHROMIUM),
    )
}
