//! Search speed and size, printed: query latency (median, p95) on the shipped
//! content and on a generated corpus of about 5 MB, index size raw and gzip per
//! MB of source text, and index load (decode) time. Run: cargo bench -p rootcamp-core

use rootcamp_core::compile::{CONTENT_DIR, compile_dir, read_content};
use rootcamp_core::search::SearchIndex;
use rootcamp_core::search::corpus::{generate, index, latency_summary, typed_prefixes};
use std::io::Write;
use std::path::Path;
use std::time::Instant;

fn latency(index: &SearchIndex, queries: &[String], label: &str) {
    let times = queries
        .iter()
        .map(|q| {
            let start = Instant::now();
            std::hint::black_box(index.query(q, 20));
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    println!("{label}: {}", latency_summary(times));
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
    // The source files, for their size and as words for the generated corpus.
    let files = read_content(&root.join("../.."), CONTENT_DIR).unwrap();
    let source: usize = files.iter().map(|f| f.text.len()).sum();
    let bundle = compile_dir(&root.join("../..")).unwrap().bundle;
    let set: toml::Table =
        toml::from_str(&std::fs::read_to_string(root.join("tests/relevance.toml")).unwrap())
            .unwrap();
    let queries: Vec<String> = set["case"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["query"].as_str().unwrap().to_string())
        .collect();
    let typed = typed_prefixes(queries.iter().map(String::as_str));
    sizes(&bundle.search, source, "shipped content");
    latency(
        &bundle.search,
        &typed,
        "shipped content, every keystroke of the relevance queries",
    );

    let words: Vec<&str> = files
        .iter()
        .flat_map(|f| f.text.split_whitespace())
        .filter(|w| w.chars().all(char::is_alphabetic))
        .collect();
    let pages = generate(&words, 1000, 800, 7);
    let start = Instant::now();
    let (big, text_bytes) = index(&pages);
    println!(
        "generated corpus: {} pages, index built in {:.0} ms",
        pages.len(),
        start.elapsed().as_secs_f64() * 1000.0
    );
    sizes(&big, text_bytes, "generated corpus");
    latency(
        &big,
        &typed,
        "generated corpus, every keystroke of the relevance queries",
    );
}
