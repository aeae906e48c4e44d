// Benchmark, printed: main-thread long tasks while a student types searches
// into the header field of the release build (Chromium's longtask timing).
import { startServer, launch, openPage, appReady } from '../support.mjs';

const QUERIES = ['forgot root pasword', 'who can close accont', 'scp managment account', 'centralized root access', 'mfa lost'];

const server = await startServer();
const browser = await launch();
const { page, close } = await openPage(browser);
await page.goto(server.url('kb/root-vs-iam'));
await appReady(page);
await page.evaluate(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(e.duration)))
    .observe({ type: 'longtask', buffered: false });
});
const field = page.getByRole('searchbox', { name: 'Search' });
let keys = 0;
for (const q of QUERIES) {
  await field.fill('');
  await field.pressSequentially(q, { delay: 40 });
  keys += q.length;
  await page.locator('.search-results > li').first().waitFor();
}
const tasks = await page.evaluate(() => window.__longTasks);
console.log(`typing: ${keys} keystrokes in ${QUERIES.length} searches, ${tasks.length} main-thread tasks over 50 ms` +
  (tasks.length ? `, longest ${Math.max(...tasks).toFixed(0)} ms` : ''));
await close();
await browser.close();
await server.close();
