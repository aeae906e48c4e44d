// Runs before the page paints, on the routes the app runs. The build renders
// each of them as a new student's first visit at its address without a query
// (a first practice question, "Start here", no scores). A student with saved
// progress, or an address with a query, gets another view from the app, so
// the copy's main waits hidden for it (a moment, from the service worker's
// cache) instead of showing something that then changes. Without JavaScript
// this never runs and the copy shows.
try {
  if (location.search || localStorage.getItem('rootcamp.progress') !== null) {
    document.documentElement.dataset.prerendered = 'stale';
  }
} catch {
  // Storage refused: show the copy.
}
