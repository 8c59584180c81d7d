import type { BindingsApi, Core as WasmCore } from './wasm';

/** The core: drawing, plus the bindings API and the bindings' JavaScript (bind/full.ts) in the full one. */
export type Core = WasmCore & BindingsApi & { bind?: typeof import('../bind/full') };
export type { CoreRenderOutput, CorePage, CorePlaceholder, Diagram } from './wasm';

/**
 * Three wasm modules (DEVELOPERS.md "Three wasm modules"): `view` draws the common shapes only;
 * `viewExt` draws everything (adds mockups, the ported draw.io shape libraries, the sketch style);
 * `full` draws everything and adds the bindings engine and the dependency analysis. A plain panel
 * loads `view`, or `viewExt` when `view` reports that its page needs it (EXTENDED_MODULE in
 * requiredPacks); every other panel loads `full`.
 */
export type CoreKind = 'view' | 'viewExt' | 'full';

/** The entry of requiredPacks that is not a pack: the page needs the extended drawing module. */
export const EXTENDED_MODULE = 'module:extended';

const modules: Record<CoreKind, () => Promise<Core>> = {
  full: () =>
    Promise.all([import(/* webpackChunkName: "faultline-core" */ './wasm'), import(/* webpackChunkName: "faultline-core" */ '../bind/full')]).then(([m, bind]) =>
      m.instantiate().then((c): Core => ({ ...c, ...m.bindingsApi(), bind }))
    ),
  view: () => import(/* webpackChunkName: "faultline-view" */ './view').then((m) => m.instantiate()),
  viewExt: () => import(/* webpackChunkName: "faultline-view-ext" */ './viewExt').then((m) => m.instantiate()),
};

const pending: Partial<Record<CoreKind, Promise<Core>>> = {};
const loaded: Partial<Record<CoreKind, Core>> = {};

/** Loads a core once; a failed load is retried on the next call (e.g. after a network blip). */
export function loadCore(kind: CoreKind = 'full'): Promise<Core> {
  let p = pending[kind];
  if (!p) {
    p = modules[kind]();
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
