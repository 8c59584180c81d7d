import type { BindingsApi, Core as WasmCore } from './wasm';

/** The core: drawing, plus the bindings API when this build has it. */
export type Core = WasmCore & BindingsApi;
export type { CoreRenderOutput, CorePage, CorePlaceholder, Diagram } from './wasm';

/**
 * Two wasm modules (DEVELOPERS.md "Two wasm modules"): `view` draws only (about half the bytes);
 * `full` adds the bindings engine and the dependency analysis. A panel that binds nothing, has no
 * analysis and whose diagram has no tooltips or links loads `view`; every other panel loads `full`.
 */
export type CoreKind = 'view' | 'full';

const pending: Partial<Record<CoreKind, Promise<Core>>> = {};
const loaded: Partial<Record<CoreKind, Core>> = {};

/** Loads a core once; a failed load is retried on the next call (e.g. after a network blip). */
export function loadCore(kind: CoreKind = 'full'): Promise<Core> {
  let p = pending[kind];
  if (!p) {
    p =
      kind === 'full'
        ? import(/* webpackChunkName: "faultline-core" */ './wasm').then((m) => m.instantiate().then((c): Core => ({ ...c, ...m.bindingsApi() })))
        : import(/* webpackChunkName: "faultline-view" */ './view').then((m) => m.instantiate());
    pending[kind] = p;
    p.then(
      (c) => (loaded[kind] = c),
      () => (pending[kind] = undefined)
    );
  }
  return p;
}

/** The core of that kind if it is already loaded (by this panel or another one). */
export function loadedCore(kind: CoreKind): Core | undefined {
  return loaded[kind];
}

// The option editors need the full core (cells to pick, the compile report): panels switch to it
// while an editor is open. A set flag, not a count: the editors stay loaded once opened.
let editing = false;
const editingListeners = new Set<() => void>();

export function editorsOpened(): void {
  if (!editing) {
    editing = true;
    editingListeners.forEach((l) => l());
  }
}

export function editorsOpen(): boolean {
  return editing;
}

export function onEditorsOpened(l: () => void): () => void {
  editingListeners.add(l);
  return () => {
    editingListeners.delete(l);
  };
}
