// Fetching and instantiating one of the two core modules (wasm.ts: full, view.ts: drawing only).

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
