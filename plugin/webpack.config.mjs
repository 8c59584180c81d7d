// The plugin build: one AMD module.js (what Grafana's SystemJS loads), a lazy chunk with the
// wasm-bindgen glue, and the .wasm as an emitted asset. Everything Grafana shares is external.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EsbuildPlugin } from 'esbuild-loader';

const pluginDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(pluginDir, '..');

/** What Grafana 11/12 provide to plugins (its shared dependencies), and nothing else. */
export const EXTERNALS = ['react', 'react-dom', '@grafana/data', '@grafana/ui', '@grafana/runtime', 'rxjs', '@emotion/css', 'lodash'];

export default function config({ outDir = path.join(root, 'dist'), production = true } = {}) {
  return {
    mode: production ? 'production' : 'development',
    target: ['web', 'es2020'],
    // Sources in the map are then ./module.ts etc., the paths Grafana's validator matches against src/.
    context: path.join(pluginDir, 'src'),
    entry: { module: './module.ts' },
    devtool: 'source-map',
    output: {
      path: outDir,
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      library: { type: 'amd' },
      // Replaced at run time from the AMD module meta (src/publicPath.ts).
      publicPath: 'public/plugins/faultline-diagram-panel/',
      uniqueName: 'faultline-diagram-panel',
      // stencils/ is copied by scripts/build-plugin.mjs from build/stencils/ (not part of the bundle).
      clean: { keep: /^(plugin\.json|img\/|stencils\/|README\.md|CHANGELOG\.md|LICENSE)/ },
    },
    // 'amd-module' → AMD's `module` meta (its uri), as create-plugin does for the public path.
    externals: [{ 'amd-module': 'module' }, ...EXTERNALS],
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      alias: { 'faultline-core$': path.join(root, 'build/pkg/faultline.js'), 'faultline-view$': path.join(root, 'build/pkg/faultline_view.js'), 'faultline-view-ext$': path.join(root, 'build/pkg/faultline_view_ext.js') },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: 'esbuild-loader',
          options: { target: 'es2020', tsconfig: path.join(pluginDir, 'tsconfig.json') },
        },
        // The core's .wasm is fetched, not imported as a module: an asset next to module.js.
        { test: /\.wasm$/, type: 'asset/resource', generator: { filename: '[name].[contenthash:8][ext]' } },
      ],
    },
    optimization: {
      minimize: production,
      minimizer: [new EsbuildPlugin({ target: 'es2020', legalComments: 'none' })],
      // Keep the glue out of module.js: only the dynamic import() pulls it in.
      splitChunks: false,
    },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}
