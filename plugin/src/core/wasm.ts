// The full core's lazy chunk: the wasm-bindgen glue plus the .wasm (drawing, bindings, analysis),
// emitted next to module.js. view.ts is the drawing-only module a plain panel loads instead.
import { fetchWasm } from './fetchCore';
import init, { addPack, loadedPacks, render, requiredPacks, version } from 'faultline-core';

export type { CoreRenderOutput, CoreRenderOptions, CorePage, CorePlaceholder } from 'faultline-core';

export interface Core {
  render: typeof render;
  requiredPacks: typeof requiredPacks;
  addPack: typeof addPack;
  loadedPacks: typeof loadedPacks;
  version: string;
}

export async function instantiate(): Promise<Core> {
  // webpack turns this into the emitted asset's URL under __webpack_public_path__.
  await fetchWasm(new URL('../../../build/pkg/faultline_bg.wasm', import.meta.url), init);
  return { render, requiredPacks, addPack, loadedPacks, version: version() };
}

// The bindings API (class Diagram, the Flowcharting importer), looked up by name so that a core
// built without it still loads: the panel then only draws.
import * as glue from 'faultline-core';

export type { Diagram } from 'faultline-core';

export interface BindingsApi {
  Diagram?: typeof glue.Diagram;
  importFlowcharting?: typeof glue.importFlowcharting;
}

export function bindingsApi(): BindingsApi {
  const g = glue as unknown as Record<string, unknown>;
  return {
    Diagram: typeof g.Diagram === 'function' ? (g.Diagram as typeof glue.Diagram) : undefined,
    importFlowcharting: typeof g.importFlowcharting === 'function' ? (g.importFlowcharting as typeof glue.importFlowcharting) : undefined,
  };
}
