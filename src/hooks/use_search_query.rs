//! The search query in the URL (`/search?q=...`): the one place it lives.

use crate::app::Route;
use serde::{Deserialize, Serialize};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct SearchParams {
    #[serde(default)]
    pub q: String,
}

/// The query when the results page is open, or None elsewhere.
#[hook]
pub fn use_search_query() -> Option<String> {
    let route = use_route::<Route>();
    let location = use_location();
    match (route, location) {
        (Some(Route::Search), Some(location)) => Some(
            location
                .query::<SearchParams>()
                .map(|p| p.q)
                .unwrap_or_default(),
        ),
        _ => None,
    }
}
