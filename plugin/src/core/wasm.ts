// The full core's lazy chunk: the wasm-bindgen glue plus the .wasm (drawing, bindings, analysis),
// emitted next to module.js. view.ts and viewExt.ts are the drawing-only modules a plain panel
// loads instead.
import * as glue from 'faultline-core';
import type { addPack, loadedPacks, render, requiredPacks } from 'faultline-core';
import { instantiateCore } from './fetchCore';

export type { CoreRenderOutput, CoreRenderOptions, CorePage, CorePlaceholder } from 'faultline-core';

export interface Core {
  render: typeof render;
  requiredPacks: typeof requiredPacks;
  addPack: typeof addPack;
  loadedPacks: typeof loadedPacks;
  version: string;
}

// webpack turns the URL into the emitted asset's URL under __webpack_public_path__.
export const instantiate = () => instantiateCore(new URL('../../../build/pkg/faultline_bg.wasm', import.meta.url), glue);

// The bindings API (class Diagram, the Flowcharting importer), looked up by name so that a core
// built without it still loads: the panel then only draws.
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
