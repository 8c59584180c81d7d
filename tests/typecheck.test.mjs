// The plugin and the playground host type-check against the @grafana/* 12.x and React 18 types.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';

import { root } from './helpers/browser.mjs';

test('tsc --noEmit -p plugin/tsconfig.json', () => {
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'plugin/tsconfig.json')], { encoding: 'utf8', timeout: 180_000 });
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
});
