#!/usr/bin/env node
// Bindings speed in the real panel, in headless Chromium (issue 4 §8): 1,500 cells, 350 bindings,
// 5,000 series × 360 points as Grafana data frames. Prints the first bind (compile + first update
// + patch applied) and the refresh median/p95 (frames in → descriptor and buffers → core → patch
// applied to the live SVG), split into the panel's phases, the same with the live analysis off, plus a
// naive run when the core has one.
// The same diagram, bindings and series shapes as the core's native bench (examples/bind_bench.rs).
//
//   node scripts/bench/bindings.mjs [--refreshes 30] [--json] [--no-naive] [--reload] [--profile | --profile-first]
// --reload: after the refreshes, reload the page and time the first bind again (a returning visitor).
// Needs a build (npm run build). Not a test: it prints numbers.
import { launch, requireBuilt, startServer } from '../../tests/helpers/browser.mjs';
import { drawWorkload } from './lib/bind-page.mjs';
import { POINTS, SERIES, bindings } from './lib/bind-workload.mjs';

const args = process.argv.slice(2);
const arg = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const REFRESHES = Number(arg('refreshes', 30));
const JSON_OUT = args.includes('--json');

// CPU profile (self time per function, top 40) of what runs between start and stop: --profile
// (the refreshes) or --profile-first (the first bind).
async function startProfile(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return cdp;
}
async function stopProfile(cdp) {
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${v.toFixed(0).padStart(7)} ms  ${k}`).join('\n'));
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.round((s.length - 1) * p)];
};
const f1 = (x) => (x === undefined ? '–' : x.toFixed(x < 10 ? 2 : 1));

requireBuilt();
const { server, base } = await startServer();
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  // Panel, diagram, data, then the bindings (the first bind, timed); again after a reload with --reload.
  async function firstBind() {
    await drawWorkload(page, base);
    const cells = await page.evaluate(() => document.querySelectorAll('[data-testid=faultline-canvas] [data-cell-id]').length);

    // Data first (as on a dashboard: queries return before the panel is edited), then the bindings.
    await page.evaluate(() => window.__playground.refresh(window.__benchFrames()));
    await page.waitForTimeout(500);
    const gen0 = await page.evaluate(() => window.__playground.instanceState?.bindings?.generation ?? 0);
    const profileFirst = args.includes('--profile-first') ? await startProfile(page) : undefined;
    const t0 = Date.now();
    await page.evaluate((b) => window.__playground.replaceOptions({ ...window.__playground.options, bindings: b }), bindings());
    await page.waitForFunction((g) => (window.__playground.instanceState?.bindings?.generation ?? 0) > g, gen0, { timeout: 120000 });
    if (profileFirst) {
      await stopProfile(profileFirst);
    }
    const first = await page.evaluate(() => {
      const b = window.__playground.instanceState.bindings;
      return { compileMs: b.compileMs, ...b.timing, report: { ok: b.report.ok, errors: b.report.errors.slice(0, 3), bindings: b.report.bindings } };
    });
    return { first, firstWall: Date.now() - t0, cells };
  }
  const { first, firstWall, cells } = await firstBind();

  // withAnalysis: also wait for the dependency analysis, which an interactive panel runs in a task
  // of its own right after the update, and record it beside the refresh.
  async function refreshes(n, withAnalysis = true) {
    const out = [];
    for (let i = 0; i < n; i++) {
      const [g, runs] = await page.evaluate(() => {
        const b = window.__playground.instanceState.bindings;
        const before = [b.generation, b.analysisRun?.()?.runs ?? 0];
        window.__playground.refresh(window.__benchFrames());
        return before;
      });
      await page.waitForFunction((g) => window.__playground.instanceState.bindings.generation > g, g, { timeout: 120000 });
      if (withAnalysis) {
        await page.waitForFunction((r) => (window.__playground.instanceState.bindings.analysisRun?.()?.runs ?? 0) > r, runs, { timeout: 120000 });
      }
      out.push(await page.evaluate(() => ({ ...window.__playground.instanceState.bindings.timing, analysisRun: window.__playground.instanceState.bindings.analysisRun?.() })));
    }
    return out;
  }

  const cdp = args.includes('--profile') ? await startProfile(page) : undefined;
  const runs = await refreshes(REFRESHES);
  if (cdp) {
    await stopProfile(cdp);
  }
  const sum = (t) => t.encodeMs + t.coreMs + t.applyMs;
  const stats = (rs) => ({
    median: pct(rs.map(sum), 0.5),
    p95: pct(rs.map(sum), 0.95),
    encode: pct(rs.map((t) => t.encodeMs), 0.5),
    core: pct(rs.map((t) => t.coreMs), 0.5),
    apply: pct(rs.map((t) => t.applyMs), 0.5),
    ops: pct(rs.map((t) => t.ops), 0.5),
    // Inside core: the engine's phases (µs → ms); inside apply: the live analysis overlay.
    phases: ['ingestUs', 'matchUs', 'evalUs', 'patchUs'].map((k) => pct(rs.map((t) => (t.core?.[k] ?? NaN) / 1000), 0.5)),
    // The dependency analysis' own task after the update (ms), and its steps as the core timed them (µs → ms).
    analysisTask: pct(rs.map((t) => t.analysisRun?.ms ?? NaN), 0.5),
    analysisSteps: ['statesUs', 'analyzeUs', 'overlayUs'].map((k) => pct(rs.map((t) => (t.analysisRun?.steps?.[k] ?? NaN) / 1000), 0.5)),
    // Main-thread work per refresh: the update and the analysis task after it.
    withAnalysis: pct(rs.map((t) => sum(t) + (t.analysisRun?.ms ?? 0)), 0.5),
    zeroCopy: rs[0]?.zeroCopy ?? false,
  });
  const compiled = stats(runs);

  // The same refreshes with the live dependency analysis off (panel option analysis.enabled):
  // what the bindings cost on their own, beside the default (analysis on) above.
  await page.evaluate(() => {
    const o = window.__playground.options;
    window.__playground.replaceOptions({ ...o, analysis: { ...(o.analysis ?? {}), enabled: false } });
  });
  await page.waitForTimeout(300);
  const noAnalysis = stats(await refreshes(REFRESHES, false));
  await page.evaluate(() => {
    const o = window.__playground.options;
    window.__playground.replaceOptions({ ...o, analysis: { ...(o.analysis ?? {}), enabled: true } });
  });
  await page.waitForTimeout(300);

  let naive;
  const hasNaive = !args.includes('--no-naive') && (await page.evaluate(() => window.__playground.instanceState.bindings.setNaive?.(true) ?? false));
  if (hasNaive) {
    naive = stats(await refreshes(Math.max(5, Math.round(REFRESHES / 3)), false));
    await page.evaluate(() => window.__playground.instanceState.bindings.setNaive(false));
  }

  // A second visit: the same page reloaded, so the browser may reuse what it cached from the first
  // (the wasm module's compiled code among it); the first bind is timed again.
  let again;
  if (args.includes('--reload')) {
    const r = await firstBind();
    again = { totalMs: r.first.compileMs + r.first.encodeMs + r.first.coreMs + r.first.applyMs, compileMs: r.first.compileMs, encodeMs: r.first.encodeMs, coreMs: r.first.coreMs, applyMs: r.first.applyMs };
  }

  const result = {
    cells,
    bindings: first.report.bindings,
    series: SERIES,
    points: POINTS,
    firstBind: { totalMs: first.compileMs + first.encodeMs + first.coreMs + first.applyMs, compileMs: first.compileMs, encodeMs: first.encodeMs, coreMs: first.coreMs, applyMs: first.applyMs, ops: first.ops, copied: first.copied, points: first.points, wallMs: firstWall },
    refresh: compiled,
    refreshAnalysisOff: noAnalysis,
    firstBindAfterReload: again ?? null,
    naive: naive ?? null,
    chromium: await browser.version(),
  };
  if (JSON_OUT) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    if (!first.report.ok) {
      console.log('binding errors:', JSON.stringify(first.report.errors));
    }
    console.log(`Faultline bindings in Chromium ${result.chromium}: ${cells} cells, ${result.bindings} bindings, ${SERIES} series × ${POINTS} points`);
    const fb = result.firstBind;
    console.log(`first bind      ${f1(fb.totalMs)} ms  (compile ${f1(fb.compileMs)}, encode ${f1(fb.encodeMs)}, core ${f1(fb.coreMs)}, apply ${f1(fb.applyMs)}; ${fb.ops} ops; ${fb.copied} of ${fb.points} values copied)`);
    if (again) {
      console.log(`  after a reload ${f1(again.totalMs)} ms  (compile ${f1(again.compileMs)}, encode ${f1(again.encodeMs)}, core ${f1(again.coreMs)}, apply ${f1(again.applyMs)})`);
    }
    const fc = first.core;
    if (fc) {
      console.log(`  first update's core phases: ingest ${f1(fc.ingestUs / 1e3)}, match ${f1(fc.matchUs / 1e3)}, evaluate ${f1(fc.evalUs / 1e3)}, patch ${f1(fc.patchUs / 1e3)} ms`);
    }
    const line = (name, s) =>
      console.log(`${name.padEnd(15)} median ${f1(s.median)} ms, p95 ${f1(s.p95)} ms  (encode ${f1(s.encode)}, core ${f1(s.core)}, apply ${f1(s.apply)}; ${s.ops} ops${s.zeroCopy ? ', zero-copy' : ''})`);
    line('refresh', compiled);
    const ph = compiled.phases;
    console.log(`  core phases: ingest ${f1(ph[0])}, match ${f1(ph[1])}, evaluate ${f1(ph[2])}, patch ${f1(ph[3])} ms (rest of core: JSON out/in)`);
    const as = compiled.analysisSteps;
    console.log(`analysis task   median ${f1(compiled.analysisTask)} ms, right after each refresh in a task of its own (node states ${f1(as[0])}, blast radius + ranking ${f1(as[1])}, overlay ${f1(as[2])} ms); refresh + analysis task median ${f1(compiled.withAnalysis)} ms`);
    line('analysis off', noAnalysis);
    if (naive) {
      line('naive refresh', naive);
    } else {
      console.log('naive refresh   (this core has no naive mode: see the native bench, examples/bind_bench.rs)');
    }
  }
} finally {
  await browser.close();
  server.close();
}
