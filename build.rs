//! Compiles `content/` into the bundle the app embeds. Any content mistake
//! stops the build with one `path:line:col: error: ...` line per problem.

use rootcamp_core::compile::{compile_with_warnings, read_content};
use rootcamp_core::diagnostic::report;
use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed=content");
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let files = match read_content(&root, "content") {
        Ok(files) => files,
        Err(e) => fail(&format!(
            "content: error: cannot read the content folder: {e}\n"
        )),
    };
    let (result, warnings) = compile_with_warnings(&files);
    for warning in &warnings {
        println!("cargo::warning={warning}");
    }
    let bundle = match result {
        Ok(bundle) => bundle,
        Err(diagnostics) => fail(&report(&diagnostics)),
    };
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundle.bin");
    if let Err(e) = std::fs::write(&out, bundle.encode()) {
        fail(&format!(
            "{}: error: cannot write the bundle: {e}\n",
            out.display()
        ));
    }
}

/// Prints the problems (cargo shows a failed build script's stderr) and stops the build.
fn fail(lines: &str) -> ! {
    eprint!("{lines}");
    std::process::exit(1);
}
