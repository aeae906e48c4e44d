// Benchmark, printed: Lighthouse (mobile settings, its default) on every
// route of the release build (a knowledge-base page standing for all ten),
// served on loopback under the base path, driving Debian's Chromium, each
// against issue #15's budgets: performance at least 95 (median), the other
// categories 100, LCP at most 1.8 s, TBT at most 100 ms, CLS at most 0.02.
//
//   node e2e/bench/lighthouse.mjs [--label NAME] [ROUTE...]
//
// measures other routes of the site (or of another site, such as the mdBook
// that `cargo xtask bench` compares with), printed under NAME.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, CHROMIUM, CHROMIUM_ARGS } from '../support.mjs';

const FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
const server = await startServer();
const dir = mkdtempSync(path.join(tmpdir(), 'lighthouse-'));
// Lighthouse's simulated throttling scales the main-thread work it observes,
// which varies from run to run on a busy machine: each page is measured RUNS
// times and the median is printed, with the range.
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const args = process.argv.slice(2);
const label = args[0] === '--label' ? args.splice(0, 2)[1] : 'rootcamp';
const routes = args.length ? args : ['kb/root-vs-iam', '', 'search?q=mfa', 'quiz', 'quiz/practice', 'quiz/exam', 'progress'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs, unit, scale = 1, digits = 0) => {
  const f = (x) => (x * scale).toFixed(digits);
  return `${f(median(xs))}${unit} (${f(Math.min(...xs))} to ${f(Math.max(...xs))})`;
};
try {
  for (const route of routes) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const out = path.join(dir, `${route.replace(/\W/g, '_') || 'home'}-${i}.json`);
      // Asynchronous: the server runs in this process and must keep answering.
      await promisify(execFile)('node_modules/.bin/lighthouse', [
        server.url(route), '--quiet', '--output=json', `--output-path=${out}`, `--chrome-flags=${FLAGS}`,
        '--only-categories=performance,accessibility,best-practices,seo',
      ], { env: { ...process.env, CHROME_PATH: CHROMIUM } });
      runs.push(JSON.parse(readFileSync(out, 'utf8')));
    }
    const score = (c) => runs.map((r) => Math.round(r.categories[c].score * 100));
    const metric = (id) => runs.map((r) => r.audits[id].numericValue);
    console.log(`lighthouse ${label} /${route}, median of ${RUNS} runs (range): performance ${spread(score('performance'), '')}, ` +
      `accessibility ${spread(score('accessibility'), '')}, best practices ${spread(score('best-practices'), '')}, SEO ${spread(score('seo'), '')}; ` +
      `LCP ${spread(metric('largest-contentful-paint'), ' s', 1 / 1000, 1)}, TBT ${spread(metric('total-blocking-time'), ' ms')}, ` +
      `CLS ${spread(metric('cumulative-layout-shift'), '', 1, 3)}, transfer ${spread(metric('total-byte-weight'), ' KiB', 1 / 1024)}`);
    const over = [
      median(score('performance')) < 95 && 'performance below 95',
      ...['accessibility', 'best-practices', 'seo'].map((c) => median(score(c)) < 100 && `${c} below 100`),
      median(metric('largest-contentful-paint')) > 1800 && 'LCP above 1.8 s',
      median(metric('total-blocking-time')) > 100 && 'TBT above 100 ms',
      median(metric('cumulative-layout-shift')) > 0.02 && 'CLS above 0.02',
    ].filter(Boolean);
    console.log(`  budget: ${over.length ? `OVER: ${over.join(', ')}` : 'within every budget'}`);
    const failed = new Set();
    for (const report of runs) {
      for (const [id, audit] of Object.entries(report.audits)) {
        if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') failed.add(`${id}: ${audit.title}`);
      }
    }
    for (const f of failed) console.log(`  failed audit: ${f}`);
  }
} finally {
  await server.close();
}
