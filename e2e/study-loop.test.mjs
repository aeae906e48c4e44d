// The study loop on a 390 px phone and a 1366 px laptop, light and dark: each
// step of practice and the exam brings what it is about into view with the
// focus, an exam is submitted only when asked twice, the due figures agree,
// and the exam date shows a countdown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openPage, appReady, axeViolations, rightOption } from './support.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SCREENS = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  laptop: { viewport: { width: 1366, height: 768 } },
};

// Whether the top of the element matching `selector` is in the viewport, and whether it (or something in it) has the focus.
async function inViewWithFocus(page, selector) {
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) return `nothing matches ${s}`;
    const top = el.getBoundingClientRect().top;
    const visible = top >= 0 && top < window.innerHeight;
    const focused = el.contains(document.activeElement);
    return visible && focused ? 'in view, focused' : `top at ${Math.round(top)} of ${window.innerHeight}, focus on ${document.activeElement?.tagName}.${document.activeElement?.className}`;
  }, selector);
}

async function axeInBothThemes(page, where) {
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    assert.deepEqual(await axeViolations(page), [], `${where}, ${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

for (const [screen, options] of Object.entries(SCREENS)) {
  test(`${screen}: practice keeps the question, then its feedback, in view; a session ends with a recap`, async () => {
    const { page, errors, close } = await openPage(browser, options);
    await page.goto(server.url('quiz'));
    await appReady(page);
    await page.getByRole('radio', { name: '10 questions' }).check();
    await page.getByRole('button', { name: 'Start practice' }).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Start practice' }).click();
    await page.getByText('Question 1 of 10').waitFor();
    assert.equal(await inViewWithFocus(page, '.practice .question'), 'in view, focused');

    // A session that starts at a multiple-choice question (the first of a
    // shuffled session may be a sorting one): answer its first option as a guess.
    await page.goto(server.url('quiz/practice?q=root-vs-iam-01&n=10'));
    await appReady(page);
    await page.getByText('Question 1 of 10').waitFor();
    await page.locator('.question .options input').first().check();
    await page.keyboard.press('g');
    assert.equal(await page.getByRole('radio', { name: 'Guess' }).isChecked(), true, 'G says it was a guess');
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.locator('.verdict-text').waitFor();
    assert.equal(await inViewWithFocus(page, '.practice .verdict'), 'in view, focused');
    assert.match(await page.locator('.comes-back').textContent(), /^This question comes back (in \d+ (minute|hour|day)s?|tomorrow)\.$/);
    await axeInBothThemes(page, 'practice feedback');

    await page.getByRole('button', { name: 'Next question' }).click();
    await page.getByText('Question 2 of 10').waitFor();
    assert.equal(await inViewWithFocus(page, '.practice .question'), 'in view, focused');

    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('heading', { name: 'Session recap' }).waitFor();
    assert.equal(await inViewWithFocus(page, '.recap h1'), 'in view, focused');
    assert.match(await page.locator('.recap .score').textContent(), /^[01] of 1 right$/);
    assert.equal(await page.locator('.recap-back li').count(), 1, 'when the question comes back');
    await axeInBothThemes(page, 'session recap');
    assert.deepEqual(errors, []);
    await close();
  });

  test(`${screen}: the exam moves with the student, asks before submitting, and opens its result at the score`, async () => {
    const { page, errors, close } = await openPage(browser, options);
    await page.goto(server.url('quiz/exam'));
    await appReady(page);
    await page.getByLabel(/Number of questions/).fill('4');
    await page.getByRole('button', { name: 'Start exam' }).click();
    await page.getByText('Question 1 of 4').waitFor();
    assert.equal(await inViewWithFocus(page, '.exam .question'), 'in view, focused');
    await page.locator('.question .options input').first().check();
    await page.keyboard.press('f');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Question 2 of 4').waitFor();
    assert.equal(await inViewWithFocus(page, '.exam .question'), 'in view, focused');
    assert.equal(await page.getByText('Shaded: answered · ⚑: flagged for review · outlined: this question').count(), 1);
    await axeInBothThemes(page, 'exam with a flagged question in the grid');

    await page.getByRole('button', { name: 'Submit exam' }).click();
    await page.getByRole('heading', { name: 'Submit the exam?' }).waitFor();
    assert.equal(await inViewWithFocus(page, '.submit-check h2'), 'in view, focused');
    assert.equal(await page.locator('.submit-check p').first().textContent(),
      '3 questions are unanswered (they count as wrong) and 1 question is flagged for review.');
    await page.getByRole('button', { name: 'Yes, submit the exam' }).click();
    await page.getByRole('heading', { name: 'Exam 1 results' }).waitFor();
    assert.equal(await inViewWithFocus(page, '.exam-result h1'), 'in view, focused');
    assert.match(await page.locator('main').textContent(), /Time used: \d+ min \d\d s · 1 flagged for review/);
    const percents = (await page.locator('.exam-result [aria-label="Score by topic"] tbody td:nth-child(2)').allTextContents()).map((t) => Number(t.match(/\((\d+)%\)/)[1]));
    assert.deepEqual(percents, [...percents].sort((a, b) => a - b), 'topics weakest first');
    await axeInBothThemes(page, 'exam result');

    // Only the questions missed: at least the three unanswered.
    await page.getByLabel('Show only the questions I missed').check();
    assert.ok(await page.locator('.reviewed').count() >= 3);
    assert.equal(await page.getByText('Answered right.').count(), 0);
    await page.getByRole('link', { name: /^Practise my weak topics/ }).click();
    await page.getByText(/^Question 1 of \d+$/).waitFor();
    assert.deepEqual(errors, []);
    await close();
  });
}

test('the home, quiz and progress pages count what is due alike, and the exam date shows a countdown', async () => {
  const { page, errors, close } = await openPage(browser, SCREENS.phone);
  await page.goto(server.url(''));
  await appReady(page);
  assert.equal(await page.getByRole('heading', { name: 'Start here' }).count(), 1, 'a first visit is oriented');
  assert.match(await page.locator('.glance').textContent(), /10 pages, about \d+ minutes of reading, and \d+ scenario questions/);

  // One question answered right and sure: it comes back in days, so nothing is due yet.
  await page.goto(server.url('quiz/practice?q=root-vs-iam-01'));
  await appReady(page);
  await page.getByRole('radio', { name: rightOption('root-vs-iam', 'root-vs-iam-01'), exact: true }).check();
  await page.keyboard.press('s');
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByText('Correct.').waitFor();
  await page.goto(server.url(''));
  await appReady(page);
  assert.equal(await page.getByRole('heading', { name: 'Today' }).count(), 1);
  await page.getByText('No questions due now.').waitFor();

  // An exam date tomorrow brings every answered question forward: one is due, on every page.
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.goto(server.url('quiz'));
  await appReady(page);
  await page.getByLabel('My exam date').fill(tomorrow);
  await page.getByLabel('My exam date').dispatchEvent('change');
  await page.getByText('1 due now').waitFor();
  await page.goto(server.url(''));
  await appReady(page);
  await page.getByRole('link', { name: '1 question due now' }).waitFor();
  assert.match(await page.locator('.countdown').textContent(), /^Your exam is (tomorrow|in 2 days)/);
  await page.goto(server.url('progress'));
  await appReady(page);
  assert.deepEqual(await page.locator('#chart-coming-due tbody tr').first().locator('th, td').allTextContents(), ['Due now', '1']);
  assert.match(await page.locator('#chart-coming-due figcaption').textContent(), /: 1 due now, /);
  assert.deepEqual(errors, []);
  await close();
});

test('the first Tab reaches "Skip to the content", on a pre-rendered page and in the app', async () => {
  const { page, errors, close } = await openPage(browser, SCREENS.laptop);
  for (const path of ['kb/root-mfa', 'quiz']) {
    await page.goto(server.url(path));
    await appReady(page);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to the content', path);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    assert.equal(new URL(page.url()).pathname, `/rootcamp/${path}`, 'the link stays on the page');
  }
  await page.goto(server.url('quiz/practice?q=root-vs-iam-01'));
  await appReady(page);
  await page.getByText('Keyboard shortcuts').click();
  assert.match(await page.locator('.key-help').textContent(), /G, U, S how sure you are/);
  assert.deepEqual(errors, []);
  await close();
});

test('a right answer called a guess shows as a lucky guess on the progress page, one tap from practising it again', async () => {
  const { page, errors, close } = await openPage(browser, SCREENS.phone);
  await page.goto(server.url('quiz/practice?q=root-vs-iam-01'));
  await appReady(page);
  await page.getByRole('radio', { name: rightOption('root-vs-iam', 'root-vs-iam-01'), exact: true }).check();
  await page.keyboard.press('g');
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByText('Correct.').waitFor();
  await page.goto(server.url('progress'));
  await appReady(page);
  await page.getByRole('heading', { name: 'Lucky guesses (1)' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Confident mistakes (0)' }).count(), 1);
  await axeInBothThemes(page, 'progress page with a lucky guess');
  await page.locator('.review-list a').first().click();
  await page.getByText('Question 1 of 1').waitFor();
  assert.deepEqual(errors, []);
  await close();
});

test('how sure the student was changes when a right answer comes back: a guess sooner than a sure answer', async () => {
  const minutes = { minute: 1, hour: 60, day: 1440 };
  const comesBack = async (key) => {
    const { page, errors, close } = await openPage(browser, SCREENS.phone);
    await page.goto(server.url('quiz/practice?q=root-vs-iam-01'));
    await appReady(page);
    await page.getByRole('radio', { name: rightOption('root-vs-iam', 'root-vs-iam-01'), exact: true }).check();
    await page.keyboard.press(key);
    await page.getByRole('button', { name: 'Check answer' }).click();
    const text = await page.locator('.comes-back').textContent();
    const m = text.match(/^This question comes back (?:in (\d+) (minute|hour|day)s?|(tomorrow))\.$/);
    assert.ok(m, text);
    assert.deepEqual(errors, []);
    await close();
    return m[3] ? minutes.day : Number(m[1]) * minutes[m[2]];
  };
  const [guess, sure] = [await comesBack('g'), await comesBack('s')];
  assert.ok(guess < sure, `a guess comes back in ${guess} minutes, a sure answer in ${sure}`);
});
