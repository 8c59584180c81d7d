export type SourceKind = 'text' | 'file' | 'url';
export type FitMode = 'width' | 'height' | 'both' | 'none';

/** An uploaded diagram: text files as text, PNG as a `data:image/png;base64,…` string (the core decodes it). */
export interface DiagramFile {
  name: string;
  content: string;
}

export interface DiagramSource {
  kind: SourceKind;
  text?: string;
  file?: DiagramFile;
  /** May hold dashboard variables (`$var`, `${var}`). */
  url?: string;
}

export interface FaultlineOptions {
  source: DiagramSource;
  /** Page name, or 0-based index; empty means the first page. */
  page?: string | number;
  fit: FitMode;
  /** Initial zoom, multiplied with the fit scale. */
  zoom: number;
  /** The binding document (docs/bindings-contract.md §1); the core compiles and evaluates it. */
  bindings?: BindingDoc;
  /** A Flowcharting panel being imported, then the import's report. */
  migration?: MigrationState;
  /** Dependency analysis: direction rule and which overlays show. */
  analysis?: import('./bind/analysis').AnalysisOptions;
}

/** Whether the document binds anything (the panel then needs the full core). */
export function hasBindings(doc: BindingDoc | undefined): boolean {
  return !!doc && Array.isArray(doc.bindings) && doc.bindings.length > 0;
}

/** A binding document as stored in the dashboard. Only the core interprets it. */
export interface BindingDoc {
  version?: number;
  levels?: Array<{ name: string; color?: string }>;
  combine?: string;
  bindings?: Binding[];
  cellLinks?: Record<string, LinkSpec[]>;
  traces?: TraceOptions;
  [key: string]: unknown;
}

export interface LinkSpec {
  title?: string;
  url?: string;
  newTab?: boolean;
  [key: string]: unknown;
}

export interface TraceOptions {
  datasourceUid?: string;
  type?: string;
  serviceAttr?: string;
  labelMap?: Record<string, string>;
  [key: string]: unknown;
}

/** One binding, loosely typed: the form edits the common keys and keeps the others as they are. */
export interface Binding {
  id?: string;
  cells?: Record<string, unknown>;
  series?: Record<string, unknown>;
  reducer?: string;
  thresholds?: { type?: string; steps?: Array<Record<string, unknown>>; op?: string; invert?: boolean; [key: string]: unknown };
  mappings?: Array<Record<string, unknown>>;
  color?: { targets?: string[]; when?: string; [key: string]: unknown };
  text?: { mode?: string; pattern?: string; format?: string; unit?: string; decimals?: number; when?: string; [key: string]: unknown };
  edge?: Record<string, unknown>;
  blink?: string | boolean;
  links?: LinkSpec[];
  tooltip?: boolean;
  [key: string]: unknown;
}

export interface MigrationState {
  /** Plugin id the options came from. */
  from: string;
  /** The old panel's options, until the panel has run the core's importer on them. */
  pending?: Record<string, unknown>;
  /** What could not be carried over, one line each. */
  report?: string[];
  /** Set once imported. */
  imported?: boolean;
  /** The user closed the panel's import notice. */
  dismissed?: boolean;
}

/** What the panel shares with its option editors (Grafana's instanceState). */
export interface FaultlineInstanceState {
  pages: Array<{ index: number; name: string }>;
  page: number;
  /** Bindings support (absent when the core has no bindings API or nothing is drawn). */
  bindings?: BindingsInstanceState;
}

export interface BindingsInstanceState {
  /** Changes on every refresh: editors that show live state re-read then. */
  generation: number;
  report?: import('./bind/types').CompileReport;
  dataError?: string;
  cells: () => Array<import('./bind/types').CellInfo>;
  inspect: () => import('./bind/types').Inspection | undefined;
  timing?: import('./bind/session').UpdateTiming;
  /** Time of the last compile (setBindings), ms. */
  compileMs?: number;
  /** Benchmarks: the core's naive mode (every rule's regex on every refresh), when it has one. */
  setNaive?: (on: boolean) => boolean;
  /** Benchmarks: the last dependency analysis run (in its own task after an update, in an interactive panel). */
  analysisRun?: () => { runs: number; ms: number; steps?: { statesUs: number; analyzeUs: number; overlayUs: number } } | undefined;
}
