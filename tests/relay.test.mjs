// `faultline relay` end to end on loopback: Grafana-shaped webhooks in, checked against fake IM
// servers that verify payloads and signatures; failures, kill -9 mid-queue, bad input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alert, bin, fakeGrafana, fakeIm, makePng, md5, notification, post, sleep, startRelay, waitFor } from './helpers/relay.mjs';
import { root } from './helpers/browser.mjs';

const SECRET = 'hmac-secret-for-tests';
const BEARER = 'bearer-for-tests';
const SA_TOKEN = 'glsa_test_token';
const ids = {
  wecomKey: 'wk-123',
  dingToken: 'dt-456',
  dingSecret: 'SECd1ngs3cr3t',
  feishuHook: 'fh-789',
  feishuSecret: 'fs-secret',
  feishuApp: { id: 'cli_app', secret: 'app-secret' },
  slackToken: 'xoxb-test',
};
const dashboards = path.join(root, 'provisioning/dashboards');
const demo = { uid: 'faultline-demo', id: 1 };

let grafana;
let im;
const relays = [];

before(async () => {
  grafana = await fakeGrafana({ token: SA_TOKEN });
  im = await fakeIm(ids);
});

after(async () => {
  for (const r of relays) await r.stop();
  grafana.server.close();
  im.server.close();
});

function robots({ only, rate = 600 } = {}) {
  const all = {
    wecom: `[[target]]\nname = "wecom"\nkind = "wecom"\nurl = "${im.url}/cgi-bin/webhook/send?key=${ids.wecomKey}"\nrate_per_minute = ${rate}\n`,
    dingtalk: `[[target]]\nname = "dingtalk"\nkind = "dingtalk"\nurl = "${im.url}/robot/send?access_token=${ids.dingToken}"\nsecret = "env:DING_SECRET"\nrate_per_minute = ${rate}\n`,
    feishu: `[[target]]\nname = "feishu"\nkind = "feishu"\nurl = "${im.url}/open-apis/bot/v2/hook/${ids.feishuHook}"\nsecret = "${ids.feishuSecret}"\napp_id = "${ids.feishuApp.id}"\napp_secret = "${ids.feishuApp.secret}"\napi_base = "${im.url}"\nrate_per_minute = ${rate}\n`,
    slack: `[[target]]\nname = "slack"\nkind = "slack"\nurl = "${im.url}/services/T000/B000/XXXX"\nrate_per_minute = ${rate}\n`,
    slackbot: `[[target]]\nname = "slackbot"\nkind = "slack"\nbot_token = "${ids.slackToken}"\nchannel = "C0123456"\napi_base = "${im.url}/api"\nrate_per_minute = ${rate}\n`,
  };
  return (only ?? Object.keys(all)).map((k) => all[k]).join('\n');
}

async function relayWith(extra = '', opts = {}) {
  const toml = (port) =>
    [
      `public_base_url = "http://127.0.0.1:${port}"`,
      `dashboards_dir = "${dashboards}"`,
      '[auth]',
      `bearer_token = "${BEARER}"`,
      `hmac_secret = "${SECRET}"`,
      'timestamp_header = "X-Grafana-Alerting-Timestamp"',
      '[delivery]',
      'timeout_secs = 1',
      'backoff_initial_ms = 100',
      'backoff_max_secs = 1',
      opts.grafana === false ? '' : `[grafana]\nurl = "${grafana.url}"\ntoken = "${SA_TOKEN}"\n`,
      extra,
      robots(opts),
    ].join('\n');
  const r = await startRelay(toml, { env: { DING_SECRET: ids.dingSecret }, ...opts });
  relays.push(r);
  return r;
}

const send = (relay, body, o = {}) => post(relay, body, { secret: SECRET, bearer: BEARER, ...o });

test('every robot gets the alert with its picture, in its own format, signed as the IM requires', async () => {
  const relay = await relayWith();
  // Three notifications, one per image source: imageURL, Grafana /render (too big for WeCom), native.
  const attachment = makePng(320, 160, { rgb: [10, 120, 200] });
  grafana.attachments.set('shot-a.png', attachment);
  const big = makePng(1100, 700, { noise: true });
  assert.ok(big.length > 2 * 1024 * 1024, `test PNG is ${big.length} bytes`);
  grafana.renderFor.set('1', big);

  const a = notification({ group: 'ImgUrl', alerts: [alert({ name: 'ImgUrl', fingerprint: 'a1', imageURL: `${grafana.url}/public/img/attachments/shot-a.png` })] });
  const b = notification({ group: 'Render', alerts: [alert({ name: 'Render', fingerprint: 'b1', panel: demo }), alert({ name: 'Render', status: 'resolved', fingerprint: 'b2', panel: demo })] });
  for (const n of [a, b]) {
    const r = await send(relay, n);
    assert.equal(r.status, 200, JSON.stringify(r.json));
    assert.equal(r.json.status, 'accepted');
  }
  await waitFor('both notifications at every robot', () =>
    im.messages.wecom.length >= 4 && im.messages.dingtalk.length >= 2 && im.messages.feishu.length >= 2 && im.messages.slack.length >= 2 && im.messages.slackbot.length >= 2);
  // Native fallback: Grafana's renderer fails for this one.
  grafana.renderFor.set('1', { status: 500 });
  const c = notification({ group: 'Native', alerts: [alert({ name: 'Native', fingerprint: 'c1', panel: demo })] });
  assert.equal((await send(relay, c)).status, 200);
  await waitFor('the natively drawn one', () => im.messages.wecom.length >= 6 && im.messages.slackbot.length >= 3);
  assert.deepEqual(im.problems, []);

  // imageURL: the exact bytes everywhere.
  const wecomA = im.messages.wecom.slice(0, 2);
  assert.equal(wecomA[0].msgtype, 'markdown');
  assert.match(wecomA[0].markdown.content, /^## <font color="warning">\[FIRING:1\] ImgUrl<\/font>\n\*\*Firing \(1\)\*\*\n- \*\*ImgUrl\*\*: p99 above 500 ms\n/);
  assert.match(wecomA[0].markdown.content, /\[Dashboard\]|\[Silence\]\(http:\/\/grafana\.example:3000\/alerting\/silence\/new\?alertmanager=grafana&matcher=alertname%3DImgUrl\)/);
  assert.equal(wecomA[1].msgtype, 'image');
  assert.equal(wecomA[1].image.md5, md5(attachment));
  assert.equal(grafana.renders.length, 2, 'one render each for b and c; a used its imageURL');

  // Grafana render: token sent, panel and time range from panelURL; WeCom copy re-encoded under 2 MB.
  const render = grafana.renders[0];
  assert.equal(render.path, '/render/d-solo/faultline-demo/_');
  assert.deepEqual([render.query.panelId, render.query.orgId, render.query.from, render.query.to, render.query.width, render.query.height], ['1', '1', '1785571200000', '1785578400000', '1000', '500']);
  const wecomB = im.messages.wecom.slice(2, 4);
  assert.match(wecomB[0].markdown.content, /\[FIRING:1, RESOLVED:1\] Render/);
  assert.match(wecomB[0].markdown.content, /\*\*Resolved \(1\)\*\*/);
  assert.match(wecomB[0].markdown.content, /\[Panel\]\(http:\/\/grafana\.example:3000\/d\/faultline-demo\?orgId=1&viewPanel=1&from=1785571200000&to=1785578400000\)/);
  assert.ok(wecomB[1].raw.length <= 2 * 1024 * 1024 && wecomB[1].raw[0] === 0xff, 'big PNG re-encoded as JPEG under 2 MB');

  // DingTalk: signed (checked by the fake), markdown with the picture the relay serves.
  const dingB = im.messages.dingtalk[1];
  assert.equal(dingB.markdown.title, '[FIRING:1, RESOLVED:1] Render');
  const imgUrl = /!\[panel\]\((http:\/\/127\.0\.0\.1:\d+\/images\/[0-9a-f]{32}\.png)\)/.exec(dingB.markdown.text)?.[1];
  assert.ok(imgUrl, dingB.markdown.text);
  const served = Buffer.from(await (await fetch(imgUrl)).arrayBuffer());
  assert.ok(served.equals(big), 'the relay serves the picture Grafana rendered, unchanged');
  assert.equal((await fetch(`${relay.url}/images/..%2Fjobs`)).status, 404);

  // Feishu: card with the uploaded image_key; the upload got the same bytes.
  const feishuA = im.messages.feishu[0];
  const img = feishuA.card.elements.find((e) => e.tag === 'img');
  assert.ok(img, JSON.stringify(feishuA.card));
  assert.ok(im.uploads.find((u) => u.key === img.img_key).bytes.equals(attachment));
  assert.equal(feishuA.card.header.template, 'red');
  assert.match(feishuA.card.elements[0].text.content, /\[Panel\]|\[Silence\]/);

  // Slack webhook: section + image block at the relay's URL; bot: uploaded file into the channel.
  const slackA = im.messages.slack[0];
  assert.deepEqual(slackA.blocks.map((b) => b.type), ['header', 'section', 'image']);
  assert.match(slackA.blocks[1].text.text, /<http:\/\/grafana\.example:3000\/alerting\/silence\/new\?[^|]+\|Silence>/);
  const botA = im.messages.slackbot[0];
  assert.equal(botA.channel, 'C0123456');
  assert.ok(botA.bytes.equals(attachment));

  // Native: a PNG of the diagram, and the log says it has no live data.
  const wecomC = im.messages.wecom.slice(4, 6);
  assert.equal(wecomC[1].raw.subarray(1, 4).toString(), 'PNG');
  const w = wecomC[1].raw.readUInt32BE(16);
  const h = wecomC[1].raw.readUInt32BE(20);
  assert.ok(w <= 1001 && h <= 501 && (w > 900 || h > 450), `${w}x${h}`);
  assert.match(wecomC[0].markdown.content, /Image: drawn without live data/);
  assert.match(relay.logs, /picture for \S+: native \(Grafana \/render: HTTP 500 .*drawn natively: dashboard faultline-demo panel 1, 0 series/);
  assert.ok(grafana.denied === 0);

  // Nothing secret in the logs.
  for (const s of [SECRET, BEARER, SA_TOKEN, ids.wecomKey, ids.dingToken, ids.dingSecret, ids.feishuSecret, ids.feishuApp.secret, ids.slackToken]) {
    assert.ok(!relay.logs.includes(s), `log contains a secret: ${s}`);
  }
  assert.equal(await relay.metric('faultline_relay_received_total'), 3);
  assert.equal(await relay.metric('faultline_relay_delivered_total', '{target="wecom"}'), 3);
  assert.equal(await relay.metric('faultline_relay_images_total', '{source="native"}'), 1);
  await relay.stop();
});

test('bad input gets a 4xx naming the problem, and the relay keeps serving', async () => {
  const relay = await relayWith('', { only: ['slack'] });
  const good = notification({ group: 'BadInput', alerts: [alert({ name: 'BadInput', fingerprint: 'bi1' })] });
  const cases = [
    ['no credentials', await post(relay, good, { secret: SECRET }), 401, /missing Authorization header/],
    ['wrong bearer', await post(relay, good, { secret: SECRET, bearer: 'nope' }), 401, /wrong bearer token/],
    ['bad signature', await send(relay, good, { signature: 'ab'.repeat(32) }), 401, /X-Grafana-Alerting-Signature does not match the body/],
    ['stale timestamp', await send(relay, good, { timestamp: String(Math.floor(Date.now() / 1000) - 3600) }), 401, /stale or replayed/],
    ['malformed JSON', await send(relay, null, { raw: Buffer.from('{"status": "firing", "alerts": [') }), 400, /not a Grafana alert notification: EOF while parsing/],
    ['not a notification', await send(relay, { hello: 1 }), 400, /missing field `status`/],
    ['10 MB body', await send(relay, null, { raw: Buffer.alloc(10 * 1024 * 1024 + 1, 0x20) }), 413, /body larger than 10485760 bytes/],
    ['unknown panel', await send(relay, notification({ group: 'BadPanel', alerts: [alert({ name: 'BadPanel', panel: { uid: 'faultline-demo', id: 99 } })] })), 422, /unknown panel 99 in dashboard faultline-demo \(its panels: 1\)/],
  ];
  for (const [what, r, status, pattern] of cases) {
    assert.equal(r.status, status, `${what}: ${JSON.stringify(r.json)}`);
    assert.match(r.json.error, pattern, what);
  }
  const wrongMethod = await fetch(`${relay.url}/webhook`);
  assert.equal(wrongMethod.status, 405);
  assert.equal((await fetch(`${relay.url}/nope`)).status, 404);
  // Still serving, and none of the refused ones was delivered.
  const ok = await send(relay, good);
  assert.equal(ok.status, 200, JSON.stringify(ok.json));
  await waitFor('the good one', () => im.messages.slack.some((m) => m.text.includes('BadInput')));
  await sleep(300);
  assert.equal(im.messages.slack.filter((m) => /BadInput|BadPanel/.test(m.text)).length, 1);
  assert.equal(await relay.metric('faultline_relay_rejected_total', '{code="401"}'), 4);
  assert.equal(await relay.metric('faultline_relay_rejected_total', '{code="413"}'), 1);
  await relay.stop();
});

test('a duplicate webhook (same group key, status and alerts) is not posted twice', async () => {
  const relay = await relayWith('', { only: ['slack', 'dingtalk'] });
  const n = notification({ group: 'Dup', alerts: [alert({ name: 'Dup', fingerprint: 'd1' }), alert({ name: 'Dup', fingerprint: 'd2' })] });
  assert.equal((await send(relay, n)).json.status, 'accepted');
  const reordered = { ...n, alerts: [...n.alerts].reverse() };
  assert.equal((await send(relay, reordered)).json.status, 'duplicate');
  // A resolved notification for the same group is new. (Signed under the header grafana/alerting
  // uses when the contact point leaves it empty.)
  const resolved = notification({ group: 'Dup', status: 'resolved', alerts: n.alerts.map((a) => ({ ...a, status: 'resolved' })) });
  assert.equal((await send(relay, resolved, { sigHeader: 'X-Grafana-Alert-Signature' })).json.status, 'accepted');
  await waitFor('both', () => im.messages.slack.filter((m) => m.text.includes('Dup')).length >= 2 && im.messages.dingtalk.filter((m) => m.markdown.title.includes('Dup')).length >= 2);
  await sleep(300);
  assert.deepEqual(im.messages.slack.filter((m) => m.text.includes('Dup')).map((m) => m.text), ['[FIRING:2] Dup', '[RESOLVED] Dup']);
  assert.equal(await relay.metric('faultline_relay_duplicates_total'), 1);
  await relay.stop();
});

test('IM servers answering 5xx or timing out: retried with backoff, delivered once', async () => {
  const relay = await relayWith('', { only: ['wecom', 'feishu', 'slack'] });
  im.fail.wecom = 3;
  im.fail.feishu = 2;
  im.hang.slack = 2; // each stalls past the relay's 1 s timeout
  const n = notification({ group: 'Flaky', alerts: [alert({ name: 'Flaky', fingerprint: 'fl1' })] });
  const t0 = Date.now();
  assert.equal((await send(relay, n)).status, 200);
  const count = () => ({
    wecom: im.messages.wecom.filter((m) => m.markdown?.content.includes('Flaky')).length,
    feishu: im.messages.feishu.filter((m) => m.card.header.title.content.includes('Flaky')).length,
    slack: im.messages.slack.filter((m) => m.text.includes('Flaky')).length,
  });
  await waitFor('delivery after the failures', () => Object.values(count()).every((c) => c === 1), 20_000);
  await sleep(500);
  assert.deepEqual(count(), { wecom: 1, feishu: 1, slack: 1 });
  assert.ok(Date.now() - t0 >= 2000, 'two timeouts of 1 s each came first');
  assert.equal(await relay.metric('faultline_relay_retried_total', '{target="wecom"}'), 3);
  assert.equal(await relay.metric('faultline_relay_retried_total', '{target="slack"}'), 2);
  assert.match(relay.logs, /→ wecom: attempt 1 failed: HTTP 503 .*retrying in/);
  assert.match(relay.logs, /→ slack: attempt 1 failed: timed out/);
  assert.equal(await relay.metric('faultline_relay_queue_depth', '{target="wecom"}'), 0);
  await relay.stop();
});

test('killed with -9 mid-queue: after a restart every notification is delivered, none twice', async () => {
  const relay = await relayWith('', { only: ['wecom', 'slack'] });
  // WeCom takes 5 messages, then fails until restored; Slack is down from the start.
  im.budget.wecom = 5;
  im.budget.slack = 0;
  const N = 20;
  const group = (i) => `Kill${String(i).padStart(2, '0')}`;
  for (let i = 0; i < N; i++) {
    const r = await send(relay, notification({ group: group(i), alerts: [alert({ name: group(i), fingerprint: `k${i}` })] }));
    assert.equal(r.status, 200);
  }
  await waitFor('5 taken by WeCom and failures after', () => im.messages.wecom.filter((m) => /Kill\d\d/.test(m.markdown?.content)).length === 5 && im.attempts.slack > 0);
  assert.ok((await relay.metric('faultline_relay_queue_depth', '{target="slack"}')) === N);
  await relay.kill9();
  delete im.budget.wecom;
  delete im.budget.slack;
  const again = await startRelay(fs.readFileSync(path.join(relay.dir, 'relay.toml'), 'utf8').split('\n').slice(2).join('\n'), { spoolDir: relay.dir, port: relay.port, env: { DING_SECRET: ids.dingSecret } });
  relays.push(again);
  assert.match(again.logs, new RegExp(`spool: resumed ${N} notification\\(s\\), ${2 * N - 5} delivery\\(ies\\) pending`));
  const per = (list, text) => Array.from({ length: N }, (_, i) => list.filter((m) => text(m).includes(`] ${group(i)}`)).length);
  await waitFor('all delivered after the restart', () => per(im.messages.slack, (m) => m.text).every((c) => c === 1) && per(im.messages.wecom, (m) => m.markdown?.content ?? '').every((c) => c === 1), 20_000);
  await sleep(500);
  assert.deepEqual(per(im.messages.wecom, (m) => m.markdown?.content ?? ''), Array(N).fill(1));
  assert.deepEqual(per(im.messages.slack, (m) => m.text), Array(N).fill(1));
  // Order kept per robot.
  const order = im.messages.slack.filter((m) => /Kill\d\d/.test(m.text)).map((m) => m.text);
  assert.deepEqual(order, [...order].sort());
  assert.equal(await again.metric('faultline_relay_queue_depth', '{target="wecom"}'), 0);
  await again.stop();
  // Nothing left to resume, and a late duplicate of one of them is still recognised after a restart.
  const third = await startRelay(fs.readFileSync(path.join(relay.dir, 'relay.toml'), 'utf8').split('\n').slice(2).join('\n'), { spoolDir: relay.dir, port: relay.port, env: { DING_SECRET: ids.dingSecret } });
  relays.push(third);
  assert.doesNotMatch(third.logs, /resumed/);
  const dup = await send(third, notification({ group: group(3), alerts: [alert({ name: group(3), fingerprint: 'k3' })] }));
  assert.equal(dup.json.status, 'duplicate');
  await third.stop();
});

test('each robot gets at most its rate limit per minute', async () => {
  const relay = await relayWith('', { only: ['dingtalk'], rate: 3 });
  for (let i = 0; i < 5; i++) {
    assert.equal((await send(relay, notification({ group: `Rate${i}`, alerts: [alert({ name: `Rate${i}`, fingerprint: `r${i}` })] }))).status, 200);
  }
  await waitFor('three sent', () => im.messages.dingtalk.filter((m) => m.markdown.title.includes('Rate')).length === 3);
  await sleep(1500);
  assert.equal(im.messages.dingtalk.filter((m) => m.markdown.title.includes('Rate')).length, 3, 'the 4th waits for the minute');
  assert.equal(await relay.metric('faultline_relay_queue_depth', '{target="dingtalk"}'), 2);
  const health = await (await fetch(`${relay.url}/healthz`)).json();
  assert.deepEqual(health, { status: 'ok', queue_depth: 2, received: 5 });
  await relay.stop();
});

test('config mistakes stop the relay with one line naming them; --check validates', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-relay-cfg-'));
  const write = (text) => {
    const p = path.join(dir, 'relay.toml');
    fs.writeFileSync(p, text);
    return p;
  };
  const run = (...args) => spawnSync(bin, ['relay', ...args], { encoding: 'utf8', timeout: 10_000 });
  const open = run('--config', write('spool_dir = "/tmp/x"\n[[target]]\nname = "w"\nkind = "wecom"\nurl = "https://q"\n'));
  assert.equal(open.status, 1);
  assert.match(open.stderr.trim(), /^faultline: .*auth: no credentials configured/);
  assert.equal(open.stderr.trim().split('\n').length, 1);
  const typo = run('--config', write('spool_dir = "/tmp/x"\nlisten_addr = "x"\n'));
  assert.match(typo.stderr, /unknown field `listen_addr`/);
  const ok = run('--config', write('spool_dir = "/tmp/x"\n[auth]\nbearer_token = "t"\n[[target]]\nname = "w"\nkind = "wecom"\nurl = "https://q"\n'), '--check');
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /ok \(1 robot\(s\)\)/);
  assert.equal(run().status, 2);
});
