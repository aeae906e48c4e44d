//! The knowledge base this repository ships compiles, and every page carries
//! what a student relies on: sources, a checked date, a place on the study path.

mod common;

use common::{repo_root, shipped};

#[test]
fn shipped_content_compiles_with_sources_and_dates() {
    let bundle = shipped();
    let on_disk = std::fs::read_dir(repo_root().join("content/kb"))
        .expect("content/kb is readable")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".md"))
        })
        .count();
    assert_eq!(
        bundle.pages.len(),
        on_disk,
        "every page is on the study path"
    );
    for page in &bundle.pages {
        assert!(!page.sources.is_empty(), "{} has sources", page.slug);
        assert_eq!(
            page.checked.len(),
            "2026-11-22".len(),
            "{} has a checked date",
            page.slug
        );
        assert!(
            page.headings.iter().any(|h| h.level == 2),
            "{} has sections",
            page.slug
        );
        assert!(
            !page.see_also.is_empty(),
            "{} has see-also links",
            page.slug
        );
        assert!(
            page.html.contains("callout-tip"),
            "{} has an exam tip",
            page.slug
        );
        println!(
            "{}: {} words, {} sources, checked {}",
            page.slug,
            page.words,
            page.sources.len(),
            page.checked
        );
    }
}

/// A student who has answered 90 questions twice (one wrong, then right) and
/// read every page gets a transfer link that fits a QR code; a longer history
/// gets a link too (the page then says to use it or a file instead of a QR
/// code). Prints the figures for 90 questions and for the whole shipped bank:
/// `cargo test -p rootcamp-core --test shipped_content -- --nocapture`.
#[test]
fn a_transfer_link_for_90_questions_answered_twice_fits_a_qr_code() {
    use rootcamp_core::Progress;
    use rootcamp_core::progress::transfer;
    use rootcamp_core::quiz::Answer;
    let bundle = shipped();
    for n in [90, bundle.questions.len()] {
        let mut p = Progress::default();
        // One answer every 40 s, a day apart for the second round.
        let mut now = 1_767_000_000_000;
        for round in 0..2 {
            for q in bundle.questions.iter().take(n) {
                now += 40_000;
                p.record_answer(&q.id, Answer::Choices(vec![1]), round == 1, None, now);
            }
            now += 86_400_000;
        }
        for page in &bundle.pages {
            p.set_read(&page.slug, true, now);
        }
        let data = transfer::encode(&p);
        let link = format!("https://example.github.io/rootcamp/progress#transfer={data}");
        assert_eq!(transfer::decode(&data), Ok(p.clone()));
        let qr = transfer::qr_path(&link);
        println!(
            "transfer link for {n} questions answered twice: {} characters (JSON export: {} bytes); QR code: {}",
            link.len(),
            p.to_json().len(),
            qr.as_ref()
                .map_or("does not fit".to_string(), |(m, _)| format!(
                    "{m}x{m} modules"
                ))
        );
        if n == 90 {
            assert!(qr.is_some(), "the link for {n} questions fits a QR code");
        }
    }
}

/// The bank trains the exam rather than test-wiseness: picking the longest
/// option, or ruling it out, does no better than chance, and there are enough multiple-choice
/// and multiple-response questions for a full-length exam.
#[test]
fn the_shipped_bank_gives_nothing_away_by_length_and_fills_a_full_exam() {
    use rootcamp_core::quiz::compile::{
        LengthShare, MAX_LONGEST_RIGHT_PERCENT, MIN_LONGEST_RIGHT_PERCENT,
    };
    use rootcamp_core::quiz::exam::{FULL_LENGTH, exam_pool};
    let bundle = shipped();
    let share = LengthShare::of(&bundle.questions);
    println!("{} questions; {share}", bundle.questions.len());
    assert!(
        (MIN_LONGEST_RIGHT_PERCENT..=MAX_LONGEST_RIGHT_PERCENT).contains(&share.single_percent()),
        "{share}"
    );
    assert!(
        bundle.questions.len() >= 130,
        "{} questions",
        bundle.questions.len()
    );
    assert!(exam_pool(&bundle.questions) >= FULL_LENGTH);
}

/// A deployed site writes the search index as a file of its own, fetched
/// only when the student searches: both halves read back as they were.
#[test]
fn the_search_index_splits_off_and_reads_back_whole() {
    use rootcamp_core::Bundle;
    use rootcamp_core::search::SearchIndex;
    let bundle = shipped();
    let (rest, index) = bundle.clone().split_search();
    let (rest_bytes, index_bytes) = (rest.encode(), index.encode());
    println!(
        "content without search: {} bytes; search index: {} bytes; together: {} bytes",
        rest_bytes.len(),
        index_bytes.len(),
        bundle.encode().len()
    );
    let rest = Bundle::decode(&rest_bytes).expect("the content reads back");
    let index = SearchIndex::decode(&index_bytes).expect("the index reads back");
    assert_eq!(rest.pages, bundle.pages);
    assert_eq!(rest.questions, bundle.questions);
    assert_eq!(rest.search, SearchIndex::default());
    assert_eq!(index, bundle.search);
    assert!(!index.query("root mfa", 5).is_empty());
}

/// A deployed site writes the pages' bodies as a file of their own, fetched
/// only to read a page in the app. The content's version names the whole
/// bundle, so a problem report still tells apart two texts of one page when
/// only the body changed.
#[test]
fn the_page_bodies_split_off_and_an_edit_to_one_changes_the_version() {
    use rootcamp_core::bundle::PageBodies;
    use rootcamp_core::compile::{compile, read_content};
    let bundle = shipped();
    let (rest, bodies) = bundle.clone().split_bodies();
    let bodies_bytes = bodies.encode();
    println!(
        "content without bodies: {} bytes; bodies: {} bytes",
        rest.encode().len(),
        bodies_bytes.len()
    );
    let bodies = PageBodies::decode(&bodies_bytes).expect("the bodies read back");
    for page in &bundle.pages {
        assert_eq!(bodies.html(&page.slug), Some(page.html.as_str()));
    }
    assert!(rest.pages.iter().all(|p| p.html.is_empty()));
    assert_eq!(rest.version, bundle.version);

    let mut files = read_content(&repo_root(), "content").expect("the content reads");
    let page = files
        .iter_mut()
        .find(|f| f.path.ends_with("root-mfa.md"))
        .expect("root-mfa.md is shipped");
    page.text
        .push_str("\nOne more sentence at the end of the body.\n");
    let edited = compile(&files).expect("the edit compiles").bundle;
    assert_ne!(edited.version, bundle.version);
    assert_eq!(edited.version.len(), 10);
}
