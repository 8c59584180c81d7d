// The dependency analysis on the drawing (src/analyze/README.md). The core recomputes it on every
// update and says what changed in its overlay; this keeps one <g class="fl-analysis"> layer at the
// end of the SVG (sanitized like every core fragment), toggles the dim class, applies the lit ops
// through the patch applier, and tells the panel's UI. Nothing here decides anything.
import type { Diagram } from '../core/core';
import { parseSvgFragment } from './fragment';
import type { PatchApplier } from './patch';
import { messageOf, obj } from './result';
import type { PatchOp } from './types';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Panel options (all optional: the core's defaults apply). */
export interface AnalysisOptions {
  enabled?: boolean;
  /** `dependsOn`: an arrow A → B means A depends on B (default); `feeds`: B depends on A. */
  arrow?: 'dependsOn' | 'feeds';
  blastRadius?: boolean;
  dim?: boolean;
  rankBadges?: boolean;
  /** Panel only: the top-5 list in the corner. */
  topList?: boolean;
}

export interface AnalysisSignal {
  kind: string;
  contribution: number;
  detail: string;
}

export interface AnalysisCandidate {
  rank: number;
  id: string;
  label: string;
  score: number;
  probability: number;
  explains: number;
  alerts: number;
  explained: string[];
  localRoot: boolean;
  onset?: number;
  summary: string;
  signals: AnalysisSignal[];
}

export interface AnalysisImpact {
  id: string;
  label: string;
  hops: number;
  level: string;
}

export interface AnalysisWhatIf {
  id: string;
  label: string;
  level: string;
  count: number;
  alerting: number;
  impacted: AnalysisImpact[];
  truncated: boolean;
}

export interface AnalysisNote {
  code: string;
  cell?: string;
  message: string;
}

export interface AnalysisReport {
  summary: { nodes: number; alerting: number; failing: number; down: number; impacted: number; noData: number; cycles: number };
  candidates: AnalysisCandidate[];
  blast: Array<{ id: string; label: string; count: number }>;
  unexplained: Array<{ id: string; label: string }>;
  whatIf?: AnalysisWhatIf;
  notes: AnalysisNote[];
  timing: { statesUs: number; analyzeUs: number; overlayUs: number; series: number; pagerankPasses: number; reused: boolean };
}

interface OverlayUpdate {
  svg?: string;
  dim: boolean;
  mode: 'none' | 'incident' | 'whatIf';
  ops: PatchOp[];
}

interface AnalysisApi {
  setAnalysis(json: string): void;
  analysis(): unknown;
  overlay(fresh: boolean): unknown;
  whatIf(cellId: string): unknown;
  analysisNotes(): unknown;
  isAnalysisNode(cellId: string): boolean;
}

export class AnalysisView {
  report?: AnalysisReport;
  /** Why the last what-if or options call failed. */
  error?: string;
  mode: OverlayUpdate['mode'] = 'none';
  private svg?: SVGSVGElement;
  private layer?: SVGGElement;
  private fresh = true;
  private optionsJson?: string;
  private listeners = new Set<() => void>();

  constructor(
    private readonly diagram: Diagram,
    private readonly applier: () => PatchApplier | undefined
  ) {}

  private get api(): AnalysisApi | undefined {
    const d = this.diagram as unknown as Partial<AnalysisApi>;
    return typeof d.analysis === 'function' && typeof d.overlay === 'function' ? (d as AnalysisApi) : undefined;
  }

  /** False with a core built before the analysis. */
  get supported(): boolean {
    return !!this.api;
  }

  /** The freshly inserted SVG: the next overlay is sent whole. */
  attach(svg: SVGSVGElement): void {
    this.svg = svg;
    this.layer = undefined;
    this.fresh = true;
    // The layer exists from the start, so a refresh only ever changes what is inside it.
    if (this.supported) {
      this.ensureLayer();
    }
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private notify(): void {
    for (const fn of this.listeners) {
      fn();
    }
  }

  /** Options for the core; reruns the analysis on the last data when they change. */
  setOptions(o: AnalysisOptions | undefined): void {
    const api = this.api;
    if (!api) {
      return;
    }
    const { topList: _panelOnly, ...core } = o ?? {};
    const json = JSON.stringify(core);
    if (json === this.optionsJson) {
      return;
    }
    this.optionsJson = json;
    try {
      api.setAnalysis(json);
      this.error = undefined;
    } catch (e) {
      this.error = messageOf(e);
    }
    this.refresh();
  }

  /** The last run's time in this view and the core's own steps (for the benchmark); `runs` counts them. */
  lastRun?: { runs: number; ms: number; steps?: AnalysisReport['timing'] };
  private runs = 0;
  private pending?: ReturnType<typeof setTimeout>;
  private disposed = false;

  /**
   * After an update in an interactive panel: run in a task of its own, once for any number of
   * updates before it (the core analyses the last one).
   */
  refreshSoon(): void {
    this.pending ??= setTimeout(() => this.refresh(), 0);
  }

  /** The diagram is being freed: nothing may call into it any more. */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.pending);
  }

  /** After an update (or an options or what-if change): report and overlay changes. */
  refresh(): void {
    clearTimeout(this.pending);
    this.pending = undefined;
    const api = this.api;
    if (!api || this.disposed) {
      return;
    }
    const t0 = performance.now();
    try {
      this.report = obj<AnalysisReport>(api.analysis());
      const upd = obj<OverlayUpdate>(api.overlay(this.fresh));
      this.fresh = false;
      if (upd) {
        this.apply(upd);
      }
    } catch (e) {
      this.error = messageOf(e);
    }
    this.lastRun = { runs: ++this.runs, ms: performance.now() - t0, steps: this.report?.timing };
    this.notify();
  }

  /** "What if this fails?" for any node; `''` clears it. */
  whatIf(cellId: string): void {
    const api = this.api;
    if (!api) {
      return;
    }
    try {
      api.whatIf(cellId);
      this.error = undefined;
    } catch (e) {
      this.error = messageOf(e);
    }
    this.refresh();
  }

  /** Whether "what if this fails?" applies to the cell (a node of the dependency graph). */
  isNode(cellId: string): boolean {
    try {
      return !!this.api?.isAnalysisNode(cellId);
    } catch {
      return false;
    }
  }

  /** Notes about the drawing as a dependency graph (ignored edges, cycles, …). */
  notes(): AnalysisNote[] {
    try {
      const n = obj<AnalysisNote[]>(this.api?.analysisNotes());
      return Array.isArray(n) ? n : [];
    } catch {
      return [];
    }
  }

  private ensureLayer(): SVGGElement | undefined {
    if (!this.svg) {
      return undefined;
    }
    if (!this.layer || this.layer.parentNode !== this.svg) {
      const g = this.svg.ownerDocument.createElementNS(SVG_NS, 'g') as SVGGElement;
      g.setAttribute('class', 'fl-analysis');
      g.setAttribute('pointer-events', 'none');
      this.svg.appendChild(g);
      this.layer = g;
    }
    return this.layer;
  }

  private apply(upd: OverlayUpdate): void {
    const layer = this.ensureLayer();
    if (!layer || !this.svg) {
      return;
    }
    if (typeof upd.svg === 'string') {
      // Parsed and sanitized as the drawing is; its children moved into the layer.
      const root = parseSvgFragment(upd.svg, this.svg.ownerDocument);
      layer.replaceChildren(...(root ? Array.from(root.childNodes) : []));
    }
    this.mode = upd.mode;
    this.svg.classList.toggle('fl-an-dim', !!upd.dim);
    this.svg.setAttribute('data-analysis', upd.mode);
    if (Array.isArray(upd.ops) && upd.ops.length) {
      this.applier()?.apply({ ops: upd.ops });
    }
  }
}
