// The demo stack's files, checked offline: every YAML/JSON parses, references between them hold
// (data source uids, dashboard uid and panel id, contact point, relay address and secrets), Grafana
// is pinned to 12.x, and the relay accepts its own config.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { root } from './helpers/browser.mjs';

const read = (p) => fs.readFileSync(path.join(root, p), 'utf8');
const yaml = (p) => {
  const doc = YAML.parseDocument(read(p), { prettyErrors: true });
  assert.deepEqual(doc.errors.map(String), [], `${p} does not parse`);
  return doc.toJS();
};
const provisioning = path.join(root, 'provisioning');
const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));

test('every provisioning file parses', () => {
  const files = walk(provisioning);
  assert.ok(files.length >= 6, files.join(', '));
  for (const f of files) {
    const rel = path.relative(root, f);
    if (/\.ya?ml$/.test(f)) yaml(rel);
    else if (f.endsWith('.json')) assert.doesNotThrow(() => JSON.parse(read(rel)), rel);
  }
});

test('data sources, dashboard, alert rules and contact point refer to each other correctly', () => {
  const ds = yaml('provisioning/datasources/datasources.yml');
  assert.equal(ds.apiVersion, 1);
  const byType = Object.fromEntries(ds.datasources.map((d) => [d.type, d]));
  assert.ok(byType['grafana-testdata-datasource'], 'TestData data source');
  assert.equal(byType.prometheus?.url, 'http://prometheus:9090');
  const uids = new Set(ds.datasources.map((d) => d.uid));

  const dashProv = yaml('provisioning/dashboards/default.yaml');
  assert.equal(dashProv.providers[0].options.path, '/etc/grafana/provisioning/dashboards');
  const dash = JSON.parse(read('provisioning/dashboards/faultline-demo.json'));
  const panel = dash.panels.find((p) => p.type === 'faultline-diagram-panel');
  assert.ok(panel, 'the demo dashboard uses the panel');
  for (const t of panel.targets) assert.ok(uids.has(t.datasource.uid), `panel query data source ${t.datasource.uid}`);

  const alerting = yaml('provisioning/alerting/faultline-alerts.yaml');
  assert.equal(alerting.apiVersion, 1);
  const cp = alerting.contactPoints[0];
  const webhook = cp.receivers[0];
  assert.equal(webhook.type, 'webhook');
  assert.equal(webhook.settings.url, 'http://relay:9095/webhook');
  assert.equal(webhook.settings.authorization_credentials, '$RELAY_BEARER_TOKEN');
  assert.deepEqual(webhook.settings.hmacConfig, { secret: '$RELAY_HMAC_SECRET', header: 'X-Grafana-Alerting-Signature', timestampHeader: 'X-Grafana-Alerting-Timestamp' });
  assert.equal(alerting.policies[0].receiver, cp.name);
  const rules = alerting.groups.flatMap((g) => g.rules);
  assert.ok(rules.length >= 1);
  for (const r of rules) {
    const refs = new Set(r.data.map((q) => q.refId));
    assert.ok(refs.has(r.condition), `${r.uid}: condition ${r.condition}`);
    for (const q of r.data) assert.ok(q.datasourceUid === '__expr__' || uids.has(q.datasourceUid), `${r.uid}: data source ${q.datasourceUid}`);
  }
  const onPanel = rules.find((r) => r.annotations?.__dashboardUid__);
  assert.equal(onPanel.annotations.__dashboardUid__, dash.uid);
  assert.equal(Number(onPanel.annotations.__panelId__), panel.id);
  assert.ok(rules.some((r) => r.data.some((q) => q.datasourceUid === byType.prometheus.uid)), 'a rule on Prometheus');
});

test('docker-compose.yaml: Grafana 12.x with the plugin, renderer settings, Prometheus and the relay', () => {
  const compose = yaml('docker-compose.yaml');
  const { grafana, renderer, prometheus, relay } = compose.services;
  const version = /:\$\{GRAFANA_VERSION:-([\d.]+)\}$/.exec(grafana.image)?.[1];
  assert.match(version ?? '', /^12\.\d+\.\d+$/, grafana.image);
  assert.ok(grafana.volumes.includes('./dist:/var/lib/grafana/plugins/faultline-diagram-panel'));
  assert.ok(grafana.volumes.includes('./provisioning:/etc/grafana/provisioning'));
  const env = grafana.environment;
  assert.equal(env.GF_PLUGINS_ALLOW_LOADING_UNSIGNED_PLUGINS, 'faultline-diagram-panel');
  assert.equal(env.GF_RENDERING_SERVER_URL, 'http://renderer:8081/render');
  assert.equal(env.GF_RENDERING_CALLBACK_URL, 'http://grafana:3000/');
  assert.equal(env.GF_RENDERING_RENDERER_TOKEN, renderer.environment.AUTH_TOKEN);
  assert.equal(env.GF_UNIFIED_ALERTING_SCREENSHOTS_CAPTURE, 'true');
  assert.match(renderer.image, /^grafana\/grafana-image-renderer:/);
  assert.ok(prometheus.volumes.some((v) => v.startsWith('./provisioning/prometheus/prometheus.yml:')));
  const prom = yaml('provisioning/prometheus/prometheus.yml');
  assert.ok(prom.scrape_configs.some((s) => s.static_configs[0].targets.includes('relay:9095')));
  assert.deepEqual(relay.command.slice(1), ['relay', '--config', '/etc/faultline/relay.toml']);
  // Every env: variable the relay config reads is passed to the relay container.
  const toml = read('provisioning/relay/relay.toml');
  const needed = [...toml.matchAll(/"env:([A-Z_]+)"/g)].map((m) => m[1]);
  for (const v of needed) assert.ok(v in relay.environment, `relay container lacks ${v}`);
  for (const v of ['RELAY_BEARER_TOKEN', 'RELAY_HMAC_SECRET']) assert.ok(v in env, `grafana container lacks ${v}`);
  for (const mount of relay.volumes.filter((v) => v.startsWith('./'))) {
    assert.ok(mount.startsWith('./target/') || fs.existsSync(path.join(root, mount.split(':')[0])), mount);
  }
});

test('the relay accepts the stack config (faultline relay --check)', () => {
  const bin = path.join(root, 'target/release/faultline');
  const env = { ...process.env };
  const toml = read('provisioning/relay/relay.toml');
  for (const m of toml.matchAll(/"env:([A-Z_]+)"/g)) env[m[1]] = m[1].endsWith('URL') ? 'https://example.invalid/x' : 'x';
  const r = spawnSync(bin, ['relay', '--config', path.join(root, 'provisioning/relay/relay.toml'), '--check'], { encoding: 'utf8', env });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /ok \(4 robot\(s\)\)/);
  delete env.DINGTALK_SECRET;
  const missing = spawnSync(bin, ['relay', '--config', path.join(root, 'provisioning/relay/relay.toml'), '--check'], { encoding: 'utf8', env });
  assert.match(missing.stderr, /environment variable DINGTALK_SECRET is not set/);
});
