//! The content bundle: pages, questions and the search index.
//!
//! A deployed site keeps it out of the wasm, in hashed data files that the
//! build names in `<meta>` tags: the pages and questions
//! (`rootcamp-content`), which the app fetches before its first render
//! ([`load`]), and the search index (`rootcamp-search`), the largest part,
//! fetched only when the student searches ([`use_search_index`]). The service
//! worker precaches both, and a content edit leaves the wasm unchanged. The
//! build gzips them, since a static host sends binary files as they are.
//! Development builds and component tests embed the whole bundle instead
//! (the `embed-content` feature, on by default).

use rootcamp_core::bundle::content_version;
use rootcamp_core::search::SearchIndex;
use rootcamp_core::{Bundle, BundleError};
use std::sync::OnceLock;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[cfg(feature = "embed-content")]
const EMBEDDED: Option<&[u8]> = Some(include_bytes!(concat!(env!("OUT_DIR"), "/bundle.bin")));
#[cfg(not(feature = "embed-content"))]
const EMBEDDED: Option<&[u8]> = None;

use rootcamp_core::url::{CONTENT_META, SEARCH_META};

/// The content and the version of the bytes it came from.
struct Loaded {
    bundle: Bundle,
    version: String,
}

static LOADED: OnceLock<Result<Loaded, BundleError>> = OnceLock::new();

fn decode(bytes: &[u8]) -> Result<Loaded, BundleError> {
    Ok(Loaded {
        bundle: Bundle::decode(bytes)?,
        version: content_version(bytes),
    })
}

fn loaded() -> Option<&'static Result<Loaded, BundleError>> {
    match EMBEDDED {
        Some(bytes) => Some(LOADED.get_or_init(|| decode(bytes))),
        None => LOADED.get(),
    }
}

/// The knowledge base, or why it cannot be read. Before [`load`] has
/// fetched a deployed site's content, it says so.
pub fn bundle() -> Result<&'static Bundle, &'static BundleError> {
    static NOT_LOADED: OnceLock<BundleError> = OnceLock::new();
    match loaded() {
        Some(Ok(l)) => Ok(&l.bundle),
        Some(Err(e)) => Err(e),
        None => Err(NOT_LOADED
            .get_or_init(|| BundleError::Corrupt("the content has not been loaded yet".into()))),
    }
}

/// The version of the content shown: a hash of its bytes, as the build names it.
pub fn version() -> &'static str {
    match loaded() {
        Some(Ok(l)) => &l.version,
        _ => "unknown",
    }
}

/// Gives the content as bytes, when they are at hand: the build does so
/// when it pre-renders pages on the host. Content already loaded stays.
pub fn provide(bytes: &[u8]) -> Result<(), &'static BundleError> {
    let _ = LOADED.set(decode(bytes));
    bundle().map(|_| ())
}

/// Gets the content ready: decodes the embedded copy, or fetches the file the
/// page's meta tag names (from the service worker's cache when offline).
pub async fn load() {
    if loaded().is_some() {
        return;
    }
    let result = match fetch(CONTENT_META).await {
        Ok(bytes) => decode(&bytes),
        Err(why) => Err(BundleError::Corrupt(why)),
    };
    let _ = LOADED.set(result);
}

static SEARCH: OnceLock<Result<SearchIndex, BundleError>> = OnceLock::new();

/// The search index, or why it cannot be read; None while a deployed site
/// has not fetched it yet ([`load_search`]).
pub fn search_index() -> Option<Result<&'static SearchIndex, &'static BundleError>> {
    if EMBEDDED.is_some() {
        return Some(bundle().map(|b| &b.search));
    }
    SEARCH.get().map(Result::as_ref)
}

thread_local! {
    static SEARCH_FETCHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// What to do once the index has come (or failed to).
    static SEARCH_WAITING: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Fetches the search index the page's meta tag names (from the service
/// worker's cache when offline), once however often it is asked.
pub async fn load_search() {
    if search_index().is_some() || SEARCH_FETCHING.replace(true) {
        return;
    }
    let result = match fetch(SEARCH_META).await {
        Ok(bytes) => SearchIndex::decode(&bytes),
        Err(why) => Err(BundleError::Corrupt(why)),
    };
    let _ = SEARCH.set(result);
    SEARCH_FETCHING.set(false);
    for then in SEARCH_WAITING.take() {
        then();
    }
}

/// Runs `then` once the search index is here (at once if it is), asking for it.
fn when_search_ready(then: impl FnOnce() + 'static) {
    if search_index().is_some() {
        return then();
    }
    SEARCH_WAITING.with_borrow_mut(|waiting| waiting.push(Box::new(then)));
    wasm_bindgen_futures::spawn_local(load_search());
}

/// The search index for a page that searches: it asks for the index when it
/// is not there yet and renders again once it is.
#[yew::hook]
pub fn use_search_index() -> Option<Result<&'static SearchIndex, &'static BundleError>> {
    let render_again = yew::use_force_update();
    yew::use_effect_with((), move |_| {
        if search_index().is_none() {
            when_search_ready(move || render_again.force_update());
        }
    });
    search_index()
}

async fn fetch(meta: &str) -> Result<Vec<u8>, String> {
    let document = gloo::utils::document();
    let url = document
        .query_selector(&format!("meta[name={meta}]"))
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .ok_or("the page does not say where its content is")?;
    let cannot = |e: wasm_bindgen::JsValue| format!("cannot fetch {url}: {e:?}");
    let response: web_sys::Response = JsFuture::from(gloo::utils::window().fetch_with_str(&url))
        .await
        .map_err(cannot)?
        .dyn_into()
        .map_err(cannot)?;
    if !response.ok() {
        return Err(format!("cannot fetch {url}: HTTP {}", response.status()));
    }
    // The build gzips the files, since a static host sends binary files as
    // they are; a host that sends them unpacked is understood too.
    let packed = response.clone().map_err(cannot)?;
    let bytes = array_buffer(&response).await.map_err(cannot)?;
    if !bytes.starts_with(&GZIP_MAGIC) {
        return Ok(bytes);
    }
    let body = packed.body().ok_or("the file is empty")?;
    // A DecompressionStream is the pair of streams that pipeThrough takes.
    let gunzip = DecompressionStream::new("gzip").map_err(cannot)?;
    let unpacked = body.pipe_through(gunzip.unchecked_ref());
    let response =
        web_sys::Response::new_with_opt_readable_stream(Some(&unpacked)).map_err(cannot)?;
    array_buffer(&response)
        .await
        .map_err(|_| format!("{url} is damaged: it does not unpack"))
}

/// The first bytes of a gzip file.
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

async fn array_buffer(response: &web_sys::Response) -> Result<Vec<u8>, wasm_bindgen::JsValue> {
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

// The browser's gzip (web-sys has it only behind its unstable APIs).
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, wasm_bindgen::JsValue>;
}

/// The content, given to every page once by the app ([`crate::App`] shows an
/// error instead of the pages when it cannot be read).
#[derive(Clone, Copy)]
pub struct Content(pub &'static Bundle);

impl PartialEq for Content {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// The content, for a page rendered inside the app.
#[yew::hook]
pub fn use_content() -> &'static Bundle {
    yew::use_context::<Content>()
        .expect("pages are rendered inside the app's content provider")
        .0
}
