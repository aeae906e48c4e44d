//! Search speed and size, printed: query latency (median, p95) on the shipped
//! content and on a generated corpus of about 5 MB, index size raw and gzip per
//! MB of source text, and index load (decode) time. Run: cargo bench -p rootcamp-core

use rootcamp_core::compile::{compile, read_content};
use rootcamp_core::search::SearchIndex;
use rootcamp_core::search::corpus::{generate, index};
use std::io::Write;
use std::path::Path;
use std::time::Instant;

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// Every prefix of every query, as the field sees them while a student types.
fn typed(queries: &[String]) -> Vec<String> {
    queries
        .iter()
        .flat_map(|q| {
            (2..=q.len())
                .filter(|&n| q.is_char_boundary(n))
                .map(|n| q[..n].to_string())
        })
        .collect()
}

fn latency(index: &SearchIndex, queries: &[String], label: &str) {
    let mut times: Vec<f64> = queries
        .iter()
        .map(|q| {
            let start = Instant::now();
            std::hint::black_box(index.query(q, 20));
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "{label}: {} queries, median {:.3} ms, p95 {:.3} ms, max {:.3} ms",
        times.len(),
        percentile(&times, 0.5),
        percentile(&times, 0.95),
        times[times.len() - 1]
    );
}

fn sizes(index: &SearchIndex, source_bytes: usize, label: &str) -> Vec<u8> {
    let bytes = postcard::to_allocvec(index).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&bytes).unwrap();
    let gzip = gz.finish().unwrap().len();
    let mb = source_bytes as f64 / 1e6;
    println!(
        "{label}: source text {:.2} MB, index {} bytes raw ({:.2} per source byte), {} bytes gzip ({:.0} KB gzip per MB of source)",
        mb,
        bytes.len(),
        bytes.len() as f64 / source_bytes as f64,
        gzip,
        gzip as f64 / 1e3 / mb
    );
    let start = Instant::now();
    let decoded: SearchIndex = postcard::from_bytes(&bytes).unwrap();
    println!(
        "{label}: index load (decode) {:.2} ms",
        start.elapsed().as_secs_f64() * 1000.0
    );
    assert_eq!(decoded.len(), index.len());
    bytes
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = read_content(&root.join("../.."), "content").unwrap();
    let source: usize = files.iter().map(|f| f.text.len()).sum();
    let bundle = compile(&files).unwrap();
    let set: toml::Table =
        toml::from_str(&std::fs::read_to_string(root.join("tests/relevance.toml")).unwrap())
            .unwrap();
    let queries: Vec<String> = set["case"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["query"].as_str().unwrap().to_string())
        .collect();
    sizes(&bundle.search, source, "shipped content");
    latency(
        &bundle.search,
        &typed(&queries),
        "shipped content, every keystroke of the relevance queries",
    );

    let words: Vec<&str> = files
        .iter()
        .flat_map(|f| f.text.split_whitespace())
        .filter(|w| w.chars().all(char::is_alphabetic))
        .collect();
    let pages = generate(&words, 1000, 800, 7);
    let start = Instant::now();
    let (built, text_bytes) = index(&pages);
    let big = built;
    println!(
        "generated corpus: {} pages, index built in {:.0} ms",
        pages.len(),
        start.elapsed().as_secs_f64() * 1000.0
    );
    sizes(&big, text_bytes, "generated corpus");
    latency(
        &big,
        &typed(&queries),
        "generated corpus, every keystroke of the relevance queries",
    );
}
