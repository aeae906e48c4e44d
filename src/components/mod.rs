//! Small function components and handlers shared by the pages.

pub mod chart;
pub mod confidence;
pub mod copy_code;
pub mod focus;
pub mod header;
pub mod in_app_links;
pub mod key_help;
pub mod notice;
pub mod question;
pub mod report_link;
pub mod search_box;
pub(crate) mod toc;
pub mod update_prompt;
