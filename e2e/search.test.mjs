// Search as a student uses it: the header field, live results, keyboard, deep links, offline data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openPage, appReady, axeViolations } from './support.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const results = (page) => page.locator('.search-results > li');

test('typing in the header field shows ranked results with highlights and keeps the URL in step', async () => {
  const { page, errors, close } = await openPage(browser);
  await page.goto(server.url('kb/root-vs-iam'));
  await appReady(page);
  const field = page.getByRole('searchbox', { name: 'Search' });
  await page.keyboard.press('/');
  // By id: on a knowledge-base page the app may replace the field while this runs (src/reader.rs).
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-field', '/ focuses the search field');
  await field.pressSequentially('forgot root pasword', { delay: 20 });
  await page.waitForURL(/\/search\?q=forgot\+root\+pasword$/);
  await results(page).first().waitFor();
  const top3 = await results(page).locator('a').evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')));
  assert.ok(top3.includes('kb/root-password#resetting-a-forgotten-password'), `top three: ${top3}`);
  assert.ok(await results(page).first().locator('mark').count() > 0, 'matched words are highlighted');
  assert.deepEqual(await axeViolations(page), []);

  // Arrow keys move through the results, Enter opens one at its section.
  await field.press('ArrowDown');
  const first = await page.evaluate(() => document.activeElement.getAttribute('href'));
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => document.activeElement.getAttribute('href'));
  assert.notEqual(first, second);
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.href.endsWith(second));
  await appReady(page);
  // Away from the results, Esc clears the field and the student stays on the page.
  assert.equal(await field.inputValue(), 'forgot root pasword');
  await field.press('Escape');
  assert.equal(await field.inputValue(), '');
  await page.waitForTimeout(200);
  assert.ok(page.url().endsWith(second), `still on the page: ${page.url()}`);
  assert.deepEqual(errors, []);
  await close();
});

test('a search link opens directly, Esc clears, and a typo gets a suggestion', async () => {
  const { page, errors, close } = await openPage(browser);
  const response = await page.goto(server.url('search?q=who%20can%20close%20accont'));
  assert.equal(response.status(), 200, 'a search is a link that opens directly');
  await appReady(page);
  const field = page.getByRole('searchbox', { name: 'Search' });
  assert.equal(await field.inputValue(), 'who can close accont');
  await results(page).first().waitFor();
  await page.getByText('Did you mean').getByRole('link', { name: 'who can close account' }).click();
  await page.waitForURL(/q=who\+can\+close\+account/);
  assert.equal(await field.inputValue(), 'who can close account');

  await field.fill('zqxv');
  await page.getByText('No results for “zqxv”.').waitFor();
  await field.press('Escape');
  assert.equal(await field.inputValue(), '');
  await page.waitForURL(/\/search\?q=$/);
  // Typing replaced the history entry instead of adding one per keystroke:
  // Back returns to the search before the suggestion was followed.
  await page.goBack();
  await page.waitForURL(/q=who%20can%20close%20accont/);
  await page.waitForFunction(() => document.getElementById('search-field').value === 'who can close accont');
  assert.deepEqual(errors, []);
  await close();
});
