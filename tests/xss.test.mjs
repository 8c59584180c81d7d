// Diagram text is untrusted. Two layers are tested:
//  1. every fixture in tests/fixtures/xss/ goes through the whole path (playground → core → sanitizer
//     → DOM) and is hovered and clicked: nothing may run, navigate or load from elsewhere;
//  2. the panel's sanitizer alone gets hostile SVG, as if the core had failed to escape something.
// Payloads set window.__xss or call alert(); either counts as a failure.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { nodeCore, openPanel, root, startHost, waitSettled } from './helpers/browser.mjs';

const FIXTURES = path.join(root, 'tests/fixtures/xss');
let browser;
let context;
let host;
let base;

before(async () => {
  host = await startHost();
  ({ browser, base } = host);
  context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
});

after(async () => {
  await host?.close();
});

/** A page that records dialogs, navigations and requests to anywhere but the playground. */
async function guardedPage(t) {
  const page = await context.newPage();
  const seen = { dialogs: [], navigations: [], external: [] };
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  page.on('framenavigated', (f) => seen.navigations.push(f.url()));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.hostname === '127.0.0.1') {
      return route.continue();
    }
    seen.external.push(url.href);
    return route.abort();
  });
  t.after(() => page.close());
  return { page, seen };
}

/** What may never be in the DOM that diagram content reaches. */
function domFindings(selector) {
  const scope = document.querySelector(selector);
  if (!scope) {
    return ['scope missing'];
  }
  const bad = [];
  for (const el of scope.querySelectorAll('*')) {
    const name = el.localName.toLowerCase();
    if (['script', 'foreignobject', 'iframe', 'object', 'embed', 'style', 'handler', 'link', 'meta', 'base'].includes(name)) {
      bad.push(`<${name}>`);
    }
    for (const a of el.attributes) {
      const v = a.value.replace(/[\u0000-\u0020]+/g, '').toLowerCase();
      if (a.localName.toLowerCase().startsWith('on')) {
        bad.push(`${name}[${a.name}]`);
      }
      if (/^(javascript|vbscript):|^data:text\/html/.test(v)) {
        bad.push(`${name}[${a.name}=${a.value.slice(0, 40)}]`);
      }
      if (a.localName === 'style' && /url\(\s*['"]?\s*[a-z]+:/i.test(a.value)) {
        bad.push(`${name}[style url()]`);
      }
    }
  }
  return bad;
}

/** Hovers and clicks what a user would: every drawn cell and every link, then waits for stragglers. */
async function poke(page, selector) {
  const targets = await page.locator(`${selector} g[data-cell-id], ${selector} a`).all();
  for (const el of targets.slice(0, 60)) {
    await el.hover({ force: true, timeout: 1000 }).catch(() => {});
    await el.click({ force: true, timeout: 1000, noWaitAfter: true }).catch(() => {});
  }
  await page.waitForTimeout(300);
}

async function verdict(page, seen, startUrl, selector) {
  const hooks = await page.evaluate(() => ({ xss: window.__xss, type: typeof window.__xss }));
  assert.equal(hooks.type, 'undefined', 'a payload ran (window.__xss set)');
  assert.deepEqual(seen.dialogs, [], 'a payload opened a dialog');
  assert.deepEqual(seen.external, [], 'a payload loaded something from elsewhere');
  assert.deepEqual(
    seen.navigations.filter((u) => u !== startUrl && u !== 'about:blank'),
    [],
    'a payload navigated'
  );
  assert.equal(page.url(), startUrl, 'still on the same page');
  assert.deepEqual(await page.evaluate(domFindings, selector), []);
}

describe('XSS payloads drawn through the whole path', () => {
  // One playground page for all fixtures, switched with its file picker (as a person would).
  let page;
  let seen;
  let startUrl;
  before(async () => {
    ({ page, seen } = await guardedPage({ after: () => {} }));
    await openPanel(page, base, 'file=demo');
    startUrl = page.url();
  });
  after(() => page?.close());

  for (const name of fs.readdirSync(FIXTURES).sort()) {
    test(name, async () => {
      await page.selectOption('[data-testid=pg-file]', `fixtures/xss/${name}`);
      await page.waitForFunction((n) => window.__playground?.options?.source?.file?.name === n, name);
      await waitSettled(page);
      const state = await page.evaluate(() => document.querySelector('[data-testid=faultline-panel]').getAttribute('data-state'));
      assert.ok(state === 'ready' || state === 'error', `panel settled (${state})`);
      if (state === 'error') {
        const msg = await page.locator('[data-testid=faultline-error]').textContent();
        assert.ok(msg.trim().length > 3, 'an error is a visible message');
      }
      await poke(page, '[data-testid=faultline-panel]');
      await verdict(page, seen, startUrl, '[data-testid=faultline-panel]');
      // Page names reach the options pane (page picker): text only there too.
      assert.deepEqual(await page.evaluate(domFindings, '[data-testid=pg-options]'), []);
      assert.equal(await page.evaluate(() => document.scripts.length), 1, 'no script element added anywhere');
    });
  }
});

// Hostile SVG straight into the sanitizer: what the core must never produce, handled anyway.
const HOOK = 'window.__xss=1';
const NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"';
const HOSTILE = [
  `<svg ${NS}><script>${HOOK}</script></svg>`,
  `<svg ${NS} onload="${HOOK}"><rect width="10" height="10"/></svg>`,
  `<svg ${NS}><g data-cell-id="a" onmouseover="${HOOK}" onclick="alert(1)"><rect width="50" height="50"/></g></svg>`,
  `<svg ${NS}><foreignObject width="100" height="100"><body xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="${HOOK}"/></body></foreignObject></svg>`,
  `<svg ${NS}><a href="javascript:${HOOK}"><text y="20">js link</text></a></svg>`,
  `<svg ${NS}><a xlink:href="&#106;avascript:${HOOK}"><text y="20">entity link</text></a></svg>`,
  `<svg ${NS}><a href=" java&#9;script:${HOOK}"><text y="20">tab link</text></a></svg>`,
  `<svg ${NS}><a href="data:text/html,&lt;script&gt;${HOOK}&lt;/script&gt;"><text y="20">data link</text></a></svg>`,
  `<svg ${NS}><image href="x" width="10" height="10" onerror="${HOOK}"/></svg>`,
  `<svg ${NS}><image href="data:text/html,x" width="10" height="10"/></svg>`,
  `<svg ${NS}><a id="t"><text y="20">animated</text><set attributeName="href" to="javascript:${HOOK}"/><animate attributeName="xlink:href" values="javascript:${HOOK}"/></a></svg>`,
  `<svg ${NS}><style>@import url(http://evil.invalid/x.css); rect { fill: url(http://evil.invalid/y) }</style><rect width="5" height="5"/></svg>`,
  `<svg ${NS}><rect width="5" height="5" style="fill: url(http://evil.invalid/z)"/></svg>`,
  `<svg ${NS}><use href="http://evil.invalid/sprite.svg#a"/><use xlink:href="data:image/svg+xml,&lt;svg onload='${HOOK}'/&gt;#x"/></svg>`,
  `<svg ${NS}><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:${HOOK}"/></svg>`,
  `<svg ${NS}><handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">${HOOK}</handler></svg>`,
  `<svg ${NS}><text y="20">&lt;script&gt;${HOOK}&lt;/script&gt;</text></svg>`,
];

async function sanitizerBundle() {
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    entryPoints: [path.join(root, 'plugin/src/view/sanitize.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'FaultlineSanitize',
    target: 'es2020',
  });
  return out.outputFiles[0].text;
}

// Label fragments in patches skip the sanitizer's walk only when every tag is of the core's fragment
// grammar (isFragmentMarkup): the core's real fragments must pass (or every refresh pays for the walk),
// and anything else, near misses included, is sanitized before it reaches the drawing.
const NEAR_MISSES = [
  `<text x="1" onclick="${HOOK}">x</text>`,
  `<text x="1" ONLOAD="${HOOK}">x</text>`,
  `<rect width="5" height="5" style="fill:red"/>`,
  `<text x='1'>single quotes</text>`,
  `<text x="a>b">a quote split by a tag end</text>`,
  `<text xmlns="http://www.w3.org/1999/xhtml">html namespace</text>`,
  `<g xlink:href="javascript:${HOOK}"/>`,
  `<a href="javascript:${HOOK}"><text>link</text></a>`,
  `<script>${HOOK}</script>`,
  `<svg:script xmlns:svg="http://www.w3.org/2000/svg">${HOOK}</svg:script>`,
  `<image href="x" onerror="${HOOK}"/>`,
  `<set attributeName="onclick" to="${HOOK}"/>`,
  `<foreignObject><img xmlns="http://www.w3.org/1999/xhtml" src="x" onerror="${HOOK}"/></foreignObject>`,
  `<?xml-stylesheet href="http://evil.invalid/x.css"?><text>pi</text>`,
  `<!-- comment --><text>c</text>`,
  `<text x="1"`,
];

async function patchBundle() {
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    stdin: {
      contents: "export { PatchApplier } from './bind/patch'; export { isFragmentMarkup } from './view/sanitize';",
      resolveDir: path.join(root, 'plugin/src'),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'FaultlinePatch',
    target: 'es2020',
  });
  return out.outputFiles[0].text;
}

/** Label, under and over fragments from the real core: html and plain labels, label and image colours. */
async function coreFragments() {
  const core = await nodeCore();
  const cells = [
    ['p', 'svc &amp; &lt;b&gt;x&lt;/b&gt;', 'rounded=1;whiteSpace=wrap;'],
    ['h', '&lt;b&gt;svc&lt;/b&gt; &lt;i&gt;h&lt;/i&gt;', 'html=1;whiteSpace=wrap;fontStyle=1;align=left;labelBackgroundColor=#ffffff;'],
    ['i', 'img', 'shape=image;image=data:image/png,x;verticalLabelPosition=bottom;rotation=30;'],
  ];
  const xml =
    '<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>' +
    cells.map(([id, label, style], k) => `<mxCell id="${id}" value="${label}" style="${style}" vertex="1" parent="1"><mxGeometry x="${k * 150}" y="10" width="120" height="60" as="geometry"/></mxCell>`).join('') +
    '</root></mxGraphModel>';
  const d = core.Diagram.load(new TextEncoder().encode(xml), {});
  const rule = (id, mode) => ({
    id,
    cells: { idRegex: '.*' },
    series: { refId: 'A' },
    reducer: 'last',
    thresholds: { steps: [{ value: 5, level: 'crit' }] },
    color: { targets: ['fill', 'font', 'labelBackground', 'labelBorder', 'imageBackground', 'imageBorder'] },
    text: { mode, unit: 'ms', format: `\${__value} ${PAYLOAD}` },
  });
  d.setBindings(JSON.stringify({ version: 1, bindings: [rule('a', 'appendLine'), rule('b', 'append')] }));
  const desc = JSON.stringify({
    fields: [
      { refId: 'A', name: 'Time', type: 'time', offset: 0, length: 2 },
      { refId: 'A', name: 'v', type: 'number', offset: 0, length: 2, timeOffset: 0 },
    ],
  });
  const html = [];
  for (const v of [1, 250]) {
    const patch = d.update(desc, new Float64Array([v, v]), new Float64Array([1, 2]), 2, 0, 2);
    html.push(...patch.ops.filter((o) => typeof o.html === 'string' && o.html).map((o) => o.html));
  }
  d.free();
  return html;
}

describe('patch fragments', () => {
  test("only the core's fragment grammar skips the sanitizer; nothing else runs", async (t) => {
    const core = await nodeCore();
    if (typeof core.Diagram !== 'function') {
      t.skip('this core has no bindings API');
      return;
    }
    const fragments = await coreFragments();
    assert.ok(fragments.length >= 6, `label and image fragments made: ${fragments.length}`);
    assert.ok(fragments.some((f) => f.includes('fl-bind-under')) && fragments.some((f) => f.includes('fl-bind-over')), 'image colours made');
    const { page, seen } = await guardedPage(t);
    await page.goto(`${base}/api/files`);
    const cellsSvg = NEAR_MISSES.map((_, k) => `<g data-cell-id="c${k}"><rect class="fl-shape" width="5" height="5"/><text class="fl-label">old</text></g>`).join('');
    await page.setContent(`<!doctype html><html><body><div id="host"><svg xmlns="http://www.w3.org/2000/svg" width="300" height="300">${cellsSvg}<g data-cell-id="ok"><text class="fl-label">old</text></g></svg></div></body></html>`);
    await page.addScriptTag({ content: await patchBundle() });
    const startUrl = page.url();
    const out = await page.evaluate(
      ([fragments, misses]) => {
        const P = window.FaultlinePatch;
        const applier = new P.PatchApplier(document.querySelector('#host svg'));
        // Hostile fragments one per patch, and all together with a clean one (one batch, one parse).
        for (const [k, html] of misses.entries()) {
          applier.apply({ ops: [{ id: `c${k}`, sel: 'label', html }] });
        }
        applier.apply({ ops: [...misses.map((html, k) => ({ id: `c${k}`, sel: 'label', html })), { id: 'ok', sel: 'label', html: fragments.find((f) => f.includes('&lt;script&gt;')) }] });
        return { core: fragments.map((f) => P.isFragmentMarkup(f)), misses: misses.map((f) => P.isFragmentMarkup(f)), ok: document.querySelector('[data-cell-id=ok]').textContent };
      },
      [fragments, NEAR_MISSES]
    );
    assert.deepEqual(out.core, fragments.map(() => true), `the core's fragments are of its grammar: ${fragments.filter((_, i) => !out.core[i]).join('\n')}`);
    assert.deepEqual(out.misses, NEAR_MISSES.map(() => false));
    assert.ok(out.ok.includes('<script>'), 'the clean fragment applied, its payload as text');
    await poke(page, '#host');
    await verdict(page, seen, startUrl, '#host');
  });
});

describe('sanitizer on hostile SVG', () => {
  test('nothing runs, loads or navigates', async (t) => {
    const bundle = await sanitizerBundle();
    const { page, seen } = await guardedPage(t);
    await page.goto(`${base}/api/files`); // any page of the playground's origin
    await page.setContent('<!doctype html><html><body><div id="host"></div></body></html>');
    await page.addScriptTag({ content: bundle });
    const startUrl = page.url();
    const results = await page.evaluate((svgs) => {
      const host = document.getElementById('host');
      return svgs.map((s) => {
        try {
          host.appendChild(window.FaultlineSanitize.parseSvg(s, document));
          return 'inserted';
        } catch (e) {
          return 'refused: ' + e.message;
        }
      });
    }, HOSTILE);
    assert.ok(results.filter((r) => r === 'inserted').length >= HOSTILE.length - 1, JSON.stringify(results));
    await poke(page, '#host');
    await page.locator('#host a').evaluateAll((as) => as.forEach((a) => a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))));
    await page.waitForTimeout(300);
    await verdict(page, seen, startUrl, '#host');
    // Safe content survives: text stays text, cells keep their ids.
    assert.equal(await page.locator('#host g[data-cell-id=a] rect').count(), 1);
    assert.ok((await page.locator('#host').textContent()).includes('<script>'), 'escaped markup stays visible text');
  });

  test('malformed or non-SVG output is refused with a one-line reason', async (t) => {
    const bundle = await sanitizerBundle();
    const page = await context.newPage();
    t.after(() => page.close());
    await page.setContent('<!doctype html><body></body>');
    await page.addScriptTag({ content: bundle });
    const out = await page.evaluate(() =>
      ['<svg', '<html xmlns="http://www.w3.org/1999/xhtml"/>', ''].map((s) => {
        try {
          window.FaultlineSanitize.parseSvg(s, document);
          return 'accepted';
        } catch (e) {
          return e.message;
        }
      })
    );
    for (const m of out) {
      assert.notEqual(m, 'accepted');
      assert.match(m, /^the diagram could not be displayed: /);
    }
  });
});

// Bindings put diagram and data strings into labels, tooltips, menus and the inspector: hostile
// diagrams and hostile series names, label values and text values must stay text there too.
const PAYLOAD = `"><img src=x onerror="${HOOK}"><script>${HOOK}</script>`;
const HOSTILE_BINDINGS = {
  version: 1,
  bindings: [
    {
      id: `b${PAYLOAD}`,
      cells: { idRegex: '.*' },
      series: { refId: 'X' },
      reducer: 'last',
      thresholds: { type: 'number', steps: [{ value: 1, level: 'warn' }, { value: 5, level: 'crit' }] },
      mappings: [{ type: 'range', from: 100, to: 1000, text: PAYLOAD }],
      color: { targets: ['fill', 'font', 'labelBackground'] },
      text: { mode: 'append', format: `\${__value} \${__cell.label} \${__series} ${PAYLOAD}` },
      links: [
        { title: `\${__cell.label}${PAYLOAD}`, url: '/d/x?v=${__value}&c=${__cell.label}&s=${__series}' },
        { title: 'cell attr', url: 'https://example.invalid/${__cell.link:raw}', newTab: true },
      ],
    },
    {
      id: 'texts',
      cells: { idRegex: '.*' },
      series: { refId: 'S' },
      thresholds: { type: 'text', steps: [{ regex: 'script', level: 'crit' }] },
      text: { mode: 'appendLine', format: '${__value}' },
    },
  ],
};

function hostileFrames() {
  const now = Date.now();
  return [
    {
      name: PAYLOAD,
      refId: 'X',
      fields: [
        { name: 'Time', type: 'time', values: [now - 1000, now] },
        { name: `v${PAYLOAD}`, type: 'number', values: [1, 250], labels: { [`k${PAYLOAD}`]: PAYLOAD }, config: { displayName: PAYLOAD, unit: 'ms' } },
      ],
    },
    {
      name: `t${PAYLOAD}`,
      refId: 'S',
      fields: [
        { name: 'Time', type: 'time', values: [now] },
        { name: 'state', type: 'string', values: [PAYLOAD] },
      ],
    },
  ];
}

/** domFindings over the panel and what it shows in portals (tooltip, menu). */
async function findings(page) {
  const out = [];
  for (const sel of ['[data-testid=faultline-panel]', '[data-testid=faultline-tooltip]', '[role=menu]', '[data-testid=pg-options]']) {
    if (await page.locator(sel).count()) {
      out.push(...(await page.evaluate(domFindings, sel)));
    }
  }
  return out;
}

describe('bindings on hostile diagrams and hostile series', () => {
  let page;
  let seen;
  let startUrl;
  let bound = false;
  before(async () => {
    ({ page, seen } = await guardedPage({ after: () => {} }));
    await openPanel(page, base, 'file=demo&refresh=off&incidents=0');
    startUrl = page.url();
    bound = await page.evaluate(() => !!window.__playground.instanceState?.bindings);
  });
  after(() => page?.close());

  for (const name of fs.readdirSync(FIXTURES).sort()) {
    test(name, async (t) => {
      if (!bound) {
        t.skip('this core has no bindings API');
        return;
      }
      await page.selectOption('[data-testid=pg-file]', `fixtures/xss/${name}`);
      await page.waitForFunction((n) => window.__playground?.options?.source?.file?.name === n, name);
      await page.evaluate(([b, f]) => {
        window.__playground.setOptions({ bindings: null });
        window.__playground.replaceOptions({ ...window.__playground.options, bindings: b });
        window.__playground.refresh(f);
      }, [HOSTILE_BINDINGS, hostileFrames()]);
      await page.waitForTimeout(300);
      const state = await waitSettled(page);
      if (state === 'ready') {
        // The payloads did reach the drawing, as text.
        await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=faultline-canvas] .fl-label')].some((l) => l.textContent.includes('<script>')), null, { timeout: 5000 });
        // Hover and click every cell: tooltips and menus open; close each menu again.
        const cells = await page.locator('[data-testid=faultline-canvas] g[data-cell-id]').all();
        for (const el of cells.slice(0, 30)) {
          await el.hover({ force: true, timeout: 1000 }).catch(() => {});
          await page.waitForTimeout(30);
          assert.deepEqual(await findings(page), [], 'tooltip');
          await el.click({ force: true, timeout: 1000, noWaitAfter: true }).catch(() => {});
          // The menu opens once a double-click is ruled out: check it while open, then close it before
          // the next cell (a menu left open would take the next click).
          const opened = await page.waitForSelector('[role=menu]', { timeout: 1200 }).then(() => true, () => false);
          assert.deepEqual(await findings(page), [], 'menu');
          if (opened) {
            await page.keyboard.press('Escape');
            await page.waitForSelector('[role=menu]', { state: 'detached', timeout: 2000 });
          }
        }
        const toggle = page.locator('[data-testid=faultline-inspect-toggle]');
        if (await toggle.count()) {
          await toggle.click();
          await page.locator('[data-testid=faultline-panel] [data-testid=faultline-inspector] button').evaluateAll((bs) => bs.forEach((b) => b.click()));
          await page.waitForTimeout(100);
          assert.deepEqual(await findings(page), [], 'inspector');
          await toggle.click();
        }
      }
      await page.waitForTimeout(200);
      await verdict(page, seen, startUrl, '[data-testid=faultline-panel]');
      assert.deepEqual(await findings(page), []);
      assert.equal(await page.evaluate(() => document.scripts.length), 1, 'no script element added anywhere');
    });
  }
});
