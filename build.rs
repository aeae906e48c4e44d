//! Compiles `content/` into the bundle the app embeds. Any content mistake
//! stops the build with one `path:line:col: error: ...` line per problem.

use rootcamp_core::compile::{CompileError, compile_dir};
use rootcamp_core::diagnostic::Diagnostic;
use rootcamp_core::report::Repo;
use std::path::PathBuf;

fn main() {
    // A folder is watched whole, so this covers pages, questions and diagrams (content/diagrams/*.svg).
    println!("cargo::rerun-if-changed=content");
    report_repo();
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let compiled = compile_dir(&root);
    warn(match &compiled {
        Ok(c) => &c.warnings,
        Err(e) => e.warnings(),
    });
    let bundle = match compiled {
        Ok(c) => c.bundle,
        Err(e @ CompileError::Read(_)) => fail(&format!("content: error: {e}\n")),
        Err(e) => fail(&e.to_string()),
    };
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundle.bin");
    let encoded = bundle.encode();
    if let Err(e) = std::fs::write(&out, encoded) {
        fail(&format!(
            "{}: error: cannot write the bundle: {e}\n",
            out.display()
        ));
    }
}

/// Where "Report a problem" links go ([`Repo::for_build`]); without a
/// repository the app shows no such link.
fn report_repo() {
    println!("cargo::rerun-if-env-changed=ROOTCAMP_REPO");
    println!("cargo::rerun-if-env-changed=GITHUB_REPOSITORY");
    if std::path::Path::new(".git/config").exists() {
        println!("cargo::rerun-if-changed=.git/config");
    }
    if let Some(repo) = Repo::from_build_environment() {
        println!("cargo::rustc-env=ROOTCAMP_REPORT_REPO={repo}");
    }
}

/// Warnings do not stop the build; cargo shows them.
fn warn(warnings: &[Diagnostic]) {
    for warning in warnings {
        println!("cargo::warning={warning}");
    }
}

/// Prints the problems (cargo shows a failed build script's stderr) and stops the build.
fn fail(lines: &str) -> ! {
    eprint!("{lines}");
    std::process::exit(1);
}
