//! Benchmarks that print their figures (never timed tests that could flake):
//! search speed and size, typing, Lighthouse, and the site's gzip sizes.

use crate::root;
use crate::run::{command, status};
use crate::setup::{self, CHROMEDRIVER, CHROMIUM};

pub fn all() -> Result<(), String> {
    setup::build_tools()?;
    setup::browser()?;
    // Search natively: shipped content and a generated ~5 MB corpus.
    status(command("cargo").args(["bench", "--package", "rootcamp-core", "--bench", "search"]))?;
    // The same in the browser, as optimised wasm.
    status(
        command("cargo")
            .args([
                "test",
                "--release",
                "--package",
                "rootcamp",
                "--target",
                "wasm32-unknown-unknown",
            ])
            .args([
                "--features",
                "bench",
                "--test",
                "search_bench",
                "--",
                "--nocapture",
            ])
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                "wasm-bindgen-test-runner",
            )
            .env("CHROMEDRIVER", CHROMEDRIVER)
            .env("WASM_BINDGEN_TEST_TIMEOUT", "300"),
    )?;
    // The release site: main-thread work while typing, and transfer sizes.
    let site = root().join("target/bench-site");
    crate::dist::build("/rootcamp/", &site)?;
    status(
        command("node")
            .arg("e2e/bench/typing.mjs")
            .env("ROOTCAMP_SITE", &site)
            .env("CHROMIUM", CHROMIUM),
    )?;
    status(
        command("node")
            .arg("e2e/bench/lighthouse.mjs")
            .env("ROOTCAMP_SITE", &site)
            .env("CHROMIUM", CHROMIUM),
    )?;
    crate::size::report(&site)
}
