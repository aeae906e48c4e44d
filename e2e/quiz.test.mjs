// The quiz as a student uses it: practice right and wrong, a short exam to the end
// and its review, a reload mid-exam, export, clear and import.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, launch, openPage, appReady, axeViolations, singleQuestion } from './support.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('practice: a right answer and a wrong one, with explanations and links', async () => {
  const { page, errors, close } = await openPage(browser);
  const q1 = singleQuestion('root-vs-iam', 'root-vs-iam-01');
  await page.goto(server.url('quiz/practice?q=root-vs-iam-01'));
  await appReady(page);
  await page.getByRole('radio', { name: q1.right, exact: true }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  assert.equal(await page.getByRole('status').filter({ hasText: 'Correct.' }).count(), 1);
  assert.ok(await page.locator('.why').count() >= 4, 'every option is explained');
  assert.ok(await page.locator('.learn-more a').count() >= 1, 'links into the knowledge base');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Next question' }).click();
  await page.getByText('1 answered, 1 right this session').waitFor();

  // Another question, answered wrong on purpose with the keyboard: its number key, then Enter.
  const q2 = singleQuestion('root-vs-iam', 'root-vs-iam-02');
  await page.goto(server.url('quiz/practice?q=root-vs-iam-02'));
  await appReady(page);
  const labels = (await page.locator('.option label').allTextContents()).map((l) => l.trim());
  await page.keyboard.press(String(labels.indexOf(q2.wrong) + 1));
  assert.equal(await page.getByRole('radio', { name: q2.wrong, exact: true }).isChecked(), true);
  await page.keyboard.press('Enter');
  await page.getByText('Not quite.').waitFor();
  await page.keyboard.press('Enter');
  const id = 'root-vs-iam-02';

  await page.goto(server.url('quiz'));
  await appReady(page);
  assert.match(await page.getByText(/answered wrong last time/).textContent(), /1 question answered wrong last time/);
  await page.getByRole('link', { name: 'Review mistakes' }).click();
  await page.waitForFunction((i) => document.querySelector('input[name^="q-"]')?.name === `q-${i}`, id);
  assert.deepEqual(errors, []);
  await close();
});

// Some answer to the question shown: the first option or category, or one step moved.
async function answerAnything(page) {
  const input = page.locator('.question input').first();
  if (await input.count()) await input.check();
  else await page.getByRole('button', { name: 'Move step 1 down' }).click();
}

test('"Report a problem" opens a prefilled issue on the project repository, from a question and from a page', async () => {
  const { page, errors, close } = await openPage(browser);
  const q = singleQuestion('root-vs-iam', 'root-vs-iam-01');
  await page.goto(server.url('quiz/practice?q=root-vs-iam-01'));
  await appReady(page);
  await page.getByRole('radio', { name: q.right, exact: true }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  const link = page.getByRole('link', { name: 'Report a problem with this question' });
  assert.equal(await link.getAttribute('target'), '_blank');
  const issue = new URL(await link.getAttribute('href'));
  assert.equal(`${issue.origin}${issue.pathname}`, 'https://github.com/rootcamp-journeys/rootcamp/issues/new');
  assert.equal(issue.searchParams.get('title'), 'Problem with question root-vs-iam-01');
  const body = issue.searchParams.get('body');
  assert.match(body, /^Question: root-vs-iam-01\nContent version: [0-9a-f]{10}\n/);
  assert.ok(body.includes(`My answer: "${q.right}"\n`), body);

  // A pre-rendered page carries the same content version as the app.
  const version = body.match(/Content version: ([0-9a-f]{10})/)[1];
  await page.goto(server.url('kb/root-mfa'));
  const pageIssue = new URL(await page.getByRole('link', { name: 'Report a problem with this page' }).getAttribute('href'));
  assert.equal(pageIssue.searchParams.get('title'), 'Problem with page root-mfa');
  assert.equal(pageIssue.searchParams.get('body'), `Page: root-mfa\nContent version: ${version}\n\nWhat is wrong, and the AWS page that says so:\n`);
  assert.deepEqual(errors, []);
  await close();
});

test('a short exam, a reload in the middle, flags, submit and review', async () => {
  const { page, errors, close } = await openPage(browser);
  await page.goto(server.url('quiz/exam'));
  await appReady(page);
  await page.getByLabel(/Number of questions/).fill('3');
  await page.getByRole('button', { name: 'Start exam' }).click();
  await page.getByRole('timer').waitFor();
  assert.match(await page.getByRole('timer').textContent(), /^(6:00|5:5\d) left$/, 'two minutes a question');
  assert.deepEqual(await axeViolations(page), []);

  // Answer the first question (whatever kind it is), flag it with F, move on.
  await answerAnything(page);
  await page.getByText('1 of 3 answered').waitFor();
  await page.keyboard.press('f');
  assert.equal(await page.getByRole('button', { name: 'Flag for review' }).getAttribute('aria-pressed'), 'true');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText('Question 2 of 3').waitFor();

  // A reload keeps the exam, its answers, flags and place.
  await page.reload();
  await appReady(page);
  await page.getByText('Question 2 of 3').waitFor();
  assert.equal(await page.getByText('1 of 3 answered').count(), 1);
  assert.equal(await page.getByRole('button', { name: 'Question 1, flagged' }).count(), 1);

  // Submitting first shows what is left to do, and asks.
  await page.getByRole('button', { name: 'Submit exam' }).click();
  await page.getByRole('heading', { name: 'Submit the exam?' }).waitFor();
  assert.equal(await page.locator('.submit-check p').first().textContent(),
    '2 questions are unanswered (they count as wrong) and 1 question is flagged for review.');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Submit the exam?', 'focus moves to the question asked');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Keep working' }).click();
  await page.getByRole('button', { name: 'Submit exam' }).click();
  await page.getByRole('button', { name: 'Go to question 1' }).waitFor();
  await page.getByRole('button', { name: 'Yes, submit the exam' }).click();
  await page.waitForURL(/\/quiz\/exams\/1$/);
  await page.getByRole('heading', { name: 'Exam 1 results' }).waitFor();
  assert.match(await page.locator('.score').textContent(), /^\d of 3 correct \(\d+%\)$/);
  assert.match(await page.locator('.estimate').textContent(), /720/);
  assert.match(await page.locator('.estimate').textContent(), /15 of the real exam's 65 questions are unscored/);
  assert.equal(await page.locator('.reviewed').count(), 3, 'every question is reviewable');
  assert.ok(await page.getByText('Not answered (counts as wrong).').count() >= 2);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await close();
});

test('a full-length exam: 65 questions in 130 minutes, multiple choice and multiple response only', async () => {
  const { page, errors, close } = await openPage(browser);
  await page.goto(server.url('quiz/exam'));
  await appReady(page);
  assert.match(await page.locator('main').textContent(), /asks only multiple-choice and multiple-response questions/);
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('radio', { name: /^Full length, like the real exam: 65 questions, 130 minutes$/ }).check();
  assert.equal(await page.getByLabel(/Number of questions/).inputValue(), '65');
  // Enter in the form starts the exam, as the button does.
  await page.getByLabel(/Number of questions/).press('Enter');
  await page.getByRole('timer').waitFor();
  assert.match(await page.getByRole('timer').textContent(), /^(130:00|129:5\d) left$/);
  assert.equal(await page.getByText('0 of 65 answered').count(), 1);
  // No question of the exam is a learning item (ordering or sorting).
  for (let n = 1; n <= 65; n++) {
    await page.getByText(`Question ${n} of 65`).waitFor();
    assert.equal(await page.locator('.learning-item').count(), 0, `question ${n} is multiple choice or multiple response`);
    assert.ok(await page.locator('.options input').count() >= 4, `question ${n} has options`);
    if (n < 65) await page.getByRole('button', { name: 'Next' }).click();
  }
  assert.deepEqual(errors, []);
  await close();
});

test('ordering and sorting questions are marked as learning items in practice', async () => {
  const { page, errors, close } = await openPage(browser);
  await page.goto(server.url('quiz/practice?q=root-password-09'));
  await appReady(page);
  await page.getByText('Learning item: the exam asks only multiple-choice and multiple-response questions').waitFor();
  await page.goto(server.url('quiz/practice?q=root-vs-iam-01'));
  await appReady(page);
  await page.locator('.question').waitFor();
  assert.equal(await page.locator('.learning-item').count(), 0);
  assert.deepEqual(errors, []);
  await close();
});

test('when time runs out the exam is submitted by itself', async () => {
  const { page, errors, close } = await openPage(browser);
  await page.clock.install();
  await page.goto(server.url('quiz/exam'));
  await appReady(page);
  await page.getByLabel(/Number of questions/).fill('1');
  await page.getByRole('button', { name: 'Start exam' }).click();
  assert.match(await page.getByRole('timer').textContent(), /^(2:00|1:59) left$/);
  await page.clock.runFor(61_000);
  assert.match(await page.getByRole('timer').textContent(), /^0:5[89] left$/);
  await page.clock.runFor(60_000);
  await page.waitForURL(/\/quiz\/exams\/1$/);
  assert.equal(await page.locator('.score').textContent(), '0 of 1 correct (0%)');
  assert.deepEqual(errors, []);
  await close();
});

test('export, clear, and import progress; a broken file is refused and changes nothing', async () => {
  const { page, errors, close } = await openPage(browser, { acceptDownloads: true });
  await page.goto(server.url('kb/root-mfa'));
  await appReady(page);
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await page.goto(server.url('progress'));
  await appReady(page);
  assert.match(await page.locator('main').textContent(), /1 of 10 pages read/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
  assert.equal(download.suggestedFilename(), 'rootcamp-progress.json');
  const exported = path.join(mkdtempSync(path.join(tmpdir(), 'rootcamp-')), 'progress.json');
  await download.saveAs(exported);
  assert.deepEqual(Object.keys(JSON.parse(readFileSync(exported, 'utf8')).progress.read), ['root-mfa']);

  await page.getByRole('button', { name: 'Clear all progress' }).click();
  await page.getByRole('button', { name: 'Yes, clear all progress' }).click();
  assert.match(await page.locator('main').textContent(), /0 of 10 pages read/);

  const broken = path.join(path.dirname(exported), 'broken.json');
  writeFileSync(broken, '{"kind":"rootcamp-progress","version":2,"progress":{"read":"everything"}}');
  await page.getByLabel('Import progress from a file').setInputFiles(broken);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.equal(await alert.textContent(), 'broken.json was not imported: its contents do not match progress format 2: invalid type: string "everything", expected a sequence. Your progress is unchanged.');
  assert.match(await page.locator('main').textContent(), /0 of 10 pages read/);

  await page.getByLabel('Import progress from a file').setInputFiles(exported);
  await page.getByText('progress.json would add: 1 page read; nothing will be removed.').waitFor();
  await page.getByRole('button', { name: 'Merge into my progress' }).click();
  await page.getByText('progress.json was merged into your progress.').waitFor();
  assert.match(await page.locator('main').textContent(), /1 of 10 pages read/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await close();
});

test('the quiz pages work on a 320 px phone without sideways scrolling', async () => {
  const { page, errors, close } = await openPage(browser, { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  for (const route of ['quiz', 'quiz/practice?q=root-only-tasks-09', 'quiz/exam', 'progress', 'search?q=scp']) {
    await page.goto(server.url(route));
    await appReady(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `/${route} overflows sideways by ${overflow}px`);
    assert.deepEqual(await axeViolations(page), [], `axe-core on /${route}`);
  }
  assert.deepEqual(errors, []);
  await close();
});
