// The demo's binding set: the simulated Prometheus-like series (latency_p95 = A, error_rate = B,
// requests = C, each with a `service` label) bound to the demo diagram's `service` attributes.
// The core evaluates all of it; this is only the document a user would write.
export const DEMO_BINDINGS = {
  version: 1,
  combine: 'worst',
  bindings: [
    {
      id: 'latency',
      cells: { kind: 'vertex', attr: { service: '*' } },
      series: { refId: 'A', labels: { service: '${cell.service}' } },
      reducer: 'last',
      thresholds: { type: 'number', op: 'ge', steps: [{ value: 300, level: 'warn' }, { value: 800, level: 'crit' }] },
      color: { targets: ['stroke'], when: 'always' },
      text: { mode: 'appendLine', format: 'p95 ${__value}', unit: 'ms', decimals: 0 },
      links: [
        { title: 'Service dashboard', url: '/d/faultline-services/services?var-service=${__cell.service}&var-env=${env}&from=${__from}&to=${__to}', newTab: false },
        { title: 'Runbook', url: 'https://runbooks.example.com/${__cell.service}', newTab: true },
      ],
    },
    {
      id: 'errors',
      cells: { kind: 'vertex', attr: { service: '*' } },
      series: { refId: 'B', labels: { service: '${cell.service}' } },
      reducer: 'last',
      thresholds: { type: 'number', steps: [{ value: 1, level: 'warn' }, { value: 5, level: 'crit' }] },
      color: { targets: ['fill'], when: 'notOk' },
      text: { mode: 'append', format: '· ${__value}', unit: 'percent', decimals: 1, when: 'notOk' },
      blink: 'crit',
    },
    {
      id: 'traffic',
      cells: { kind: 'edge', attr: { service: '*' } },
      series: { refId: 'C', labels: { service: '${cell.service}' } },
      reducer: 'last',
      edge: { flow: { speedFrom: 0, speedTo: 1500, minSpeed: 8, maxSpeed: 80 }, width: { from: 0, to: 1500, min: 1, max: 4 } },
      text: { mode: 'append', format: '${__value}', unit: 'reqps', decimals: 0 },
    },
  ],
  traces: { datasourceUid: 'tempo-demo', type: 'tempo', serviceAttr: 'service' },
};

/** Trace data sources the playground's data source picker offers (a stand-in for Grafana's list). */
export const DEMO_DATASOURCES = [
  { uid: 'tempo-demo', name: 'Tempo', type: 'tempo', meta: { id: 'tempo', name: 'Tempo', tracing: true, info: { logos: { small: '' } } } },
  { uid: 'jaeger-demo', name: 'Jaeger', type: 'jaeger', meta: { id: 'jaeger', name: 'Jaeger', tracing: true, info: { logos: { small: '' } } } },
  { uid: 'zipkin-demo', name: 'Zipkin', type: 'zipkin', meta: { id: 'zipkin', name: 'Zipkin', tracing: true, info: { logos: { small: '' } } } },
  { uid: 'prom-demo', name: 'Prometheus', type: 'prometheus', meta: { id: 'prometheus', name: 'Prometheus', metrics: true, info: { logos: { small: '' } } } },
];

/** A data link on every field, as a dashboard's field config would carry. */
export const DEMO_FIELD_CONFIG = {
  defaults: {
    links: [{ title: 'Logs of ${__field.labels.service}', url: 'https://logs.example.com/search?service=${__field.labels.service}&from=${__from}&to=${__to}' }],
  },
  overrides: [],
};
