// Render-ready mode: how the panel tells Grafana's image renderer (and anything else that captures the
// page) that it has finished drawing. Grafana's own signals fire too early for a panel that draws
// asynchronously (wasm, stencil packs, fonts), so the panel holds them itself until it is drawn:
//
// - Scenes pages (Grafana ≥ 11.3): a pseudo-query on the scene's SceneQueryController. That raises
//   `window.__grafanaRunningQueryCount` (what image-renderer v5's polling mode and the old Node
//   renderer wait on) and `queryController.state.isRunning` (what Grafana's binding mode waits on).
// - Older pages: the Node renderer waits for `window.panelsRendered >= panelCount`, a counter that
//   Grafana's profiler overwrites on each render once data arrives. While a panel holds, the counter
//   reads 0, so the condition stays false; the real count is kept and shown again on release.
//
// Every hold has a hard cap (default 8 s, below Grafana's 10 s alert screenshot timeout, so an alert
// still gets an image); when it passes, the panel draws an error and lets go.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';

// ---------------------------------------------------------------------------------------------
// The page: render mode, kiosk, the knobs.

function flag(p: URLSearchParams, name: string): boolean {
  const v = p.get(name);
  return v !== null && v !== '0' && v.toLowerCase() !== 'false';
}

function search(): URLSearchParams {
  return new URLSearchParams(typeof window === 'undefined' ? '' : window.location.search);
}

/** Grafana's image renderer: Grafana appends `render=1` to every URL it hands the renderer. */
export function isRenderMode(s = search()): boolean {
  return flag(s, 'render');
}

/** Kiosk mode (`?kiosk`, `kiosk=tv`, `kiosk=1`): a wall display. */
export function isKioskMode(s = search()): boolean {
  return s.has('kiosk') && s.get('kiosk') !== '0' && s.get('kiosk')?.toLowerCase() !== 'false';
}

/** Draw without animation: for the renderer (an endless animation never settles) and kiosk screens. */
export function isStillPage(s = search()): boolean {
  return isRenderMode(s) || isKioskMode(s);
}

export const DEFAULT_READY_CAP_MS = 8000;

/** The hard cap: `faultlineReadyTimeout=<seconds>` in the page URL (Grafana forwards /render's query string), 1–120 s. */
export function readyCapMs(s = search()): number {
  const v = Number(s.get('faultlineReadyTimeout'));
  return Number.isFinite(v) && v > 0 ? Math.round(Math.min(120, Math.max(1, v)) * 1000) : DEFAULT_READY_CAP_MS;
}

/** `faultlineReadyHold=off` turns the hold off (to see what a capture looks like without it). */
export function holdEnabled(s = search()): boolean {
  const v = s.get('faultlineReadyHold');
  return v !== 'off' && v !== '0' && v !== 'false';
}

// ---------------------------------------------------------------------------------------------
// The holds. Duck-typed: the scenes copy on the page is Grafana's, not one bundled here.

interface QueryControllerLike {
  isQueryController: true;
  queryStarted(entry: object): void;
  queryCompleted(entry: object): void;
}

interface SceneObjectLike {
  parent?: SceneObjectLike;
  state?: { $behaviors?: unknown[] };
}

type W = Window & { __grafanaSceneContext?: SceneObjectLike; panelsRendered?: number };

/** The nearest query controller above the page's scene (as scenes' sceneGraph.getQueryController walks). */
export function sceneQueryController(w = window as W): { controller: QueryControllerLike; origin: SceneObjectLike } | undefined {
  const origin = w.__grafanaSceneContext;
  for (let o: SceneObjectLike | undefined = origin, depth = 0; o && depth < 64; o = o.parent, depth++) {
    for (const b of o.state?.$behaviors ?? []) {
      const c = b as Partial<QueryControllerLike> | null;
      if (c && c.isQueryController === true && typeof c.queryStarted === 'function' && typeof c.queryCompleted === 'function') {
        return { controller: c as QueryControllerLike, origin: origin! };
      }
    }
  }
  return undefined;
}

// The old architecture's counter, intercepted once: Grafana keeps writing it, readers see 0 while held.
let legacyHolds = 0;
let legacyInstalled = false;

function installLegacyCounter(w: W): boolean {
  if (legacyInstalled) {
    return true;
  }
  const d = Object.getOwnPropertyDescriptor(w, 'panelsRendered');
  if (d && !d.configurable) {
    return false;
  }
  let value = d && 'value' in d ? d.value : undefined;
  Object.defineProperty(w, 'panelsRendered', {
    configurable: true,
    enumerable: true,
    get: () => (legacyHolds > 0 ? 0 : value),
    set: (v) => {
      value = v;
    },
  });
  legacyInstalled = true;
  return true;
}

/** One hold on the page's readiness. `release` is idempotent. */
export interface Hold {
  readonly kind: 'scenes' | 'legacy' | 'none';
  release(): void;
}

/** Takes a hold now (synchronously: no gap for a capture to slip through). `onCancel` runs if scenes cancels it. */
export function acquireHold(type: string, onCancel?: () => void, w = window as W): Hold {
  const scene = sceneQueryController(w);
  if (scene) {
    let held = true;
    const entry = {
      type: 'plugin',
      origin: scene.origin,
      // Scenes cancels running "queries" on refresh or time-range change; a cancelled hold ends.
      cancel: () => {
        release();
        onCancel?.();
      },
      request: { requestId: `faultline-${type}-${Math.floor(performance.now()).toString(36)}` },
    };
    const release = () => {
      if (held) {
        held = false;
        scene.controller.queryCompleted(entry);
      }
    };
    scene.controller.queryStarted(entry);
    return { kind: 'scenes', release };
  }
  if (!w.__grafanaSceneContext && installLegacyCounter(w)) {
    let held = true;
    legacyHolds++;
    return {
      kind: 'legacy',
      release: () => {
        if (held) {
          held = false;
          legacyHolds--;
        }
      },
    };
  }
  return { kind: 'none', release: () => {} };
}

// Between module.js loading and the first panel mounting (a few ms, or longer if the panel waits on
// lazy loading), a capture could pass with the queries done and nothing drawn: a short bridge hold.
let bridge: Hold | undefined;
let bridgeTimer: ReturnType<typeof setTimeout> | undefined;
const BRIDGE_MS = 3000;

export function holdUntilFirstPanel(): void {
  if (typeof window === 'undefined' || bridge || !holdEnabled()) {
    return;
  }
  bridge = acquireHold('module');
  bridgeTimer = setTimeout(endBridge, BRIDGE_MS);
}

function endBridge() {
  clearTimeout(bridgeTimer);
  bridge?.release();
}

// ---------------------------------------------------------------------------------------------
// The panel's side.

export type ReadyState = 'pending' | 'true' | 'timeout';

export interface RenderReady {
  /** The value of `data-faultline-ready`. */
  state: ReadyState;
  /** Set when the cap passed: what the panel was still waiting for, to draw as an error. */
  timeoutMessage?: string;
}

/** Calls `done` once the fonts the page uses have loaded and two more frames were painted. */
function afterPaint(signal: { live: boolean }, done: () => void) {
  requestAnimationFrame(() => {
    // The first frame laid the drawing out, which is when its fonts are requested.
    const fonts = typeof document !== 'undefined' && document.fonts ? document.fonts.ready : Promise.resolve();
    fonts.then(
      () => signal.live && requestAnimationFrame(() => signal.live && requestAnimationFrame(() => signal.live && done())),
      () => signal.live && done()
    );
  });
}

/**
 * Holds readiness from the panel's first commit until it has drawn `complete` (an identity that changes
 * whenever what is on screen must be drawn again: the drawing, then the drawing with its first data,
 * or an error message), then painted it. `waiting` names what is still missing, for the error drawn
 * at the cap. The hold is taken once per mount: later refreshes are the scene's own queries.
 */
export function useRenderReady(complete: unknown, waiting: string[]): RenderReady {
  const capMs = useMemo(() => readyCapMs(), []);
  const [painted, setPainted] = useState<unknown>(undefined);
  const [timedOut, setTimedOut] = useState<string>();
  const [timeoutPainted, setTimeoutPainted] = useState(false);
  const hold = useRef<Hold | null>(null);
  const capTimer = useRef<ReturnType<typeof setTimeout>>();
  const waitingRef = useRef(waiting);
  waitingRef.current = waiting;

  // Taken in the first commit, before the browser paints and before any await.
  useLayoutEffect(() => {
    if (!holdEnabled()) {
      endBridge();
      return;
    }
    const h = acquireHold('panel');
    hold.current = h;
    endBridge();
    capTimer.current = setTimeout(() => {
      const missing = waitingRef.current.length ? waitingRef.current.join(', ') : 'the first paint';
      setTimedOut(`The diagram was not drawn within ${capMs / 1000} s (still waiting for ${missing}).`);
    }, capMs);
    return () => {
      clearTimeout(capTimer.current);
      h.release();
      hold.current = null;
    };
  }, [capMs]);

  const drawn = complete !== undefined && painted === complete;
  const everDrawn = useRef(false);
  everDrawn.current ||= drawn;
  const showTimeout = timedOut !== undefined && !everDrawn.current;

  useEffect(() => {
    if (complete === undefined || painted === complete) {
      return;
    }
    const signal = { live: true };
    afterPaint(signal, () => setPainted(complete));
    return () => {
      signal.live = false;
    };
  }, [complete, painted]);

  useEffect(() => {
    if (!showTimeout || timeoutPainted) {
      return;
    }
    const signal = { live: true };
    afterPaint(signal, () => setTimeoutPainted(true));
    return () => {
      signal.live = false;
    };
  }, [showTimeout, timeoutPainted]);

  // Let go in the commit that marks the panel: a capture that re-checks on DOM mutations then sees
  // the attribute and the lower query count together.
  const done = drawn || (showTimeout && timeoutPainted);
  useLayoutEffect(() => {
    if (done) {
      clearTimeout(capTimer.current);
      hold.current?.release();
    }
  }, [done]);

  const state: ReadyState = drawn ? 'true' : showTimeout && timeoutPainted ? 'timeout' : 'pending';
  return { state, timeoutMessage: showTimeout ? timedOut : undefined };
}
