//! What the host tests share: the shipped content, compiled once per test binary.

#![allow(dead_code)]

use rootcamp_core::Bundle;
use rootcamp_core::compile::compile_dir;
use rootcamp_core::quiz::{Body, Choice, Difficulty, Question};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The repository's root folder.
pub(crate) fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The bundle of this repository's `content/`; a content mistake fails the test with every message.
pub(crate) fn shipped() -> &'static Bundle {
    static BUNDLE: OnceLock<Bundle> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        compile_dir(&repo_root())
            .unwrap_or_else(|e| panic!("content has mistakes:\n{e}"))
            .bundle
    })
}

/// A single-answer question of `topic` with four options, the first one right.
pub(crate) fn question(id: &str, topic: &str) -> Question {
    Question {
        id: id.into(),
        topic: topic.into(),
        domain: 1,
        difficulty: Difficulty::Easy,
        scenario: String::new(),
        links: vec![],
        body: Body::Single {
            options: [true, false, false, false]
                .map(|correct| Choice {
                    text: format!("{correct}"),
                    correct,
                    why: String::new(),
                })
                .to_vec(),
        },
    }
}
