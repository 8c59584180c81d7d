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
}

/** What the panel shares with its option editors (Grafana's instanceState). */
export interface FaultlineInstanceState {
  pages: Array<{ index: number; name: string }>;
  page: number;
}
