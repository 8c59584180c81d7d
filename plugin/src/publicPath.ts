// Must be the first import of module.ts: it sets where the lazy chunk and the .wasm load from.
// 'amd-module' is an external that webpack maps to AMD's `module` meta, whose uri is module.js's URL,
// so assets load next to module.js wherever Grafana serves it (sub-path, CDN).
import amdModule from 'amd-module';

declare let __webpack_public_path__: string;

const uri: string | undefined = amdModule && amdModule.uri;
__webpack_public_path__ = uri ? uri.slice(0, uri.lastIndexOf('/') + 1) : 'public/plugins/faultline-diagram-panel/';
