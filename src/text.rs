//! Words the pages share.

/// "1 question" / "3 questions": `n` with the word that agrees with it.
pub(crate) fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
