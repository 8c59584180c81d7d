// The panel's two JS phases of a refresh, where they take shortcuts:
//  1. FrameEncoder (Node): while the frames keep their layout it allocates nothing and sends the
//     descriptor as "" — so every change of structure, name, label, unit, length, type or order,
//     even with the same number of fields, must still be sent whole. The oracle is a fresh encoder
//     (no memory) on the same frames.
//  2. PatchApplier (Chromium): it remembers what it last wrote (attributes, text nodes, flow) and
//     skips writes that change nothing — so `value: null` must still restore the drawn value, a
//     replaced fragment must get its texts, and the safety rules must hold on every path.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { launch, root } from './helpers/browser.mjs';

async function bundle(contents, format, platform) {
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    stdin: { contents, resolveDir: path.join(root, 'plugin/src'), loader: 'ts' },
    bundle: true,
    write: false,
    format,
    platform,
    globalName: format === 'iife' ? 'FaultlineRefresh' : undefined,
    target: 'es2020',
    logLevel: 'error',
  });
  return out.outputFiles[0].text;
}

// ---------------------------------------------------------------------------------------------
// 1. The encoder

let enc;
async function encoderModule() {
  if (!enc) {
    const code = await bundle("export { FrameEncoder } from './bind/frames'; export { createDataFrame } from '@grafana/data';", 'esm', 'node');
    enc = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  }
  return enc;
}

const T = [1000, 2000, 3000];
const T2 = [1000, 2000, 3000]; // the same times in another array: described apart
/**
 * A Prometheus-like response: one frame per service, one shared time array, display names from the
 * data source (so a label change is seen as one, not through the display name), a field nothing reads
 * at the end of the third one, a state text field with its own (equal) time array, then a frame on
 * the shared one again.
 */
function baseFrames(over = {}) {
  const frames = [];
  for (const svc of ['a', 'b', 'c']) {
    frames.push({
      name: `lat-${svc}`,
      refId: 'A',
      fields: [
        { name: 'Time', type: 'time', values: T, config: {} },
        { name: 'Value', type: 'number', values: [1, 2, svc.charCodeAt(0)], labels: { service: svc, env: 'prod' }, config: { unit: 'ms', displayNameFromDS: `${svc} latency` } },
      ],
    });
  }
  frames[2].fields.push({ name: 'meta', type: 'other', values: [{}, {}, {}], config: {} });
  frames.push({ name: 'state', refId: 'B', fields: [{ name: 'Time', type: 'time', values: T2, config: {} }, { name: 'state', type: 'string', values: ['up', 'up', 'down'], config: {} }] });
  frames.push({ name: 'lat-d', refId: 'A', fields: [{ name: 'Time', type: 'time', values: T, config: {} }, { name: 'Value', type: 'number', values: [4, 5, 6], config: {} }] });
  return Object.assign(frames, over);
}

/** Each a change that keeps the number of frames and fields; the layout differs from baseFrames(). */
const CHANGES = {
  'a field renamed': (f) => (f[1].fields[1].name = 'Value2'),
  'a label value': (f) => (f[0].fields[1].labels.service = 'z'),
  'a label replaced by another key': (f) => (f[0].fields[1].labels = { service: 'a', zone: 'prod' }),
  'a label removed': (f) => (f[2].fields[1].labels = { service: 'c' }),
  'the unit': (f) => (f[1].fields[1].config.unit = 's'),
  'decimals set': (f) => (f[1].fields[1].config.decimals = 2),
  'a display name from the data source': (f) => (f[1].fields[1].config.displayNameFromDS = 'b p95'),
  'a frame renamed': (f) => (f[2].name = 'lat-x'),
  'a refId': (f) => (f[2].refId = 'C'),
  'two frames swapped': (f) => ([f[0], f[1]] = [f[1], f[0]]),
  'fields swapped in a frame': (f) => f[0].fields.reverse(),
  'a field nothing reads moved before the value': (f) => f[2].fields.splice(1, 0, f[2].fields.pop()),
  'number → boolean': (f) => (f[0].fields[1].type = 'boolean'),
  'number → string': (f) => (f[0].fields[1].type = 'string'),
  'number → other (not read)': (f) => (f[0].fields[1].type = 'other'),
  'a point more': (f) => (f[1].fields[1].values = [1, 2, 3, 4]),
  'one frame with its own time array': (f) => (f[1].fields[0].values = [...T]),
  'the shared time array a point longer': (f) => {
    const t4 = [...T, 4000];
    f.forEach((fr) => fr.fields[0].values === T && (fr.fields[0].values = t4));
  },
  'a frame on another (equal) time array': (f) => (f[4].fields[0].values = T2),
  'a text changed': (f) => (f[3].fields[1].values = ['up', 'down', 'down']),
  'a frame with no time field': (f) => (f[2].fields[0].type = 'number'),
};

/** A descriptor as the core reads it: labels are a map (their order does not matter). */
function layout(desc) {
  return JSON.parse(desc).fields.map((f) => ({ ...f, labels: f.labels && Object.fromEntries(Object.entries(f.labels).sort()) }));
}

/**
 * Encodes with the encoder under test and with a fresh one; checks they agree on the descriptor (or
 * "" for the last one sent) and refs, and that the buffers hold the frames' numbers: the times, and
 * all values when the layout changed or `needed` is undefined, else the needed fields'.
 */
function check(E, stateful, frames, lastSent, label, needed) {
  const fresh = new E.FrameEncoder().encode(frames);
  const got = stateful.encode(frames);
  if (got.desc === '') {
    assert.deepEqual(layout(fresh.desc), layout(lastSent), `${label}: sent as unchanged, but the layout is not the last one sent`);
  } else {
    assert.equal(got.desc, fresh.desc, `${label}: the descriptor`);
  }
  assert.deepEqual(got.refs, fresh.refs, `${label}: refs`);
  assert.equal(got.points, fresh.points, `${label}: points`);
  // The numbers, against the frames themselves (null → NaN, booleans → 1/0).
  JSON.parse(fresh.desc).fields.forEach((f, i) => {
    // A new layout copies everything (the core matches anew); an unchanged one at least the needed.
    if (f.type === 'string' || (f.type !== 'time' && needed && got.desc === '' && !needed.has(i))) {
      return;
    }
    const r = got.refs[i];
    const want = Array.from(frames[r.frame].fields[r.field].values, (v) => (v == null ? NaN : Number(v)));
    const buf = f.type === 'time' ? got.times : got.values;
    assert.deepEqual(Array.from(buf.subarray(f.offset, f.offset + f.length)), want, `${label}: values of field ${i}`);
  });
  return { got, fresh, sent: got.desc || lastSent };
}

describe('frame encoder shortcuts', () => {
  test('an unchanged layout is sent as "" and fills only the needed fields', async () => {
    const E = await encoderModule();
    const s = new E.FrameEncoder();
    let sent = '';
    ({ sent } = check(E, s, baseFrames(), sent, 'first'));
    s.setNeeded(new Set([3])); // the third frame's Value (descriptor: time, a, b, c, state-time?, state)
    const frames = baseFrames();
    frames[2].fields[1].values = [7, null, 9];
    const { got, fresh } = check(E, s, frames, sent, 'new numbers');
    assert.equal(got.desc, '', 'new numbers only: unchanged');
    assert.equal(got.copied, 3, 'only the needed field copied');
    const at = JSON.parse(fresh.desc).fields[3].offset;
    assert.deepEqual(Array.from(got.values.subarray(at, at + 3)), [7, NaN, 9], 'needed values, null → NaN');
  });

  for (const [name, change] of Object.entries(CHANGES)) {
    test(`re-described: ${name}`, async () => {
      const E = await encoderModule();
      const s = new E.FrameEncoder();
      let { sent } = check(E, s, baseFrames(), '', 'first');
      ({ sent } = check(E, s, baseFrames(), sent, 'same again'));
      const frames = baseFrames();
      change(frames);
      const { got } = check(E, s, frames, sent, name);
      assert.notEqual(got.desc, '', `${name}: must be sent whole`);
      // And back: the old layout is a change again.
      const back = check(E, s, baseFrames(), got.desc, `${name}, undone`);
      assert.notEqual(back.got.desc, '', `${name} undone: must be sent whole`);
    });
  }

  test('labels in another order: sent again or not, the layout agrees', async () => {
    const E = await encoderModule();
    const s = new E.FrameEncoder();
    let { sent } = check(E, s, baseFrames(), '', 'first');
    const frames = baseFrames();
    frames[0].fields[1].labels = { env: 'prod', service: 'a' };
    check(E, s, frames, sent, 'labels reordered');
  });

  test('labels changed in place on the same objects are a change', async () => {
    const E = await encoderModule();
    const s = new E.FrameEncoder();
    const frames = baseFrames();
    let { sent } = check(E, s, frames, '', 'first');
    frames[1].fields[1].labels.service = 'q'; // Grafana objects reused, mutated
    const { got } = check(E, s, frames, sent, 'mutated labels');
    assert.notEqual(got.desc, '');
  });

  test('through createDataFrame, typed arrays and every field kind, a sequence of refreshes agrees with a fresh encoder', async () => {
    const E = await encoderModule();
    const s = new E.FrameEncoder();
    let sent = '';
    const make = (r) => {
      const base = baseFrames();
      const tr = T.map((t) => t + r * 1000); // the window moves: new times, one shared array
      base.forEach((f) => f.fields[0].values === T && (f.fields[0].values = tr));
      base.forEach((f) => f.fields.forEach((x) => x.type === 'number' && (x.values = x.values.map((v) => v + r))));
      const out = base.map((f) => E.createDataFrame(f));
      out[0].fields[1].values = Float64Array.from([r, r + 1, r + 2]);
      out[1].fields[1].values[r % 3] = null; // no value
      if (r % 3 === 1) {
        out[1].fields[1].labels = { service: 'b', env: `e${r}` };
      }
      if (r % 4 === 2) {
        out.push(E.createDataFrame({ name: 'extra', refId: 'A', fields: [{ name: 'Time', type: 'time', values: T }, { name: 'v', type: 'number', values: [r, r, r] }] }));
      }
      return out;
    };
    for (let r = 0; r < 12; r++) {
      const needed = r % 2 ? new Set([1, 3, 6]) : undefined;
      s.setNeeded(needed);
      ({ sent } = check(E, s, make(r), sent, `refresh ${r}`, needed));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 2. The applier

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200">' +
    '<g data-cell-id="v"><rect class="fl-shape" fill="#abcdef" width="50" height="30"/>' +
    '<g class="fl-label"><text>svc</text><text>1 ms</text></g></g>' +
    '<g data-cell-id="e"><path class="fl-shape" d="M0 0L100 0" stroke="#000"/><path class="fl-marker" fill="none" stroke="#000" d="M0 0"/></g>' +
  '</svg>';

let browser;
let page;
before(async () => {
  browser = await launch();
  page = await browser.newPage();
  await page.setContent('<!doctype html><html><body><div id="host"></div></body></html>');
  await page.addScriptTag({ content: await bundle("export { PatchApplier } from './bind/patch';", 'iife', 'browser') });
});
after(async () => {
  await browser?.close();
});

/** Runs steps of [patch ops, what to read after] through one applier on a fresh drawing; returns what was read. */
function run(steps) {
  return page.evaluate(([steps, markup]) => {
    const P = window.FaultlineRefresh;
    document.getElementById('host').innerHTML = markup;
    const svg = document.querySelector('#host svg');
    const a = new P.PatchApplier(svg);
    const q = (s) => svg.querySelector(s);
    const read = {
      fill: () => q('[data-cell-id=v] .fl-shape').getAttribute('fill'),
      stroke: () => q('[data-cell-id=v] .fl-shape').getAttribute('stroke'),
      text: () => [...q('[data-cell-id=v] .fl-label').querySelectorAll('text')].map((t) => t.textContent).join('|'),
      flow: () => {
        const e = q('[data-cell-id=e]');
        return `${e.getAttribute('data-flow')} ${[...e.classList].sort().join(',')} ${e.style.getPropertyValue('--fl-flow-dur')}`;
      },
      marker: () => q('[data-cell-id=e] .fl-marker').getAttribute('fill'),
      edge: () => [...q('[data-cell-id=e]').attributes].map((x) => `${x.name}=${x.value}`).join(' '),
    };
    return steps.map(([ops, what]) => {
      const stats = a.apply({ ops });
      return { stats: `${stats.applied}/${stats.skipped}`, v: read[what]() };
    });
  }, [steps, SVG]);
}

describe('patch applier shortcuts', () => {
  test('value: null restores the drawn value after repeated and skipped writes', async () => {
    const fill = (value) => ({ id: 'v', sel: 'shape', attr: 'fill', value });
    const stroke = (value) => ({ id: 'v', sel: 'shape', attr: 'stroke', value });
    const out = await run([
      [[fill('#ff0000')], 'fill'],
      [[fill('#ff0000')], 'fill'], // the same again: nothing to write
      [[fill(null)], 'fill'],
      [[fill('#ff0000')], 'fill'], // after a restore the same value must be written again
      [[fill(null), fill(null)], 'fill'],
      [[stroke('#00ff00')], 'stroke'], // not drawn: null removes it again
      [[stroke(null)], 'stroke'],
      [[stroke('#00ff00')], 'stroke'],
    ]);
    assert.deepEqual(
      out.map((o) => o.v),
      ['#ff0000', '#ff0000', '#abcdef', '#ff0000', '#abcdef', '#00ff00', null, '#00ff00']
    );
  });

  test('flow: classes and duration follow every change, including back to none and null', async () => {
    const flow = (value) => [[{ id: 'e', sel: 'root', attr: 'data-flow', value }], 'flow'];
    const out = await run([flow('70'), flow('70'), flow('70.001'), flow('-70'), flow('0'), flow('35'), flow(null), flow('-35')]);
    assert.deepEqual(
      out.map((o) => o.v),
      [
        '70 fl-flowing 200ms',
        '70 fl-flowing 200ms',
        '70.001 fl-flowing 200ms',
        '-70 fl-flow-rev,fl-flowing 200ms',
        '0  ',
        '35 fl-flowing 400ms',
        'null  ',
        '-35 fl-flow-rev,fl-flowing 400ms',
      ]
    );
  });

  test('texts reach a fragment that replaced the old one, even when the text is the same', async () => {
    const texts = (t) => ({ id: 'v', sel: 'label', texts: [[1, t]], count: 2 });
    const out = await run([
      [[texts('5 ms')], 'text'],
      [[texts('5 ms')], 'text'],
      [[{ id: 'v', sel: 'label', html: '<g class="fl-label"><text>svc</text><text>0 ms</text></g>' }], 'text'],
      [[texts('5 ms')], 'text'],
      [[{ id: 'v', sel: 'label', texts: [[1, '<b>x</b>']], count: 2 }], 'text'],
      [[{ id: 'v', sel: 'label', texts: [[1, '9 ms']], count: 3 }], 'text'], // not the fragment the core thinks: refused
    ]);
    assert.deepEqual(
      out.map((o) => o.v),
      ['svc|5 ms', 'svc|5 ms', 'svc|0 ms', 'svc|5 ms', 'svc|<b>x</b>', 'svc|<b>x</b>']
    );
    assert.equal(out[5].stats, '0/1');
    assert.equal(await page.evaluate(() => document.querySelectorAll('#host b').length), 0, 'text ops make no markup');
  });

  test('only allowed attributes, classes and local url() values, on every call (the verdicts are cached)', async () => {
    const attr = (attr, value) => ({ id: 'e', sel: 'root', attr, value });
    const bad = [attr('onclick', 'x()'), attr('href', '#a'), attr('style', 'fill:red'), attr('data-x', 'url(http://evil.invalid/a)'), attr('fill', 'javascript:x'), attr('data-x', '<b>'), { id: 'e', sel: 'root', class: 'evil', on: true }];
    const good = [attr('data-x', 'url(#g)'), attr('stroke-width', '2.5'), { id: 'e', sel: 'root', class: 'fl-blink', on: true }];
    const out = await run([
      [bad, 'edge'],
      [bad, 'edge'],
      [good, 'edge'],
      [[{ id: 'e', sel: 'marker', attr: 'fill', value: '#ff0000', painted: true }], 'marker'], // drawn fill none: left alone
    ]);
    assert.equal(out[0].stats, `0/${bad.length}`);
    assert.equal(out[1].stats, `0/${bad.length}`);
    assert.equal(out[2].stats, `${good.length}/0`);
    assert.ok(!/onclick|href|style|evil|http/.test(out[2].v), out[2].v);
    assert.ok(out[2].v.includes('data-x=url(#g)') && out[2].v.includes('stroke-width=2.5') && out[2].v.includes('fl-blink'), out[2].v);
    assert.equal(out[3].v, 'none');
  });
});
