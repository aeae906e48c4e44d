//! Search speed in the browser, as wasm: prints query latency (median, p95) on
//! the shipped index and on a generated corpus of about 5 MB, and the index
//! load time. A benchmark, not a test of speed: it prints and asserts only that
//! searches return results. Run with `cargo xtask bench`.
#![cfg(target_arch = "wasm32")]

use rootcamp::content::bundle;
use rootcamp_core::search::SearchIndex;
use rootcamp_core::search::corpus::{generate, index};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

fn queries() -> Vec<String> {
    include_str!("../crates/core/tests/relevance.toml")
        .lines()
        .filter_map(|l| {
            l.strip_prefix("query = \"")
                .and_then(|q| q.strip_suffix('"'))
        })
        .flat_map(|q| {
            (2..=q.len())
                .filter(|&n| q.is_char_boundary(n))
                .map(|n| q[..n].to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

fn latency(index: &SearchIndex, label: &str) -> usize {
    let mut found = 0;
    let mut times: Vec<f64> = queries()
        .iter()
        .map(|q| {
            let start = now();
            found += usize::from(!index.query(q, 20).is_empty());
            now() - start
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let at = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
    console_log!(
        "wasm {label}: {} queries, median {:.3} ms, p95 {:.3} ms, max {:.3} ms",
        times.len(),
        at(0.5),
        at(0.95),
        times[times.len() - 1]
    );
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
