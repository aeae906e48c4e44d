//! The bar to beat: the same knowledge-base pages built as an mdBook with its
//! default theme, which `cargo xtask bench` measures beside the site. mdBook is
//! not a dependency of the project; without it on PATH the comparison is
//! skipped with a line saying how to get it.

use crate::root;
use crate::run::{command, output_line, status, write};
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

/// Builds the book into `out/book`; returns where it is, or None without mdBook.
pub(crate) fn build(out: &Path) -> Result<Option<PathBuf>> {
    let Some(version) = output_line("mdbook", &["--version"]) else {
        eprintln!(
            "xtask: mdbook not found, so no comparison with it (`cargo install mdbook --locked` adds it)"
        );
        return Ok(None);
    };
    eprintln!("xtask: comparing with {version}");
    let bundle = crate::content(&root(), false)?;
    let src = out.join("src");
    std::fs::create_dir_all(&src).with_context(|| format!("cannot create {}", src.display()))?;
    let mut summary = String::from("# Summary\n\n");
    // In study order, each page's markdown as written, under its title.
    for page in &bundle.pages {
        let path = format!("content/kb/{}.md", page.slug);
        let markdown = std::fs::read_to_string(root().join(&path))
            .with_context(|| format!("cannot read {path}"))?;
        let text = format!("# {}\n\n{}", page.title, body(&markdown));
        write(&src.join(format!("{}.md", page.slug)), &text)?;
        summary.push_str(&format!("- [{}]({}.md)\n", page.title, page.slug));
    }
    write(&src.join("SUMMARY.md"), &summary)?;
    write(
        &out.join("book.toml"),
        "[book]\ntitle = \"Rootcamp as an mdBook\"\nlanguage = \"en\"\n",
    )?;
    let book = out.join("book");
    status(
        command("mdbook")
            .arg("build")
            .arg(out)
            .arg("--dest-dir")
            .arg(&book),
    )?;
    Ok(Some(book))
}

/// The page's markdown after its front matter, which `compile` has checked
/// opens and closes with a `+++` line.
fn body(text: &str) -> &str {
    let mut offset = 0;
    let mut fences = 0;
    for line in text.split_inclusive('\n') {
        offset += line.len();
        if line.trim_end() == "+++" {
            fences += 1;
            if fences == 2 {
                return &text[offset..];
            }
        }
    }
    ""
}
