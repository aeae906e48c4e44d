//! Installs what is missing, and skips what is there at the right version.
//!
//! Pinned versions live here (Trunk), in package.json and package-lock.json
//! (wasm-opt from binaryen, playwright-core, axe-core) and in Cargo.lock
//! (wasm-bindgen, whose CLI must match it exactly). Trunk.toml repeats two of
//! them because Trunk reads them there; `check_trunk_toml` keeps it honest.

use crate::root;
use crate::run::{command, output_line, status};
use anyhow::{Context, Result, bail};
use std::path::Path;

pub(crate) const TRUNK_VERSION: &str = "0.21.14";
const TARGET: &str = "wasm32-unknown-unknown";
pub(crate) const CHROMIUM: &str = "/usr/bin/chromium";
pub(crate) const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// What building and serving the app needs.
pub(crate) fn build_tools() -> Result<()> {
    wasm_target()?;
    components()?;
    let wasm_bindgen = wasm_bindgen_version()?;
    cargo_tool(
        "trunk",
        TRUNK_VERSION,
        &["install", "--locked", &format!("trunk@{TRUNK_VERSION}")],
    )?;
    // Without --locked: one of the CLI's locked dependencies is missing from the registry mirror.
    cargo_tool(
        "wasm-bindgen",
        &wasm_bindgen,
        &["install", &format!("wasm-bindgen-cli@{wasm_bindgen}")],
    )?;
    npm_packages()?;
    check_trunk_toml(&wasm_bindgen)
}

/// rustfmt and clippy, which the test command runs (rustup's default profile has them).
fn components() -> Result<()> {
    let installed = command("rustup")
        .args(["component", "list", "--installed"])
        .output()
        .context("cannot run rustup")?;
    let installed = String::from_utf8_lossy(&installed.stdout);
    for component in ["rustfmt", "clippy"] {
        if !installed.lines().any(|l| l.starts_with(component)) {
            status(command("rustup").args(["component", "add", component]))?;
        }
    }
    Ok(())
}

fn wasm_target() -> Result<()> {
    let installed = command("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .context("cannot run rustup")?;
    if String::from_utf8_lossy(&installed.stdout)
        .lines()
        .any(|l| l.trim() == TARGET)
    {
        return Ok(());
    }
    status(command("rustup").args(["target", "add", TARGET]))
}

/// Installs `program` with cargo unless `program --version` already names `version`.
fn cargo_tool(program: &str, version: &str, install: &[&str]) -> Result<()> {
    let found = output_line(program, &["--version"]).unwrap_or_default();
    if found.split_whitespace().nth(1) == Some(version) {
        return Ok(());
    }
    eprintln!(
        "xtask: {program} {version} is missing (found: {}); installing it",
        if found.is_empty() { "none" } else { &found }
    );
    status(command("cargo").args(install))
}

/// The wasm-bindgen version that Cargo.lock pins.
pub(crate) fn wasm_bindgen_version() -> Result<String> {
    let lock =
        std::fs::read_to_string(root().join("Cargo.lock")).context("cannot read Cargo.lock")?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\""
            && let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(v.trim_end_matches('"').to_string());
        }
    }
    bail!("Cargo.lock has no wasm-bindgen package; run `cargo generate-lockfile`")
}

/// `npm ci` when node_modules does not match package-lock.json.
fn npm_packages() -> Result<()> {
    let lock =
        std::fs::read(root().join("package-lock.json")).context("cannot read package-lock.json")?;
    let stamp = root().join("node_modules/.rootcamp-lock");
    if std::fs::read(&stamp).ok().as_deref() == Some(lock.as_slice()) {
        return Ok(());
    }
    status(command("npm").args(["ci", "--no-audit", "--no-fund"]))?;
    std::fs::write(&stamp, lock).with_context(|| format!("cannot write {}", stamp.display()))
}

/// Trunk reads tool versions from Trunk.toml; they must be the pinned ones.
fn check_trunk_toml(wasm_bindgen: &str) -> Result<()> {
    let trunk_toml =
        std::fs::read_to_string(root().join("Trunk.toml")).context("cannot read Trunk.toml")?;
    let wanted = format!("wasm_bindgen = \"{wasm_bindgen}\"");
    if !trunk_toml.lines().any(|l| l.trim() == wanted) {
        bail!("Trunk.toml must say {wanted} under [tools], as Cargo.lock pins it");
    }
    let wasm_opt = output_line("wasm-opt", &["--version"])
        .context("wasm-opt from npm binaryen is not installed")?;
    // It prints "wasm-opt version 132 (version_132)".
    let number = wasm_opt
        .split_whitespace()
        .skip_while(|w| *w != "version")
        .nth(1)
        .unwrap_or("");
    let wanted = format!("wasm_opt = \"version_{number}\"");
    if !trunk_toml.lines().any(|l| l.trim() == wanted) {
        bail!("Trunk.toml must say {wanted} under [tools], as package-lock.json pins binaryen");
    }
    Ok(())
}

/// Debian's Chromium and ChromeDriver, for the browser tests.
pub(crate) fn browser() -> Result<()> {
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        return Ok(());
    }
    let as_root = output_line("id", &["-u"]).as_deref() == Some("0");
    if !as_root {
        bail!(
            "the browser tests need Debian's chromium and chromium-driver ({CHROMIUM}, {CHROMEDRIVER}); install them with:\n  sudo apt-get update && sudo apt-get install -y chromium chromium-driver"
        );
    }
    status(command("apt-get").arg("update"))?;
    status(
        command("apt-get")
            .args([
                "install",
                "-y",
                "--no-install-recommends",
                "chromium",
                "chromium-driver",
            ])
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}
