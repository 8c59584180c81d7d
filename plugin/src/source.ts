import type { DiagramSource } from './types';

/** The core refuses more than this after decompression; refuse it before, too. */
export const MAX_SOURCE_BYTES = 64 << 20;

export type InterpolateFn = (value: string, scopedVars?: any, format?: any) => string;

/** A source resolved to what the core reads. `key` changes exactly when the bytes may differ. */
export interface SourceRequest {
  key: string;
  load: (signal: AbortSignal) => Promise<Uint8Array>;
}

const encoder = new TextEncoder();

function fromText(text: string, empty: string): SourceRequest {
  return {
    key: 'text:' + text,
    load: async () => {
      if (!text.trim()) {
        throw new Error(empty);
      }
      return encoder.encode(text);
    },
  };
}

/** Resolves the URL against the page and allows only http(s): no javascript:, data: or file: sources. */
export function checkUrl(raw: string, base: string): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new Error(`the diagram URL is not valid: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`the diagram URL must use http or https, not ${url.protocol}`);
  }
  return url;
}

/** Dashboard variables in diagram text ($var, ${var}), as Flowcharting did; compressed or PNG sources have none. */
function withVariables(text: string, replaceVariables: InterpolateFn): string {
  return text.startsWith('data:') || !/\$\w|\$\{|\[\[/.test(text) ? text : replaceVariables(text);
}

// $var, ${var…}, [[var]]: what Grafana's replaceVariables replaces.
const VARIABLE_REF = /\$\w+|\$\{[^}]*\}|\[\[[^\]]*\]\]/g;

/** Each distinct variable reference in the texts (those `keep` accepts). */
export function variableRefs(texts: Iterable<string>, keep?: (ref: string) => boolean): string[] {
  const refs = new Set<string>();
  for (const t of texts) {
    for (const m of t.matchAll(VARIABLE_REF)) {
      if (!keep || keep(m[0])) {
        refs.add(m[0]);
      }
    }
  }
  return [...refs];
}

/**
 * What the references stand for now, as one string. Grafana's scenes give a panel one
 * replaceVariables for its whole life and re-render it when a variable its options use changes, so
 * results that depend on variables are memoized on this, never on the function.
 */
export function variableValues(refs: string[], replaceVariables: InterpolateFn): string {
  return refs.map((r) => replaceVariables(r)).join('\u0000');
}

/** The variable references a source's interpolation reads (see withVariables and the URL). */
export function sourceVariableRefs(source: DiagramSource | undefined): string[] {
  const kind = source?.kind ?? 'text';
  const text = kind === 'url' ? source?.url ?? '' : kind === 'file' ? source?.file?.content ?? '' : source?.text ?? '';
  return kind !== 'url' && text.startsWith('data:') ? [] : variableRefs([text]);
}

export function resolveSource(source: DiagramSource | undefined, replaceVariables: InterpolateFn): SourceRequest {
  const kind = source?.kind ?? 'text';
  if (kind === 'file') {
    const file = source?.file;
    if (!file || !file.content) {
      return fromText('', 'no diagram file uploaded: upload a .drawio, .xml, .svg, .png or .html file in the panel options');
    }
    // PNG arrives as a data: URI string; the core recognises and decodes it.
    return fromText(withVariables(file.content, replaceVariables), `the uploaded file ${file.name} is empty`);
  }
  if (kind === 'url') {
    const raw = (source?.url ?? '').trim();
    const interpolated = raw ? replaceVariables(raw) : '';
    return {
      key: 'url:' + interpolated,
      load: async (signal) => {
        if (!interpolated) {
          throw new Error('no diagram URL set: enter one in the panel options');
        }
        const url = checkUrl(interpolated, document.baseURI);
        let response: Response;
        try {
          response = await fetch(url, { signal, credentials: 'same-origin' });
        } catch (e) {
          if (signal.aborted) {
            throw e;
          }
          throw new Error(`could not fetch the diagram from ${url.href}: ${(e as Error).message || 'network error'}`);
        }
        if (!response.ok) {
          const status = `${response.status}${response.statusText ? ' ' + response.statusText : ''}`;
          throw new Error(`could not fetch the diagram: HTTP ${status} from ${url.href}`);
        }
        const length = Number(response.headers.get('content-length') || 0);
        if (length > MAX_SOURCE_BYTES) {
          throw new Error(`the diagram at ${url.href} is larger than 64 MB`);
        }
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (bytes.length > MAX_SOURCE_BYTES) {
          throw new Error(`the diagram at ${url.href} is larger than 64 MB`);
        }
        if (bytes.length === 0) {
          throw new Error(`the diagram at ${url.href} is empty`);
        }
        return bytes;
      },
    };
  }
  return fromText(withVariables(source?.text ?? '', replaceVariables), 'no diagram: paste draw.io XML in the panel options');
}
