//! Edit distance with a bound, for typo tolerance over the term dictionary.

/// The Levenshtein distance between `a` and `b` if it is at most `max`.
/// Stops as soon as every path costs more than `max`, so most dictionary
/// terms are rejected after a row or two.
pub(super) fn within(a: &[u8], b: &[u8], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    // Each edit changes at most two letters of the set of letters used: a cheap
    // test that rejects most dictionary terms before the full comparison.
    if (letters(a) ^ letters(b)).count_ones() as usize > 2 * max {
        return None;
    }
    // Two rows on the stack for ordinary words: this runs once per dictionary term.
    const ROW: usize = 48;
    if b.len() < ROW {
        let (mut prev, mut cur) = ([0usize; ROW], [0usize; ROW]);
        for (j, cell) in prev.iter_mut().enumerate().take(b.len() + 1) {
            *cell = j;
        }
        return rows(a, b, max, &mut prev[..=b.len()], &mut cur[..=b.len()]);
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    rows(a, b, max, &mut prev, &mut cur)
}

fn letters(word: &[u8]) -> u64 {
    word.iter().fold(0, |m, &c| m | 1 << (c & 63))
}

fn rows(a: &[u8], b: &[u8], max: usize, prev: &mut [usize], cur: &mut [usize]) -> Option<usize> {
    let (mut prev, mut cur) = (prev, cur);
    for (i, &ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for (j, &cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
            row_min = row_min.min(cur[j + 1]);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    (prev[b.len()] <= max).then_some(prev[b.len()])
}

/// How many edits a query word of this many characters may have: one from 4, two from 8.
pub(super) fn allowed_edits(chars: usize) -> usize {
    match chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(within(b"accont", b"account", 1), Some(1));
        assert_eq!(within(b"pasword", b"password", 1), Some(1));
        assert_eq!(within(b"managment", b"management", 2), Some(1));
        assert_eq!(within(b"orgnaization", b"organization", 2), Some(2));
        assert_eq!(within(b"root", b"boot", 0), None);
        assert_eq!(within(b"mfa", b"scp", 2), None);
        assert_eq!(within(b"", b"ab", 2), Some(2));
    }

    #[test]
    fn edit_budget_grows_with_length() {
        assert_eq!([3, 4, 7, 8, 20].map(allowed_edits), [0, 1, 1, 2, 2]);
    }
}
