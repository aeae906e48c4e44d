//! Input from outside the program never panics or hangs: search queries as
//! typed, and progress files as imported (garbage, truncated or tampered).

use proptest::prelude::*;
use rootcamp_core::quiz::Answer;
use rootcamp_core::schedule::Confidence;
use rootcamp_core::{Bundle, Progress};

mod common;

fn bundle() -> &'static Bundle {
    common::shipped()
}

fn sample_progress() -> Progress {
    let mut p = Progress::default();
    p.set_read("root-mfa", true, 1_700_000_000_000);
    p.record_answer(
        "root-mfa-01",
        Answer::Choices(vec![1]),
        true,
        Some(Confidence::Sure),
        1_700_000_000_000,
    );
    p.record_answer(
        "root-vs-iam-09",
        Answer::Classify(vec![Some(0), None]),
        false,
        None,
        1_700_000_100_000,
    );
    p
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn any_query_returns_at_most_the_limit(query in "\\PC{0,60}", limit in 0usize..30) {
        let hits = bundle().search.query(&query, limit);
        prop_assert!(hits.len() <= limit);
        let _ = bundle().search.suggest(&query);
    }

    #[test]
    fn queries_of_this_field_never_panic(words in prop::collection::vec("(root|mfa|scp|2fa|org|acc?ount|p[a@]ss?word|[a-z]{1,12}|[0-9]{1,3}|[-.:/_ ]|é|İ|ß)", 0..8)) {
        let query = words.concat();
        let _ = bundle().search.query(&query, 10);
    }

    #[test]
    fn any_text_as_a_progress_file_is_read_or_refused(text in "\\PC{0,200}") {
        let _ = Progress::from_json(&text);
    }

    #[test]
    fn any_text_as_a_transfer_link_is_read_or_refused(text in "[0-9]\\.[A-Za-z0-9_-]{0,300}") {
        let _ = rootcamp_core::progress::transfer::decode(&text);
    }

    #[test]
    fn a_tampered_progress_file_round_trips_if_accepted_and_a_cut_one_is_refused(cut in 0usize..400, byte in any::<u8>(), at in 0usize..400) {
        let json = sample_progress().to_json();
        let mut bytes = json.clone().into_bytes();
        let at = at % bytes.len();
        bytes[at] = byte;
        let tampered = String::from_utf8_lossy(&bytes).into_owned();
        if let Ok(p) = Progress::from_json(&tampered) {
            // Whatever was accepted must survive a round trip unchanged.
            prop_assert_eq!(Progress::from_json(&p.to_json()), Ok(p));
        }
        let truncated = &json[..json.len().min(cut)];
        if cut < json.len() {
            prop_assert!(Progress::from_json(truncated).is_err(), "a cut-off file is refused");
        }
    }
}
