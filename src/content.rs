//! The content bundle compiled by `build.rs`, decoded once on first use.

use rootcamp_core::{Bundle, BundleError};
use std::sync::OnceLock;

static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundle.bin"));

/// The knowledge base, or why it cannot be read.
pub fn bundle() -> Result<&'static Bundle, &'static BundleError> {
    static BUNDLE: OnceLock<Result<Bundle, BundleError>> = OnceLock::new();
    BUNDLE.get_or_init(|| Bundle::decode(BYTES)).as_ref()
}
