// Benchmark, printed: Lighthouse (mobile settings, its default) on a
// knowledge-base page and the home page of the release build, served on
// loopback under the base path, driving Debian's Chromium.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../support.mjs';

const FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
const server = await startServer();
const dir = mkdtempSync(path.join(tmpdir(), 'lighthouse-'));
try {
  for (const route of ['kb/root-vs-iam', '']) {
    const out = path.join(dir, `${route.replace(/\W/g, '_') || 'home'}.json`);
    // Asynchronous: the server runs in this process and must keep answering.
    await promisify(execFile)('node_modules/.bin/lighthouse', [
      server.url(route), '--quiet', '--output=json', `--output-path=${out}`, `--chrome-flags=${FLAGS}`,
      '--only-categories=performance,accessibility,best-practices,seo',
    ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' } });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const score = (c) => Math.round(report.categories[c].score * 100);
    const metric = (id) => report.audits[id].displayValue;
    const bytes = report.audits['total-byte-weight'].numericValue;
    console.log(`lighthouse /${route}: performance ${score('performance')}, accessibility ${score('accessibility')}, ` +
      `best practices ${score('best-practices')}, SEO ${score('seo')}; LCP ${metric('largest-contentful-paint')}, ` +
      `TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, transfer ${(bytes / 1024).toFixed(0)} KiB`);
    for (const [id, audit] of Object.entries(report.audits)) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') console.log(`  failed audit: ${id}: ${audit.title}`);
    }
  }
} finally {
  await server.close();
}
