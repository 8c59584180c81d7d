// Fetching and instantiating one of the three core modules (wasm.ts: full; view.ts, viewExt.ts:
// drawing only).
import type * as Glue from 'faultline-view';
import type { Core } from './wasm';

export async function fetchWasm(url: URL, init: (opts: { module_or_path: Response }) => Promise<unknown>): Promise<void> {
  if (typeof WebAssembly !== 'object') {
    throw new Error('this browser has no WebAssembly support');
  }
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
}

/** A core module (its wasm-bindgen glue and the URL of its .wasm), fetched and instantiated. */
export async function instantiateCore(url: URL, glue: typeof Glue): Promise<Core> {
  await fetchWasm(url, glue.default);
  const { render, requiredPacks, addPack, loadedPacks, version } = glue;
  return { render, requiredPacks, addPack, loadedPacks, version: version() };
}
