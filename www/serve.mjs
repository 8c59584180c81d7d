#!/usr/bin/env node
// The playground's server: plain node:http on 127.0.0.1, read-only, no directory listing, no traversal.
//   /                                         www/index.html
//   /scene.html                               www/scene.html (the panel in a @grafana/scenes scene)
//   /build/*                                  build/www/* (the bundled host)
//   /public/plugins/faultline-diagram-panel/* dist/* (where Grafana serves a plugin's files)
//   /files/demo, /files/corpus/<name>, /files/fixtures/<path>   diagrams the playground can pick
//   /api/files                                the list of those
// PORT picks the port (default 3000; 0 = any free port); a taken port falls back to a free one.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.resolve(root, '..', 'shared', 'corpus');

const MOUNTS = [
  { prefix: '/public/plugins/faultline-diagram-panel/', dir: path.join(root, 'dist') },
  { prefix: '/build/', dir: path.join(root, 'build', 'www') },
  { prefix: '/files/corpus/', dir: corpusDir },
  { prefix: '/files/fixtures/', dir: path.join(root, 'tests', 'fixtures') },
  // Grafana's icons, where @grafana/ui asks for them (menus, buttons).
  { prefix: '/public/build/img/icons/', dir: path.join(root, 'node_modules', '@grafana', 'ui', 'dist', 'public', 'img', 'icons') },
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.md': 'text/markdown; charset=utf-8',
  '.drawio': 'application/xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
};

/** The file under `dir` that `relative` names, or null when it would leave `dir` or is not a file. */
export function resolveInside(dir, relative) {
  let decoded;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) {
    return null;
  }
  const full = path.resolve(dir, '.' + path.posix.normalize('/' + decoded));
  if (full !== dir && !full.startsWith(dir + path.sep)) {
    return null;
  }
  let real;
  try {
    real = fs.realpathSync(full);
  } catch {
    return null;
  }
  // Symlinks must not lead out either.
  const realDir = fs.existsSync(dir) ? fs.realpathSync(dir) : dir;
  if (real !== realDir && !real.startsWith(realDir + path.sep)) {
    return null;
  }
  return fs.statSync(real).isFile() ? real : null;
}

function listFiles() {
  const files = [{ id: 'demo', label: 'Demo: microservices', group: 'Demo' }];
  if (fs.existsSync(corpusDir)) {
    for (const f of fs.readdirSync(corpusDir).sort()) {
      if (/\.(drawio|xml|svg|png|html)$/i.test(f)) {
        files.push({ id: `corpus/${f}`, label: f, group: 'Corpus' });
      }
    }
  }
  // Test fixtures, so a person can see what the tests draw.
  const fixtures = path.join(root, 'tests', 'fixtures');
  for (const sub of ['', 'xss']) {
    const dir = path.join(fixtures, sub);
    if (fs.existsSync(dir)) {
      for (const f of fs.readdirSync(dir).sort()) {
        if (fs.statSync(path.join(dir, f)).isFile()) {
          const id = sub ? `${sub}/${f}` : f;
          files.push({ id: `fixtures/${id}`, label: id, group: 'Fixtures' });
        }
      }
    }
  }
  return files;
}

function send(res, status, body, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

function sendFile(req, res, file) {
  const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
  const st = fs.statSync(file);
  // Revalidated on every load (no-cache), but a 304 lets the browser reuse its compiled scripts.
  const etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
  const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', ETag: etag, 'X-Content-Type-Options': 'nosniff' };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': st.size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(file).pipe(res);
}

export function handler(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'method not allowed\n');
    return;
  }
  let pathname;
  try {
    pathname = new URL(req.url, 'http://localhost').pathname;
  } catch {
    send(res, 400, 'bad request\n');
    return;
  }
  if (pathname === '/' || pathname === '/index.html') {
    sendFile(req, res, path.join(root, 'www', 'index.html'));
    return;
  }
  if (pathname === '/scene' || pathname === '/scene.html') {
    sendFile(req, res, path.join(root, 'www', 'scene.html'));
    return;
  }
  // Grafana serves this icon from its own public/ folder; @grafana/ui's npm package lacks it.
  if (pathname === '/public/build/img/icons/unicons/spinner.svg') {
    sendFile(req, res, path.join(root, 'www', 'img', 'spinner.svg'));
    return;
  }
  if (pathname === '/api/files') {
    send(res, 200, JSON.stringify(listFiles()), TYPES['.json']);
    return;
  }
  if (pathname === '/files/demo') {
    sendFile(req, res, path.join(root, 'www', 'demo', 'demo.drawio'));
    return;
  }
  for (const { prefix, dir } of MOUNTS) {
    if (pathname.startsWith(prefix)) {
      const file = resolveInside(dir, pathname.slice(prefix.length));
      if (file) {
        sendFile(req, res, file);
      } else {
        send(res, 404, 'not found\n');
      }
      return;
    }
  }
  send(res, 404, 'not found\n');
}

export function start(port = process.env.PORT ? Number(process.env.PORT) : 3000) {
  return new Promise((resolve, reject) => {
    const server = http.createServer(handler);
    server.once('error', (e) => {
      if (e.code === 'EADDRINUSE' && port !== 0) {
        // Taken: let the system pick a free port.
        server.close();
        start(0).then(resolve, reject);
      } else {
        reject(e);
      }
    });
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const need of ['dist/module.js', 'build/www/host.js']) {
    if (!fs.existsSync(path.join(root, need))) {
      console.error(`error: ${need} is missing: run npm run build first`);
      process.exit(1);
    }
  }
  const server = await start();
  console.log(`Faultline playground: http://127.0.0.1:${server.address().port}/`);
}
