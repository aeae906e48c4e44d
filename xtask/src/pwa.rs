//! What makes the built site an installable, offline PWA with a strict CSP:
//! PNG icons rendered from the SVGs, the web app manifest, the service worker
//! with its precache list generated from the build, and the tags every HTML
//! file needs (manifest, theme colour, CSP with the inline script's hash,
//! and the worker's registration with Subresource Integrity).

use crate::root;
use crate::run::write;
use anyhow::{Context, Result, bail};
use base64::Engine;
use sha2::{Digest, Sha256, Sha384};
use std::path::Path;

const THEME: &str = "#0f2a44";
const BACKGROUND: &str = "#ffffff";

/// Icons: (source SVG, output name, size in pixels).
const ICONS: [(&str, &str, u32); 4] = [
    ("web/icon.svg", "icons/icon-192.png", 192),
    ("web/icon.svg", "icons/icon-512.png", 512),
    ("web/icon-maskable.svg", "icons/maskable-512.png", 512),
    ("web/icon-maskable.svg", "icons/apple-touch-icon.png", 180),
];

pub(crate) fn icons(out: &Path) -> Result<()> {
    for (svg, name, size) in ICONS {
        let data = std::fs::read(root().join(svg)).with_context(|| format!("cannot read {svg}"))?;
        let tree = resvg::usvg::Tree::from_data(&data, &resvg::usvg::Options::default())
            .with_context(|| svg.to_string())?;
        let mut pixmap = resvg::tiny_skia::Pixmap::new(size, size).context("icon size is zero")?;
        let scale = size as f32 / tree.size().width();
        resvg::render(
            &tree,
            resvg::tiny_skia::Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
        let path = out.join(name);
        let dir = path.parent().context("icon path has a folder")?;
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        pixmap
            .save_png(&path)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

pub(crate) fn manifest(out: &Path, base: &str) -> Result<()> {
    let text = format!(
        r#"{{
  "name": "Rootcamp: the AWS root user and IAM for SAA-C03",
  "short_name": "Rootcamp",
  "description": "An offline study guide and exam quiz about the AWS account root user and IAM.",
  "start_url": "{base}",
  "scope": "{base}",
  "display": "standalone",
  "theme_color": "{THEME}",
  "background_color": "{BACKGROUND}",
  "icons": [
    {{ "src": "icons/icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any" }},
    {{ "src": "icons/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any" }},
    {{ "src": "icons/maskable-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable" }}
  ]
}}
"#
    );
    write(&out.join("manifest.webmanifest"), text.as_bytes())
}

/// Copies the worker's registration under a hashed name; returns the tag that loads it.
pub(crate) fn register_script(out: &Path, base: &str) -> Result<String> {
    let source = std::fs::read(root().join("web/sw-register.js"))
        .context("cannot read web/sw-register.js")?;
    let (name, integrity) = write_hashed(out, "sw-register", &source)?;
    Ok(format!(
        r#"<script src="{base}{name}" integrity="{integrity}" defer></script>"#
    ))
}

/// The script that hides a pre-rendered copy that is not this visitor's view
/// (web/stale-copy.js), inline, so that it runs before the first paint
/// without a request that would hold the paint back; the CSP allows it by
/// its hash ([`head_tags`]).
pub(crate) struct InlineScript {
    /// The `<script>` element, as put in the HTML.
    pub tag: String,
    /// Its CSP source, `'sha256-...'`.
    pub csp: String,
}

pub(crate) fn stale_copy_script() -> Result<InlineScript> {
    let file = std::fs::read_to_string(root().join("web/stale-copy.js"))
        .context("cannot read web/stale-copy.js")?;
    // Every page carries it: its comment lines stay in the file.
    let source: String = file
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .map(|line| format!("{line}\n"))
        .collect();
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(&source));
    Ok(InlineScript {
        tag: format!("<script>{source}</script>"),
        csp: format!("'sha256-{hash}'"),
    })
}

/// Writes a script as `<stem>-<hash>.js`; returns its name and SRI integrity.
fn write_hashed(out: &Path, stem: &str, source: &[u8]) -> Result<(String, String)> {
    let name = format!("{stem}-{}.js", &hex(&Sha256::digest(source))[..16]);
    write(&out.join(&name), source)?;
    Ok((name, sri(source)))
}

/// A loader script written into the site.
pub(crate) struct Loader {
    /// The tags that load it (and preload the wasm-bindgen glue), as put in the HTML.
    pub tag: String,
    pub src: String,
    pub integrity: String,
}

impl Loader {
    /// Names this loader for the reader, which adds it to the page when the
    /// student starts to search (src/reader.rs).
    pub(crate) fn meta(&self) -> String {
        format!(
            r#"<meta name="rootcamp-app" content="{}" data-integrity="{}" />"#,
            self.src, self.integrity
        )
    }
}

/// Replaces Trunk's inline loader and wasm preload in `index` (HTML written by
/// Trunk) with web/app-loader.js, written to `out` as `<name>-<hash>.js` (SRI,
/// and the wasm fetched with its integrity). Returns the script tag that loads
/// it and the HTML with that tag in place of Trunk's loader.
pub(crate) fn loader(index: &str, out: &Path, base: &str, name: &str) -> Result<(Loader, String)> {
    let between = |s: &str, start: &str, end: &str| -> Option<(usize, usize)> {
        let a = s.find(start)?;
        let b = s[a..].find(end)? + a + end.len();
        Some((a, b))
    };
    let (a, b) = between(index, "<script type=\"module\">", "</script>")
        .context("index.html has no Trunk loader script")?;
    let trunk_loader = &index[a..b];
    let js = trunk_loader
        .split("from '")
        .nth(1)
        .and_then(|s| s.split('\'').next())
        .context("no app module in the loader")?;
    let (pa, pb) =
        between(index, "<link rel=\"preload\"", ">").context("index.html has no wasm preload")?;
    let preload = &index[pa..pb];
    let attr = |name: &str| {
        preload
            .split(&format!("{name}=\""))
            .nth(1)
            .and_then(|s| s.split('"').next())
    };
    let (wasm, integrity) = (
        attr("href").context("no wasm href")?,
        attr("integrity").context("no wasm integrity")?,
    );
    let template = std::fs::read_to_string(root().join("web/app-loader.js"))
        .context("cannot read web/app-loader.js")?;
    let source = template
        .replace("__JS__", js)
        .replace("__WASM__", wasm)
        .replace("__WASM_INTEGRITY__", integrity);
    let (name, integrity) = write_hashed(out, name, source.as_bytes())?;
    let src = format!("{base}{name}");
    let script = format!(r#"<script type="module" src="{src}" integrity="{integrity}"></script>"#);
    // Trunk's modulepreload of the wasm-bindgen glue goes with the loader.
    let modulepreload =
        between(index, "<link rel=\"modulepreload\"", ">").map_or("", |(ma, mb)| &index[ma..mb]);
    let tag = format!("{script}{modulepreload}");
    let html = index
        .replacen(preload, "", 1)
        .replacen(modulepreload, "", 1)
        .replacen(trunk_loader, &tag, 1);
    Ok((
        Loader {
            tag,
            src,
            integrity,
        },
        html,
    ))
}

/// Adds the PWA tags and the CSP to the `<head>` of index.html. They come
/// before `<base href>`, so their addresses are absolute.
pub(crate) fn head_tags(
    index: &str,
    register: &str,
    base: &str,
    inline: &InlineScript,
) -> Result<String> {
    if index.contains("<script>") || index.contains("<script type=\"module\">") {
        bail!("index.html has an inline script, which the CSP would block");
    }
    let csp = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self'; img-src 'self'; font-src 'self'; \
         connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
        inline.csp
    );
    let tags = format!(
        r#"<meta http-equiv="Content-Security-Policy" content="{csp}" />
    <meta name="theme-color" content="{THEME}" />
    <link rel="manifest" href="{base}manifest.webmanifest" />
    <link rel="apple-touch-icon" href="{base}icons/apple-touch-icon.png" />
    {register}
"#
    );
    let at = index
        .find("<meta name=\"viewport\"")
        .context("index.html has no viewport meta to put the tags before")?;
    Ok(format!("{}{tags}    {}", &index[..at], &index[at..]))
}

/// The service worker, with every other file of the build to precache and a
/// version that changes whenever any of them does.
pub(crate) fn service_worker(out: &Path, base: &str) -> Result<()> {
    let names: Vec<String> = crate::size::site_files(out)?
        .into_iter()
        .filter(|n| n != "sw.js")
        .collect();
    let mut version = Sha256::new();
    for name in &names {
        version.update(name.as_bytes());
        version
            .update(std::fs::read(out.join(name)).with_context(|| format!("cannot read {name}"))?);
    }
    let version = hex(&version.finalize())[..16].to_string();
    let list = format!(
        "[{}]",
        names
            .iter()
            .map(|n| format!("\"{n}\""))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let template =
        std::fs::read_to_string(root().join("web/sw.js")).context("cannot read web/sw.js")?;
    let sw = template
        .replace("__VERSION__", &version)
        .replace("__BASE__", base)
        .replace("__FILES__", &list);
    write(&out.join("sw.js"), sw.as_bytes())
}

fn sri(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
