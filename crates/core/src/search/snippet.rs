//! Snippets for results: the section's text around the matched words, with
//! those words marked. The text is the section's plain text as the build
//! read it from the markdown ([`super::SearchDoc::text`]).

use super::{Synonyms, text};
use std::collections::HashSet;

/// Text to show, as runs that are (true) or are not (false) a matched word.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Snippet {
    /// The snippet's text in order, each run with whether it is a matched word to mark.
    pub parts: Vec<(String, bool)>,
}

/// About `max_chars` of `text` around the first place where matched terms
/// cluster, with the matched words marked.
pub fn snippet(text: &str, matched: &[String], max_chars: usize, synonyms: &Synonyms) -> Snippet {
    let wanted: HashSet<&str> = matched.iter().map(String::as_str).collect();
    let words = text::raw_words(text);
    let hits: Vec<bool> = words
        .iter()
        .map(|&(s, e)| {
            text::terms(&text[s..e], synonyms)
                .iter()
                .any(|t| wanted.contains(t.as_str()))
        })
        .collect();
    // Start a little before the densest run of matches within the window.
    let window_words = (max_chars / 7).max(4);
    let best = (0..words.len()).max_by_key(|&i| {
        (
            hits[i..(i + window_words).min(words.len())]
                .iter()
                .filter(|h| **h)
                .count(),
            std::cmp::Reverse(i),
        )
    });
    let first = best.map_or(0, |i| i.saturating_sub(3));
    let start = words.get(first).map_or(0, |w| w.0);
    let mut end = text.len();
    for &(s, e) in &words[first..] {
        if text[start..e].chars().count() > max_chars {
            end = s;
            break;
        }
    }
    let mut parts: Vec<(String, bool)> = Vec::new();
    let mut pos = start;
    for (k, &(s, e)) in words.iter().enumerate().skip(first) {
        if s >= end {
            break;
        }
        if hits[k] {
            push(&mut parts, &text[pos..s], false);
            push(&mut parts, &text[s..e], true);
            pos = e;
        }
    }
    push(&mut parts, text[pos..end].trim_end(), false);
    if start > 0 {
        parts.insert(0, ("… ".into(), false));
    }
    if end < text.len() {
        push(&mut parts, " …", false);
    }
    Snippet { parts }
}

fn push(parts: &mut Vec<(String, bool)>, s: &str, marked: bool) {
    if s.is_empty() {
        return;
    }
    match parts.last_mut() {
        Some((last, m)) if *m == marked => last.push_str(s),
        _ => parts.push((s.to_string(), marked)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_matched_words_in_a_window() {
        let text = "The root user signs in with an email address. IAM users sign in with an account ID. Passwords differ.";
        let s = snippet(
            text,
            &["email".to_string(), "address".to_string()],
            40,
            &Synonyms::default(),
        );
        let shown: String = s
            .parts
            .iter()
            .map(|(t, m)| if *m { format!("[{t}]") } else { t.clone() })
            .collect();
        assert_eq!(shown, "… root user signs in with an [email] [address]. …");
    }
}
