// Charts of progress on a 320 px phone: sentences before anything is done;
// after an exam and some practice, the exam result draws the scores with this
// exam highlighted, and the progress page draws its four charts, each bar
// standing for the figure in its table row; axe finds nothing in light or
// dark, and nothing scrolls sideways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openPage, appReady, axeViolations, singleQuestion } from './support.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PHONE = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true };
const EXAM = [['root-vs-iam', 'root-vs-iam-01', 'right'], ['root-mfa', 'root-mfa-01', 'right'], ['root-password', 'root-password-01', 'wrong']];

const sideways = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function axeInBothThemes(page, where) {
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    assert.deepEqual(await axeViolations(page), [], `${where}, ${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

// What a chart draws: each bar's value and height, and its table's rows.
function drawn(page, id) {
  return page.evaluate((id) => {
    const figure = document.getElementById(id);
    if (!figure) return null;
    const svg = figure.querySelector('svg');
    return {
      name: svg.getAttribute('aria-labelledby') && document.getElementById(svg.getAttribute('aria-labelledby')).textContent,
      role: svg.getAttribute('role'),
      bars: [...svg.querySelectorAll('rect.bar')].map((r) => ({
        value: Number(r.dataset.value), height: Number(r.getAttribute('height')), width: Number(r.getAttribute('width')),
        current: r.classList.contains('current'), shown: r.getBoundingClientRect().right <= document.documentElement.clientWidth,
      })),
      rows: [...figure.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent)),
    };
  }, id);
}

const percentIn = (text) => Number(text.match(/(\d+)%/)[1]);

test('charts: sentences first, then the exam result and the progress page draw what their tables say, in light and dark, at 320 px', async () => {
  const { page, errors, close } = await openPage(browser, PHONE);
  await page.goto(server.url('progress'));
  await appReady(page);
  assert.equal(await page.locator('figure.chart').count(), 0, 'no empty charts');
  assert.deepEqual((await page.locator('.chart-empty').allTextContents()).map((t) => t.split(':')[0]),
    ['Answer a few questions to see your mastery of each topic as a chart.', 'Nothing is scheduled yet', 'No answers yet']);
  await page.getByText('No exams yet.').waitFor();

  // An exam of three single-answer questions (saved in format 2, which migrates): two right, one wrong.
  await page.evaluate(([ids, now]) => localStorage.setItem('rootcamp.progress', JSON.stringify({
    kind: 'rootcamp-progress', version: 2,
    progress: { exam: { started_at: now, seed: 1, questions: ids, answers: [null, null, null], flagged: [false, false, false], current: 0 } },
  })), [EXAM.map(([, id]) => id), Date.now()]);
  await page.goto(server.url('quiz/exam'));
  await appReady(page);
  for (const [n, [topic, id, which]] of EXAM.entries()) {
    await page.getByRole('button', { name: new RegExp(`^Question ${n + 1}`) }).click();
    await page.getByRole('radio', { name: singleQuestion(topic, id)[which], exact: true }).check();
  }
  await page.getByRole('button', { name: 'Submit exam' }).click();
  await page.getByRole('button', { name: 'Yes, submit the exam' }).click();
  await page.waitForURL(/\/quiz\/exams\/1$/);
  const result = await drawn(page, 'chart-exam-scores');
  assert.equal(result.role, 'img');
  assert.equal(result.name, 'Exam scores against the 72% pass line: this exam, exam 1, scored 66%; 0 of 1 exam reached the line.');
  assert.deepEqual(result.bars.map(({ value, height, current }) => ({ value, height, current })), [{ value: 66, height: 92, current: true }]);
  assert.deepEqual(result.rows, [['Exam 1 (this exam)', '66% (2 of 3)', 'not yet a pass']]);
  assert.equal(await page.getByRole('img', { name: /^Exam scores against the 72% pass line/ }).count(), 1);
  assert.equal(await sideways(page), 0, 'exam result at 320 px');
  await axeInBothThemes(page, 'exam result with its chart');

  // Practice: one more right answer and one wrong.
  for (const [topic, id, which] of [['root-vs-iam', 'root-vs-iam-01', 'right'], ['root-mfa', 'root-mfa-01', 'wrong']]) {
    await page.goto(server.url(`quiz/practice?q=${id}`));
    await appReady(page);
    await page.getByRole('radio', { name: singleQuestion(topic, id)[which], exact: true }).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.locator('.verdict-text').waitFor();
  }

  await page.goto(server.url('progress'));
  await appReady(page);
  assert.equal(await page.locator('.chart-empty').count(), 0);
  assert.equal(await page.locator('figure.chart svg[role="img"]').count(), 4, 'four charts');

  // Mastery: a bar per topic, as wide as the mastery table's percentage (312 units for 100%).
  const mastery = await drawn(page, 'chart-mastery');
  const table = (await page.locator('.progress-page > .table-wrap tbody td:nth-child(3)').allTextContents()).map(percentIn);
  assert.deepEqual(mastery.bars.map((b) => b.value), table);
  assert.deepEqual(mastery.bars.map((b) => b.width), table.map((v) => Math.round(v * 3.12)));
  assert.ok(table.filter((v) => v > 0).length >= 1, `some mastery: ${table}`);
  assert.match(mastery.name, /^Mastery by topic: 1 of \d+ questions last answered right \(\d+%\)\.$/);

  // Coming due: now and each of 14 days, as counted in the table.
  const due = await drawn(page, 'chart-coming-due');
  assert.equal(due.bars.length, 15);
  assert.deepEqual(due.bars.map((b) => String(b.value)), due.rows.map((r) => r[1]));
  assert.equal(due.rows[0][0], 'Due now');
  const tallest = Math.max(...due.bars.map((b) => b.value));
  for (const b of due.bars) assert.equal(b.height > 0, b.value > 0, 'a bar only where something comes due');
  assert.ok(due.bars.every((b) => b.value !== tallest || b.height >= due.bars[0].height));
  assert.match(due.name, new RegExp(`^Questions coming due over the next 14 days: ${due.rows[0][1]} due now, ${due.bars.reduce((s, b) => s + b.value, 0)} in all\\.$`));

  // Answers right: all five (three in the exam, two in practice) in the last 24 hours.
  const accuracy = await drawn(page, 'chart-accuracy');
  assert.equal(accuracy.name, 'Share of answers right per day over the last 7 days: 3 of 5 (60%).');
  assert.deepEqual(accuracy.rows, [['Last 24 hours', '3 of 5', '60%']]);
  assert.deepEqual(accuracy.bars.map(({ value, height }) => ({ value, height })), [{ value: 60, height: 84 }]);

  // Exam scores: the exam, no highlight, against the pass line.
  const scores = await drawn(page, 'chart-exam-scores');
  assert.deepEqual(scores.bars.map(({ value, current }) => ({ value, current })), [{ value: 66, current: false }]);
  assert.deepEqual(scores.rows.map((r) => percentIn(r[1])), scores.bars.map((b) => b.value));
  assert.equal(await page.locator('#chart-exam-scores line.pass-line').count(), 1);

  for (const chart of [mastery, due, accuracy, scores]) assert.ok(chart.bars.every((b) => b.shown), 'every bar on screen');
  assert.equal(await sideways(page), 0, 'progress page at 320 px');
  // The colours follow the theme.
  const fill = () => page.locator('#chart-accuracy rect.bar').evaluate((r) => getComputedStyle(r).fill);
  const light = await fill();
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.notEqual(await fill(), light, 'bars change colour in dark mode');
  await page.emulateMedia({ colorScheme: 'light' });
  // A table is one tap away, and axe checks it open too.
  assert.deepEqual(await page.locator('figure.chart summary').allTextContents(),
    ['Coming due as a table', 'Answers right as a table', 'Exam scores as a table']);
  await page.locator('#chart-coming-due summary').click();
  await axeInBothThemes(page, 'progress page with four charts');
  assert.deepEqual(errors, []);
  await close();
});
