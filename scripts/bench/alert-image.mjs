#!/usr/bin/env node
// Alert images (issue 6 §2): `faultline render --dashboard` (native, no browser) against a Chromium
// screenshot of the same panel, alternating in one run.
//
//   node scripts/bench/alert-image.mjs [--runs 10] [--width 1000] [--height 600] [--incident payment] [--keep]
//
// The panel is the playground's demo (www/demo/demo.drawio, its bindings and analysis options) during a
// simulated incident. Its frames are taken from the playground once, then served by a fake Grafana
// `/api/ds/query` on loopback, so both sides draw the same diagram, bindings, data and overlays:
// - Chromium: a warm browser (launched once, as the image renderer's pooled modes keep it), per image a
//   new context and page → playground page in render mode (render=1) → `data-faultline-ready="true"`
//   → PNG screenshot of the panel. The page's own data is simulated in the page (no query round trip),
//   which favours Chromium.
// - Native: per image one `faultline render --dashboard D --panel 1 --grafana URL` process (start-up,
//   the HTTP query, bindings, analysis, SVG, PNG encode included) writing a PNG of the same size.
// Needs `npm run build` (dist/, build/www/, target/release/faultline).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';

import { launchChromium, machineFacts, median, parseArgs, printMachine, ROOT } from './lib/common.mjs';

const args = parseArgs(process.argv.slice(2), { runs: 'int', width: 'int', height: 'int', incident: 'string', keep: 'bool', seed: 'int' });
const RUNS = args.runs ?? 10;
const W = args.width ?? 1000;
const H = args.height ?? 600;
const INCIDENT = args.incident ?? 'payment';
const SEED = args.seed ?? 14;
const command = 'node scripts/bench/alert-image.mjs' + (process.argv.length > 2 ? ' ' + process.argv.slice(2).join(' ') : '');

const bin = path.join(ROOT, 'target/release/faultline');
for (const need of [bin, path.join(ROOT, 'dist/module.js'), path.join(ROOT, 'build/www')]) {
  if (!fs.existsSync(need)) {
    console.error(`alert-image: ${path.relative(ROOT, need)} is missing: run npm run build first`);
    process.exit(2);
  }
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-alert-image-'));
printMachine(machineFacts(), command);

// The playground (the panel's host) on loopback.
const { start } = await import(pathToFileURL(path.join(ROOT, 'www/serve.mjs')).href);
const playground = await start(0);
const base = `http://127.0.0.1:${playground.address().port}`;
const pageUrl = `${base}/?file=demo&refresh=off&incidents=0&seed=${SEED}&incident=${encodeURIComponent(INCIDENT)}&render=1&theme=dark&width=${W}&height=${H}`;
const PANEL = '[data-testid=faultline-panel]';

const chrome = await launchChromium();

/** One Chromium picture: new page, render-mode load, wait for the panel's ready mark, screenshot. */
async function chromiumImage(file) {
  const t0 = performance.now();
  const page = await chrome.context.newPage();
  try {
    await page.setViewportSize({ width: W + 200, height: H + 200 });
    await page.goto(pageUrl);
    await page.waitForSelector(`${PANEL}[data-faultline-ready=true]`, { timeout: 30000 });
    const png = await page.locator(PANEL).screenshot({ animations: 'disabled' });
    const ms = performance.now() - t0;
    fs.writeFileSync(file, png);
    return ms;
  } finally {
    await page.close();
  }
}

// The panel as the dashboard holds it, and the frames it showed, taken from the playground once.
const probe = await chrome.context.newPage();
await probe.goto(pageUrl);
await probe.waitForSelector(`${PANEL}[data-faultline-ready=true]`, { timeout: 30000 });
const captured = await probe.evaluate(() => {
  const pg = window.__playground;
  const frames = pg.data.series.map((f) => ({
    schema: {
      refId: f.refId ?? 'A',
      name: f.name,
      fields: f.fields.map((x) => ({ name: x.name, type: x.type, labels: x.labels, config: x.config ?? {} })),
    },
    data: { values: f.fields.map((x) => Array.from(x.values)) },
  }));
  const range = pg.data.timeRange;
  return { options: pg.options, frames, from: range.from.valueOf(), to: range.to.valueOf() };
});
const overlayInPage = await probe.evaluate(() => document.querySelectorAll('[data-testid=faultline-canvas] g.fl-analysis .fl-an-ring').length);
await probe.close();

const byRef = {};
for (const f of captured.frames) (byRef[f.schema.refId] ??= []).push(f);
const grafana = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    res.writeHead(req.url === '/api/ds/query' ? 200 : 404, { 'content-type': 'application/json' });
    const results = Object.fromEntries(Object.entries(byRef).map(([ref, frames]) => [ref, { status: 200, frames }]));
    res.end(JSON.stringify(req.url === '/api/ds/query' ? { results } : { message: 'not found' }));
  });
});
await new Promise((r) => grafana.listen(0, '127.0.0.1', r));
const grafanaUrl = `http://127.0.0.1:${grafana.address().port}`;
const dashboardFile = path.join(tmp, 'dashboard.json');
fs.writeFileSync(dashboardFile, JSON.stringify({
  uid: 'alert-bench',
  title: 'Alert image bench',
  time: { from: new Date(captured.from).toISOString(), to: new Date(captured.to).toISOString() },
  panels: [{
    id: 1,
    type: 'faultline-diagram-panel',
    datasource: { type: 'prometheus', uid: 'sim' },
    targets: Object.keys(byRef).map((refId) => ({ refId, expr: 'simulated' })),
    options: captured.options,
  }],
}));

/** One native picture: a whole `faultline render --dashboard` process. */
function nativeImage(file) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(bin, ['render', '--dashboard', dashboardFile, '--panel', '1', '--grafana', grafanaUrl, '--token', 'bench',
      '--width', String(W), '--height', String(H), '--theme', 'dark', '-o', file]);
    let stderr = '';
    p.stderr.on('data', (c) => { stderr += c; });
    p.on('close', (code) => (code === 0 ? resolve({ ms: performance.now() - t0, stderr }) : reject(new Error(`faultline render exited ${code}: ${stderr.trim()}`))));
  });
}

// One native SVG first: what the image carries (rings) and says (causes), beside the panel's.
const svgCheck = path.join(tmp, 'native-check.svg');
const check = await nativeImage(svgCheck);
const overlayNative = (fs.readFileSync(svgCheck, 'utf8').match(/class="fl-an-ring /g) ?? []).length;
const causes = check.stderr.split('\n').filter((l) => l.includes('root-cause candidate')).map((l) => l.replace(/^faultline: /, ''));

// Warm-up, then alternate.
await chromiumImage(path.join(tmp, 'warm.png'));
const times = { chromium: [], native: [] };
for (let i = 0; i < RUNS; i++) {
  const order = i % 2 ? ['native', 'chromium'] : ['chromium', 'native'];
  for (const side of order) {
    const file = path.join(tmp, `${side}-${i}.png`);
    times[side].push(side === 'native' ? (await nativeImage(file)).ms : await chromiumImage(file));
  }
}

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const row = (side) => {
  const xs = times[side];
  return `| ${side} | ${fmt(median(xs))} | ${fmt(Math.min(...xs))} | ${fmt(Math.max(...xs))} |`;
};
console.log(`\nPanel: www/demo/demo.drawio during an incident at ${INCIDENT} (seed ${SEED}), ${W}×${H} dark, ${captured.frames.length} frames; ${RUNS} images per side.`);
console.log(`Overlay rings: ${overlayInPage} in the panel (Chromium), ${overlayNative} in the native SVG. ${causes.join('; ')}`);
console.log('\n| side | median ms | min ms | max ms |\n|---|---:|---:|---:|');
console.log(row('chromium'));
console.log(row('native'));
console.log(`\nNative is ${(median(times.chromium) / median(times.native)).toFixed(1)}× faster (medians), ${(Math.min(...times.chromium) / Math.min(...times.native)).toFixed(1)}× (minimums).`);
console.log(`Load average at the end: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
if (args.keep) {
  console.log(`Images kept in ${tmp}`);
}

await chrome.close();
grafana.close();
playground.closeAllConnections?.();
playground.close();
if (!args.keep) fs.rmSync(tmp, { recursive: true, force: true });
