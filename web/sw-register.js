// Registers the service worker and tells the app when a new version is waiting.
// The app (src/components/update_prompt.rs) shows the prompt and calls
// window.rootcampUpdate() when the student accepts.
if ('serviceWorker' in navigator) {
  const scope = new URL('./', document.baseURI);
  navigator.serviceWorker.register(new URL('sw.js', scope), { scope: scope.pathname }).then((registration) => {
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
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (window.rootcampSwitching) window.location.reload();
  });
}
