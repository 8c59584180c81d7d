#!/usr/bin/env node
// Speed of the dependency analysis per refresh (issue 5 §6): blast radius + ranking on a drawn
// 5,000-node / 15,000-edge service graph, in wasm in headless Chromium, with native figures from
// the same files beside them. Prints median and p95 per step.
//
//   node scripts/bench/analyze.mjs [--nodes 5000] [--edges 15000] [--runs 60] [--seed 1] [--no-native] [--keep] [--out FILE.json]
//
// The diagram is a layered service graph (13% entry services, 48% middle tiers, 39% leaves, 2% of
// the nodes in storage pools of 3 replicas needing 2, preferential attachment, 10% dashed = async,
// a few mutual calls), every node bound by one binding to one series of 70 points. Three
// incidents (a fault of 8σ at one service, carried to each caller with probability 0.7 and decay,
// 5% unrelated spikes) alternate so no refresh repeats the previous one: it prints how many
// refreshes took the unchanged-states shortcut (must be 0: every figure is a full analysis).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

import { rng } from './gen-diagram.mjs';
import { faultlinePkg, launchChromium, machineFacts, median, parseArgs, ROOT, serve } from './lib/common.mjs';

const args = parseArgs(process.argv.slice(2), { nodes: 'int', edges: 'int', runs: 'int', seed: 'int', 'no-native': 'bool', out: 'string', keep: 'bool' });
const N = args.nodes ?? 5000;
const E = args.edges ?? 15000;
const RUNS = args.runs ?? 60;
const SEED = args.seed ?? 1;
const T = 70;
const WARMUP = 6;

/** The drawing: { xml, services (ids with a series), callers (id → [{id, soft}]) }. */
function generate(n, e, rand) {
  const pools = Math.round(n * 0.02);
  const services = n - 4 * pools;
  const nEntry = Math.max(1, Math.round(services * 0.13));
  const nLeaf = Math.max(1, Math.round(services * 0.39));
  const nMid = services - nEntry - nLeaf;
  const MID_TIERS = 4;
  const tiers = Array.from({ length: MID_TIERS + 2 }, () => []);
  for (let i = 0; i < nEntry; i++) tiers[0].push(`gw-${i}`);
  for (let i = 0; i < nMid; i++) tiers[1 + Math.floor((i * MID_TIERS) / nMid)].push(`svc-${i}`);
  for (let i = 0; i < nLeaf; i++) tiers[MID_TIERS + 1].push(`store-${i}`);
  for (let p = 0; p < pools; p++) tiers[MID_TIERS + 1].push(`pool-${p}`);
  const tierOf = new Map();
  tiers.forEach((ids, t) => ids.forEach((id) => tierOf.set(id, t)));

  const edges = [];
  const seen = new Set();
  const fanIn = tiers.map(() => []);
  const link = (a, z, t) => {
    const k = `${a}>${z}`;
    if (a === z || seen.has(k)) return false;
    seen.add(k);
    edges.push({ a, z, soft: rand() < 0.1, both: rand() < 0.005 });
    fanIn[t].push(z);
    return true;
  };
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  // Every non-entry node has a caller one tier up (or more).
  for (let t = 1; t < tiers.length; t++) {
    for (const z of tiers[t]) link(pick(tiers[Math.floor(rand() * t)]), z, t);
  }
  // The rest: a caller anywhere above, a callee deeper, preferring popular callees.
  let guard = 0;
  while (edges.length < e && guard++ < e * 20) {
    const ta = Math.floor(rand() * (tiers.length - 1));
    const tz = ta + 1 + Math.floor(rand() * (tiers.length - 1 - ta));
    const z = fanIn[tz].length && rand() < 0.5 ? pick(fanIn[tz]) : pick(tiers[tz]);
    link(pick(tiers[ta]), z, tz);
  }

  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const out = ['<mxfile host="faultline-bench"><diagram id="analyze" name="analyze"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>'];
  const seriesIds = [];
  const obj = (id, label, style, parent, x, y, w, h, extra = '') =>
    `<object id="${esc(id)}" label="${esc(label)}" service="${esc(id)}"${extra}><mxCell style="${style}" vertex="1" parent="${parent}"><mxGeometry x="${x}" y="${y}" width="${w}" height="${h}" as="geometry"/></mxCell></object>`;
  tiers.forEach((ids, t) => {
    let x = 0;
    for (const id of ids) {
      const y = t * 200 + (ids.indexOf(id) % 3) * 10;
      if (id.startsWith('pool-')) {
        out.push(obj(id, id, 'swimlane;container=1;startSize=20;', '1', x, y, 340, 80, ' redundancy="2/3"'));
        for (let r = 0; r < 3; r++) {
          const rid = `${id}-r${r}`;
          out.push(obj(rid, rid, 'rounded=1;whiteSpace=wrap;', id, 10 + r * 110, 30, 100, 40));
          seriesIds.push(rid);
        }
        x += 360;
      } else {
        out.push(obj(id, id, 'rounded=1;whiteSpace=wrap;', '1', x, y, 100, 40));
        seriesIds.push(id);
        x += 120;
      }
    }
  });
  edges.forEach((ed, i) => {
    const style = `endArrow=block;${ed.soft ? 'dashed=1;' : ''}${ed.both ? 'startArrow=block;' : ''}`;
    out.push(`<mxCell id="e${i}" style="${style}" edge="1" parent="1" source="${esc(ed.a)}" target="${esc(ed.z)}"><mxGeometry relative="1" as="geometry"/></mxCell>`);
  });
  out.push('</root></mxGraphModel></diagram></mxfile>');
  // Who is hurt when a node fails: its callers (and for mutual edges, the callee too). A pool
  // fails only when two replicas do; a replica's fault stays in its pool.
  const callers = new Map();
  const add = (from, to, soft) => (callers.get(from) ?? callers.set(from, []).get(from)).push({ id: to, soft });
  for (const ed of edges) {
    add(ed.z, ed.a, ed.soft);
    if (ed.both) add(ed.a, ed.z, ed.soft);
  }
  return { xml: out.join('\n'), seriesIds, callers, roots: [...tiers[1], ...tiers[2], ...tiers[3], ...tiers[4], ...tiers[5].filter((x) => !x.startsWith('pool-'))], edges: edges.length };
}

/** One incident's values: one series per node, T points each, in `seriesIds` order. */
function incident(g, rand) {
  const index = new Map(g.seriesIds.map((id, i) => [id, i]));
  const normal = () => {
    const u = Math.max(1e-12, rand());
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };
  const values = new Float64Array(g.seriesIds.length * T);
  for (let i = 0; i < values.length; i++) values[i] = 100 + normal();
  const root = g.roots[Math.floor(rand() * g.roots.length)];
  const size = new Map([[root, { m: 8, onset: T - 8 + Math.floor(rand() * 4) }]]);
  const queue = [root];
  while (queue.length) {
    const a = queue.shift();
    const ea = size.get(a);
    for (const c of g.callers.get(a) ?? []) {
      if (size.has(c.id) || rand() > (c.soft ? 0.175 : 0.7)) continue;
      const m = ea.m * (0.5 + 0.5 * rand());
      if (m < 1.5) continue;
      size.set(c.id, { m, onset: Math.min(T - 1, ea.onset + (rand() < 0.5 ? 1 : 0)) });
      queue.push(c.id);
    }
  }
  for (const [id, { m, onset }] of size) {
    const i = index.get(id);
    if (i === undefined) continue; // a pool: its replicas carry no fault of its own
    for (let k = onset; k < T; k++) values[i * T + k] += m;
  }
  // 5% unrelated spikes of similar size, 1–3 points somewhere in the recent window.
  for (let s = 0; s < g.seriesIds.length * 0.05; s++) {
    const i = Math.floor(rand() * g.seriesIds.length);
    const at = T - 10 + Math.floor(rand() * 10);
    for (let k = at; k < Math.min(T, at + 1 + Math.floor(rand() * 3)); k++) values[i * T + k] += 4 + 4 * rand();
  }
  return { values, root, affected: size.size };
}

const rand = rng(SEED);
const g = generate(N, E, rand);
const incidents = [0, 1, 2].map(() => incident(g, rand));
const now = 1_700_000_000_000;
const times = new Float64Array(T).map((_, k) => now - (T - 1 - k) * 15000);
const desc = {
  fields: [
    { refId: 'A', frame: 'metrics', name: 'Time', type: 'time', offset: 0, length: T, timeOffset: 0 },
    ...g.seriesIds.map((id, i) => ({ refId: 'A', frame: `latency ${id}`, name: 'latency', displayName: `latency ${id}`, labels: { service: id }, type: 'number', offset: i * T, length: T, timeOffset: 0 })),
  ],
};
const bindings = {
  version: 1,
  bindings: [
    {
      id: 'latency',
      cells: { kind: 'vertex', attr: { service: '*' } },
      series: { labels: { service: '${cell.service}' } },
      reducer: 'last',
      thresholds: { steps: [{ value: 103, level: 'warn' }, { value: 106, level: 'crit' }] },
      color: { targets: ['stroke'] },
    },
  ],
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-analyze-'));
fs.writeFileSync(path.join(dir, 'diagram.drawio'), g.xml);
fs.writeFileSync(path.join(dir, 'bindings.json'), JSON.stringify(bindings));
fs.writeFileSync(path.join(dir, 'desc.json'), JSON.stringify(desc));
fs.writeFileSync(path.join(dir, 'times.f64'), Buffer.from(times.buffer));
incidents.forEach((inc, k) => fs.writeFileSync(path.join(dir, `values-${k}.f64`), Buffer.from(inc.values.buffer)));
fs.writeFileSync(path.join(dir, 'meta.json'), JSON.stringify({ now, from: now - (T - 1) * 15000, to: now, runs: RUNS, warmup: WARMUP, incidents: incidents.length }));

const pkg = faultlinePkg();
if (!pkg) {
  console.error('build/pkg is missing: run bash scripts/build-wasm.sh first');
  process.exit(1);
}

const facts = machineFacts();
console.log(`command : node scripts/bench/analyze.mjs${process.argv.length > 2 ? ' ' + process.argv.slice(2).join(' ') : ''}`);
console.log(`machine : ${facts.cpu}, ${facts.cores} cores, ${facts.memGiB} GiB, ${facts.os}, load ${facts.load.join(' ')}`);
console.log(`software: ${facts.chromium}, Node ${facts.node}`);
console.log(`graph   : ${N} nodes drawn (${g.seriesIds.length} with a series of ${T} points), ${g.edges} edges; ${RUNS} refreshes after ${WARMUP} warm-up, 3 incidents alternating (roots ${incidents.map((i) => `${i.root}: ${i.affected} affected`).join('; ')})`);

// --- wasm in Chromium -------------------------------------------------------------------------
const page = `<!doctype html><meta charset="utf-8"><script type="module">
import init, { Diagram } from '/pkg/faultline.js';
window.run = async () => {
  await init({ module_or_path: '/pkg/faultline_bg.wasm' });
  const get = (f) => fetch('/data/' + f);
  const meta = await (await get('meta.json')).json();
  const xml = new Uint8Array(await (await get('diagram.drawio')).arrayBuffer());
  const desc = await (await get('desc.json')).text();
  const times = new Float64Array(await (await get('times.f64')).arrayBuffer());
  const values = [];
  for (let k = 0; k < meta.incidents; k++) values.push(new Float64Array(await (await get('values-' + k + '.f64')).arrayBuffer()));
  let t = performance.now();
  const d = Diagram.load(xml, {});
  const loadMs = performance.now() - t;
  const report = d.setBindings(await (await get('bindings.json')).text());
  const rows = [];
  let last;
  for (let r = 0; r < meta.warmup + meta.runs; r++) {
    const t0 = performance.now();
    d.update(r === 0 ? desc : '', values[r % values.length], times, meta.now, meta.from, meta.to);
    const t1 = performance.now();
    const a = d.analysis();
    d.overlay(r === 0);
    const t2 = performance.now();
    const o = d.analysis();
    if (r >= meta.warmup) rows.push({ updateMs: t1 - t0, overlayWallMs: t2 - t1, ...o.timing });
    last = a;
  }
  return { loadMs, report, rows, summary: last.summary, top: last.candidates.map((c) => c.id), blast: last.blast.length };
};
</script>`;
const pageFile = path.join(dir, 'index.html');
fs.writeFileSync(pageFile, page);
const server = await serve({ '/pkg/': pkg, '/data/': dir }, { '/index.html': pageFile });
const chrome = await launchChromium();
const tab = await chrome.context.newPage();
tab.on('pageerror', (e) => console.error('page error:', e.message));
await tab.goto(server.url + '/index.html');
await tab.waitForFunction(() => typeof window.run === 'function');
const wasm = await tab.evaluate(() => window.run());
await chrome.close();
await server.close();

// --- native, same files -----------------------------------------------------------------------
let native;
if (!args['no-native']) {
  const bin = path.join(ROOT, 'target/release/faultline-sim');
  try {
    execFileSync('cargo', ['build', '-q', '--release', '--bin', 'faultline-sim'], { cwd: ROOT, stdio: 'inherit' });
    native = JSON.parse(execFileSync(bin, ['--live', dir], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  } catch (e) {
    console.error(`native run failed: ${e.message.split('\n')[0]}`);
  }
}

const q = (xs, p) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))] : NaN;
};
const col = (rows, f) => rows.map(f);
const fmt = (x) => (Number.isFinite(x) ? x.toFixed(2) : '—');
const STEPS = [
  ['**blast radius + ranking (`analyze`)**', (r) => r.analyzeUs / 1000],
  ['node states from the bindings (levels + robust scores of the series)', (r) => r.statesUs / 1000],
  ['overlay (layer + lit ops, diffed)', (r) => r.overlayUs / 1000],
  ['whole refresh: bindings + analysis (`update`)', (r) => r.updateMs],
];
console.log(`\nwasm: load + first draw ${fmt(wasm.loadMs)} ms; bindings ${wasm.report.ok ? 'ok' : JSON.stringify(wasm.report.errors)}; last refresh: ${wasm.summary.alerting} alerting, ${wasm.summary.failing} failing, ${wasm.summary.down} down, ${wasm.blast} blast radii, top ${wasm.top.slice(0, 3).join(', ')}`);
if (native) {
  console.log(`native: last refresh: ${native.summary.alerting} alerting, ${native.summary.failing} failing, ${native.summary.down} down, top ${native.top.slice(0, 3).join(', ')}`);
}
// Every measured refresh must be a real analysis of a changed incident, not the unchanged-states
// shortcut (Live::refresh reuses the last analysis when no node's state changed).
const reusedCount = (rows) => rows.filter((r) => r.reused).length;
const passes = (rows) => [...new Set(rows.map((r) => r.pagerankPasses))].sort((a, b) => a - b).join('/');
console.log(`analysis reused (no state changed): wasm ${reusedCount(wasm.rows)} of ${wasm.rows.length}${native ? `, native ${reusedCount(native.rows)} of ${native.rows.length}` : ''} refreshes (every other one is a full analysis); PageRank passes per refresh: ${passes(wasm.rows)}`);
console.log('');
console.log('| step, per refresh | wasm min ms | wasm median ms | wasm p95 ms | native min ms | native median ms | native p95 ms |');
console.log('|---|---|---|---|---|---|---|');
for (const [name, f] of STEPS) {
  const w = col(wasm.rows, f);
  const n = native ? col(native.rows, f) : [];
  console.log(`| ${name} | ${fmt(q(w, 0))} | ${fmt(median(w))} | ${fmt(q(w, 0.95))} | ${fmt(q(n, 0))} | ${fmt(median(n))} | ${fmt(q(n, 0.95))} |`);
}
if (args.out) {
  fs.writeFileSync(args.out, JSON.stringify({ facts, wasm, native }, null, 2));
}
if (args.keep) {
  console.log(`\ninputs kept in ${dir} (native alone: target/release/faultline-sim --live ${dir})`);
} else {
  fs.rmSync(dir, { recursive: true, force: true });
}
