//! Running other programs with the project's tools on PATH, and writing files.

use crate::root;
use anyhow::{Context, Result, bail};
use std::path::PathBuf;
use std::process::Command;

/// A command run from the repository root, with `node_modules/.bin` (wasm-opt) and
/// cargo's bin folder (trunk, wasm-bindgen) on PATH.
pub(crate) fn command(program: &str) -> Command {
    let mut cmd = Command::new(program);
    cmd.current_dir(root()).env("PATH", path_with_tools());
    cmd
}

pub(crate) fn path_with_tools() -> String {
    let cargo_bin = match std::env::var_os("CARGO_HOME") {
        Some(home) => PathBuf::from(home).join("bin"),
        None => PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo/bin"),
    };
    let rest = std::env::var("PATH").unwrap_or_default();
    format!(
        "{}:{}:{rest}",
        root().join("node_modules/.bin").display(),
        cargo_bin.display()
    )
}

/// Runs a command to the end, failing with its name if it fails.
pub(crate) fn status(cmd: &mut Command) -> Result<()> {
    let shown = std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|a| a.to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ");
    eprintln!("xtask: running {shown}");
    let s = cmd
        .status()
        .with_context(|| format!("cannot start `{shown}`"))?;
    if !s.success() {
        bail!("`{shown}` failed ({s})");
    }
    Ok(())
}

/// The first line a command prints, or None if it cannot run.
pub(crate) fn output_line(program: &str, args: &[&str]) -> Option<String> {
    let out = command(program).args(args).output().ok()?;
    out.status.success().then(|| {
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .unwrap_or("")
            .trim()
            .to_string()
    })
}

/// `cargo test` of the app for wasm, run by wasm-bindgen-test in headless
/// Chromium (its options are in webdriver.json).
pub(crate) fn wasm_test(args: &[&str], timeout_secs: u32) -> Result<()> {
    status(
        command("cargo")
            .args([
                "test",
                "--package",
                "rootcamp",
                "--target",
                "wasm32-unknown-unknown",
            ])
            .args(args)
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                "wasm-bindgen-test-runner",
            )
            .env("CHROMEDRIVER", crate::setup::CHROMEDRIVER)
            .env("WASM_BINDGEN_TEST_TIMEOUT", timeout_secs.to_string()),
    )
}

/// A node script against a site built for base path `base` into `site`.
pub(crate) fn node_on_site(args: &[&str], site: &std::path::Path, base: &str) -> Result<()> {
    status(
        command("node")
            .args(args)
            .env("ROOTCAMP_SITE", site)
            .env("ROOTCAMP_BASE", base)
            .env("CHROMIUM", crate::setup::CHROMIUM),
    )
}

pub(crate) fn serve() -> Result<()> {
    status(command("trunk").args(["serve", "--offline"]))
}

/// Writes a file of the site or of a generated project, naming it on failure.
pub(crate) fn write(path: &std::path::Path, contents: impl AsRef<[u8]>) -> Result<()> {
    std::fs::write(path, contents).with_context(|| format!("cannot write {}", path.display()))
}
