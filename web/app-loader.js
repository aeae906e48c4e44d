// Starts the app (replacing Trunk's inline loader, so the CSP needs no inline
// script). `cargo xtask dist` fills in the hashed file names and the wasm's
// integrity. On a pre-rendered page the text is already there: the wasm is
// only fetched once the page has painted, so it never delays the content.
import init, * as bindings from '__JS__';

async function start() {
  // The data the route needs first, fetched beside the wasm; the app's own
  // fetch of it is answered by this preload.
  for (const meta of document.querySelectorAll('meta[name="rootcamp-preload"]')) {
    const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: meta.content, crossOrigin: 'anonymous' });
    document.head.append(link);
  }
  try {
    const wasm = await init({ module_or_path: fetch('__WASM__', { integrity: '__WASM_INTEGRITY__' }) });
    window.wasmBindings = bindings;
    dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
  } catch (error) {
    // No app is coming: a copy hidden for it (web/stale-copy.js) shows after all.
    delete document.documentElement.dataset.prerendered;
    throw error;
  }
}

// The observer is told of a paint that already happened too (`buffered`). A
// browser without paint timing starts the wasm at once.
const paintTiming = globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint');
if (!document.getElementById('prerendered') || !paintTiming) {
  start();
} else {
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('first-contentful-paint').length > 0) {
      observer.disconnect();
      start();
    }
  });
  observer.observe({ type: 'paint', buffered: true });
}
