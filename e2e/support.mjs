// Shared pieces of the journeys: a GitHub-Pages-like static server on loopback,
// Debian's Chromium driven by playwright-core, console watching and axe-core.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const SITE = process.env.ROOTCAMP_SITE;
export const BASE = process.env.ROOTCAMP_BASE ?? '/rootcamp/';
if (!SITE) throw new Error('ROOTCAMP_SITE must name a built site (run `cargo xtask test`)');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gz': 'application/gzip',
};
// The types GitHub Pages gzips (compressible in the MIME database); it sends
// the rest, such as images and the build's gzipped data files, as they are.
const COMPRESSED = new Set(['.html', '.js', '.wasm', '.css', '.json', '.webmanifest', '.svg']);

async function isFile(p) {
  try { return (await stat(p)).isFile(); } catch { return false; }
}

// Serves SITE under BASE the way GitHub Pages does: `x` answers from `x`,
// `x.html` or `x/index.html`; anything else gets 404.html with status 404;
// text responses are gzipped for clients that accept it.
export async function startServer() {
  let root = path.resolve(SITE);
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    let file = null;
    if (pathname.startsWith(BASE)) {
      const rel = decodeURIComponent(pathname.slice(BASE.length));
      const wanted = path.resolve(root, rel);
      if (wanted === root || wanted.startsWith(root + path.sep)) {
        for (const candidate of [wanted, `${wanted}.html`, path.join(wanted, 'index.html')]) {
          if (await isFile(candidate)) { file = candidate; break; }
        }
      }
    }
    const status = file ? 200 : 404;
    file ??= path.join(root, '404.html');
    let body = await readFile(file);
    const headers = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
    // Compressed as GitHub Pages does, so sizes and timings are the ones students get.
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && COMPRESSED.has(path.extname(file))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(status, headers);
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: (p = '') => `${origin}${BASE}${p}`,
    // Deploys another build over this one.
    setSite: (dir) => { root = path.resolve(dir); },
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
  };
}

// Debian's Chromium, and the flags it needs here (root, no GPU, a closed network).
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

// A page in a fresh context that records console errors and uncaught exceptions.
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`${msg.text()} (${msg.location().url})`); });
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
  return { page, errors, close: () => context.close() };
}

// Waits until the wasm (the app, or the reader on a knowledge-base page) has
// rendered and its first effects have run: the app has taken over from the
// pre-rendered copy, if any, and every listener is in place.
export async function appReady(page) {
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready' && document.querySelector('main h1'));
}

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// axe-core violations on the current page, as readable lines.
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// A single-answer question's option texts, read from the bank's TOML (as
// shown: inline code without its backticks): the right one and a wrong one.
export function singleQuestion(topic, id) {
  const toml = readFileSync(new URL(`../content/quiz/${topic}.toml`, import.meta.url), 'utf8');
  const block = toml.split('[[question]]').find((b) => b.includes(`id = "${id}"`));
  if (!block?.includes('kind = "single"')) throw new Error(`${id} is not a single-answer question`);
  const options = [...block.matchAll(/\[\[question\.option\]\]\s*text = "([^"]*)"\s*correct = (true|false)/g)]
    .map((m) => ({ text: m[1].replaceAll('`', ''), correct: m[2] === 'true' }));
  return { right: options.find((o) => o.correct).text, wrong: options.find((o) => !o.correct).text };
}

// The text of a single-answer question's right option.
export function rightOption(topic, id) {
  return singleQuestion(topic, id).right;
}
