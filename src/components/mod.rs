//! Small function components and handlers shared by the pages.

pub mod header;
pub mod in_app_links;
