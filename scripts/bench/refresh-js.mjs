#!/usr/bin/env node
// The panel's two JS phases of a bindings refresh, alone, in headless Chromium, on the bindings
// benchmark's workload (issue 4 §8): FrameEncoder.encode over 5,000 Grafana frames (made with
// @grafana/data's createDataFrame, display names cleared as applyFieldOverrides leaves them) into a
// Float64Array standing for wasm memory, and PatchApplier.apply of the core's real refresh patches
// (recorded from the wasm core in Node) on the diagram's real SVG in the page. No core runs in the
// timed part, so the figures hold up better on a shared machine than those of bindings.mjs.
//
// With --against REV the same page also holds frames.ts and patch.ts as of that git revision: each
// round runs both, in alternating order, on the same frames and patch (each applier on its own copy
// of the SVG); their outputs must agree (descriptor, copied values, DOM), or the script fails.
//
//   node scripts/bench/refresh-js.mjs [--rounds 40] [--against main]
// Needs build/pkg (npm run build). Not a test: it prints numbers.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launch } from '../../tests/helpers/browser.mjs';
import { ROOT, parseArgs } from './lib/common.mjs';
import { POINTS, SERIES, bindings, descriptor, diagram, pageFrames, valueWalk } from './lib/bind-workload.mjs';

const args = parseArgs(process.argv.slice(2), { rounds: 'int', against: 'string' });
const ROUNDS = args.rounds ?? 40;

// The other revision's plugin sources, under build/ so that @grafana/data resolves from the repo.
let refDir;
if (args.against) {
  const rev = execFileSync('git', ['rev-parse', '--short', args.against], { cwd: ROOT, encoding: 'utf8' }).trim();
  refDir = path.join(ROOT, 'build/bench-ref', rev);
  fs.rmSync(refDir, { recursive: true, force: true });
  fs.mkdirSync(refDir, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${rev} plugin/src | tar -x -C "${refDir}"`], { cwd: ROOT });
  args.against = rev;
}

const esbuild = await import('esbuild');
const entry = (dir) => `import { FrameEncoder } from '${dir}/plugin/src/bind/frames'; import { PatchApplier } from '${dir}/plugin/src/bind/patch';`;
const bundle = await esbuild.build({
  stdin: {
    contents: `import { createDataFrame } from '@grafana/data';
${entry(ROOT).replace(/import \{ (\w+) \}/g, 'import { $1 as cur$1 }')}
${refDir ? entry(refDir).replace(/import \{ (\w+) \}/g, 'import { $1 as ref$1 }') : ''}
window.__rjs = { createDataFrame, cur: { FrameEncoder: curFrameEncoder, PatchApplier: curPatchApplier }${refDir ? ', ref: { FrameEncoder: refFrameEncoder, PatchApplier: refPatchApplier }' : ''} };`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2020',
  logLevel: 'error',
});

// The core's patches for this workload: the SVG, the first bind's patch, then a refresh's patches.
const pkg = path.join(ROOT, 'build/pkg');
if (!fs.existsSync(path.join(pkg, 'faultline.js'))) {
  throw new Error('build/pkg/faultline.js is missing: run npm run build first');
}
const glue = await import(`data:text/javascript;base64,${fs.readFileSync(path.join(pkg, 'faultline.js')).toString('base64')}`);
glue.initSync({ module: fs.readFileSync(path.join(pkg, 'faultline_bg.wasm')) });
const now = 1.7e12;
const times = Float64Array.from({ length: POINTS }, (_, p) => now - (POINTS - 1 - p) * 10_000);
const fill = valueWalk();
const d = glue.Diagram.load(new TextEncoder().encode(diagram()), {});
const svg = d.svg;
d.setBindings(JSON.stringify(bindings()));
const update = (frames) => {
  d.prepare(SERIES * POINTS, POINTS);
  fill(d.valuesView());
  d.timesView().set(times);
  const patch = d.updatePrepared(frames, now, times[0], now);
  return typeof patch === 'string' ? patch : JSON.stringify(patch);
};
const first = update(descriptor());
const patches = Array.from({ length: 20 }, () => update(''));
d.free();

const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.setContent('<!doctype html><html><body><div id="cur"></div><div id="ref"></div></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  await page.evaluate(`window.__benchFrames = (${pageFrames})()`);
  const out = await page.evaluate(
    async ({ SERIES, POINTS, ROUNDS, svg, first, patches }) => {
      const { createDataFrame, ...variants } = window.__rjs;
      const names = Object.keys(variants);
      // As the playground hands them to the panel: createDataFrame, then applyFieldOverrides' new
      // field objects with the display name cleared (the encoder computes it again).
      const frames = () =>
        window.__benchFrames().map((p) => {
          const f = createDataFrame(p);
          f.fields = f.fields.map((x) => ({ ...x, config: { ...x.config }, state: { displayName: null } }));
          return f;
        });
      // One "wasm memory" per variant, so neither reads what the other wrote.
      const run = {};
      for (const n of names) {
        const host = document.getElementById(n);
        host.innerHTML = svg;
        const mem = new Float64Array(SERIES * POINTS + POINTS);
        run[n] = {
          enc: new variants[n].FrameEncoder(),
          alloc: (nv, nt) => ({ values: mem.subarray(0, nv), times: mem.subarray(nv, nv + nt) }),
          app: new variants[n].PatchApplier(host.querySelector('svg')),
          encodeMs: [],
          applyMs: [],
          outs: [],
        };
        run[n].app.apply(JSON.parse(first));
      }
      const needed = new Set(Array.from({ length: 1400 }, (_, i) => 1 + ((i * 3571) % SERIES)));
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      for (let r = 0; r < ROUNDS + 2; r++) {
        const fr = frames();
        const patch = patches[r % patches.length];
        const order = r % 2 ? names : [...names].reverse();
        await frame();
        for (const n of order) {
          const v = run[n];
          let t = performance.now();
          const e = v.enc.encode(fr, v.alloc);
          const encodeMs = performance.now() - t;
          if (r === 0) {
            v.enc.setNeeded(needed);
          }
          const p = JSON.parse(patch); // a fresh object, as the core's
          t = performance.now();
          const s = v.app.apply(p);
          const applyMs = performance.now() - t;
          if (r >= 2) {
            // The first two rounds warm up (the first sends the whole descriptor).
            v.encodeMs.push(encodeMs);
            v.applyMs.push(applyMs);
          }
          let sum = 0;
          for (const i of needed) {
            sum += e.values[i * POINTS + POINTS - 1];
          }
          v.outs.push(`${e.desc.length}:${e.copied}:${sum}:${s.applied}/${s.skipped}`);
        }
      }
      const stat = (xs) => {
        const s = [...xs].sort((a, b) => a - b);
        return { median: s[Math.floor(s.length / 2)], min: s[0] };
      };
      const dom = names.map((n) => document.querySelector(`#${n} svg`).outerHTML);
      return {
        variants: Object.fromEntries(names.map((n) => [n, { encode: stat(run[n].encodeMs), apply: stat(run[n].applyMs), outs: run[n].outs }])),
        sameDom: dom.every((x) => x === dom[0]),
        ops: JSON.parse(patches[0]).ops.length,
      };
    },
    { SERIES, POINTS, ROUNDS, svg, first, patches }
  );
  const f = (x) => x.toFixed(2);
  console.log(`Panel JS phases in Chromium ${browser.version()}: ${SERIES} frames × ${POINTS} points (1,400 fields needed), patches of ~${out.ops} ops, ${ROUNDS} rounds`);
  for (const [n, v] of Object.entries(out.variants)) {
    const label = n === 'cur' ? 'working tree' : args.against;
    console.log(`${label.padEnd(13)} encode median ${f(v.encode.median)} ms (min ${f(v.encode.min)}), apply median ${f(v.apply.median)} ms (min ${f(v.apply.min)})`);
  }
  if (refDir) {
    const [a, b] = Object.values(out.variants);
    if (JSON.stringify(a.outs) !== JSON.stringify(b.outs) || !out.sameDom) {
      console.error('the two revisions disagree (descriptor, copied values, op counts or DOM)');
      process.exitCode = 1;
    }
  }
} finally {
  await browser.close();
}
