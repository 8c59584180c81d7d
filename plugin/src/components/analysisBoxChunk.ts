// The analysis box's chunk and the rule for when the box shows, shared by the panel (render mode
// waits for the chunk), AnalysisLayer (draws the box; it comes with the bindings' chunk) and the box.
import { useEffect, useState } from 'react';

import type { AnalysisOptions, AnalysisView } from '../bind/analysis';
import { messageOf } from '../bind/result';
import { lazyModule } from '../view/lazyModule';

// Loaded, then drawn as the component itself: never through React.lazy. A lazy element that gives way
// to the loaded component remounts the box, and a click whose press landed on the old box was lost.
const box = lazyModule(() => import(/* webpackChunkName: "faultline-analysis" */ './AnalysisBox'));

/** What the box shows: the top-5 list while something alerts (unless turned off), a what-if answer, an error. */
export function boxContent(view: AnalysisView, options: AnalysisOptions | undefined): { list: boolean; shown: boolean } {
  const r = view.report;
  const list = options?.topList !== false && !!r && r.summary.alerting > 0;
  return { list, shown: view.supported && options?.enabled !== false && (list || !!r?.whatIf || !!view.error) };
}

/**
 * The box's component once its chunk is in (fetched while `needed`), or why it could not be loaded.
 * `settled`: loaded or failed. In render mode the box is part of the captured picture, so the panel's
 * readiness waits for `settled` (a chunk that fails must not hold the capture until the cap).
 */
export function useAnalysisBox(needed: boolean): { Box?: typeof import('./AnalysisBox').default; error?: string; settled: boolean } {
  const [failed, setFailed] = useState<string>();
  const [, setArrived] = useState(false);
  const Box = box.get()?.default;
  useEffect(() => {
    if (!needed || Box) {
      return;
    }
    let live = true;
    box.load().then(
      () => live && setArrived(true),
      (e) => live && setFailed(messageOf(e))
    );
    return () => {
      live = false;
    };
  }, [needed, Box]);
  const error = Box ? undefined : failed;
  return { Box, error, settled: !needed || !!Box || error !== undefined };
}
