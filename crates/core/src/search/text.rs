//! Text to search terms, the same way for the index and for queries: fold case
//! and diacritics, split words (and camelCase names), map this field's
//! synonyms and abbreviations to one term, and stem lightly.

/// Multi-word and single-word forms that mean the same thing, and the term they become.
const SYNONYMS: &[(&[&str], &[&str])] = &[
    (&["multi", "factor", "authentication"], &["mfa"]),
    (&["multifactor", "authentication"], &["mfa"]),
    (&["two", "factor", "authentication"], &["mfa"]),
    (&["multi", "factor"], &["mfa"]),
    (&["two", "factor"], &["mfa"]),
    (&["multifactor"], &["mfa"]),
    (&["2fa"], &["mfa"]),
    (&["service", "control", "policy"], &["scp"]),
    (&["service", "control", "policies"], &["scp"]),
    (&["scps"], &["scp"]),
    (&["root", "account"], &["root", "user"]),
    (&["org"], &["organizations"]),
    (&["orgs"], &["organizations"]),
    (&["organization"], &["organizations"]),
    (&["organizations"], &["organizations"]),
    (&["organisation"], &["organizations"]),
    (&["organisations"], &["organizations"]),
    (&["cloud", "trail"], &["cloudtrail"]),
    (&["event", "bridge"], &["eventbridge"]),
    (&["guard", "duty"], &["guardduty"]),
    (&["sign", "in"], &["signin"]),
    (&["log", "in"], &["signin"]),
    (&["login"], &["signin"]),
    (&["logon"], &["signin"]),
    (&["pw"], &["password"]),
    (&["pwd"], &["password"]),
    (&["passwd"], &["password"]),
    (&["creds"], &["credential"]),
    (&["logs", "in"], &["signin"]),
    (&["logged", "in"], &["signin"]),
    (&["logging", "in"], &["signin"]),
    (&["signs", "in"], &["signin"]),
    (&["signed", "in"], &["signin"]),
    (&["ta"], &["trusted", "advisor"]),
    (&["practise"], &["practice"]),
    (&["practises"], &["practice"]),
    (&["max"], &["limit"]),
    (&["maximum"], &["limit"]),
    // Turning a feature on.
    (&["turn", "on"], &["enable"]),
    (&["turning", "on"], &["enable"]),
    (&["turned", "on"], &["enable"]),
    (&["switch", "on"], &["enable"]),
    (&["set", "up"], &["enable"]),
    (&["activate"], &["enable"]),
    (&["turning"], &["enable"]),
    // Being told that something happened.
    (&["notify"], &["alert"]),
    (&["notification"], &["alert"]),
    (&["notifications"], &["alert"]),
    (&["alarm"], &["alert"]),
    (&["alarms"], &["alert"]),
];

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
pub fn terms(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for (s, e) in raw_words(text) {
        let word = &text[s..e];
        words.push(normalize(word));
        words.extend(camel_parts(word).into_iter().map(normalize));
    }
    apply_synonyms(&words).iter().map(|w| stem(w)).collect()
}

fn apply_synonyms(words: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(words.len());
    let mut i = 0;
    'outer: while i < words.len() {
        for (from, to) in SYNONYMS {
            if words.len() - i >= from.len() && from.iter().zip(&words[i..]).all(|(a, b)| a == b) {
                out.extend(to.iter().map(|t| t.to_string()));
                i += from.len();
                continue 'outer;
            }
        }
        out.push(words[i].clone());
        i += 1;
    }
    out
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// A light English stemmer: plural, past and -ing forms and a final e or y,
/// so that `policies`/`policy`, `enabled`/`enabling`/`enable` and
/// `keys`/`key` meet. Short words and non-ASCII words are left alone.
pub fn stem(word: &str) -> String {
    if word.len() <= 3 || !word.is_ascii() || word.bytes().any(|b| b.is_ascii_digit()) {
        return word.to_string();
    }
    let mut w = word.to_string();
    if let Some(base) = w.strip_suffix("ies").or_else(|| w.strip_suffix("ied")) {
        w = format!("{base}i");
    } else if let Some(base) = w.strip_suffix("sses") {
        w = format!("{base}ss");
    } else if w.ends_with("xes") || w.ends_with("ches") || w.ends_with("shes") || w.ends_with("zes")
    {
        w.truncate(w.len() - 2);
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.pop();
    }
    for suffix in ["ing", "ed"] {
        if w.len() > suffix.len() + 2 && w.ends_with(suffix) {
            let base = &w[..w.len() - suffix.len()];
            if base.bytes().any(is_vowel) {
                w.truncate(base.len());
                let b = w.as_bytes();
                let n = b.len();
                if n >= 2
                    && b[n - 1] == b[n - 2]
                    && !is_vowel(b[n - 1])
                    && !matches!(b[n - 1], b'l' | b's' | b'z')
                {
                    w.pop();
                }
                break;
            }
        }
    }
    if w.len() > 4 && w.ends_with('e') {
        w.pop();
    } else if w.len() > 3 && w.ends_with('y') && !is_vowel(w.as_bytes()[w.len() - 2]) {
        w.pop();
        w.push('i');
    }
    w
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
    pub fn is_stopword(&self) -> bool {
        is_stopword(&self.raw) || is_stopword(&self.term)
    }
}

/// The query's terms, each with the word it came from.
pub(super) fn query_words(input: &str) -> Vec<QueryWord> {
    let typing = !input.ends_with(char::is_whitespace);
    let spans = raw_words(input);
    let terms = terms(input);
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
    fn word_forms_meet() {
        for group in [
            &["policy", "policies"][..],
            &["enable", "enabled", "enabling", "enables"],
            &["key", "keys"],
            &["delete", "deleted", "deleting"],
            &["close", "closed", "closing"],
            &["apply", "applied", "applies"],
            &["stop", "stopped", "stopping"],
        ] {
            let stems: Vec<String> = group.iter().map(|w| stem(w)).collect();
            assert!(
                stems.iter().all(|s| s == &stems[0]),
                "{group:?} -> {stems:?}"
            );
        }
        assert_eq!(stem("access"), "access");
        assert_eq!(stem("status"), "status");
        assert_eq!(stem("iam"), "iam");
    }

    #[test]
    fn synonyms_and_abbreviations_become_one_term() {
        assert_eq!(terms("Multi-factor authentication"), ["mfa"]);
        assert_eq!(terms("2FA"), ["mfa"]);
        assert_eq!(terms("service control policies"), ["scp"]);
        assert_eq!(terms("root account"), ["root", "user"]);
        assert_eq!(
            terms("AWS Organizations org"),
            ["aws", "organization", "organization"]
        );
        assert_eq!(
            terms("sign in, log in, login"),
            ["signin", "signin", "signin"]
        );
        assert!(
            terms("EventBridge")
                .iter()
                .all(|t| *t == terms("event bridge")[0])
        );
    }

    #[test]
    fn case_diacritics_and_camel_case_fold() {
        assert_eq!(terms("RÉSUMÉ Café"), ["resum", "cafe"]);
        assert_eq!(
            terms("sts:AssumeRoot"),
            ["sts", "assumeroot", "assum", "root"]
        );
        assert_eq!(terms("IAM.4"), ["iam", "4"]);
    }
}
