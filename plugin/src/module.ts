import './publicPath';

import { FieldConfigProperty, PanelPlugin } from '@grafana/data';

import { FaultlinePanel } from './components/FaultlinePanel';
import { PageEditor, SourceFileEditor, SourceTextEditor } from './components/editors';
import { BindingsEditor, InspectorEditor, MigrationEditor, TracesEditor } from './components/lazyEditors';
import { EXAMPLE_DIAGRAM } from './example';
import { migrationHandler, panelChangeHandler } from './migration';
import type { FaultlineOptions } from './types';
import { holdUntilFirstPanel } from './view/readiness';

// No core is fetched here: the panel picks the module it needs (drawing only or full, core/core.ts)
// from its options in its first render and starts the fetch there.
// Hold the page's readiness until a panel takes over (render-ready mode).
holdUntilFirstPanel();

const DIAGRAM = 'Diagram';
const VIEW = 'View';
const BINDINGS = 'Bindings';
const TRACES = 'Traces';
const ANALYSIS = 'Dependency analysis';

export const plugin = new PanelPlugin<FaultlineOptions>(FaultlinePanel)
  .setNoPadding()
  .setMigrationHandler(migrationHandler)
  .setPanelChangeHandler(panelChangeHandler)
  // Unit, decimals, display name and data links reach the core and the click menu; Grafana's own
  // thresholds, colours and mappings would compete with the bindings, so they are hidden.
  .useFieldConfig({
    disableStandardOptions: [
      FieldConfigProperty.Thresholds,
      FieldConfigProperty.Color,
      FieldConfigProperty.Mappings,
      FieldConfigProperty.Min,
      FieldConfigProperty.Max,
    ],
  })
  .setPanelOptions((builder) => analysisOptions(bindingOptions(builder

    .addRadio({
      path: 'source.kind',
      name: 'Source',
      category: [DIAGRAM],
      defaultValue: 'text',
      settings: {
        options: [
          { value: 'text', label: 'Paste' },
          { value: 'file', label: 'File' },
          { value: 'url', label: 'URL' },
        ],
      },
    })
    .addCustomEditor({
      id: 'faultline-source-text',
      path: 'source.text',
      name: 'Diagram',
      description: 'draw.io XML, compressed or not, a .drawio.svg or an HTML embed',
      category: [DIAGRAM],
      editor: SourceTextEditor,
      defaultValue: EXAMPLE_DIAGRAM,
      showIf: (o) => (o.source?.kind ?? 'text') === 'text',
    })
    .addCustomEditor({
      id: 'faultline-source-file',
      path: 'source.file',
      name: 'Diagram file',
      description: '.drawio, .xml, .svg, .png or .html, stored in the dashboard',
      category: [DIAGRAM],
      editor: SourceFileEditor,
      showIf: (o) => o.source?.kind === 'file',
    })
    .addTextInput({
      path: 'source.url',
      name: 'Diagram URL',
      description: 'Fetched by the browser; dashboard variables ($var, ${var}) are replaced',
      category: [DIAGRAM],
      defaultValue: '',
      settings: { placeholder: 'https://example.com/diagrams/${env}.drawio' },
      showIf: (o) => o.source?.kind === 'url',
    })
    .addCustomEditor({
      id: 'faultline-page',
      path: 'page',
      name: 'Page',
      description: 'Page of a multi-page diagram',
      category: [DIAGRAM],
      editor: PageEditor,
    })
    .addRadio({
      path: 'fit',
      name: 'Fit',
      category: [VIEW],
      defaultValue: 'both',
      settings: {
        options: [
          { value: 'both', label: 'Both' },
          { value: 'width', label: 'Width' },
          { value: 'height', label: 'Height' },
          { value: 'none', label: 'None' },
        ],
      },
    })
    .addSliderInput({
      path: 'zoom',
      name: 'Initial zoom',
      description: 'Times the fitted size. In the panel: Ctrl/⌘ + wheel zooms, drag pans, double-click resets',
      category: [VIEW],
      defaultValue: 1,
      settings: { min: 0.1, max: 5, step: 0.1 },
    })
)));

/** The bindings' options: the document (form + code), traces, inspector, Flowcharting import report. */
function bindingOptions(builder: Parameters<Parameters<PanelPlugin<FaultlineOptions>['setPanelOptions']>[0]>[0]) {
  return builder
    .addCustomEditor({
      id: 'faultline-migration',
      path: 'migration',
      name: 'Flowcharting import',
      category: [BINDINGS],
      editor: MigrationEditor,
      showIf: (o) => !!o.migration,
    })
    .addCustomEditor({
      id: 'faultline-bindings',
      path: 'bindings',
      name: 'Bindings',
      description: 'Cells ← series: thresholds, colours, text, flow, links. The core validates as you type.',
      category: [BINDINGS],
      editor: BindingsEditor,
    })
    .addCustomEditor({
      id: 'faultline-inspector',
      path: '__inspector',
      name: 'Inspector',
      description: 'Unmapped cells, unmatched series and each cell\'s state, as of the last refresh',
      category: [BINDINGS],
      editor: InspectorEditor,
    })
    .addCustomEditor({
      id: 'faultline-traces',
      path: 'bindings.traces',
      name: 'Trace data source',
      description: 'Clicking a cell offers its traces in Explore; the service name comes from a cell attribute or the map',
      category: [TRACES],
      editor: TracesEditor,
    });
}

/** The dependency analysis: direction rule and which overlays show (src/analyze/README.md). */
function analysisOptions(builder: ReturnType<typeof bindingOptions>) {
  const on = (o: FaultlineOptions) => o.analysis?.enabled !== false;
  return builder
    .addBooleanSwitch({
      path: 'analysis.enabled',
      name: 'Blast radius and likely causes',
      description: 'Reads the drawing as a dependency graph: what each failure takes down, and which alerting node most likely caused the rest',
      category: [ANALYSIS],
      defaultValue: true,
    })
    .addRadio({
      path: 'analysis.arrow',
      name: 'An arrow A → B means',
      description: 'A per-edge `dependency` attribute overrides it',
      category: [ANALYSIS],
      defaultValue: 'dependsOn',
      settings: {
        options: [
          { value: 'dependsOn', label: 'A depends on B (calls)' },
          { value: 'feeds', label: 'B depends on A (data flow)' },
        ],
      },
      showIf: on,
    })
    .addBooleanSwitch({ path: 'analysis.blastRadius', name: 'Blast radius halos and counts', category: [ANALYSIS], defaultValue: true, showIf: on })
    .addBooleanSwitch({ path: 'analysis.dim', name: 'Dim what is not involved', description: 'Alerting shapes are never dimmed', category: [ANALYSIS], defaultValue: true, showIf: on })
    .addBooleanSwitch({ path: 'analysis.rankBadges', name: 'Rank badges on likely causes', category: [ANALYSIS], defaultValue: true, showIf: on })
    .addBooleanSwitch({ path: 'analysis.topList', name: 'Top-5 list in the corner', category: [ANALYSIS], defaultValue: true, showIf: on });
}
