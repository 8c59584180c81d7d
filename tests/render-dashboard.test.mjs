// `faultline render --dashboard`: a live panel drawn without a browser, with its data fetched over
// real HTTP on loopback from a fake Prometheus and a fake Grafana (`/api/ds/query`), checked by the
// colours in the image and by what each server was asked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { root } from './helpers/browser.mjs';

const bin = path.join(root, 'target/release/faultline');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-dash-'));
const diagram = fs.readFileSync(path.join(root, 'tests/fixtures/chain.drawio'), 'utf8');

// web/api/db boxes (chain.drawio) coloured by the `up`-style series of their service.
const bindings = {
  version: 1,
  bindings: [{
    id: 'health',
    cells: { attr: { service: '*' } },
    series: { labels: { service: '${cell.service}' } },
    reducer: 'last',
    thresholds: { type: 'number', steps: [{ value: 1, level: 'warn' }, { value: 5, level: 'crit' }], op: 'ge' },
    color: { targets: ['fill'], when: 'always' },
  }],
};

function dashboard(targets, datasource) {
  return {
    uid: 'shop', title: 'Shop', time: { from: 'now-1h', to: 'now' },
    templating: { list: [{ name: 'env', current: { value: 'prod' } }] },
    panels: [{
      id: 7, type: 'faultline-diagram-panel', title: 'Checkout path', datasource, targets,
      options: { source: { kind: 'text', text: diagram }, fit: 'both', zoom: 1, bindings },
    }],
  };
}

const errorsPerService = { web: 0, api: 2, db: 9 }; // ok, warn, crit
const seen = { prometheus: [], grafana: [] };
let server;
let base;

before(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      const json = (code, v) => { res.writeHead(code, { 'content-type': 'application/json' }); res.end(JSON.stringify(v)); };
      if (url.pathname === '/prom/api/v1/query_range') {
        seen.prometheus.push(Object.fromEntries(url.searchParams));
        const start = Number(url.searchParams.get('start'));
        return json(200, { status: 'success', data: { resultType: 'matrix', result: Object.entries(errorsPerService).map(([service, v]) => ({
          metric: { __name__: 'errors', service, env: 'prod' },
          values: [[start, '0'], [start + 60, String(v)]],
        })) } });
      }
      if (url.pathname === '/grafana/api/ds/query' && req.method === 'POST') {
        seen.grafana.push({ auth: req.headers.authorization, body: JSON.parse(body) });
        if (req.headers.authorization !== 'Bearer glsa_test') return json(401, { message: 'invalid API key' });
        const frames = Object.entries(errorsPerService).map(([service, v]) => ({
          schema: { refId: 'A', fields: [{ name: 'Time', type: 'time' }, { name: 'Value', type: 'number', labels: { service } }] },
          data: { values: [[1000, 2000], [0, v]] },
        }));
        return json(200, { results: { A: { status: 200, frames } } });
      }
      json(404, { error: 'not found' });
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

function run(args, env = {}) {
  assert.ok(fs.existsSync(bin), `${bin} is missing: run npm run build (or npm test) first`);
  return new Promise((resolve) => {
    const p = spawn(bin, args, { env: { ...process.env, ...env } });
    let stderr = '';
    p.stderr.on('data', (c) => { stderr += c; });
    p.on('close', (status) => resolve({ status, stderr }));
  });
}

function writeDash(name, dash) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, JSON.stringify(dash));
  return file;
}

/** Colour counts of the pixels, by nearest of the expected level colours. */
function levelPixels(file) {
  const png = PNG.sync.read(fs.readFileSync(file));
  const want = { ok: [0x56, 0xa6, 0x4b], warn: [0xff, 0x98, 0x30], crit: [0xe0, 0x2f, 0x44] };
  const counts = { ok: 0, warn: 0, crit: 0 };
  for (let i = 0; i < png.data.length; i += 4) {
    for (const [k, [r, g, b]] of Object.entries(want)) {
      if (Math.abs(png.data[i] - r) < 6 && Math.abs(png.data[i + 1] - g) < 6 && Math.abs(png.data[i + 2] - b) < 6) counts[k]++;
    }
  }
  return { counts, width: png.width, height: png.height };
}

test('from Prometheus: each box takes its level colour, variables and the time range reach the query', async () => {
  const dash = writeDash('prom.json', dashboard([{ refId: 'A', expr: 'sum by (service) (errors{env="$env"})' }], { type: 'prometheus', uid: 'prom' }));
  const out = path.join(tmp, 'prom.png');
  const r = await run(['render', '--dashboard', dash, '--panel', '7', '--prometheus', `${base}/prom`, '--from', '1764072000000', '--to', '1764075600000', '--width', '800', '--height', '300', '--theme', 'light', '-o', out]);
  assert.equal(r.status, 0, r.stderr);
  const q = seen.prometheus.at(-1);
  assert.equal(q.query, 'sum by (service) (errors{env="prod"})');
  assert.equal(q.start, '1764072000');
  assert.equal(q.end, '1764075600');
  const { counts, width, height } = levelPixels(out);
  assert.deepEqual([width, height], [800, 300]);
  for (const level of ['ok', 'warn', 'crit']) assert.ok(counts[level] > 500, `no ${level} box: ${JSON.stringify(counts)}`);
});

test('from Grafana /api/ds/query with a token; JPEG output', async () => {
  const dash = writeDash('grafana.json', { dashboard: dashboard([{ refId: 'A', expr: 'errors' }], { type: 'prometheus', uid: 'prom' }) });
  const out = path.join(tmp, 'grafana.jpg');
  const r = await run(['render', '--dashboard', dash, '--panel', '7', '--grafana', `${base}/grafana`, '-o', out], { FAULTLINE_GRAFANA_TOKEN: 'glsa_test' });
  assert.equal(r.status, 0, r.stderr);
  const call = seen.grafana.at(-1);
  assert.equal(call.auth, 'Bearer glsa_test');
  assert.equal(call.body.queries[0].datasource.uid, 'prom', 'the query carries the panel data source');
  assert.ok(Number(call.body.to) - Number(call.body.from) === 3600_000, 'the dashboard range (1 h) is sent');
  const jpg = fs.readFileSync(out);
  assert.deepEqual([...jpg.subarray(0, 3)], [0xff, 0xd8, 0xff], 'a JPEG');
  assert.doesNotMatch(r.stderr, /glsa_test/, 'the token is never printed');
});

test('the analysis overlay is drawn as in the panel: rings, count, badges, the rest dimmed; causes listed', async () => {
  // chain.drawio plus a shape nothing depends on: web → api → db, db failing, api warning.
  const withDocs = diagram.replace('</root>', '<mxCell id="docs" value="docs" style="rounded=1" vertex="1" parent="1"><mxGeometry x="0" y="100" width="80" height="40" as="geometry"/></mxCell></root>');
  const dash = dashboard([{ refId: 'A', expr: 'errors' }], { type: 'prometheus', uid: 'prom' });
  dash.panels[0].options.source.text = withDocs;
  // As the panel's editor saves them (topList is the panel's own box).
  dash.panels[0].options.analysis = { enabled: true, arrow: 'dependsOn', topList: true, rankBadges: true };
  const file = writeDash('analysis.json', dash);
  const out = path.join(tmp, 'analysis.svg');
  const r = await run(['render', '--dashboard', file, '--panel', '7', '--prometheus', `${base}/prom`, '-o', out]);
  assert.equal(r.status, 0, r.stderr);
  const svg = fs.readFileSync(out, 'utf8');
  const layer = svg.match(/<g class="fl-analysis"[^>]*>(.*?)<\/g><\/svg>/s)?.[1] ?? '';
  const rings = (cls) => [...layer.matchAll(new RegExp(`class="fl-an-ring ${cls}" data-for="([^"]+)"`, 'g'))].map((m) => m[1]).sort();
  assert.deepEqual(rings('fl-an-fail'), ['db'], 'the failing root is ringed red');
  assert.deepEqual(rings('fl-an-impact'), ['api', 'web'], 'what depends on it is ringed as impacted');
  assert.match(layer, /class="fl-an-count" data-for="db" data-count="2"/);
  assert.deepEqual([...layer.matchAll(/class="fl-an-badge" data-for="([^"]+)" data-rank="(\d)"/g)].map((m) => `${m[2]}:${m[1]}`), ['1:db', '2:api']);
  assert.match(svg, /<g data-cell-id="docs" opacity="0\.3"/, 'a shape outside the incident is dimmed');
  assert.match(svg, /<g data-cell-id="db" class=/, 'the failing shape is not dimmed');
  assert.match(r.stderr, /root-cause candidate 1: db \(explains 2 of 2 alerts\)/);
  assert.doesNotMatch(r.stderr, /candidate 3/, 'only candidates that explain an alert are listed');
  assert.doesNotMatch(r.stderr, /analysis options/, 'the panel\'s saved analysis options are accepted');
  // Off in the panel's options: no overlay.
  dash.panels[0].options.analysis = { enabled: false };
  const off = path.join(tmp, 'analysis-off.svg');
  assert.equal((await run(['render', '--dashboard', writeDash('analysis-off.json', dash), '--panel', '7', '--prometheus', `${base}/prom`, '-o', off])).status, 0);
  assert.doesNotMatch(fs.readFileSync(off, 'utf8'), /fl-analysis|opacity="0\.3"/);
});

test('failures are one clear line: unknown panel, bad token, unreachable server, bad time', async () => {
  const dash = writeDash('d.json', dashboard([{ refId: 'A', expr: 'errors' }], null));
  let r = await run(['render', '--dashboard', dash, '--panel', '3', '-o', path.join(tmp, 'x.png')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr.trim(), /^faultline: .*dashboard has no panel with id 3 \(panel ids: 7\)$/);
  r = await run(['render', '--dashboard', dash, '--panel', '7', '--grafana', `${base}/grafana`, '--token', 'wrong', '-o', path.join(tmp, 'y.png')]);
  assert.equal(r.status, 0, 'drawn without data');
  assert.match(r.stderr, /HTTP 401: .*invalid API key/);
  r = await run(['render', '--dashboard', dash, '--panel', '7', '--prometheus', 'http://127.0.0.1:9', '-o', path.join(tmp, 'z.png')]);
  assert.equal(r.status, 0);
  assert.match(r.stderr, /query A: Prometheus http:\/\/127\.0\.0\.1:9: /);
  r = await run(['render', '--dashboard', dash, '--panel', '7', '--from', 'yesterday', '-o', path.join(tmp, 'w.png')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /time "yesterday" is not understood/);
});
