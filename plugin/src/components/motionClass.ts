// The panel container's motion class: the flow and blink animations of bound cells, off on still
// pages (render mode, kiosk) and for reduced motion. In the main module (not the bindings' chunk):
// the container has it from its first render.
import { css, cx, keyframes } from '@emotion/css';

import { FLOW_PERIOD, isStillPage, useReducedMotion } from '../bind/motion';

const flow = keyframes({ from: { strokeDashoffset: FLOW_PERIOD }, to: { strokeDashoffset: 0 } });
const blink = keyframes({ '0%, 100%': { opacity: 1 }, '50%': { opacity: 0.25 } });
const STOP = { '& g.fl-flowing .fl-shape, & g.fl-blink': { animation: 'none !important' } };

const motion = css({
  '& g.fl-flowing .fl-shape': {
    strokeDasharray: `${FLOW_PERIOD - 6} 6`,
    animation: `${flow} var(--fl-flow-dur, 1s) linear infinite`,
  },
  '& g.fl-flowing.fl-flow-rev .fl-shape': { animationDirection: 'reverse' },
  '& g.fl-blink': { animation: `${blink} 1s ease-in-out infinite` },
  '& g.fl-highlight': { filter: 'drop-shadow(0 0 3px #3d71d9) drop-shadow(0 0 1px #3d71d9)' },
  '&.fl-picking g[data-cell-id]': { cursor: 'crosshair' },
  '&.fl-picking g[data-cell-id]:hover': { filter: 'drop-shadow(0 0 3px #3d71d9)' },
  '@media (prefers-reduced-motion: reduce)': STOP,
});
const stillClass = css(STOP);

/** The container's class for bound drawings: animations, or none of them. */
export function useMotionClass(): string {
  const reduced = useReducedMotion();
  const still = reduced || isStillPage();
  return cx(motion, still && stillClass, 'fl-motion', still && 'fl-still');
}
