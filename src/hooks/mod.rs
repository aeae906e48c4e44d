//! `use_*` hooks shared by the pages.

mod use_document_keys;
mod use_progress_sync;
mod use_quiz_keys;
mod use_scroll_to_hash;
mod use_search_query;
mod use_title;

pub(crate) use use_document_keys::use_document_keys;
pub(crate) use use_progress_sync::use_progress_sync;
pub(crate) use use_quiz_keys::{QuizKey, use_quiz_keys};
pub(crate) use use_scroll_to_hash::use_scroll_to_hash;
pub(crate) use use_search_query::{SearchParams, use_search_query};
pub(crate) use use_title::use_document_title;
