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

// The playground's "reduced motion" toggle: the browser setting, emulated for this page.
if (new URLSearchParams(location.search).get('reducedMotion') === '1') {
  const original = window.matchMedia.bind(window);
  window.matchMedia = (query: string) => {
    const mq = original(query);
    if (!/prefers-reduced-motion:\s*reduce/.test(query)) {
      return mq;
    }
    const noop = () => {};
    return { matches: true, media: query, onchange: null, addEventListener: noop, removeEventListener: noop, addListener: noop, removeListener: noop, dispatchEvent: () => false } as MediaQueryList;
  };
  document.documentElement.setAttribute('data-reduced-motion', 'reduce');
}
