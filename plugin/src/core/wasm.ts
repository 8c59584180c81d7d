// The lazy chunk: the wasm-bindgen glue plus the .wasm, emitted next to module.js.
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
  if (typeof WebAssembly !== 'object') {
    throw new Error('this browser has no WebAssembly support');
  }
  // webpack turns this into the emitted asset's URL under __webpack_public_path__.
  const url = new URL('../../../build/pkg/faultline_bg.wasm', import.meta.url);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new Error(`could not fetch the Faultline core (${url.pathname}): ${(e as Error).message}`);
  }
  if (!response.ok) {
    throw new Error(`could not load the Faultline core: HTTP ${response.status} for ${url.pathname}`);
  }
  await init({ module_or_path: response });
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
