// The binding editors load on first use (their chunk carries the form, the YAML parser and the
// inspector); module.js only holds these wrappers.
import React, { Suspense, useEffect } from 'react';
import type { StandardEditorProps } from '@grafana/data';
import { LoadingPlaceholder } from '@grafana/ui';

import { editorsOpened } from '../core/core';

const load = () => import(/* webpackChunkName: "faultline-editors" */ './bindingEditors');

function lazyEditor(name: 'BindingsEditor' | 'TracesEditor' | 'InspectorEditor' | 'MigrationEditor') {
  const Lazy = React.lazy(() => load().then((m) => ({ default: m[name] as React.ComponentType<any> })));
  const Editor = (props: StandardEditorProps<any, any, any>) => {
    // The editors work on the full core (cells, compile report): panels switch to it.
    useEffect(editorsOpened, []);
    return (
      <Suspense fallback={<LoadingPlaceholder text="Loading…" />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
  Editor.displayName = name;
  return Editor;
}

export const BindingsEditor = lazyEditor('BindingsEditor');
export const TracesEditor = lazyEditor('TracesEditor');
export const InspectorEditor = lazyEditor('InspectorEditor');
export const MigrationEditor = lazyEditor('MigrationEditor');
