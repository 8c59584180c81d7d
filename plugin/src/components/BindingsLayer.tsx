// Everything the bindings add to the panel, kept apart from the drawing code: the refresh path
// (frames → core → patch → SVG), tooltips, the click menu, the picker, the inspector overlay and the
// Flowcharting import. The core evaluates; this moves data and draws Grafana UI.
import React, { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { css, cx } from '@emotion/css';
import type { GrafanaTheme2, PanelData, TimeRange } from '@grafana/data';
import { Button, Icon, IconButton, useStyles2 } from '@grafana/ui';

import { isStillPage, tzOffsetMinutes } from '../bind/motion';
import { isPicking, pick, stopPicking, subscribePicking } from '../bind/picker';
import { messageOf } from '../bind/result';
import type { BindSession } from '../bind/session';
import type { CellInfo, FlowchartingImport, Issue } from '../bind/types';
import type { Interpolate } from '../bind/links';
import type { Core } from '../core/core';
import { variableRefs, variableValues } from '../source';
import { hasBindings, type BindingDoc, type BindingsInstanceState, type DiagramSource, type FaultlineOptions, type MigrationState } from '../types';
import { lazyModule } from '../view/lazyModule';
import { AnalysisLayer, analysisEntries } from './AnalysisLayer';
import type { MenuEntry } from './CellMenu';
import { CellTooltip, placeTooltip } from './CellTooltip';

// ---------------------------------------------------------------------------------------------
// The binding document as the core gets it.

// Variables the core resolves itself, per cell and per refresh (src/bind/template.rs): never given to
// replaceVariables, which would freeze ${__from} at one value and may not know the others.
const CORE_VARIABLE = /^\$\{\s*(?:(?:__)?cell\.[^:}]+|__value(?:\.(?:text|formatted|raw|numeric))?|__level|__series(?:\.name)?|__binding|__from|__to)\s*(?::[^}]*)?\}$/;
const isGrafanaVariable = (ref: string) => !CORE_VARIABLE.test(ref);

/** The document with `fn` applied to each of its strings, links aside (they are interpolated on click). */
function mapStrings(v: unknown, fn: (s: string) => string, key = ''): unknown {
  if (typeof v === 'string') {
    return key === 'links' || key === 'cellLinks' ? v : fn(v);
  }
  if (Array.isArray(v)) {
    return v.map((x) => mapStrings(x, fn, key));
  }
  if (v && typeof v === 'object' && key !== 'links' && key !== 'cellLinks') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      out[k] = mapStrings(x, fn, k);
    }
    return out;
  }
  return v;
}

/** The dashboard variables the document uses (for `variableValues`, to know when to interpolate again). */
export function bindingsVariableRefs(doc: BindingDoc | undefined): string[] {
  const strings: string[] = [];
  mapStrings(doc, (s) => (strings.push(s), s));
  return variableRefs(strings, isGrafanaVariable);
}

/** The document as the core compiles it: dashboard variables replaced, the core's own left for it. */
export function bindingsJson(doc: BindingDoc | undefined, replaceVariables: Interpolate): string {
  if (!doc || typeof doc !== 'object') {
    return '';
  }
  try {
    return JSON.stringify(mapStrings(doc, (s) => (variableRefs([s], isGrafanaVariable).length ? replaceVariables(s) : s)));
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------------
// Flowcharting import, finished here because Grafana's handlers are synchronous and wasm is not.

function reportLines(r: FlowchartingImport['report']): string[] {
  if (!Array.isArray(r)) {
    return [];
  }
  return r.map((x: string | Issue) => (typeof x === 'string' ? x : x?.path ? `${x.path}: ${x.message}` : String(x?.message ?? ''))).filter(Boolean);
}

function sourceOf(r: FlowchartingImport): DiagramSource | undefined {
  const s = (r.source ?? r.diagram ?? r.xml) as unknown;
  if (typeof s === 'string' && s.trim()) {
    return { kind: 'text', text: s };
  }
  // Flowcharting's "download from URL": the panel fetches it the same way.
  if (typeof r.sourceUrl === 'string' && r.sourceUrl.trim()) {
    return { kind: 'url', url: r.sourceUrl.trim() };
  }
  if (s && typeof s === 'object' && typeof (s as DiagramSource).kind === 'string') {
    return s as DiagramSource;
  }
  return undefined;
}

export function runImport(core: Core, m: MigrationState, options: FaultlineOptions): FaultlineOptions {
  if (!core.importFlowcharting) {
    throw new Error('this version of the Faultline core cannot import Flowcharting panels');
  }
  const raw = core.importFlowcharting(JSON.stringify(m.pending));
  const r = (typeof raw === 'string' ? JSON.parse(raw) : raw) as FlowchartingImport;
  const inner = (r?.options && typeof r.options === 'object' ? { ...r, ...(r.options as object) } : r) as FlowchartingImport;
  const source = sourceOf(inner);
  const bindings = inner.bindings && typeof inner.bindings === 'object' ? (inner.bindings as BindingDoc) : undefined;
  return {
    ...options,
    source: source ?? options.source,
    page: source ? undefined : options.page,
    bindings: bindings ?? options.bindings,
    migration: { from: m.from, imported: true, report: reportLines(inner.report) },
  };
}

// ---------------------------------------------------------------------------------------------

interface Hover {
  id: string;
  x: number;
  y: number;
}

interface MenuState {
  id: string;
  x: number;
  y: number;
  title: string;
  entries: MenuEntry[];
}

/** The pointer's client position while it is over the panel. */
export interface PointerAt {
  x: number;
  y: number;
}

export interface BindingsLayerProps {
  core?: Core;
  session?: BindSession;
  containerRef: React.RefObject<HTMLDivElement>;
  /** Kept by the panel; read once when a session starts (see the pointer effect). */
  pointerAt?: React.RefObject<PointerAt | undefined>;
  data: PanelData;
  timeRange: TimeRange;
  options: FaultlineOptions;
  onOptionsChange: (o: FaultlineOptions) => void;
  replaceVariables: Interpolate;
  /** What the option editors get through instanceState. */
  onState: (s: BindingsInstanceState | undefined) => void;
  /** The dashboard's time zone, for the core's date units. */
  timeZone?: string;
}

// The panel's inspector loads when opened (module.js stays a thin shim); the editors' chunk shares it.
const Inspector = React.lazy(() => import(/* webpackChunkName: "faultline-inspector" */ './Inspector').then((m) => ({ default: m.Inspector })));

// The click menu (links, data links, traces) is a lazy chunk too: fetched on the first pointer-down,
// well inside the double-click wait, so the menu still opens on time.
const cellMenu = lazyModule(() => import(/* webpackChunkName: "faultline-menu" */ './CellMenu'));

const CLICK_SLOP = 4;
const DOUBLE_CLICK_MS = 250;
const stop = (e: React.SyntheticEvent) => e.stopPropagation();

export function BindingsLayer(props: BindingsLayerProps) {
  const { core, session, containerRef, pointerAt, data, timeRange, options, onOptionsChange, replaceVariables, onState, timeZone } = props;
  const styles = useStyles2(getStyles);

  // Free the wasm Diagram when the drawing is replaced or the panel goes away.
  useEffect(() => () => session?.free(), [session]);

  // --- refresh path ----------------------------------------------------------------------------
  // Grafana keeps one replaceVariables for the panel's life: the document is interpolated again when
  // a variable it uses changes value, not when that function changes.
  const bindingRefs = useMemo(() => bindingsVariableRefs(options.bindings), [options.bindings]);
  const bindingVars = variableValues(bindingRefs, replaceVariables);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const json = useMemo(() => bindingsJson(options.bindings, replaceVariables), [options.bindings, bindingVars]);
  const work = hasBindings(options.bindings);
  const [gen, setGen] = useState(0);
  const onStateRef = useRef(onState);
  onStateRef.current = onState;
  useLayoutEffect(() => {
    if (!session) {
      onStateRef.current(undefined);
      return;
    }
    session.setAnimations(!isStillPage());
    session.setAnalysisDeferred(!isStillPage());
    session.setTimezone(tzOffsetMinutes(timeZone));
    session.setBindings(json || '{"version":1,"bindings":[]}');
    if (work) {
      session.update(data.series, data.timeRange ?? timeRange);
    }
    setGen((g) => g + 1);
    onStateRef.current({
      generation: session.generation,
      report: session.report,
      dataError: session.dataError,
      timing: session.lastTiming,
      compileMs: session.compileMs,
      setNaive: (on: boolean) => session.setNaive(on),
      cells: () => session.cells(),
      inspect: () => session.inspect(),
      analysisRun: () => session.analysis.lastRun,
    });
    // data.series is the refresh; timeRange alone (e.g. while loading) does not re-evaluate.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session, json, work, data.series]);

  // --- hover, click, pick ----------------------------------------------------------------------
  const [hover, setHover] = useState<Hover>();
  const [menu, setMenu] = useState<MenuState>();
  const [picking, setPicking] = useState(isPicking());
  const tipRef = useRef<HTMLDivElement | null>(null);
  const hoverRef = useRef<Hover>();
  hoverRef.current = hover;
  useEffect(() => subscribePicking(setPicking), []);

  const cellInfo = useRef<{ session?: BindSession; map?: Map<string, CellInfo> }>({});
  const infoOf = useCallback(
    (id: string): CellInfo | undefined => {
      if (!session) {
        return undefined;
      }
      if (cellInfo.current.session !== session) {
        cellInfo.current = { session, map: new Map(session.cells().map((c) => [c.id, c])) };
      }
      return cellInfo.current.map!.get(id);
    },
    [session]
  );

  const [menuError, setMenuError] = useState<string>();
  const menuRef = useRef<MenuState>();
  menuRef.current = menu;
  const latest = useRef({ replaceVariables, timeRange, infoOf, analysis: options.analysis });
  latest.current = { replaceVariables, timeRange: data.timeRange ?? timeRange, infoOf, analysis: options.analysis };

  useEffect(() => {
    const el = containerRef.current;
    if (!el || !session) {
      return;
    }
    const cellAt = (target: EventTarget | null): string | undefined => {
      const g = target instanceof Element ? target.closest('[data-cell-id]') : null;
      if (!g || !el.contains(g)) {
        return undefined;
      }
      const id = g.getAttribute('data-cell-id') ?? undefined;
      return id !== undefined && session.hasCell(id) ? id : undefined;
    };
    let down: { x: number; y: number; id?: string; second?: boolean } | undefined;
    // The menu opens once a double-click is ruled out (every node has one: "What if this fails?"),
    // so a double-click still resets the view instead of landing in a menu.
    let pending: number | undefined;
    let live = true;
    const onMove = (ev: PointerEvent) => {
      if (ev.buttons !== 0 || menuRef.current) {
        if (hoverRef.current) {
          setHover(undefined);
        }
        return;
      }
      const id = cellAt(ev.target);
      if (!id) {
        if (hoverRef.current) {
          setHover(undefined);
        }
        return;
      }
      if (hoverRef.current?.id !== id) {
        setHover({ id, x: ev.clientX, y: ev.clientY });
      } else if (tipRef.current) {
        // Follow the pointer without a React render.
        placeTooltip(tipRef.current, { x: ev.clientX, y: ev.clientY });
      }
    };
    const onLeave = () => setHover(undefined);
    const onDown = (ev: PointerEvent) => {
      void cellMenu.load().catch(() => undefined); // retried by the click; its error is shown there
      const second = pending !== undefined;
      window.clearTimeout(pending);
      pending = undefined;
      down = ev.button === 0 ? { x: ev.clientX, y: ev.clientY, id: cellAt(ev.target), second } : undefined;
    };
    const onUp = (ev: PointerEvent) => {
      const d = down;
      down = undefined;
      if (!d || ev.button !== 0 || d.second || Math.hypot(ev.clientX - d.x, ev.clientY - d.y) > CLICK_SLOP) {
        return; // a drag (pan) or a double-click, not a click
      }
      const id = cellAt(ev.target) ?? d.id;
      if (!id) {
        return;
      }
      const info = latest.current.infoOf(id);
      if (isPicking()) {
        pick({ id, label: info?.label, attrs: info?.attrs });
        return;
      }
      const { replaceVariables: rv, timeRange: tr, analysis } = latest.current;
      const at = { id, x: ev.clientX, y: ev.clientY, title: info?.label?.trim() || id };
      pending = window.setTimeout(() => {
        pending = undefined;
        cellMenu.load().then(
          (m) => {
            const entries = m.menuEntries(session, id, rv, tr, info?.attrs?.link).concat(analysisEntries(session, id, analysis));
            if (live && entries.length > 0) {
              setHover(undefined);
              setMenu({ ...at, entries });
            }
          },
          (e) => live && setMenuError(`The click menu could not be loaded: ${e instanceof Error ? e.message : String(e)}`)
        );
      }, DOUBLE_CLICK_MS);
    };
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerleave', onLeave);
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointerup', onUp);
    // A plain panel gets its session when the full core arrives, after the pointer entered: the cell
    // already under a still pointer shows its tooltip now instead of at the next move.
    const at = pointerAt?.current;
    const idAt = at && !menuRef.current ? cellAt(document.elementFromPoint(at.x, at.y)) : undefined;
    if (at && idAt) {
      setHover({ id: idAt, x: at.x, y: at.y });
    }
    return () => {
      live = false;
      window.clearTimeout(pending);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerleave', onLeave);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointerup', onUp);
    };
  }, [containerRef, pointerAt, session]);

  // Esc cancels picking.
  useEffect(() => {
    if (!picking) {
      return;
    }
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && stopPicking();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [picking]);

  useEffect(() => {
    containerRef.current?.classList.toggle('fl-picking', picking && !!session);
  }, [containerRef, picking, session]);

  const tooltipSvg = useMemo(() => (hover && session ? session.tooltip(hover.id) : ''), [hover?.id, session, gen]); // eslint-disable-line react-hooks/exhaustive-deps

  // --- inspector overlay -----------------------------------------------------------------------
  const [inspecting, setInspecting] = useState(false);
  const inspection = useMemo(() => (inspecting && session ? session.inspect() : undefined), [inspecting, session, gen]); // eslint-disable-line react-hooks/exhaustive-deps
  const highlighted = useRef<Element | null>(null);
  const highlight = useCallback(
    (id: string | undefined) => {
      highlighted.current?.classList.remove('fl-highlight');
      highlighted.current = null;
      const g = id ? containerRef.current?.querySelector(`[data-cell-id="${CSS.escape(id)}"]`) : null;
      if (g) {
        g.classList.add('fl-highlight');
        highlighted.current = g;
      }
    },
    [containerRef]
  );

  // --- Flowcharting import ---------------------------------------------------------------------
  const migration = options.migration;
  const [importError, setImportError] = useState<string>();
  const tried = useRef<unknown>();
  useEffect(() => {
    if (!core || !migration?.pending || tried.current === migration.pending) {
      return;
    }
    tried.current = migration.pending;
    try {
      onOptionsChange(runImport(core, migration, options));
      setImportError(undefined);
    } catch (e) {
      setImportError(messageOf(e));
    }
  }, [core, migration, options, onOptionsChange]);
  const [reportOpen, setReportOpen] = useState(false);
  const report = migration?.report ?? [];
  useEffect(() => setReportOpen(false), [migration?.report]);
  const showImport = !!migration && !migration.dismissed && (importError !== undefined || migration.imported);

  // Set once the menu's chunk has arrived (the menu state is only set after that).
  const LoadedMenu = cellMenu.get()?.CellMenu;
  const errors = session?.report?.errors?.length ?? 0;
  const showInspectButton = !!session && (work || errors > 0);

  return (
    <>
      {session && <AnalysisLayer session={session} options={options.analysis} containerRef={containerRef} />}
      {hover && tooltipSvg && !menu && <CellTooltip svg={tooltipSvg} cellId={hover.id} at={hover} boxRef={tipRef} />}
      {menu && (
        // React bubbles portal events through the panel: without this, a click in the menu would start a pan.
        <div style={{ display: 'contents' }} onPointerDown={stop} onPointerUp={stop} onPointerMove={stop} onDoubleClick={stop}>
          {LoadedMenu && <LoadedMenu x={menu.x} y={menu.y} title={menu.title} entries={menu.entries} onClose={() => setMenu(undefined)} />}
        </div>
      )}
      {menuError && (
        <div className={cx(styles.banner, styles.bannerError)} role="alert" onPointerDown={(e) => e.stopPropagation()}>
          <Icon name="exclamation-triangle" size="sm" />
          <span>{menuError}</span>
          <IconButton name="times" size="sm" aria-label="Dismiss" onClick={() => setMenuError(undefined)} />
        </div>
      )}
      {picking && session && (
        <div className={styles.banner} data-testid="faultline-picking" onPointerDown={(e) => e.stopPropagation()}>
          <Icon name="crosshair" size="sm" /> Click a cell to use it as the binding's target
          <Button size="sm" variant="secondary" fill="text" onClick={() => stopPicking()}>
            Cancel
          </Button>
        </div>
      )}
      {showImport && (
        <div className={cx(styles.banner, importError && styles.bannerError)} data-testid="faultline-import" onPointerDown={(e) => e.stopPropagation()}>
          <Icon name={importError ? 'exclamation-triangle' : 'info-circle'} size="sm" />
          {importError ? (
            <span>Flowcharting import failed: {importError}</span>
          ) : (
            <span>
              Imported from Flowcharting
              {report.length ? ` · ${report.length} item${report.length === 1 ? '' : 's'} not carried over` : ' · everything carried over'}
            </span>
          )}
          {report.length > 0 && (
            <Button size="sm" variant="secondary" fill="text" onClick={() => setReportOpen(!reportOpen)} data-testid="faultline-import-details">
              {reportOpen ? 'Hide' : 'Details'}
            </Button>
          )}
          {!importError && (
            <IconButton
              name="times"
              size="sm"
              tooltip="Dismiss"
              onClick={() => onOptionsChange({ ...options, migration: { ...migration!, dismissed: true } })}
            />
          )}
          {reportOpen && (
            <ul className={styles.report} data-testid="faultline-import-report">
              {report.map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {showInspectButton && (
        <button
          type="button"
          className={cx(styles.inspectButton, errors > 0 && styles.inspectError)}
          onClick={() => setInspecting(!inspecting)}
          onPointerDown={(e) => e.stopPropagation()}
          data-testid="faultline-inspect-toggle"
          aria-pressed={inspecting}
          title={errors > 0 ? `${errors} binding error${errors === 1 ? '' : 's'}: open the inspector` : 'Inspect bindings'}
        >
          <Icon name={errors > 0 ? 'exclamation-triangle' : 'list-ul'} size="sm" />
          {errors > 0 ? errors : null}
        </button>
      )}
      {inspecting && session && (
        <div className={styles.overlay} onPointerDown={stop} onDoubleClick={stop} onWheel={stop}>
          <div className={styles.overlayHead}>
            <strong>Bindings inspector</strong>
            <IconButton name="times" size="sm" tooltip="Close" onClick={() => setInspecting(false)} />
          </div>
          <Suspense fallback={null}>
            <Inspector inspection={inspection} report={session.report} dataError={session.dataError} timing={session.lastTiming} onHighlight={highlight} graphNotes={session.analysis.notes()} />
          </Suspense>
        </div>
      )}
    </>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  banner: css({
    position: 'absolute',
    left: theme.spacing(0.5),
    top: theme.spacing(0.5),
    right: theme.spacing(0.5),
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    padding: theme.spacing(0.25, 0.75),
    borderRadius: theme.shape.radius.default,
    fontSize: theme.typography.bodySmall.fontSize,
    background: theme.colors.background.secondary,
    border: `1px solid ${theme.colors.border.medium}`,
    cursor: 'default',
    zIndex: 1,
  }),
  bannerError: css({ color: theme.colors.error.text, borderColor: theme.colors.error.border }),
  report: css({ flexBasis: '100%', margin: 0, paddingLeft: theme.spacing(2), maxHeight: 160, overflow: 'auto', userSelect: 'text' }),
  inspectButton: css({
    position: 'absolute',
    left: theme.spacing(0.5),
    bottom: theme.spacing(0.5),
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    padding: theme.spacing(0, 0.75),
    borderRadius: theme.shape.radius.pill,
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.text.secondary,
    background: theme.colors.background.secondary,
    border: `1px solid ${theme.colors.border.weak}`,
    opacity: 0.6,
    cursor: 'pointer',
    '&:hover, &:focus, &[aria-pressed=true]': { opacity: 1 },
  }),
  inspectError: css({ color: theme.colors.error.text, opacity: 0.9 }),
  overlay: css({
    position: 'absolute',
    right: theme.spacing(0.5),
    top: theme.spacing(0.5),
    bottom: theme.spacing(3.5),
    width: 'min(420px, calc(100% - 16px))',
    overflow: 'auto',
    padding: theme.spacing(1),
    background: theme.colors.background.primary,
    border: `1px solid ${theme.colors.border.medium}`,
    borderRadius: theme.shape.radius.default,
    boxShadow: theme.shadows.z3,
    cursor: 'default',
    userSelect: 'text',
    zIndex: 2,
  }),
  overlayHead: css({ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: theme.spacing(1) }),
});
