// The analysis box's chunk, known to the panel (render mode waits for it) and drawn by AnalysisLayer,
// which comes with the bindings' chunk.
import { useEffect, useState } from 'react';

import { lazyModule } from '../view/lazyModule';

// Loaded, then drawn as the component itself: never through React.lazy. A lazy element that gives way
// to the loaded component remounts the box, and a click whose press landed on the old box was lost.
export const box = lazyModule(() => import(/* webpackChunkName: "faultline-analysis" */ './AnalysisBox'));

/**
 * In render mode the box is part of the captured picture: its chunk loads with the panel, and the
 * panel's readiness waits for it (so the box is drawn in the same commit as the overlay it explains).
 */
export function useAnalysisBoxLoaded(needed: boolean): boolean {
  const [loaded, setLoaded] = useState(box.get() !== undefined);
  useEffect(() => {
    if (!needed || loaded) {
      return;
    }
    let live = true;
    // A chunk that fails to load must not hold the capture until the cap; the box then shows its error.
    const finish = () => live && setLoaded(true);
    box.load().then(finish, finish);
    return () => {
      live = false;
    };
  }, [needed, loaded]);
  return !needed || loaded;
}

