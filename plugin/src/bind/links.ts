// Links out of a cell: Grafana variables resolved, only http(s) and relative URLs, same tab through
// Grafana's router when the target is inside Grafana, new tabs without an opener. Trace links to
// Explore in Grafana's current URL format (schemaVersion=1 + panes).
import { locationUtil, urlUtil, type ScopedVars, type TimeRange } from '@grafana/data';
import { config, locationService } from '@grafana/runtime';

import type { TraceTarget } from './types';

export type Interpolate = (value: string, scopedVars?: ScopedVars, format?: string | Function) => string;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0020\u007f-\u009f]+/g;

/**
 * The URL resolved against the page when it is http(s) or relative; undefined for anything else
 * (javascript:, data:, vbscript:, file:, …), whatever the spelling.
 */
export function safeUrl(raw: string, base = window.location.href): URL | undefined {
  if (typeof raw !== 'string') {
    return undefined;
  }
  const trimmed = raw.trim();
  if (!trimmed || trimmed.length > 8192) {
    return undefined;
  }
  // Browsers skip these characters inside a scheme ("java\tscript:"): judge the URL without them.
  const squeezed = trimmed.replace(CONTROL, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed);
  if (scheme && !/^https?$/i.test(scheme[1])) {
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
}

/** Grafana's sub-path ("" or "/grafana"). */
function appSubUrl(): string {
  return (config?.appSubUrl ?? '').replace(/\/+$/, '');
}

/** The in-app path (without the sub-path) when `url` is inside this Grafana, else undefined. */
export function inGrafanaPath(url: URL): string | undefined {
  if (url.origin !== window.location.origin) {
    return undefined;
  }
  const sub = appSubUrl();
  const path = url.pathname;
  if (sub && !(path === sub || path.startsWith(sub + '/'))) {
    return undefined;
  }
  return (sub ? path.slice(sub.length) || '/' : path) + url.search + url.hash;
}

export interface ResolvedLink {
  title: string;
  url: URL;
  newTab: boolean;
}

/**
 * A core link (cell variables already expanded and encoded by the core) with the panel's
 * Grafana variables resolved. replaceVariables is the panel's own, so a repeated panel resolves
 * its own repeat value. Returns undefined when the result is not an allowed URL.
 */
export function resolveLink(
  link: { title?: string; url?: string; newTab?: boolean },
  replaceVariables: Interpolate,
  scopedVars?: ScopedVars
): ResolvedLink | undefined {
  if (!link || typeof link.url !== 'string') {
    return undefined;
  }
  // Values go into a URL: URI-encode them, as Grafana's data links do.
  let href = link.url.replace(/\n/g, '');
  href = replaceVariables(href, scopedVars, 'uriencode');
  const rel = /^\/(?!\/)/.test(href) ? locationUtil.assureBaseUrl(href) : href;
  const url = safeUrl(rel);
  if (!url) {
    return undefined;
  }
  const title = replaceVariables(String(link.title ?? ''), scopedVars) || url.href;
  return { title: title.slice(0, 200), url, newTab: !!link.newTab };
}

/** Opens a resolved link: in Grafana through its router, elsewhere by navigation; new tabs get no opener. */
export function openLink(link: ResolvedLink): void {
  if (link.newTab) {
    window.open(link.url.href, '_blank', 'noopener,noreferrer');
    return;
  }
  const inApp = inGrafanaPath(link.url);
  if (inApp !== undefined) {
    locationService.push(inApp);
  } else {
    window.location.assign(link.url.href);
  }
}

/** The time range as Explore takes it: relative strings kept ("now-1h"), absolute as epoch ms. */
export function exploreRange(range: TimeRange): { from: string; to: string } {
  const side = (raw: unknown, abs: { valueOf(): number }) =>
    typeof raw === 'string' ? raw : String(abs.valueOf());
  return { from: side(range.raw?.from, range.from), to: side(range.raw?.to, range.to) };
}

/** TraceQL string literal: quotes and backslashes escaped. */
function traceqlString(s: string): string {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}

/** The Explore query for a trace target, per data source type; undefined for unknown types. */
export function traceQuery(t: TraceTarget): Record<string, unknown> | undefined {
  const datasource = { type: t.type, uid: t.datasourceUid };
  switch (t.type) {
    case 'tempo':
      return {
        refId: 'A',
        datasource,
        queryType: 'traceql',
        query: `{resource.service.name=${traceqlString(t.service)}}`,
        limit: 20,
        tableType: 'traces',
      };
    case 'jaeger':
      return { refId: 'A', datasource, queryType: 'search', service: t.service };
    case 'zipkin':
      // Zipkin's query model only takes a trace ID: Explore opens its trace picker.
      return { refId: 'A', datasource, queryType: 'traceID', query: '' };
    default:
      return undefined;
  }
}

/** `/explore?schemaVersion=1&panes=…&orgId=…` for a cell's traces over the panel's time range. */
export function exploreUrl(t: TraceTarget, range: TimeRange, orgId?: number): string | undefined {
  const query = traceQuery(t);
  if (!query || !t.datasourceUid) {
    return undefined;
  }
  const panes = { fl: { datasource: t.datasourceUid, queries: [query], range: exploreRange(range) } };
  const params: Record<string, string | number> = { schemaVersion: 1, panes: JSON.stringify(panes) };
  const org = orgId ?? config?.bootData?.user?.orgId;
  if (typeof org === 'number' && org > 0) {
    params.orgId = org;
  }
  return urlUtil.renderUrl('/explore', params);
}
