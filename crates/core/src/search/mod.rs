//! Full-text search over sections of the knowledge base (and questions).
//!
//! The index is built once at build time ([`IndexBuilder`]) and shipped in the
//! bundle; the browser only queries it ([`SearchIndex::query`]). Ranking is
//! BM25 on the section's body plus a fixed bonus, scaled by the term's rarity,
//! when the term is in the section heading or the page title (a heading says
//! what a section is about better than repetition in its body does). Queries
//! get prefix matching on the word being typed, typo tolerance, light
//! stemming and this field's synonyms.

mod build;
pub mod corpus;
mod fuzzy;
mod query;
mod snippet;
mod stem;
pub mod synonyms;
pub mod text;

pub use build::{Fields, IndexBuilder};
pub use query::Hit;
pub use snippet::{Snippet, snippet};
pub use synonyms::Synonyms;

use serde::{Deserialize, Serialize};

/// Where a result leads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    /// A section of a page; no anchor means the page's introduction.
    Section {
        /// Slug of the page.
        page: String,
        /// The section's anchor on that page; none for the introduction.
        anchor: Option<String>,
    },
    /// A question, opened in practice.
    Question {
        /// The question's id.
        id: String,
    },
}

/// One searchable unit as shown in results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchDoc {
    /// Where the result leads.
    pub target: Target,
    /// Page title (or the question's topic title).
    pub title: String,
    /// Section heading (or the question's first words).
    pub heading: String,
    /// The section's plain text as the build read it, for snippets (empty for a question).
    pub text: String,
}

impl SearchDoc {
    fn page_key(&self) -> &str {
        match &self.target {
            Target::Section { page, .. } => page,
            Target::Question { id } => id,
        }
    }
}

/// Flags packed into a posting: the term is in the page title, in the section heading.
const IN_TITLE: u32 = 1;
const IN_HEADING: u32 = 2;
const BONUS_TITLE: f32 = 1.5;
const BONUS_HEADING: f32 = 2.5;
const BM25_K1: f32 = 1.2;
const PAGE_WEIGHT: f32 = 0.3;
const BM25_B: f32 = 0.75;

/// The full-text index over the pages' sections and the questions, shipped in the bundle.
/// A deployed site writes it as a file of its own ([`crate::Bundle::split_search`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchIndex {
    docs: Vec<SearchDoc>,
    /// Body length of each doc, in terms.
    doc_len: Vec<u32>,
    /// Sorted terms, concatenated; `term_ends[i]` is where term i ends.
    terms: String,
    term_ends: Vec<u32>,
    /// How each term was most often written, where that differs from the term (for "did you mean").
    shown: String,
    shown_ends: Vec<u32>,
    /// Per term: varint pairs (doc id delta, body frequency << 2 | IN_TITLE | IN_HEADING).
    postings: Vec<u8>,
    posting_ends: Vec<u32>,
    /// The synonyms the text was indexed with; queries are mapped the same way.
    synonyms: Synonyms,
}

fn read_varint(bytes: &[u8], pos: &mut usize) -> u32 {
    let mut v = 0u32;
    let mut shift = 0;
    while let Some(&b) = bytes.get(*pos) {
        *pos += 1;
        v |= u32::from(b & 0x7f) << shift;
        if b < 0x80 || shift >= 28 {
            break;
        }
        shift += 7;
    }
    v
}

impl SearchIndex {
    /// How many documents (sections and questions) the index holds.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether the index holds no documents.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    fn term(&self, i: usize) -> &str {
        let start = if i == 0 {
            0
        } else {
            self.term_ends[i - 1] as usize
        };
        &self.terms[start..self.term_ends[i] as usize]
    }

    fn term_count(&self) -> usize {
        self.term_ends.len()
    }

    /// How term `i` is usually written.
    fn shown(&self, i: usize) -> &str {
        let start = if i == 0 {
            0
        } else {
            self.shown_ends[i - 1] as usize
        };
        let s = &self.shown[start..self.shown_ends[i] as usize];
        if s.is_empty() { self.term(i) } else { s }
    }

    /// The synonyms this index maps words with.
    pub fn synonyms(&self) -> &Synonyms {
        &self.synonyms
    }

    fn find(&self, term: &str) -> Result<usize, usize> {
        let (mut lo, mut hi) = (0, self.term_count());
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.term(mid).cmp(term) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Ok(mid),
            }
        }
        Err(lo)
    }

    fn postings(&self, i: usize) -> impl Iterator<Item = (u32, u32)> + '_ {
        let start = if i == 0 {
            0
        } else {
            self.posting_ends[i - 1] as usize
        };
        let bytes = &self.postings[start..self.posting_ends[i] as usize];
        let mut pos = 0;
        let mut doc = 0;
        std::iter::from_fn(move || {
            if pos >= bytes.len() {
                return None;
            }
            doc += read_varint(bytes, &mut pos);
            Some((doc, read_varint(bytes, &mut pos)))
        })
    }
}
