import type { Core } from './wasm';

export type { Core } from './wasm';
export type { CoreRenderOutput, CorePage, CorePlaceholder } from './wasm';

let pending: Promise<Core> | undefined;

/** Loads the core once; a failed load is retried on the next call (e.g. after a network blip). */
export function loadCore(): Promise<Core> {
  if (!pending) {
    pending = import(/* webpackChunkName: "faultline-core" */ './wasm').then((m) => m.instantiate());
    pending.catch(() => {
      pending = undefined;
    });
  }
  return pending;
}

/** Starts fetching and compiling at module evaluation so it overlaps Grafana's boot and queries. */
export function preloadCore(): void {
  loadCore().catch(() => {
    // Reported by the panel when it asks for the core.
  });
}
