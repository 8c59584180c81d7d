// One drawn diagram and its bindings: the wasm Diagram handle, the encoder that feeds it, and the
// applier that writes its patches into the SVG. Every wasm call of the panel goes through here.
import type { DataFrame, TimeRange } from '@grafana/data';

import type { CoreRenderOutput, Diagram } from '../core/core';
import { AnalysisView } from './analysis';
import { FrameEncoder, type FieldRef } from './frames';
import { PatchApplier } from './patch';
import { messageOf, obj } from './result';
import type { CellInfo, CellState, CompileReport, CoreLink, Inspection, Patch, TraceTarget } from './types';

function list<T>(v: unknown): T[] {
  const o = obj<T[]>(v);
  return Array.isArray(o) ? o : [];
}

export interface UpdateTiming {
  encodeMs: number;
  coreMs: number;
  applyMs: number;
  ops: number;
  fields: number;
  points: number;
  /** Values copied into the core (only the matched series while the descriptor is unchanged). */
  copied: number;
  /** The core's own phases (µs: ingestUs, matchUs, evalUs, patchUs), for the benchmark. */
  core?: Record<string, number>;
  /** Of applyMs: the live analysis report and overlay after the patch (0 when it runs in a task of its own: `AnalysisView.lastRun`). */
  analysisMs?: number;
}

/** What a Diagram has to say about the drawing, in the shape render() returns. */
export function renderOutputOf(d: Diagram): CoreRenderOutput {
  return {
    svg: d.svg,
    width: d.width,
    height: d.height,
    page: d.page,
    pages: list(d.pages()),
    warnings: list(d.warnings()),
    placeholders: list(d.placeholders()),
    missingPacks: list(d.missingPacks()),
    cellCount: 0,
  };
}

export class BindSession {
  private encoder = new FrameEncoder();
  private applier?: PatchApplier;
  private refs: FieldRef[] = [];
  private frames: DataFrame[] = [];
  private bindingsJson: string | undefined;
  report?: CompileReport;
  /** Bumped on every update that changed something: tooltips and the inspector refetch. */
  generation = 0;
  lastTiming?: UpdateTiming;
  /** Time of the last setBindings (compile). */
  compileMs = 0;
  dataError?: string;

  /** The dependency analysis: overlay layer, report, what-if (src/analyze, via the same Diagram). */
  readonly analysis: AnalysisView;

  constructor(readonly diagram: Diagram) {
    this.analysis = new AnalysisView(diagram, () => this.applier);
  }

  /** The SVG element the patches go to (after it is parsed and sanitized). */
  attach(svg: SVGSVGElement): void {
    this.applier = new PatchApplier(svg);
    this.analysis.attach(svg);
  }

  get levels(): ReadonlyMap<string, string> {
    return this.applier?.levels ?? new Map();
  }

  hasCell(id: string): boolean {
    return !!this.applier?.cell(id);
  }

  /** Render mode: the core then sends no flow or blink at all. */
  setAnimations(on: boolean): void {
    if (on !== this.animations) {
      this.animations = on;
      this.diagram.setAnimations?.(on);
    }
  }
  private animations = true;

  /**
   * Interactive panels: the dependency analysis runs in a task of its own after each update, so the
   * bound look is painted without waiting for it (scoring every counted series is a good part of a
   * refresh). Render and kiosk mode keep it in the update: the capture waits for one task only.
   */
  setAnalysisDeferred(on: boolean): void {
    this.analysisDeferred = on;
    this.diagram.setAnalysisDeferred?.(on);
  }
  private analysisDeferred = false;

  /** Minutes east of UTC for the core's date units (the dashboard's time zone). */
  setTimezone(minutes: number): void {
    if (minutes !== this.tz && Number.isFinite(minutes)) {
      this.tz = minutes;
      this.diagram.setTimezoneOffset?.(minutes);
    }
  }
  private tz: number | undefined;

  private neededKnown = false;
  /** The core took the last update's frames (it holds their layout and values). */
  private hasData = false;

  /** Descriptor fields the core reads (its matched series). */
  private neededFields(): Set<number> | undefined {
    try {
      return new Set(this.diagram.neededFields());
    } catch {
      return undefined;
    }
  }

  /** The core's naive mode, for the benchmark's comparison. */
  setNaive(on: boolean): boolean {
    this.diagram.setNaive(on);
    return true;
  }

  /** Compiles a binding document (JSON text) unless it is the one already compiled. */
  setBindings(json: string): CompileReport | undefined {
    if (json === this.bindingsJson) {
      return this.report;
    }
    this.bindingsJson = json;
    // New bindings read other series: copy everything next time, then learn again.
    this.encoder.setNeeded(undefined);
    this.neededKnown = false;
    const t0 = performance.now();
    let compiled = false;
    try {
      this.report = obj<CompileReport>(this.diagram.setBindings(json)) ?? { ok: true, errors: [], warnings: [] };
      compiled = true;
    } catch (e) {
      this.report = { ok: false, errors: [{ path: '', message: messageOf(e) }], warnings: [] };
    }
    if (compiled && this.hasData) {
      // The core matched the new bindings against the series it has (src/bind/engine.rs
      // set_bindings): while the frames keep their layout, the first update copies only those.
      this.encoder.setNeeded(this.neededFields());
      this.neededKnown = true;
    }
    this.compileMs = performance.now() - t0;
    return this.report;
  }

  /** One refresh: frames in, patch out, patch applied. */
  update(series: DataFrame[] | undefined, range: TimeRange | undefined, now = Date.now()): UpdateTiming | undefined {
    const d = this.diagram;
    const from = range ? range.from.valueOf() : now - 3_600_000;
    const to = range ? range.to.valueOf() : now;
    const t0 = performance.now();
    let t1 = t0;
    let patch: Patch | undefined;
    let enc: ReturnType<FrameEncoder['encode']> | undefined;
    try {
      // Zero-copy: the values are written straight into the core's memory.
      enc = this.encoder.encode(series, (nv, nt) => {
        d.prepare(nv, nt);
        // Taken after prepare (which may grow wasm memory) and before any other call into the core.
        return { values: d.valuesView(), times: d.timesView() };
      });
      t1 = performance.now();
      patch = obj<Patch>(d.updatePrepared(enc.desc, now, from, to));
      this.dataError = undefined;
      this.hasData = true;
    } catch (e) {
      // The descriptor was not taken: send it whole next time.
      this.encoder.reset();
      this.hasData = false;
      this.dataError = messageOf(e);
    }
    this.refs = enc?.refs ?? [];
    this.frames = series ?? [];
    const t2 = performance.now();
    const stats = this.applier?.apply(patch);
    const ta = performance.now();
    if (this.analysisDeferred) {
      this.analysis.refreshSoon();
    } else {
      this.analysis.refresh();
    }
    const t3 = performance.now();
    this.generation++;
    if (enc && patch) {
      if (enc.copied < enc.points && patch.rematched) {
        // The core matched anew while only the previously needed series were filled in: redo it whole.
        this.encoder.setNeeded(undefined);
        this.neededKnown = false;
        return this.update(series, range, now);
      }
      if (enc.desc !== '' || patch.rematched || !this.neededKnown) {
        this.encoder.setNeeded(this.neededFields());
        this.neededKnown = true;
      }
    }
    this.lastTiming = { encodeMs: t1 - t0, coreMs: t2 - t1, applyMs: t3 - t2, ops: stats?.applied ?? 0, fields: enc?.fields ?? 0, points: enc?.points ?? 0, copied: enc?.copied ?? 0, core: patch?.timing, analysisMs: t3 - ta };
    return this.lastTiming;
  }

  tooltip(id: string): string {
    try {
      return String(this.diagram.tooltip(id) ?? '');
    } catch {
      return '';
    }
  }

  links(id: string): CoreLink[] {
    try {
      // A list, or {links, dropped} (dropped: links the core's URL check refused).
      const r = obj<CoreLink[] | { links?: CoreLink[] }>(this.diagram.links(id));
      return Array.isArray(r) ? r : Array.isArray(r?.links) ? r!.links! : [];
    } catch {
      return [];
    }
  }

  trace(id: string): TraceTarget | undefined {
    try {
      const t = typeof this.diagram.trace === 'function' ? obj<TraceTarget>(this.diagram.trace(id)) : undefined;
      return t && typeof t.service === 'string' && t.service ? t : undefined;
    } catch {
      return undefined;
    }
  }

  cellState(id: string): CellState | undefined {
    try {
      const d = this.diagram as unknown as Record<string, (id: string) => unknown>;
      const fn = typeof d.cellState === 'function' ? 'cellState' : typeof d.state === 'function' ? 'state' : undefined;
      if (fn) {
        return obj<CellState>(d[fn].call(this.diagram, id));
      }
      return this.inspect()?.cells.find((c) => c.id === id);
    } catch {
      return undefined;
    }
  }

  inspect(): Inspection | undefined {
    try {
      const i = obj<Inspection>(this.diagram.inspect());
      return i ? { ...i, unmappedCells: i.unmappedCells ?? [], unmatchedSeries: i.unmatchedSeries ?? [], cells: i.cells ?? [] } : undefined;
    } catch {
      return undefined;
    }
  }

  cells(): CellInfo[] {
    try {
      return list<CellInfo>(this.diagram.cells());
    } catch {
      return [];
    }
  }

  /** The frame and field behind a descriptor field index (for Grafana's data links). */
  fieldAt(index: number): { frame: DataFrame; fieldIndex: number } | undefined {
    const r = this.refs[index];
    const frame = r && this.frames[r.frame];
    return frame && frame.fields[r.field] ? { frame, fieldIndex: r.field } : undefined;
  }

  free(): void {
    this.analysis.dispose();
    try {
      this.diagram.free();
    } catch {
      // Already freed.
    }
  }
}
