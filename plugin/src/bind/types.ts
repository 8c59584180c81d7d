// What the core's bindings API returns (docs/bindings-contract.md §2). The core owns every rule;
// these types only describe what crosses the wasm boundary. Every string in them is untrusted.

export interface Issue {
  path: string;
  message: string;
}

export interface CompileReport {
  ok: boolean;
  errors: Issue[];
  warnings: Issue[];
  bindings?: number;
  skipped?: number;
}

/** `sel`: root | shape | fg | marker | gradient | label | under | over (inside `<g data-cell-id>`). */
export type PatchOp =
  | { id: string; sel: string; attr: string; value: string | null; painted?: boolean }
  | { id: string; sel: string; html: string }
  | { id: string; sel: string; class: string; on: boolean }
  /** New data for text nodes of the fragment last sent (index among its `count` text nodes). */
  | { id: string; sel: string; texts: Array<[number, string]>; count: number };

export interface Patch {
  ops: PatchOp[];
  levels?: Record<string, string | null>;
  timing?: Record<string, number>;
  problems?: number;
  rematched?: boolean;
}

export interface CoreLink {
  title: string;
  url: string;
  newTab?: boolean;
  /** Binding id, or "cell". */
  source?: string;
}

export interface TraceTarget {
  datasourceUid: string;
  type: string;
  service: string;
}

export interface CellInfo {
  id: string;
  kind?: string;
  label?: string;
  attrs?: Record<string, string>;
  tags?: string[];
  parent?: string | null;
}

export interface SeriesState {
  fieldIndex: number;
  refId?: string;
  name: string;
  value?: string | null;
  raw?: number | null;
  level?: string | null;
}

export interface CellState {
  id: string;
  label?: string;
  level?: string | null;
  bindings: Array<{ binding: string; level?: string | null; series: SeriesState[]; note?: string }>;
}

export interface Inspection {
  compile?: CompileReport;
  bindings?: Array<{ id: string; cells: number; cellsWithData: number; series: number }>;
  unmappedCells: string[];
  unmatchedSeries: string[];
  cells: CellState[];
  data?: string[];
  disappeared?: string[];
  truncated?: boolean;
}

/** What the core's Flowcharting importer returns. */
export interface FlowchartingImport {
  /** draw.io XML of the (first) flowchart. */
  source?: string;
  /** The binding document. */
  bindings?: unknown;
  /** Anything not carried over, one line each (or with a path). */
  report?: Array<string | Issue>;
  [key: string]: unknown;
}
