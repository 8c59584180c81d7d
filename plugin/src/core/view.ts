// The drawing-only core's lazy chunk (build/pkg/faultline_view*: no bindings, no analysis; about
// half the bytes of the full core). A panel with nothing bound, no analysis and no tooltips or links
// in its diagram draws with it (core.ts).
import { fetchWasm } from './fetchCore';
import init, { addPack, loadedPacks, render, requiredPacks, version } from 'faultline-view';
import type { Core } from './wasm';

export async function instantiate(): Promise<Core> {
  await fetchWasm(new URL('../../../build/pkg/faultline_view_bg.wasm', import.meta.url), init);
  return { render, requiredPacks, addPack, loadedPacks, version: version() };
}
