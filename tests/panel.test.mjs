// The built plugin in the playground: loading through SystemJS, loading state, drawing or the core's
// error, zoom/pan/reset, theme, resize, and bad sources. The core run in Node is the oracle: when it
// draws the demo, the panel must show the same cells; when it refuses, the panel must show its message.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { cellIds, coreVerdict, openPanel, panelState, parseTransform, root, startHost, waitSettled } from './helpers/browser.mjs';

const PLUGIN = '/public/plugins/faultline-diagram-panel/';
let browser;
let context;
let host;
let base;
let demo; // the core's verdict on the demo diagram

before(async () => {
  host = await startHost();
  ({ browser, base } = host);
  // One context for the file: pages share the HTTP cache and V8's code cache for the host bundle.
  context = await browser.newContext({ viewport: { width: 1300, height: 800 } });
  demo = await coreVerdict(fs.readFileSync(path.join(root, 'www/demo/demo.drawio')), { theme: 'dark' });
});

after(async () => {
  await host?.close();
});

async function newPage(t) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  t.after(() => page.close());
  return { page, errors };
}

// Most tests share one playground page (loading the host bundle is the slow part); each test puts it
// into the state it needs through the playground's controls and its window.__playground hooks.
let shared;
let initialOptions;
async function sharedPage() {
  if (!shared) {
    shared = await context.newPage();
    await openPanel(shared, base, 'file=demo');
    initialOptions = await shared.evaluate(() => window.__playground.options);
  }
  return shared;
}

/** Back to the demo at 800x500, dark, fitted, scrolled to the top. */
async function reset(page, { width = 800, height = 500, options = {} } = {}) {
  await page.evaluate(
    ([o, w, h]) => {
      window.scrollTo(0, 0);
      window.__playground.setTheme('dark');
      window.__playground.replaceOptions(o);
      window.__playground.setSize(w, h);
    },
    [{ ...initialOptions, ...options }, width, height]
  );
  await page.waitForFunction(
    ([w, h]) => {
      const f = document.querySelector('[data-testid=pg-panel-frame]');
      return f && Math.round(f.getBoundingClientRect().width) === w && Math.round(f.getBoundingClientRect().height) === h;
    },
    [width, height]
  );
  await page.waitForTimeout(100);
  await waitSettled(page);
}

/** A drawn demo, or a skip naming why the core cannot draw it yet. */
function needsDrawing(t) {
  if (demo.error) {
    t.skip(`the core does not draw the demo yet: ${demo.error}`);
    return false;
  }
  return true;
}

describe('plugin in the playground', () => {
  test('module.js loads through SystemJS with its chunk and wasm next to it', async (t) => {
    const { page, errors } = await newPage(t);
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await openPanel(page, base, 'file=demo');
    const urls = requests.map((u) => new URL(u));
    const module = urls.find((u) => u.pathname === `${PLUGIN}module.js`);
    assert.ok(module, 'module.js requested');
    assert.ok(module.searchParams.get('_cache'), 'module.js resolved with ?_cache= like Grafana');
    assert.ok(urls.some((u) => u.pathname.startsWith(PLUGIN) && /^faultline-core\.[0-9a-f]+\.js$/.test(u.pathname.slice(PLUGIN.length))), 'lazy chunk loaded from the plugin folder');
    assert.ok(urls.some((u) => u.pathname.startsWith(PLUGIN) && u.pathname.endsWith('.wasm')), 'wasm loaded from the plugin folder');
    assert.ok(urls.every((u) => u.hostname === '127.0.0.1'), 'no request leaves the host');
    const loaded = await page.evaluate(() => {
      const ids = [];
      for (const [id] of window.System.entries()) ids.push(id);
      return ids;
    });
    assert.ok(loaded.some((id) => id.includes(`${PLUGIN}module.js`)), 'module.js is in the SystemJS registry');
    assert.ok(loaded.includes('package:@grafana/data'), 'shared deps registered as package:<name>');
    assert.deepEqual(errors, []);
  });

  test('shows a loading state, then the drawing or the core\'s own error', async (t) => {
    const { page } = await newPage(t);
    let release;
    const held = new Promise((r) => (release = r));
    // Hold the wasm back so the loading state is observable.
    await page.route('**/*.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await openPanel(page, base, 'file=demo', { wait: false });
    await page.waitForSelector('[data-testid=faultline-loading]', { state: 'visible', timeout: 10000 });
    assert.equal((await panelState(page)).state, 'loading');
    release();
    const state = await waitSettled(page);
    const s = await panelState(page);
    if (demo.error) {
      assert.equal(state, 'error');
      assert.equal(s.error, demo.error, 'the panel shows the core\'s message');
      assert.ok(s.errorVisible, 'the error is visible');
      assert.ok(!s.error.includes('\n'));
    } else {
      assert.equal(state, 'ready');
      assert.ok(s.svg, 'an <svg> in the panel');
      assert.ok(Number(s.svg.width) > 0 && Number(s.svg.height) > 0, 'svg has width/height');
      assert.match(s.svg.viewBox ?? '', /^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/, 'svg has a viewBox');
      assert.deepEqual(s.svg.cells, cellIds(demo.out.svg), 'the panel shows exactly the cells the core drew');
      for (const id of ['checkout', 'payment', 'api-gateway', 'orders-db', 'e-checkout-payment']) {
        assert.ok(s.svg.cells.includes(id), `cell ${id} drawn`);
      }
    }
    assert.equal(await page.locator('[data-testid=faultline-loading]').count(), 0, 'loading state gone');
  });

  test('Ctrl+wheel zooms around the pointer; a plain wheel scrolls the page and leaves the diagram', async (t) => {
    if (!needsDrawing(t)) return;
    const page = await sharedPage();
    // A tall panel so the page itself can scroll.
    await reset(page, { width: 700, height: 1400 });
    const box = await page.locator('[data-testid=faultline-panel]').boundingBox();
    const before = parseTransform((await panelState(page)).transform);
    await page.mouse.move(box.x + 200, box.y + 150);
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(150);
    const afterPlain = parseTransform((await panelState(page)).transform);
    assert.deepEqual(afterPlain, before, 'plain wheel leaves the transform');
    assert.ok(await page.evaluate(() => window.scrollY) > 0, 'plain wheel scrolled the page');

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(box.x + 200, box.y + 150);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await page.waitForTimeout(150);
    const zoomed = parseTransform((await panelState(page)).transform);
    assert.ok(zoomed.scale > before.scale * 1.2, `Ctrl+wheel up zooms in (${before.scale} → ${zoomed.scale})`);
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'Ctrl+wheel does not scroll the page');
  });

  test('drag pans and double-click resets to the fitted view', async (t) => {
    if (!needsDrawing(t)) return;
    const page = await sharedPage();
    await reset(page);
    const box = await page.locator('[data-testid=faultline-panel]').boundingBox();
    const fitted = parseTransform((await panelState(page)).transform);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 60, y + 30, { steps: 5 });
    await page.mouse.up();
    await page.waitForTimeout(100);
    const panned = parseTransform((await panelState(page)).transform);
    assert.ok(Math.abs(panned.tx - fitted.tx - 60) < 1.5 && Math.abs(panned.ty - fitted.ty - 30) < 1.5, `panned by the drag (${JSON.stringify(fitted)} → ${JSON.stringify(panned)})`);
    assert.equal(panned.scale, fitted.scale);
    await page.mouse.dblclick(x, y);
    await page.waitForTimeout(100);
    assert.deepEqual(parseTransform((await panelState(page)).transform), fitted, 'double-click resets');
  });

  test('the theme toggle switches the core theme', async (t) => {
    const page = await sharedPage();
    await reset(page);
    assert.equal((await panelState(page)).theme, 'dark');
    const darkSvg = await page.evaluate(() => document.querySelector('[data-testid=faultline-canvas] svg')?.outerHTML ?? null);
    await page.selectOption('[data-testid=pg-theme]', 'light');
    await page.waitForFunction(() => document.querySelector('[data-testid=faultline-panel]')?.getAttribute('data-theme') === 'light');
    await waitSettled(page);
    const s = await panelState(page);
    assert.equal(s.theme, 'light');
    if (!demo.error) {
      const light = await coreVerdict(fs.readFileSync(path.join(root, 'www/demo/demo.drawio')), { theme: 'light' });
      const lightSvg = await page.evaluate(() => document.querySelector('[data-testid=faultline-canvas] svg').outerHTML);
      assert.ok(light.out, 'core draws the light theme');
      if (light.out.svg !== demo.out.svg) {
        assert.notEqual(lightSvg, darkSvg, 'the panel redrew with the light theme');
      }
    }
  });

  test('resizing the panel re-fits the diagram', async (t) => {
    if (!needsDrawing(t)) return;
    const page = await sharedPage();
    await reset(page, { options: { fit: 'both' } });
    const a = await panelState(page);
    const w = Number(a.svg.width);
    const h = Number(a.svg.height);
    const expect = (pw, ph) => Math.min(pw / w, ph / h);
    assert.ok(Math.abs(a.scale - expect(a.width, a.height)) < 1e-3, `fit both: scale ${a.scale} for ${a.width}x${a.height}`);
    await page.fill('[data-testid=pg-width]', '400');
    await page.waitForFunction((old) => Number(document.querySelector('[data-testid=faultline-canvas]').getAttribute('data-scale')) !== old, a.scale);
    const b = await panelState(page);
    assert.ok(b.width < a.width);
    assert.ok(Math.abs(b.scale - expect(b.width, b.height)) < 1e-3, `re-fitted after resize: ${b.scale}`);
    // Fit to width ignores the height.
    await page.evaluate(() => window.__playground.setOptions({ fit: 'width' }));
    await page.waitForTimeout(150);
    const c = await panelState(page);
    assert.ok(Math.abs(c.scale - c.width / w) < 1e-3, 'fit width');
  });

  test('bad sources show a clear message, never a blank panel', async (t) => {
    const page = await sharedPage();
    await reset(page);
    const cases = [
      { name: 'garbage text', source: { kind: 'text', text: 'this is not a diagram \u0001\u0002 at all' } },
      { name: 'malformed XML', source: { kind: 'text', text: '<mxfile><diagram name="a"><mxGraphModel><root><mxCell id="0"></root></mxfile>' } },
      { name: 'empty text', source: { kind: 'text', text: '   ' }, expect: /no diagram/ },
      { name: '404 URL with a variable', source: { kind: 'url', url: '/files/fixtures/$env-missing.drawio' }, expect: /HTTP 404.*\/files\/fixtures\/prod-missing\.drawio/ },
      { name: 'javascript: URL', source: { kind: 'url', url: 'javascript:alert(1)' }, expect: /http or https/ },
    ];
    for (const c of cases) {
      let expected = c.expect;
      if (!expected) {
        const verdict = await coreVerdict(new TextEncoder().encode(c.source.text), { theme: 'dark' });
        assert.ok(verdict.error, `${c.name}: the core refuses it`);
        expected = verdict.error;
      }
      await page.evaluate((source) => window.__playground.replaceOptions({ ...window.__playground.options, source }), c.source);
      // Wait for this case's message (a previous case may have left another error on screen).
      await page.waitForFunction(
        ([exact, re]) => {
          const p = document.querySelector('[data-testid=faultline-panel]');
          const text = p?.querySelector('[data-testid=faultline-error]')?.textContent ?? '';
          return p?.getAttribute('data-state') === 'error' && (exact !== null ? text === exact : new RegExp(re).test(text));
        },
        typeof expected === 'string' ? [expected, null] : [null, expected.source],
        { timeout: 10000 }
      );
      await waitSettled(page);
      const s = await panelState(page);
      assert.equal(s.state, 'error', c.name);
      assert.ok(s.errorVisible && s.error && s.error.trim().length > 3, `${c.name}: visible message`);
      assert.ok(!s.error.includes('\n'), `${c.name}: one line`);
      assert.equal(s.svg, null, `${c.name}: no stale drawing left`);
    }
  });

  test('option changes apply live and the page editor lists the pages', async (t) => {
    if (!needsDrawing(t)) return;
    const page = await sharedPage();
    await reset(page);
    const state = await page.evaluate(() => window.__playground.instanceState);
    assert.deepEqual(state.pages.map((p) => p.name), demo.out.pages.map((p) => p.name), 'instanceState carries the pages');
    const before = (await panelState(page)).scale;
    await page.locator('[data-testid="pg-editor-fit"]').getByRole('radio', { name: 'None' }).check();
    await page.waitForFunction((old) => Number(document.querySelector('[data-testid=faultline-canvas]').getAttribute('data-scale')) !== old, before);
    assert.equal((await panelState(page)).scale, 1, 'fit none draws at 100%');
    assert.equal(await page.evaluate(() => window.__playground.options.fit), 'none', 'onOptionsChange stored the option');
  });

  test('multi-page diagram: the page editor lists the pages and picking one redraws it', async () => {
    const page = await sharedPage();
    await reset(page);
    const bytes = fs.readFileSync(path.join(root, 'tests/fixtures/pages.drawio'));
    const first = await coreVerdict(bytes, { theme: 'dark' });
    await page.selectOption('[data-testid=pg-file]', 'fixtures/pages.drawio');
    await page.waitForFunction(() => window.__playground?.options?.source?.file?.name === 'pages.drawio');
    await waitSettled(page);
    if (first.error) {
      assert.equal((await panelState(page)).error, first.error);
      return;
    }
    await page.waitForFunction(() => window.__playground.instanceState?.pages?.length === 2);
    // The page picker is a @grafana/ui Select filled from the panel's instance state.
    await page.locator('[data-testid="pg-option-page"]').click();
    await page.getByText('Details', { exact: true }).click();
    await page.waitForFunction(() => window.__playground.options.page === 'Details');
    const details = await coreVerdict(bytes, { theme: 'dark', page: 'Details' });
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=faultline-canvas] g[data-cell-id]').length === n, cellIds(details.out.svg).length);
    await waitSettled(page);
    assert.deepEqual((await panelState(page)).svg.cells, cellIds(details.out.svg), 'the Details page is drawn');
    assert.equal(await page.evaluate(() => window.__playground.instanceState.page), 1);
  });

  test('warnings and placeholders are listed in the corner indicator', async () => {
    const page = await sharedPage();
    await reset(page);
    const verdict = await coreVerdict(fs.readFileSync(path.join(root, 'tests/fixtures/placeholders.drawio')), { theme: 'dark' });
    await page.selectOption('[data-testid=pg-file]', 'fixtures/placeholders.drawio');
    await page.waitForFunction(() => window.__playground?.options?.source?.file?.name === 'placeholders.drawio');
    await waitSettled(page);
    if (verdict.error) {
      assert.equal((await panelState(page)).error, verdict.error);
      return;
    }
    const notes = verdict.out.warnings.length + verdict.out.placeholders.length;
    const badge = page.locator('[data-testid=faultline-notes]');
    if (notes === 0) {
      assert.equal(await badge.count(), 0, 'no indicator without notes');
      return;
    }
    assert.equal(Number(await badge.getAttribute('data-count')), notes);
    await badge.hover();
    for (const p of verdict.out.placeholders) {
      await page.getByText(`placeholder for cell ${p.cellId}`, { exact: false }).waitFor({ timeout: 5000 });
    }
    if (verdict.out.warnings.length) {
      await page.getByText(verdict.out.warnings[0], { exact: true }).waitFor({ timeout: 5000 });
    }
  });

  test('URL source: changing the variable alone fetches the other diagram (Grafana keeps one replaceVariables)', async () => {
    const page = await sharedPage();
    await reset(page);
    const first = page.waitForRequest((r) => r.url().endsWith('/files/fixtures/pages.drawio'));
    await page.evaluate(() => {
      window.__playground.setVariable('fixture', 'pages');
      window.__playground.replaceOptions({ ...window.__playground.options, source: { kind: 'url', url: '/files/fixtures/${fixture}.drawio' } });
    });
    await first;
    const verdict = await coreVerdict(fs.readFileSync(path.join(root, 'tests/fixtures/chain.drawio')), { theme: 'dark' });
    assert.ok(!verdict.error, verdict.error);
    const second = page.waitForRequest((r) => r.url().endsWith('/files/fixtures/chain.drawio'));
    await page.evaluate(() => window.__playground.setVariable('fixture', 'chain'));
    await second;
    const want = cellIds(verdict.out.svg);
    await page.waitForFunction(
      (ids) => [...document.querySelectorAll('[data-testid=faultline-canvas] svg g[data-cell-id]')].map((g) => g.getAttribute('data-cell-id')).join('\n') === ids,
      want.join('\n'),
      { timeout: 10000 }
    );
    await waitSettled(page);
    assert.deepEqual((await panelState(page)).svg.cells, want);
  });

  test('URL source: dashboard variables are replaced and the browser fetches it', async () => {
    const page = await sharedPage();
    await reset(page);
    const verdict = await coreVerdict(fs.readFileSync(path.join(root, 'tests/fixtures/pages.drawio')), { theme: 'dark' });
    const fetched = page.waitForRequest((r) => r.url().endsWith('/files/fixtures/pages.drawio'));
    await page.evaluate(() => {
      window.__playground.setVariable('fixture', 'pages');
      window.__playground.replaceOptions({ ...window.__playground.options, source: { kind: 'url', url: '/files/fixtures/${fixture}.drawio' } });
    });
    await fetched;
    await page.waitForFunction(() => document.querySelector('[data-testid=faultline-panel]')?.getAttribute('data-state') !== 'loading');
    await waitSettled(page);
    const s = await panelState(page);
    if (verdict.error) {
      assert.equal(s.error, verdict.error);
    } else {
      assert.equal(s.state, 'ready');
      assert.deepEqual(s.svg.cells, cellIds(verdict.out.svg));
    }
  });

  test('an uploaded draw.io PNG is stored as a data: URI and drawn', async () => {
    const page = await sharedPage();
    await reset(page);
    await page.selectOption('[data-testid=pg-file]', '');
    await page.locator('[data-testid="pg-editor-source.kind"]').getByRole('radio', { name: 'File' }).check();
    const input = page.locator('[data-testid="pg-option-source.file"] input[type=file]');
    await input.setInputFiles(path.join(root, 'tests/fixtures/diagram.drawio.png'));
    await page.waitForFunction(() => window.__playground.options.source?.file?.name === 'diagram.drawio.png');
    const stored = await page.evaluate(() => window.__playground.options.source.file.content);
    const png = fs.readFileSync(path.join(root, 'tests/fixtures/diagram.drawio.png'));
    assert.equal(stored, `data:image/png;base64,${png.toString('base64')}`, 'PNG kept as a data URI in the options');
    await waitSettled(page);
    const verdict = await coreVerdict(new TextEncoder().encode(stored), { theme: 'dark' });
    const s = await panelState(page);
    if (verdict.error) {
      assert.equal(s.error, verdict.error);
    } else {
      assert.equal(s.state, 'ready');
      assert.deepEqual(s.svg.cells, cellIds(verdict.out.svg));
    }
  });
});

