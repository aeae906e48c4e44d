//! The knowledge base this repository ships compiles, and every page carries
//! what a student relies on: sources, a checked date, a place on the study path.

use rootcamp_core::compile::{compile, read_content};
use rootcamp_core::diagnostic::report;
use std::path::Path;

#[test]
fn shipped_content_compiles_with_sources_and_dates() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let files = read_content(&root, "content").expect("content/ is readable");
    let bundle =
        compile(&files).unwrap_or_else(|d| panic!("content has mistakes:\n{}", report(&d)));
    let on_disk = files.iter().filter(|f| f.path.ends_with(".md")).count();
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

/// The transfer link of a student who answered every question of the shipped
/// bank twice (one wrong, then right) and read every page fits a QR code.
/// Prints the figures: `cargo test -p rootcamp-core --test shipped_content -- --nocapture`.
#[test]
fn a_transfer_link_for_the_whole_bank_answered_twice_fits_a_qr_code() {
    use rootcamp_core::Progress;
    use rootcamp_core::progress::transfer;
    use rootcamp_core::quiz::Answer;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let files = read_content(&root, "content").expect("content/ is readable");
    let bundle = compile(&files).expect("content compiles");
    let mut p = Progress::default();
    // One answer every 40 s, a day apart for the second round.
    let mut now = 1_767_000_000_000;
    for round in 0..2 {
        for q in &bundle.questions {
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
    let json = p.to_json();
    println!(
        "transfer link for {} questions answered twice: {} characters (JSON export: {} bytes)",
        bundle.questions.len(),
        link.len(),
        json.len()
    );
    assert_eq!(transfer::decode(&data), Ok(p));
    let (modules, _) = transfer::qr_path(&link).expect("the link fits a QR code");
    println!("QR code: {modules}x{modules} modules");
}
