// Whole journeys through the release build, served under the base path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { startServer, launch, openPage, appReady, axeViolations, BASE, SITE } from './support.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function assertAccessible(page) {
  assert.deepEqual(await axeViolations(page), [], `axe-core on ${page.url()}`);
}

const heading = (page) => page.locator('main h1').first().textContent();

test('home, then a link to a page', async () => {
  const { page, errors, close } = await openPage(browser);
  const response = await page.goto(server.url());
  assert.equal(response.status(), 200);
  await appReady(page);
  assert.equal(await heading(page), 'Rootcamp');
  await assertAccessible(page);

  const first = page.locator('.study-path li > a').first();
  const title = await first.textContent();
  await first.click();
  await page.waitForURL(/\/kb\//);
  assert.equal(await heading(page), title);
  assert.equal(await page.title(), `${title} · Rootcamp`);
  assert.ok(new URL(page.url()).pathname.startsWith(`${BASE}kb/`), page.url());
  await assertAccessible(page);

  assert.deepEqual(errors, []);
  await close();
});

const sectionInView = (page, id) => page.waitForFunction((id) => {
  const r = document.getElementById(id)?.getBoundingClientRect();
  return r && r.top >= 0 && r.top < window.innerHeight;
}, id);

test('a deep link to a section opens scrolled to it, and so does a reload', async () => {
  const { page, errors, close } = await openPage(browser);
  await page.goto(server.url());
  await appReady(page);
  const href = await page.locator('.study-path li > a').last().getAttribute('href');
  const pageUrl = new URL(href, page.url()).href;
  await page.goto(pageUrl);
  await appReady(page);
  const title = await heading(page);
  // The page's last section: far enough down that arriving there means scrolling.
  const sectionId = await page.locator('main .prose h2[id]').last().getAttribute('id');
  await close();

  const fresh = await openPage(browser);
  const response = await fresh.page.goto(`${pageUrl}#${sectionId}`);
  assert.equal(response.status(), 200);
  await appReady(fresh.page);
  assert.equal(await heading(fresh.page), title);
  await sectionInView(fresh.page, sectionId);
  assert.ok(await fresh.page.evaluate(() => window.scrollY > 0), 'the page scrolled');

  await fresh.page.reload();
  await appReady(fresh.page);
  assert.equal(await heading(fresh.page), title);
  await sectionInView(fresh.page, sectionId);
  await assertAccessible(fresh.page);
  assert.deepEqual([...errors, ...fresh.errors], []);
  await fresh.close();
});

test('an unknown route shows the not-found page', async () => {
  const { page, errors, close } = await openPage(browser);
  const response = await page.goto(server.url('no/such/page'));
  assert.equal(response.status(), 404, 'the host answers 404, as GitHub Pages does');
  await appReady(page);
  assert.equal(await heading(page), 'Page not found');
  await assertAccessible(page);
  await page.getByRole('link', { name: 'Go to the study path' }).click();
  await page.waitForURL(server.url());
  assert.equal(await heading(page), 'Rootcamp');
  // The only error allowed is the browser's note of the 404 the host sent for the page itself.
  assert.deepEqual(errors.filter((e) => !e.includes('404') || !e.includes('/no/such/page')), []);
  await close();
});

test('on a 320 px phone: read the whole study path by its Next links, marking each page read', async () => {
  const { page, errors, close } = await openPage(browser, { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  await page.goto(server.url());
  await appReady(page);
  const titles = await page.locator('.study-path li > a').allTextContents();
  assert.ok(titles.length >= 2, `the study path lists pages: ${titles}`);
  await page.locator('.study-path li > a').first().click();

  for (const [i, title] of titles.entries()) {
    await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, title);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `"${title}" overflows sideways by ${overflow}px`);
    assert.match(await page.locator('.sources').textContent(), /Last checked: \d{4}-\d{2}-\d{2}/, `"${title}" shows its checked date`);
    assert.ok(await page.locator('.sources li a').count() > 0, `"${title}" lists its sources`);
    await assertAccessible(page);
    const mark = page.getByRole('button', { name: 'Mark as read' });
    await mark.click();
    assert.equal(await mark.getAttribute('aria-pressed'), 'true');
    const next = page.getByRole('navigation', { name: 'Study path' }).getByRole('link', { name: /^Next/ });
    if (i + 1 < titles.length) {
      await next.click();
    } else {
      assert.equal(await next.count(), 0, 'the last page has no Next link');
    }
  }

  await page.getByRole('link', { name: 'Rootcamp' }).click();
  await appReady(page);
  assert.equal(await page.getByText(`${titles.length} of ${titles.length} pages read`).count(), 1);
  await page.reload();
  await appReady(page);
  assert.equal(await page.locator('.study-path .read-mark').count(), titles.length, 'read marks survive a reload');
  assert.deepEqual(errors, []);
  await close();
});

test('a CLI command copies to the clipboard', async () => {
  const { page, errors, close } = await openPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(server.url());
  await appReady(page);
  // Find a page with a shell command by walking the study path.
  const hrefs = await page.locator('.study-path li > a').evaluateAll((as) => as.map((a) => a.href));
  let block = null;
  for (const href of hrefs) {
    await page.goto(href);
    await appReady(page);
    if (await page.locator('.code-block pre.language-sh').count() > 0) {
      block = page.locator('.code-block:has(pre.language-sh)').first();
      break;
    }
  }
  assert.ok(block, 'some page shows a shell command');
  const command = await block.locator('pre').textContent();
  const button = block.getByRole('button', { name: 'Copy' });
  await button.click();
  await block.getByRole('button', { name: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), command);
  assert.deepEqual(errors, []);
  await close();
});

test('saved progress that cannot be read is kept aside and reported, and the app works on', async () => {
  const { page, errors, close } = await openPage(browser);
  await page.goto(server.url());
  await appReady(page);
  await page.evaluate(() => localStorage.setItem('rootcamp.progress', '{"kind":"rootcamp-progress","version":1,"progress":{"read":'));
  await page.reload();
  await appReady(page);
  const alert = page.getByRole('alert');
  assert.match(await alert.textContent(), /^Your saved progress could not be read: it is not valid JSON \(EOF while parsing a value at line 1 column 59\)\. It was kept aside in this browser under "rootcamp\.progress\.unreadable", and Rootcamp started with fresh progress\./);
  assert.equal(await page.evaluate(() => localStorage.getItem('rootcamp.progress.unreadable')), '{"kind":"rootcamp-progress","version":1,"progress":{"read":');
  await assertAccessible(page);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await page.getByRole('alert').count(), 0);

  await page.locator('.study-path li > a').first().click();
  await page.getByRole('button', { name: 'Mark as read' }).click();
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('rootcamp.progress')));
  assert.equal(saved.kind, 'rootcamp-progress');
  assert.equal(Object.keys(saved.progress.read).length, 1);
  assert.equal(await page.evaluate(() => localStorage.getItem('rootcamp.progress.unreadable')) !== null, true, 'the unreadable copy is still there');
  assert.deepEqual(errors, []);
  await close();
});

// A copy of the site whose content file `change` rewrote (given its bytes).
function withContentFile(change) {
  const dir = mkdtempSync(path.join(tmpdir(), 'rootcamp-content-'));
  cpSync(SITE, dir, { recursive: true });
  const name = readdirSync(dir).find((f) => /^content-[0-9a-f]+\.bin\.gz$/.test(f));
  writeFileSync(path.join(dir, name), change(readFileSync(path.join(dir, name))));
  return { dir, name };
}

test('the data files arrive gzipped from a host that sends them as they are; the app unpacks them, takes them unpacked too, names a damaged one and says what an old browser lacks', async () => {
  const { page, errors, close } = await openPage(browser);
  const response = page.waitForResponse((r) => /content-[0-9a-f]+\.bin\.gz$/.test(r.url()));
  await page.goto(server.url('quiz'));
  await appReady(page);
  const sent = await (await response).body();
  assert.equal(sent.subarray(0, 2).toString('hex'), '1f8b', 'the content file is sent gzipped, as the build wrote it');
  assert.match(await page.locator('main').textContent(), /scenario questions/);
  assert.deepEqual(errors, []);
  await close();

  // A host that sends it unpacked (or gzips it again, which the browser undoes) hands the app the bytes themselves.
  const unpacked = withContentFile((bytes) => gunzipSync(bytes));
  server.setSite(unpacked.dir);
  try {
    const second = await openPage(browser);
    await second.page.goto(server.url('quiz'));
    await appReady(second.page);
    assert.match(await second.page.locator('main').textContent(), /scenario questions/);
    assert.deepEqual(second.errors, []);
    await second.close();

    // A damaged file is named, and the page says what to do.
    const damaged = withContentFile((bytes) => bytes.subarray(0, bytes.length / 2));
    server.setSite(damaged.dir);
    const third = await openPage(browser);
    await third.page.goto(server.url('quiz'));
    await third.page.locator('[role=alert] h1').waitFor();
    assert.equal(await third.page.locator('[role=alert]').innerText(), [
      'Rootcamp cannot open its content',
      `content bundle cannot be read: ${damaged.name} is damaged: it does not unpack`,
      'Reload the page to fetch a fresh copy of the app.',
    ].join('\n\n'));
    await third.close();

    // A browser too old to unpack them says what it needs.
    server.setSite(SITE);
    const old = await openPage(browser);
    await old.page.addInitScript(() => { delete window.DecompressionStream; });
    await old.page.goto(server.url('quiz'));
    await old.page.locator('[role=alert] h1').waitFor();
    assert.equal(await old.page.locator('[role=alert] p').first().innerText(),
      'content bundle cannot be read: this browser cannot unpack it: Rootcamp needs Chrome or Edge 80, Firefox 113 or Safari 16.4 or later');
    await old.close();
  } finally {
    server.setSite(SITE);
  }
});

test('a first visit to a search fetches only the search index; the content comes when a route needs it', async () => {
  const { page, errors, close } = await openPage(browser);
  const fetched = [];
  page.on('request', (r) => { if (/\/(content|search|bodies)-[0-9a-f]+\.bin\.gz$/.test(r.url())) fetched.push(new URL(r.url()).pathname.replace(/-[0-9a-f]{10}\./, '.')); });
  await page.goto(server.url('search?q=root%20mfa'));
  await appReady(page);
  await page.locator('.search-results li').first().waitFor();
  assert.equal(await page.title(), 'Search · Rootcamp');
  assert.deepEqual(fetched, [`${BASE}search.bin.gz`]);
  // A result that leads to a page brings the content and the bodies, and the page's own title.
  const result = page.locator('.search-results li a[href^="kb/"]').first();
  const title = await result.locator('.result-title').innerText();
  await result.click();
  await page.locator('.kb-page .prose h2').first().waitFor();
  assert.deepEqual(fetched, [`${BASE}search.bin.gz`, `${BASE}content.bin.gz`, `${BASE}bodies.bin.gz`]);
  assert.equal(await page.locator('.kb-page h1').innerText(), title);
  assert.equal(await page.title(), `${title} · Rootcamp`);
  assert.deepEqual(errors, []);
  await close();
});

test('content the network did not deliver after a first-visit search is fetched again with Try again', async () => {
  const { page, errors, close } = await openPage(browser, { serviceWorkers: 'block' });
  let connected = false;
  await page.route(/\/content-[0-9a-f]+\.bin\.gz$/, (route) => (connected ? route.continue() : route.abort('internetdisconnected')));
  await page.goto(server.url('search?q=root%20mfa'));
  await appReady(page);
  await page.locator('.search-results li a[href^="kb/"]').first().click();
  const alert = page.locator('main [role=alert]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /^Rootcamp cannot open its content\n+cannot fetch content-[0-9a-f]{10}\.bin\.gz: there is no connection\n+Try again$/);
  connected = true;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.locator('.kb-page .prose h2').first().waitFor();
  assert.equal(await alert.count(), 0);
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
  await close();
});

test('a page body or the search index the network did not deliver is fetched again with Try again', async () => {
  // No service worker, so every request reaches the network, where the connection drops.
  const { page, errors, close } = await openPage(browser, { serviceWorkers: 'block' });
  let connected = false;
  await page.route(/\/(bodies|search)-[0-9a-f]+\.bin\.gz$/, (route) => {
    if (connected) return route.continue();
    // The bodies do not arrive at all; the index meets a host that is briefly down.
    return /bodies/.test(route.request().url()) ? route.abort('internetdisconnected') : route.fulfill({ status: 503, body: 'busy' });
  });
  await page.goto(server.url());
  await appReady(page);
  await page.locator('.study-path li > a').first().click();
  const alert = page.locator('.kb-page [role=alert]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /^This page's text cannot be shown: cannot fetch bodies-[0-9a-f]{10}\.bin\.gz: there is no connection\.\n+Try again$/);
  connected = true;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.locator('.kb-page .prose h2').first().waitFor();
  assert.equal(await alert.count(), 0);

  connected = false;
  await page.locator('#search-field').fill('root mfa');
  const searchAlert = page.locator('.search-page [role=alert]');
  await searchAlert.waitFor();
  assert.match(await searchAlert.innerText(), /^Search cannot open its index: cannot fetch search-[0-9a-f]{10}\.bin\.gz: HTTP 503\.\n+Try again$/);
  connected = true;
  await searchAlert.getByRole('button', { name: 'Try again' }).click();
  await page.locator('.search-results li').first().waitFor();
  // The failed requests are the only console errors.
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|status of 503/.test(e)), []);
  await close();
});

test('the content is data files: the app fetches the content once, the search index only to search, the page bodies only to read a page, a knowledge-base page none', async () => {
  const { page, errors, close } = await openPage(browser);
  const fetched = [];
  page.on('request', (r) => { if (/\/(content|search|bodies)-[0-9a-f]+\.bin\.gz$/.test(r.url())) fetched.push(new URL(r.url()).pathname); });
  await page.goto(server.url('kb/root-mfa'));
  await appReady(page);
  assert.deepEqual(fetched, [], 'a pre-rendered page reads without the content');
  await page.goto(server.url('quiz'));
  await appReady(page);
  assert.equal(fetched.length, 1, 'the app fetches the content once (the preload and the fetch share one request)');
  assert.match(fetched[0], new RegExp(`^${BASE}content-[0-9a-f]{10}\\.bin\\.gz$`));
  assert.match(await page.locator('main').textContent(), /scenario questions/);
  // Searching brings the index, once, however much is typed.
  await page.locator('#search-field').fill('root mfa');
  await page.locator('.search-results li').first().waitFor();
  await page.locator('#search-field').fill('root access keys');
  await page.getByText(/results? for “root access keys”/).waitFor();
  assert.equal(fetched.length, 2, fetched.join(', '));
  assert.match(fetched[1], new RegExp(`^${BASE}search-[0-9a-f]{10}\\.bin\\.gz$`));
  // Reading a page in the app brings the pages' bodies, once.
  await page.locator('header a.brand').click();
  await page.locator('.study-path').waitFor();
  assert.equal(fetched.length, 2, 'the home page needs no page bodies');
  await page.locator('.study-path li > a').first().click();
  await page.locator('.kb-page .prose h2').first().waitFor();
  await page.locator('.prev-next a', { hasText: 'Next' }).click();
  await page.locator('.kb-page .prose h2').first().waitFor();
  assert.equal(fetched.length, 3, fetched.join(', '));
  assert.match(fetched[2], new RegExp(`^${BASE}bodies-[0-9a-f]{10}\\.bin\\.gz$`));
  assert.deepEqual(errors, []);
  await close();
});
