// draw.io's stencil library in the panel: the core names the packs a page needs, the panel fetches
// exactly those from dist/stencils/ (in parallel, once), and the drawing has no placeholder. A pack that
// fails to load leaves a drawing with placeholders and a visible warning, never a blank panel.
// The core in Node is the oracle for which packs are needed. Corpus tests skip without ../shared.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { nodeCore, openPanel, requireBuilt, root, startHost } from './helpers/browser.mjs';

const PLUGIN = '/public/plugins/faultline-diagram-panel/';
const corpus = path.resolve(root, '..', 'shared', 'corpus');
const AWS = 'drawio-cloud-aws_10.drawio';
const IMAGES = 'drawio-network-enterprise_1.drawio';

let browser;
let host;
let base;

before(async () => {
  requireBuilt();
  if (!fs.existsSync(path.join(root, 'dist/stencils/manifest.txt'))) {
    throw new Error('dist/stencils/ is missing: run npm run build (or npm test) first');
  }
  host = await startHost();
  ({ browser, base } = host);
});

after(async () => {
  await host?.close();
});

/** A fresh page (its own pack cache) recording the stencil packs it fetches. */
async function newPage(t) {
  const context = await browser.newContext({ viewport: { width: 1300, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  const packs = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const u = new URL(r.url());
    const prefix = `${PLUGIN}stencils/`;
    if (u.pathname.startsWith(prefix) && u.pathname.endsWith('.pack')) {
      packs.push(decodeURIComponent(u.pathname.slice(prefix.length, -'.pack'.length)));
    }
  });
  t.after(() => context.close());
  return { page, errors, packs };
}

async function drawing(page) {
  return page.evaluate(() => {
    const p = document.querySelector('[data-testid=faultline-panel]');
    const svg = p.querySelector('[data-testid=faultline-canvas] svg');
    const warn = p.querySelector('[data-testid=faultline-pack-warning]');
    return {
      state: p.getAttribute('data-state'),
      placeholders: svg ? svg.querySelectorAll('.fl-placeholder').length : -1,
      stencils: svg ? svg.querySelectorAll('.fl-stencil').length : -1,
      dataImages: svg ? [...svg.querySelectorAll('image')].filter((i) => (i.getAttribute('href') || '').startsWith('data:image/')).length : -1,
      warning: warn && warn.getBoundingClientRect().width > 0 ? warn.textContent : null,
    };
  });
}

function needsCorpus(t, file) {
  if (!fs.existsSync(path.join(corpus, file))) {
    t.skip(`${corpus} is absent`);
    return false;
  }
  return true;
}

describe('stencil packs in the playground', () => {
  test('a fixture with AWS, Cisco and IBM icons draws them all, fetching exactly their packs', async (t) => {
    const bytes = fs.readFileSync(path.join(root, 'tests/fixtures/stencils.drawio'));
    const core = await nodeCore();
    const expected = core.requiredPacks(bytes, {});
    assert.deepEqual(expected, ['aws4', 'cisco/routers', 'img/lib/ibm/applications']);
    const { page, errors, packs } = await newPage(t);
    await openPanel(page, base, 'file=fixtures/stencils.drawio');
    const d = await drawing(page);
    assert.equal(d.state, 'ready');
    assert.equal(d.placeholders, 0);
    assert.equal(d.stencils, 4, 'group, resource icon, plain AWS stencil, Cisco router');
    assert.equal(d.dataImages, 1, 'the IBM icon from its image pack');
    assert.deepEqual([...packs].sort(), expected);
    assert.deepEqual(errors, []);
  });

  test('an AWS corpus diagram draws with zero placeholders, fetching only the packs it needs', async (t) => {
    if (!needsCorpus(t, AWS)) return;
    const core = await nodeCore();
    const bytes = fs.readFileSync(path.join(corpus, AWS));
    const expected = core.requiredPacks(bytes, { theme: 'dark' });
    assert.deepEqual(expected, ['aws4'], 'the oracle needs the aws4 library only');
    assert.ok(core.render(bytes, { theme: 'dark' }).placeholders.length > 0, 'without packs the core draws placeholders');

    const { page, errors, packs } = await newPage(t);
    await openPanel(page, base, `file=corpus/${AWS}`);
    const d = await drawing(page);
    assert.equal(d.state, 'ready');
    assert.equal(d.placeholders, 0, 'no placeholder in the panel');
    assert.ok(d.stencils > 40, `stencils drawn (${d.stencils})`);
    assert.equal(d.warning, null);
    assert.deepEqual([...packs].sort(), expected, 'fetched exactly the packs the core asked for, once each');
    assert.deepEqual(errors, []);

    // Redrawing (theme change) reuses the added packs: no second fetch.
    await page.selectOption('[data-testid=pg-theme]', 'light');
    await page.waitForFunction(() => document.querySelector('[data-testid=faultline-panel]')?.getAttribute('data-theme') === 'light');
    await page.waitForTimeout(200);
    assert.equal((await drawing(page)).placeholders, 0);
    assert.deepEqual([...packs].sort(), expected, 'no pack fetched twice');
  });

  test('bundled img/lib images come from image packs', async (t) => {
    if (!needsCorpus(t, IMAGES)) return;
    const core = await nodeCore();
    const expected = core.requiredPacks(fs.readFileSync(path.join(corpus, IMAGES)), {});
    assert.ok(expected.some((p) => p.startsWith('img/lib/clip_art/')), `image packs needed: ${expected}`);
    const { page, packs } = await newPage(t);
    await openPanel(page, base, `file=corpus/${IMAGES}`);
    const d = await drawing(page);
    assert.equal(d.state, 'ready');
    assert.ok(d.dataImages >= 60, `clip-art images drawn as data URIs (${d.dataImages})`);
    assert.deepEqual([...packs].sort(), [...expected].sort());
  });

  test('a diagram without stencils fetches no pack', async (t) => {
    const { page, packs } = await newPage(t);
    await openPanel(page, base, 'file=demo');
    assert.equal((await drawing(page)).state, 'ready');
    assert.deepEqual(packs, []);
  });

  test('a pack that fails to load: the drawing with placeholders and a visible warning', async (t) => {
    if (!needsCorpus(t, AWS)) return;
    const { page, packs } = await newPage(t);
    await page.route('**/stencils/**', (route) => route.fulfill({ status: 404, body: 'not here' }));
    await openPanel(page, base, `file=corpus/${AWS}`);
    const d = await drawing(page);
    assert.equal(d.state, 'ready', 'not blank, not an error');
    assert.ok(d.placeholders > 0, 'placeholders for the missing stencils');
    assert.match(d.warning ?? '', /aws4/, 'the warning names the library');
    const badge = page.locator('[data-testid=faultline-notes]');
    await badge.hover();
    await page.getByText(/stencil library "aws4" could not be loaded \(HTTP 404/).waitFor({ timeout: 5000 });
    assert.deepEqual(packs, ['aws4']);
  });
});
