//! One sort for the app. Each use of the standard library's sort with another
//! element type or comparison compiles a copy of the whole sort into the wasm
//! (about 3.5 KB before compression); these sort a list of positions instead,
//! with the comparison behind a `dyn`, so every caller shares one copy.
//! Stable, like `slice::sort_by`.

use std::cmp::Ordering;
use std::collections::BTreeMap;

/// Sorts `v` by `cmp`, keeping equal items in their order.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = positions(v.len(), &|a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `v` by `key`, keeping items with equal keys in their order.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in its natural order.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

/// The map of `pairs` (the last value of a repeated key wins), built by
/// inserting: `collect()` into a map sorts the pairs first, with a sort of
/// its own for each map type.
pub fn map_of<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    for (k, v) in pairs {
        map.insert(k, v);
    }
    map
}

/// The positions `0..len` in the order `cmp` gives them.
fn positions(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_keeps_ties_in_order() {
        let mut words = vec!["pear", "fig", "apple", "kiwi", "plum", "date"];
        let mut expected = words.clone();
        expected.sort_by_key(|w| w.len());
        sort_by_key(&mut words, |w| w.len());
        assert_eq!(words, expected);
        assert_eq!(words, ["fig", "pear", "kiwi", "plum", "date", "apple"]);
        let mut numbers = vec![5, -1, 3, 3, 0];
        sort(&mut numbers);
        assert_eq!(numbers, [-1, 0, 3, 3, 5]);
        let map = map_of([("b", 1), ("a", 2), ("b", 3)]);
        assert_eq!(map.into_iter().collect::<Vec<_>>(), [("a", 2), ("b", 3)]);
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }
}
