// Progress that is never lost: several tabs, a page back from the
// back/forward cache, an exam in two tabs, import with a preview and undo,
// transfer links to a fresh browser, and storage that refuses to save.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, launch, openPage, appReady, axeViolations, CHROMIUM, CHROMIUM_ARGS, rightOption } from './support.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function answer(page, topic, id) {
  await page.goto(server.url(`quiz/practice?q=${id}`));
  await appReady(page);
  await page.getByRole('radio', { name: rightOption(topic, id), exact: true }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByText('Correct.').first().waitFor();
}

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('rootcamp.progress'))?.progress);
const answered = async (page) => Object.keys((await stored(page))?.answers ?? {}).sort();
const readPages = async (page) => Object.entries((await stored(page))?.read ?? {}).filter(([, m]) => m.value).map(([s]) => s).sort();

test('a knowledge-base tab marking a page read keeps what a practice tab answered, and other tabs update live', async () => {
  const { page: kb, errors, close } = await openPage(browser);
  await kb.goto(server.url('kb/root-mfa'));
  await appReady(kb);
  const progress = await kb.context().newPage();
  await progress.goto(server.url('progress'));
  await appReady(progress);
  const practice = await kb.context().newPage();
  await answer(practice, 'root-vs-iam', 'root-vs-iam-01');
  // The progress tab shows the answer without a reload.
  await progress.getByText(/1 of \d+ questions answered at least once/).waitFor();
  await kb.bringToFront();
  await kb.getByRole('button', { name: 'Mark as read' }).click();
  await kb.waitForFunction(() => document.querySelector('.read-toggle button').getAttribute('aria-pressed') === 'true');
  assert.deepEqual(await answered(kb), ['root-vs-iam-01'], 'the answer survives the read mark');
  assert.deepEqual(await readPages(kb), ['root-mfa']);
  await progress.getByText(/^1 of 10 pages read/).waitFor();
  assert.deepEqual(errors, []);
  await close();
});

test('two practice tabs opened before either answers keep both answers', async () => {
  const { page: a, errors, close } = await openPage(browser);
  const b = await a.context().newPage();
  for (const [page, id] of [[a, 'root-vs-iam-01'], [b, 'root-mfa-01']]) {
    await page.goto(server.url(`quiz/practice?q=${id}`));
    await appReady(page);
  }
  for (const [page, topic, id] of [[a, 'root-vs-iam', 'root-vs-iam-01'], [b, 'root-mfa', 'root-mfa-01']]) {
    await page.bringToFront();
    await page.getByRole('radio', { name: rightOption(topic, id), exact: true }).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
  }
  assert.deepEqual(await answered(a), ['root-mfa-01', 'root-vs-iam-01']);
  assert.deepEqual(errors, []);
  await close();
});

test('a page back from the back/forward cache catches up before it saves', async () => {
  // Playwright turns the cache off unless told not to; browsers ship with it on.
  // Whether Chromium restores the page from the cache or loads it again, the
  // save must merge: the message names which happened.
  const cached = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--disable-back-forward-cache'] });
  const context = await cached.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => addEventListener('pageshow', (e) => { if (e.persisted) window.__fromCache = true; }));
  await page.goto(server.url('kb/root-mfa'));
  await appReady(page);
  await answer(page, 'root-vs-iam', 'root-vs-iam-01');
  await answer(page, 'root-password', 'root-password-01');
  for (let i = 0; i < 4 && !/kb\/root-mfa$/.test(page.url()); i++) {
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForTimeout(200);
  }
  await page.waitForURL(/kb\/root-mfa$/);
  await appReady(page);
  const fromCache = await page.evaluate(() => window.__fromCache === true);
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await page.waitForFunction(() => document.querySelector('.read-toggle button').getAttribute('aria-pressed') === 'true');
  assert.deepEqual(await answered(page), ['root-password-01', 'root-vs-iam-01'], `both answers kept (page from the cache: ${fromCache})`);
  assert.deepEqual(await readPages(page), ['root-mfa']);
  await cached.close();
});

test('an exam answered in two tabs keeps every answer, says it is open elsewhere, and ends in both', async () => {
  const { page: a, errors, close } = await openPage(browser);
  const questions = [['root-vs-iam', 'root-vs-iam-01'], ['root-mfa', 'root-mfa-01'], ['root-password', 'root-password-01']];
  await a.goto(server.url('quiz'));
  await appReady(a);
  // An exam of three single-answer questions, started now (saved in format 2, which migrates).
  await a.evaluate(([ids, now]) => localStorage.setItem('rootcamp.progress', JSON.stringify({
    kind: 'rootcamp-progress', version: 2,
    progress: { exam: { started_at: now, seed: 1, questions: ids, answers: [null, null, null], flagged: [false, false, false], current: 0 } },
  })), [questions.map(([, id]) => id), Date.now()]);
  await a.goto(server.url('quiz/exam'));
  await appReady(a);
  const b = await a.context().newPage();
  await b.goto(server.url('quiz/exam'));
  await appReady(b);
  await b.getByText('This exam is also open in another tab.', { exact: false }).waitFor();
  await a.getByText('This exam is also open in another tab.', { exact: false }).waitFor();
  const pick = async (page, n) => {
    await page.bringToFront();
    await page.getByRole('button', { name: new RegExp(`^Question ${n + 1}`) }).click();
    await page.getByRole('radio', { name: rightOption(...questions[n]), exact: true }).check();
  };
  await pick(a, 0);
  await pick(b, 1);
  await pick(a, 2);
  await a.getByRole('button', { name: 'Submit exam' }).click();
  await a.getByRole('button', { name: 'Yes, submit the exam' }).click();
  await a.waitForURL(/\/quiz\/exams\/1$/);
  assert.equal(await a.locator('.score').textContent(), '3 of 3 correct (100%)', 'the answer given in the other tab counts');
  const exams = (await stored(a)).exams;
  assert.equal(exams.length, 1);
  assert.equal(exams[0].answers.filter((x) => x !== null).length, 3);
  await b.getByRole('button', { name: 'Start exam' }).waitFor();
  assert.deepEqual(errors, []);
  await close();
});

test('an exam whose question left the bank can be submitted or abandoned', async () => {
  const { page, errors, close } = await openPage(browser);
  await page.goto(server.url('quiz'));
  await appReady(page);
  await page.evaluate((now) => localStorage.setItem('rootcamp.progress', JSON.stringify({
    kind: 'rootcamp-progress', version: 2,
    progress: { exam: { started_at: now, seed: 1, questions: ['a-retired-question'], answers: [null], flagged: [false], current: 0 } },
  })), Date.now());
  await page.goto(server.url('quiz/exam'));
  await appReady(page);
  await page.getByText(/no longer in the question bank/).waitFor();
  await page.getByRole('button', { name: 'Abandon exam' }).click();
  await page.getByRole('button', { name: 'Yes, abandon the exam' }).click();
  await page.getByRole('button', { name: 'Start exam' }).waitFor();
  assert.equal((await stored(page)).open_exams.length, 0);
  assert.deepEqual(errors, []);
  await close();
});

test('import shows what it adds, merges or replaces, and can be undone', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rootcamp-'));
  const file = path.join(dir, 'rootcamp-progress.json');
  const other = await openPage(browser, { acceptDownloads: true });
  await other.page.goto(server.url('kb/root-password'));
  await appReady(other.page);
  await other.page.getByRole('button', { name: 'Mark as read' }).click();
  await other.page.goto(server.url('progress'));
  await appReady(other.page);
  const [download] = await Promise.all([other.page.waitForEvent('download'), other.page.getByRole('button', { name: 'Export progress' }).click()]);
  await download.saveAs(file);
  await other.close();

  const { page, errors, close } = await openPage(browser);
  await page.goto(server.url('kb/root-mfa'));
  await appReady(page);
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await page.goto(server.url('progress'));
  await appReady(page);
  const input = page.getByLabel('Import progress from a file');
  await input.setInputFiles(file);
  await page.getByText('rootcamp-progress.json would add: 1 page read; nothing will be removed.').waitFor();
  assert.deepEqual(await readPages(page), ['root-mfa'], 'nothing changes before the student chooses');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Merge into my progress' }).click();
  await page.getByText(/^2 of 10 pages read/).waitFor();
  assert.deepEqual(await readPages(page), ['root-mfa', 'root-password']);
  await page.getByRole('button', { name: 'Undo the last import' }).click();
  await page.getByText(/^1 of 10 pages read/).waitFor();
  assert.deepEqual(await readPages(page), ['root-mfa']);

  await input.setInputFiles(file);
  await page.getByRole('button', { name: 'Replace everything with it' }).click();
  await page.getByText(/^1 of 10 pages read/).waitFor();
  assert.deepEqual(await readPages(page), ['root-password']);
  await page.getByRole('button', { name: 'Undo the last import' }).click();
  await page.waitForFunction(() => document.querySelector('main').textContent.includes('1 of 10 pages read'));
  assert.deepEqual(await readPages(page), ['root-mfa']);
  assert.deepEqual(errors, []);
  await close();
});

test('a transfer link opened in a fresh browser shows the same preview, then merges', async () => {
  const { page, errors, close } = await openPage(browser);
  await answer(page, 'root-vs-iam', 'root-vs-iam-01');
  await page.goto(server.url('kb/root-mfa'));
  await appReady(page);
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await page.goto(server.url('progress'));
  await appReady(page);
  await page.getByRole('button', { name: 'Make a transfer link' }).click();
  const link = await page.getByLabel('Transfer link', { exact: true }).inputValue();
  assert.match(link, /\/rootcamp\/progress#transfer=1\.[A-Za-z0-9_-]+$/);
  await page.getByRole('img', { name: 'QR code of the transfer link' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await close();

  const fresh = await openPage(browser);
  await fresh.page.goto(link);
  await appReady(fresh.page);
  await fresh.page.getByText('The transfer link would add: 1 answer, 1 page read; nothing will be removed.').waitFor();
  assert.equal(new URL(fresh.page.url()).hash, '', 'the progress leaves the address bar');
  await fresh.page.getByRole('button', { name: 'Merge into my progress' }).click();
  await fresh.page.getByText(/^1 of 10 pages read · 1 of \d+ questions answered/).waitFor();
  assert.deepEqual(await answered(fresh.page), ['root-vs-iam-01']);

  await fresh.page.goto(server.url('quiz'));
  await fresh.page.goto(`${server.url('progress')}#transfer=1.AAAA`);
  await appReady(fresh.page);
  await fresh.page.getByRole('alert').filter({ hasText: 'The transfer link was not imported' }).waitFor();
  assert.deepEqual(await answered(fresh.page), ['root-vs-iam-01'], 'a damaged link changes nothing');
  assert.deepEqual([...errors, ...fresh.errors], []);
  await fresh.close();
});

test('clearing in one tab is not undone by an answer in another', async () => {
  const { page: practice, errors, close } = await openPage(browser);
  await answer(practice, 'root-vs-iam', 'root-vs-iam-01');
  await practice.goto(server.url('quiz/practice?q=root-mfa-01'));
  await appReady(practice);
  const progress = await practice.context().newPage();
  await progress.goto(server.url('progress'));
  await appReady(progress);
  await progress.getByRole('button', { name: 'Clear all progress' }).click();
  await progress.getByRole('button', { name: 'Yes, clear all progress' }).click();
  await practice.bringToFront();
  await practice.getByRole('radio', { name: rightOption('root-mfa', 'root-mfa-01'), exact: true }).check();
  await practice.getByRole('button', { name: 'Check answer' }).click();
  assert.deepEqual(await answered(practice), ['root-mfa-01'], 'only the answer given after the clear');
  assert.deepEqual(errors, []);
  await close();
});

test('storage that refuses to save: told once, and what was saved is unchanged', async () => {
  const { page, errors, close } = await openPage(browser);
  await page.goto(server.url('kb/root-mfa'));
  await appReady(page);
  await page.getByRole('button', { name: 'Mark as read' }).click();
  const before = await page.evaluate(() => localStorage.getItem('rootcamp.progress'));
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  });
  await page.goto(server.url('quiz/practice?q=root-vs-iam-01'));
  await appReady(page);
  await page.getByRole('radio', { name: rightOption('root-vs-iam', 'root-vs-iam-01'), exact: true }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  const notice = page.locator('.notice[role=alert] p');
  await notice.waitFor();
  assert.equal(await notice.textContent(), 'Your progress could not be saved: the browser refused to save it (storage may be full or disabled). What was saved before is unchanged, and this tab keeps your new answers until it is closed: export them from the Progress page to keep them.');
  // A second change, in the same tab: the exam date.
  await page.getByRole('link', { name: 'Quiz', exact: true }).first().click();
  await page.locator('#exam-date').fill('2027-01-15');
  await page.locator('#exam-date').blur();
  await page.getByText('Exam simulation', { exact: false }).first().waitFor();
  assert.equal(await page.locator('.notice[role=alert]').count(), 1, 'told once');
  assert.equal(await page.evaluate(() => localStorage.getItem('rootcamp.progress')), before);
  assert.deepEqual(errors, []);
  await close();
});
