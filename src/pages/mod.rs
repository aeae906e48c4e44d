//! One module per route.

pub mod home;
pub mod kb_page;
pub mod not_found;
pub mod search;
