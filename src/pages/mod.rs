//! One module per route.

pub mod exam;
pub mod exam_result;
pub mod home;
pub mod kb_page;
pub mod not_found;
pub mod practice;
pub mod progress;
pub mod quiz;
pub mod recap;
pub mod safekeeping;
pub mod search;
pub mod transfer_link;
pub mod your_data;
