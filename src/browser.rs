//! The browser, where there is one: the build also renders the app's
//! components on the host (`src/bin/prerender.rs`), where there is none.

/// Whether this runs in a browser (else the build renders on the host).
pub(crate) const fn present() -> bool {
    cfg!(target_arch = "wasm32")
}

/// The browser window; None when the page is rendered on the host.
pub(crate) fn window() -> Option<web_sys::Window> {
    if present() { web_sys::window() } else { None }
}
