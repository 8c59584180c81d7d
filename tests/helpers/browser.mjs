// Shared by the browser tests: the playground server, Debian's Chromium through playwright-core,
// and the core itself run in Node as an oracle for what the panel must show.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Fails with the command to run when the build outputs the browser tests need are missing. */
export function requireBuilt() {
  for (const f of ['dist/module.js', 'dist/plugin.json', 'build/www/host.js', 'build/pkg/faultline.js']) {
    if (!fs.existsSync(path.join(root, f))) {
      throw new Error(`${f} is missing: run npm run build (or npm test) first`);
    }
  }
}

export function chromiumPath() {
  for (const p of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)) {
    if (fs.existsSync(p)) {
      return p;
    }
  }
  throw new Error('Chromium not found: apt-get install chromium (npm test installs it)');
}

export async function launch() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** Starts www/serve.mjs in this process on a free port. */
export async function startServer() {
  const { start } = await import(pathToFileURL(path.join(root, 'www/serve.mjs')).href);
  const server = await start(0);
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

/**
 * What every browser test file starts with: a built tree, the playground served on loopback and one
 * Chromium. `close()` ends both; the server is closed too when Chromium fails to start, so a failed
 * start does not keep the test process alive.
 */
export async function startHost() {
  requireBuilt();
  const { server, base } = await startServer();
  const closeServer = () => new Promise((r) => server.close(r));
  let browser;
  try {
    browser = await launch();
  } catch (e) {
    await closeServer();
    throw e;
  }
  return {
    browser,
    base,
    close: async () => {
      await browser.close();
      await closeServer();
    },
  };
}

let corePromise;
/** The core in Node (wasm-bindgen --target web glue, initialised synchronously from the bytes). */
export function nodeCore() {
  corePromise ??= (async () => {
    // As a data: URL: the glue is an ES module in a folder without a package.json "type".
    const source = fs.readFileSync(path.join(root, 'build/pkg/faultline.js'));
    const glue = await import(`data:text/javascript;base64,${source.toString('base64')}`);
    glue.initSync({ module: fs.readFileSync(path.join(root, 'build/pkg/faultline_bg.wasm')) });
    return glue;
  })();
  return corePromise;
}

/** Adds the stencil packs a source needs from dist/stencils/, as the panel does before drawing. */
export function addPacks(core, bytes, options = {}) {
  let needed = [];
  try {
    needed = core.requiredPacks(bytes, options);
  } catch {
    return;
  }
  for (const name of needed) {
    const file = path.join(root, 'dist/stencils', `${name}.pack`);
    if (fs.existsSync(file)) {
      core.addPack(name, fs.readFileSync(file));
    }
  }
}

/** What the core says about a source (with its stencil packs, as the panel draws it): `{ out }` when it
 * draws, `{ error }` (its one-line message) when not. */
export async function coreVerdict(bytes, options = {}) {
  const core = await nodeCore();
  addPacks(core, bytes, options);
  try {
    return { out: core.render(bytes, options) };
  } catch (e) {
    return { error: e.message };
  }
}

/** Opens the playground and waits until the panel has left the loading state. */
export async function openPanel(page, base, query = '', { wait = true } = {}) {
  await page.goto(`${base}/${query ? '?' + query : ''}`);
  await page.waitForSelector('[data-testid=faultline-panel]', { timeout: 20000 });
  if (wait) {
    await waitSettled(page);
  }
}

export async function waitSettled(page) {
  await page.waitForFunction(
    () => {
      const p = document.querySelector('[data-testid=faultline-panel]');
      return p && p.getAttribute('data-state') !== 'loading' && p.getAttribute('data-render-ready') === 'true';
    },
    null,
    { timeout: 20000 }
  );
  return page.evaluate(() => document.querySelector('[data-testid=faultline-panel]').getAttribute('data-state'));
}

export async function panelState(page) {
  return page.evaluate(() => {
    const p = document.querySelector('[data-testid=faultline-panel]');
    const canvas = p.querySelector('[data-testid=faultline-canvas]');
    const err = p.querySelector('[data-testid=faultline-error]');
    const svg = canvas.querySelector('svg');
    return {
      state: p.getAttribute('data-state'),
      theme: p.getAttribute('data-theme'),
      transform: canvas.style.transform,
      scale: Number(canvas.getAttribute('data-scale')),
      error: err ? err.textContent : null,
      errorVisible: err ? err.getBoundingClientRect().width > 0 && err.getBoundingClientRect().height > 0 : false,
      svg: svg
        ? {
            width: svg.getAttribute('width'),
            height: svg.getAttribute('height'),
            viewBox: svg.getAttribute('viewBox'),
            cells: [...svg.querySelectorAll('g[data-cell-id]')].map((g) => g.getAttribute('data-cell-id')),
          }
        : null,
      width: p.getBoundingClientRect().width,
      height: p.getBoundingClientRect().height,
    };
  });
}

/** translate(x, y) scale(s) → numbers. */
export function parseTransform(t) {
  const m = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(t);
  if (!m) {
    throw new Error(`unexpected transform: ${t}`);
  }
  return { tx: Number(m[1]), ty: Number(m[2]), scale: Number(m[3]) };
}

/** Cell ids the core drew in an SVG string. */
export function cellIds(svg) {
  return [...svg.matchAll(/<g data-cell-id="([^"]*)"/g)].map((m) => m[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
}
