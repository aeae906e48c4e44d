//! Benchmarks that print their figures (never timed tests that could flake):
//! search speed and size, typing, Lighthouse (beside an mdBook of the same
//! pages), and the site's gzip sizes.

use crate::root;
use crate::run::{command, node_on_site, status, wasm_test};
use crate::setup;
use anyhow::Result;

pub(crate) fn all() -> Result<()> {
    setup::build_tools()?;
    setup::browser()?;
    // Search natively: shipped content and a generated ~5 MB corpus.
    status(command("cargo").args(["bench", "--package", "rootcamp-core", "--bench", "search"]))?;
    // The same in the browser, as optimised wasm.
    wasm_test(
        &[
            "--release",
            "--features",
            "bench",
            "--test",
            "search_bench",
            "--",
            "--nocapture",
        ],
        300,
    )?;
    // The release site: main-thread work while typing, Lighthouse, transfer sizes.
    let (site, base) = (root().join("target/bench-site"), crate::test::E2E_BASE);
    crate::dist::build(base, &site)?;
    node_on_site(&["e2e/bench/typing.mjs"], &site, base)?;
    node_on_site(&["e2e/bench/lighthouse.mjs"], &site, base)?;
    // The bar to beat: the same page in an mdBook, when mdBook is installed.
    if let Some(book) = crate::mdbook::build(&root().join("target/bench-mdbook"))? {
        let args = [
            "e2e/bench/lighthouse.mjs",
            "--label",
            "mdBook",
            "root-vs-iam.html",
        ];
        node_on_site(&args, &book, base)?;
    }
    crate::size::report(&site)
}
