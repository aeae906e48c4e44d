//! Building the index at build time: documents go in as text fields and
//! come out as sorted terms with compact posting lists. Also how pages'
//! sections and questions become documents.

use super::{IN_HEADING, IN_TITLE, SearchDoc, SearchIndex, Synonyms, text};
use std::collections::{BTreeMap, HashMap};

/// What a unit contributes to the index: its fields' text.
pub struct Fields<'a> {
    /// The page title; its words earn the title bonus.
    pub title: &'a str,
    /// The heading text indexed for the unit; its words earn the heading bonus.
    pub heading: &'a str,
    /// The body text, ranked by BM25.
    pub body: &'a str,
}

/// Collects documents at build time and turns them into a [`SearchIndex`].
#[derive(Default)]
pub struct IndexBuilder {
    docs: Vec<SearchDoc>,
    doc_len: Vec<u32>,
    /// term -> (doc, packed frequency and flags) in doc order
    postings: BTreeMap<String, Vec<(u32, u32)>>,
    /// term -> surface form -> count
    surface: HashMap<String, HashMap<String, u32>>,
    synonyms: Synonyms,
}

impl IndexBuilder {
    /// A builder that maps words with `synonyms` (the default has none).
    pub fn new(synonyms: Synonyms) -> Self {
        IndexBuilder {
            synonyms,
            ..IndexBuilder::default()
        }
    }

    /// Adds a document, shown in results as `doc` and found by the words of `fields`.
    pub fn add(&mut self, doc: SearchDoc, fields: Fields) {
        let id = self.docs.len() as u32;
        let mut tf: HashMap<String, u32> = HashMap::new();
        let body = text::terms(fields.body, &self.synonyms);
        let len = body.len() as u32;
        for term in body {
            *tf.entry(term).or_default() += 4;
        }
        for (field, flag) in [(fields.title, IN_TITLE), (fields.heading, IN_HEADING)] {
            for term in text::terms(field, &self.synonyms) {
                *tf.entry(term).or_default() |= flag;
            }
        }
        for field in [fields.title, fields.heading, fields.body] {
            for (s, e) in text::raw_words(field) {
                let word = text::normalize(&field[s..e]);
                if let Some(term) = text::terms(&word, &self.synonyms).into_iter().next() {
                    *self
                        .surface
                        .entry(term)
                        .or_default()
                        .entry(word)
                        .or_default() += 1;
                }
            }
        }
        for (term, f) in tf {
            self.postings.entry(term).or_default().push((id, f));
        }
        self.docs.push(doc);
        self.doc_len.push(len);
    }

    /// The finished index, with its terms sorted and postings compacted, ready to ship.
    pub fn build(self) -> SearchIndex {
        let mut index = SearchIndex {
            docs: self.docs,
            doc_len: self.doc_len,
            terms: String::new(),
            term_ends: Vec::new(),
            shown: String::new(),
            shown_ends: Vec::new(),
            postings: Vec::new(),
            posting_ends: Vec::new(),
            synonyms: self.synonyms,
        };
        for (term, list) in self.postings {
            index.terms.push_str(&term);
            index.term_ends.push(index.terms.len() as u32);
            if let Some(forms) = self.surface.get(&term) {
                let best = forms
                    .iter()
                    .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                    .map(|(w, _)| w.as_str());
                // Only where it differs, so most terms cost nothing here.
                if let Some(best) = best.filter(|b| *b != term) {
                    index.shown.push_str(best);
                }
            }
            index.shown_ends.push(index.shown.len() as u32);
            let mut last = 0;
            for (doc, f) in list {
                push_varint(&mut index.postings, doc - last);
                push_varint(&mut index.postings, f);
                last = doc;
            }
            index.posting_ends.push(index.postings.len() as u32);
        }
        index
    }
}

fn push_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

#[cfg(feature = "compile")]
impl IndexBuilder {
    /// Each section of a page with text is a document. The page title also
    /// counts as the heading of the page's first section (it introduces the
    /// page), and a subsection's parent heading counts for it too.
    pub fn add_page(
        &mut self,
        slug: &str,
        title: &str,
        headings: &[crate::Heading],
        sections: &[crate::markdown::SectionText],
    ) {
        let first = sections.iter().position(|s| !s.text.trim().is_empty());
        let mut parent = String::new();
        for (k, section) in sections.iter().enumerate() {
            let level = section
                .anchor
                .as_ref()
                .and_then(|a| headings.iter().find(|h| &h.id == a))
                .map_or(2, |h| h.level);
            if level == 2 {
                parent = section.heading.clone();
            }
            if section.text.trim().is_empty() {
                continue;
            }
            let shown = if section.anchor.is_some() {
                section.heading.as_str()
            } else {
                title
            };
            let mut indexed = if Some(k) == first {
                format!("{title} {}", section.heading)
            } else {
                shown.to_string()
            };
            if level > 2 {
                indexed = format!("{parent} {indexed}");
            }
            self.add(
                SearchDoc {
                    target: super::Target::Section {
                        page: slug.to_string(),
                        anchor: section.anchor.clone(),
                    },
                    title: title.to_string(),
                    heading: shown.to_string(),
                    text: section.text.clone(),
                },
                Fields {
                    title,
                    heading: &indexed,
                    body: &section.text,
                },
            );
        }
    }

    /// A question is a document too: a result opens it in practice.
    pub fn add_question(&mut self, question: &crate::quiz::Question, topic_title: &str) {
        use crate::quiz::Body;
        let answers: Vec<&str> = match &question.body {
            Body::Single { options } | Body::Multiple { options } => {
                options.iter().map(|o| o.text.as_str()).collect()
            }
            Body::Classify { items, .. } => items.iter().map(|i| i.text.as_str()).collect(),
            Body::Order { steps } => steps.iter().map(|s| s.text.as_str()).collect(),
        };
        let body = format!("{} {}", question.scenario, answers.join(" "));
        let opening: String = question.scenario.chars().take(90).collect();
        self.add(
            SearchDoc {
                target: super::Target::Question {
                    id: question.id.clone(),
                },
                title: topic_title.to_string(),
                heading: format!("{opening}…"),
                text: String::new(),
            },
            Fields {
                title: "",
                heading: "",
                body: &body,
            },
        );
    }
}
