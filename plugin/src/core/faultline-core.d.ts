// Types of the wasm-bindgen glue (build/pkg/faultline.js, built with --no-typescript).
// Mirrors src/api.rs (RenderOptions / RenderOutput, camelCase).

export interface CorePage {
  index: number;
  id: string;
  name: string;
}

export interface CorePlaceholder {
  cellId: string;
  shape: string;
}

export interface CoreRenderOptions {
  page?: number | string;
  theme?: 'light' | 'dark';
  border?: number;
}

export interface CoreRenderOutput {
  svg: string;
  width: number;
  height: number;
  pages: CorePage[];
  page: number;
  cellCount: number;
  placeholders: CorePlaceholder[];
  warnings: string[];
  /** Stencil packs the page uses that were not added (their shapes are placeholders). */
  missingPacks: string[];
}

export function render(source: Uint8Array, options?: CoreRenderOptions): CoreRenderOutput;
/** Stencil packs (draw.io library files) the page needs that are not added yet. */
export function requiredPacks(source: Uint8Array, options?: CoreRenderOptions): string[];
/** Adds a stencil pack's bytes; returns its number of entries. Throws on a corrupt pack. */
export function addPack(name: string, bytes: Uint8Array): number;
export function loadedPacks(): string[];
export function version(): string;
export default function init(opts?: { module_or_path?: RequestInfo | URL | Response | BufferSource | WebAssembly.Module }): Promise<unknown>;

// The bindings API (docs/bindings-contract.md §2). Results may come as objects or JSON text.
/** A loaded diagram with its bindings engine. */
export declare class Diagram {
  static load(source: Uint8Array, options?: CoreRenderOptions): Diagram;
  free(): void;
  // Dependency analysis (plugin/src/bind/analysis.ts).
  setAnalysis?(options: string): void;
  analysis?(): unknown;
  overlay?(fresh: boolean): unknown;
  whatIf?(cellId: string): unknown;
  analysisNotes?(): unknown;
  isAnalysisNode?(cellId: string): boolean;
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  readonly page: number;
  pages(): unknown;
  warnings(): unknown;
  placeholders(): unknown;
  missingPacks(): unknown;
  cells(): unknown;
  setTheme(theme: string): unknown;
  setBindings(json: string): unknown;
  update(frames: string, values: Float64Array, times: Float64Array, nowMs: number, fromMs: number, toMs: number): unknown;
  tooltip(cellId: string): string;
  links(cellId: string): unknown;
  trace?(cellId: string): unknown;
  cellState?(cellId: string): unknown;
  inspect(): unknown;
  resync?(): unknown;
  /** Zero-copy refresh: size the core's buffers, fill its views, then updatePrepared. */
  prepare(valuesLen: number, timesLen: number): void;
  valuesView(): Float64Array;
  timesView(): Float64Array;
  updatePrepared(frames: string, nowMs: number, fromMs: number, toMs: number): unknown;
  /** Descriptor field indices of the matched series (what a refresh must copy). */
  neededFields(): Uint32Array;
  /** Benchmark baseline: every rule's regex compiled and run on every refresh. */
  setNaive(on: boolean): void;
  setAnimations?(on: boolean): void;
  /** `update` leaves the dependency analysis to the next `analysis()` call. */
  setAnalysisDeferred?(on: boolean): void;
  setTimezoneOffset?(minutes: number): void;
}
/** Flowcharting panel JSON → {source, bindings, report}. */
export function importFlowcharting(panelJson: string): unknown;
