//! A light English stemmer, so that the forms of a word meet in one term.

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// A light English stemmer: plural, past and -ing forms and a final e or y,
/// so that `policies`/`policy`, `enabled`/`enabling`/`enable` and
/// `keys`/`key` meet. Short words and non-ASCII words are left alone.
pub(super) fn stem(word: &str) -> String {
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
}
