//! Transfer links: a student's whole progress in a URL fragment, so it can
//! move to another device with no account and no server (a fragment is
//! never sent to one), and fit a QR code where it can.
//!
//! The JSON export spends most of its bytes on field names, question ids
//! and 13-digit times. The link instead stores postcard's compact binary
//! form of: the question ids once each, sorted and front-coded (the ids of a
//! page share their prefix); each answer as an index into them and the
//! milliseconds since the previous answer; then base64url. A student who
//! has answered every question of the bank twice needs about 2 KB.

use super::{AnswerRecord, Progress, ProgressError, Stamped};
use crate::quiz::Answer;
use crate::quiz::exam::{ExamKey, ExamRecord, ExamSession};
use crate::schedule::Confidence;
use serde::{Deserialize, Serialize};

/// The fragment's name: `#transfer=<data>`.
pub const FRAGMENT_KEY: &str = "transfer=";
/// The link format; the data starts with it and a dot.
const LINK_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Compact {
    generation: u64,
    /// Sorted question ids, each as (bytes shared with the previous id, the rest).
    ids: Vec<(u8, String)>,
    /// Time of the first answer, in ms since the epoch.
    start: i64,
    /// Every answer by time: (index into ids, ms since the previous answer,
    /// correct and confidence packed, the answer).
    answers: Vec<(u32, u64, u8, Answer)>,
    read: Vec<(String, Stamped<bool>)>,
    exams: Vec<ExamRecord>,
    open_exams: Vec<ExamSession>,
    abandoned: Vec<ExamKey>,
    exam_date: Stamped<Option<String>>,
}

/// The data part of a transfer link for `progress`.
pub fn encode(progress: &Progress) -> String {
    let ids: Vec<&String> = progress.answers.keys().collect();
    let mut records: Vec<(i64, u32, &AnswerRecord)> = progress
        .answers
        .values()
        .enumerate()
        .flat_map(|(i, log)| log.iter().map(move |r| (r.at, i as u32, r)))
        .collect();
    crate::sort::sort_by_key(&mut records, |&(at, i, _)| (at, i));
    let start = records.first().map_or(0, |r| r.0);
    let mut previous = start;
    let answers = records
        .into_iter()
        .map(|(at, i, r)| {
            let gap = at.abs_diff(previous);
            previous = at;
            (i, gap, pack(r.correct, r.confidence), r.answer.clone())
        })
        .collect();
    let compact = Compact {
        generation: progress.generation,
        ids: front_code(&ids),
        start,
        answers,
        read: progress
            .read
            .iter()
            .map(|(slug, mark)| (slug.clone(), *mark))
            .collect(),
        exams: progress.exams.clone(),
        open_exams: progress.open_exams.clone(),
        abandoned: progress.abandoned.iter().copied().collect(),
        exam_date: progress.exam_date.clone(),
    };
    let bytes = postcard::to_allocvec(&compact).expect("progress is plain data");
    format!("{LINK_VERSION}.{}", base64url(&bytes))
}

/// Reads the data part of a transfer link, refusing with the reason what it cannot read.
pub fn decode(data: &str) -> Result<Progress, ProgressError> {
    let damaged = |what: &str| ProgressError::Invalid {
        version: LINK_VERSION,
        detail: format!(
            "the link is damaged ({what}); it may have been cut short when it was copied"
        ),
    };
    let (version, payload) = data.split_once('.').ok_or(ProgressError::NotRootcamp)?;
    let version: u32 = version.parse().map_err(|_| ProgressError::NotRootcamp)?;
    if version > LINK_VERSION {
        return Err(ProgressError::Newer { found: version });
    }
    if version != LINK_VERSION {
        return Err(ProgressError::NotRootcamp);
    }
    let bytes = from_base64url(payload).ok_or_else(|| damaged("not base64url"))?;
    let compact: Compact =
        postcard::from_bytes(&bytes).map_err(|_| damaged("its data ends early or does not fit"))?;
    let ids = front_decode(&compact.ids).ok_or_else(|| damaged("a question id does not decode"))?;
    let mut progress = Progress {
        generation: compact.generation,
        read: compact.read.into_iter().collect(),
        exams: compact.exams,
        open_exams: compact.open_exams,
        abandoned: compact.abandoned.into_iter().collect(),
        exam_date: compact.exam_date,
        ..Progress::default()
    };
    let mut at = compact.start;
    for (i, gap, flags, answer) in compact.answers {
        let id = ids
            .get(i as usize)
            .ok_or_else(|| damaged("an answer names no question"))?;
        at = i64::try_from(gap)
            .ok()
            .and_then(|gap| at.checked_add(gap))
            .ok_or_else(|| damaged("an answer's time is out of range"))?;
        let (correct, confidence) = unpack(flags).ok_or_else(|| damaged("an answer's flags"))?;
        progress
            .answers
            .entry(id.clone())
            .or_default()
            .push(AnswerRecord {
                at,
                correct,
                answer,
                confidence,
            });
    }
    if let Some(detail) = progress.problem() {
        return Err(ProgressError::Invalid {
            version: LINK_VERSION,
            detail,
        });
    }
    progress.normalize();
    Ok(progress)
}

fn pack(correct: bool, confidence: Option<Confidence>) -> u8 {
    let level = match confidence {
        None => 0,
        Some(Confidence::Guess) => 1,
        Some(Confidence::Unsure) => 2,
        Some(Confidence::Sure) => 3,
    };
    u8::from(correct) | level << 1
}

fn unpack(flags: u8) -> Option<(bool, Option<Confidence>)> {
    let confidence = match flags >> 1 {
        0 => None,
        1 => Some(Confidence::Guess),
        2 => Some(Confidence::Unsure),
        3 => Some(Confidence::Sure),
        _ => return None,
    };
    Some((flags & 1 == 1, confidence))
}

fn front_code(sorted: &[&String]) -> Vec<(u8, String)> {
    let mut previous = "";
    sorted
        .iter()
        .map(|id| {
            let shared = id
                .bytes()
                .zip(previous.bytes())
                .take_while(|(a, b)| a == b)
                .count()
                .min(usize::from(u8::MAX));
            // Never split a character: back off to a char boundary.
            let shared = (0..=shared)
                .rev()
                .find(|&n| id.is_char_boundary(n))
                .unwrap_or(0);
            previous = id;
            (shared as u8, id[shared..].to_string())
        })
        .collect()
}

fn front_decode(coded: &[(u8, String)]) -> Option<Vec<String>> {
    let mut ids: Vec<String> = Vec::with_capacity(coded.len());
    for (shared, rest) in coded {
        let previous = ids.last().map_or("", String::as_str);
        let prefix = previous.get(..usize::from(*shared))?;
        ids.push(format!("{prefix}{rest}"));
    }
    Some(ids)
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding (RFC 4648 section 5): safe in a URL fragment.
fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let digits: Vec<u32> = text
        .bytes()
        .map(|c| ALPHABET.iter().position(|&a| a == c).map(|v| v as u32))
        .collect::<Option<_>>()?;
    if digits.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for chunk in digits.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &d)| n | d << (18 - 6 * i));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

/// A QR code of `text` as an SVG path of its dark modules (one unit each)
/// and its width in modules, or None when the text does not fit the largest
/// QR code (about 2,900 bytes at the lowest error correction).
pub fn qr_path(text: &str) -> Option<(usize, String)> {
    use qrcodegen::{QrCode, QrCodeEcc};
    let code = QrCode::encode_text(text, QrCodeEcc::Low).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{x},{y}h1v1h-1z"));
            }
        }
    }
    Some((size as usize, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..20 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            let text = base64url(&bytes);
            assert!(text.bytes().all(|c| ALPHABET.contains(&c)), "{text}");
            assert_eq!(from_base64url(&text), Some(bytes));
        }
        assert_eq!(base64url(b"Man"), "TWFu");
        assert_eq!(base64url(b"Ma"), "TWE");
        assert_eq!(from_base64url("TWFu*"), None);
    }

    #[test]
    fn ids_are_front_coded() {
        let ids = ["root-mfa-01", "root-mfa-02", "root-vs-iam-01"].map(String::from);
        let refs: Vec<&String> = ids.iter().collect();
        let coded = front_code(&refs);
        assert_eq!(
            coded,
            [
                (0, "root-mfa-01".to_string()),
                (10, "2".to_string()),
                (5, "vs-iam-01".to_string())
            ]
        );
        assert_eq!(front_decode(&coded).unwrap(), ids);
    }
}
