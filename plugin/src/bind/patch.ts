// Applies the core's patches to the live SVG in a flat loop. The core decides everything; this only
// finds elements (cached per cell and selector), remembers drawn values so `value: null` can restore
// them, and parses fragments (all of one refresh's fragments in a single parse), through the
// sanitizer unless they are made only of the core's fragment grammar.
//
// A refresh is ~2,000 ops and most of its time is the DOM writes themselves, so none is made that
// changes nothing: the applier is the only writer of the attributes, text nodes and flow styles it
// patches, and it compares with what it last wrote (no DOM read) before writing.
import { isFragmentMarkup, parseInert, sanitizeTree } from '../view/sanitize';
import { FLOW_PERIOD } from './motion';
import type { Patch, PatchOp } from './types';

const SVG_NS = 'http://www.w3.org/2000/svg';

// Attributes a patch may set: paint, geometry-free presentation and our data-* hooks.
const ATTR_OK = /^(fill|stroke|stroke-width|stroke-dasharray|stop-color|opacity|fill-opacity|stroke-opacity|visibility|data-[a-z][a-z0-9-]*)$/;
const CLASS_OK = /^fl-[a-z0-9-]+$/;
// A value may not fetch or run anything: only url(#local) references.
const VALUE_BAD = /url\s*\((?!\s*['"]?#)|javascript:|expression\s*\(|[<>]/i;

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

/** One drawn element patches write to, and what they remember about it. */
interface Target {
  el: Element;
  /** Per attribute: its value as drawn (recorded before the first change: `value: null` puts it back) and now. */
  attrs: Map<string, { drawn: string | null; now: string | null }>;
  /** The flow last applied: duration in ms, negative when reversed, 0 none, undefined never set. */
  flow?: number;
}

/** What a selector finds in one cell: its elements and, for text ops, the fragment's text nodes. */
interface Part {
  targets: Target[];
  texts?: Text[];
  /** The data each text node was last given here (text nodes are written only through here). */
  textNow?: Array<string | undefined>;
}

interface Cell {
  root: Element;
  parts?: Map<string, Part>;
}

export class PatchApplier {
  private cells = new Map<string, Cell>();
  /** One Target per element, whatever selectors reach it. */
  private targets = new WeakMap<Element, Target>();
  readonly levels = new Map<string, string>();

  constructor(private readonly svg: SVGSVGElement) {
    for (const el of Array.from(svg.querySelectorAll('[data-cell-id]'))) {
      const id = el.getAttribute('data-cell-id');
      if (id !== null && !this.cells.has(id)) {
        this.cells.set(id, { root: el });
      }
    }
  }

  /** The cell's root group, or undefined for ids not drawn. */
  cell(id: string): Element | undefined {
    return this.cells.get(id)?.root;
  }

  private target(el: Element): Target {
    let t = this.targets.get(el);
    if (!t) {
      t = { el, attrs: new Map() };
      this.targets.set(el, t);
    }
    return t;
  }

  /** The elements `sel` names in the cell (found once, until a fragment replaces them). */
  private part(id: string, sel: string): Part | undefined {
    const cell = this.cells.get(id);
    if (!cell) {
      return undefined;
    }
    let part = cell.parts?.get(sel);
    if (!part) {
      let els: Element[];
      if (sel === 'root') {
        els = [cell.root];
      } else if (sel === 'gradient') {
        els = this.gradientStops(cell.root);
      } else {
        const cls = CLASS_OF[sel];
        els = cls ? Array.from(cell.root.getElementsByClassName(cls)) : [];
      }
      part = { targets: els.map((el) => this.target(el)) };
      (cell.parts ??= new Map()).set(sel, part);
    }
    return part;
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
    const a = this.targets.get(el)?.attrs.get(attr);
    return a ? a.drawn : el.getAttribute(attr);
  }

  private setAttr(t: Target, attr: string, value: string | null): void {
    let a = t.attrs.get(attr);
    if (!a) {
      const drawn = t.el.getAttribute(attr);
      a = { drawn, now: drawn };
      t.attrs.set(attr, a);
    }
    const v = value === null ? a.drawn : value;
    // Only this applier writes these attributes: what it last wrote is what the element has.
    if (v !== a.now) {
      if (v === null) {
        t.el.removeAttribute(attr);
      } else {
        t.el.setAttribute(attr, v);
      }
      a.now = v;
    }
    if (attr === 'data-flow') {
      this.flow(t, v);
    }
  }

  /** Flow speed (px/s, sign = direction) → CSS animation duration and direction on the edge. */
  private flow(t: Target, v: string | null): void {
    const speed = v === null ? 0 : Number(v);
    const on = Number.isFinite(speed) && Math.abs(speed) >= 1e-6;
    // Rounded to the ms (what the style gets), signed by direction: equal means nothing to do.
    const flow = on ? Math.round(Math.min(60, Math.max(0.05, FLOW_PERIOD / Math.abs(speed))) * 1000) * (speed < 0 ? -1 : 1) : 0;
    const was = t.flow;
    if (flow === was) {
      return;
    }
    t.flow = flow;
    const el = t.el;
    const style = (el as SVGElement).style;
    if (!on) {
      el.classList.remove('fl-flowing', 'fl-flow-rev');
      style.removeProperty('--fl-flow-dur');
      return;
    }
    style.setProperty('--fl-flow-dur', `${Math.abs(flow)}ms`);
    if (!was || (was < 0) !== (flow < 0)) {
      el.classList.add('fl-flowing');
      el.classList.toggle('fl-flow-rev', flow < 0);
    }
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
      const part = this.part(op.id, op.sel);
      const targets = part?.targets;
      if (!targets || targets.length === 0) {
        stats.skipped++;
        continue;
      }
      if (isAttr(op)) {
        const { attr, value } = op;
        if (!ATTR_OK.test(attr) || (value !== null && (typeof value !== 'string' || VALUE_BAD.test(value)))) {
          stats.skipped++;
          continue;
        }
        for (let k = 0; k < targets.length; k++) {
          const t = targets[k];
          if (op.painted && this.drawnValue(t.el, attr) === 'none') {
            continue;
          }
          this.setAttr(t, attr, value);
        }
      } else if (isText(op)) {
        // Only character data changes: no parse, no sanitizing (text nodes are inert).
        if (!this.setTexts(part!, op.texts, op.count)) {
          stats.skipped++;
          continue;
        }
      } else if (isClass(op)) {
        if (!CLASS_OK.test(op.class)) {
          stats.skipped++;
          continue;
        }
        for (let k = 0; k < targets.length; k++) {
          targets[k].el.classList.toggle(op.class, !!op.on);
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

  private setTexts(part: Part, texts: Array<[number, string]>, count: number): boolean {
    let nodes = part.texts;
    if (!nodes) {
      nodes = [];
      const el = part.targets[0].el;
      const walk = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        nodes.push(n as Text);
      }
      part.texts = nodes;
      part.textNow = new Array(nodes.length);
    }
    if (nodes.length !== count) {
      return false; // not the fragment the core thinks is there
    }
    const now = part.textNow!;
    for (const [i, t] of texts) {
      if (nodes[i] && typeof t === 'string' && now[i] !== t) {
        nodes[i].data = t;
        now[i] = t;
      }
    }
    return true;
  }

  /**
   * Fragments of one refresh parsed and sanitized together, then moved into their cells. The batch
   * goes through the HTML parser (`parseInert`: nothing runs or loads there), which takes
   * about 40 % less time than the XML parser for a first bind's ~900 labels; it repairs what the XML
   * parser refuses, so the batch is kept only when every holder came out in its place, and otherwise
   * each fragment is parsed on its own by the XML parser (`strict`), where a bad one is skipped.
   */
  private applyHtml(ops: Array<Extract<PatchOp, { html: string }>>, stats: ApplyStats, strict = false): void {
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
    let root: Element | null;
    let holders: Element[] = [];
    if (strict) {
      root = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
      if (!root || root.localName !== 'svg' || root.getElementsByTagName('parsererror').length) {
        stats.skipped++;
        return;
      }
      holders = Array.from(root.children);
    } else {
      root = parseInert(text, this.svg.ownerDocument) ?? null;
      holders = root ? Array.from(root.children) : [];
      if (holders.length !== ops.length || holders.some((h, i) => h.getAttribute('data-fl-op') !== String(i))) {
        // A fragment that is not balanced moved the holders after it: one by one, strictly.
        for (const op of ops) {
          this.applyHtml([op], stats, true);
        }
        return;
      }
    }
    if (!fragments) {
      sanitizeTree(root!);
    }
    for (const holder of holders) {
      const op = ops[Number(holder.getAttribute('data-fl-op'))];
      const cell = op && this.cells.get(op.id)?.root;
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
    this.cells.get(id)?.parts?.delete(sel);
  }
}
