// The PWA: after one visit it works with the network off, it never asks
// another origin for anything, and a new deployment waits for the student.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, launch, openPage, appReady, SITE } from './support.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// A "new build": a copy of the site whose worker has another version, and
// whose `marked` pages carry <meta name="rootcamp-build" content=NAME>.
function nextDeployment(name, marked) {
  const next = mkdtempSync(path.join(tmpdir(), 'rootcamp-next-'));
  cpSync(SITE, next, { recursive: true });
  const edit = (file, change) => writeFileSync(path.join(next, file), change(readFileSync(path.join(next, file), 'utf8')));
  edit('sw.js', (sw) => sw.replace(/const VERSION = '([^']+)'/, `const VERSION = '$1-${name}'`));
  for (const file of marked) {
    edit(file, (html) => html.replace('<title>', `<meta name="rootcamp-build" content="${name}" />\n    <title>`));
  }
  return next;
}

async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after a first visit the app works offline: reload, three routes by URL, search, a page inside the app, a question', async () => {
  const { page, errors, close } = await openPage(browser);
  const foreign = [];
  page.context().on('request', (r) => { if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  await page.goto(server.url());
  await appReady(page);
  await controlled(page);

  await page.context().setOffline(true);
  await page.reload();
  await appReady(page);
  assert.equal(await page.locator('main h1').first().textContent(), 'Rootcamp');

  await page.goto(server.url('kb/root-mfa#mandatory-root-mfa'));
  await appReady(page);
  assert.equal(await page.locator('main h1').first().textContent(), 'MFA for the root user');
  // Offline, a pre-rendered page's "Report a problem" copies the report instead of opening GitHub.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('link', { name: 'Report a problem with this page' }).click();
  await page.getByText('You are offline: the report was copied, paste it into an issue later.').waitFor();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^Problem with page root-mfa\n\nPage: root-mfa\nContent version: [0-9a-f]{10}\n/);
  assert.equal(browser.contexts().flatMap((c) => c.pages()).length, 1, 'no tab was opened');
  // A search begun on a page brings in the whole app, from the cache.
  await page.keyboard.press('/');
  await page.keyboard.type('lost mfa');
  await page.waitForURL(/\/search\?q=lost\+mfa$/);
  await page.locator('.search-results > li').first().waitFor();
  await page.goto(server.url('progress'));
  await appReady(page);
  assert.equal(await page.locator('main h1').first().textContent(), 'Progress');
  // A page read inside the app comes from the cached bodies file.
  await page.locator('header a.brand').click();
  await page.locator('.study-path li > a').first().click();
  await page.locator('.kb-page .prose h2').first().waitFor();
  await page.goto(server.url('search?q=lost%20mfa'));
  await appReady(page);
  await page.locator('.search-results > li').first().waitFor();

  await page.goto(server.url('quiz/practice?q=root-mfa-01'));
  await appReady(page);
  await page.locator('.option label').first().click();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.locator('.verdict-text').waitFor();
  // Offline, "Report a problem" copies the report instead of opening GitHub.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('link', { name: 'Report a problem with this question' }).click();
  await page.getByText('You are offline: the report was copied, paste it into an issue later.').waitFor();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^Problem with question root-mfa-01\n\nQuestion: root-mfa-01\nContent version: [0-9a-f]{10}\nMy answer: "/);
  assert.equal(browser.contexts().flatMap((c) => c.pages()).length, 1, 'no tab was opened');
  await page.context().setOffline(false);

  assert.deepEqual(foreign, [], 'no request leaves the origin');
  assert.deepEqual(errors, []);
  await close();
});

test('a new deployment shows the update prompt, and accepting it loads the new version', async () => {
  const next = nextDeployment('next', ['index.html', 'kb/root-vs-iam.html']);

  const { page, errors, close } = await openPage(browser);
  await page.goto(server.url('kb/root-vs-iam'));
  await appReady(page);
  await controlled(page);
  assert.equal(await page.getByText('A new version of Rootcamp is ready').count(), 0);

  server.setSite(next);
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of Rootcamp is ready' });
    await prompt.waitFor();
    assert.equal(await page.locator('meta[name="rootcamp-build"]').count(), 0, 'nothing switches before the student says so');
    assert.ok(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting !== null),
      'the new version waits for the student');
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Update now' }).click()]);
    await appReady(page);
    assert.equal(await page.locator('meta[name="rootcamp-build"]').getAttribute('content'), 'next');
  } finally {
    server.setSite(SITE);
  }
  assert.deepEqual(errors, []);
  await close();
});

test('the prompt waits while an exam is in progress', async () => {
  const next = nextDeployment('exam', []);

  const { page, errors, close } = await openPage(browser);
  await page.goto(server.url('quiz/exam'));
  await appReady(page);
  await controlled(page);
  await page.getByLabel(/Number of questions/).fill('2');
  await page.getByRole('button', { name: 'Start exam' }).click();
  await page.getByRole('timer').waitFor();

  server.setSite(next);
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForFunction(() => typeof window.rootcampUpdate === 'function');
    assert.equal(await page.getByText('A new version of Rootcamp is ready').count(), 0, 'no prompt during the exam');
    await page.getByRole('button', { name: 'Submit exam' }).click();
    await page.getByRole('button', { name: 'Yes, submit the exam' }).click();
    await page.getByText('A new version of Rootcamp is ready').waitFor();
  } finally {
    server.setSite(SITE);
  }
  assert.deepEqual(errors, []);
  await close();
});

test('pages are real HTML: read with JavaScript off, with their own title and description', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(server.url('kb/root-password'));
  assert.equal(response.status(), 200);
  assert.equal(await page.locator('main h1').textContent(), 'The root user password');
  assert.equal(await page.title(), 'The root user password · Rootcamp');
  assert.match(await page.locator('meta[name="description"]').getAttribute('content'), /password/i);
  assert.ok((await page.locator('main .prose').first().textContent()).length > 0);
  assert.match(await page.locator('.sources').textContent(), /Last checked: \d{4}-\d{2}-\d{2}/);
  // Links between pages work without the app.
  await page.getByRole('navigation', { name: 'Study path' }).getByRole('link', { name: /^Next/ }).click();
  assert.equal(await page.locator('main h1').textContent(), 'MFA for the root user');
  assert.doesNotMatch(await page.locator('body').innerText(), /needs JavaScript/);
  // A route the app runs is rendered as a first visit sees it, and says what it needs.
  const quiz = await page.goto(server.url('quiz'));
  assert.equal(quiz.status(), 200);
  assert.equal(await page.title(), 'Quiz · Rootcamp');
  assert.equal(await page.locator('main h1').textContent(), 'Quiz');
  assert.equal(await page.locator('main noscript').count(), 1);
  assert.match(await page.locator('main').innerText(), /^Quiz\n[^]*Quiz needs JavaScript and WebAssembly\. The knowledge base reads without them\.$/);
  assert.equal(await page.getByRole('link', { name: 'knowledge base' }).getAttribute('href'), '/rootcamp/');
  await context.close();
});

// Layout shift from the first paint until the page has settled after the app or reader started.
async function shiftOnLoad(page, route, started) {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(server.url(route));
  await page.waitForFunction(started);
  assert.equal(await page.locator('main h1').count(), 1, 'one copy of the page');
  await page.waitForTimeout(300);
  return page.evaluate(() => window.__shift);
}

test('the app takes over every pre-rendered route without moving it', async () => {
  const routes = [['', 'Rootcamp'], ['quiz/practice', 'Practice'], ['quiz', 'Quiz'], ['quiz/exam', 'Exam simulation'], ['progress', 'Progress'], ['search', 'Search']];
  for (const [route, heading] of routes) {
    const { page, errors, close } = await openPage(browser);
    const shift = await shiftOnLoad(page, route, () => !document.getElementById('prerendered') && document.documentElement.dataset.app === 'ready');
    assert.ok(shift <= 0.02, `cumulative layout shift ${shift} on /${route}`);
    assert.equal(await page.locator('main h1').textContent(), heading);
    assert.deepEqual(errors, []);
    await close();
  }
});

test('the build renders each route with the app\'s own components: a first visit reads the same before and after the app takes over', async () => {
  const off = await browser.newContext({ javaScriptEnabled: false });
  const before = await off.newPage();
  // Only the browser can say whether it keeps the site's storage: the progress page asks it once the app runs.
  const text = async (page) => (await page.locator('main').innerText()).replace(/[^\n]*Rootcamp's storage[^\n]*/, '').trimEnd();
  for (const route of ['', 'quiz', 'quiz/practice', 'quiz/exam', 'progress', 'search']) {
    await before.goto(server.url(route));
    const html = (await text(before)).replace(/[^\n]*needs JavaScript and WebAssembly\.[^\n]*$/, '').trimEnd();
    const { page, errors, close } = await openPage(browser);
    await page.goto(server.url(route));
    await page.waitForFunction(() => !document.getElementById('prerendered') && document.documentElement.dataset.app === 'ready');
    assert.equal(await text(page), html, `/${route}`);
    assert.deepEqual(errors, []);
    await close();
  }
  await off.close();
});

test('a pre-rendered first visit shows only to a new student at an address without a query; anyone else waits for the app', async () => {
  const { page, errors, close } = await openPage(browser);
  // How the copy's main looked when the document was parsed, before the app ran.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const main = document.querySelector('#prerendered main');
      window.__copy = main ? getComputedStyle(main).visibility : 'none';
      window.__optionsWait = document.querySelector('#prerendered .question-fieldset')?.disabled;
    });
  });
  const copyThenApp = async (route) => {
    await page.goto(server.url(route));
    await page.waitForFunction(() => !document.getElementById('prerendered') && document.documentElement.dataset.app === 'ready');
    return page.evaluate(() => window.__copy);
  };
  const question = () => page.locator('.practice .question').first().innerText();

  assert.equal(await copyThenApp('quiz/practice'), 'visible', 'a new student sees the first question at once');
  const first = await question();
  assert.equal(await page.evaluate(() => window.__optionsWait), true, 'the copy\'s options wait for the app, so no choice is lost');
  assert.equal(await page.locator('.practice .question-fieldset').isDisabled(), false, 'the app\'s options take choices');
  assert.equal(await copyThenApp('quiz/practice?topics=root-mfa'), 'hidden', 'a query asks for another session');
  assert.match(decodeURIComponent(await page.locator('.practice .report a').getAttribute('href')), /question root-mfa-\d+/, 'a question of the topic asked for');
  assert.equal(await copyThenApp('quiz/practice'), 'visible', 'still a new student');
  assert.equal(await question(), first, 'every new student gets the same first session');

  await page.locator('.option label').first().click();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.locator('.verdict-text').waitFor();
  for (const route of ['quiz/practice', '', 'quiz', 'progress']) {
    assert.equal(await copyThenApp(route), 'hidden', `/${route} with saved progress`);
  }
  assert.equal(await page.locator('main h1').first().textContent(), 'Progress');
  assert.match(await page.locator('main').innerText(), /1 of \d+ questions answered at least once/);
  assert.deepEqual(errors, []);
  await close();
});

// Notes how far the page had got when the worker (which precaches the site) was registered.
async function noteRegistration(page) {
  await page.addInitScript(() => {
    const container = navigator.serviceWorker;
    const register = container.register.bind(container);
    container.register = (...args) => {
      window.__registeredAt = document.documentElement.dataset.app ?? 'starting';
      return register(...args);
    };
  });
}

test('when the wasm cannot load, the page still reads, and the worker still comes to keep the site offline', async () => {
  const { page, close } = await openPage(browser);
  await noteRegistration(page);
  await page.route('**/*.wasm', (route) => route.abort('connectionfailed'));
  await page.goto(server.url('kb/root-password'));
  assert.equal(await page.locator('main h1').textContent(), 'The root user password');
  await controlled(page);
  assert.equal(await page.evaluate(() => window.__registeredAt), 'starting', 'registered without the app');
  await page.unroute('**/*.wasm');
  await page.context().setOffline(true);
  await page.goto(server.url('kb/root-mfa'));
  assert.equal(await page.locator('main h1').textContent(), 'MFA for the root user');
  await appReady(page);
  await close();
});

test('the first load of a knowledge-base page stays within 200 KB of gzip transfer, and precaching waits for it', async (t) => {
  const { page, errors, close } = await openPage(browser);
  await noteRegistration(page);
  const sizes = [];
  page.on('requestfinished', async (r) => {
    sizes.push((async () => [new URL(r.url()).pathname, (await r.sizes()).responseBodySize])());
  });
  await page.goto(server.url('kb/root-only-tasks'));
  await appReady(page);
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(sizes);
  const total = files.reduce((sum, [, n]) => sum + n, 0);
  t.diagnostic(`first load: ${(total / 1024).toFixed(1)} KB gzip in ${files.length} responses`);
  for (const [name, n] of files) t.diagnostic(`  ${(n / 1024).toFixed(1).padStart(6)} KB  ${name}`);
  assert.ok(total <= 200 * 1024, `first load is ${(total / 1024).toFixed(1)} KB`);
  await controlled(page);
  assert.equal(await page.evaluate(() => window.__registeredAt), 'ready', 'the worker is registered once the page is interactive');
  assert.deepEqual(errors, []);
  await close();
});

test('a knowledge-base page keeps its pre-rendered HTML; the reader only adds what needs the browser', async () => {
  const { page, errors, close } = await openPage(browser);
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.split('/').pop()); });
  const shift = await shiftOnLoad(page, 'kb/root-vs-iam', () => document.documentElement.dataset.app === 'ready');
  assert.ok(shift <= 0.02, `cumulative layout shift ${shift}`);
  assert.ok(await page.locator('#prerendered').count() === 1, 'the static page stays');
  assert.deepEqual(wasm.map((w) => w.split('-')[0]), ['reader'], 'only the reader is loaded');
  const mark = page.getByRole('button', { name: 'Mark as read' });
  assert.equal(await mark.isEnabled(), true, 'the reader enables Mark as read');
  await mark.click();
  await page.waitForFunction(() => document.querySelector('.read-toggle button').getAttribute('aria-pressed') === 'true');
  const saved = await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('rootcamp.progress')).progress.read));
  assert.deepEqual(saved, ['root-vs-iam']);

  // Starting a search brings in the whole app, which takes over with what was typed.
  await page.keyboard.press('/');
  await page.keyboard.type('mfa lost');
  await page.waitForURL(/\/search\?q=mfa\+lost$/);
  await page.locator('.search-results > li').first().waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-field', 'the field keeps the focus');
  assert.equal(await page.locator('#search-field').inputValue(), 'mfa lost', 'no key was lost');
  assert.ok(wasm.some((w) => w.startsWith('rootcamp-')), 'the app was loaded');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Root user vs IAM users' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Mark as read' }).getAttribute('aria-pressed'), 'true');
  assert.deepEqual(errors, []);
  await close();
});
