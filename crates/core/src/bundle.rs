//! The compiled content bundle: one type written by `build.rs` and read by the app.
//!
//! The encoding is postcard, prefixed by [`FORMAT_VERSION`], so that a reader
//! built against another layout refuses the data with a clear error instead of
//! misreading it.

use crate::search::SearchIndex;
use serde::{Deserialize, Serialize};

/// Bump whenever [`Bundle`] or anything inside it changes shape.
pub const FORMAT_VERSION: u32 = 6;

/// A short name for one build of the content: the FNV-1a hash of the encoded
/// bundle, in hex. The compiler stores it in [`Bundle::version`]; problem
/// reports carry it, so a report can be matched to the text the student saw.
pub fn content_version(encoded: &[u8]) -> String {
    let hash = encoded.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{:010x}", hash >> 24)
}

/// All the study content the app ships: knowledge-base pages, question bank, search index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    /// This build of the content ([`content_version`] of the whole bundle),
    /// set by the compiler: any edit changes it, wherever the edit lands when
    /// a deployed site splits the bundle into files.
    pub version: String,
    /// Knowledge-base pages in study-path order.
    pub pages: Vec<Page>,
    /// The question bank.
    pub questions: Vec<crate::quiz::Question>,
    /// Sections of the pages (and questions), ready to query.
    pub search: SearchIndex,
}

/// One knowledge-base page, compiled from its markdown file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Page {
    /// The page's address under kb/, stable forever: progress and links use it.
    pub slug: String,
    /// The page's title, shown as its heading and in lists of pages.
    pub title: String,
    /// One or two sentences on what the page covers, shown under the title and in page lists.
    pub summary: String,
    /// SAA-C03 exam domain, 1 to 4.
    pub domain: u8,
    /// AWS documentation URLs the page's facts come from.
    pub sources: Vec<String>,
    /// ISO date (YYYY-MM-DD) on which the facts were last checked.
    pub checked: String,
    /// Rendered, validated HTML of the page body. Links are relative to the site's base.
    /// Empty in a deployed site's content file, which leaves the bodies to a
    /// file of their own ([`Bundle::split_bodies`]).
    pub html: String,
    /// Headings of the body in document order, for the table of contents and search.
    pub headings: Vec<Heading>,
    /// Number of words of text in the body (code blocks not counted), for the reading time.
    pub words: u32,
    /// Slugs of related pages.
    pub see_also: Vec<String>,
}

/// A section heading in a page's body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Heading {
    /// The markdown heading level: 2 for `##`, 3 for `###`, and so on (pages have no level 1).
    pub level: u8,
    /// The anchor: stable, unique within the page.
    pub id: String,
    /// The heading's words as plain text, without markup.
    pub text: String,
}

/// Why encoded bundle data could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BundleError {
    /// The data was written by a compiler with another format version.
    Version {
        /// The format version the data carries.
        found: u32,
        /// The format version this build reads, [`FORMAT_VERSION`].
        expected: u32,
    },
    /// The data could not be decoded at all.
    Corrupt(String),
    /// The data did not arrive (the browser could not fetch it); holds why,
    /// in words shown to the student.
    Unavailable(String),
}

impl std::fmt::Display for BundleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BundleError::Version { found, expected } => write!(
                f,
                "content bundle has format version {found}, this app reads version {expected}"
            ),
            BundleError::Corrupt(why) => write!(f, "content bundle cannot be read: {why}"),
            BundleError::Unavailable(why) => f.write_str(why),
        }
    }
}

impl std::error::Error for BundleError {}

/// `value` as bytes: [`FORMAT_VERSION`], then the value, in postcard.
fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    // Serializing owned, plain data into a Vec cannot fail.
    postcard::to_allocvec(&(FORMAT_VERSION, value)).expect("content serializes")
}

/// Reads bytes written by [`encode`], refusing data of another format version.
fn decode<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, BundleError> {
    let (found, rest) =
        postcard::take_from_bytes::<u32>(bytes).map_err(|e| BundleError::Corrupt(e.to_string()))?;
    if found != FORMAT_VERSION {
        return Err(BundleError::Version {
            found,
            expected: FORMAT_VERSION,
        });
    }
    postcard::from_bytes(rest).map_err(|e| BundleError::Corrupt(e.to_string()))
}

impl SearchIndex {
    /// The index as bytes, on its own: [`FORMAT_VERSION`], then the index.
    pub fn encode(&self) -> Vec<u8> {
        encode(self)
    }

    /// Reads bytes written by [`SearchIndex::encode`], refusing another format version.
    pub fn decode(bytes: &[u8]) -> Result<SearchIndex, BundleError> {
        decode(bytes)
    }
}

/// The pages' bodies, apart from the rest of the bundle: only reading a page
/// in the app needs them, so the other routes do not download them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PageBodies {
    /// Each page's slug and its [`Page::html`].
    pub pages: Vec<(String, String)>,
}

impl PageBodies {
    /// The body of the page `slug`, if the file has it.
    pub fn html(&self, slug: &str) -> Option<&str> {
        self.pages
            .iter()
            .find(|(s, _)| s == slug)
            .map(|(_, html)| html.as_str())
    }

    /// The bodies as bytes, on their own: [`FORMAT_VERSION`], then the bodies.
    pub fn encode(&self) -> Vec<u8> {
        encode(self)
    }

    /// Reads bytes written by [`PageBodies::encode`], refusing another format version.
    pub fn decode(bytes: &[u8]) -> Result<PageBodies, BundleError> {
        decode(bytes)
    }
}

impl Bundle {
    /// The bundle as bytes: [`FORMAT_VERSION`], then the bundle, in postcard.
    pub fn encode(&self) -> Vec<u8> {
        encode(self)
    }

    /// Reads bytes written by [`Bundle::encode`], refusing data of another format version.
    pub fn decode(bytes: &[u8]) -> Result<Bundle, BundleError> {
        decode(bytes)
    }

    /// The bundle without its search index, and the index: a deployed site
    /// writes them as two files, so that only searching fetches the index
    /// (the largest part).
    pub fn split_search(mut self) -> (Bundle, SearchIndex) {
        let search = std::mem::take(&mut self.search);
        (self, search)
    }

    /// The bundle without its pages' bodies, and the bodies: a deployed site
    /// writes them as two files, so that only reading a page fetches them.
    pub fn split_bodies(mut self) -> (Bundle, PageBodies) {
        let pages = self
            .pages
            .iter_mut()
            .map(|p| (p.slug.clone(), std::mem::take(&mut p.html)))
            .collect();
        (self, PageBodies { pages })
    }

    /// The question with this id, if the bank has it.
    pub fn question(&self, id: &str) -> Option<&crate::quiz::Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The page with this slug, if there is one.
    pub fn page(&self, slug: &str) -> Option<&Page> {
        self.pages.iter().find(|p| p.slug == slug)
    }

    /// The pages before and after `slug` on the study path.
    pub fn neighbours(&self, slug: &str) -> (Option<&Page>, Option<&Page>) {
        match self.pages.iter().position(|p| p.slug == slug) {
            Some(i) => (
                i.checked_sub(1).and_then(|j| self.pages.get(j)),
                self.pages.get(i + 1),
            ),
            None => (None, None),
        }
    }
}

impl Page {
    /// Minutes to read at 200 words a minute, never less than one.
    pub fn reading_minutes(&self) -> u32 {
        self.words.div_ceil(200).max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Bundle {
        let page = |slug: &str| Page {
            slug: slug.into(),
            title: format!("Title {slug}"),
            summary: "s".into(),
            domain: 1,
            sources: vec!["https://docs.aws.amazon.com/x".into()],
            checked: "2026-11-01".into(),
            html: "<p>x</p>".into(),
            headings: vec![Heading {
                level: 2,
                id: "a".into(),
                text: "A".into(),
            }],
            words: 401,
            see_also: vec![],
        };
        Bundle {
            version: "v".into(),
            pages: vec![page("one"), page("two"), page("three")],
            questions: vec![],
            search: crate::search::IndexBuilder::default().build(),
        }
    }

    #[test]
    fn round_trips() {
        let b = sample();
        assert_eq!(Bundle::decode(&b.encode()), Ok(b));
    }

    #[test]
    fn splits_the_bodies_off_and_they_round_trip() {
        let whole = sample();
        let (rest, bodies) = whole.clone().split_bodies();
        assert!(rest.pages.iter().all(|p| p.html.is_empty()));
        assert_eq!(rest.pages.len(), 3);
        assert_eq!(rest.version, whole.version);
        assert_eq!(bodies.html("two"), Some("<p>x</p>"));
        assert_eq!(bodies.html("four"), None);
        assert_eq!(PageBodies::decode(&bodies.encode()), Ok(bodies));
    }

    #[test]
    fn refuses_another_format_version() {
        let mut bytes = sample().encode();
        bytes[0] = (FORMAT_VERSION + 1) as u8;
        let err = Bundle::decode(&bytes).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "content bundle has format version {}, this app reads version {}",
                FORMAT_VERSION + 1,
                FORMAT_VERSION
            )
        );
    }

    #[test]
    fn refuses_truncated_data() {
        let bytes = sample().encode();
        let err = Bundle::decode(&bytes[..bytes.len() / 2]).unwrap_err();
        assert!(matches!(err, BundleError::Corrupt(_)), "{err:?}");
        assert!(
            err.to_string()
                .starts_with("content bundle cannot be read: ")
        );
    }

    #[test]
    fn neighbours_follow_the_study_path() {
        let b = sample();
        let slugs = |(p, n): (Option<&Page>, Option<&Page>)| {
            (p.map(|p| p.slug.clone()), n.map(|p| p.slug.clone()))
        };
        assert_eq!(slugs(b.neighbours("one")), (None, Some("two".into())));
        assert_eq!(
            slugs(b.neighbours("two")),
            (Some("one".into()), Some("three".into()))
        );
        assert_eq!(slugs(b.neighbours("three")), (Some("two".into()), None));
        assert_eq!(slugs(b.neighbours("nope")), (None, None));
    }

    #[test]
    fn reading_time_rounds_up() {
        assert_eq!(sample().pages[0].reading_minutes(), 3);
    }
}
