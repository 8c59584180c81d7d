// www/serve.mjs: the URL it prints, its MIME types, the port fallback, and no way out of its folders.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { root } from './helpers/browser.mjs';

/** Starts `node www/serve.mjs` with PORT and resolves with its printed URL. */
function serve(port) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'www/serve.mjs')], {
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 10000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /^Faultline playground: (http:\/\/127\.0\.0\.1:(\d+)\/)$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1], port: Number(m[2]) });
      }
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`serve.mjs exited ${code}: ${out}`)));
  });
}

/** A raw GET: the path goes out exactly as written (fetch would normalise the dots away). */
function get(port, rawPath, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

let server;

before(async () => {
  for (const f of ['dist/module.js', 'build/www/host.js']) {
    assert.ok(fs.existsSync(path.join(root, f)), `${f} missing: run npm run build`);
  }
  server = await serve(0);
});

after(() => server?.child.kill());

describe('www/serve.mjs', () => {
  test('prints its 127.0.0.1 URL and serves the playground', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await get(server.port, '/');
    assert.equal(page.status, 200);
    assert.match(page.type, /^text\/html/);
    assert.match(page.body.toString(), /build\/host\.js/);
  });

  test('serves dist/ where Grafana serves plugins, .wasm as application/wasm', async () => {
    const base = '/public/plugins/faultline-diagram-panel/';
    assert.equal((await get(server.port, `${base}plugin.json`)).status, 200);
    const js = await get(server.port, `${base}module.js`);
    assert.equal(js.status, 200);
    assert.match(js.type, /^text\/javascript/);
    const wasmName = fs.readdirSync(path.join(root, 'dist')).find((f) => f.endsWith('.wasm'));
    const wasm = await get(server.port, base + wasmName);
    assert.equal(wasm.status, 200);
    assert.equal(wasm.type, 'application/wasm');
    assert.deepEqual(wasm.body.subarray(0, 4), Buffer.from([0, 0x61, 0x73, 0x6d]));
  });

  test('lists the demo, and the corpus when ../shared/corpus exists', async () => {
    const list = JSON.parse((await get(server.port, '/api/files')).body.toString());
    assert.equal(list[0].id, 'demo');
    assert.equal((await get(server.port, '/files/demo')).status, 200);
    const corpus = path.resolve(root, '..', 'shared', 'corpus');
    if (fs.existsSync(corpus)) {
      const first = list.find((f) => f.group === 'Corpus');
      assert.ok(first, 'corpus files listed');
      assert.equal((await get(server.port, `/files/${first.id}`)).status, 200);
    }
  });

  test('no directory traversal, no listing, read-only', async () => {
    const attempts = [
      '/public/plugins/faultline-diagram-panel/../../package.json',
      '/public/plugins/faultline-diagram-panel/%2e%2e/%2e%2e/package.json',
      '/public/plugins/faultline-diagram-panel/..%2f..%2fpackage.json',
      '/public/plugins/faultline-diagram-panel/..%5c..%5cpackage.json',
      '/public/plugins/faultline-diagram-panel/%2e%2e%2f%2e%2e%2fpackage.json',
      '/files/corpus/../../../../etc/passwd',
      '/files/corpus/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/files/fixtures/../../package.json',
      '/files/fixtures/%2e%2e/%2e%2e/www/serve.mjs',
      '/build/../../etc/passwd',
      '/build/%00host.js',
      '/build/host.js%00.png',
      '//etc/passwd',
      '/public/plugins/faultline-diagram-panel/',
      '/public/plugins/faultline-diagram-panel/img/',
      '/files/corpus/',
      '/../package.json',
      '/%2e%2e/package.json',
    ];
    for (const p of attempts) {
      const r = await get(server.port, p);
      assert.ok(r.status === 404 || r.status === 400, `${p} → ${r.status}`);
      assert.ok(!r.body.toString().includes('"name": "faultline"') && !r.body.toString().includes('root:'), `${p} leaked a file`);
    }
    assert.equal((await get(server.port, '/public/plugins/faultline-diagram-panel/plugin.json', 'POST')).status, 405);
    assert.equal((await get(server.port, '/public/plugins/faultline-diagram-panel/plugin.json', 'PUT')).status, 405);
  });

  test('falls back to a free port when PORT is taken', async () => {
    const blocker = net.createServer();
    await new Promise((r) => blocker.listen(0, '127.0.0.1', r));
    const taken = blocker.address().port;
    try {
      const other = await serve(taken);
      try {
        assert.notEqual(other.port, taken);
        assert.equal((await get(other.port, '/')).status, 200);
      } finally {
        other.child.kill();
      }
    } finally {
      blocker.close();
    }
  });
});
