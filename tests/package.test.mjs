// npm run package: the zip Grafana installs. Layout, plugin.json, an AMD module.js that only uses what
// Grafana shares, the lazy chunk and the wasm beside it, and the plugin validator's offline analyzers.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { unzipSync } from 'fflate';
import semver from 'semver';

import { requireBuilt, root } from './helpers/browser.mjs';

const ID = 'faultline-diagram-panel';
const ALLOWED_EXTERNALS = ['react', 'react-dom', '@grafana/data', '@grafana/ui', '@grafana/runtime', 'rxjs', '@emotion/css', 'lodash'];
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

let outDir;
let zipPath;
let files; // name → bytes

before(() => {
  requireBuilt();
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-package-'));
  execFileSync(process.execPath, [path.join(root, 'scripts/package.mjs'), '--out', outDir, '--no-validate'], { stdio: 'pipe' });
  zipPath = path.join(outDir, `${ID}-${pkg.version}.zip`);
  files = unzipSync(fs.readFileSync(zipPath));
});

after(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

const text = (name) => new TextDecoder().decode(files[`${ID}/${name}`]);
const names = () => Object.keys(files).filter((n) => !n.endsWith('/'));

describe('plugin package', () => {
  test('zip is named after id and version, with everything under one top folder', () => {
    assert.ok(fs.existsSync(zipPath), `${path.basename(zipPath)} written`);
    for (const n of Object.keys(files)) {
      assert.ok(n.startsWith(`${ID}/`), `${n} under ${ID}/`);
      assert.ok(!n.includes('..') && !n.startsWith('/'), `${n} is a plain relative path`);
    }
  });

  test('has plugin.json, module.js, its chunk and source maps, the wasm, the logo, README, CHANGELOG and LICENSE', () => {
    const have = names().map((n) => n.slice(ID.length + 1));
    for (const f of ['plugin.json', 'module.js', 'module.js.map', 'img/logo.svg', 'README.md', 'CHANGELOG.md', 'LICENSE']) {
      assert.ok(have.includes(f), `${f} in the zip`);
    }
    // Three cores (DEVELOPERS.md "Three wasm modules"): the full one and the two drawing-only ones
    // (common, extended), each with its lazy glue chunk.
    for (const [chunk, built] of [['faultline-core', 'faultline_bg'], ['faultline-view', 'faultline_view_bg'], ['faultline-view-ext', 'faultline_view_ext_bg']]) {
      const chunks = have.filter((f) => new RegExp(`^${chunk}\\.[0-9a-f]{8}\\.js$`).test(f));
      assert.equal(chunks.length, 1, `one lazy chunk ${chunk} with its wasm-bindgen glue`);
      assert.ok(have.includes(`${chunks[0]}.map`), 'the chunk has its source map');
      const wasm = have.filter((f) => new RegExp(`^${built}\\.[0-9a-f]{8}\\.wasm$`).test(f));
      assert.equal(wasm.length, 1, `one ${built} wasm`);
      assert.deepEqual(Buffer.from(files[`${ID}/${wasm[0]}`]), fs.readFileSync(path.join(root, `build/pkg/${built}.wasm`)), 'the wasm is the core as built');
    }
    assert.equal(have.filter((f) => f.endsWith('.wasm')).length, 3, 'three wasm modules');
    assert.ok(have.every((f) => !/\.(ts|tsx)$|node_modules|\.DS_Store/.test(f)), 'no sources or junk');
    assert.match(text('LICENSE'), /Apache License\s+Version 2\.0/);
  });

  test('plugin.json is valid for Grafana', () => {
    const meta = JSON.parse(text('plugin.json'));
    assert.equal(meta.id, ID);
    assert.match(meta.id, /^[0-9a-z]+-([0-9a-z]+-)?(app|panel|datasource)$/, 'id follows <org>-<name>-panel');
    assert.equal(meta.type, 'panel');
    assert.ok(meta.name);
    assert.equal(meta.info.version, pkg.version, 'version from package.json');
    assert.match(meta.info.updated, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(meta.info.keywords.length > 0 && meta.info.description && meta.info.author?.name);
    for (const size of ['small', 'large']) {
      assert.ok(files[`${ID}/${meta.info.logos[size]}`], `logo ${size} in the zip`);
    }
    for (const link of meta.info.links ?? []) {
      assert.match(link.url, /^https:\/\//);
    }
    const range = meta.dependencies.grafanaDependency;
    assert.ok(semver.validRange(range), `grafanaDependency ${range} is a semver range`);
    for (const v of ['11.0.0', '11.6.3', '12.0.0', '12.4.10']) {
      assert.ok(semver.satisfies(v, range), `Grafana ${v} is covered`);
    }
    assert.ok(!semver.satisfies('13.0.0', range), 'Grafana 13 (React 19) is not claimed: it is untested');
    assert.ok(!meta.skipDataQuery, 'queries stay enabled: bindings need data');
    assert.ok(!JSON.stringify(meta).includes('%'), 'no unreplaced %VERSION%/%TODAY%');
  });

  test('module.js is an AMD module using only what Grafana shares', () => {
    const js = text('module.js');
    // The detection Grafana's loader uses before wrapping AMD sources.
    assert.match(js, /(?:^\uFEFF?|[^$_a-zA-Z\xA0-\uFFFF.])define\s*\(\s*\[/, 'an AMD define([...])');
    const deps = JSON.parse(`[${/define\s*\(\s*\[([^\]]*)\]/.exec(js)[1].replace(/'/g, '"')}]`);
    assert.ok(deps.includes('module'), 'asks for the AMD module meta (public path)');
    for (const d of deps.filter((x) => x !== 'module')) {
      assert.ok(ALLOWED_EXTERNALS.includes(d), `external ${d} is shared by Grafana`);
    }
    assert.ok(!/react\/jsx-runtime/.test(js), 'no react/jsx-runtime (Grafana < 11.6.11/12.0.10 lacks it)');
    assert.equal((js.match(/\bdefine\s*\(/g) || []).length, 1, 'one define');
    const chunk = names().find((n) => /faultline-core\.[0-9a-f]{8}\.js$/.test(n));
    const chunkJs = new TextDecoder().decode(files[chunk]);
    assert.ok(!/\bdefine\s*\(\s*\[/.test(chunkJs), 'the chunk is a webpack chunk, not another AMD module');
    assert.ok(js.includes(path.basename(chunk).replace(/\.js$/, '').split('.')[1]), 'module.js knows its chunk by content hash');
    // Thin shim: React, @grafana/* and the glue are not in module.js (any of them would add 100 KB or
    // more; the shim's own code is about 60 KiB; the gzipped first-paint budget is measured by speed.mjs).
    assert.ok(files[`${ID}/module.js`].length < 64 * 1024, `module.js is small (${files[`${ID}/module.js`].length} bytes)`);
    assert.ok(!js.includes('__wbindgen'), 'the wasm-bindgen glue is in the lazy chunk only');
  });

  test('sizes are reported', (t) => {
    const size = (n) => files[`${ID}/${n}`].length;
    const gz = (n) => gzipSync(files[`${ID}/${n}`], { level: 9 }).length;
    const lazy = names().filter((n) => /(faultline-(core|view)\.[0-9a-f]{8}\.js|\.wasm)$/.test(n)).map((n) => n.slice(ID.length + 1));
    t.diagnostic([`module.js ${size('module.js')} B (gzip ${gz('module.js')} B)`, ...lazy.map((f) => `${f} ${size(f)} B (gzip ${gz(f)} B)`)].join('; '));
  });

  test('the plugin validator\'s offline analyzers pass', async (t) => {
    const { validate, formatReport } = await import(pathToFileURL(path.join(root, 'scripts/validate-plugin.mjs')).href);
    const report = await validate(zipPath, { log: (m) => t.diagnostic(m) });
    if (!report.available) {
      t.skip(`plugin validator unavailable: ${report.reason}`);
      return;
    }
    for (const line of formatReport(report).split('\n')) t.diagnostic(line);
    const failed = report.results.filter((r) => r.result === 'fail');
    assert.deepEqual(failed, [], 'no analyzer fails');
    const passed = new Set(report.results.filter((r) => r.result === 'pass').map((r) => r.name));
    for (const name of ['archive', 'archivename', 'metadata', 'modulejs', 'jsMap', 'logos', 'readme', 'changelog', 'license', 'unsafesvg', 'trackingscripts', 'typesuffix', 'grafanadependency', 'restrictivedep', 'packagejson']) {
      assert.ok(passed.has(name), `${name} passes`);
    }
  });
});
