#!/usr/bin/env node
// Runs Grafana's plugin validator (plugincheck2 from grafana/plugin-validator) on the plugin zip, one
// analyzer at a time (`-analyzer NAME`), so analyzers that need the network can be told apart from real
// findings. `npx @grafana/plugin-validator` downloads a prebuilt binary from GitHub, which is not
// reachable here, so the same tool is built with Go and cached outside the repo:
//   1. $PLUGINCHECK2 (a plugincheck2 binary you built), or the one cached by step 2
//      (${XDG_CACHE_HOME:-~/.cache}/faultline/plugincheck2-<tag>);
//   2. else `go install github.com/grafana/plugin-validator/pkg/cmd/plugincheck2@<tag>` (module proxy).
// When neither works the report says why and `available` is false. (On this workplace's machines the
// Go module proxy answers 403 for github.com/grafana/plugin-validator, so step 2 fails there.)
//   node scripts/validate-plugin.mjs [ZIP]
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const VALIDATOR_MODULE = 'github.com/grafana/plugin-validator';
export const VALIDATOR_TAG = 'v0.45.6';

/**
 * Every analyzer of plugincheck2, with why some cannot pass here. `source: true` runs it against the
 * plugin's source (plugin/, whose src/ the source maps point into).
 */
export const ANALYZERS = [
  { name: 'archive' },
  { name: 'archivename' },
  { name: 'metadata' },
  { name: 'metadatapaths', offline: 'needs metadatavalid, which fetches plugin.schema.json from GitHub' },
  { name: 'metadatavalid', offline: 'fetches plugin.schema.json from GitHub' },
  { name: 'nestedmetadata' },
  { name: 'modulejs' },
  { name: 'jsMap', source: true },
  { name: 'logos' },
  { name: 'readme' },
  { name: 'changelog' },
  { name: 'license' },
  { name: 'unsafesvg' },
  { name: 'trackingscripts' },
  { name: 'typesuffix' },
  { name: 'pluginname' },
  { name: 'grafanadependency' },
  { name: 'restrictivedep' },
  { name: 'includesnested' },
  { name: 'backendbinary' },
  { name: 'backenddebug' },
  { name: 'binarypermissions' },
  { name: 'circulardependencies' },
  { name: 'discoverability' },
  { name: 'jargon' },
  { name: 'templatereadme' },
  { name: 'screenshots', offline: 'needs metadatavalid, which fetches plugin.schema.json from GitHub' },
  { name: 'sponsorshiplink' },
  { name: 'safelinks' },
  { name: 'checksum' },
  { name: 'packagejson', source: 'root' },
  { name: 'sdkusage', source: true },
  { name: 'go-manifest', source: true },
  { name: 'plugindocs', source: true },
  { name: 'govulncheck', accept: /govulncheck not installed/, why: 'no Go backend to scan' },
  { name: 'virusscan' },
  { name: 'provenance' },
  { name: 'org', offline: 'checks the org slug on grafana.com' },
  { name: 'manifest', accept: /unsigned plugin/, why: 'a development build is not signed' },
  { name: 'signature', accept: /unsigned plugin/, why: 'a development build is not signed', offline: 'fetches signing keys from grafana.com' },
  { name: 'buildtools', source: true, accept: /non-standard frontend build tooling/, why: 'Faultline builds with its own small webpack config, not create-plugin\'s .config/ (a catalogue-review rule)' },
  { name: 'legacyplatform', offline: 'fetches Angular detection patterns from grafana.com' },
  { name: 'legacybuilder', offline: 'asks grafana.com whether the plugin is published' },
  { name: 'published-plugin', offline: 'asks grafana.com whether the plugin is published' },
  { name: 'version', offline: 'compares with the published version on grafana.com' },
  { name: 'brokenlinks', offline: 'fetches every link' },
  { name: 'reactcompat', offline: 'runs npx react-detect (network)' },
  { name: 'code-rules', source: true, offline: 'needs semgrep' },
  { name: 'go-sec', source: true, accept: /gosec not installed/, why: 'no Go backend to scan' },
];

function cacheDir() {
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'faultline');
}

function have(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function lastLines(text, n = 3) {
  return String(text || '').trim().split('\n').slice(-n).join(' | ');
}

/** Path of a working plugincheck2, building it when missing; `{ bin }` or `{ reason }`. */
export function ensureValidator({ log = console.error } = {}) {
  if (process.env.PLUGINCHECK2) {
    return fs.existsSync(process.env.PLUGINCHECK2) ? { bin: process.env.PLUGINCHECK2 } : { reason: `PLUGINCHECK2=${process.env.PLUGINCHECK2} does not exist` };
  }
  const bin = path.join(cacheDir(), `plugincheck2-${VALIDATOR_TAG}`);
  if (fs.existsSync(bin)) {
    return { bin };
  }
  if (!have('go')) {
    return { reason: 'go is not installed (apt-get install golang, or Go ≥ 1.26 from go.dev)' };
  }
  fs.mkdirSync(cacheDir(), { recursive: true });
  const gobin = fs.mkdtempSync(path.join(os.tmpdir(), 'plugincheck2-'));
  log(`validator: go install ${VALIDATOR_MODULE}/pkg/cmd/plugincheck2@${VALIDATOR_TAG} (once, a few minutes)`);
  const install = spawnSync('go', ['install', `${VALIDATOR_MODULE}/pkg/cmd/plugincheck2@${VALIDATOR_TAG}`], {
    env: { ...process.env, GOBIN: gobin, GOFLAGS: '-buildvcs=false' },
    encoding: 'utf8',
    timeout: 15 * 60_000,
  });
  if (install.status === 0 && fs.existsSync(path.join(gobin, 'plugincheck2'))) {
    fs.renameSync(path.join(gobin, 'plugincheck2'), bin);
    return { bin };
  }
  return { reason: `go install ${VALIDATOR_MODULE}/pkg/cmd/plugincheck2@${VALIDATOR_TAG} failed: ${lastLines(install.stderr, 2)}` };
}

const NETWORK = /dial tcp|no such host|lookup |connection refused|i\/o timeout|TLS handshake|network is unreachable|Get "https?:/;

/**
 * Runs one analyzer; classifies it as pass, fail, accepted (a known, explained finding) or offline
 * (it needs the network or an external tool, so it proves nothing here).
 */
/** plugincheck2 exits non-zero on findings; what matters is its output. */
function run(bin, args) {
  return new Promise((resolve) => {
    execFile(bin, args, { env: { ...process.env, DEBUG: '1' }, encoding: 'utf8', timeout: 120_000, maxBuffer: 32 << 20 }, (err, stdout, stderr) =>
      resolve({ status: err ? (err.code ?? 1) : 0, stdout, stderr })
    );
  });
}

async function runOne(bin, zip, spec, configFile) {
  const args = ['-config', configFile, '-analyzer', spec.name];
  if (spec.source) {
    args.push('-sourceCodeUri', `file://${spec.source === 'root' ? root : path.join(root, 'plugin')}`);
  }
  args.push(zip);
  const r = await run(bin, args);
  const out = `${r.stdout || ''}\n${r.stderr || ''}`;
  const failedCheck = /\[DEBUG\] check failed: (.*)/.exec(out)?.[1];
  const jsonText = (r.stdout || '')
    .split('\n')
    .filter((l) => !l.startsWith('[DEBUG]'))
    .join('\n');
  let diags = {};
  try {
    const start = jsonText.indexOf('{');
    diags = JSON.parse(jsonText.slice(start))['plugin-validator'] || {};
  } catch {
    return { name: spec.name, result: 'fail', detail: `no JSON output (exit ${r.status}): ${lastLines(out)}` };
  }
  const findings = Object.values(diags)
    .flat()
    .filter((d) => d.Severity !== 'ok');
  const oks = Object.values(diags)
    .flat()
    .filter((d) => d.Severity === 'ok')
    .map((d) => d.Title);
  const networkFindings = findings.filter((d) => NETWORK.test(`${d.Title} ${d.Detail}`) || /react-detect failed/.test(d.Title));
  const real = findings.filter((d) => !networkFindings.includes(d));
  const accepted = spec.accept ? real.filter((d) => spec.accept.test(d.Title)) : [];
  const rest = real.filter((d) => !accepted.includes(d) && d.Severity !== 'recommendation');
  const recommendations = real.filter((d) => d.Severity === 'recommendation').map((d) => d.Title);
  if (rest.length) {
    return { name: spec.name, result: 'fail', detail: rest.map((d) => `${d.Severity}: ${d.Title}`).join('; ') };
  }
  if ((failedCheck && NETWORK.test(failedCheck)) || networkFindings.length) {
    return { name: spec.name, result: 'offline', detail: spec.offline ?? (failedCheck || networkFindings[0].Title).slice(0, 160) };
  }
  if (failedCheck) {
    return { name: spec.name, result: 'fail', detail: `analyzer error: ${failedCheck}` };
  }
  if (accepted.length) {
    return { name: spec.name, result: 'accepted', detail: `${accepted.map((d) => d.Title).join('; ')} (${spec.why})` };
  }
  if (spec.offline) {
    // It ran, but what it checks lives on the network (or in a tool not installed): nothing proven.
    return { name: spec.name, result: 'offline', detail: spec.offline };
  }
  return { name: spec.name, result: 'pass', detail: [...oks, ...recommendations.map((t) => `recommendation: ${t}`)].join('; ') };
}

/** Validates a zip: `{ available, reason?, ok, results: [{name, result, detail}] }`. */
export async function validate(zip, { log = console.error } = {}) {
  const v = ensureValidator({ log });
  if (!v.bin) {
    return { available: false, reason: v.reason, ok: true, results: [] };
  }
  const configFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pv-config-')), 'config.yaml');
  fs.writeFileSync(configFile, 'global:\n  enabled: true\n  jsonOutput: true\n  reportAll: true\n');
  // Three at a time: each run unpacks the zip and spends most of its time starting up.
  const results = new Array(ANALYZERS.length);
  let next = 0;
  const worker = async () => {
    while (next < ANALYZERS.length) {
      const i = next++;
      results[i] = await runOne(v.bin, path.resolve(zip), ANALYZERS[i], configFile);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  fs.rmSync(path.dirname(configFile), { recursive: true, force: true });
  return { available: true, bin: v.bin, ok: results.every((r) => r.result !== 'fail'), results };
}

export function formatReport(report) {
  if (!report.available) {
    return `validator: not available, skipped (${report.reason})`;
  }
  const lines = [`validator (plugincheck2 ${VALIDATOR_TAG}, one analyzer at a time):`];
  for (const r of report.results) {
    lines.push(`  ${r.result.padEnd(8)} ${r.name}${r.detail ? ` — ${r.detail}` : ''}`);
  }
  const count = (k) => report.results.filter((r) => r.result === k).length;
  lines.push(`validator: ${count('pass')} passed, ${count('fail')} failed, ${count('accepted')} accepted, ${count('offline')} need the network`);
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let zip = process.argv[2];
  if (!zip) {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    zip = path.join(root, `faultline-diagram-panel-${pkg.version}.zip`);
  }
  if (!fs.existsSync(zip)) {
    console.error(`error: ${zip} not found: run npm run package`);
    process.exit(1);
  }
  const report = await validate(zip);
  console.log(formatReport(report));
  process.exit(report.ok ? 0 : 1);
}
