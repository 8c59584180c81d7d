// Grafana's index page sets this before any of its code runs; @grafana/runtime reads it at import.
(window as any).grafanaBootData = {
  settings: {
    appSubUrl: '',
    buildInfo: { version: '12.4.10', commit: 'playground', env: 'production', edition: 'Open Source' },
    featureToggles: {},
    panels: {},
    datasources: {},
    theme2: undefined,
  },
  user: { lightTheme: false, timezone: 'browser', locale: 'en-US', language: 'en-US' },
  navTree: [],
  assets: { dark: '', light: '' },
};
