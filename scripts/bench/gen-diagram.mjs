#!/usr/bin/env node
// Generates a large, realistic draw.io diagram (uncompressed mxfile): a layered service graph of styled
// vertices with plain and HTML labels, some draw.io stencil icons, and orthogonal edges (some labelled,
// some with waypoints and fixed connection points). Deterministic for a given seed.
//
//   node scripts/bench/gen-diagram.mjs [--vertices 1500] [--edges 1500] [--seed 1] [-o out.drawio]
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Deterministic PRNG (mulberry32) in [0, 1). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\n/g, '&#xa;');

const FILLS = [['#dae8fc', '#6c8ebf'], ['#d5e8d4', '#82b366'], ['#ffe6cc', '#d79b00'], ['#fff2cc', '#d6b656'],
  ['#f8cecc', '#b85450'], ['#e1d5e7', '#9673a6'], ['#f5f5f5', '#666666']];
const SHAPES = [
  (f, s) => `rounded=1;whiteSpace=wrap;html=1;fillColor=${f};strokeColor=${s};`,
  (f, s) => `rounded=0;whiteSpace=wrap;html=1;fillColor=${f};strokeColor=${s};`,
  (f, s) => `ellipse;whiteSpace=wrap;html=1;fillColor=${f};strokeColor=${s};`,
  (f, s) => `rhombus;whiteSpace=wrap;html=1;fillColor=${f};strokeColor=${s};`,
  (f, s) => `shape=cylinder3;whiteSpace=wrap;html=1;boundedLbl=1;backgroundOutline=1;size=8;fillColor=${f};strokeColor=${s};`,
  (f, s) => `shape=hexagon;perimeter=hexagonPerimeter2;whiteSpace=wrap;html=1;fixedSize=1;size=12;fillColor=${f};strokeColor=${s};`,
  (f, s) => `shape=process;whiteSpace=wrap;html=1;backgroundOutline=1;fillColor=${f};strokeColor=${s};`,
  (f, s) => `rounded=1;whiteSpace=wrap;html=1;arcSize=40;dashed=1;fillColor=${f};strokeColor=${s};fontStyle=1;`,
];
const ICONS = ['lambda', 'rds', 'dynamodb', 'simple_queue_service', 'elastic_load_balancing', 'cloudwatch_2', 'api_gateway', 's3'];
const WORDS = ['auth', 'billing', 'cart', 'catalog', 'checkout', 'gateway', 'inventory', 'ledger', 'mailer', 'orders', 'payments',
  'profile', 'queue', 'search', 'session', 'shipping', 'stock', 'users', 'cache', 'metrics'];

/** Returns { xml, vertices, edges } for an mxfile with one uncompressed page. */
export function generateDiagram({ vertices = 1500, edges = 1500, seed = 1 } = {}) {
  const rand = rng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const cols = Math.ceil(Math.sqrt(vertices * 1.6));
  const rows = Math.ceil(vertices / cols);
  const W = 120, H = 60, DX = 200, DY = 150;
  const out = [];
  out.push(`<mxfile host="faultline-bench" type="device"><diagram id="gen" name="Generated ${vertices}+${edges}">`);
  out.push(`<mxGraphModel dx="1000" dy="800" grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" pageScale="1" pageWidth="1169" pageHeight="827" math="0" shadow="0"><root>`);
  out.push('<mxCell id="0"/><mxCell id="1" parent="0"/>');
  const pos = [];
  for (let i = 0; i < vertices; i++) {
    const r = Math.floor(i / cols), c = i % cols;
    const x = c * DX + (r % 2) * 40, y = r * DY;
    pos.push({ r, c });
    const id = `v${i}`;
    const name = `${pick(WORDS)}-${i}`;
    if (rand() < 0.1) {
      const icon = pick(ICONS);
      out.push(`<mxCell id="${id}" value="${esc(name)}" style="sketch=0;outlineConnect=0;fontColor=#232F3E;gradientColor=#F78E04;gradientDirection=north;fillColor=#D05C17;strokeColor=#ffffff;dashed=0;verticalLabelPosition=bottom;verticalAlign=top;align=center;html=1;fontSize=12;fontStyle=0;aspect=fixed;shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.${icon};" vertex="1" parent="1"><mxGeometry x="${x + 30}" y="${y}" width="60" height="60" as="geometry"/></mxCell>`);
      continue;
    }
    const [f, s] = pick(FILLS);
    const style = pick(SHAPES)(f, s) + (rand() < 0.15 ? 'shadow=1;' : '') + (rand() < 0.2 ? 'fontSize=11;' : '');
    const html = rand() < 0.4;
    const label = html ? `<b>${name}</b><br><font color="#666666" style="font-size:10px">v${1 + (i % 7)}.${i % 13} · ${Math.floor(rand() * 900 + 100)} rps</font>`
      : `${name}\n${Math.floor(rand() * 99)}% cpu`;
    out.push(`<mxCell id="${id}" value="${esc(label)}" style="${html ? style : style.replace('html=1;', '')}" vertex="1" parent="1"><mxGeometry x="${x}" y="${y}" width="${W}" height="${H}" as="geometry"/></mxCell>`);
  }
  const ARROWS = ['classic', 'block', 'open', 'oval', 'diamond', 'none'];
  for (let e = 0; e < edges; e++) {
    const a = e % vertices;
    const pa = pos[a];
    // Mostly to the next row, near the same column; some within the row.
    let b;
    if (rand() < 0.8 && pa.r + 1 < rows) {
      const c = Math.min(cols - 1, Math.max(0, pa.c + Math.floor(rand() * 5) - 2));
      b = Math.min(vertices - 1, (pa.r + 1) * cols + c);
    } else {
      b = pa.c + 1 < cols && a + 1 < vertices ? a + 1 : Math.max(0, a - 1);
    }
    if (b === a) b = (a + cols) % vertices;
    const [, stroke] = pick(FILLS);
    let style = `edgeStyle=orthogonalEdgeStyle;rounded=${rand() < 0.5 ? 1 : 0};orthogonalLoop=1;jettySize=auto;html=1;strokeColor=${stroke};endArrow=${pick(ARROWS)};`;
    if (rand() < 0.3) style += 'exitX=0.5;exitY=1;exitDx=0;exitDy=0;entryX=0.5;entryY=0;entryDx=0;entryDy=0;';
    if (rand() < 0.15) style += 'dashed=1;';
    if (rand() < 0.1) style += 'strokeWidth=2;';
    const label = rand() < 0.2 ? `${Math.floor(rand() * 500)} ms` : '';
    let geo = '<mxGeometry relative="1" as="geometry">';
    if (rand() < 0.1) {
      const pb = pos[b];
      const y = ((pa.r + pb.r) / 2) * DY + H + 20;
      geo += `<Array as="points"><mxPoint x="${pa.c * DX + 60}" y="${y}"/><mxPoint x="${pb.c * DX + 60}" y="${y}"/></Array>`;
    }
    geo += '</mxGeometry>';
    out.push(`<mxCell id="e${e}" value="${esc(label)}" style="${style}" edge="1" parent="1" source="v${a}" target="v${b}">${geo}</mxCell>`);
  }
  out.push('</root></mxGraphModel></diagram></mxfile>\n');
  return { xml: out.join('\n'), vertices, edges };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  const a = process.argv.slice(2);
  const opt = (n, d) => { const i = a.indexOf(n); return i >= 0 ? a[i + 1] : d; };
  const g = generateDiagram({ vertices: +opt('--vertices', 1500), edges: +opt('--edges', 1500), seed: +opt('--seed', 1) });
  const o = opt('-o', null);
  if (o) { fs.writeFileSync(o, g.xml); console.error(`wrote ${o}: ${g.vertices} vertices, ${g.edges} edges, ${g.xml.length} bytes`); }
  else process.stdout.write(g.xml);
}
