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

use rootcamp_core::bundle::PageBodies;
use rootcamp_core::search::SearchIndex;
use rootcamp_core::{Bundle, BundleError, Page};
use std::cell::RefCell;
use std::sync::OnceLock;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::{Callback, MouseEvent};

#[cfg(feature = "embed-content")]
const EMBEDDED: Option<&[u8]> = Some(include_bytes!(concat!(env!("OUT_DIR"), "/bundle.bin")));
#[cfg(not(feature = "embed-content"))]
const EMBEDDED: Option<&[u8]> = None;

use rootcamp_core::url::{BODIES_META, CONTENT_META, SEARCH_META};

static LOADED: OnceLock<Result<Bundle, BundleError>> = OnceLock::new();

fn loaded() -> Option<&'static Result<Bundle, BundleError>> {
    match EMBEDDED {
        Some(bytes) => Some(LOADED.get_or_init(|| Bundle::decode(bytes))),
        None => LOADED.get(),
    }
}

/// The knowledge base, or why it cannot be read. Before [`load`] has
/// fetched a deployed site's content, it says so.
pub fn bundle() -> Result<&'static Bundle, &'static BundleError> {
    static NOT_LOADED: OnceLock<BundleError> = OnceLock::new();
    match loaded() {
        Some(Ok(bundle)) => Ok(bundle),
        Some(Err(e)) => Err(e),
        None => Err(NOT_LOADED
            .get_or_init(|| BundleError::Corrupt("the content has not been loaded yet".into()))),
    }
}

/// The version of the content shown, as the build named it.
pub fn version() -> &'static str {
    match loaded() {
        Some(Ok(bundle)) => &bundle.version,
        _ => "unknown",
    }
}

/// Gives the content as bytes, when they are at hand: the build does so
/// when it pre-renders pages on the host. Content already loaded stays.
pub fn provide(bytes: &[u8]) -> Result<(), &'static BundleError> {
    let _ = LOADED.set(Bundle::decode(bytes));
    bundle().map(|_| ())
}

/// Gets the content ready: decodes the embedded copy, or fetches the file the
/// page's meta tag names (from the service worker's cache when offline).
pub async fn load() {
    if loaded().is_some() {
        return;
    }
    CONTENT_FAILED.set(None);
    let result = match fetch(CONTENT_META).await {
        Ok(bytes) => Bundle::decode(&bytes),
        // Asking again may work: kept aside, for Try again.
        Err(why @ Unfetched::Network(_)) => {
            CONTENT_FAILED.set(Some(Box::leak(Box::new(why.into()))));
            return;
        }
        Err(why) => Err(why.into()),
    };
    let _ = LOADED.set(result);
}

thread_local! {
    /// What to do once the content has come; None while nobody asked.
    static CONTENT_WAITING: RefCell<Option<Vec<Then>>> = const { RefCell::new(None) };
    /// Why the network did not deliver the content, the last time it was asked for.
    static CONTENT_FAILED: std::cell::Cell<Option<&'static BundleError>> = const { std::cell::Cell::new(None) };
}

/// Runs `then` once the content is here or has failed to arrive (at once
/// if it is here), fetching it.
fn when_loaded(then: impl FnOnce() + 'static) {
    if loaded().is_some() {
        return then();
    }
    let first = CONTENT_WAITING.with_borrow_mut(|waiting| {
        let first = waiting.is_none();
        waiting.get_or_insert_with(Vec::new).push(Box::new(then));
        first
    });
    if first {
        wasm_bindgen_futures::spawn_local(async {
            load().await;
            for then in CONTENT_WAITING.take().unwrap_or_default() {
                then();
            }
        });
    }
}

/// The content, or why it cannot be read, for the app's frame; None until it
/// has come. Where it is `needed` it is asked for, and the frame renders
/// again once it has come. The search page does without it: its results
/// come from the search index alone.
/// When the network did not deliver it, the callback asks again.
#[yew::hook]
pub fn use_loaded_content(needed: bool) -> (Option<LoadedContent>, Callback<MouseEvent>) {
    let render_again = yew::use_force_update();
    let here = loaded().is_some();
    let failed = CONTENT_FAILED.get();
    let again = {
        let render_again = render_again.clone();
        yew::use_callback((), move |_: MouseEvent, _| {
            CONTENT_FAILED.set(None);
            let once_here = render_again.clone();
            when_loaded(move || once_here.force_update());
            render_again.force_update();
        })
    };
    yew::use_effect_with((needed, here), move |&(needed, here)| {
        if needed && !here && CONTENT_FAILED.get().is_none() {
            when_loaded(move || render_again.force_update());
        }
    });
    let content = match (loaded(), failed) {
        (Some(result), _) => Some(result.as_ref().map_err(LoadError::File)),
        (None, Some(why)) => Some(Err(LoadError::Network(why))),
        (None, None) => None,
    };
    (content, again)
}

/// The content for the frame, or why it cannot be read.
pub type LoadedContent = Result<&'static Bundle, LoadError>;

/// Why the content cannot be read.
#[derive(Clone, Copy)]
pub enum LoadError {
    /// The network did not deliver it: asking again may work.
    Network(&'static BundleError),
    /// It cannot be used: only a fresh copy of the app helps.
    File(&'static BundleError),
}

/// A data file that only some routes need: fetched the first time one asks,
/// once however often it is asked, and kept. When the network did not
/// deliver it, the failure is shown and the file is fetched again the next
/// time it is asked for ([`DataFile::failed_to_arrive`]).
pub struct DataFile<T: 'static> {
    meta: &'static str,
    decode: fn(&[u8]) -> Result<T, BundleError>,
    value: OnceLock<Result<T, BundleError>>,
}

/// What to do once a data file has come (or failed to).
type Then = Box<dyn FnOnce()>;

thread_local! {
    /// The data files on their way, by meta name.
    static FETCHING: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
    /// What to do once a data file (by meta name) has come.
    static WAITING: RefCell<Vec<(&'static str, Then)>> = const { RefCell::new(Vec::new()) };
    /// The data files the network did not deliver, by meta name, and why.
    static FAILED: RefCell<Vec<(&'static str, &'static BundleError)>> = const { RefCell::new(Vec::new()) };
}

impl<T: Sync + Send> DataFile<T> {
    const fn new(meta: &'static str, decode: fn(&[u8]) -> Result<T, BundleError>) -> Self {
        DataFile {
            meta,
            decode,
            value: OnceLock::new(),
        }
    }

    /// The file's data, or why it cannot be read; None until it has come.
    fn get(&'static self) -> Option<Result<&'static T, &'static BundleError>> {
        let failed = || {
            FAILED.with_borrow(|failed| {
                failed
                    .iter()
                    .find(|(m, _)| *m == self.meta)
                    .map(|(_, e)| Err(*e))
            })
        };
        self.value.get().map(Result::as_ref).or_else(failed)
    }

    /// Whether the network did not deliver the file (asking again may work).
    pub fn failed_to_arrive(&'static self) -> bool {
        self.value.get().is_none() && matches!(self.get(), Some(Err(_)))
    }

    /// Fetches the file the page's meta tag names (from the service worker's
    /// cache when offline), unless it is here or on its way.
    pub async fn load(&'static self) {
        let on_its_way = FETCHING.with_borrow_mut(|fetching| {
            let on_its_way = fetching.contains(&self.meta);
            if !on_its_way {
                fetching.push(self.meta);
            }
            on_its_way
        });
        if on_its_way {
            return;
        }
        FAILED.with_borrow_mut(|failed| failed.retain(|(meta, _)| *meta != self.meta));
        if self.value.get().is_none() {
            match fetch(self.meta).await {
                Ok(bytes) => drop(self.value.set((self.decode)(&bytes))),
                Err(why @ Unfetched::File(_)) => drop(self.value.set(Err(why.into()))),
                // Kept for the life of the page: a failure is rare and small.
                Err(why @ Unfetched::Network(_)) => {
                    let why: &'static BundleError = Box::leak(Box::new(why.into()));
                    FAILED.with_borrow_mut(|failed| failed.push((self.meta, why)));
                }
            }
        }
        FETCHING.with_borrow_mut(|fetching| fetching.retain(|meta| *meta != self.meta));
        let ready = WAITING.with_borrow_mut(|waiting| {
            let (ready, rest) = std::mem::take(waiting)
                .into_iter()
                .partition(|(meta, _)| *meta == self.meta);
            *waiting = rest;
            ready
        });
        for (_, then) in ready {
            then();
        }
    }

    /// Runs `then` once the file is here or has failed again (at once if
    /// it is here), asking for it.
    fn when_ready(&'static self, then: impl FnOnce() + 'static) {
        if self.value.get().is_some() {
            return then();
        }
        WAITING.with_borrow_mut(|waiting| waiting.push((self.meta, Box::new(then))));
        // Asked again after a failure: on its way from now on.
        FAILED.with_borrow_mut(|failed| failed.retain(|(meta, _)| *meta != self.meta));
        wasm_bindgen_futures::spawn_local(self.load());
    }
}

/// The search index, the largest part of the content: only searching needs it.
pub static SEARCH: DataFile<SearchIndex> = DataFile::new(SEARCH_META, SearchIndex::decode);

/// The pages' bodies: only showing a page in the app needs them.
pub static BODIES: DataFile<PageBodies> = DataFile::new(BODIES_META, PageBodies::decode);

/// The search index, or why it cannot be read; None while a deployed site
/// has not fetched it yet ([`SEARCH`]).
pub fn search_index() -> Option<Result<&'static SearchIndex, &'static BundleError>> {
    if EMBEDDED.is_some() {
        return Some(bundle().map(|b| &b.search));
    }
    SEARCH.get()
}

/// The body of `page`, or why it cannot be read; None while a deployed site
/// has not fetched the bodies yet ([`BODIES`]). The embedded content, and
/// the content the build pre-renders from, carry the bodies themselves.
pub fn page_body(page: &'static Page) -> Option<Result<&'static str, &'static BundleError>> {
    if EMBEDDED.is_some() || !page.html.is_empty() {
        return Some(Ok(&page.html));
    }
    BODIES
        .get()
        .map(|bodies| bodies.map(|b| b.html(&page.slug).unwrap_or_default()))
}

/// The search index for a page that searches: it asks for the index when it
/// is not there yet and renders again once it is; the callback asks again
/// after the network failed to deliver it.
#[yew::hook]
pub fn use_search_index() -> (
    Option<Result<&'static SearchIndex, &'static BundleError>>,
    Callback<MouseEvent>,
) {
    let index = search_index();
    let again = use_render_when_here(&SEARCH, index.is_some());
    (index, again)
}

/// The body of `page`, for the page's view: it asks for the bodies when
/// they are not there yet and renders again once they are; the callback
/// asks again after the network failed to deliver them.
#[yew::hook]
pub fn use_page_body(
    page: &'static Page,
) -> (
    Option<Result<&'static str, &'static BundleError>>,
    Callback<MouseEvent>,
) {
    let body = page_body(page);
    let again = use_render_when_here(&BODIES, body.is_some());
    (body, again)
}

/// Unless `here`, asks for `file` and renders again once it has come;
/// returns what asks for it again ("Try again").
#[yew::hook]
fn use_render_when_here<T: Sync + Send + 'static>(
    file: &'static DataFile<T>,
    here: bool,
) -> Callback<MouseEvent> {
    let render_again = yew::use_force_update();
    let again = {
        let render_again = render_again.clone();
        yew::use_callback((), move |_: MouseEvent, _| {
            let once_here = render_again.clone();
            file.when_ready(move || once_here.force_update());
            // Shows it is on its way again.
            render_again.force_update();
        })
    };
    yew::use_effect_with(here, move |&here| {
        if !here {
            file.when_ready(move || render_again.force_update());
        }
    });
    again
}

/// Why a data file did not arrive.
enum Unfetched {
    /// The network did not deliver it: asking again may work.
    Network(String),
    /// It arrived, or would, but cannot be used.
    File(String),
}

impl From<Unfetched> for BundleError {
    fn from(why: Unfetched) -> Self {
        match why {
            Unfetched::Network(why) => BundleError::Unavailable(why),
            Unfetched::File(why) => BundleError::Corrupt(why),
        }
    }
}

async fn fetch(meta: &str) -> Result<Vec<u8>, Unfetched> {
    let document = gloo::utils::document();
    let url = document
        .query_selector(&format!("meta[name={meta}]"))
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .ok_or_else(|| Unfetched::File("the page does not say where its content is".into()))?;
    let odd = |e: wasm_bindgen::JsValue| Unfetched::File(format!("cannot fetch {url}: {e:?}"));
    let response: web_sys::Response = JsFuture::from(gloo::utils::window().fetch_with_str(&url))
        .await
        .map_err(|_| Unfetched::Network(format!("cannot fetch {url}: there is no connection")))?
        .dyn_into()
        .map_err(odd)?;
    if !response.ok() {
        let status = response.status();
        let why = format!("cannot fetch {url}: HTTP {status}");
        // Gone means the app is older than the site: only a reload helps.
        return Err(match status {
            404 | 410 => Unfetched::File(why),
            _ => Unfetched::Network(why),
        });
    }
    // The build gzips the files, since a static host sends binary files as
    // they are; a host that sends them unpacked is understood too.
    let packed = response.clone().map_err(odd)?;
    let bytes = array_buffer(&response)
        .await
        .map_err(|_| Unfetched::Network(format!("cannot fetch {url}: the download broke off")))?;
    if !bytes.starts_with(&GZIP_MAGIC) {
        return Ok(bytes);
    }
    let body = packed
        .body()
        .ok_or_else(|| Unfetched::File(format!("{url} is empty")))?;
    // A DecompressionStream is the pair of streams that pipeThrough takes.
    let gunzip = DecompressionStream::new("gzip").map_err(|_| {
        Unfetched::File("this browser cannot unpack it: Rootcamp needs Chrome or Edge 80, Firefox 113 or Safari 16.4 or later".into())
    })?;
    let unpacked = body.pipe_through(gunzip.unchecked_ref());
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&unpacked)).map_err(odd)?;
    array_buffer(&response)
        .await
        .map_err(|_| Unfetched::File(format!("{url} is damaged: it does not unpack")))
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
