// Registers the service worker and tells the app when a new version is waiting.
// The app (src/components/update_prompt.rs) shows the prompt and calls
// window.rootcampUpdate() when the student accepts.
//
// The worker precaches the whole site, so it is registered only once the page
// is interactive (`<html data-app="ready">`, set by the app and the reader):
// until then, the page's own files get the network and the processor to
// themselves. A page whose wasm cannot start gets it five seconds after load.
const interactive = new Promise((resolve) => {
  const ready = () => document.documentElement.dataset.app === 'ready';
  if (ready()) return resolve();
  const observer = new MutationObserver(() => {
    if (ready()) {
      observer.disconnect();
      resolve();
    }
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-app'] });
  addEventListener('load', () => setTimeout(resolve, 5000));
});
if ('serviceWorker' in navigator) {
  const scope = new URL('./', document.baseURI);
  interactive.then(() => navigator.serviceWorker.register(new URL('sw.js', scope), { scope: scope.pathname }).then((registration) => {
    // A browser that keeps service workers off may answer with none.
    if (!registration) return;
    const announce = (worker) => {
      window.rootcampUpdate = () => {
        window.rootcampSwitching = true;
        worker.postMessage('skip-waiting');
      };
      window.dispatchEvent(new Event('rootcamp-update-ready'));
    };
    if (registration.waiting && navigator.serviceWorker.controller) announce(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) announce(worker);
      });
    });
  }));
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (window.rootcampSwitching) window.location.reload();
  });
}
