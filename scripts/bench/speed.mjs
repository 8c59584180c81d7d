#!/usr/bin/env node
// Speed and size benchmark. In one headless Chromium run, for the five largest corpus diagrams (most cells on
// the first page) and a generated 1,500-vertex + 1,500-edge diagram, times source text → SVG drawn in the DOM
// for Faultline (wasm) and for draw.io's own viewer; then the gzipped plugin + wasm size, and native CLI times.
//
//   node scripts/bench/speed.mjs [--count 5] [--iterations 5] [--warmup 1] [--budget 60] [--cli-runs 10]
//                               [--no-cli] [--json out.json] [--corpus DIR]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync, execFileSync } from 'node:child_process';
import {
  ROOT, parseArgs, corpusDir, listCorpus, ensureDrawio, faultlinePkg, benchServer, PAGES, launchChromium,
  machineFacts, printMachine, median,
} from './lib/common.mjs';
import { generateDiagram } from './gen-diagram.mjs';

const USAGE = 'usage: node scripts/bench/speed.mjs [--count 5] [--iterations 5] [--warmup 1] [--budget S] [--cli-runs 10] [--no-cli] [--json FILE] [--corpus DIR]';
let args;
try {
  args = parseArgs(process.argv.slice(2), {
    count: 'int', iterations: 'int', warmup: 'int', budget: 'int', 'cli-runs': 'int', 'no-cli': 'bool', json: 'string',
    corpus: 'string', help: 'bool', vertices: 'int', edges: 'int',
  });
} catch (e) { console.error(e.message + '\n' + USAGE); process.exit(2); }
if (args.help) { console.log(USAGE); process.exit(0); }
const COUNT = args.count ?? 5, ITER = args.iterations ?? 5, WARM = args.warmup ?? 1;
const BUDGET_MS = (args.budget ?? 60) * 1000, CLI_RUNS = args['cli-runs'] ?? 10;
const GEN_V = args.vertices ?? 1500, GEN_E = args.edges ?? 1500;

const command = 'node scripts/bench/speed.mjs' + (process.argv.length > 2 ? ' ' + process.argv.slice(2).join(' ') : '');
const facts = machineFacts();
const t0 = Date.now();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-speed-'));

const dir = corpusDir(args.corpus);
const files = listCorpus(dir);
if (!files) console.log(`speed: corpus skipped: no corpus folder at ${dir} (../shared/corpus is absent); generated diagram only`);

const drawioDir = ensureDrawio();
const flDir = faultlinePkg();
const server = await benchServer(drawioDir, flDir);
const chrome = await launchChromium();

async function openPage(name) {
  const page = await chrome.context.newPage();
  const logs = [];
  page.on('pageerror', (e) => logs.push(String(e.message || e).split('\n')[0]));
  await page.goto(server.url + PAGES[name], { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench && (window.bench.ready || window.bench.error), null, { timeout: 30000 }).catch(() => {});
  const st = await page.evaluate(() => ({ ready: !!(window.bench && window.bench.ready), error: window.bench && window.bench.error, version: window.bench && window.bench.version }));
  return { page, logs, ...st };
}
const drawio = await openPage('drawio');
if (!drawio.ready) throw new Error(`draw.io viewer did not load: ${drawio.logs.join('; ')}`);
const fl = await openPage('faultline');
const flStatus = !flDir ? 'build/pkg missing: run bash scripts/build-wasm.sh' : fl.ready ? null : fl.error || 'wasm page did not load';

printMachine(facts, command);
console.log(`faultline: ${flStatus ? 'NOT AVAILABLE (' + flStatus + ')' : 'wasm core ' + (fl.version || '?') + ', ' + path.relative(ROOT, flDir) + '/'}`);

// ---- the diagrams: five largest corpus diagrams by cell count of the first page, plus the generated one
const cellsOf = async (text) => drawio.page.evaluate((t) => {
  // parse only (no drawing): count mxCell elements of the first page, as draw.io's own reader sees them
  const tt = t.replace(/^\uFEFF/, '').trim();
  let root = tt.charAt(0) === '<' ? mxUtils.parseXml(tt).documentElement : mxUtils.parseXml(Graph.decompress(tt)).documentElement;
  if (root.nodeName !== 'mxfile' && root.nodeName !== 'mxGraphModel') root = Editor.extractGraphModel(root, true);
  const node = root.nodeName === 'mxfile' ? Editor.parseDiagramNode([...root.children].filter((c) => c.nodeName === 'diagram')[0]) : root;
  return node.getElementsByTagName('mxCell').length;
}, text);

const diagrams = [];
if (files) {
  const sized = [];
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    try { sized.push({ name: path.basename(f), file: f, text, cells: await cellsOf(text) }); } catch (e) { console.log(`  ${path.basename(f)}: draw.io cannot read it (${e.message.split('\n')[0]}); left out`); }
  }
  sized.sort((a, b) => b.cells - a.cells || a.name.localeCompare(b.name));
  diagrams.push(...sized.slice(0, COUNT));
}
const gen = generateDiagram({ vertices: GEN_V, edges: GEN_E, seed: 1 });
const genFile = path.join(tmp, `generated-${GEN_V}v-${GEN_E}e.drawio`);
fs.writeFileSync(genFile, gen.xml);
const small = generateDiagram({ vertices: 60, edges: 60, seed: 2 });
diagrams.push({ name: `generated ${GEN_V} vertices + ${GEN_E} edges`, file: genFile, text: gen.xml, cells: await cellsOf(gen.xml), generated: true });
console.log(`diagrams: ${files ? `the ${Math.min(COUNT, diagrams.length - 1)} corpus diagrams with the most cells (mxCell elements on the first page), ` : ''}` +
  `and a generated layered diagram (${GEN_V} styled vertices with plain/HTML labels, 10% AWS icons, ${GEN_E} orthogonal edges; scripts/bench/gen-diagram.mjs --seed 1)`);
console.log(`timing  : per run, in the page: source text → parse → draw → SVG in the DOM → forced layout (getBBox + getBoundingClientRect).`);
console.log(`          Faultline: TextEncoder + wasm render() + innerHTML of the SVG string. draw.io: parseXml/decompress + new Graph(div) + mxCodec.decode (the viewer draws synchronously).`);
console.log(`          ${WARM} untimed warm-up run(s), then up to ${ITER} timed runs each, alternating draw.io and Faultline (a renderer stops once its runs exceed ${BUDGET_MS / 1000} s on a diagram); median reported.`);
console.log(`          The generated diagram is warmed up on a 60-vertex diagram from the same generator (one draw.io run of it takes tens of seconds).\n`);

// Runs alternate between the two renderers (draw.io, Faultline, draw.io, ...) so that load from other processes on
// a shared machine hits both alike. A renderer stops early once its timed runs have used the budget.
async function timeBoth(sides, text, warmText) {
  const st = sides.map(() => ({ times: [], renderOnly: [], spent: 0, elements: 0, error: null }));
  for (let k = 0; k < sides.length; k++) {
    if (!sides[k] || WARM <= 0) continue;
    try { await sides[k].page.bringToFront(); await sides[k].page.evaluate(async ([t, w, x]) => { if (window.bench.addPacks) { await window.bench.addPacks(x, 0); await window.bench.addPacks(t, 0); } return window.bench.time(t, 0, w, 0); }, [warmText || text, WARM, text]); }
    catch (e) { st[k].error = e; }
  }
  for (let i = 0; i < ITER; i++) {
    for (let k = 0; k < sides.length; k++) {
      const s = st[k];
      if (!sides[k] || s.error || (s.times.length > 0 && s.spent > BUDGET_MS)) continue;
      try {
        const r = await sides[k].page.evaluate((t) => window.bench.time(t, 0, 0, 1), text);
        s.times.push(...r.times);
        s.spent += r.times[0];
        if (r.renderOnly) s.renderOnly.push(...r.renderOnly);
        s.elements = r.svgElements;
      } catch (e) { s.error = e; }
    }
  }
  return st.map((s) => s.error ? { error: String(s.error.message || s.error).split('\n')[0].replace(/^page\.evaluate: (Error: )?/, '') }
    : { ms: median(s.times), min: Math.min(...s.times), max: Math.max(...s.times), runs: s.times.length, times: s.times, renderMs: s.renderOnly.length ? median(s.renderOnly) : null, svgElements: s.elements });
}

const fmt = (ms) => (ms == null || !Number.isFinite(ms) ? '-' : ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
console.log(`${'diagram'.padEnd(46)} ${'cells'.padStart(6)} ${'KB'.padStart(6)} | ${'draw.io ms'.padStart(10)} ${'(min)'.padStart(8)} ${'n'.padStart(2)} | ${'Faultline ms'.padStart(12)} ${'(min)'.padStart(8)} ${'(wasm)'.padStart(8)} ${'n'.padStart(2)} | ratio (of mins)`);
const rows = [];
for (const d of diagrams) {
  const row = { diagram: d.name, cells: d.cells, bytes: Buffer.byteLength(d.text) };
  const [a, b] = await timeBoth([drawio, flStatus ? null : fl], d.text, d.generated ? small.xml : null);
  if (a.error) row.drawioError = a.error; else row.drawio = a;
  if (flStatus) row.faultlineError = flStatus;
  else if (b.error) row.faultlineError = b.error; else row.faultline = b;
  row.ratio = row.drawio && row.faultline ? row.drawio.ms / row.faultline.ms : null;
  row.ratioMin = row.drawio && row.faultline ? row.drawio.min / row.faultline.min : null;
  rows.push(row);
  console.log(`${(d.name.length > 46 ? d.name.slice(0, 45) + '…' : d.name).padEnd(46)} ${String(d.cells).padStart(6)} ${(row.bytes / 1024).toFixed(0).padStart(6)} | ` +
    `${(row.drawio ? fmt(row.drawio.ms) : 'error').padStart(10)} ${(row.drawio ? fmt(row.drawio.min) : '').padStart(8)} ${String(row.drawio?.runs ?? '-').padStart(2)} | ` +
    `${(row.faultline ? fmt(row.faultline.ms) : 'error').padStart(12)} ${(row.faultline ? fmt(row.faultline.min) : '').padStart(8)} ${(row.faultline ? fmt(row.faultline.renderMs) : '').padStart(8)} ${String(row.faultline?.runs ?? '-').padStart(2)} | ` +
    `${row.ratio ? row.ratio.toFixed(1) + 'x' : '-'}${row.ratioMin ? ` (${row.ratioMin.toFixed(1)}x)` : ''}` +
    (row.drawioError ? `  draw.io: ${row.drawioError}` : '') + (row.faultlineError ? `  faultline: ${row.faultlineError.slice(0, 100)}` : ''));
}
const ratios = rows.map((r) => r.ratio).filter(Boolean);
console.log(`(ms = median wall time per run in the page, performance.now(); (min) = fastest run; (wasm) = median of render() alone;`);
console.log(` ratio = draw.io median / Faultline median, (of mins) = the same for the fastest runs, less hit by other load; goal >= 10x on each)`);
console.log(ratios.length === rows.length
  ? `slowest ratio ${Math.min(...ratios).toFixed(1)}x, median ${median(ratios).toFixed(1)}x: goal ${Math.min(...ratios) >= 10 ? 'MET' : 'NOT met'}`
  : `ratio: Faultline side missing for ${rows.length - ratios.length} of ${rows.length} diagrams`);

await chrome.close();
await server.close();

// ---- sizes
console.log('\nsize (gzip -9, bytes; goal: module.js + core wasm <= 300 KB, stencil pack counted separately)');
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const filesUnder = (p) => (fs.statSync(p).isDirectory() ? fs.readdirSync(p).flatMap((f) => filesUnder(path.join(p, f))) : [p]);
const sizeOf = (files) => files.reduce((s, f) => { const b = fs.readFileSync(f); return { raw: s.raw + b.length, gz: s.gz + gz(b) }; }, { raw: 0, gz: 0 });
const size = {};
const dist = path.join(ROOT, 'dist');
const show = (label, s, note = '') => console.log(`  ${label.padEnd(44)} ${s ? `${String(s.gz).padStart(8)} gz  (${(s.gz / 1024).toFixed(1)} KiB; raw ${s.raw})` : 'missing'}${note ? '  ' + note : ''}`);
const moduleJs = path.join(dist, 'module.js');
size.moduleJs = fs.existsSync(moduleJs) ? sizeOf([moduleJs]) : null;
show('dist/module.js', size.moduleJs, size.moduleJs ? '' : '(the plugin build writes it: npm run build)');
// Every other file the panel may load (lazy JS chunks, the three wasm modules), source maps left out,
// one line each; then the sums for what each kind of panel loads (DEVELOPERS.md "Three wasm modules").
const distFiles = fs.existsSync(dist) ? fs.readdirSync(dist).filter((f) => /\.(js|wasm)$/.test(f) && f !== 'module.js') : [];
const part = (re) => distFiles.filter((f) => re.test(f));
const sized = (files) => (files.length ? sizeOf(files.map((f) => path.join(dist, f))) : null);
size.files = {};
for (const f of distFiles) {
  size.files[f] = sized([f]);
  show(`dist/${f}`, size.files[f]);
}
const stencilFiles = fs.existsSync(dist) ? fs.readdirSync(dist).filter((f) => f.startsWith('stencils')).flatMap((f) => filesUnder(path.join(dist, f))) : [];
size.stencils = stencilFiles.length ? sizeOf(stencilFiles) : null;
show(`stencil pack (dist/stencils*: ${stencilFiles.length} files)`, size.stencils, stencilFiles.length ? '' : '(none built yet)');
const gzOf = (...groups) => groups.flat().reduce((n, f) => n + size.files[f].gz, size.moduleJs.gz);
const view = [...part(/^faultline-view\./), ...part(/^faultline_view_bg\./)];
const viewExt = [...part(/^faultline-view-ext\./), ...part(/^faultline_view_ext_bg\./)];
const full = [...part(/^faultline-core\./), ...part(/^faultline_bg\./)];
if (size.moduleJs && full.length === 2) {
  const judge = (n) => `${n} gz bytes (${(n / 1024).toFixed(1)} KiB): goal (300 KB) ${n <= 300 * 1024 ? 'MET' : 'NOT met'}`;
  size.plain = view.length === 2 ? gzOf(view) : null;
  size.bound = gzOf(full);
  size.total = gzOf(distFiles);
  size.plainExt = view.length === 2 && viewExt.length === 2 ? gzOf(view, viewExt) : null;
  if (size.plain != null) console.log(`  plain panel, first paint (module.js + faultline-view chunk + view wasm) = ${judge(size.plain)}`);
  if (size.plainExt != null) console.log(`  plain panel whose page needs the extended drawing (mockups, ported libraries, sketch): + faultline-view-ext chunk + view-ext wasm = ${judge(size.plainExt)}`);
  console.log(`  panel with bindings (module.js + faultline-core chunk + full wasm) = ${judge(size.bound)}`);
  if (size.plain != null) console.log(`  plain panel once the pointer enters it (+ faultline-core chunk + full wasm) = ${size.plain + size.bound - size.moduleJs.gz} gz bytes`);
  console.log(`  everything (module.js + every lazy chunk, editors included + every wasm) = ${size.total} gz bytes (${(size.total / 1024).toFixed(1)} KiB)`);
} else {
  // No plugin build: the core as wasm-bindgen wrote it (e.g. FAULTLINE_PKG=<another build/pkg>).
  const pkg = flDir || path.join(ROOT, 'build/pkg');
  for (const [label, files] of [['full', ['faultline.js', 'faultline_bg.wasm']], ['view', ['faultline_view.js', 'faultline_view_bg.wasm']], ['viewExt', ['faultline_view_ext.js', 'faultline_view_ext_bg.wasm']]]) {
    const there = files.map((f) => path.join(pkg, f)).filter((f) => fs.existsSync(f));
    if (there.length === 2) {
      size[label] = sizeOf(there);
      show(`${label} core: ${there.map((f) => path.relative(ROOT, f)).join(' + ')} (glue + wasm)`, size[label]);
    }
  }
}

// ---- native CLI
const cli = [];
if (!args['no-cli']) {
  const bin = path.join(ROOT, 'target/release/faultline');
  console.log(`\nnative CLI (${path.relative(ROOT, bin)} render FILE -o out.svg|out.png; median wall time of ${CLI_RUNS} runs (at least 3, fewer once ${BUDGET_MS / 2000} s are spent) after 1 warm-up, process start included)`);
  let hyperfine = null;
  try { hyperfine = execFileSync('sh', ['-c', 'command -v hyperfine'], { encoding: 'utf8' }).trim() || null; } catch {}
  console.log(`  timer: ${hyperfine ? hyperfine : 'Node spawnSync loop (hyperfine not installed)'}`);
  if (!fs.existsSync(bin)) console.log('  not built: cargo build --release --bin faultline');
  else {
    console.log(`  ${'diagram'.padEnd(46)} ${'svg ms'.padStart(9)} ${'n'.padStart(2)} ${'png ms'.padStart(9)} ${'n'.padStart(2)}`);
    for (const d of diagrams) {
      const r = { diagram: d.name };
      for (const ext of ['svg', 'png']) {
        const out = path.join(tmp, `out.${ext}`);
        const argv = ['render', d.file, '-o', out];
        fs.rmSync(out, { force: true });
        const first = spawnSync(bin, argv, { encoding: 'utf8' });
        if (first.status !== 0 || !fs.existsSync(out) || fs.statSync(out).size === 0) {
          r[ext + 'Error'] = first.status !== 0 ? (first.stderr || '').trim().split('\n')[0] || `exit ${first.status}` : 'exit 0 but no output written';
          continue;
        }
        if (hyperfine) {
          const jf = path.join(tmp, 'hf.json');
          spawnSync(hyperfine, ['-N', '--warmup', '1', '--runs', String(CLI_RUNS), '--export-json', jf, [bin, ...argv].map((a) => `'${a}'`).join(' ')], { stdio: 'ignore' });
          try { r[ext] = JSON.parse(fs.readFileSync(jf, 'utf8')).results[0].median * 1000; r[ext + 'Runs'] = CLI_RUNS; } catch { r[ext + 'Error'] = 'hyperfine failed'; }
        } else {
          const ts = [];
          let spent = 0;
          for (let i = 0; i < CLI_RUNS && !(i >= 3 && spent > BUDGET_MS / 2); i++) {
            const s = process.hrtime.bigint();
            spawnSync(bin, argv);
            ts.push(Number(process.hrtime.bigint() - s) / 1e6);
            spent += ts[ts.length - 1];
          }
          r[ext] = median(ts);
          r[ext + 'Runs'] = ts.length;
        }
      }
      cli.push(r);
      const cell = (ext) => (r[ext] != null ? fmt(r[ext]) : 'error');
      console.log(`  ${(d.name.length > 46 ? d.name.slice(0, 45) + '…' : d.name).padEnd(46)} ${cell('svg').padStart(9)} ${String(r.svgRuns ?? '-').padStart(2)} ${cell('png').padStart(9)} ${String(r.pngRuns ?? '-').padStart(2)}` +
        (r.svgError ? `  svg: ${r.svgError.slice(0, 80)}` : '') + (r.pngError ? `  png: ${r.pngError.slice(0, 80)}` : ''));
    }
  }
}

console.log(`\n${((Date.now() - t0) / 1000).toFixed(0)} s wall`);
if (args.json) {
  fs.writeFileSync(args.json, JSON.stringify({ command, machine: facts, iterations: ITER, warmup: WARM, rows, size, cli }, null, 2) + '\n');
  console.log(`json: ${path.resolve(args.json)}`);
}
fs.rmSync(tmp, { recursive: true, force: true });
