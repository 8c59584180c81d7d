// The real npm packages, given to plugins under the names Grafana shares them as.
import * as emotion from '@emotion/css';
import * as grafanaData from '@grafana/data';
import * as grafanaRuntime from '@grafana/runtime';
import * as grafanaUIraw from '@grafana/ui';
import * as lodash from 'lodash';
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as rxjs from 'rxjs';

// Grafana still exposes the plugin base classes on @grafana/ui for old plugins.
const grafanaUI = {
  ...grafanaUIraw,
  PanelPlugin: grafanaData.PanelPlugin,
  DataSourcePlugin: grafanaData.DataSourcePlugin,
  AppPlugin: grafanaData.AppPlugin,
  DataSourceApi: grafanaData.DataSourceApi,
};

// Exactly the externals Faultline's module.js may use; anything else fails to load here, as it
// would in an older Grafana.
export const sharedDependencies: Record<string, object> = {
  react: React,
  'react-dom': ReactDOM,
  '@grafana/data': grafanaData,
  '@grafana/ui': grafanaUI,
  '@grafana/runtime': grafanaRuntime,
  rxjs,
  '@emotion/css': emotion,
  lodash: { ...lodash, __useDefault: true },
};
