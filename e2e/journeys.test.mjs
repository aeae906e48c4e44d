// Whole journeys through the release build, served under the base path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openPage, appReady, axeViolations, BASE } from './support.mjs';

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

test('every page reads on a 320 px wide phone without sideways scrolling', async () => {
  const { page, errors, close } = await openPage(browser, { viewport: { width: 320, height: 640 } });
  await page.goto(server.url());
  await appReady(page);
  const links = await page.locator('.study-path li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.length >= 2, `study path has pages: ${links}`);
  for (const href of links) {
    await page.goto(new URL(href, page.url()).href);
    await appReady(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `${href} overflows by ${overflow}px`);
    await assertAccessible(page);
  }
  assert.deepEqual(errors, []);
  await close();
});
