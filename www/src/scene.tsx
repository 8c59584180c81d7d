// The scene host: the panel inside a real @grafana/scenes scene, as Grafana ≥ 11.3 renders dashboards
// and /render/d-solo pages. An EmbeddedScene (which sets window.__grafanaSceneContext) with a
// SceneQueryController behaviour (which keeps window.__grafanaRunningQueryCount), a SceneTimeRange, and
// a VizPanel of the Faultline plugin fed by a SceneQueryRunner. The queries go to a data source
// registered through @grafana/runtime's setters that answers from the playground's simulated metrics.
// What Grafana's core would provide and the npm packages do not (runRequest, the plugin importer, the
// data source service) is supplied here, each reduced to what scenes calls.
//
// URL parameters: file=demo|corpus/<name>|fixtures/<path>, source=file|url (embedded in the panel
// options, as a dashboard stores it, or fetched by the panel), url=<diagram URL>, bindings=0, theme=light|dark,
// width=, height= (default 1000×500, the image renderer's viewport), dataDelay=<ms> (how long the
// query takes), seed=<n>, plus the panel's own (render=1, kiosk, faultlineReadyTimeout, faultlineReadyHold).
import './boot';

import React from 'react';
import { createRoot } from 'react-dom/client';
import { Observable } from 'rxjs';
import {
  createTheme,
  DataSourceApi,
  EventBusSrv,
  LoadingState,
  PanelPlugin,
  type DataQuery,
  type DataQueryRequest,
  type DataQueryResponse,
  type DataSourceInstanceSettings,
  type PanelData,
} from '@grafana/data';
import { setAppEvents, setDataSourceSrv, setPluginImportUtils, setRunRequest } from '@grafana/runtime';
import { GlobalStyles, ThemeContext } from '@grafana/ui';
import { behaviors, EmbeddedScene, SceneFlexItem, SceneFlexLayout, SceneQueryRunner, SceneTimeRange, VizPanel } from '@grafana/scenes';

import { DEMO_BINDINGS, DEMO_FIELD_CONFIG } from './demoBindings';
import { registerStandardEditors, registerStandardFieldConfigs } from './editors';
import { exposeSharedDependencies, loadPanelPlugin } from './loader';
import { sharedDependencies } from './shared';
import { Simulator } from './simulate';

const PLUGIN_ID = 'faultline-diagram-panel';
const PLUGIN_BASE = `/public/plugins/${PLUGIN_ID}/`;
const params = new URLSearchParams(location.search);

// ---------------------------------------------------------------------------------------------
// The data source: TestData-like, answering from the simulator after `dataDelay` ms.

const SIM_SETTINGS = {
  uid: 'faultline-sim',
  name: 'Simulated metrics',
  type: 'faultline-sim',
  id: 1,
  access: 'proxy',
  readOnly: true,
  jsonData: {},
  meta: { id: 'faultline-sim', name: 'Simulated metrics', type: 'datasource', info: { logos: {} }, module: '', baseUrl: '' },
} as unknown as DataSourceInstanceSettings;

class SimulatedDataSource extends DataSourceApi<DataQuery> {
  constructor(private readonly sim: Simulator, private readonly delayMs: number) {
    super(SIM_SETTINGS);
  }
  query(request: DataQueryRequest<DataQuery>): Observable<DataQueryResponse> {
    return new Observable((subscriber) => {
      const timer = setTimeout(() => {
        const frames = this.sim.tick(request.range.to.valueOf());
        const wanted = new Set(request.targets.filter((t) => !t.hide).map((t) => t.refId));
        subscriber.next({ data: frames.filter((f) => wanted.has(f.refId ?? '')), state: LoadingState.Done, key: request.requestId });
        subscriber.complete();
      }, this.delayMs);
      return () => clearTimeout(timer);
    });
  }
  async testDatasource() {
    return { status: 'success', message: 'ok' };
  }
}

// ---------------------------------------------------------------------------------------------
// Grafana core services scenes calls through @grafana/runtime.

function installServices(ds: DataSourceApi) {
  // Grafana's app event bus: scenes' panel publishes a hover event on it when the pointer moves over a panel.
  setAppEvents(new EventBusSrv());
  setDataSourceSrv({
    get: async (ref: any) => {
      const uid = typeof ref === 'string' ? ref : ref?.uid;
      if (uid !== undefined && uid !== SIM_SETTINGS.uid && uid !== SIM_SETTINGS.name) {
        throw new Error(`data source ${uid} not found`);
      }
      return ds;
    },
    getList: () => [SIM_SETTINGS],
    getInstanceSettings: () => SIM_SETTINGS,
    reload: () => {},
    registerRuntimeDataSource: () => {},
  } as any);

  // Grafana's runRequest (public/app/features/query/state/runRequest.ts), reduced: the data source's
  // responses as PanelData, Loading until the first packet, errors as an Error state.
  setRunRequest((datasource: DataSourceApi, request: DataQueryRequest): Observable<PanelData> => {
    return new Observable<PanelData>((subscriber) => {
      const base = { series: [], timeRange: request.range, request };
      subscriber.next({ ...base, state: LoadingState.Loading });
      const result = datasource.query(request);
      const source = result instanceof Observable ? result : new Observable<DataQueryResponse>((s) => void result.then((r) => (s.next(r), s.complete()), (e) => s.error(e)));
      const sub = source.subscribe({
        next: (r) => subscriber.next({ ...base, series: r.data, state: r.state ?? LoadingState.Done, errors: r.errors }),
        error: (e) => {
          subscriber.next({ ...base, state: LoadingState.Error, errors: [{ message: String(e?.message ?? e) }] });
          subscriber.complete();
        },
        complete: () => subscriber.complete(),
      });
      return () => sub.unsubscribe();
    });
  });
}

// Grafana's plugin importer for panels (importPanelPlugin / getPanelPluginFromCache), through the
// playground's SystemJS loader, with the plugin's meta set as Grafana's loader sets it.
function installPluginImporter() {
  const cache = new Map<string, PanelPlugin>();
  setPluginImportUtils({
    importPanelPlugin: async (id: string) => {
      if (id !== PLUGIN_ID) {
        throw new Error(`panel plugin ${id} is not installed here`);
      }
      const cached = cache.get(id);
      if (cached) {
        return cached;
      }
      const plugin = await loadPanelPlugin(PLUGIN_BASE);
      cache.set(id, plugin);
      return plugin;
    },
    getPanelPluginFromCache: (id: string) => cache.get(id),
  } as any);
}

// ---------------------------------------------------------------------------------------------

async function panelSource(): Promise<object> {
  const file = params.get('file') ?? 'demo';
  if (params.get('url') !== null) {
    return { kind: 'url', url: params.get('url') };
  }
  if (params.get('source') === 'url') {
    return { kind: 'url', url: `/files/${file}` };
  }
  // Embedded in the panel options, as a dashboard stores an uploaded diagram.
  const r = await fetch(`/files/${file}`);
  if (!r.ok) {
    throw new Error(`HTTP ${r.status} for /files/${file}`);
  }
  return { kind: 'file', file: { name: file.split('/').pop(), content: await r.text() } };
}

function buildScene(source: object): { scene: EmbeddedScene; panel: VizPanel } {
  const bound = (params.get('file') ?? 'demo') === 'demo' && params.get('url') === null && params.get('bindings') !== '0';
  const panel = new VizPanel({
    key: 'panel-1',
    pluginId: PLUGIN_ID,
    title: 'Faultline',
    options: { source, ...(bound ? { bindings: DEMO_BINDINGS } : {}) },
    fieldConfig: (bound ? DEMO_FIELD_CONFIG : { defaults: {}, overrides: [] }) as any,
    $data: new SceneQueryRunner({
      datasource: { uid: SIM_SETTINGS.uid, type: SIM_SETTINGS.type },
      queries: ['A', 'B', 'C'].map((refId) => ({ refId, datasource: { uid: SIM_SETTINGS.uid, type: SIM_SETTINGS.type } })),
    }),
  });
  const width = Number(params.get('width')) || 1000;
  const height = Number(params.get('height')) || 500;
  const scene = new EmbeddedScene({
    $timeRange: new SceneTimeRange({ from: 'now-15m', to: 'now' }),
    $behaviors: [new behaviors.SceneQueryController()],
    body: new SceneFlexLayout({ children: [new SceneFlexItem({ width, height, body: panel })] }),
  });
  return { scene, panel };
}

async function main() {
  const root = document.getElementById('root')!;
  try {
    // Grafana registers the standard option editors and field configs at start-up.
    registerStandardEditors();
    registerStandardFieldConfigs();
    exposeSharedDependencies(sharedDependencies);
    const sim = new Simulator(Number(params.get('seed')) || 1, false);
    installServices(new SimulatedDataSource(sim, Math.max(0, Number(params.get('dataDelay')) || 0)));
    installPluginImporter();
    const { scene, panel } = buildScene(await panelSource());
    (window as any).__scene = { scene, panel };
    const theme = createTheme({ colors: { mode: params.get('theme') === 'light' ? 'light' : 'dark' } });
    root.textContent = '';
    createRoot(root).render(
      <ThemeContext.Provider value={theme}>
        <GlobalStyles />
        <div data-testid="scene-root" style={{ background: theme.colors.background.canvas, minHeight: '100vh' }}>
          <scene.Component model={scene} />
        </div>
      </ThemeContext.Provider>
    );
  } catch (e) {
    root.textContent = `Scene host failed to start: ${(e as Error).message}`;
    root.setAttribute('data-testid', 'pg-fatal');
  }
}

main();
