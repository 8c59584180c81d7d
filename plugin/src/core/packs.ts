// draw.io's stencil library, compiled by the build into dist/stencils/<name>.pack (one pack per
// draw.io library file or image folder). The core says which packs a page needs; they are fetched
// in parallel from next to module.js, added to the core once, and shared by every panel on the page.
import type { Core } from './wasm';

declare let __webpack_public_path__: string;

export interface PackFailure {
  name: string;
  reason: string;
}

const added = new Map<string, Promise<void>>();

/** URL of a pack next to module.js; names look like `aws4`, `cisco/routers`, `img/lib/mscae`. */
export function packUrl(name: string): string {
  return `${__webpack_public_path__}stencils/${name.split('/').map(encodeURIComponent).join('/')}.pack`;
}

function reasonOf(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.split('\n')[0].slice(0, 300);
}

function load(core: Core, name: string): Promise<void> {
  let p = added.get(name);
  if (!p) {
    p = (async () => {
      // Names come from the core's list of built packs; refuse anything that could leave stencils/.
      if (!/^[\w.()-]+(\/[\w.()-]+)*$/.test(name) || name.split('/').includes('..')) {
        throw new Error('not a stencil pack name');
      }
      const url = packUrl(name);
      let res: Response;
      try {
        res = await fetch(url);
      } catch (e) {
        throw new Error(`could not fetch ${url}: ${reasonOf(e)}`);
      }
      if (!res.ok) {
        throw new Error(`HTTP ${res.status} for ${url}`);
      }
      core.addPack(name, new Uint8Array(await res.arrayBuffer()));
    })();
    added.set(name, p);
    // A pack that failed is tried again the next time a drawing needs it.
    p.catch(() => added.delete(name));
  }
  return p;
}

/** Fetches and adds the packs, all at once; resolves with the ones that could not be loaded. */
export async function ensurePacks(core: Core, names: string[]): Promise<PackFailure[]> {
  const results = await Promise.allSettled(names.map((n) => load(core, n)));
  return results.flatMap((r, i) => (r.status === 'rejected' ? [{ name: names[i], reason: reasonOf(r.reason) }] : []));
}
