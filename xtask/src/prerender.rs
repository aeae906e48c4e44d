//! Pre-rendered pages: the build renders every route with the app's own
//! components on the host (`src/bin/prerender.rs`, Yew's server-side
//! rendering), so a deep link answers with the page's text, a reader with
//! JavaScript off can read it, and text shows before the wasm loads. As the
//! markup is the app's own, nothing moves when the app (src/lib.rs) or the
//! reader (src/reader.rs) takes the page over.

use crate::root;
use crate::run::command;
use anyhow::{Context, Result, bail};
use rootcamp_core::html::escape;
use std::path::Path;

/// One route's page, as `src/bin/prerender.rs` prints it.
#[derive(serde::Deserialize)]
pub(crate) struct Rendered {
    /// The route's path under the base (`quiz/practice`; empty for home).
    pub path: String,
    pub title: String,
    pub description: Option<String>,
    pub body: String,
    /// Whether the page runs the whole app (else the reader).
    pub runs_app: bool,
}

/// Renders every route from the content file `content`, for a site under
/// `base`, with "Report a problem" links to `repo` (empty for none).
pub(crate) fn render(content: &Path, base: &str, repo: &str) -> Result<Vec<Rendered>> {
    let target = root().join("target/prerender");
    let out = command("cargo")
        .env("ROOTCAMP_REPO", repo)
        .args(["run", "--quiet", "--features", "ssr", "--bin", "prerender"])
        .arg("--target-dir")
        .arg(&target)
        .arg("--")
        .arg(content)
        .arg(base)
        .stderr(std::process::Stdio::inherit())
        .output()
        .context("cannot start `cargo run --bin prerender`")?;
    if !out.status.success() {
        bail!("pre-rendering the pages failed ({})", out.status);
    }
    serde_json::from_slice(&out.stdout).context("the pre-rendered pages cannot be read")
}

/// index.html with `body` in place of its empty body (and of the app's
/// `<noscript>` line, as the body says what works without JavaScript), its
/// own title, and its own description (or index.html's, given None).
pub(crate) fn page_html(
    index: &str,
    body: &str,
    title: &str,
    description: Option<&str>,
) -> Result<String> {
    let without_noscript = match (index.find("<noscript>"), index.find("</noscript>")) {
        (Some(start), Some(end)) => {
            format!("{}{}", &index[..start], &index[end + "</noscript>".len()..])
        }
        _ => index.to_string(),
    };
    for needed in ["<body>", "<title>Rootcamp</title>"] {
        if !without_noscript.contains(needed) {
            bail!("index.html has no {needed}");
        }
    }
    let with_body = without_noscript.replacen("<body>", &format!("<body>\n    {body}"), 1);
    let with_title = with_body.replacen(
        "<title>Rootcamp</title>",
        &format!("<title>{}</title>", escape(title)),
        1,
    );
    let start = with_title
        .find("<meta name=\"description\" content=\"")
        .context("index.html has no description meta")?;
    let end = with_title[start..]
        .find("/>")
        .context("the description meta is not closed")?
        + start
        + 2;
    let Some(description) = description else {
        return Ok(with_title);
    };
    Ok(format!(
        "{}<meta name=\"description\" content=\"{}\" />{}",
        &with_title[..start],
        escape(description),
        &with_title[end..]
    ))
}
