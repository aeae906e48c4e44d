//! Text to search terms, the same way for the index and for queries: fold case
//! and diacritics, split words (and camelCase names), map this field's
//! synonyms and abbreviations to one term ([`Synonyms`]), and stem lightly
//! ([`stem`]).

use super::stem::stem;
use super::synonyms::Synonyms;

/// Query words that carry no meaning on their own.
const STOPWORDS: &[&str] = &[
    "a", "about", "am", "an", "and", "are", "as", "at", "be", "been", "by", "can", "did", "do",
    "doe", "does", "for", "from", "get", "got", "had", "happen", "has", "have", "how", "i", "if",
    "in", "is", "it", "many", "me", "much", "my", "need", "of", "on", "or", "should", "tell",
    "that", "the", "there", "this", "to", "want", "was", "we", "were", "what", "when", "where",
    "which", "who", "why", "will", "with", "you", "your",
];

fn is_stopword(term: &str) -> bool {
    STOPWORDS.contains(&term)
}

/// Lowercase ASCII for the Latin letters with diacritics that English text uses.
pub fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'ç' | 'Ç' | 'ć' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ß' => "ss",
        _ => return None,
    })
}

/// Words as written (case kept), split on anything that is not a letter or digit.
/// A camelCase word also yields its parts: `AssumeRoot` gives `AssumeRoot`, `Assume`, `Root`.
pub fn raw_words(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            spans.push((s, i));
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

fn camel_parts(word: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    for w in chars.windows(2) {
        let ((_, a), (i, b)) = (w[0], w[1]);
        if a.is_lowercase() && b.is_uppercase() {
            parts.push(&word[start..i]);
            start = i;
        }
    }
    if start > 0 {
        parts.push(&word[start..]);
    }
    parts
}

/// Case- and diacritic-folded form of a word.
pub fn normalize(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match fold(c) {
            Some(s) => out.push_str(s),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Search terms of `text`, in order.
pub fn terms(text: &str, synonyms: &Synonyms) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for (s, e) in raw_words(text) {
        let word = &text[s..e];
        words.push(normalize(word));
        words.extend(camel_parts(word).into_iter().map(normalize));
    }
    synonyms.apply(&words).iter().map(|w| stem(w)).collect()
}

/// A word of a query, as the index sees it.
pub(super) struct QueryWord {
    pub term: String,
    /// The word as typed (folded to lowercase), for suggestions.
    pub raw: String,
    pub typed_chars: usize,
    /// The last word, still being typed: it matches as a prefix.
    pub typing: bool,
}

impl QueryWord {
    /// A word that carries no meaning on its own, as typed or once stemmed
    /// ("does" and "doe"): search leaves it out and suggests nothing for it.
    pub(super) fn is_stopword(&self) -> bool {
        is_stopword(&self.raw) || is_stopword(&self.term)
    }
}

/// The query's terms, each with the word it came from.
pub(super) fn query_words(input: &str, synonyms: &Synonyms) -> Vec<QueryWord> {
    let typing = !input.ends_with(char::is_whitespace);
    let spans = raw_words(input);
    let terms = terms(input, synonyms);
    // Synonyms may have merged words ("multi factor" is one term): then the
    // raw words no longer line up one to one and the term itself is shown.
    let aligned = terms.len() == spans.len();
    let count = terms.len();
    terms
        .into_iter()
        .enumerate()
        .map(|(k, term)| {
            let raw = if aligned {
                normalize(&input[spans[k].0..spans[k].1])
            } else {
                term.clone()
            };
            QueryWord {
                typed_chars: raw.chars().count(),
                raw,
                term,
                typing: typing && k + 1 == count,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_diacritics_and_camel_case_fold() {
        let none = Synonyms::default();
        assert_eq!(terms("RÉSUMÉ Café", &none), ["resum", "cafe"]);
        assert_eq!(
            terms("sts:AssumeRoot", &none),
            ["sts", "assumeroot", "assum", "root"]
        );
        assert_eq!(terms("IAM.4", &none), ["iam", "4"]);
    }
}
