//! Synonyms and abbreviations of this field, mapped to one term before
//! stemming. The table is content (`content/search-synonyms.toml`, read by
//! the compiler) and travels in the index, so that queries are mapped the
//! same way as the text was.

use serde::{Deserialize, Serialize};

/// Word sequences (`forms`) and the words each becomes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Synonyms {
    /// (form, meaning), longest forms first, so the longest match wins.
    entries: Vec<(Vec<String>, Vec<String>)>,
}

impl Synonyms {
    /// The table from (form, meaning) pairs of folded words.
    pub fn new(mut entries: Vec<(Vec<String>, Vec<String>)>) -> Self {
        // Stable: forms of one length keep the order they were given in.
        entries.sort_by_key(|(form, _)| std::cmp::Reverse(form.len()));
        Synonyms { entries }
    }

    /// Whether the table maps nothing.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// `words` with every form replaced by its meaning, reading left to right.
    pub fn apply(&self, words: &[String]) -> Vec<String> {
        let mut out = Vec::with_capacity(words.len());
        let mut i = 0;
        'outer: while i < words.len() {
            for (form, meaning) in &self.entries {
                if words.len() - i >= form.len()
                    && form.iter().zip(&words[i..]).all(|(a, b)| a == b)
                {
                    out.extend(meaning.iter().cloned());
                    i += form.len();
                    continue 'outer;
                }
            }
            out.push(words[i].clone());
            i += 1;
        }
        out
    }
}

#[cfg(feature = "compile")]
mod parse;
#[cfg(feature = "compile")]
pub use parse::parse;

#[cfg(test)]
mod tests;
