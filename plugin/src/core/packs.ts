// draw.io's stencil library, compiled by the build into dist/stencils/<name>.pack (one pack per
// draw.io library file or image folder). The core says which packs a page needs; they are fetched
// in parallel from next to module.js, added to the core once, and shared by every panel on the page.
import type { Core } from './wasm';

declare let __webpack_public_path__: string;

export interface PackFailure {
  name: string;
  reason: string;
}

// Per pack name: its bytes, fetched once for the page (both core modules may add the same pack:
// a plain panel that switches to the full core adds what it already has, synchronously).
const fetching = new Map<string, Promise<Uint8Array>>();
const fetched = new Map<string, Uint8Array>();
// Per core: the packs added to it (or being added).
const addedTo = new WeakMap<Core, Map<string, Promise<void>>>();

/** URL of a pack next to module.js; names look like `aws4`, `cisco/routers`, `img/lib/mscae`. */
export function packUrl(name: string): string {
  return `${__webpack_public_path__}stencils/${name.split('/').map(encodeURIComponent).join('/')}.pack`;
}

function reasonOf(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.split('\n')[0].slice(0, 300);
}

function fetchPack(name: string): Promise<Uint8Array> {
  let p = fetching.get(name);
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
      const bytes = new Uint8Array(await res.arrayBuffer());
      fetched.set(name, bytes);
      return bytes;
    })();
    fetching.set(name, p);
    // A pack that failed is tried again the next time a drawing needs it.
    p.catch(() => fetching.delete(name));
  }
  return p;
}

function addedMap(core: Core): Map<string, Promise<void>> {
  let m = addedTo.get(core);
  if (!m) {
    m = new Map();
    addedTo.set(core, m);
  }
  return m;
}

function load(core: Core, name: string): Promise<void> {
  const added = addedMap(core);
  let p = added.get(name);
  if (!p) {
    p = fetchPack(name).then((bytes) => {
      core.addPack(name, bytes);
    });
    added.set(name, p);
    p.catch(() => added.delete(name));
  }
  return p;
}

/** Adds the packs already fetched for the page to this core at once; returns the names still to load. */
export function addFetchedPacks(core: Core, names: string[]): string[] {
  return names.filter((name) => {
    const bytes = fetched.get(name);
    if (!bytes || addedMap(core).has(name)) {
      return true;
    }
    try {
      core.addPack(name, bytes);
      addedMap(core).set(name, Promise.resolve());
      return false;
    } catch {
      return true; // ensurePacks reports it
    }
  });
}

/** Fetches and adds the packs, all at once; resolves with the ones that could not be loaded. */
export async function ensurePacks(core: Core, names: string[]): Promise<PackFailure[]> {
  const results = await Promise.allSettled(names.map((n) => load(core, n)));
  return results.flatMap((r, i) => (r.status === 'rejected' ? [{ name: names[i], reason: reasonOf(r.reason) }] : []));
}
