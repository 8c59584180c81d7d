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
