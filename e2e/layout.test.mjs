// The laptop layout: from about 1100 px a knowledge-base page has the study
// path on one side and its own contents on the other, marking the section
// being read, and the quiz sets each option beside its explanation. A 390 px
// phone keeps one column, and nothing scrolls sideways at 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openPage, appReady, axeViolations, singleQuestion } from './support.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const LAPTOP = { viewport: { width: 1366, height: 768 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

// Where the study path, the article's text and the contents are on the page.
async function columns(page) {
  return page.evaluate(() => {
    const box = (s) => {
      const el = document.querySelector(s);
      if (!el || el.getClientRects().length === 0) return null;
      const r = el.getBoundingClientRect();
      return { left: Math.round(r.left), right: Math.round(r.right), top: Math.round(r.top) };
    };
    return { path: box('.path-nav'), text: box('.kb-page > div.prose'), toc: box('.kb-page > .toc') };
  });
}

async function checkLaptopPage(page, where) {
  const { path, text, toc } = await columns(page);
  assert.ok(path && text && toc, `${where}: all three columns show`);
  assert.ok(path.right <= text.left && text.right <= toc.left, `${where}: study path, text, contents from left to right (${JSON.stringify({ path, text, toc })})`);
  const nav = page.getByRole('navigation', { name: 'All pages' });
  assert.equal(await nav.locator('a[aria-current="page"]').textContent(), 'MFA for the root user');
  assert.equal(await nav.getByRole('link').count(), 10);
  // Reading further down marks the section in the contents, and the contents stay in view.
  const second = page.locator('.kb-page .prose h2[id]').nth(2);
  const id = await second.getAttribute('id');
  await second.evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 40));
  await page.waitForFunction((id) => document.querySelector('.toc a[aria-current="location"]')?.getAttribute('href').endsWith(`#${id}`), id);
  const tocTop = await page.locator('.kb-page > .toc').evaluate((t) => t.getBoundingClientRect().top);
  assert.ok(tocTop >= 0 && tocTop < 100, `${where}: the contents stay in view (top at ${tocTop})`);
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    assert.deepEqual(await axeViolations(page), [], `${where}, ${colorScheme}`);
  }
}

test('laptop: a page shows the study path and its contents beside it, pre-rendered and in the app', async () => {
  const { page, errors, close } = await openPage(browser, LAPTOP);
  await page.goto(server.url('kb/root-mfa'));
  await appReady(page);
  await checkLaptopPage(page, 'pre-rendered page');
  // The same page as the app renders it, reached from the study path beside another page.
  await page.goto(server.url(''));
  await appReady(page);
  await page.getByRole('link', { name: 'Root user vs IAM users' }).first().click();
  await page.getByRole('navigation', { name: 'All pages' }).getByRole('link', { name: 'MFA for the root user' }).click();
  await page.locator('main h1', { hasText: 'MFA for the root user' }).waitFor();
  assert.equal(await page.evaluate(() => document.getElementById('prerendered')), null, 'the app rendered this page');
  await checkLaptopPage(page, 'in the app');
  assert.deepEqual(errors, []);
  await close();
});

test('phone: a page keeps one column, with its contents before the text and no study path beside it', async () => {
  const { page, errors, close } = await openPage(browser, PHONE);
  await page.goto(server.url('kb/root-mfa'));
  await appReady(page);
  const { path, text, toc } = await columns(page);
  assert.equal(path, null, 'no study path beside the page');
  assert.ok(toc.top < text.top && Math.abs(toc.left - text.left) < 20, `contents above the text (${JSON.stringify({ text, toc })})`);
  assert.deepEqual(errors, []);
  await close();
});

test('at 320 px nothing scrolls sideways, on a page or in the quiz', async () => {
  const { page, errors, close } = await openPage(browser, { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  for (const route of ['kb/root-mfa', 'kb/centralized-root-access', 'quiz', 'progress']) {
    await page.goto(server.url(route));
    await appReady(page);
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scroll <= client, `/${route}: ${scroll} px wide in a ${client} px view`);
  }
  assert.deepEqual(errors, []);
  await close();
});

test('laptop: after checking, each option sits beside its explanation', async () => {
  const { page, errors, close } = await openPage(browser, LAPTOP);
  const { wrong } = singleQuestion('root-mfa', 'root-mfa-01');
  await page.goto(server.url('quiz/practice?q=root-mfa-01'));
  await appReady(page);
  await page.getByLabel(wrong).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  const option = page.locator('.option', { has: page.getByLabel(wrong) });
  const [label, why] = await Promise.all([option.locator('label'), option.locator('.why')].map((l) => l.boundingBox()));
  assert.ok(why.x >= label.x + label.width && Math.abs(why.y - label.y) < 10, `explanation beside the option (${JSON.stringify({ label, why })})`);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await close();
});
