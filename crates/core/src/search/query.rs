//! Answering a query: each query word's variants (exact, prefix, typo),
//! BM25 with heading and title bonuses, a share of the page's best score,
//! and "did you mean" suggestions.

use super::text::{QueryWord, query_words};
use super::{
    BM25_B, BM25_K1, BONUS_HEADING, BONUS_TITLE, IN_HEADING, IN_TITLE, PAGE_WEIGHT, SearchDoc,
    SearchIndex, Snippet, fuzzy, snippet,
};
use std::collections::HashMap;

/// One ranked result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit<'a> {
    /// The section or question found.
    pub doc: &'a SearchDoc,
    /// How well it matches the query; results are ranked by it, highest first.
    pub score: f32,
    /// Index terms that matched, to highlight in the snippet.
    pub matched: Vec<String>,
}

/// A query word and the dictionary terms standing for it, with their weights.
struct QueryTerm {
    variants: Vec<(usize, f32)>,
}

/// Terms a prefix may expand to; more would only add noise and time.
const MAX_PREFIX_EXPANSIONS: usize = 40;

impl SearchIndex {
    /// The dictionary terms a query word may stand for.
    fn variants(&self, term: &str, typed_chars: usize, is_prefix: bool) -> Vec<(usize, f32)> {
        let mut out = Vec::new();
        if let Ok(i) = self.find(term) {
            out.push((i, 1.0));
        }
        // The word being typed is a prefix from its second character; a longer
        // finished word may still be the start of another form ("forgot", "forgotten").
        let prefix_weight = if is_prefix && term.chars().count() >= 2 {
            Some(0.8)
        } else if term.chars().count() >= 5 {
            Some(0.5)
        } else {
            None
        };
        if let Some(weight) = prefix_weight {
            let start = self.find(term).unwrap_or_else(|i| i);
            (start..self.term_count())
                .take_while(|&i| self.term(i).starts_with(term))
                .filter(|&i| self.term(i) != term)
                .take(MAX_PREFIX_EXPANSIONS)
                .for_each(|i| out.push((i, weight)));
        }
        let edits = fuzzy::allowed_edits(typed_chars);
        if edits > 0 && out.is_empty() {
            let bytes = term.as_bytes();
            for i in 0..self.term_count() {
                if let Some(d) = fuzzy::within(bytes, self.term(i).as_bytes(), edits)
                    && d > 0
                {
                    out.push((i, if d == 1 { 0.6 } else { 0.4 }));
                }
            }
        }
        out
    }

    /// The best `limit` results for what the student typed. The last word counts
    /// as a prefix unless the query ends in a space.
    pub fn query(&self, input: &str, limit: usize) -> Vec<Hit<'_>> {
        let words = query_words(input, &self.synonyms);
        let meaningful: Vec<&QueryWord> = words.iter().filter(|w| !w.is_stopword()).collect();
        let words: Vec<&QueryWord> = if meaningful.is_empty() {
            words.iter().collect()
        } else {
            meaningful
        };
        if words.is_empty() || self.docs.is_empty() {
            return Vec::new();
        }
        let query: Vec<QueryTerm> = words
            .iter()
            .map(|w| QueryTerm {
                variants: self.variants(&w.term, w.typed_chars, w.typing),
            })
            .collect();

        let n = self.docs.len() as f32;
        let avg_len = self.doc_len.iter().map(|&l| l as f32).sum::<f32>() / n;
        // Dense per-doc arrays: faster than maps at any corpus size this app will see.
        let mut score = vec![0f32; self.docs.len()];
        let mut matched_words = vec![0u16; self.docs.len()];
        let mut matched_terms: Vec<Vec<u32>> = vec![Vec::new(); self.docs.len()];
        let mut best = vec![(0f32, u32::MAX); self.docs.len()];
        let mut touched: Vec<u32> = Vec::new();
        let mut list: Vec<(u32, u32)> = Vec::new();
        for q in &query {
            touched.clear();
            for &(term, weight) in &q.variants {
                list.clear();
                list.extend(self.postings(term));
                let df = list.len() as f32;
                let idf = ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
                for &(doc, packed) in &list {
                    let tf = (packed >> 2) as f32;
                    let len = self.doc_len[doc as usize] as f32;
                    let body = tf * (BM25_K1 + 1.0)
                        / (tf + BM25_K1 * (1.0 - BM25_B + BM25_B * len / avg_len.max(1.0)));
                    let bonus = if packed & IN_HEADING != 0 {
                        BONUS_HEADING
                    } else {
                        0.0
                    } + if packed & IN_TITLE != 0 {
                        BONUS_TITLE
                    } else {
                        0.0
                    };
                    let s = weight * idf * (body + bonus);
                    let entry = &mut best[doc as usize];
                    if entry.1 == u32::MAX {
                        touched.push(doc);
                    }
                    if entry.1 == u32::MAX || s > entry.0 {
                        *entry = (s, term as u32);
                    }
                }
            }
            for &doc in &touched {
                let d = doc as usize;
                let (s, term) = best[d];
                score[d] += s;
                matched_words[d] += 1;
                matched_terms[d].push(term);
                best[d] = (0.0, u32::MAX);
            }
        }
        let total = query.len() as f32;
        // (doc, score): results that match every word of the query come first.
        let mut ranked: Vec<(usize, f32)> = (0..self.docs.len())
            .filter(|&d| matched_words[d] > 0)
            .map(|d| (d, score[d] * (matched_words[d] as f32 / total).powi(2)))
            .collect();
        // A section gains from the strength of its page as a whole: the best
        // page for a question usually holds the best section for it.
        let mut page_best: HashMap<&str, f32> = HashMap::new();
        for &(d, s) in &ranked {
            let best = page_best.entry(self.docs[d].page_key()).or_default();
            *best = best.max(s);
        }
        for (d, s) in &mut ranked {
            *s += PAGE_WEIGHT * page_best[self.docs[*d].page_key()];
        }
        crate::sort::sort_by(&mut ranked, |(a, sa), (b, sb)| {
            sb.total_cmp(sa)
                .then_with(|| self.docs[*a].heading.cmp(&self.docs[*b].heading))
        });
        ranked.truncate(limit);
        // Only the results shown get their matched words as strings.
        ranked
            .into_iter()
            .map(|(d, score)| Hit {
                doc: &self.docs[d],
                score,
                matched: std::mem::take(&mut matched_terms[d])
                    .into_iter()
                    .map(|t| self.term(t as usize).to_string())
                    .collect(),
            })
            .collect()
    }

    /// Words from the vocabulary closest to each query word that the index does
    /// not know, for "did you mean". Empty when there is nothing better to offer.
    pub fn suggest(&self, input: &str) -> Option<String> {
        let words = query_words(input, &self.synonyms);
        let mut changed = false;
        let mut out = Vec::new();
        for word in &words {
            let term = &word.term;
            // Known as it is, or (still being typed) as the start of a known term.
            let known = match self.find(term) {
                Ok(_) => true,
                Err(i) => word.typing && i < self.term_count() && self.term(i).starts_with(term),
            };
            let edits = fuzzy::allowed_edits(word.typed_chars);
            if known || word.is_stopword() || edits == 0 {
                out.push(word.raw.clone());
                continue;
            }
            let bytes = term.as_bytes();
            let best = (0..self.term_count())
                .filter_map(|i| {
                    fuzzy::within(bytes, self.term(i).as_bytes(), edits)
                        .map(|d| (d, std::cmp::Reverse(self.postings(i).count()), i))
                })
                .min();
            match best {
                Some((_, _, i)) => {
                    changed = true;
                    out.push(self.shown(i).to_string());
                }
                None => out.push(word.raw.clone()),
            }
        }
        changed.then(|| out.join(" "))
    }

    /// About `max_chars` of a section result's text around its matched words, marked.
    pub fn snippet(&self, hit: &Hit, max_chars: usize) -> Snippet {
        snippet(&hit.doc.text, &hit.matched, max_chars, &self.synonyms)
    }
}
