#!/usr/bin/env node
// npm run package: dist/ → faultline-diagram-panel-<version>.zip (top folder named after the plugin id,
// as Grafana's catalogue and the plugin validator expect), then the validator's offline analyzers.
//   node scripts/package.mjs [--out DIR] [--no-validate]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ID = 'faultline-diagram-panel';
export const REQUIRED = ['plugin.json', 'module.js', 'img/logo.svg', 'README.md', 'CHANGELOG.md', 'LICENSE'];

function die(msg) {
  console.error(`error: ${msg}`);
  process.exit(1);
}

function listFiles(dir, prefix = '') {
  const out = [];
  for (const e of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) {
      out.push(...listFiles(dir, rel));
    } else if (e.isFile() && !e.name.startsWith('.')) {
      out.push(rel);
    }
  }
  return out.sort();
}

export function packagePlugin({ dist = path.join(root, 'dist'), outDir = root } = {}) {
  if (!fs.existsSync(dist)) {
    throw new Error('dist/ is missing: run npm run build first');
  }
  const files = listFiles(dist);
  for (const f of REQUIRED) {
    if (!files.includes(f)) {
      throw new Error(`dist/${f} is missing: run npm run build`);
    }
  }
  if (!files.some((f) => f.endsWith('.wasm'))) {
    throw new Error('dist/ has no .wasm: run npm run build');
  }
  const meta = JSON.parse(fs.readFileSync(path.join(dist, 'plugin.json'), 'utf8'));
  if (meta.id !== ID) {
    throw new Error(`dist/plugin.json id is ${meta.id}, expected ${ID}`);
  }
  const version = meta.info?.version;
  if (!version || version.includes('%')) {
    throw new Error('dist/plugin.json has no version: the build did not fill %VERSION%');
  }
  // Fixed timestamps keep the zip reproducible for the same dist/.
  const mtime = new Date('2000-01-01T00:00:00Z');
  const entries = {};
  for (const f of files) {
    entries[`${ID}/${f}`] = [fs.readFileSync(path.join(dist, f)), { mtime, level: f.endsWith('.png') || f.endsWith('.pack') ? 0 : 9 }];
  }
  const zip = zipSync(entries);
  const out = path.join(outDir, `${ID}-${version}.zip`);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(out, zip);
  return { zip: out, version, files };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outIdx = args.indexOf('--out');
  const outDir = outIdx >= 0 ? path.resolve(args[outIdx + 1]) : root;
  let result;
  try {
    result = packagePlugin({ outDir });
  } catch (e) {
    die(e.message);
  }
  const kb = (fs.statSync(result.zip).size / 1024).toFixed(1);
  console.log(`package: ${path.relative(process.cwd(), result.zip) || result.zip} (${kb} KB, ${result.files.length} files)`);
  if (!args.includes('--no-validate')) {
    const { validate, formatReport } = await import(pathToFileURL(path.join(root, 'scripts/validate-plugin.mjs')).href);
    const report = await validate(result.zip);
    console.log(formatReport(report));
    if (!report.ok) {
      process.exit(1);
    }
  }
}
