/**
 * A chunk fetched once, on demand, plus its module once it has arrived: callers that preload it
 * (render mode, the first pointer-down) can then draw it in the same commit, without Suspense.
 * A failed fetch is forgotten, so the next call tries again (a network blip is not final).
 */
export function lazyModule<M>(load: () => Promise<M>): { load: () => Promise<M>; get: () => M | undefined } {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    load: () =>
      (loading ??= load().then(
        (m) => (loaded = m),
        (e) => {
          loading = undefined;
          throw e;
        }
      )),
    get: () => loaded,
  };
}
