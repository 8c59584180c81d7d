#!/usr/bin/env node
// Fidelity benchmark: every diagram of ../shared/corpus drawn by draw.io's own viewer and by Faultline's wasm core
// in headless Chromium, at 1x, in the same box (draw.io's graph bounds + border), then compared with SSIM.
//
//   node scripts/bench/fidelity.mjs [--only SUBSTR] [--all-pages] [--json out.json] [--save-dir DIR]
//                                  [--border PX] [--corpus DIR] [--timeout S]
//
// Faultline's side never stops the run: a diagram it cannot draw gets SSIM 0 and its error is printed.
import fs from 'node:fs';
import crypto from 'node:crypto';
import path from 'node:path';
import {
  ROOT, parseArgs, corpusDir, listCorpus, ensureDrawio, faultlinePkg, benchServer, PAGES, launchChromium,
  machineFacts, printMachine, median,
} from './lib/common.mjs';
import { SSIM_DESCRIPTION } from './lib/images.mjs';
import { comparePool } from './lib/pool.mjs';

const USAGE = `usage: node scripts/bench/fidelity.mjs [--only SUBSTR] [--all-pages] [--json FILE] [--save-dir DIR] [--border PX] [--corpus DIR] [--timeout S]`;
let args;
try {
  args = parseArgs(process.argv.slice(2), {
    only: 'string', 'all-pages': 'bool', json: 'string', 'save-dir': 'string', border: 'int', corpus: 'string',
    timeout: 'int', help: 'bool', 'max-pixels': 'int',
  });
} catch (e) { console.error(e.message + '\n' + USAGE); process.exit(2); }
if (args.help) { console.log(USAGE); process.exit(0); }

const border = args.border ?? 10;
const timeoutMs = (args.timeout ?? 60) * 1000;
const maxPixels = args['max-pixels'] ?? 40e6;
const dir = corpusDir(args.corpus);
let files = listCorpus(dir);
if (!files) { console.log(`fidelity: skipped: no corpus folder at ${dir} (../shared/corpus is absent)`); process.exit(0); }
if (args.only) files = files.filter((f) => path.basename(f).includes(args.only));
if (!files.length) { console.log(`fidelity: no corpus file matches --only "${args.only}"`); process.exit(1); }

const command = 'node scripts/bench/fidelity.mjs' + (process.argv.length > 2 ? ' ' + process.argv.slice(2).join(' ') : '');
const facts = machineFacts();
const saveDir = args['save-dir'] ? path.resolve(args['save-dir']) : null;
if (saveDir) fs.mkdirSync(saveDir, { recursive: true });

const drawioDir = ensureDrawio();
const flDir = faultlinePkg();
const server = await benchServer(drawioDir, flDir);
const chrome = await launchChromium();
const t0 = Date.now();

async function openPage(name) {
  const page = await chrome.context.newPage();
  const logs = [];
  const net = { missing: [], external: 0 };
  page.on('pageerror', (e) => logs.push(String(e.message || e).split('\n')[0]));
  page.on('response', (res) => { if (res.status() >= 400 && res.url().startsWith(server.url)) net.missing.push(new URL(res.url()).pathname); });
  page.on('requestfailed', (req) => { if (!req.url().startsWith(server.url) && !req.url().startsWith('data:')) net.external++; });
  await page.goto(server.url + PAGES[name], { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench && (window.bench.ready || window.bench.error), null, { timeout: 30000 }).catch(() => {});
  const state = await page.evaluate(() => ({ ready: !!(window.bench && window.bench.ready), error: window.bench && window.bench.error, version: window.bench && window.bench.version }));
  return { page, logs, net, ...state };
}

/** page.evaluate with a deadline; a page that hangs is replaced. */
async function run(holder, name, fn, arg) {
  let timer;
  try {
    return await Promise.race([
      holder.p.page.evaluate(fn, arg),
      new Promise((_, no) => { timer = setTimeout(() => no(new Error(`timed out after ${timeoutMs / 1000} s`)), timeoutMs); }),
    ]);
  } catch (e) {
    if (/timed out|Target closed|crashed|has been closed/i.test(e.message)) {
      await holder.p.page.close().catch(() => {});
      holder.p = await openPage(name);
    }
    throw e;
  } finally { clearTimeout(timer); }
}

const ref = { p: await openPage('drawio') };
if (!ref.p.ready) throw new Error(`draw.io viewer did not load: ${ref.p.logs.join('; ') || 'Graph/mxCodec missing'}`);
const fl = { p: await openPage('faultline') };
const flStatus = !flDir ? 'build/pkg missing: run bash scripts/build-wasm.sh' : fl.p.ready ? null : fl.p.error || 'wasm page did not load';

printMachine(facts, command);
console.log(`faultline: ${flStatus ? 'NOT AVAILABLE (' + flStatus + ')' : 'wasm core ' + (fl.p.version || '?') + ', ' + path.relative(ROOT, flDir) + '/'}`);
console.log(`metric  : ${SSIM_DESCRIPTION}`);
console.log(`framing : both drawn at scale 1 into draw.io's graph bounds + ${border} px border (draw.io export translation); ` +
  `Faultline's root <svg> viewBox/width/height set to that box; white page (or the model's background)`);
console.log(`pages   : ${args['all-pages'] ? 'every page' : 'first page of each file only (use --all-pages for all)'}; corpus ${dir} (${files.length} files)\n`);

// The blank-page floor depends on draw.io's picture only: cached by the screenshot's hash (.cache/bench-floor.json).
const floorFile = path.join(ROOT, '.cache/bench-floor.json');
let floors = {};
try { floors = JSON.parse(fs.readFileSync(floorFile, 'utf8')); } catch {}
const results = [];
const clip = (s, n) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
const pool = comparePool();
const jobs = [];
let printed = 0;
const nz = (x) => (x == null ? '-' : String(x));
function printReady() {
  while (printed < results.length && results[printed].done) {
    const r = results[printed++];
    const size = r.box ? `${r.box.width}x${r.box.height}` : '-';
    const pct = (x) => (x == null ? '-' : (100 * x).toFixed(1));
    console.log(`${clip(r.label, 52).padEnd(52)} ${r.ssim.toFixed(4)} ${(r.blank == null ? '-' : r.blank.toFixed(3)).padStart(6)} ` +
      `${pct(r.diffPixels?.missing).padStart(5)} ${pct(r.diffPixels?.extra).padStart(5)} ${nz(r.placeholders).padStart(5)} ${nz(r.cells).padStart(6)} ${nz(r.warnings).padStart(5)} ${size.padStart(11)}` +
      (r.error ? `  ${clip(r.error, 110)}` : '') + (r.notes.length ? `  note: ${clip(r.notes.join('; '), 110)}` : ''));
  }
}
console.log(`${'file'.padEnd(52)} ${'SSIM'.padEnd(6)} ${'blank'.padStart(6)} ${'miss%'.padStart(5)} ${'xtra%'.padStart(5)} ${'plhd'.padStart(5)} ${'cells'.padStart(6)} ${'warn'.padStart(5)} ${'size px'.padStart(11)}`);

for (const file of files) {
  const name = path.basename(file);
  const b64 = fs.readFileSync(file).toString('base64');
  let pageCount = 1;
  for (let pg = 0; pg < pageCount; pg++) {
    const label = args['all-pages'] ? `${name}#${pg}` : name;
    const fileLabel = args['all-pages'] ? `${name}.page${pg}` : name; // for saved images
    const r = { file: name, label, page: pg, ssim: 0, blank: null, placeholders: null, cells: null, warnings: null, error: null, notes: [], done: false };
    results.push(r);
    const tFile = Date.now();
    let refShot, flShot;
    for (const h of [ref, fl]) { h.p.net.missing = []; h.p.net.external = 0; }
    try {
      const tt = [Date.now()];
      r.ms = {};
      const lap = (k) => { const n = Date.now(); r.ms[k] = n - tt[0]; tt[0] = n; };
      const d = await run(ref, 'drawio', ([b, p, bo]) => window.bench.render(b, p, bo), [b64, pg, border]);
      if (args['all-pages']) pageCount = d.pages;
      r.pages = d.pages; r.box = d.box; r.images = { drawio: d.images }; r.drawioCells = d.cells; r.background = d.background;
      if (d.box.width * d.box.height > maxPixels) throw new Error(`image ${d.box.width}x${d.box.height} exceeds --max-pixels ${maxPixels}`);
      const clipBox = { x: 0, y: 0, width: d.box.width, height: d.box.height };
      await ref.p.page.setViewportSize({ width: Math.max(d.box.width, 200), height: Math.max(d.box.height, 200) });
      lap('drawio');
      refShot = await ref.p.page.screenshot({ clip: clipBox, animations: 'disabled', caret: 'hide', timeout: timeoutMs });
      lap('drawioShot');
      if (flStatus) throw Object.assign(new Error(flStatus), { side: 'faultline' });
      const f = await run(fl, 'faultline', ([b, p, bo, box, bg]) => window.bench.render(b, p, bo, box, bg), [b64, pg, border, d.box, d.background]);
      lap('faultline');
      r.placeholders = f.placeholders.length; r.placeholderShapes = [...new Set(f.placeholders.map((x) => x.shape))];
      r.images.faultline = f.images; r.cells = f.cellCount; r.warnings = f.warnings.length; r.warningText = f.warnings; r.faultlineOwnBox = f.own;
      await fl.p.page.setViewportSize({ width: Math.max(d.box.width, 200), height: Math.max(d.box.height, 200) });
      flShot = await fl.p.page.screenshot({ clip: clipBox, animations: 'disabled', caret: 'hide', timeout: timeoutMs });
      lap('faultlineShot');
    } catch (e) {
      const side = refShot ? 'faultline' : 'draw.io';
      r.error = `${side}: ${String(e.message || e).split('\n')[0].replace(/^page\.evaluate: (Error: )?/, '')}`;
      if (side === 'draw.io') r.drawioFailed = true;
    }
    r.drawioMissing = [...new Set(ref.p.net.missing)];
    r.faultlineMissing = [...new Set(fl.p.net.missing)];
    r.externalBlocked = { drawio: ref.p.net.external, faultline: fl.p.net.external };
    const list = (xs) => `${xs.slice(0, 2).join(', ')}${xs.length > 2 ? ` and ${xs.length - 2} more` : ''}`;
    r.notes = [];
    if (r.drawioMissing.length) r.notes.push(`draw.io could not load ${list(r.drawioMissing)}`);
    if (r.faultlineMissing.length) r.notes.push(`Faultline's SVG refers to missing ${list(r.faultlineMissing)}`);
    if (saveDir) {
      if (refShot) fs.writeFileSync(path.join(saveDir, `${fileLabel}.drawio.png`), refShot);
      if (flShot) fs.writeFileSync(path.join(saveDir, `${fileLabel}.faultline.png`), flShot);
    }
    const finish = () => { r.seconds = (Date.now() - tFile) / 1000; r.done = true; printReady(); };
    if (!refShot) { finish(); continue; }
    const tc = Date.now();
    const hash = crypto.createHash('sha256').update(refShot).digest('hex').slice(0, 32);
    const job = pool.run({ ref: refShot, fl: flShot || null, composite: saveDir && flShot ? path.join(saveDir, `${fileLabel}.compare.png`) : null, blank: floors[hash] })
      .then((o) => { r.ms.compare = Date.now() - tc; r.blank = o.blank; floors[hash] = o.blank; if (flShot) { r.ssim = o.ssim; r.diffPixels = o.diffPixels; } })
      .catch((e) => { r.ssim = 0; r.error = `compare: ${e.message}`; })
      .finally(finish);
    job.then(() => { job.settled = true; });
    jobs.push(job);
    // keep at most a few comparisons in flight (big screenshots use memory)
    while (jobs.filter((j) => !j.settled).length > 3) await Promise.race(jobs.filter((j) => !j.settled));
  }
}
await Promise.all(jobs);
await pool.close();
try { fs.mkdirSync(path.dirname(floorFile), { recursive: true }); fs.writeFileSync(floorFile, JSON.stringify(floors) + '\n'); } catch {}
printReady();

const ok = results.filter((r) => !r.drawioFailed);
const ss = ok.map((r) => r.ssim);
const worst = ok.slice().sort((a, b) => a.ssim - b.ssim)[0];
const summary = {
  diagrams: ok.length, drawioFailures: results.length - ok.length,
  faultlineErrors: ok.filter((r) => r.error).length,
  median: median(ss), min: ss.length ? Math.min(...ss) : NaN, minFile: worst?.label,
  below085: ok.filter((r) => r.ssim < 0.85).length, atLeast095: ok.filter((r) => r.ssim >= 0.95).length,
  placeholders: ok.reduce((s, r) => s + (r.placeholders || 0), 0),
  blankMedian: median(ok.map((r) => r.blank)), blankMax: Math.max(...ok.map((r) => r.blank ?? -1)),
  seconds: (Date.now() - t0) / 1000,
};
console.log('\n(columns: file, SSIM draw.io vs Faultline, SSIM draw.io vs a blank page of its background colour (the floor: what drawing nothing scores), % of pixels where only draw.io has ink (miss) / only Faultline has ink (xtra), Faultline placeholders, Faultline cell count, Faultline warnings, image size px)');
console.log(`median SSIM ${summary.median.toFixed(4)}   minimum ${summary.min.toFixed(4)} (${summary.minFile})   ` +
  `${summary.atLeast095}/${ok.length} >= 0.95, ${summary.below085} below 0.85   placeholders ${summary.placeholders}   ` +
  `Faultline errors ${summary.faultlineErrors}` + (summary.drawioFailures ? `   draw.io failures ${summary.drawioFailures} (left out)` : ''));
console.log(`floor: a blank page scores median ${summary.blankMedian.toFixed(4)}, up to ${summary.blankMax.toFixed(4)} against draw.io (whitespace counts as agreement)`);
console.log(`goal: median >= 0.95, none below 0.85, no placeholders   |   ${summary.seconds.toFixed(1)} s wall`);
if (saveDir) console.log(`images: ${saveDir}/<file>.{drawio,faultline,compare}.png (compare = draw.io | Faultline | diff: red = only draw.io has ink, blue = only Faultline)`);

if (args.json) {
  fs.writeFileSync(args.json, JSON.stringify({ command, machine: facts, metric: SSIM_DESCRIPTION, border, summary, results }, null, 2) + '\n');
  console.log(`json: ${path.resolve(args.json)}`);
}
await chrome.close();
await server.close();
