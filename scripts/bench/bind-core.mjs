#!/usr/bin/env node
// The wasm core alone, in Node's V8 (the engine Chromium runs it in), on the bindings benchmark's
// workload: first bind (setBindings + first update) and refreshes through the panel's zero-copy path
// (prepare → fill the views → updatePrepared with an unchanged descriptor), patch objects included.
// No DOM, no panel: it isolates the core's wasm speed (opt levels, core changes) from the browser and
// prints, per phase, the median and the minimum (the minimum holds up on a busy machine).
//
//   node scripts/bench/bind-core.mjs [--refreshes 30] [--pkg DIR]
// Needs build/pkg/faultline.js (scripts/build.sh). Not a test: it prints numbers.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/common.mjs';
import { POINTS, SERIES, bindings, descriptor, diagram, valueWalk } from './lib/bind-workload.mjs';

const args = process.argv.slice(2);
const i = args.indexOf('--refreshes');
const REFRESHES = i >= 0 ? Number(args[i + 1]) : 30;

// --pkg DIR: another build's wasm-bindgen output (to compare builds), default build/pkg.
const j = args.indexOf('--pkg');
const pkg = j >= 0 ? path.resolve(args[j + 1]) : path.join(ROOT, 'build/pkg');
const source = fs.readFileSync(path.join(pkg, 'faultline.js'));
const glue = await import(`data:text/javascript;base64,${source.toString('base64')}`);
glue.initSync({ module: fs.readFileSync(path.join(pkg, 'faultline_bg.wasm')) });

const desc = descriptor();
const now = 1.7e12;
const times = Float64Array.from({ length: POINTS }, (_, p) => now - (POINTS - 1 - p) * 10_000);
const fill = valueWalk();

const d = glue.Diagram.load(new TextEncoder().encode(diagram()), {});
function update(frames) {
  d.prepare(SERIES * POINTS, POINTS);
  fill(d.valuesView());
  d.timesView().set(times);
  const t = performance.now();
  const patch = d.updatePrepared(frames, now, times[0], now);
  return { ms: performance.now() - t, patch };
}

let t = performance.now();
const report = d.setBindings(JSON.stringify(bindings()));
const compileMs = performance.now() - t;
if (!report.ok) {
  throw new Error(`bindings: ${JSON.stringify(report.errors.slice(0, 3))}`);
}
const first = update(desc);
const firstLive = d.analysis()?.timing;
let tj = performance.now();
JSON.parse(JSON.stringify(first.patch));
const firstJsonMs = performance.now() - tj;
const runs = [];
for (let r = 0; r < REFRESHES; r++) {
  const u = update('');
  u.live = d.analysis()?.timing;
  runs.push(u);
}

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.round((xs.length - 1) * p)];
const f = (x) => x.toFixed(2);
const phases = (rs, pick) => {
  const xs = rs.map(pick);
  return `${f(pct(xs, 0.5))} / ${f(Math.min(...xs))}`;
};
const tm = first.patch.timing;
console.log(`Faultline core (wasm) in Node ${process.version}: ${SERIES} series × ${POINTS} points, ${report.bindings} bindings, ${fs.statSync(path.join(pkg, 'faultline_bg.wasm')).size} B wasm`);
console.log(`first bind ${f(compileMs + first.ms)} ms: compile ${f(compileMs)}, first update ${f(first.ms)} (ingest ${f(tm.ingestUs / 1e3)}, match ${f(tm.matchUs / 1e3)}, evaluate ${f(tm.evalUs / 1e3)}, patch ${f(tm.patchUs / 1e3)}; ${first.patch.ops.length} ops); of the rest: live analysis ${f((firstLive?.statesUs + firstLive?.analyzeUs) / 1e3)}, the patch's JSON round trip in JS ${f(firstJsonMs)}`);
console.log(`refresh, median / min of ${REFRESHES} (ms): total ${phases(runs, (r) => r.ms)}, evaluate ${phases(runs, (r) => r.patch.timing.evalUs / 1e3)}, patch ${phases(runs, (r) => r.patch.timing.patchUs / 1e3)}, rest ${phases(runs, (r) => r.ms - (r.patch.timing.ingestUs + r.patch.timing.evalUs + r.patch.timing.patchUs) / 1e3)} (of it live analysis ${phases(runs, (r) => (r.live.statesUs + r.live.analyzeUs) / 1e3)}); ${pct(runs.map((r) => r.patch.ops.length), 0.5)} ops`);
d.free();
