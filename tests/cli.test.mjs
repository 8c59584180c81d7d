// The native CLI as a user runs it: real files in, SVG/PNG out, one-line failures with a non-zero status.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './helpers/browser.mjs';

const bin = path.join(root, 'target/release/faultline');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-cli-'));
const corpus = path.join(root, '..', 'shared', 'corpus');

function run(...args) {
  if (!fs.existsSync(bin)) {
    throw new Error(`${bin} is missing: run npm run build (or npm test) first`);
  }
  const r = spawnSync(bin, args, { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function oneLineFailure(r, pattern) {
  assert.notEqual(r.status, 0, `expected failure, got status 0: ${r.stderr}`);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `expected one line, got: ${r.stderr}`);
  assert.match(lines[0], pattern);
}

const fixture = path.join(root, 'tests/fixtures/pages.drawio');

test('renders a diagram to SVG with every drawn cell addressable', () => {
  const out = path.join(tmp, 'pages.svg');
  const r = run('render', fixture, '-o', out);
  assert.equal(r.status, 0, r.stderr);
  const svg = fs.readFileSync(out, 'utf8');
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="/);
  assert.ok((svg.match(/data-cell-id="/g) || []).length >= 1, 'no cells drawn');
  assert.doesNotMatch(svg, /<script|foreignObject|javascript:/i);
});

test('renders PNG at a scale, and the size follows the scale', () => {
  const one = path.join(tmp, 'one.png');
  const two = path.join(tmp, 'two.png');
  assert.equal(run('render', fixture, '-o', one).status, 0);
  assert.equal(run('render', fixture, '--scale', '2', '-o', two).status, 0);
  const dims = (f) => {
    const b = fs.readFileSync(f);
    assert.equal(b.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'not a PNG');
    return [b.readUInt32BE(16), b.readUInt32BE(20)];
  };
  const [w1, h1] = dims(one);
  const [w2, h2] = dims(two);
  assert.ok(Math.abs(w2 - 2 * w1) <= 1 && Math.abs(h2 - 2 * h1) <= 1, `${w1}x${h1} vs ${w2}x${h2}`);
});

test('pages by index and by name; an unknown page names the pages there are', () => {
  const byIndex = run('render', fixture, '--page', '1', '-o', path.join(tmp, 'p1.svg'));
  assert.equal(byIndex.status, 0, byIndex.stderr);
  oneLineFailure(run('render', fixture, '--page', 'No such page', '-o', path.join(tmp, 'x.svg')), /no page named "No such page"; pages are: /);
  oneLineFailure(run('render', fixture, '--page', '99', '-o', path.join(tmp, 'x.svg')), /page 99 does not exist/);
});

test('dark theme changes what default colours mean', () => {
  const light = path.join(tmp, 'light.svg');
  const dark = path.join(tmp, 'dark.svg');
  assert.equal(run('render', fixture, '-o', light).status, 0);
  assert.equal(run('render', fixture, '--theme', 'dark', '-o', dark).status, 0);
  assert.notEqual(fs.readFileSync(light, 'utf8'), fs.readFileSync(dark, 'utf8'));
  oneLineFailure(run('render', fixture, '--theme', 'sepia', '-o', path.join(tmp, 'x.svg')), /unknown theme "sepia"/);
});

test('bad input fails with one line that names the problem', () => {
  const bad = (name, content) => {
    const f = path.join(tmp, name);
    fs.writeFileSync(f, content);
    return f;
  };
  oneLineFailure(run('render', bad('broken.drawio', '<mxfile><diagram><mxGraphModel><root>'), '-o', path.join(tmp, 'x.svg')), /XML|truncated|unexpected end/i);
  oneLineFailure(run('render', bad('b64.drawio', '<mxfile><diagram>%%%not base64%%%</diagram></mxfile>'), '-o', path.join(tmp, 'x.svg')), /base64|URL encoding|compressed/i);
  oneLineFailure(run('render', bad('plain.txt', 'hello world'), '-o', path.join(tmp, 'x.svg')), /not a draw\.io document/);
  oneLineFailure(run('render', path.join(tmp, 'missing.drawio'), '-o', path.join(tmp, 'x.svg')), /cannot read .*missing\.drawio/);
  oneLineFailure(run('render', fixture, '-o', path.join(tmp, 'x.gif')), /\.svg or \.png/);
  const usage = run('render', fixture, '--bogus', '1', '-o', path.join(tmp, 'x.svg'));
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /unknown option --bogus/);
});

test('every corpus diagram renders to SVG', { skip: !fs.existsSync(corpus) && 'no ../shared/corpus here' }, () => {
  const files = fs.readdirSync(corpus).filter((f) => /\.(drawio|xml|svg)$/.test(f));
  assert.ok(files.length > 0);
  for (const f of files) {
    const r = run('render', path.join(corpus, f), '-o', path.join(tmp, 'corpus.svg'));
    assert.equal(r.status, 0, `${f}: ${r.stderr}`);
  }
});

test('analyze prints the blast radius and ranks the deepest failing dependency first', () => {
  const state = path.join(tmp, 'state.json');
  fs.writeFileSync(state, JSON.stringify({ by: 'service', nodes: { db: 'crit', api: 'crit', web: 'warn' } }));
  const r = run('analyze', path.join(root, 'tests/fixtures/chain.drawio'), '--state', state);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.graph.nodes, 3);
  assert.equal(out.graph.dependencies, 2);
  const db = out.blastRadius.find((b) => b.id === 'db');
  assert.deepEqual(db.impacted.map((n) => [n.id, n.hops]), [['api', 1], ['web', 2]]);
  assert.equal(out.candidates[0].id, 'db');
  assert.equal(out.candidates[0].explains, 3);
  fs.writeFileSync(state, '{"nodes": ');
  oneLineFailure(run('analyze', path.join(root, 'tests/fixtures/chain.drawio'), '--state', state), /state|JSON|EOF/i);
  oneLineFailure(run('analyze', path.join(root, 'tests/fixtures/chain.drawio')), /needs --state/);
});
