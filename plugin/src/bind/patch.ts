// Applies the core's patches to the live SVG in a flat loop. The core decides everything; this only
// finds elements (cached per cell), remembers drawn values so `value: null` can restore them, and
// parses fragments (all of one refresh's fragments in a single parse), through the sanitizer unless
// they are made only of the core's fragment grammar.
import { isFragmentMarkup, sanitizeTree } from '../view/sanitize';
import type { Patch, PatchOp } from './types';

const SVG_NS = 'http://www.w3.org/2000/svg';

// Attributes a patch may set: paint, geometry-free presentation and our data-* hooks.
const ATTR_OK = /^(fill|stroke|stroke-width|stroke-dasharray|stop-color|opacity|fill-opacity|stroke-opacity|visibility|data-[a-z][a-z0-9-]*)$/;
const CLASS_OK = /^fl-[a-z0-9-]+$/;
// A value may not fetch or run anything: only url(#local) references.
const VALUE_BAD = /url\s*\((?!\s*['"]?#)|javascript:|expression\s*\(|[<>]/i;

/** Dash pattern length of the flow animation (px), shared with the CSS keyframes. */
export const FLOW_PERIOD = 14;

const CLASS_OF: Record<string, string> = {
  shape: 'fl-shape',
  fg: 'fl-fg',
  marker: 'fl-marker',
  label: 'fl-label',
  under: 'fl-bind-under',
  over: 'fl-bind-over',
};

function isAttr(op: PatchOp): op is Extract<PatchOp, { attr: string }> {
  return typeof (op as { attr?: unknown }).attr === 'string';
}
function isHtml(op: PatchOp): op is Extract<PatchOp, { html: string }> {
  return typeof (op as { html?: unknown }).html === 'string';
}
function isClass(op: PatchOp): op is Extract<PatchOp, { class: string }> {
  return typeof (op as { class?: unknown }).class === 'string';
}
function isText(op: PatchOp): op is Extract<PatchOp, { texts: unknown }> {
  return Array.isArray((op as { texts?: unknown }).texts);
}

export interface ApplyStats {
  applied: number;
  skipped: number;
}

export class PatchApplier {
  private cells = new Map<string, Element>();
  private parts = new Map<string, Element[]>();
  /** Text nodes of fragments, for text ops (dropped when the fragment is replaced). */
  private textNodes = new Map<string, Text[]>();
  /** Drawn values, recorded before the first change: `value: null` puts them back. */
  private drawn = new WeakMap<Element, Map<string, string | null>>();
  readonly levels = new Map<string, string>();

  constructor(private readonly svg: SVGSVGElement) {
    for (const el of Array.from(svg.querySelectorAll('[data-cell-id]'))) {
      const id = el.getAttribute('data-cell-id');
      if (id !== null && !this.cells.has(id)) {
        this.cells.set(id, el);
      }
    }
  }

  /** The cell's root group, or undefined for ids not drawn. */
  cell(id: string): Element | undefined {
    return this.cells.get(id);
  }

  private elements(id: string, sel: string): Element[] {
    const root = this.cells.get(id);
    if (!root) {
      return [];
    }
    if (sel === 'root') {
      return [root];
    }
    const key = id + '\u0000' + sel;
    let els = this.parts.get(key);
    if (!els) {
      if (sel === 'gradient') {
        els = this.gradientStops(root);
      } else {
        const cls = CLASS_OF[sel];
        els = cls ? Array.from(root.getElementsByClassName(cls)) : [];
      }
      this.parts.set(key, els);
    }
    return els;
  }

  /** The last <stop> of the gradient a .fl-shape's drawn fill points at. */
  private gradientStops(root: Element): Element[] {
    const shape = root.getElementsByClassName('fl-shape')[0];
    if (!shape) {
      return [];
    }
    const fill = this.drawnValue(shape, 'fill') ?? '';
    const m = /^url\(\s*['"]?#([^'")\s]+)['"]?\s*\)$/.exec(fill);
    if (!m) {
      return [];
    }
    for (const g of Array.from(this.svg.querySelectorAll('linearGradient, radialGradient'))) {
      if (g.getAttribute('id') === m[1]) {
        const stops = g.getElementsByTagNameNS(SVG_NS, 'stop');
        return stops.length ? [stops[stops.length - 1]] : [];
      }
    }
    return [];
  }

  private drawnValue(el: Element, attr: string): string | null {
    const rec = this.drawn.get(el);
    return rec && rec.has(attr) ? rec.get(attr)! : el.getAttribute(attr);
  }

  private setAttr(el: Element, attr: string, value: string | null): void {
    let rec = this.drawn.get(el);
    if (!rec) {
      rec = new Map();
      this.drawn.set(el, rec);
    }
    if (!rec.has(attr)) {
      rec.set(attr, el.getAttribute(attr));
    }
    const v = value === null ? rec.get(attr)! : value;
    if (v === null) {
      el.removeAttribute(attr);
    } else if (el.getAttribute(attr) !== v) {
      el.setAttribute(attr, v);
    }
    if (attr === 'data-flow') {
      this.flow(el, v);
    }
  }

  /** Flow speed (px/s, sign = direction) → CSS animation duration and direction on the edge. */
  private flow(el: Element, v: string | null): void {
    const speed = v === null ? 0 : Number(v);
    const style = (el as SVGElement).style;
    if (!Number.isFinite(speed) || Math.abs(speed) < 1e-6) {
      el.classList.remove('fl-flowing', 'fl-flow-rev');
      style.removeProperty('--fl-flow-dur');
      return;
    }
    const dur = Math.min(60, Math.max(0.05, FLOW_PERIOD / Math.abs(speed)));
    style.setProperty('--fl-flow-dur', `${Math.round(dur * 1000)}ms`);
    el.classList.add('fl-flowing');
    el.classList.toggle('fl-flow-rev', speed < 0);
  }

  /** Applies a patch; returns how many ops took effect. Unknown cells or refused ops are skipped. */
  apply(patch: Patch | undefined): ApplyStats {
    const stats: ApplyStats = { applied: 0, skipped: 0 };
    const ops = patch?.ops;
    if (!Array.isArray(ops)) {
      return stats;
    }
    const htmlOps: Array<Extract<PatchOp, { html: string }>> = [];
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i];
      if (!op || typeof op.id !== 'string' || typeof op.sel !== 'string') {
        stats.skipped++;
        continue;
      }
      if (isHtml(op)) {
        htmlOps.push(op);
        continue;
      }
      const els = this.elements(op.id, op.sel);
      if (els.length === 0) {
        stats.skipped++;
        continue;
      }
      if (isAttr(op)) {
        const value = op.value;
        if (!ATTR_OK.test(op.attr) || (value !== null && (typeof value !== 'string' || VALUE_BAD.test(value)))) {
          stats.skipped++;
          continue;
        }
        for (const el of els) {
          if (op.painted && this.drawnValue(el, op.attr) === 'none') {
            continue;
          }
          this.setAttr(el, op.attr, value);
        }
      } else if (isText(op)) {
        // Only character data changes: no parse, no sanitizing (text nodes are inert).
        if (!this.setTexts(op.id + '\u0000' + op.sel, els[0], op.texts, op.count)) {
          stats.skipped++;
          continue;
        }
      } else if (isClass(op)) {
        if (!CLASS_OK.test(op.class)) {
          stats.skipped++;
          continue;
        }
        for (const el of els) {
          el.classList.toggle(op.class, !!op.on);
        }
      } else {
        stats.skipped++;
        continue;
      }
      stats.applied++;
    }
    if (htmlOps.length) {
      this.applyHtml(htmlOps, stats);
    }
    if (patch?.levels) {
      for (const [id, level] of Object.entries(patch.levels)) {
        if (level === null || level === undefined) {
          this.levels.delete(id);
        } else {
          this.levels.set(id, String(level));
        }
      }
    }
    return stats;
  }

  private setTexts(key: string, el: Element, texts: Array<[number, string]>, count: number): boolean {
    let nodes = this.textNodes.get(key);
    if (!nodes) {
      nodes = [];
      const walk = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        nodes.push(n as Text);
      }
      this.textNodes.set(key, nodes);
    }
    if (nodes.length !== count) {
      return false; // not the fragment the core thinks is there
    }
    for (const [i, t] of texts) {
      if (nodes[i] && typeof t === 'string') {
        nodes[i].data = t;
      }
    }
    return true;
  }

  /** Fragments of one refresh parsed and sanitized together, then moved into their cells. */
  private applyHtml(ops: Array<Extract<PatchOp, { html: string }>>, stats: ApplyStats): void {
    let text = `<svg xmlns="${SVG_NS}">`;
    // The core's own fragments (all of them, unless something is wrong) skip the sanitizer's walk,
    // which would change nothing in them (see isFragmentMarkup). One other fragment, and the whole
    // batch is sanitized.
    let fragments = true;
    for (let i = 0; i < ops.length; i++) {
      fragments = fragments && isFragmentMarkup(ops[i].html);
      text += `<g data-fl-op="${i}">${ops[i].html}</g>`;
    }
    text += '</svg>';
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    if (!root || root.localName !== 'svg' || root.getElementsByTagName('parsererror').length) {
      // One bad fragment spoils the batch: retry one by one so the others still apply.
      if (ops.length > 1) {
        for (const op of ops) {
          this.applyHtml([op], stats);
        }
      } else {
        stats.skipped++;
      }
      return;
    }
    if (!fragments) {
      sanitizeTree(root);
    }
    const holders = Array.from(root.children);
    for (const holder of holders) {
      const op = ops[Number(holder.getAttribute('data-fl-op'))];
      const cell = op && this.cells.get(op.id);
      if (!op || !cell) {
        stats.skipped++;
        continue;
      }
      // Moved, not cloned: the parsed document is thrown away (adoptNode keeps the nodes as they are).
      const nodes = Array.from(holder.childNodes).map((n) => this.svg.ownerDocument.adoptNode(n));
      this.replacePart(cell, op.id, op.sel, nodes);
      stats.applied++;
    }
  }

  private replacePart(cell: Element, id: string, sel: string, nodes: Node[]): void {
    const cls = CLASS_OF[sel];
    if (!cls || (sel !== 'label' && sel !== 'under' && sel !== 'over')) {
      return;
    }
    const old = Array.from(cell.getElementsByClassName(cls)).filter((e) => e.parentNode === cell || sel === 'label');
    let anchor: Node | null;
    if (old.length) {
      anchor = old[0];
    } else if (sel === 'under') {
      anchor = cell.getElementsByClassName('fl-image')[0] ?? cell.firstChild;
    } else if (sel === 'over') {
      anchor = cell.getElementsByClassName('fl-label')[0] ?? null;
    } else {
      anchor = null; // a label appears last
    }
    const parent = anchor?.parentNode ?? cell;
    for (const n of nodes) {
      parent.insertBefore(n, anchor);
    }
    for (const e of old) {
      e.remove();
    }
    this.parts.delete(id + '\u0000' + sel);
    this.textNodes.delete(id + '\u0000' + sel);
  }
}
