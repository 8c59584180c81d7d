// The bindings benchmark's workload (issue 4 §8), shared by bindings.mjs (Chromium) and bind-core.mjs
// (the wasm core alone in Node): 1,000 services and 500 edges, 350 bindings, 5,000 series × 360 points.
// The same shapes as the core's native bench (examples/bind_bench.rs).

export const VERTICES = 1000;
export const EDGES = 500;
export const SERIES = 5000;
export const POINTS = 360;
export const METRICS = ['latency', 'errors', 'rps', 'cpu', 'mem'];

export function diagram() {
  let x = '<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>';
  for (let i = 0; i < VERTICES; i++) {
    const cx = (i % 40) * 140;
    const cy = Math.floor(i / 40) * 90;
    const html = i % 3 === 0 ? 'html=1;' : '';
    const label = i % 3 === 0 ? `&lt;b&gt;svc ${i}&lt;/b&gt;` : `svc ${i}`;
    x += `<UserObject id="v${i}" label="${label}" service="svc-${i}" tags="tier${i % 4}"><mxCell style="rounded=1;whiteSpace=wrap;${html}fillColor=#dae8fc;strokeColor=#6c8ebf" vertex="1" parent="1"><mxGeometry x="${cx}" y="${cy}" width="120" height="60" as="geometry"/></mxCell></UserObject>`;
  }
  for (let e = 0; e < EDGES; e++) {
    const s = (e * 2) % VERTICES;
    const t = (e * 2 + 1) % VERTICES;
    x += `<mxCell id="e${e}" style="endArrow=block;endFill=1" edge="1" source="v${s}" target="v${t}" parent="1"><mxGeometry relative="1" as="geometry"/></mxCell>`;
  }
  return x + '</root></mxGraphModel>';
}

export function bindings() {
  const b = [];
  for (let k = 0; k < 300; k++) {
    const ids = [0, 1, 2].map((j) => `v${(k * 3 + j) % VERTICES}`);
    const metric = METRICS[k % 2];
    const a = (k * 3) % VERTICES;
    const series =
      k % 3 === 0
        ? { labels: { service: '${cell.service}', metric } }
        : k % 3 === 1
          ? { displayNameRegex: `^\${cell.service} ${metric}$` }
          : { nameRegex: `^(svc-${a}|svc-${(a + 1) % VERTICES}|svc-${(a + 2) % VERTICES})-${metric}$` };
    b.push({
      id: `b${k}`,
      cells: { id: ids },
      series,
      reducer: k % 5 === 0 ? 'mean' : 'lastNotNull',
      thresholds: { steps: [{ value: 60, level: 'warn' }, { value: 85, level: 'crit' }] },
      color: { targets: ['fill', 'stroke'], when: 'always' },
      text: { mode: 'appendLine', unit: 'ms', decimals: 0 },
      blink: 'crit',
      links: [{ title: 'Runbook', url: 'https://wiki.example/${__cell.service}?from=${__from}' }],
    });
  }
  for (let k = 0; k < 40; k++) {
    b.push({
      id: `edges${k}`,
      cells: { idRegex: `^e${k}(\\d)?$` },
      series: { displayNameRegex: `^svc-${k}\\d* rps$` },
      reducer: 'last',
      thresholds: { steps: [{ value: 70, level: 'warn' }] },
      edge: { color: true, width: { from: 0, to: 100, min: 1, max: 5 }, flow: { speedFrom: 0, speedTo: 100 } },
    });
  }
  for (let k = 0; k < 10; k++) {
    b.push({
      id: `tier${k}`,
      cells: { tag: `tier${k % 4}`, attr: { service: { regex: `${k}$` } } },
      series: { labels: { service: '${cell.service}', metric: 'cpu' } },
      thresholds: { steps: [{ value: 90, level: 'crit' }] },
      color: { targets: ['labelBorder'], when: 'crit' },
    });
  }
  return { version: 1, combine: 'worst', bindings: b };
}

/** The descriptor the panel's encoder makes for these frames: one shared time column, then the series. */
export function descriptor() {
  const fields = [{ refId: 'A', name: 'Time', type: 'time', offset: 0, length: POINTS }];
  for (let s = 0; s < SERIES; s++) {
    const svc = s % VERTICES;
    const metric = METRICS[Math.floor(s / VERTICES)];
    fields.push({ refId: 'A', frame: `svc-${svc}-${metric}`, name: 'Value', displayName: `svc-${svc} ${metric}`, labels: { service: `svc-${svc}`, metric, env: 'prod' }, unit: 'ms', type: 'number', offset: s * POINTS, length: POINTS, timeOffset: 0 });
  }
  return JSON.stringify({ fields });
}

/** The series' values, random-walking: each call writes the next refresh's SERIES × POINTS values (series s at s·POINTS). */
export function valueWalk() {
  let seed = 1;
  const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const base = new Float64Array(SERIES).map(() => 50 + (rand() - 0.5) * 40);
  const wave = Float64Array.from({ length: POINTS }, (_, p) => Math.sin(p * 0.1));
  return (values) => {
    for (let s = 0; s < SERIES; s++) {
      base[s] = Math.min(120, Math.max(0, base[s] + (rand() - 0.5) * 6));
      for (let p = 0; p < POINTS; p++) {
        values[s * POINTS + p] = base[s] + wave[p];
      }
    }
  };
}

/**
 * The same frames as a data source response would bring them, made in the page: the source of a
 * function that returns a maker of one refresh's frames (plain objects, random-walking values).
 * Evaluated in the page as `(${pageFrames})()`: it closes over nothing of this module.
 */
export const pageFrames = `() => {
  const [SERIES, POINTS, VERTICES, METRICS] = ${JSON.stringify([SERIES, POINTS, VERTICES, METRICS])};
  const now = Date.now();
  const time = Array.from({ length: POINTS }, (_, i) => now - (POINTS - 1 - i) * 10_000);
  let seed = 1;
  const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const base = new Float64Array(SERIES).map(() => 50 + (rand() - 0.5) * 40);
  return () => {
    const frames = new Array(SERIES);
    for (let s = 0; s < SERIES; s++) {
      base[s] = Math.min(120, Math.max(0, base[s] + (rand() - 0.5) * 6));
      const values = new Array(POINTS);
      for (let p = 0; p < POINTS; p++) {
        values[p] = base[s] + Math.sin(p * 0.1);
      }
      const svc = s % VERTICES;
      const metric = METRICS[Math.floor(s / VERTICES)];
      frames[s] = {
        name: \`svc-\${svc}-\${metric}\`,
        refId: 'A',
        fields: [
          { name: 'Time', type: 'time', values: time, config: {} },
          // legendFormat-style display name, as Prometheus sets it (displayNameFromDS).
          { name: 'Value', type: 'number', values, labels: { service: \`svc-\${svc}\`, metric, env: 'prod' }, config: { unit: 'ms', displayNameFromDS: \`svc-\${svc} \${metric}\` } },
        ],
      };
    }
    return frames;
  };
}`;
