// The relay as Grafana and the IM services see it: the real binary on loopback, a fake Grafana that
// serves /render and image attachments, and fake WeCom / DingTalk / Feishu / Slack servers that
// check each payload and signature exactly as the real services document them.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { root } from './browser.mjs';

export const bin = path.join(root, 'target/release/faultline');

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function waitFor(what, fn, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  let last;
  while (Date.now() < end) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      if (e.fatal) throw e;
      last = e;
    }
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
}

function listen(handler) {
  return new Promise((resolve) => {
    const server = http.createServer(handler);
    server.keepAliveTimeout = 1000;
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A solid PNG, or a noisy one that compresses badly (for the 2 MB limit). */
export function makePng(width, height, { noise = false, rgb = [200, 40, 40] } = {}) {
  const png = new PNG({ width, height });
  let x = 2463534242;
  for (let i = 0; i < png.data.length; i += 4) {
    if (noise) {
      x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
      png.data[i] = x & 255; png.data[i + 1] = (x >>> 8) & 255; png.data[i + 2] = (x >>> 16) & 255;
    } else {
      [png.data[i], png.data[i + 1], png.data[i + 2]] = rgb;
    }
    png.data[i + 3] = 255;
  }
  return PNG.sync.write(png, { deflateLevel: noise ? 1 : 6 });
}

export const md5 = (b) => crypto.createHash('md5').update(b).digest('hex');

/** Fake Grafana: `/render/d-solo/<uid>/<slug>` and `/public/img/attachments/<name>`. */
export async function fakeGrafana({ token }) {
  const g = { renders: [], attachments: new Map(), renderFor: new Map(), denied: 0 };
  g.server = await listen(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname.startsWith('/public/img/attachments/')) {
      const img = g.attachments.get(path.basename(url.pathname));
      res.writeHead(img ? 200 : 404, { 'Content-Type': 'image/png' });
      return res.end(img ?? '');
    }
    if (url.pathname.startsWith('/render/d-solo/')) {
      if (req.headers.authorization !== `Bearer ${token}`) {
        g.denied++;
        res.writeHead(401);
        return res.end('unauthorized');
      }
      const panelId = url.searchParams.get('panelId');
      g.renders.push({ path: url.pathname, query: Object.fromEntries(url.searchParams) });
      const answer = g.renderFor.get(panelId);
      if (!answer || answer.status) {
        res.writeHead(answer?.status ?? 500, { 'Content-Type': 'application/json' });
        return res.end('{"message":"Failed to render panel"}');
      }
      res.writeHead(200, { 'Content-Type': 'image/png' });
      return res.end(answer);
    }
    res.writeHead(404);
    res.end();
  });
  g.url = `http://127.0.0.1:${g.server.address().port}`;
  return g;
}

/**
 * Fake IM services on one port. Every accepted message is recorded under the robot's name with
 * the notification it belongs to (`groupKey` marker in the text). `fail` makes the next N requests
 * to a robot answer 503, `hang` stalls them past the relay's timeout, `budget` accepts only that
 * many more messages before answering 503.
 */
export async function fakeIm({ wecomKey, dingToken, dingSecret, feishuHook, feishuSecret, feishuApp, slackToken }) {
  const im = {
    messages: { wecom: [], dingtalk: [], feishu: [], slack: [], slackbot: [] },
    uploads: [],
    problems: [],
    attempts: {},
    fail: {},
    hang: {},
    budget: {},
  };
  const problem = (robot, msg) => im.problems.push(`${robot}: ${msg}`);
  const json = (res, status, body) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  // Returns true when the robot should fail this request (and has answered it).
  const injected = async (robot, res) => {
    im.attempts[robot] = (im.attempts[robot] ?? 0) + 1;
    if (im.hang[robot] > 0) {
      im.hang[robot]--;
      await sleep(2500);
      res.destroy();
      return true;
    }
    if (im.fail[robot] > 0) {
      im.fail[robot]--;
      json(res, 503, { error: 'injected failure' });
      return true;
    }
    if (im.budget[robot] !== undefined) {
      if (im.budget[robot] <= 0) {
        json(res, 503, { error: 'budget exhausted' });
        return true;
      }
      im.budget[robot]--;
    }
    return false;
  };

  im.server = await listen(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const body = await readBody(req);
    const parse = () => {
      try {
        return JSON.parse(body.toString('utf8'));
      } catch {
        return null;
      }
    };

    // WeCom: POST /cgi-bin/webhook/send?key=KEY
    if (url.pathname === '/cgi-bin/webhook/send') {
      if (url.searchParams.get('key') !== wecomKey) return json(res, 200, { errcode: 93000, errmsg: 'invalid webhook url' });
      const m = parse();
      if (!m) return json(res, 200, { errcode: 40001, errmsg: 'invalid json' });
      if (m.msgtype === 'markdown') {
        if (typeof m.markdown?.content !== 'string' || Buffer.byteLength(m.markdown.content) > 4096) problem('wecom', 'markdown content missing or over 4096 bytes');
      } else if (m.msgtype === 'image') {
        const raw = Buffer.from(m.image?.base64 ?? '', 'base64');
        if (raw.length === 0 || raw.length > 2 * 1024 * 1024) problem('wecom', `image of ${raw.length} bytes`);
        if (md5(raw) !== m.image?.md5) problem('wecom', 'image md5 does not match the raw bytes');
        const isPng = raw.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex'));
        const isJpg = raw[0] === 0xff && raw[1] === 0xd8;
        if (!isPng && !isJpg) problem('wecom', 'image is neither PNG nor JPEG');
        m.raw = raw;
      } else {
        problem('wecom', `unexpected msgtype ${m.msgtype}`);
      }
      if (await injected('wecom', res)) return;
      im.messages.wecom.push(m);
      return json(res, 200, { errcode: 0, errmsg: 'ok' });
    }

    // DingTalk: POST /robot/send?access_token=T&timestamp=MS&sign=S
    if (url.pathname === '/robot/send') {
      const ts = url.searchParams.get('timestamp');
      const sign = url.searchParams.get('sign'); // URLSearchParams has already URL-decoded it once
      const want = crypto.createHmac('sha256', dingSecret).update(`${ts}\n${dingSecret}`).digest('base64');
      if (url.searchParams.get('access_token') !== dingToken) return json(res, 200, { errcode: 300001, errmsg: 'token is not exist' });
      if (sign !== want || Math.abs(Date.now() - Number(ts)) > 3600_000) return json(res, 200, { errcode: 310000, errmsg: 'sign not match' });
      const m = parse();
      if (m?.msgtype !== 'markdown' || typeof m.markdown?.title !== 'string' || typeof m.markdown?.text !== 'string') problem('dingtalk', 'not a markdown message with title and text');
      if (await injected('dingtalk', res)) return;
      im.messages.dingtalk.push(m);
      return json(res, 200, { errcode: 0, errmsg: 'ok' });
    }

    // Feishu app API: tenant token, image upload.
    if (url.pathname === '/open-apis/auth/v3/tenant_access_token/internal') {
      const m = parse();
      if (m?.app_id !== feishuApp.id || m?.app_secret !== feishuApp.secret) return json(res, 200, { code: 10014, msg: 'app secret invalid' });
      return json(res, 200, { code: 0, msg: 'ok', tenant_access_token: 't-faketoken', expire: 7200 });
    }
    if (url.pathname === '/open-apis/im/v1/images') {
      if (req.headers.authorization !== 'Bearer t-faketoken') return json(res, 401, { code: 99991663, msg: 'invalid token' });
      const boundary = /boundary=(.+)$/.exec(req.headers['content-type'] ?? '')?.[1];
      if (!boundary) return json(res, 400, { code: 234001, msg: 'not multipart' });
      const parts = body.toString('latin1').split(`--${boundary}`);
      const field = parts.find((p) => p.includes('name="image_type"'));
      const file = parts.find((p) => p.includes('name="image"; filename='));
      if (!field?.includes('\r\n\r\nmessage\r\n') || !file) return json(res, 400, { code: 234001, msg: 'image_type=message and image are required' });
      const bytes = Buffer.from(file.slice(file.indexOf('\r\n\r\n') + 4, file.length - 2), 'latin1');
      const key = `img_v3_${im.uploads.length}`;
      im.uploads.push({ key, bytes });
      return json(res, 200, { code: 0, msg: 'success', data: { image_key: key } });
    }
    // Feishu custom bot: POST /open-apis/bot/v2/hook/<id>, timestamp + sign in the body.
    if (url.pathname === `/open-apis/bot/v2/hook/${feishuHook}`) {
      const m = parse();
      const want = crypto.createHmac('sha256', `${m?.timestamp}\n${feishuSecret}`).update('').digest('base64');
      if (!m || m.sign !== want || Math.abs(Date.now() / 1000 - Number(m.timestamp)) > 3600) {
        return json(res, 200, { code: 19021, msg: 'sign match fail or timestamp is not within one hour from current time' });
      }
      if (m.msg_type !== 'interactive' || !Array.isArray(m.card?.elements)) problem('feishu', 'not an interactive card');
      if (Buffer.byteLength(body) > 20 * 1024) problem('feishu', 'body over 20 KB');
      if (await injected('feishu', res)) return;
      im.messages.feishu.push(m);
      return json(res, 200, { code: 0, data: {}, msg: 'success' });
    }

    // Slack incoming webhook.
    if (url.pathname === '/services/T000/B000/XXXX') {
      const m = parse();
      if (!Array.isArray(m?.blocks) || typeof m.text !== 'string') problem('slack', 'blocks and text fallback required');
      for (const b of m?.blocks ?? []) {
        if (b.type === 'section' && b.text.text.length > 3000) problem('slack', 'section text over 3000 characters');
        if (b.type === 'image' && (!b.image_url || !b.alt_text)) problem('slack', 'image block needs image_url and alt_text');
      }
      if (await injected('slack', res)) return;
      im.messages.slack.push(m);
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      return res.end('ok');
    }
    // Slack Web API (bot token): upload flow.
    if (url.pathname.startsWith('/api/')) {
      if (req.headers.authorization !== `Bearer ${slackToken}`) return json(res, 200, { ok: false, error: 'invalid_auth' });
      const form = new URLSearchParams(body.toString('utf8'));
      const method = url.pathname.slice(5);
      if (method === 'files.getUploadURLExternal') {
        if (!form.get('filename') || !(Number(form.get('length')) > 0)) return json(res, 200, { ok: false, error: 'missing_argument' });
        const id = `F${im.uploads.length}`;
        im.uploads.push({ key: id, expect: Number(form.get('length')), bytes: null });
        return json(res, 200, { ok: true, upload_url: `http://127.0.0.1:${im.server.address().port}/upload/${id}`, file_id: id });
      }
      if (method === 'files.completeUploadExternal') {
        const files = JSON.parse(form.get('files') ?? '[]');
        const up = im.uploads.find((u) => u.key === files[0]?.id);
        if (!up?.bytes || up.bytes.length !== up.expect) return json(res, 200, { ok: false, error: 'file_not_found' });
        if (!form.get('channel_id')) problem('slackbot', 'no channel_id');
        if (await injected('slackbot', res)) return;
        im.messages.slackbot.push({ files, channel: form.get('channel_id'), blocks: JSON.parse(form.get('blocks') ?? '[]'), bytes: up.bytes });
        return json(res, 200, { ok: true, files: [{ id: up.key }] });
      }
      if (method === 'chat.postMessage') {
        if (await injected('slackbot', res)) return;
        im.messages.slackbot.push({ channel: form.get('channel'), blocks: JSON.parse(form.get('blocks') ?? '[]') });
        return json(res, 200, { ok: true });
      }
      return json(res, 200, { ok: false, error: 'unknown_method' });
    }
    if (url.pathname.startsWith('/upload/')) {
      const up = im.uploads.find((u) => u.key === url.pathname.slice(8));
      if (!up) return json(res, 404, {});
      up.bytes = body;
      res.writeHead(200);
      return res.end('OK - ' + body.length);
    }
    res.writeHead(404);
    res.end();
  });
  im.url = `http://127.0.0.1:${im.server.address().port}`;
  return im;
}

/**
 * The relay binary with a config (`toml`, or a function of the port it will listen on); logs are
 * collected; `kill9()` stops it the hard way. Pass `spoolDir` and `port` to restart on the same spool.
 */
export async function startRelay(toml, { spoolDir, env = {}, port: fixedPort } = {}) {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run npm run build (or npm test) first`);
  const dir = spoolDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-relay-'));
  const port = fixedPort ?? (await freePort());
  const cfgPath = path.join(dir, 'relay.toml');
  const body = typeof toml === 'function' ? toml(port) : toml;
  fs.writeFileSync(cfgPath, `listen = "127.0.0.1:${port}"\nspool_dir = "${path.join(dir, 'spool')}"\n${body}`);
  const child = spawn(bin, ['relay', '--config', cfgPath], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const relay = { port, url: `http://127.0.0.1:${port}`, dir, child, logs: '' };
  child.stderr.on('data', (d) => (relay.logs += d.toString()));
  const exited = new Promise((r) => child.on('exit', (code, signal) => r({ code, signal })));
  relay.exited = exited;
  await waitFor('the relay to answer /healthz', async () => {
    if (child.exitCode !== null) throw Object.assign(new Error(`relay exited: ${relay.logs}`), { fatal: true });
    const r = await fetch(`${relay.url}/healthz`);
    return r.ok;
  });
  relay.kill9 = async () => {
    child.kill('SIGKILL');
    await exited;
  };
  relay.stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  relay.metric = async (name, labels = '') => {
    const text = await (await fetch(`${relay.url}/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `) || (labels === '' && l.startsWith(`${name} `)));
    return line ? Number(line.split(' ').pop()) : undefined;
  };
  return relay;
}

/** A Grafana-shaped notification. */
export function notification({ group = 'g1', status = 'firing', alerts }) {
  return {
    receiver: 'faultline-relay',
    status,
    orgId: 1,
    alerts,
    groupLabels: { alertname: group },
    commonLabels: { alertname: group },
    commonAnnotations: {},
    externalURL: 'http://grafana.example:3000/',
    version: '1',
    groupKey: `{}/{}:{alertname="${group}"}`,
    truncatedAlerts: 0,
    title: `[${status.toUpperCase()}] ${group}`,
    state: status === 'firing' ? 'alerting' : 'ok',
    message: '',
  };
}

export function alert({ name = 'HighLatency', status = 'firing', fingerprint = 'f1', imageURL, panel, summary = 'p99 above 500 ms', startsAt = '2026-08-01T10:00:00Z' } = {}) {
  const a = {
    status,
    labels: { alertname: name, service: 'checkout', severity: 'critical' },
    annotations: { summary },
    startsAt,
    endsAt: status === 'resolved' ? '2026-08-01T10:30:00Z' : '0001-01-01T00:00:00Z',
    generatorURL: `http://grafana.example:3000/alerting/grafana/rule-${name}/view?orgId=1`,
    fingerprint,
    silenceURL: `http://grafana.example:3000/alerting/silence/new?alertmanager=grafana&matcher=alertname%3D${name}`,
    dashboardURL: panel ? `http://grafana.example:3000/d/${panel.uid}?orgId=1` : '',
    panelURL: panel ? `http://grafana.example:3000/d/${panel.uid}?orgId=1&viewPanel=${panel.id}&from=1785571200000&to=1785578400000` : '',
    values: { B: 612.5, C: 1 },
    valueString: "[ var='B' labels={service=checkout} value=612.5 ]",
  };
  if (imageURL) a.imageURL = imageURL;
  return a;
}

/** POST as Grafana does: JSON body, credentials, HMAC signature with timestamp header. */
export async function post(relay, body, { secret, bearer, basic, timestamp, signature, raw, sigHeader = 'X-Grafana-Alerting-Signature' } = {}) {
  const bytes = raw ?? Buffer.from(JSON.stringify(body));
  const headers = { 'Content-Type': 'application/json', 'User-Agent': 'Grafana' };
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  if (basic) headers.Authorization = `Basic ${Buffer.from(basic).toString('base64')}`;
  if (secret) {
    const ts = timestamp ?? String(Math.floor(Date.now() / 1000));
    headers['X-Grafana-Alerting-Timestamp'] = ts;
    headers[sigHeader] = signature ?? crypto.createHmac('sha256', secret).update(`${ts}:`).update(bytes).digest('hex');
  }
  const r = await fetch(`${relay.url}/webhook`, { method: 'POST', headers, body: bytes });
  const text = await r.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = { raw: text };
  }
  return { status: r.status, json };
}
