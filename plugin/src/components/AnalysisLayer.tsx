// The dependency analysis around the drawing: the click menu's what-if entry, the dimming rule, the
// options and the refresh subscription. The overlay itself (halos, counts, badges, dimming) is drawn
// into the SVG by AnalysisView; the box with the top 5 and the what-if answer is a lazy chunk.
import React, { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useState } from 'react';
import { css } from '@emotion/css';

import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';

import type { AnalysisOptions, AnalysisView } from '../bind/analysis';
import type { BindSession } from '../bind/session';
import type { BoxUiState } from './AnalysisBox';
import { boxContent, useAnalysisBox } from './analysisBoxChunk';
import type { MenuEntry } from './CellMenu';

// On the panel's drawing container: dimming and the overlay layer. No transition, no animation:
// nothing moves in render mode or for reduced motion because nothing here ever moves.
const drawing = css({
  '& svg.fl-an-dim g[data-cell-id]:not(.fl-an-lit)': { opacity: 0.3 },
  '& g.fl-analysis, & g.fl-analysis *': { pointerEvents: 'none', animation: 'none', transition: 'none' },
});

/** The click menu's entry for any node of the dependency graph, healthy ones included. */
export function analysisEntries(session: BindSession, cellId: string, options: AnalysisOptions | undefined): MenuEntry[] {
  if (!session.analysis.supported || options?.enabled === false || !session.analysis.isNode(cellId)) {
    return [];
  }
  return [
    {
      group: 'analysis',
      label: 'What if this fails?',
      description: 'Show what breaks with it',
      onClick: () => session.analysis.whatIf(cellId),
    },
  ];
}

export function AnalysisLayer({
  session,
  options,
  containerRef,
}: {
  session: BindSession;
  options: AnalysisOptions | undefined;
  containerRef: React.RefObject<HTMLDivElement>;
}) {
  const view: AnalysisView = session.analysis;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [collapsed, setCollapsed] = useState(false);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback(
    (id: string) =>
      setOpen((prev) => {
        const next = new Set(prev);
        if (!next.delete(id)) {
          next.add(id);
        }
        return next;
      }),
    []
  );
  const ui: BoxUiState = useMemo(() => ({ collapsed, setCollapsed, open, toggle }), [collapsed, open, toggle]);
  const styles = useStyles2(getStyles);
  useEffect(() => view.subscribe(rerender), [view]);
  // Before the bindings' refresh (a child's layout effect runs first), so it already uses them.
  useLayoutEffect(() => view.setOptions(options), [view, options]);
  useLayoutEffect(() => {
    const el = containerRef.current;
    el?.classList.add(drawing);
    return () => el?.classList.remove(drawing);
  }, [containerRef]);
  const { shown } = boxContent(view, options);
  const { Box, error: boxError } = useAnalysisBox(shown);
  if (!shown) {
    return null;
  }
  if (!Box) {
    return boxError ? (
      <div className={styles.failed} role="alert" data-testid="faultline-analysis-load-error">
        The analysis box could not be loaded: {boxError}
      </div>
    ) : null;
  }
  return <Box view={view} options={options} containerRef={containerRef} ui={ui} />;
}

const getStyles = (theme: GrafanaTheme2) => ({
  // Where the box would be (bottom left, above the inspector button).
  failed: css({
    position: 'absolute',
    left: theme.spacing(0.5),
    bottom: theme.spacing(3.5),
    maxWidth: 'min(300px, calc(100% - 16px))',
    padding: theme.spacing(0.5, 1),
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.error.text,
    background: theme.colors.background.primary,
    border: `1px solid ${theme.colors.error.border}`,
    borderRadius: theme.shape.radius.default,
    zIndex: 1,
  }),
});
