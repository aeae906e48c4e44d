// The knowledge base's diagrams on their pages: each is there with its text
// alternative, drawn in the page's colours in light and dark mode with enough
// contrast, fits a 320 px screen, and leaves axe-core nothing to report.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { startServer, launch, openPage, appReady, axeViolations } from './support.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Every diagram the pages show, read from the markdown: page slug, name, alt text.
const KB = new URL('../content/kb/', import.meta.url);
const pages = readdirSync(KB).filter((f) => f.endsWith('.md')).map((file) => {
  const text = readFileSync(new URL(file, KB), 'utf8');
  const slug = text.match(/^slug = "([^"]+)"/m)[1];
  const diagrams = [...text.matchAll(/^!\[([^\]]+)\]\(\.\.\/diagrams\/([\w-]+)\.svg\)$/gm)]
    .map((m) => ({ alt: m[1], name: m[2] }));
  return { slug, diagrams };
}).filter((p) => p.diagrams.length > 0);

test('the knowledge base has at least six diagrams', () => {
  assert.ok(pages.flatMap((p) => p.diagrams).length >= 6, JSON.stringify(pages));
});

// What the browser shows of one diagram: its name and description as a screen
// reader gets them, its size, and the colours of its text and lines against
// the colours behind them.
function inspect(id) {
  const svg = document.querySelector(`svg[aria-labelledby="${id}-title"]`);
  if (!svg) return null;
  const rgb = (c) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const luminance = (c) => {
    const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const page = getComputedStyle(document.body).backgroundColor;
  // Text may sit on the page or on any box filled in this drawing.
  const grounds = [page, ...[...svg.querySelectorAll('rect')].map((r) => getComputedStyle(r).fill)]
    .filter((c) => c.startsWith('rgb'));
  const worst = (elements, prop) => Math.min(...[...elements].flatMap((e) => {
    const c = getComputedStyle(e)[prop];
    return grounds.map((g) => contrast(c, g));
  }));
  const box = svg.getBoundingClientRect();
  const scale = box.width / svg.viewBox.baseVal.width;
  const texts = svg.querySelectorAll('text');
  return {
    role: svg.getAttribute('role'),
    title: document.getElementById(`${id}-title`)?.textContent,
    desc: document.getElementById(svg.getAttribute('aria-describedby'))?.textContent ?? '',
    caption: svg.closest('figure.diagram')?.querySelector('figcaption')?.textContent,
    right: box.right,
    width: box.width,
    smallestText: Math.min(...[...texts].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)),
    textColour: getComputedStyle(texts[0]).fill,
    lineColour: getComputedStyle(svg.querySelector('.line, .box')).stroke,
    textContrast: worst(texts, 'fill'),
    lineContrast: worst(svg.querySelectorAll('.line, .box'), 'stroke'),
  };
}

for (const { slug, diagrams } of pages) {
  test(`${slug}: ${diagrams.map((d) => d.name).join(', ')}`, async () => {
    const { page, errors, close } = await openPage(browser, { viewport: { width: 320, height: 720 } });
    assert.equal((await page.goto(server.url(`kb/${slug}`))).status(), 200);
    await appReady(page);
    const seen = {};
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      for (const { name, alt } of diagrams) {
        const where = `${slug} ${name} (${colorScheme})`;
        const image = page.getByRole('img', { name: alt, exact: true });
        assert.equal(await image.count(), 1, `${where}: one image named by its alt text`);
        await image.scrollIntoViewIfNeeded();
        const d = await page.evaluate(inspect, `diagram-${name}`);
        assert.ok(d, `${where}: on the page`);
        assert.equal(d.role, 'img');
        assert.equal(d.title, alt);
        assert.equal(d.caption, alt);
        assert.ok(d.desc.length > alt.length + 40, `${where}: a description that says what it shows: ${d.desc}`);
        assert.ok(d.right <= 320 && d.width > 250, `${where}: fits the 320 px screen (${d.width} px wide, right edge ${d.right})`);
        assert.ok(d.smallestText >= 10, `${where}: text at least 10 px on a 320 px screen (${d.smallestText})`);
        assert.ok(d.textContrast >= 4.5, `${where}: text contrast ${d.textContrast.toFixed(2)}`);
        assert.ok(d.lineContrast >= 3, `${where}: line contrast ${d.lineContrast.toFixed(2)}`);
        seen[name] = { ...seen[name], [colorScheme]: d };
      }
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(scroll <= 0, `${slug} (${colorScheme}): no horizontal scrolling at 320 px (${scroll} px too wide)`);
      assert.deepEqual(await axeViolations(page), [], `axe-core on ${slug}, ${colorScheme}`);
    }
    for (const [name, { light, dark }] of Object.entries(seen)) {
      assert.notEqual(light.textColour, dark.textColour, `${name}: text colour follows the colour scheme`);
      assert.notEqual(light.lineColour, dark.lineColour, `${name}: line colour follows the colour scheme`);
    }
    assert.deepEqual(errors, []);
    await close();
  });
}
