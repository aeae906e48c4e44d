//! Rootcamp's domain: everything that is not the browser.
//!
//! The app depends on this crate without default features and gets the
//! [`bundle`] format and the [`progress`] model. With the `compile` feature (used by `build.rs`, the
//! xtask and the host tests) it also reads `content/`, validates it and
//! renders markdown to HTML.

#![warn(missing_docs)]

pub mod bundle;
pub mod charts;
#[cfg(feature = "compile")]
pub mod compile;
#[cfg(feature = "compile")]
pub mod diagnostic;
#[cfg(feature = "compile")]
pub mod diagram;
#[cfg(feature = "compile")]
mod front_matter;
#[cfg(feature = "compile")]
pub mod highlight;
pub mod html;
#[cfg(feature = "compile")]
pub mod markdown;
pub mod progress;
pub mod quiz;
pub mod report;
pub mod schedule;
pub mod search;
pub mod sort;
pub mod study;
#[cfg(feature = "compile")]
mod study_path;
pub mod url;

pub use bundle::{Bundle, BundleError, Heading, Page};
pub use progress::{Progress, ProgressError};
