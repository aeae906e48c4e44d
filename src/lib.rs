//! Rootcamp's browser app: routes, pages and components. Thin: the domain
//! lives in `rootcamp-core`, and the content arrives compiled by `build.rs`.

mod app;
mod components;
pub mod content;
mod hooks;
mod pages;
mod state;
pub mod storage;

pub use app::{App, Route};
