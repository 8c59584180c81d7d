#!/usr/bin/env node
// The floor under the bindings benchmark (issue 4 §8), in headless Chromium: what the browser's own
// work for the same refreshes and first bind costs with no core at all, to set beside the goals
// (refresh ≤ 4 ms median, first bind ≤ 50 ms).
//
// It runs the real panel on the workload of bindings.mjs, records the patches the core sends (a first
// bind's and two refreshes'), then times only what any design has to do in the page:
// - DOM: the patches' writes, replayed with raw DOM calls on nodes found beforehand (text node data,
//   setAttribute, a style property, classList; the first bind's label fragments parsed in one batch
//   and moved into their cells). No lookup, no check, no bookkeeping.
// - Data: one walk over the 5,000 frames reading what identifies each series, and the copy of the
//   values the core reads (a refresh: the matched series only; a first bind: those, after the walk).
// Refreshes alternate the two recorded patches, so every write changes something. A first bind is
// timed once per freshly loaded page (cold JIT, as a real first bind), --pages times.
//
//   node scripts/bench/bind-floor.mjs [--rounds 40] [--pages 3] [--json]
// Needs a build (npm run build). Not a test: it prints numbers.
import { launch, requireBuilt, startServer } from '../../tests/helpers/browser.mjs';
import { drawWorkload } from './lib/bind-page.mjs';
import { POINTS, SERIES, bindings } from './lib/bind-workload.mjs';

const args = process.argv.slice(2);
const arg = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const ROUNDS = arg('rounds', 40);
const PAGES = arg('pages', 3);

requireBuilt();
const { server, base } = await startServer();
const browser = await launch();

/** A page with the workload's diagram drawn and its frame maker installed (no bindings yet). */
async function drawnPage() {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await drawWorkload(page, base);
  return page;
}

// Patches reach the panel through JSON.parse (src/wasm.rs to_js): recorded there.
const RECORD = () => {
  window.__patches = [];
  const parse = JSON.parse;
  JSON.parse = function (s, r) {
    const v = parse.call(this, s, r);
    if (v && Array.isArray(v.ops) && v.ops.length > 100) {
      window.__patches.push(v);
    }
    return v;
  };
};

async function refresh(page) {
  const g = await page.evaluate(() => {
    const g = window.__playground.instanceState.bindings.generation;
    window.__playground.refresh(window.__benchFrames());
    return g;
  });
  await page.waitForFunction((g) => window.__playground.instanceState.bindings.generation > g, g, { timeout: 120000 });
}

// In the page: the replay helpers (kept as source so each fresh page gets them cold).
const HELPERS = `(() => {
  const CLASS_OF = { shape: 'fl-shape', fg: 'fl-fg', marker: 'fl-marker', label: 'fl-label', under: 'fl-bind-under', over: 'fl-bind-over' };
  const svg = document.querySelector('[data-testid=faultline-canvas] svg');
  const cells = new Map();
  for (const el of svg.querySelectorAll('[data-cell-id]')) {
    const id = el.getAttribute('data-cell-id');
    if (!cells.has(id)) cells.set(id, el);
  }
  const kinds = (p) => {
    const k = {};
    for (const op of p.ops) {
      const n = op.texts ? 'text' : op.html !== undefined ? 'fragment' : op.attr ? op.attr : 'class';
      k[n] = (k[n] ?? 0) + 1;
    }
    return k;
  };
  // Each op's nodes, found before the clock starts; data-flow becomes the style property the panel sets.
  const resolve = (p) => p.ops.filter((op) => op.html === undefined).map((op) => {
    const root = cells.get(op.id);
    const cls = CLASS_OF[op.sel];
    const els = op.sel === 'root' ? [root] : cls ? Array.from(root.getElementsByClassName(cls)) : [];
    if (op.texts) {
      const nodes = [];
      const w = document.createTreeWalker(els[0], NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) nodes.push(n);
      return { kind: 0, nodes, texts: op.texts };
    }
    if (op.attr === 'data-flow') {
      const speed = Math.abs(Number(op.value)) || 1;
      return { kind: 2, els, v: Math.round(Math.min(60, Math.max(0.05, 4 / speed)) * 1000) + 'ms' };
    }
    if (op.attr) return { kind: 1, els, a: op.attr, v: op.value ?? '' };
    return { kind: 3, els, c: op.class, on: !!op.on };
  });
  const write = (ops) => {
    for (const o of ops) {
      if (o.kind === 0) { for (const [i, t] of o.texts) o.nodes[i].data = t; }
      else if (o.kind === 1) { for (const e of o.els) e.setAttribute(o.a, o.v); }
      else if (o.kind === 2) { for (const e of o.els) e.style.setProperty('--fl-flow-dur', o.v); }
      else { for (const e of o.els) e.classList.toggle(o.c, o.on); }
    }
  };
  // The first bind's fragments: one parse (inert template), then moved into their cells in place of the label.
  const fragments = (p) => {
    const ops = p.ops.filter((op) => op.html !== undefined);
    let text = '<svg xmlns="http://www.w3.org/2000/svg">';
    for (const op of ops) text += '<g>' + op.html + '</g>';
    const t = document.createElement('template');
    t.innerHTML = text + '</svg>';
    const holders = t.content.firstElementChild.children;
    for (let i = 0; i < ops.length; i++) {
      const cell = cells.get(ops[i].id);
      const old = cell.getElementsByClassName(CLASS_OF[ops[i].sel] ?? 'fl-label')[0];
      const parent = old ? old.parentNode : cell;
      const h = holders[i];
      while (h.firstChild) parent.insertBefore(document.adoptNode(h.firstChild), old ?? null);
      if (old) old.remove();
    }
    return ops.length;
  };
  // Data: what identifies each series (read from every frame), then the read values copied.
  const data = (frames, readSeries, buf) => {
    let ids = 0;
    for (let i = 0; i < frames.length; i++) {
      const f = frames[i];
      const fields = f.fields;
      for (let k = 0; k < fields.length; k++) {
        const x = fields[k];
        ids += (f.name?.length ?? 0) + (f.refId?.length ?? 0) + x.name.length + (x.config.displayNameFromDS?.length ?? 0);
        for (const l in x.labels) ids += l.length + x.labels[l].length;
      }
    }
    let at = 0;
    for (const s of readSeries) {
      const v = frames[s].fields[1].values;
      buf.set(v, at);
      at += v.length;
    }
    return ids + at;
  };
  return { kinds, resolve, write, fragments, data };
})()`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f1 = (x) => x.toFixed(x < 10 ? 2 : 1);

try {
  // 1. The real panel: first bind and two refreshes recorded, with the series the core reads.
  const page = await drawnPage();
  await page.evaluate(() => window.__playground.refresh(window.__benchFrames()));
  await page.waitForTimeout(500);
  await page.evaluate(RECORD);
  await page.evaluate((b) => window.__playground.replaceOptions({ ...window.__playground.options, bindings: b }), bindings());
  await page.waitForFunction(() => window.__patches.length > 0 && (window.__playground.instanceState?.bindings?.generation ?? 0) > 0, null, { timeout: 120000 });
  await page.waitForTimeout(1000);
  for (let i = 0; i < 5; i++) {
    await refresh(page);
  }
  const panel = await page.evaluate(() => window.__playground.instanceState.bindings.timing);
  await refresh(page);
  await refresh(page);
  const recorded = await page.evaluate(() => JSON.stringify({ first: window.__patches[0], refreshes: window.__patches.slice(-2) }));
  // Which series the core reads: the copied values of a refresh, as series of POINTS (the first ones of the same count).
  const readCount = Math.round(panel.copied / POINTS);
  const { first, refreshes: [p1, p2] } = JSON.parse(recorded);

  // 2. Refresh floor, in the same page (warm, as refreshes are): the two patches alternating, and the data.
  const refreshFloor = await page.evaluate(
    ({ helpers, p1, p2, rounds, readCount }) => {
      const h = (0, eval)(helpers);
      const ops = [h.resolve(p1), h.resolve(p2)];
      const dom = [];
      for (let k = 0; k < rounds; k++) {
        const t0 = performance.now();
        h.write(ops[k % 2]);
        dom.push(performance.now() - t0);
      }
      // The same writes by kind (text data, attributes, flow style), each timed on its own.
      const byKind = {};
      for (const [name, kind] of [['text', 0], ['attributes', 1], ['flow', 2]]) {
        const part = ops.map((o) => o.filter((x) => x.kind === kind));
        const t = [];
        for (let k = 0; k < rounds; k++) {
          const t0 = performance.now();
          h.write(part[k % 2]);
          t.push(performance.now() - t0);
        }
        byKind[name] = t.sort((a, b) => a - b)[Math.floor(t.length / 2)];
      }
      const read = Array.from({ length: readCount }, (_, i) => i);
      const buf = new Float64Array(readCount * 360);
      const data = [];
      for (let k = 0; k < rounds; k++) {
        const frames = window.__benchFrames();
        const t0 = performance.now();
        h.data(frames, read, buf);
        data.push(performance.now() - t0);
      }
      return { dom, data, byKind, kinds: h.kinds(p1) };
    },
    { helpers: HELPERS, p1, p2, rounds: ROUNDS, readCount }
  );
  await page.close();

  // 3. First-bind floor, once per fresh page (cold): the data walk and copy, the fragments, the other writes.
  const firsts = [];
  for (let i = 0; i < PAGES; i++) {
    const p = await drawnPage();
    firsts.push(
      await p.evaluate(
        ({ helpers, first, readCount }) => {
          const frames = window.__benchFrames();
          // The helpers index the drawn cells (a lookup, not counted either).
          const h = (0, eval)(helpers);
          const t0 = performance.now();
          h.data(frames, Array.from({ length: readCount }, (_, i) => i), new Float64Array(readCount * 360));
          const t1 = performance.now();
          const n = h.fragments(first);
          const t2 = performance.now();
          const ops = h.resolve(first);
          const t3 = performance.now();
          h.write(ops);
          const t4 = performance.now();
          // The floor leaves out finding the nodes (a design could do it when the SVG is drawn).
          return { data: t1 - t0, fragments: t2 - t1, fragmentCount: n, find: t3 - t2, writes: t4 - t3, total: t4 - t0 - (t3 - t2), kinds: h.kinds(first) };
        },
        { helpers: HELPERS, first, readCount }
      )
    );
    await p.close();
  }

  const result = {
    chromium: browser.version(),
    series: SERIES,
    points: POINTS,
    readSeries: readCount,
    refresh: {
      ops: p1.ops.length,
      kinds: refreshFloor.kinds,
      domMedian: median(refreshFloor.dom),
      domByKind: refreshFloor.byKind,
      dataMedian: median(refreshFloor.data),
      floorMedian: median(refreshFloor.dom.map((d, i) => d + refreshFloor.data[i])),
      panel: { encode: panel.encodeMs, core: panel.coreMs, apply: panel.applyMs },
    },
    firstBind: firsts,
  };
  if (args.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const r = result.refresh;
    console.log(`Bindings floor in Chromium ${result.chromium}: ${SERIES} series × ${POINTS} points, ${readCount} series read by the core`);
    console.log(`refresh: ${r.ops} ops ${JSON.stringify(r.kinds)}`);
    console.log(`  DOM writes alone   median ${f1(r.domMedian)} ms (${ROUNDS} rounds, two recorded patches alternating; by kind alone: text ${f1(r.domByKind.text)}, attributes ${f1(r.domByKind.attributes)}, flow style ${f1(r.domByKind.flow)})`);
    console.log(`  data alone         median ${f1(r.dataMedian)} ms (walk ${SERIES} frames, copy ${readCount} series)`);
    console.log(`  floor (both)       median ${f1(r.floorMedian)} ms   — goal ≤ 4 ms with the core included`);
    console.log(`  the panel, same page, one refresh: encode ${f1(r.panel.encode)}, core ${f1(r.panel.core)}, apply ${f1(r.panel.apply)} ms`);
    for (const [i, b] of firsts.entries()) {
      console.log(
        `first bind, fresh page ${i + 1}: floor ${f1(b.total)} ms (data ${f1(b.data)}, ${b.fragmentCount} fragments parsed and moved ${f1(b.fragments)}, other writes ${f1(b.writes)}; ` +
          `without the fragments ${f1(b.data + b.writes)}; not counted: finding the nodes ${f1(b.find)})  — goal ≤ 50 ms with the core included`
      );
    }
    console.log(`first bind ops: ${JSON.stringify(firsts[0]?.kinds)}`);
  }
} finally {
  await browser.close();
  server.close();
}
