import React, { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { css, cx } from '@emotion/css';
import { LoadingState, type GrafanaTheme2, type PanelData, type PanelProps } from '@grafana/data';
import { Icon, LoadingPlaceholder, Tooltip, usePanelContext, useStyles2, useTheme2 } from '@grafana/ui';

import { drawDiagram, type Drawn } from '../bind/draw';
import { messageOf } from '../bind/result';
import { EXTENDED_MODULE, editorsOpen, loadCore, loadedCore, onEditorsOpened, type Core, type CoreKind, type CoreRenderOutput } from '../core/core';
import { addFetchedPacks, ensurePacks, type PackFailure } from '../core/packs';
import { resolveSource, sourceVariableRefs, variableValues } from '../source';
import { hasBindings, type BindingsInstanceState, type FaultlineInstanceState, type FaultlineOptions } from '../types';
import { isStillPage, useRenderReady } from '../view/readiness';
import { fitView, transformOf, zoomAt, type View } from '../view/viewport';
import { useAnalysisBox } from './analysisBoxChunk';
import type { PointerAt } from './BindingsLayer';
import { useMotionClass } from './motionClass';

type Props = PanelProps<FaultlineOptions>;

/** The page option as the core takes it: a name, a 0-based index, or nothing for the first page. */
export function pageSelector(page: FaultlineOptions['page']): number | string | undefined {
  if (typeof page === 'number' && Number.isInteger(page) && page >= 0) {
    return page;
  }
  if (typeof page === 'string' && page !== '') {
    return page;
  }
  return undefined;
}

/**
 * The core this panel draws with (core/core.ts): the drawing-only module while nothing needs more,
 * the full one (bindings engine, analysis) as soon as something does. A panel with bindings, a
 * pending Flowcharting import or an open option editor waits for the full core; a plain panel draws
 * with the small one first and switches when the pointer first enters it (tooltips, links, the
 * click menu's what-if all need the full core). Once the full core is loaded, every panel uses it.
 * A plain panel whose page needs the extended drawing module (`needExt`, said by the common one)
 * switches to it before its first drawing, and stays with it once another panel loaded it.
 */
function useCore(needFull: boolean, wantFull: boolean, needExt: boolean): { core?: Core; error?: string } {
  const [editing, setEditing] = useState(editorsOpen);
  useEffect(() => {
    if (editing) {
      return undefined;
    }
    const off = onEditorsOpened(() => setEditing(true));
    if (editorsOpen()) {
      setEditing(true);
    }
    return off;
  }, [editing]);
  const full = needFull || wantFull || editing || loadedCore('full') !== undefined;
  const kind: CoreKind = full ? 'full' : needExt || loadedCore('viewExt') !== undefined ? 'viewExt' : 'view';
  const [state, setState] = useState<{ kind: CoreKind; core?: Core; error?: string }>(() => ({ kind, core: loadedCore(kind) }));
  useEffect(() => {
    let live = true;
    loadCore(kind).then(
      (core) => live && setState({ kind, core }),
      (e) => live && setState({ kind, error: messageOf(e) })
    );
    return () => {
      live = false;
    };
  }, [kind]);
  if (state.kind === kind) {
    return state;
  }
  // Switching to a larger core: a plain panel keeps its drawing (the same picture) meanwhile; a
  // panel that needs the full core, or the extended drawing, for its first drawing shows nothing
  // half-done (no placeholders for shapes the common module does not draw).
  const keep = !needFull && (state.kind === 'viewExt' || (state.kind === 'view' && !needExt));
  return { core: keep ? state.core : undefined };
}

/**
 * Whether the options alone need the full core: bindings to evaluate, or a Flowcharting import to run
 * or to report on (the report's banner is drawn by the bindings layer, which comes with that core).
 */
function optionsNeedFull(options: FaultlineOptions): boolean {
  const m = options.migration;
  return hasBindings(options.bindings) || !!m?.pending || (!!m && !m.dismissed);
}

let drawings = 0;

export function FaultlinePanel(props: Props) {
  const { options, width, height, replaceVariables, data, timeRange, onOptionsChange } = props;
  // Grafana hands the instance-state setter to panels through the panel context (the Canvas panel's route).
  const onInstanceStateChange = usePanelContext().onInstanceStateChange;
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  const themeName = theme.isDark ? 'dark' : 'light';
  const [pointerIn, setPointerIn] = useState(false);
  const [needExt, setNeedExt] = useState(false);
  const core = useCore(optionsNeedFull(options), pointerIn, needExt);

  // Source → bytes. Keyed by the resolved source so a refresh or a re-render does not refetch.
  // Re-resolved when a variable the source uses changes value (replaceVariables itself may never change).
  const sourceRefs = useMemo(() => sourceVariableRefs(options.source), [options.source]);
  const sourceVars = variableValues(sourceRefs, replaceVariables);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const request = useMemo(() => resolveSource(options.source, replaceVariables), [options.source, sourceVars]);
  const [loaded, setLoaded] = useState<{ key: string; bytes?: Uint8Array; error?: string }>();
  const requestRef = useRef(request);
  requestRef.current = request;
  useEffect(() => {
    const req = requestRef.current;
    const abort = new AbortController();
    req.load(abort.signal).then(
      (bytes) => !abort.signal.aborted && setLoaded({ key: req.key, bytes }),
      (e) => !abort.signal.aborted && setLoaded({ key: req.key, error: messageOf(e) })
    );
    return () => abort.abort();
  }, [request.key]);

  // Stencil packs the page needs (draw.io's stencil library): asked before drawing, fetched once and
  // shared by every panel. No packs needed: no extra round trip. A pack that fails leaves its shapes
  // as placeholders, with a note.
  const page = pageSelector(options.page);
  const current = loaded && loaded.key === request.key ? loaded : undefined;
  const asked = useMemo((): { packs: string[]; ext: boolean } => {
    if (!core.core || !current?.bytes) {
      return { packs: [], ext: false };
    }
    try {
      const all = core.core.requiredPacks(current.bytes, { page });
      // The common drawing module cannot draw this page: the extended one will, and asks again.
      if (all.includes(EXTENDED_MODULE)) {
        return { packs: [], ext: true };
      }
      // Packs this page already fetched (for the other core module) are added at once.
      return { packs: addFetchedPacks(core.core, all), ext: false };
    } catch {
      return { packs: [], ext: false }; // render() reports the source's problem
    }
  }, [core.core, current, page]);
  useEffect(() => {
    if (asked.ext) {
      setNeedExt(true);
    }
  }, [asked.ext]);
  const needed = asked.packs;
  const neededKey = needed.join('\n');
  const [packs, setPacks] = useState<{ key: string; failures: PackFailure[] }>();
  useEffect(() => {
    if (!core.core || needed.length === 0) {
      return;
    }
    let live = true;
    ensurePacks(core.core, needed).then((failures) => live && setPacks({ key: neededKey, failures }));
    return () => {
      live = false;
    };
  }, [core.core, needed, neededKey]);
  const packsDone = needed.length === 0 || packs?.key === neededKey;
  const packFailures = needed.length > 0 && packs?.key === neededKey ? packs.failures : [];

  // Bytes → sanitized SVG element. The core does all of the drawing.
  const drawn = useMemo((): Drawn | { error: string } | undefined => {
    if (!core.core || !current?.bytes || !packsDone || asked.ext) {
      return undefined;
    }
    try {
      return drawDiagram(core.core, current.bytes, { page, theme: themeName });
    } catch (e) {
      return { error: messageOf(e) };
    }
  }, [core.core, current, page, themeName, packsDone, packs, asked.ext]);

  const error = core.error ?? current?.error ?? (drawn && 'error' in drawn ? drawn.error : undefined);
  const ok = drawn && 'out' in drawn ? drawn : undefined;

  // Let the page editor list the pages and the binding editors see the core (Grafana's instanceState channel).
  const published = useRef('');
  const [bindingsState, setBindingsState] = useState<BindingsInstanceState>();
  useEffect(() => {
    if (!ok || !onInstanceStateChange) {
      return;
    }
    const state: FaultlineInstanceState = {
      pages: ok.out.pages.map((p) => ({ index: p.index, name: p.name })),
      page: ok.out.page,
      bindings: bindingsState,
    };
    const json = JSON.stringify(state);
    if (json !== published.current) {
      published.current = json;
      onInstanceStateChange(state);
    }
  }, [ok, onInstanceStateChange, bindingsState]);

  // View: fitted on each new drawing, size, fit or zoom option; then moved by the user until reset.
  const contentW = ok?.out.width ?? 0;
  const contentH = ok?.out.height ?? 0;
  const initial = useMemo(
    () => fitView(contentW, contentH, width, height, options.fit ?? 'both', options.zoom ?? 1),
    [contentW, contentH, width, height, options.fit, options.zoom]
  );
  // The same drawing from the full core after the switch (same source, page, theme, packs) keeps the view.
  const drawing = useMemo(() => (ok ? ++drawings : 0), [ok !== undefined, current, page, themeName, packs]); // eslint-disable-line react-hooks/exhaustive-deps
  const viewKey = `${drawing}|${width}x${height}|${options.fit}|${options.zoom}`;
  const [moved, setMoved] = useState<{ key: string; view: View } | null>(null);
  const view = moved && moved.key === viewKey ? moved.view : initial;
  const viewRef = useRef({ view, viewKey });
  viewRef.current = { view, viewKey };

  const containerRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  // Where the pointer is over the panel: a pointer that entered before the full core was in (it loads
  // on that first enter) gets the tooltip of the cell under it without having to move again.
  const pointerAt = useRef<PointerAt | undefined>(undefined);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (canvas) {
      canvas.replaceChildren(...(ok ? [ok.svg] : []));
    }
  }, [ok]);

  // Render-ready: held from the first commit until the drawing (or the error) is painted with the
  // first data the panel got (view/readiness.ts).
  const shown = ok ?? error;
  const settled = useDataSettled(data);
  // Only bound cells alert, so only a panel with bindings can show the box: a plain one does not wait for its chunk.
  const boxLoaded = useAnalysisBox(isStillPage() && options.analysis?.enabled !== false && hasBindings(options.bindings)).settled;
  const ready = useRenderReady(settled && boxLoaded ? shown : undefined, waitingFor(core.core, current, packsDone, settled, boxLoaded));

  // Wheel zoom only with Ctrl/Cmd, so a plain wheel keeps scrolling the dashboard.
  // React's onWheel is passive; a native listener may call preventDefault.
  useEffect(() => {
    const el = containerRef.current;
    if (!el) {
      return;
    }
    const onWheel = (ev: WheelEvent) => {
      if (!(ev.ctrlKey || ev.metaKey)) {
        return;
      }
      ev.preventDefault();
      const rect = el.getBoundingClientRect();
      const delta = ev.deltaMode === 1 ? ev.deltaY * 16 : ev.deltaMode === 2 ? ev.deltaY * 400 : ev.deltaY;
      const factor = Math.exp(-Math.max(-300, Math.min(300, delta)) * 0.002);
      const { view: v, viewKey: k } = viewRef.current;
      setMoved({ key: k, view: zoomAt(v, factor, ev.clientX - rect.left, ev.clientY - rect.top) });
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, []);

  const drag = useRef<{ id: number; x: number; y: number; view: View } | null>(null);
  const onPointerDown = useCallback((ev: React.PointerEvent<HTMLDivElement>) => {
    if (ev.button !== 0) {
      return;
    }
    drag.current = { id: ev.pointerId, x: ev.clientX, y: ev.clientY, view: viewRef.current.view };
    ev.currentTarget.setPointerCapture?.(ev.pointerId);
  }, []);
  const onPointerMove = useCallback((ev: React.PointerEvent<HTMLDivElement>) => {
    pointerAt.current = { x: ev.clientX, y: ev.clientY };
    const d = drag.current;
    if (!d || d.id !== ev.pointerId) {
      return;
    }
    const view = { scale: d.view.scale, tx: d.view.tx + ev.clientX - d.x, ty: d.view.ty + ev.clientY - d.y };
    setMoved({ key: viewRef.current.viewKey, view });
  }, []);
  const onPointerUp = useCallback((ev: React.PointerEvent<HTMLDivElement>) => {
    if (drag.current?.id === ev.pointerId) {
      drag.current = null;
      ev.currentTarget.releasePointerCapture?.(ev.pointerId);
    }
  }, []);
  const onDoubleClick = useCallback(() => setMoved(null), []);

  const motionClass = useMotionClass();
  // The bindings layer (tooltips, links, the click menu, the analysis) comes with the full core.
  const BindingsLayer = core.core?.bind?.BindingsLayer;
  const state = error !== undefined ? 'error' : ok ? 'ready' : 'loading';
  const notes = ok ? notesOf(ok.out, packFailures) : [];

  return (
    <div
      ref={containerRef}
      className={cx(styles.container, motionClass)}
      style={{ width, height }}
      data-testid="faultline-panel"
      data-state={state}
      data-theme={themeName}
      data-render-ready={ready.state === 'true' ? 'true' : 'false'}
      data-faultline-ready={ready.state}
      onPointerEnter={(ev) => {
        pointerAt.current = { x: ev.clientX, y: ev.clientY };
        if (!pointerIn) {
          setPointerIn(true);
        }
      }}
      onPointerLeave={() => (pointerAt.current = undefined)}
      onPointerDown={ok ? onPointerDown : undefined}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={ok ? onDoubleClick : undefined}
    >
      <div
        ref={canvasRef}
        className={styles.canvas}
        data-testid="faultline-canvas"
        data-scale={view.scale}
        style={{ transform: transformOf(view), visibility: state === 'ready' ? 'visible' : 'hidden' }}
      />
      {state === 'loading' && !ready.timeoutMessage && (
        <div className={styles.center} data-testid="faultline-loading">
          <LoadingPlaceholder text="Loading diagram…" />
        </div>
      )}
      {ready.timeoutMessage && (
        <div className={state === 'ready' ? styles.top : styles.center}>
          <div className={styles.error} role="alert" data-testid="faultline-ready-timeout">
            <Icon name="exclamation-triangle" className={styles.errorIcon} />
            <span>{ready.timeoutMessage}</span>
          </div>
        </div>
      )}
      {state === 'error' && (
        <div className={styles.center}>
          <div className={styles.error} role="alert" data-testid="faultline-error">
            <Icon name="exclamation-triangle" className={styles.errorIcon} />
            <span>{error}</span>
          </div>
        </div>
      )}
      {BindingsLayer && (
        <BindingsLayer
          core={core.core?.Diagram ? core.core : undefined}
          session={ok?.session}
          containerRef={containerRef}
          pointerAt={pointerAt}
          data={data}
          timeRange={timeRange}
          options={options}
          onOptionsChange={onOptionsChange}
          replaceVariables={replaceVariables}
          onState={setBindingsState}
          timeZone={props.timeZone}
        />
      )}
      {ok && packFailures.length > 0 && (
        <div className={styles.packWarning} role="status" data-testid="faultline-pack-warning">
          <Icon name="exclamation-triangle" size="sm" />
          <span>
            Some shapes are placeholders: stencil {packFailures.length === 1 ? 'library' : 'libraries'}{' '}
            {packFailures.map((f) => f.name).join(', ')} could not be loaded
          </span>
        </div>
      )}
      {notes.length > 0 && (
        <Tooltip
          placement="bottom-end"
          content={
            <ul className={styles.notes}>
              {notes.slice(0, 40).map((n, i) => (
                <li key={i}>{n}</li>
              ))}
              {notes.length > 40 && <li>…and {notes.length - 40} more</li>}
            </ul>
          }
        >
          <div
            className={styles.badge}
            data-testid="faultline-notes"
            data-count={notes.length}
            aria-label={`${notes.length} drawing note${notes.length === 1 ? '' : 's'}`}
            tabIndex={0}
            onPointerDown={(e) => e.stopPropagation()}
          >
            <Icon name="info-circle" size="sm" />
            {notes.length}
          </div>
        </Tooltip>
      )}
    </div>
  );
}

/** Sticky: true once the panel has had data that is not still loading (scenes starts with NotStarted). */
function useDataSettled(data: PanelData): boolean {
  const settled = useRef(false);
  settled.current ||= data.state !== LoadingState.Loading && data.state !== LoadingState.NotStarted;
  return settled.current;
}

/** What the first complete drawing still waits for, named for the error drawn at the cap. */
function waitingFor(
  core: Core | undefined,
  source: { bytes?: Uint8Array; error?: string } | undefined,
  packsDone: boolean,
  settled: boolean,
  boxLoaded: boolean
): string[] {
  const missing: string[] = [];
  if (!core) {
    missing.push('the Faultline core (wasm)');
  }
  if (!source) {
    missing.push('the diagram source');
  } else if (!packsDone) {
    missing.push('stencil packs');
  }
  if (!settled) {
    missing.push('the query data');
  }
  if (!boxLoaded) {
    missing.push('the analysis box');
  }
  return missing;
}

/** Warnings, stencil packs that failed to load, and placeholders, one line each, for the indicator. */
function notesOf(out: CoreRenderOutput, packFailures: PackFailure[]): string[] {
  const lines = packFailures.map((f) => `stencil library "${f.name}" could not be loaded (${f.reason}): its shapes are drawn as placeholders`);
  lines.push(...out.warnings);
  for (const p of out.placeholders) {
    lines.push(`shape "${p.shape}" not drawn yet (placeholder for cell ${p.cellId})`);
  }
  return lines;
}

const getStyles = (theme: GrafanaTheme2) => ({
  container: css({
    position: 'relative',
    overflow: 'hidden',
    cursor: 'grab',
    userSelect: 'none',
    '&:active': { cursor: 'grabbing' },
  }),
  canvas: css({
    position: 'absolute',
    left: 0,
    top: 0,
    transformOrigin: '0 0',
    '& > svg': { display: 'block', overflow: 'visible' },
  }),
  center: css({
    position: 'absolute',
    inset: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    padding: theme.spacing(1),
    cursor: 'default',
  }),
  error: css({
    display: 'flex',
    alignItems: 'flex-start',
    gap: theme.spacing(1),
    maxWidth: '100%',
    maxHeight: '100%',
    overflow: 'auto',
    padding: theme.spacing(1, 1.5),
    color: theme.colors.error.text,
    background: theme.colors.error.transparent,
    border: `1px solid ${theme.colors.error.border}`,
    borderRadius: theme.shape.radius.default,
    fontSize: theme.typography.bodySmall.fontSize,
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-word',
    userSelect: 'text',
  }),
  errorIcon: css({ flexShrink: 0, marginTop: 2 }),
  top: css({ position: 'absolute', left: theme.spacing(1), right: theme.spacing(1), top: theme.spacing(1), display: 'flex', justifyContent: 'center' }),
  badge: css({
    position: 'absolute',
    right: theme.spacing(0.5),
    bottom: theme.spacing(0.5),
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    padding: theme.spacing(0, 0.75),
    borderRadius: theme.shape.radius.pill,
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.warning.text,
    background: theme.colors.background.secondary,
    border: `1px solid ${theme.colors.border.weak}`,
    opacity: 0.85,
    cursor: 'help',
    '&:hover, &:focus': { opacity: 1 },
  }),
  notes: css({ margin: 0, paddingLeft: theme.spacing(2), maxWidth: 480 }),
  packWarning: css({
    position: 'absolute',
    left: theme.spacing(0.5),
    top: theme.spacing(0.5),
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    maxWidth: `calc(100% - ${theme.spacing(1)})`,
    padding: theme.spacing(0, 0.75),
    borderRadius: theme.shape.radius.default,
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.warning.text,
    background: theme.colors.background.secondary,
    border: `1px solid ${theme.colors.warning.border}`,
    cursor: 'default',
  }),
});
