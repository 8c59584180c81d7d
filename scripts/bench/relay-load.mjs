#!/usr/bin/env node
// Bounded load on `faultline relay`: open-loop webhooks at a fixed rate (default 100/s for 10 s,
// one in 20 a duplicate of an earlier one) against the release binary on loopback, delivering to
// fake WeCom and Slack servers. Prints counts, intake latency (request → 200, spool fsync included)
// and end-to-end latency (request → message at the fake IM).
//
//   node scripts/bench/relay-load.mjs [--rate 100] [--seconds 10] [--robot-rate 100000]
//
// --robot-rate is each robot's messages per minute; the real IMs allow 20, which would make the
// delivery side of this run last 50 minutes, so the default measures the relay rather than the limit.
import { alert, fakeIm, notification, post, startRelay, waitFor } from '../../tests/helpers/relay.mjs';

const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const rate = arg('rate', 100);
const seconds = arg('seconds', 10);
const robotRate = arg('robot-rate', 100000);
const SECRET = 'load-secret';
const BEARER = 'load-bearer';

const ids = { wecomKey: 'k', dingToken: 't', dingSecret: 's', feishuHook: 'h', feishuSecret: 'f', feishuApp: { id: 'a', secret: 'b' }, slackToken: 'x' };
const im = await fakeIm(ids);
const received = new Map(); // group → time the first robot message arrived
const origPush = im.messages.slack.push.bind(im.messages.slack);
im.messages.slack.push = (m) => {
  const g = /Load\d+/.exec(m.text)?.[0];
  if (g && !received.has(g)) received.set(g, performance.now());
  return origPush(m);
};
const relay = await startRelay((port) =>
  [
    `public_base_url = "http://127.0.0.1:${port}"`,
    '[auth]',
    `bearer_token = "${BEARER}"`,
    `hmac_secret = "${SECRET}"`,
    'timestamp_header = "X-Grafana-Alerting-Timestamp"',
    '[[target]]\nname = "wecom"\nkind = "wecom"',
    `url = "${im.url}/cgi-bin/webhook/send?key=${ids.wecomKey}"\nrate_per_minute = ${robotRate}`,
    '[[target]]\nname = "slack"\nkind = "slack"',
    `url = "${im.url}/services/T000/B000/XXXX"\nrate_per_minute = ${robotRate}`,
  ].join('\n'),
);

const total = Math.round(rate * seconds);
const sentAt = new Map();
const intake = [];
const answers = { accepted: 0, duplicate: 0, other: 0 };
const pending = [];
const t0 = performance.now();
for (let i = 0; i < total; i++) {
  const due = t0 + (i * 1000) / rate;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  const dup = i % 20 === 19;
  const n = dup ? i - 10 : i;
  const group = `Load${n}`;
  const body = notification({ group, alerts: [alert({ name: group, fingerprint: `l${n}` })] });
  const start = performance.now();
  if (!dup) sentAt.set(group, start);
  pending.push(
    post(relay, body, { secret: SECRET, bearer: BEARER }).then((r) => {
      intake.push(performance.now() - start);
      if (r.status === 200 && r.json.status === 'accepted') answers.accepted++;
      else if (r.status === 200 && r.json.status === 'duplicate') answers.duplicate++;
      else answers.other++;
    }),
  );
}
await Promise.all(pending);
const sendSecs = (performance.now() - t0) / 1000;
const unique = sentAt.size;
await waitFor('every notification at both robots', () => im.messages.slack.length >= unique && im.messages.wecom.length >= unique, 120_000);
const drainSecs = (performance.now() - t0) / 1000;
await new Promise((r) => setTimeout(r, 500));

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const e2e = [...received].map(([g, t]) => t - sentAt.get(g));
const perGroup = (list, text) => {
  const c = new Map();
  for (const m of list) {
    const g = /Load\d+/.exec(text(m))?.[0];
    if (g) c.set(g, (c.get(g) ?? 0) + 1);
  }
  return [...c.values()];
};
const twice = [...perGroup(im.messages.slack, (m) => m.text), ...perGroup(im.messages.wecom, (m) => m.markdown?.content ?? '')].filter((c) => c > 1).length;
const f = (x) => x.toFixed(1);
console.log(`relay load: ${total} webhooks at ${rate}/s for ${seconds} s (every 20th a duplicate), 2 robots at ${robotRate}/min`);
console.log(`  sent in ${f(sendSecs)} s; answers: ${answers.accepted} accepted, ${answers.duplicate} duplicate, ${answers.other} other`);
console.log(`  intake latency ms: p50 ${f(pct(intake, 50))}  p99 ${f(pct(intake, 99))}  max ${f(Math.max(...intake))}`);
console.log(`  delivered: slack ${im.messages.slack.length}, wecom ${im.messages.wecom.length} (expected ${unique} each); posted twice: ${twice}`);
console.log(`  end-to-end ms (request → Slack message): p50 ${f(pct(e2e, 50))}  p99 ${f(pct(e2e, 99))}; all delivered ${f(drainSecs)} s after the first request`);
console.log(`  relay metrics: received ${await relay.metric('faultline_relay_received_total')}, duplicates ${await relay.metric('faultline_relay_duplicates_total')}, queue depth ${await relay.metric('faultline_relay_queue_depth', '{target="slack"}')}`);
const metrics = await (await fetch(`${relay.url}/metrics`)).text();
const buckets = [...metrics.matchAll(/^faultline_relay_intake_seconds_bucket\{le="([^"]+)"\} (\d+)$/gm)].map((m) => [m[1], Number(m[2])]);
const count = buckets.at(-1)[1];
const within = (le) => buckets.find(([l]) => l === le)[1];
console.log(`  server-side intake (relay's own histogram): ${within('0.01')} of ${count} within 10 ms, ${within('0.05')} within 50 ms, ${within('0.25')} within 250 ms, ${within('1')} within 1 s`);
await relay.stop();
im.server.close();
if (answers.other || twice || im.messages.slack.length !== unique) process.exitCode = 1;
