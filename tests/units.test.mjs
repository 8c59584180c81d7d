// Unit-format parity: the core's Grafana units (src/bind/units.rs, used for labels, tooltips and
// the inspector) must print exactly what @grafana/data's getValueFormat(unit)(value, decimals) prints,
// for every unit the core knows, over a grid of values and decimals. Runs the built wasm in Node.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';

import { requireBuilt, root } from './helpers/browser.mjs';

// Date units print in UTC on both sides (the core gets no time zone here).
process.env.TZ = 'UTC';
// @grafana/data's value formats read a few browser globals on first use (locale, feature toggles).
globalThis.window ??= globalThis;
if (!globalThis.navigator) {
  Object.defineProperty(globalThis, 'navigator', { value: { language: 'en-US', languages: ['en-US'] } });
}

const VALUES = [
  0, 1, -1, 0.5, -0.5, 0.001, 0.0123, 1.005, 2.5, 12.345, 42, 99.95, 999, 999.5, 1000, 1023, 1024, 1500, 65536, 86400,
  123456, 1e6, 1048576, 123456789, 3.14159e9, 1e12, 1.5e12, 1.7e12, 2 ** 53, 1e15, -42.42, -1500, -123456789,
];
const DECIMALS = [undefined, 0, 1, 2, 3];

test('every core unit formats like @grafana/data getValueFormat', async () => {
  requireBuilt();
  const vf = createRequire(import.meta.url)(path.join(root, 'node_modules/@grafana/data/dist/cjs/valueFormats/valueFormats.cjs'));
  const core = await import(pathToFileURL(path.join(root, 'build/pkg/faultline.js')).href);
  await core.default({ module_or_path: fs.readFileSync(path.join(root, 'build/pkg/faultline_bg.wasm')) });

  const ids = core.unitIds();
  assert.ok(ids.length > 200, `the core knows ${ids.length} units`);
  // Units Grafana knows too (a core-only id would make getValueFormat fall back and hide a gap).
  const known = new Set(vf.getValueFormats().flatMap((c) => c.submenu.map((u) => u.value)));
  const mismatches = [];
  let compared = 0;
  for (const unit of ids) {
    if (!known.has(unit)) {
      mismatches.push(`${unit}: not a Grafana unit`);
      continue;
    }
    const grafana = vf.getValueFormat(unit);
    for (const v of VALUES) {
      for (const d of DECIMALS) {
        const want = vf.formattedValueToString(grafana(v, d));
        let got;
        try {
          got = core.formatValue(unit, v, d);
        } catch (e) {
          got = `error: ${e.message}`;
        }
        compared++;
        if (got !== want) {
          mismatches.push(`${unit}(${v}, ${d}): core ${JSON.stringify(got)}, Grafana ${JSON.stringify(want)}`);
        }
      }
    }
  }
  assert.deepEqual(mismatches.slice(0, 30), [], `${mismatches.length} of ${compared} differ`);
  assert.ok(compared > 30000, `compared ${compared}`);

  // An unknown unit is an error naming it (the editor shows it), not a silent fallback.
  assert.throws(() => core.formatValue('msecs', 1, 0), /msecs/);
});
