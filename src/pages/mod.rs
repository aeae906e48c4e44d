//! One module per route.

pub(crate) mod confidence_review;
pub(crate) mod exam;
pub(crate) mod exam_result;
pub(crate) mod home;
pub(crate) mod kb_page;
pub(crate) mod not_found;
pub(crate) mod practice;
pub(crate) mod progress;
pub(crate) mod quiz;
pub(crate) mod recap;
pub(crate) mod safekeeping;
pub(crate) mod search;
pub(crate) mod transfer_link;
pub(crate) mod your_data;
