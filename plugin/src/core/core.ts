import type { BindingsApi, Core as WasmCore } from './wasm';

/** The core: drawing, plus the bindings API when this build has it. */
export type Core = WasmCore & BindingsApi;
export type { CoreRenderOutput, CorePage, CorePlaceholder, Diagram } from './wasm';

let pending: Promise<Core> | undefined;

/** Loads the core once; a failed load is retried on the next call (e.g. after a network blip). */
export function loadCore(): Promise<Core> {
  if (!pending) {
    pending = import(/* webpackChunkName: "faultline-core" */ './wasm').then((m) => m.instantiate().then((c): Core => ({ ...c, ...m.bindingsApi() })));
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
