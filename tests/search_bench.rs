//! Search speed in the browser, as wasm: prints query latency (median, p95) on
//! the shipped index and on a generated corpus of about 5 MB, and the index
//! load time. A benchmark, not a test of speed: it prints and asserts only that
//! searches return results. Run with `cargo xtask bench`.
#![cfg(target_arch = "wasm32")]

use rootcamp::content::bundle;
use rootcamp_core::search::SearchIndex;
use rootcamp_core::search::corpus::{generate, index, latency_summary, typed_prefixes};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

/// The relevance cases' queries (their `query = "..."` lines), as typed.
fn queries() -> Vec<String> {
    typed_prefixes(
        include_str!("../crates/core/tests/relevance.toml")
            .lines()
            .filter_map(|l| l.strip_prefix("query = \"")?.strip_suffix('"')),
    )
}

fn latency(index: &SearchIndex, label: &str) -> usize {
    let mut found = 0;
    let times = queries()
        .iter()
        .map(|q| {
            let start = now();
            found += usize::from(!index.query(q, 20).is_empty());
            now() - start
        })
        .collect();
    console_log!("wasm {label}: {}", latency_summary(times));
    found
}

#[wasm_bindgen_test]
fn search_speed_in_the_browser() {
    let shipped = &bundle().unwrap().search;
    assert!(latency(shipped, "shipped content") > 0);

    let words: Vec<&str> = include_str!("../content/kb/root-vs-iam.md")
        .split_whitespace()
        .collect();
    let pages = generate(&words, 1000, 800, 7);
    let (built, text) = index(&pages);
    let bytes = postcard::to_allocvec(&built).unwrap();
    let start = now();
    let big: SearchIndex = postcard::from_bytes(&bytes).unwrap();
    console_log!(
        "wasm generated corpus: {:.2} MB of text, index {} bytes, load (decode) {:.1} ms",
        text as f64 / 1e6,
        bytes.len(),
        now() - start
    );
    assert!(latency(&big, "generated corpus") > 0);
}
