// The three wasm modules (DEVELOPERS.md "Three wasm modules"), in the scene host (www/scene.html: a
// dashboard page without the option editors): a plain panel draws with the common drawing-only core
// and fetches the full one only when the pointer enters it (tooltips, links, what-if need it); a
// plain panel whose page has mockups or sketch shapes draws with the extended drawing-only core,
// never with placeholders first; a panel with bindings loads the full core only, and shows nothing
// before it is there.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { addPacks, root, startHost, waitSettled } from './helpers/browser.mjs';

let browser;
let host;
let base;

before(async () => {
  host = await startHost();
  ({ browser, base } = host);
});

after(async () => {
  await host?.close();
});

const VIEW = /\/faultline_view_bg\.[0-9a-f]{8}\.wasm$/;
const VIEW_EXT = /\/faultline_view_ext_bg\.[0-9a-f]{8}\.wasm$/;
const FULL = /\/faultline_bg\.[0-9a-f]{8}\.wasm$/;

async function scene(t, query) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 500 } });
  t.after(() => context.close());
  const page = await context.newPage();
  // Counts placeholder shapes ever inserted into the page (a drawing replaced later included).
  await page.addInitScript(() => {
    window.placeholdersSeen = 0;
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n.nodeType === 1) {
            window.placeholdersSeen += (n.matches('.fl-placeholder') ? 1 : 0) + n.querySelectorAll('.fl-placeholder').length;
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const wasm = [];
  page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(new URL(r.url()).pathname));
  await page.goto(`${base}/scene.html?${query}`);
  await page.waitForSelector('[data-testid=faultline-panel]', { timeout: 20000 });
  assert.equal(await waitSettled(page), 'ready');
  return { page, wasm, errors };
}

const drawnCells = (page) => page.evaluate(() => [...document.querySelectorAll('[data-testid=faultline-canvas] svg [data-cell-id]')].map((e) => e.getAttribute('data-cell-id')));

test('a plain panel draws with the drawing-only core; entering it brings the full core and its tooltips', async (t) => {
  const { page, wasm, errors } = await scene(t, 'file=demo&bindings=0');
  assert.ok(wasm.some((u) => VIEW.test(u)), `drawing-only core fetched: ${wasm}`);
  assert.ok(!wasm.some((u) => FULL.test(u) || VIEW_EXT.test(u)), `neither the full nor the extended core fetched for the first paint: ${wasm}`);
  const before = await drawnCells(page);
  const transform = await page.evaluate(() => document.querySelector('[data-testid=faultline-canvas]').style.transform);
  await page.evaluate(() => (window.firstSvg = document.querySelector('[data-testid=faultline-canvas] svg')));

  // The pointer enters the panel away from any cell: the full core loads and redraws the same picture.
  const box = await page.locator('[data-testid=faultline-panel]').boundingBox();
  await page.mouse.move(box.x + 3, box.y + 3);
  await page.waitForFunction(() => {
    const svg = document.querySelector('[data-testid=faultline-canvas] svg');
    return svg && svg !== window.firstSvg;
  }, null, { timeout: 20000 });
  assert.ok(wasm.some((u) => FULL.test(u)), `full core fetched once the pointer entered: ${wasm}`);
  assert.deepEqual(await drawnCells(page), before, 'the same cells drawn by the full core');
  assert.equal(await page.evaluate(() => document.querySelector('[data-testid=faultline-canvas]').style.transform), transform, 'the view is kept');
  assert.equal(await page.getAttribute('[data-testid=faultline-panel]', 'data-state'), 'ready');

  // The draw.io tooltip attribute, shown through the full core's bindings API.
  const cell = await page.locator('[data-testid=faultline-canvas] [data-cell-id="frontend"] .fl-shape').first().boundingBox();
  await page.mouse.move(cell.x + cell.width / 2, cell.y + cell.height / 2);
  const tip = await page.waitForSelector('[data-testid=faultline-tooltip][data-cell-id="frontend"]', { timeout: 10000 });
  assert.match(await tip.evaluate((e) => e.textContent), /Server-side rendered storefront/);
  assert.deepEqual(errors, []);
});

test('a pointer that enters a plain panel over a cell and stays still gets its tooltip once the full core is in', async (t) => {
  const { page, wasm, errors } = await scene(t, 'file=demo&bindings=0');
  await page.evaluate(() => (window.firstSvg = document.querySelector('[data-testid=faultline-canvas] svg')));
  // Straight onto the cell, one move: the only pointer events come before the full core exists.
  const cell = await page.locator('[data-testid=faultline-canvas] [data-cell-id="frontend"] .fl-shape').first().boundingBox();
  await page.mouse.move(cell.x + cell.width / 2, cell.y + cell.height / 2);
  await page.waitForFunction(() => {
    const svg = document.querySelector('[data-testid=faultline-canvas] svg');
    return svg && svg !== window.firstSvg;
  }, null, { timeout: 20000 });
  assert.ok(wasm.some((u) => FULL.test(u)), `full core fetched once the pointer entered: ${wasm}`);
  const tip = await page.waitForSelector('[data-testid=faultline-tooltip][data-cell-id="frontend"]', { timeout: 10000 });
  assert.match(await tip.evaluate((e) => e.textContent), /Server-side rendered storefront/);
  assert.deepEqual(errors, []);
});

test('a panel with bindings loads the full core only', async (t) => {
  const { page, wasm, errors } = await scene(t, 'file=demo');
  assert.ok(wasm.some((u) => FULL.test(u)), `full core fetched: ${wasm}`);
  assert.ok(!wasm.some((u) => VIEW.test(u)), `drawing-only core not fetched: ${wasm}`);
  assert.ok((await drawnCells(page)).includes('frontend'));
  assert.deepEqual(errors, []);
});

for (const [file, what] of [
  ['mockup.drawio', 'mockup shapes'],
  ['sketch.drawio', 'the sketch style'],
]) {
  test(`a plain panel whose page has ${what} draws with the extended drawing-only core, without placeholders first`, async (t) => {
    const { page, wasm, errors } = await scene(t, `file=fixtures/${file}&bindings=0`);
    assert.ok(wasm.some((u) => VIEW_EXT.test(u)), `extended drawing-only core fetched: ${wasm}`);
    assert.ok(!wasm.some((u) => FULL.test(u)), `full core not fetched: ${wasm}`);
    assert.equal((await drawnCells(page)).length, 3, 'the page is drawn');
    assert.equal(await page.evaluate(() => window.placeholdersSeen), 0, 'no placeholder was ever drawn');
    assert.deepEqual(errors, []);
  });
}

/** One wasm module's glue in Node (wasm-bindgen --target web, initialised from the bytes). */
async function nodeModule(name) {
  const source = fs.readFileSync(path.join(root, `build/pkg/${name}.js`));
  const glue = await import(`data:text/javascript;base64,${source.toString('base64')}`);
  glue.initSync({ module: fs.readFileSync(path.join(root, `build/pkg/${name}_bg.wasm`)) });
  return glue;
}

test('the drawing-only modules draw what the full module draws; the common one asks for the extended one when it cannot', async (t) => {
  const [full, view, viewExt] = await Promise.all(['faultline', 'faultline_view', 'faultline_view_ext'].map(nodeModule));
  const corpus = path.resolve(root, '..', 'shared', 'corpus');
  const fixtures = path.join(root, 'tests', 'fixtures');
  const files = [
    ...['mockup.drawio', 'sketch.drawio', 'stencils.drawio', 'chain.drawio'].map((f) => path.join(fixtures, f)),
    ...(fs.existsSync(corpus) ? fs.readdirSync(corpus).filter((f) => !f.endsWith('.tsv')).map((f) => path.join(corpus, f)) : []),
  ];
  if (!fs.existsSync(corpus)) {
    t.diagnostic(`${corpus} is absent: fixtures only`);
  }
  const extended = [];
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    const name = path.basename(file);
    const asked = view.requiredPacks(bytes, {});
    assert.ok(!full.requiredPacks(bytes, {}).includes('module:extended'), `${name}: the full module draws everything`);
    assert.ok(!viewExt.requiredPacks(bytes, {}).includes('module:extended'), `${name}: the extended module draws everything`);
    for (const core of [full, view, viewExt]) {
      addPacks(core, bytes);
    }
    const want = full.render(bytes, {});
    assert.equal(viewExt.render(bytes, {}).svg, want.svg, `${name}: extended module = full module`);
    if (asked.includes('module:extended')) {
      extended.push(name);
    } else {
      const got = view.render(bytes, {});
      assert.equal(got.svg, want.svg, `${name}: common module = full module`);
      assert.deepEqual([got.width, got.height, got.placeholders], [want.width, want.height, want.placeholders]);
    }
  }
  assert.deepEqual(extended.filter((n) => ['mockup.drawio', 'sketch.drawio', 'stencils.drawio', 'chain.drawio'].includes(n)), ['mockup.drawio', 'sketch.drawio']);
  t.diagnostic(`pages that need the extended module: ${extended.length} of ${files.length} (${extended.join(', ')})`);
});
