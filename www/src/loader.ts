// A stand-in for Grafana's plugin loader (public/app/features/plugins/plugin_loader.ts and loader/*):
// SystemJS with the AMD extra, shared dependencies registered as `package:<name>` modules behind an
// import map, plugins fetched and evaluated (Grafana's default "fetch" loading strategy), AMD sources
// wrapped so they use SystemJS's define even if another AMD loader took the global, module.js resolved
// with a `?_cache=<version>` parameter, and default-only modules unwrapped.
import { PanelPlugin } from '@grafana/data';
import 'systemjs/dist/system.js';
import 'systemjs/dist/extras/amd.js';
import 'systemjs/dist/extras/named-register.js';

const System = (window as any).System;
// @grafana/runtime keeps SystemJS's define under this name for the wrapper below.
(window as any).__grafana_amd_define = (window as any).define;

const SHARED_PREFIX = 'package';
const JS_CONTENT_TYPE = /^(text|application)\/(x-)?javascript(;|$)/;
const AMD_DEFINE = /(?:^\uFEFF?|[^$_a-zA-Z\xA0-\uFFFF.])define\s*\(\s*(["'][^"']+["']\s*,\s*)?(\[|function\b|\{|[_$a-zA-Z][_$a-zA-Z0-9]*\))/;

const pluginVersions = new Map<string, string>();

export function exposeSharedDependencies(shared: Record<string, object>): void {
  const imports: Record<string, string> = {};
  for (const [name, mod] of Object.entries(shared)) {
    const id = `${SHARED_PREFIX}:${name}`;
    System.set(id, mod);
    imports[name] = id;
  }
  System.addImportMap({ imports });
}

const proto = System.constructor.prototype;

proto.shouldFetch = () => true;

const originalFetch = proto.fetch;
proto.fetch = async function (url: string, options?: RequestInit) {
  const res: Response = await originalFetch.call(this, url, options);
  const type = res.headers.get('content-type') || '';
  if (!JS_CONTENT_TYPE.test(type)) {
    return res;
  }
  let source = await res.text();
  if (AMD_DEFINE.test(source)) {
    source = `(function(define) {\n${source}\n})(window.__grafana_amd_define);`;
  }
  return new Response(new Blob([source], { type: 'text/javascript' }));
};

const originalResolve = proto.resolve;
proto.resolve = function (id: string, parentUrl?: string) {
  const url: string = originalResolve.call(this, id, parentUrl);
  if (url.endsWith('/module.js')) {
    for (const [base, version] of pluginVersions) {
      if (url.includes(base)) {
        return `${url}?_cache=${version}`;
      }
    }
  }
  return url;
};

const originalImport = proto.import;
proto.import = function (...args: unknown[]) {
  return originalImport.apply(this, args).then((m: any) => (m && m.__useDefault ? m.default : m));
};

/** Imports a plugin's module.js the way Grafana's importPluginModule does. */
export async function importPluginModule(path: string, version: string): Promise<any> {
  pluginVersions.set(path.slice(0, path.lastIndexOf('/') + 1), version);
  try {
    return await System.import(path);
  } catch (e) {
    throw new Error('Could not load plugin: ' + e);
  }
}

/** A panel plugin from its folder (`/public/plugins/<id>/`): plugin.json, then module.js, with the meta Grafana sets. */
export async function loadPanelPlugin(base: string): Promise<PanelPlugin> {
  const meta = await fetch(base + 'plugin.json').then((r) => {
    if (!r.ok) {
      throw new Error(`plugin.json: HTTP ${r.status} (run npm run build)`);
    }
    return r.json();
  });
  const exports = await importPluginModule(base + 'module.js', meta.info?.version ?? '');
  const plugin = exports.plugin as PanelPlugin;
  if (!(plugin instanceof PanelPlugin)) {
    throw new Error('module.js does not export a PanelPlugin named plugin');
  }
  plugin.meta = { ...meta, module: `${base.slice(1)}module`, baseUrl: base.slice(1, -1) };
  return plugin;
}
