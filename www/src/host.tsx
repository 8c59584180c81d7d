// The playground: a stand-in for a Grafana dashboard with one Faultline panel. It loads dist/module.js
// through SystemJS like Grafana does and feeds the panel PanelProps built with @grafana/data.
import './boot';

import React, { Component, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { css } from '@emotion/css';
import {
  applyFieldOverrides,
  createDataFrame,
  createTheme,
  EventBusSrv,
  LoadingState,
  PanelOptionsEditorBuilder,
  PanelPlugin,
  type DataFrame,
  type GrafanaTheme2,
  type PanelData,
  type PanelProps,
  type ScopedVars,
  type TimeRange,
} from '@grafana/data';
import { RefreshEvent, setDataSourceSrv } from '@grafana/runtime';
import { Field, GlobalStyles, PanelChrome, PanelContextProvider, ThemeContext, useStyles2 } from '@grafana/ui';
import { cloneDeep, get, merge, set } from 'lodash';

import { DEMO_BINDINGS, DEMO_DATASOURCES, DEMO_FIELD_CONFIG } from './demoBindings';
import { registerStandardEditors, registerStandardFieldConfigs } from './editors';
import { exposeSharedDependencies, loadPanelPlugin } from './loader';
import { sharedDependencies } from './shared';
import { movingTimeRange, SERVICES, Simulator } from './simulate';

const PLUGIN_BASE = '/public/plugins/faultline-diagram-panel/';
const params = new URLSearchParams(location.search);

interface FileEntry {
  id: string;
  label: string;
  group: string;
}

// ---------------------------------------------------------------------------------------------
// Dashboard variables: $var, ${var}, ${var:format}, [[var]], plus the time-range built-ins.

const VARIABLES: Record<string, string> = { env: 'prod', region: 'eu-west-1', service: 'checkout' };

function interpolate(vars: Record<string, string>, timeRange: TimeRange) {
  return (value: string, scopedVars?: ScopedVars, format?: string | Function): string => {
    if (!value) {
      return value;
    }
    const all: Record<string, unknown> = {
      ...vars,
      __from: String(timeRange.from.valueOf()),
      __to: String(timeRange.to.valueOf()),
    };
    for (const [k, v] of Object.entries(scopedVars ?? {})) {
      all[k] = (v as any)?.value ?? '';
    }
    // Grafana's data macros: ${__field.*}, ${__series.*}, ${__value.*} from the data link's context.
    const dc = (scopedVars as any)?.__dataContext?.value;
    if (dc?.field) {
      const row = dc.rowIndex ?? (dc.field.values?.length ?? 1) - 1;
      const raw = dc.field.values?.[row];
      all.__field = { name: dc.field.name, labels: dc.field.labels ?? {}, displayName: dc.field.state?.displayName ?? dc.field.name };
      all.__series = { name: dc.frame?.name ?? '' };
      all.__value = { raw, numeric: raw, text: String(raw) };
    }
    // $var, ${var}, ${var.path} (scoped objects such as __field), ${var:format}, [[var]].
    return value.replace(/\$(\w+)|\$\{(\w+)(?:\.([^:}]+))?(?::(\w+))?\}|\[\[(\w+)\]\]/g, (match, a, b, path, fmt, c) => {
      const name = a ?? b ?? c;
      if (!(name in all)) {
        return match;
      }
      let v: unknown = all[name];
      if (path) {
        v = get(v, path);
        if (v === undefined) {
          return match;
        }
      }
      const text = typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
      const f = fmt ?? (typeof format === 'string' ? format : undefined);
      if (typeof format === 'function') {
        return format(text);
      }
      return f === 'percentencode' || f === 'queryparam' || f === 'uriencode' ? encodeURIComponent(text) : text;
    });
  };
}

// ---------------------------------------------------------------------------------------------
// Grafana's data source service, reduced to the list the trace data source picker reads.

function installDataSources() {
  const list = DEMO_DATASOURCES as any[];
  const find = (ref: any) => {
    const key = typeof ref === 'string' ? ref : ref?.uid;
    return list.find((d) => d.uid === key || d.name === key);
  };
  setDataSourceSrv({
    get: async (ref: any) => {
      const ds = find(ref);
      if (!ds) {
        throw new Error(`data source ${ref} not found`);
      }
      return ds;
    },
    getList: (filters: any = {}) =>
      list.filter((d) => {
        const types = filters.type === undefined ? undefined : Array.isArray(filters.type) ? filters.type : [filters.type];
        return (!types || types.includes(d.type)) && (!filters.tracing || d.meta.tracing) && (!filters.pluginId || d.meta.id === filters.pluginId);
      }),
    getInstanceSettings: (ref: any) => find(ref),
    reload: () => {},
    registerRuntimeDataSource: () => {},
  } as any);
}

/** What Grafana's query runner hands a panel: frames with field config applied (display names, data links). */
function processFrames(plugin: PanelPlugin, series: DataFrame[], fieldConfig: any, replaceVariables: PanelProps['replaceVariables'], theme: GrafanaTheme2): DataFrame[] {
  return applyFieldOverrides({ data: series, fieldConfig, fieldConfigRegistry: plugin.fieldConfigRegistry, replaceVariables, theme, timeZone: 'browser' });
}

/** Reloads the playground with a URL parameter set or removed (render mode, reduced motion). */
function reloadWith(key: string, on: boolean) {
  const p = new URLSearchParams(location.search);
  if (on) {
    p.set(key, '1');
  } else {
    p.delete(key);
  }
  location.search = p.toString();
}

// ---------------------------------------------------------------------------------------------

class PanelErrorBoundary extends Component<{ children: React.ReactNode }, { error?: Error }> {
  state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    if (this.state.error) {
      return (
        <div role="alert" data-testid="pg-panel-crash" style={{ padding: 8, color: '#f55' }}>
          Panel crashed: {this.state.error.message}
        </div>
      );
    }
    return this.props.children;
  }
}

function OptionsPane({
  plugin,
  options,
  onChange,
  data,
  instanceState,
  replaceVariables,
  eventBus,
}: {
  plugin: PanelPlugin;
  options: any;
  onChange: (o: any) => void;
  data: DataFrame[];
  instanceState: unknown;
  replaceVariables: PanelProps['replaceVariables'];
  eventBus: EventBusSrv;
}) {
  const styles = useStyles2(getStyles);
  const builder = new PanelOptionsEditorBuilder<any>();
  plugin.getPanelOptionsSupplier()(builder, { data, options, instanceState } as any);
  const items = builder.getItems();
  const groups = new Map<string, typeof items>();
  for (const item of items) {
    if (item.showIf && !item.showIf(options, data)) {
      continue;
    }
    const cat = item.category?.[0] ?? 'Options';
    groups.set(cat, [...(groups.get(cat) ?? []), item]);
  }
  return (
    <div className={styles.pane} data-testid="pg-options">
      {[...groups].map(([cat, list]) => (
        <section key={cat}>
          <h5 className={styles.h}>{cat}</h5>
          {list.map((item) => {
            const Editor = item.editor as React.ComponentType<any>;
            return (
              <Field key={item.id} label={item.name} description={item.description}>
                <div data-testid={`pg-option-${item.path}`}>
                  <Editor
                    id={item.id}
                    item={item}
                    value={get(options, item.path)}
                    onChange={(v: unknown) => onChange(set(cloneDeep(options), item.path, v))}
                    context={{ data, options, instanceState, replaceVariables, eventBus }}
                  />
                </div>
              </Field>
            );
          })}
        </section>
      ))}
    </div>
  );
}

function LiveTable({ frames }: { frames: DataFrame[] }) {
  const styles = useStyles2(getStyles);
  const last = (metric: string, service: string) => {
    const f = frames.find((fr) => fr.fields[1]?.name === metric && fr.fields[1]?.labels?.service === service);
    const values = f?.fields[1].values;
    return values && values.length ? Number(values[values.length - 1]) : NaN;
  };
  return (
    <table className={styles.table} data-testid="pg-live">
      <thead>
        <tr>
          <th>service</th>
          <th>p95 ms</th>
          <th>err %</th>
          <th>req/s</th>
        </tr>
      </thead>
      <tbody>
        {SERVICES.map((s) => {
          const err = last('error_rate', s.service);
          return (
            <tr key={s.service} className={err > 5 ? styles.bad : undefined} data-service={s.service}>
              <td>{s.service}</td>
              <td>{last('latency_p95', s.service).toFixed(0)}</td>
              <td>{err.toFixed(2)}</td>
              <td>{last('requests', s.service).toFixed(0)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function App({ plugin, files }: { plugin: PanelPlugin; files: FileEntry[] }) {
  const [themeName, setThemeName] = useState<'light' | 'dark'>(params.get('theme') === 'light' ? 'light' : 'dark');
  const theme = useMemo(() => createTheme({ colors: { mode: themeName } }), [themeName]);
  const [size, setSize] = useState({ width: Number(params.get('width')) || 800, height: Number(params.get('height')) || 500 });
  const [options, setOptions] = useState<any>(() => {
    const o: any = merge(cloneDeep(plugin.defaults), {});
    for (const key of ['fit', 'zoom', 'page'] as const) {
      const v = params.get(key);
      if (v !== null) {
        o[key] = key === 'zoom' ? Number(v) : key === 'page' && /^\d+$/.test(v) ? Number(v) : v;
      }
    }
    if (params.get('url') !== null) {
      o.source = { ...o.source, kind: 'url', url: params.get('url') };
    }
    // The demo comes bound to the simulated series unless bindings=0.
    if ((params.get('file') ?? 'demo') === 'demo' && params.get('url') === null && params.get('bindings') !== '0') {
      o.bindings = cloneDeep(DEMO_BINDINGS);
    }
    return o;
  });
  const [fieldConfig, setFieldConfig] = useState<any>(() => (params.get('bindings') === '0' ? { defaults: {}, overrides: [] } : cloneDeep(DEMO_FIELD_CONFIG)));
  const [instanceState, setInstanceState] = useState<unknown>();
  const [fileId, setFileId] = useState<string>(params.get('url') !== null ? '' : params.get('file') ?? 'demo');
  const [fileError, setFileError] = useState<string>();
  const [vars, setVars] = useState(VARIABLES);

  // Live data: a dashboard refresh every few seconds with a moving time range.
  const refreshOff = params.get('refresh') === 'off';
  const refreshMs = Math.max(250, Number(params.get('refresh')) || 5000);
  const sim = useMemo(() => {
    const s = new Simulator(Number(params.get('seed')) || Date.now(), params.get('incidents') !== '0');
    // incident=<service>: the demo opens on an incident there (10 minutes), overlays included.
    const at = params.get('incident');
    if (at) {
      s.startIncident(at, Date.now(), 600_000);
    }
    return s;
  }, []);
  const eventBus = useMemo(() => new EventBusSrv(), []);
  const [data, setData] = useState<PanelData>(() => {
    const now = Date.now();
    return { state: LoadingState.Done, series: sim.tick(now), timeRange: movingTimeRange(now) };
  });
  const [renderCounter, setRenderCounter] = useState(0);
  // A refresh as the dashboard does it: RefreshEvent, loading state, then new frames.
  const refresh = useCallback(
    (series?: DataFrame[]) => {
      const now = Date.now();
      const timeRange = movingTimeRange(now);
      setData({ state: LoadingState.Done, series: series ?? sim.tick(now), timeRange });
      setRenderCounter((c) => c + 1);
    },
    [sim]
  );
  useEffect(() => {
    if (refreshOff) {
      return;
    }
    let done: number | undefined;
    const id = window.setInterval(() => {
      const now = Date.now();
      const timeRange = movingTimeRange(now);
      eventBus.publish(new RefreshEvent());
      setData((d) => ({ ...d, state: LoadingState.Loading, timeRange }));
      done = window.setTimeout(() => {
        setData({ state: LoadingState.Done, series: sim.tick(now), timeRange });
        setRenderCounter((c) => c + 1);
      }, 120);
    }, refreshMs);
    return () => {
      window.clearInterval(id);
      window.clearTimeout(done);
    };
  }, [sim, eventBus, refreshMs, refreshOff]);

  // Picking a file stores it the way the panel's own upload does.
  useEffect(() => {
    if (!fileId) {
      return;
    }
    let live = true;
    fetch(`/files/${fileId}`)
      .then(async (r) => {
        if (!r.ok) {
          throw new Error(`HTTP ${r.status} for ${fileId}`);
        }
        const bytes = new Uint8Array(await r.arrayBuffer());
        const isPng = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
        let content: string;
        if (isPng) {
          let s = '';
          for (let i = 0; i < bytes.length; i += 0x8000) {
            s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          }
          content = 'data:image/png;base64,' + btoa(s);
        } else {
          content = new TextDecoder().decode(bytes);
        }
        if (live) {
          setFileError(undefined);
          setOptions((o: any) => ({ ...o, page: params.get('page') !== null ? o.page : undefined, source: { ...o.source, kind: 'file', file: { name: fileId === 'demo' ? 'demo.drawio' : fileId.split('/').pop(), content } } }));
        }
      })
      .catch((e) => live && setFileError(String(e.message ?? e)));
    return () => {
      live = false;
    };
  }, [fileId]);

  // One replaceVariables for the panel's whole life, as Grafana's scenes give it (VizPanel.interpolate):
  // it reads the variables and time range of the moment, and a change of them re-renders the panel.
  const scope = useRef({ vars, timeRange: data.timeRange });
  scope.current = { vars, timeRange: data.timeRange };
  const replaceVariables = useCallback<PanelProps['replaceVariables']>(
    (value, scopedVars, format) => interpolate(scope.current.vars, scope.current.timeRange)(value, scopedVars, format as any),
    []
  );
  // Field config applied the way Grafana's query runner does before the panel sees the frames.
  const processed = useMemo(
    (): PanelData => ({ ...data, series: processFrames(plugin, data.series, fieldConfig, replaceVariables, theme) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, fieldConfig, theme]
  );
  const onOptionsChange = useCallback((o: any) => setOptions(o), []);
  const onFieldConfigChange = useCallback((c: any) => setFieldConfig(c), []);
  const onChangeTimeRange = useCallback(() => {}, []);

  // Drag-resizable panel: the wrapper's CSS resize, observed.
  const wrapRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = wrapRef.current;
    if (!el) {
      return;
    }
    const ro = new ResizeObserver(() => {
      const w = Math.round(el.clientWidth);
      const h = Math.round(el.clientHeight);
      setSize((s) => (s.width === w && s.height === h ? s : { width: w, height: h }));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Hooks for tests and for poking at the panel from the console.
  useEffect(() => {
    (window as any).__playground = {
      options,
      setOptions: (patch: any) => setOptions((o: any) => merge(cloneDeep(o), patch)),
      replaceOptions: (o: any) => setOptions(o),
      setTheme: setThemeName,
      setSize: (width: number, height: number) => setSize({ width, height }),
      setVariable: (k: string, v: string) => setVars((x) => ({ ...x, [k]: v })),
      startIncident: (root: string, durationMs?: number) => sim.startIncident(root, Date.now(), durationMs),
      /** A refresh now, with the simulator's frames or the given ones (plain objects go through createDataFrame). */
      refresh: (frames?: any[]) => refresh(frames?.map((f) => createDataFrame(f))),
      setFieldConfig: (c: any) => setFieldConfig(c),
      data: processed,
      instanceState,
      theme: themeName,
    };
  }, [options, themeName, processed, instanceState, sim, refresh]);

  // What Grafana's panel renderer provides around a panel: the event bus and the instance-state channel.
  const panelContext = useMemo(
    () => ({ eventsScope: 'global', eventBus, instanceState, onInstanceStateChange: setInstanceState }),
    [eventBus, instanceState]
  );

  const styles = getStyles(theme);
  const Panel = plugin.panel!;
  const padding = plugin.noPadding ? 'none' : 'md';

  return (
    <ThemeContext.Provider value={theme}>
      <GlobalStyles />
      <div className={styles.page} data-testid="pg-root" data-theme={themeName}>
        <header className={styles.header}>
          <strong>Faultline playground</strong>
          <label>
            Diagram{' '}
            <select data-testid="pg-file" value={fileId} onChange={(e) => setFileId(e.currentTarget.value)}>
              <option value="">(panel options)</option>
              {['Demo', 'Corpus', 'Fixtures'].map((g) => {
                const list = files.filter((f) => f.group === g);
                return list.length ? (
                  <optgroup key={g} label={g}>
                    {list.map((f) => (
                      <option key={f.id} value={f.id}>
                        {f.label}
                      </option>
                    ))}
                  </optgroup>
                ) : null;
              })}
            </select>
          </label>
          <label>
            Theme{' '}
            <select data-testid="pg-theme" value={themeName} onChange={(e) => setThemeName(e.currentTarget.value as any)}>
              <option value="dark">dark</option>
              <option value="light">light</option>
            </select>
          </label>
          <label>
            W <input data-testid="pg-width" type="number" min={50} value={size.width} onChange={(e) => setSize((s) => ({ ...s, width: Number(e.currentTarget.value) || s.width }))} />
          </label>
          <label>
            H <input data-testid="pg-height" type="number" min={50} value={size.height} onChange={(e) => setSize((s) => ({ ...s, height: Number(e.currentTarget.value) || s.height }))} />
          </label>
          <button
            data-testid="pg-incident"
            onClick={() => {
              sim.startIncident('payment', Date.now(), 300_000);
              refresh();
            }}
          >
            Incident at payment
          </button>
          <label title="Grafana's render mode (image renderer): no animation">
            <input type="checkbox" data-testid="pg-render-mode" checked={params.get('render') === '1'} onChange={(e) => reloadWith('render', e.currentTarget.checked)} /> render=1
          </label>
          <label title="Emulates prefers-reduced-motion: reduce">
            <input type="checkbox" data-testid="pg-reduced-motion" checked={params.get('reducedMotion') === '1'} onChange={(e) => reloadWith('reducedMotion', e.currentTarget.checked)} /> reduced motion
          </label>
          <label>
            $env{' '}
            <input value={vars.env} onChange={(e) => setVars({ ...vars, env: e.currentTarget.value })} style={{ width: 70 }} />
          </label>
          {fileError && <span className={styles.err}>{fileError}</span>}
        </header>
        <main className={styles.main}>
          <div ref={wrapRef} className={styles.resizable} style={{ width: size.width, height: size.height }} data-testid="pg-panel-frame">
            <PanelChrome width={size.width} height={size.height} title="Faultline" padding={padding} loadingState={data.state}>
              {(innerWidth, innerHeight) => (
                <PanelErrorBoundary>
                  <PanelContextProvider value={panelContext}>
                    <Panel
                      id={1}
                      data={processed}
                      timeRange={data.timeRange}
                      timeZone="browser"
                      options={options}
                      fieldConfig={fieldConfig}
                      transparent={false}
                      width={innerWidth}
                      height={innerHeight}
                      renderCounter={renderCounter}
                      title="Faultline"
                      eventBus={eventBus}
                      onOptionsChange={onOptionsChange}
                      onFieldConfigChange={onFieldConfigChange}
                      replaceVariables={replaceVariables}
                      onChangeTimeRange={onChangeTimeRange}
                    />
                  </PanelContextProvider>
                </PanelErrorBoundary>
              )}
            </PanelChrome>
          </div>
          <aside className={styles.side}>
            <OptionsPane
              plugin={plugin}
              options={options}
              onChange={onOptionsChange}
              data={processed.series}
              instanceState={instanceState}
              replaceVariables={replaceVariables}
              eventBus={eventBus}
            />
            <h5 className={styles.h}>Live series (data.series, refresh {refreshMs / 1000}s)</h5>
            <LiveTable frames={data.series} />
          </aside>
        </main>
      </div>
    </ThemeContext.Provider>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({ minHeight: '100vh', background: theme.colors.background.canvas, color: theme.colors.text.primary }),
  header: css({
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    alignItems: 'center',
    padding: theme.spacing(1, 2),
    borderBottom: `1px solid ${theme.colors.border.weak}`,
    '& input, & select': {
      height: 28,
      padding: '0 6px',
      appearance: 'auto',
      font: 'inherit',
      background: theme.colors.background.primary,
      color: theme.colors.text.primary,
      border: `1px solid ${theme.colors.border.medium}`,
      borderRadius: theme.shape.radius.default,
    },
    '& select': { maxWidth: 320 },
    '& input[type=number]': { width: 70 },
    '& input[type=checkbox]': { height: 'auto', padding: 0, verticalAlign: 'middle' },
    '& label': { whiteSpace: 'nowrap' },
  }),
  main: css({ display: 'flex', gap: theme.spacing(2), padding: theme.spacing(2), alignItems: 'flex-start' }),
  resizable: css({ resize: 'both', overflow: 'hidden', flexShrink: 0, minWidth: 50, minHeight: 50 }),
  side: css({ width: 360, flexShrink: 0 }),
  pane: css({ marginBottom: theme.spacing(2) }),
  h: css({ margin: theme.spacing(1, 0), color: theme.colors.text.secondary }),
  table: css({
    width: '100%',
    fontSize: theme.typography.bodySmall.fontSize,
    borderCollapse: 'collapse',
    '& td, & th': { padding: '2px 6px', textAlign: 'right', borderBottom: `1px solid ${theme.colors.border.weak}` },
    '& td:first-child, & th:first-child': { textAlign: 'left' },
  }),
  bad: css({ color: theme.colors.error.text, fontWeight: 600 }),
  err: css({ color: theme.colors.error.text }),
});

async function main() {
  const root = document.getElementById('root')!;
  try {
    registerStandardEditors();
    registerStandardFieldConfigs();
    installDataSources();
    exposeSharedDependencies(sharedDependencies);
    const plugin = await loadPanelPlugin(PLUGIN_BASE);
    const files: FileEntry[] = await fetch('/api/files').then((r) => r.json());
    createRoot(root).render(<App plugin={plugin} files={files} />);
  } catch (e) {
    root.textContent = `Playground failed to start: ${(e as Error).message}`;
    root.setAttribute('data-testid', 'pg-fatal');
  }
}

main();
