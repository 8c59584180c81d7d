// When the panel may animate: never on a still page (Grafana's image renderer, `render=1`, where an
// endless animation would keep the page from settling; kiosk screens), nor when the user asks for
// reduced motion. The page detection lives with the render-ready mode (view/readiness.ts).
import { useEffect, useState } from 'react';

export { isStillPage } from '../view/readiness';

/** Dash pattern length of the flow animation (px), shared by the patches and the CSS keyframes. */
export const FLOW_PERIOD = 14;

const QUERY = '(prefers-reduced-motion: reduce)';

export function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(() => typeof window !== 'undefined' && !!window.matchMedia?.(QUERY).matches);
  useEffect(() => {
    const mq = window.matchMedia?.(QUERY);
    if (!mq) {
      return;
    }
    const on = () => setReduced(mq.matches);
    on();
    mq.addEventListener?.('change', on);
    return () => mq.removeEventListener?.('change', on);
  }, []);
  return reduced;
}

/** Minutes east of UTC for a Grafana time zone ('browser', 'utc' or an IANA name) at `at`. */
export function tzOffsetMinutes(timeZone?: string, at = Date.now()): number {
  const browser = -new Date(at).getTimezoneOffset();
  if (!timeZone || timeZone === 'browser') {
    return browser;
  }
  if (timeZone.toLowerCase() === 'utc') {
    return 0;
  }
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }).formatToParts(at);
    const p: Record<string, number> = {};
    for (const x of parts) {
      p[x.type] = Number(x.value);
    }
    const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    return Math.round((asUtc - Math.floor(at / 1000) * 1000) / 60000);
  } catch {
    return browser;
  }
}
