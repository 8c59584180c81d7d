// Render-ready mode against the image renderer's real wait conditions, replayed in Chromium around the
// real plugin hosted in a real @grafana/scenes scene (www/scene.html):
//
// - image-renderer v5 (Go, chromedp), default "legacy polling" mode (pkg/service/browser.go, Render and
//   waitForReady): navigate, body ready, 1 s prior wait, then every 100 ms: no tracked http(s) request in
//   flight, `!!(window.__grafanaSceneContext && window.__grafanaRunningQueryCount > 0)` false (after a
//   first query was seen, or 3 s), one clean cycle, two equal hashes of document.body.toString(); then
//   Page.captureScreenshot.
// - the old Node renderer (≤ v4, puppeteer): goto with networkidle0, waitForFunction with mutation
//   polling on its condition (scene: running query count === 0; else panelsRendered >= panel count),
//   50 ms, screenshot.
//
// The renderer host is emulated as a loaded machine (CPU throttled through CDP) and the data and
// diagram are slow, so that drawing outlasts Grafana's own query signal: the race is real. The screenshot
// taken the moment the condition holds must match the settled panel; with the hold turned off
// (faultlineReadyHold=off) the same capture must not, which shows the test can fail.
import assert from 'node:assert/strict';
import http from 'node:http';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';

import { launch, requireBuilt, root } from './helpers/browser.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Served slowly, as from a busy Grafana: the diagram (source=url) and draw.io stencil packs.
const SLOW = [
  { re: /^\/files\//, ms: 3000 },
  { re: /\/stencils\//, ms: 700 },
];


let browser;
const hanging = [];
let server;
let base;

before(async () => {
  requireBuilt();
  const { handler } = await import(pathToFileURL(path.join(root, 'www/serve.mjs')).href);
  server = http.createServer((req, res) => {
    if (req.url === '/files/never') {
      hanging.push(res); // a diagram that never arrives
      return;
    }
    const slow = SLOW.find((s) => s.re.test(req.url));
    setTimeout(() => handler(req, res), slow ? slow.ms : 0);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});

after(async () => {
  hanging.forEach((res) => res.destroy());
  await browser?.close();
  await new Promise((r) => server?.close(r) ?? r());
});

/** A page at the renderer's default viewport, with a CDP session. */
async function rendererPage() {
  const context = await browser.newContext({ viewport: { width: 1000, height: 500 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, cdp, errors };
}

/**
 * Navigates, then slows the CPU 4× like a renderer host busy with other captures. From
 * DOMContentLoaded on: the host bundle (8 MB) parses at full speed to keep the test short; the scene,
 * the plugin and the drawing all run throttled.
 */
async function navigate({ page, cdp }, url) {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

async function screenshot(cdp) {
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
  return Buffer.from(data, 'base64');
}

/**
 * image-renderer v5's polling mode, step by step as in browser.go. `networkWait: false` is its
 * browser.readiness.disable-network-wait setting (for pages that keep requests open).
 */
async function captureV5({ page, cdp }, url, { timeoutMs = 30000, networkWait = true } = {}) {
  // Network readiness: http(s) requests by id, EventSource and WebSocket excluded (shouldTrackReadinessNetworkRequest).
  const inflight = new Set();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.type === 'EventSource' || e.type === 'WebSocket') {
      return;
    }
    const u = e.request.url.toLowerCase();
    if (u.startsWith('http://') || u.startsWith('https://')) {
      inflight.add(e.requestId);
    }
  });
  cdp.on('Network.loadingFinished', (e) => inflight.delete(e.requestId));
  cdp.on('Network.loadingFailed', (e) => inflight.delete(e.requestId));
  await cdp.send('Network.enable');

  await navigate({ page, cdp }, url);
  await page.waitForLoadState('load'); // chromedp.Navigate
  await page.waitForSelector('body'); // WaitReady("body")
  await sleep(1000); // readiness.prior-wait
  // scrollForElements: the solo panel fits the viewport; nothing to scroll.
  const start = Date.now();
  let seenQuery = false;
  let initialDOMPass = true;
  let hash;
  for (;;) {
    if (Date.now() - start > timeoutMs) {
      throw new Error('image renderer readiness timeout (HTTP 408)');
    }
    await sleep(100); // readiness.iteration-interval
    if (networkWait && inflight.size > 0) {
      initialDOMPass = true;
      continue;
    }
    const running = await page.evaluate(() => !!(window.__grafanaSceneContext && window.__grafanaRunningQueryCount > 0));
    if (running) {
      initialDOMPass = true;
      seenQuery = true;
      continue;
    }
    if (!seenQuery && Date.now() - start < 3000) {
      continue; // give-up-on-first-query
    }
    // wait-for-n-query-cycles = 1: one clean cycle is enough.
    const h = await page.evaluate(() => {
      const x = document.body.toString();
      let v = 0;
      for (let i = 0; i < x.length; i++) {
        v = (Math.imul(31, v) + x.charCodeAt(i)) | 0;
      }
      return v;
    });
    if (initialDOMPass) {
      hash = h;
      initialDOMPass = false;
      continue;
    }
    if (h !== hash) {
      hash = h;
      initialDOMPass = true;
      continue;
    }
    break;
  }
  return screenshot(cdp);
}

/** The old Node renderer's condition (src/browser/browser.ts, waitForQueriesAndVisualizations, solo panel). */
async function captureNode({ page, cdp }, url, { timeoutMs = 30000 } = {}) {
  await navigate({ page, cdp }, url);
  await page.waitForLoadState('networkidle', { timeout: timeoutMs }); // puppeteer's goto, networkidle0
  // waitForFunction(..., { polling: 'mutation' }): checked once, then on every DOM mutation.
  await page.evaluate(
    (ms) =>
      new Promise((resolve, reject) => {
        const ready = () => {
          if (window.__grafanaSceneContext) {
            return window.__grafanaRunningQueryCount === 0;
          }
          const panelCount = document.querySelectorAll('.panel-solo').length || document.querySelectorAll("[class$='panel-container']").length;
          return window.panelsRendered >= panelCount || panelCount === 0;
        };
        if (ready()) {
          resolve();
          return;
        }
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error('waitForFunction timeout'));
        }, ms);
        const observer = new MutationObserver(() => {
          if (ready()) {
            observer.disconnect();
            clearTimeout(timer);
            resolve();
          }
        });
        observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
      }),
    timeoutMs
  );
  await sleep(50); // "Give some more time for rendering to complete"
  return screenshot(cdp);
}

/** The panel after everything settled: drawn, marked, fonts loaded, a moment more. */
async function settled({ page, cdp }) {
  await page.waitForSelector('[data-faultline-ready=true]', { timeout: 30000 });
  await page.evaluate(() => document.fonts.ready);
  await sleep(400);
  return screenshot(cdp);
}

/** Pixels whose colour differs by more than a small amount in any channel. */
function differingPixels(a, b) {
  const A = PNG.sync.read(a);
  const B = PNG.sync.read(b);
  assert.equal(`${A.width}x${A.height}`, `${B.width}x${B.height}`);
  let n = 0;
  for (let i = 0; i < A.data.length; i += 4) {
    if (Math.max(Math.abs(A.data[i] - B.data[i]), Math.abs(A.data[i + 1] - B.data[i + 1]), Math.abs(A.data[i + 2] - B.data[i + 2])) > 24) {
      n++;
    }
  }
  return n;
}

const PIXELS = 1000 * 500;
const SAME = PIXELS * 0.002; // antialiasing noise at most
const DIFFERENT = PIXELS * 0.02;

// The demo, fetched by the panel (source=url, served slowly), bound to the simulated series; the query
// takes 2 s. That is longer than loading the plugin's module.js, which scenes does not count as a query:
// a capture in that gap would show "Loading plugin panel…" for any plugin (Grafana's gap, not the
// panel's). The diagram takes 3 s: when the query ends, or when v5 gives up on seeing a first query
// (3 s), it is still on its way, however loaded this machine is. The cap is raised to 20 s for the same reason.
const DEMO = '/scene.html?render=1&source=url&dataDelay=2000&seed=7&faultlineReadyTimeout=20';
const NO_HOLD = DEMO + '&faultlineReadyHold=off';

async function run(capture, query, t) {
  const p = await rendererPage();
  try {
    const early = await capture(p, base + query);
    const late = await settled(p);
    const state = await p.page.evaluate(() => ({
      ready: document.querySelector('[data-testid=faultline-panel]')?.getAttribute('data-faultline-ready'),
      count: window.__grafanaRunningQueryCount,
      scene: !!window.__grafanaSceneContext,
      still: !!document.querySelector('[data-testid=faultline-panel].fl-still'),
    }));
    assert.deepEqual(p.errors, [], 'no page errors');
    const diff = differingPixels(early, late);
    t?.diagnostic(`${diff} of ${PIXELS} pixels differ between the capture and the settled panel`);
    return { diff, state };
  } finally {
    await p.context.close();
  }
}

test('v5 polling mode: the capture matches the settled panel', async (t) => {
  const { diff, state } = await run(captureV5, DEMO, t);
  assert.equal(state.scene, true, 'the scene set window.__grafanaSceneContext');
  assert.equal(state.count, 0, 'every hold was released');
  assert.equal(state.still, true, 'render=1 draws without animation');
  assert.ok(diff <= SAME, `${diff} pixels differ from the settled panel`);
});

// v5 also waits for the network, which covers the diagram's fetch; without it (its
// disable-network-wait setting) only the query count stands between the capture and the panel.
test('v5 polling mode without the network wait: the hold alone makes the capture match', async (t) => {
  const { diff } = await run((p, url) => captureV5(p, url, { networkWait: false }), DEMO, t);
  assert.ok(diff <= SAME, `${diff} pixels differ from the settled panel`);
});

test('v5 polling mode without the network wait and without the hold captures too early (the test can fail)', async (t) => {
  const { diff } = await run((p, url) => captureV5(p, url, { networkWait: false }), NO_HOLD, t);
  assert.ok(diff > DIFFERENT, `only ${diff} pixels differ: the race did not happen`);
});

test("old Node renderer's condition: the capture matches the settled panel", async (t) => {
  const { diff } = await run(captureNode, DEMO, t);
  assert.ok(diff <= SAME, `${diff} pixels differ from the settled panel`);
});

test("old Node renderer's condition without the hold captures too early", async (t) => {
  const { diff } = await run(captureNode, NO_HOLD, t);
  assert.ok(diff > DIFFERENT, `only ${diff} pixels differ: the race did not happen`);
});

test('the hold has a hard cap: past it the panel draws an error and lets go; kiosk draws still', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 500 } });
  try {
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(`${base}/scene.html?kiosk&url=/files/never&faultlineReadyTimeout=1`);
    await page.waitForSelector('[data-testid=faultline-panel]', { timeout: 20000 });
    assert.ok((await page.evaluate(() => window.__grafanaRunningQueryCount)) >= 1, 'held while the diagram is on its way');
    await page.waitForSelector('[data-faultline-ready=timeout]', { timeout: 10000 });
    assert.ok(Date.now() - t0 < 10000);
    assert.equal(await page.evaluate(() => window.__grafanaRunningQueryCount), 0, 'released at the cap');
    const text = await page.textContent('[data-testid=faultline-ready-timeout]');
    assert.match(text, /not drawn within 1 s \(still waiting for the diagram source\)/);
    assert.ok(await page.isVisible('[data-testid=faultline-ready-timeout]'));
    assert.ok(await page.$('[data-testid=faultline-panel].fl-still'), 'kiosk draws without animation');
  } finally {
    await context.close();
  }
});

test('a still page without bindings is ready without the bindings or analysis chunks (nothing there can alert)', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 500 } });
  try {
    const page = await context.newPage();
    const fetched = [];
    page.on('request', (r) => fetched.push(r.url().split('/').pop()));
    await page.goto(`${base}/scene.html?kiosk&file=demo&bindings=0`);
    await page.waitForSelector('[data-faultline-ready=true]', { timeout: 20000 });
    const chunks = fetched.filter((n) => /^faultline[-_]/.test(n));
    assert.ok(chunks.some((n) => /^faultline_view_bg\./.test(n)), `drawn with the common module: ${chunks}`);
    assert.deepEqual(chunks.filter((n) => /^faultline-(analysis|core)\.|^faultline_bg\./.test(n)), [], `fetched: ${chunks}`);
  } finally {
    await context.close();
  }
});

test("older pages: window.panelsRendered reads 0 while the panel holds, Grafana's count after", async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 500 } });
  try {
    const page = await context.newPage();
    // The PanelProps playground has no scene: the old architecture's page.
    await page.goto(`${base}/?url=/files/never&faultlineReadyTimeout=2&refresh=off`);
    await page.waitForSelector('[data-testid=faultline-panel]', { timeout: 20000 });
    // What Grafana's profiler does once the panel's data is in (PanelStateWrapper → renderingCompleted).
    const held = await page.evaluate(() => {
      window.panelsRendered = 4;
      return { scene: !!window.__grafanaSceneContext, read: window.panelsRendered };
    });
    assert.deepEqual(held, { scene: false, read: 0 });
    await page.waitForSelector('[data-faultline-ready=timeout]', { timeout: 10000 });
    assert.equal(await page.evaluate(() => window.panelsRendered), 4);
    await page.evaluate(() => (window.panelsRendered = 5));
    assert.equal(await page.evaluate(() => window.panelsRendered), 5);
  } finally {
    await context.close();
  }
});
