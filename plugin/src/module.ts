import './publicPath';

import { PanelPlugin } from '@grafana/data';

import { FaultlinePanel } from './components/FaultlinePanel';
import { PageEditor, SourceFileEditor, SourceTextEditor } from './components/editors';
import { preloadCore } from './core/core';
import { EXAMPLE_DIAGRAM } from './example';
import type { FaultlineOptions } from './types';

// Fetch and compile the core while Grafana boots and runs the queries.
preloadCore();

const DIAGRAM = 'Diagram';
const VIEW = 'View';

export const plugin = new PanelPlugin<FaultlineOptions>(FaultlinePanel).setNoPadding().setPanelOptions((builder) =>
  builder
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
);
