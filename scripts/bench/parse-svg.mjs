#!/usr/bin/env node
// How the panel turns the core's SVG string into live DOM (view/sanitize.ts parseSvg), two versions side
// by side in one headless Chromium: parse, sanitize, insert, layout (getBBox), median of alternating runs,
// and whether both give the same markup. Not a test: it prints numbers.
//   git show REV:plugin/src/view/sanitize.ts > /tmp/old.ts
//   node scripts/bench/parse-svg.mjs DIR_OF_SVGS /tmp/old.ts [plugin/src/view/sanitize.ts]
// (SVGs from the CLI: for f in ../shared/corpus/*.drawio; do target/release/faultline render $f -o DIR/$(basename $f).svg; done)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { launch } from '../../tests/helpers/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [dir, oldTs, newTs = path.join(root, 'plugin/src/view/sanitize.ts')] = process.argv.slice(2);
if (!dir || !oldTs) {
  console.error('usage: node scripts/bench/parse-svg.mjs DIR_OF_SVGS OLD_SANITIZE_TS [NEW_SANITIZE_TS]');
  process.exit(2);
}
const bundle = async (f, name) => (await esbuild.build({ entryPoints: [f], bundle: true, write: false, format: 'iife', globalName: name, target: 'es2020' })).outputFiles[0].text;
const b = await launch();
const p = await b.newPage();
await p.setContent('<!doctype html><html><body><div id=host></div></body></html>');
await p.addScriptTag({ content: await bundle(oldTs, 'OLD') });
await p.addScriptTag({ content: await bundle(newTs, 'NEW') });
let sumOld = 0;
let sumNew = 0;
let same = 0;
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.svg')).sort();
for (const f of files) {
  const svg = fs.readFileSync(path.join(dir, f), 'utf8');
  const r = await p.evaluate((svg) => {
    const host = document.getElementById('host');
    const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
    const res = { old: [], new: [] };
    let same = true, n = 0;
    for (let i = 0; i < 9; i++) {
      for (const k of (i % 2 ? ['old', 'new'] : ['new', 'old'])) {
        host.textContent = '';
        document.body.offsetWidth;
        const t0 = performance.now();
        const el = (k === 'old' ? OLD : NEW).parseSvg(svg, document);
        host.append(el);
        el.getBBox();
        document.body.offsetWidth;
        res[k].push(performance.now() - t0);
        if (i === 0) { const s = host.innerHTML; if (k === 'old') window.__o = s; else window.__n = s; n = host.querySelectorAll('*').length; }
      }
    }
    return { old: med(res.old.slice(3)).toFixed(1), new: med(res.new.slice(3)).toFixed(1), sameMarkup: window.__o === window.__n, elements: n };
  }, svg);
  sumOld += Number(r.old);
  sumNew += Number(r.new);
  same += r.sameMarkup ? 1 : 0;
  console.log(f.padEnd(45), svg.length, JSON.stringify(r));
}
console.log(`${files.length} drawings: old ${sumOld.toFixed(1)} ms, new ${sumNew.toFixed(1)} ms in all (medians summed); same markup for ${same} of ${files.length}`);
await b.close();
