// Flowcharting (agenty-flowcharting-panel) → Faultline. Grafana calls these handlers synchronously
// and before the wasm core is there, so they only park the old options under `migration.pending`;
// the panel runs the core's importer on its first render and writes the result back through
// onOptionsChange (see FaultlinePanel), keeping a report of what could not be carried over.
import type { PanelModel } from '@grafana/data';

type PanelMigrationModel<T> = Parameters<import('@grafana/data').PanelMigrationHandler<T>>[0];

import type { FaultlineOptions, MigrationState } from './types';

export const FLOWCHARTING_ID = 'agenty-flowcharting-panel';

// Keys only a Flowcharting panel has (1.0: flowchartsData/rulesData; 0.x: flat flowchart/shape/text data).
const MARKERS = ['flowchartsData', 'rulesData', 'flowchart', 'shapeData', 'textData'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasMarkers(v: unknown): v is Record<string, unknown> {
  return isRecord(v) && MARKERS.some((k) => k in v && v[k] !== undefined && v[k] !== null);
}

/**
 * The Flowcharting options wherever Grafana put them: the old panel itself (dashboard JSON whose
 * type was edited), `{angular: …}` (Grafana's panel-change path for Angular panels),
 * `{angularOptions: …}` (Scenes), or the options object.
 */
export function findFlowcharting(...candidates: unknown[]): Record<string, unknown> | undefined {
  for (const c of candidates) {
    if (hasMarkers(c)) {
      return c;
    }
    if (isRecord(c)) {
      for (const k of ['angular', 'angularOptions', 'options']) {
        if (hasMarkers(c[k])) {
          return c[k] as Record<string, unknown>;
        }
      }
    }
  }
  return undefined;
}

/** Only what the importer reads: not gridPos, targets, datasource… (they stay Grafana's). */
function pendingOf(old: Record<string, unknown>): Record<string, unknown> {
  const keep: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(old)) {
    if (!['gridPos', 'targets', 'datasource', 'id', 'fieldConfig', 'angular', 'angularOptions'].includes(k)) {
      keep[k] = v;
    }
  }
  return keep;
}

function pending(old: Record<string, unknown>, from: string): MigrationState {
  return { from, pending: pendingOf(old) };
}

/** Runs when a saved panel's pluginVersion differs from ours: catches Flowcharting options left in it. */
export function migrationHandler(panel: PanelMigrationModel<FaultlineOptions>): Partial<FaultlineOptions> {
  const options = (panel.options ?? {}) as FaultlineOptions;
  if (options.migration?.pending || options.bindings) {
    return options;
  }
  const old = findFlowcharting(panel, options);
  return old ? { ...options, migration: pending(old, FLOWCHARTING_ID) } : options;
}

/** Runs when the user switches a panel to Faultline: a Flowcharting panel keeps its diagram and rules. */
export function panelChangeHandler(
  panel: PanelModel<Partial<FaultlineOptions>>,
  prevPluginId: string,
  prevOptions: Record<string, unknown>
): Partial<FaultlineOptions> {
  const options = panel.options ?? {};
  const old = prevPluginId === FLOWCHARTING_ID || hasMarkers(prevOptions?.angular) ? findFlowcharting(prevOptions, panel) : undefined;
  return old ? { ...options, migration: pending(old, prevPluginId || FLOWCHARTING_ID) } : options;
}
