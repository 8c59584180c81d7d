import React, { useLayoutEffect, useRef } from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { Portal, useStyles2 } from '@grafana/ui';

import { parseSvgFragment } from '../bind/fragment';

export interface TooltipAnchor {
  x: number;
  y: number;
}

const OFFSET = 14;

/** Places the box next to the pointer, flipped to stay inside the viewport. */
export function placeTooltip(el: HTMLElement, at: TooltipAnchor): void {
  const w = el.offsetWidth;
  const h = el.offsetHeight;
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  let x = at.x + OFFSET;
  let y = at.y + OFFSET;
  if (x + w > vw - 4) {
    x = Math.max(4, at.x - OFFSET - w);
  }
  if (y + h > vh - 4) {
    y = Math.max(4, at.y - OFFSET - h);
  }
  el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
}

/**
 * The core's tooltip for a cell (an SVG fragment, sanitized like the diagram) in a Grafana-styled
 * box. The panel moves it with the pointer through `boxRef` without re-rendering React.
 */
export function CellTooltip({
  svg,
  cellId,
  at,
  boxRef,
}: {
  svg: string;
  cellId: string;
  at: TooltipAnchor;
  boxRef: React.MutableRefObject<HTMLDivElement | null>;
}) {
  const styles = useStyles2(getStyles);
  const bodyRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) {
      return;
    }
    const el = parseSvgFragment(svg, document);
    body.replaceChildren(...(el ? [el] : []));
    if (boxRef.current) {
      placeTooltip(boxRef.current, at);
    }
    // Position follows the pointer separately; only new content re-places here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [svg]);
  return (
    <Portal>
      <div ref={boxRef} className={styles.box} data-testid="faultline-tooltip" data-cell-id={cellId} role="tooltip">
        <div ref={bodyRef} />
      </div>
    </Portal>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  box: css({
    position: 'fixed',
    left: 0,
    top: 0,
    zIndex: theme.zIndex.tooltip,
    pointerEvents: 'none',
    background: theme.components.tooltip.background,
    color: theme.components.tooltip.text,
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
    boxShadow: theme.shadows.z2,
    padding: theme.spacing(0.5),
    maxWidth: 'min(480px, 90vw)',
    '& svg': { display: 'block', maxWidth: '100%', height: 'auto' },
  }),
});
