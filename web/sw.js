// Rootcamp's service worker. `cargo xtask dist` fills in the version and the
// list of files from the build, so nothing here is written by hand per release.
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const FILES = __FILES__;
const CACHE = `rootcamp-${VERSION}`;

self.addEventListener('install', (event) => {
  // Everything the app needs, by its hashed name, before this version can take over.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => BASE + f))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('rootcamp-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

// A new version waits until the student says so (never in the middle of an exam).
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    if (event.request.mode === 'navigate') {
      // Every route has its own HTML file; anything else gets the app, which shows "not found".
      const path = url.pathname.slice(BASE.length).replace(/\/$/, '');
      const page = await cache.match(BASE + (path === '' ? 'index.html' : `${path}.html`));
      return page || (await cache.match(BASE + '404.html')) || fetch(event.request);
    }
    return (await cache.match(event.request, { ignoreSearch: true })) || fetch(event.request);
  })());
});
