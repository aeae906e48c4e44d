//! A synthetic corpus for search benchmarks: pages of English-like text built
//! from a vocabulary with a Zipf-like word frequency, reproducible from a seed.

use super::{Fields, IndexBuilder, SearchDoc, SearchIndex, Target};
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};

/// A page of the corpus: a title and sections of (heading, body).
pub struct SyntheticPage {
    /// The page's made-up title.
    pub title: String,
    /// The page's sections as (heading, body).
    pub sections: Vec<(String, String)>,
}

/// Zipf-like: low indexes are much more likely.
fn zipf(rng: &mut SmallRng, n: usize) -> usize {
    ((n as f64).powf(rng.random::<f64>()) - 1.0) as usize
}

/// `pages` pages of about `words_per_page` words, drawn from `seed_words` plus
/// made-up words so that the vocabulary grows as real text does.
pub fn generate(
    seed_words: &[&str],
    pages: usize,
    words_per_page: usize,
    seed: u64,
) -> Vec<SyntheticPage> {
    let mut rng = SmallRng::seed_from_u64(seed);
    let syllables = [
        "ro", "ot", "ac", "ces", "ke", "po", "li", "cy", "mfa", "sc", "org", "tra", "il", "gu",
        "ard", "en", "ti", "ty",
    ];
    let mut vocabulary: Vec<String> = seed_words.iter().map(|w| w.to_string()).collect();
    for i in 0..20_000 {
        let n = 2 + (i % 3);
        vocabulary.push(
            (0..n)
                .map(|_| syllables[rng.random_range(0..syllables.len())])
                .collect(),
        );
    }
    let word = |rng: &mut SmallRng| vocabulary[zipf(rng, vocabulary.len())].clone();
    (0..pages)
        .map(|p| {
            let title = format!("{} {} {p}", word(&mut rng), word(&mut rng));
            let sections = (0..6)
                .map(|_| {
                    let heading = (0..3).map(|_| word(&mut rng)).collect::<Vec<_>>().join(" ");
                    let body = (0..words_per_page / 6)
                        .map(|_| word(&mut rng))
                        .collect::<Vec<_>>()
                        .join(" ");
                    (heading, body)
                })
                .collect();
            SyntheticPage { title, sections }
        })
        .collect()
}

/// The index of generated pages, and how many bytes of text went into it.
pub fn index(pages: &[SyntheticPage]) -> (SearchIndex, usize) {
    let mut builder = IndexBuilder::default();
    let mut text_bytes = 0;
    for (p, page) in pages.iter().enumerate() {
        for (s, (heading, body)) in page.sections.iter().enumerate() {
            text_bytes += page.title.len() + heading.len() + body.len();
            builder.add(
                SearchDoc {
                    target: Target::Section {
                        page: format!("p{p}"),
                        anchor: Some(format!("s{s}")),
                    },
                    title: page.title.clone(),
                    heading: heading.clone(),
                    text: body.clone(),
                },
                Fields {
                    title: &page.title,
                    heading,
                    body,
                },
            );
        }
    }
    (builder.build(), text_bytes)
}

/// Every prefix (from two characters) of every query, as the search field
/// sees them while a student types.
pub fn typed_prefixes<'a>(queries: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    queries
        .into_iter()
        .flat_map(|q| {
            (2..=q.len())
                .filter(|&n| q.is_char_boundary(n))
                .map(|n| q[..n].to_string())
        })
        .collect()
}

/// "N queries, median .. ms, p95 .. ms, max .. ms" for query times in ms.
pub fn latency_summary(mut times_ms: Vec<f64>) -> String {
    if times_ms.is_empty() {
        return "0 queries".into();
    }
    times_ms.sort_by(f64::total_cmp);
    let at = |p: f64| times_ms[((times_ms.len() as f64 - 1.0) * p).round() as usize];
    format!(
        "{} queries, median {:.3} ms, p95 {:.3} ms, max {:.3} ms",
        times_ms.len(),
        at(0.5),
        at(0.95),
        times_ms[times_ms.len() - 1]
    )
}
