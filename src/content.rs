//! The content bundle compiled by `build.rs`, decoded once on first use.

use rootcamp_core::{Bundle, BundleError};
use std::sync::OnceLock;

static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundle.bin"));

/// The knowledge base, or why it cannot be read.
pub fn bundle() -> Result<&'static Bundle, &'static BundleError> {
    static BUNDLE: OnceLock<Result<Bundle, BundleError>> = OnceLock::new();
    BUNDLE.get_or_init(|| Bundle::decode(BYTES)).as_ref()
}

/// The content, given to every page once by the app ([`crate::App`] shows an
/// error instead of the pages when it cannot be read).
#[derive(Clone, Copy)]
pub struct Content(pub &'static Bundle);

impl PartialEq for Content {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// The content, for a page rendered inside the app.
#[yew::hook]
pub fn use_content() -> &'static Bundle {
    yew::use_context::<Content>()
        .expect("pages are rendered inside the app's content provider")
        .0
}
