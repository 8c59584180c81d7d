#!/usr/bin/env node
// Builds the Grafana plugin into dist/ and the playground host into build/www/.
// Each part is skipped when its outputs are newer than all of its inputs (FORCE=1 rebuilds).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rel = (p) => path.join(root, p);
const force = process.env.FORCE === '1';

function die(msg) {
  console.error(`error: ${msg}`);
  process.exit(1);
}

/** Newest mtime (ms) of the files under the given paths; missing paths count as 0. */
function newest(paths) {
  let t = 0;
  const walk = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p)) {
        walk(path.join(p, e));
      }
    } else {
      t = Math.max(t, st.mtimeMs);
    }
  };
  paths.forEach((p) => walk(rel(p)));
  return t;
}

function mtime(p) {
  try {
    return fs.statSync(rel(p)).mtimeMs;
  } catch {
    return 0;
  }
}

function upToDate(outputs, inputs) {
  if (force) {
    return false;
  }
  const oldestOut = Math.min(...outputs.map(mtime));
  return oldestOut > 0 && oldestOut >= newest(inputs);
}

const pkg = JSON.parse(fs.readFileSync(rel('package.json'), 'utf8'));

// --- plugin → dist/ -------------------------------------------------------------------------
const pluginInputs = [
  'plugin/src',
  'plugin/webpack.config.mjs',
  'plugin/tsconfig.json',
  'plugin/README.md',
  'plugin/CHANGELOG.md',
  'LICENSE',
  'build/pkg/faultline.js',
  'build/pkg/faultline_bg.wasm',
  'build/pkg/faultline_view.js',
  'build/pkg/faultline_view_bg.wasm',
  'build/pkg/faultline_view_ext.js',
  'build/pkg/faultline_view_ext_bg.wasm',
  'package.json',
  'package-lock.json',
  'scripts/build-plugin.mjs',
];

async function buildPlugin() {
  for (const f of pluginInputs.filter((f) => f.startsWith('build/pkg/'))) {
    if (!fs.existsSync(rel(f))) {
      die(`${f} is missing: run bash scripts/build-wasm.sh first`);
    }
  }
  if (upToDate(['dist/module.js', 'dist/plugin.json'], pluginInputs)) {
    console.log('plugin: dist/ is up to date');
    return;
  }
  const { default: webpack } = await import('webpack');
  const { default: makeConfig } = await import(rel('plugin/webpack.config.mjs'));
  const stats = await new Promise((resolve, reject) =>
    webpack(makeConfig({ outDir: rel('dist') }), (err, s) => (err ? reject(err) : resolve(s)))
  );
  if (stats.hasErrors()) {
    console.error(stats.toString('errors-only'));
    die('webpack failed to build the plugin (see above)');
  }
  if (stats.hasWarnings()) {
    console.warn(stats.toString('errors-warnings'));
  }

  // plugin.json with the package version and today's date, then the files Grafana's catalogue wants.
  const today = new Date().toISOString().slice(0, 10);
  const meta = fs.readFileSync(rel('plugin/src/plugin.json'), 'utf8').replaceAll('%VERSION%', pkg.version).replaceAll('%TODAY%', today);
  fs.writeFileSync(rel('dist/plugin.json'), meta);
  fs.mkdirSync(rel('dist/img'), { recursive: true });
  for (const f of fs.readdirSync(rel('plugin/src/img'))) {
    fs.copyFileSync(rel(`plugin/src/img/${f}`), rel(`dist/img/${f}`));
  }
  fs.copyFileSync(rel('plugin/README.md'), rel('dist/README.md'));
  fs.copyFileSync(rel('plugin/CHANGELOG.md'), rel('dist/CHANGELOG.md'));
  fs.copyFileSync(rel('LICENSE'), rel('dist/LICENSE'));

  const size = (f) => fs.statSync(rel(`dist/${f}`)).size;
  const files = fs.readdirSync(rel('dist')).filter((f) => /\.(js|wasm)$/.test(f));
  console.log('plugin: ' + files.map((f) => `${f} ${(size(f) / 1024).toFixed(1)} KB`).join(', '));
}

// --- playground host → build/www/ ----------------------------------------------------------
const hostInputs = ['www/src', 'package-lock.json', 'scripts/build-plugin.mjs'];

// Two mismatches between @grafana/scenes' ESM build and the @grafana/* 12.4 packages, resolved the way
// Grafana's webpack build ends up with them:
// - scenes imports the table panel's `defaultOptions` from @grafana/schema, which 12.4 no longer
//   exports; webpack warns and leaves it undefined (only PanelBuilders.table() reads it), esbuild
//   refuses to link. That one import gets the same module plus an undefined `defaultOptions`.
// - scenes imports react-router v6 names (SceneApp, URL sync; unused here) while @grafana/ui pins
//   react-router-dom 5; its imports go to react-router-dom-v5-compat, which is the v6 API.
const TABLE_CFG = '@grafana/schema/dist/esm/raw/composable/table/panelcfg/x/TablePanelCfg_types.gen';
const scenesCompat = {
  name: 'scenes-compat',
  setup(build) {
    const fromScenes = (args) => args.importer.includes(`${path.sep}@grafana${path.sep}scenes${path.sep}`);
    build.onResolve({ filter: /^react-router-dom$/ }, (args) =>
      fromScenes(args) ? build.resolve('react-router-dom-v5-compat', { kind: args.kind, resolveDir: args.resolveDir }) : undefined
    );
    build.onResolve({ filter: new RegExp(`^${TABLE_CFG.replaceAll('/', '\\/')}$`) }, (args) =>
      args.namespace === 'scenes-compat' ? undefined : { path: TABLE_CFG, namespace: 'scenes-compat', pluginData: args.resolveDir }
    );
    build.onLoad({ filter: /.*/, namespace: 'scenes-compat' }, (args) => ({
      contents: `export * from '${TABLE_CFG}';\nexport const defaultOptions = undefined;\n`,
      resolveDir: args.pluginData,
    }));
  },
};

async function buildHost() {
  if (upToDate(['build/www/host.js', 'build/www/scene.js'], hostInputs)) {
    console.log('playground: build/www/ is up to date');
    return;
  }
  const esbuild = await import('esbuild');
  fs.rmSync(rel('build/www'), { recursive: true, force: true });
  try {
    await esbuild.build({
      // The PanelProps playground and the @grafana/scenes host (www/scene.html).
      entryPoints: { host: rel('www/src/host.tsx'), scene: rel('www/src/scene.tsx') },
      outdir: rel('build/www'),
      entryNames: '[name]',
      plugins: [scenesCompat],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      sourcemap: false,
      legalComments: 'none',
      logLevel: 'error',
      jsx: 'transform',
      tsconfig: rel('plugin/tsconfig.json'),
      define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
      loader: {
        '.svg': 'file',
        '.png': 'file',
        '.woff': 'file',
        '.woff2': 'file',
        '.ttf': 'file',
        '.eot': 'file',
        '.css': 'css',
      },
    });
  } catch (e) {
    die(`esbuild failed to bundle the playground host: ${e.message}`);
  }
  const mb = (f) => `${f} ${(fs.statSync(rel(`build/www/${f}`)).size / 1048576).toFixed(1)} MB`;
  console.log(`playground: build/www/ ${mb('host.js')}, ${mb('scene.js')}`);
}

// --- stencil packs → dist/stencils/ ---------------------------------------------------------
// draw.io's stencil library (scripts/build-stencils.mjs), fetched by the panel on demand: shipped next
// to module.js but never part of the bundle.
function copyStencils() {
  const src = rel('build/stencils');
  if (!fs.existsSync(path.join(src, 'manifest.txt'))) {
    console.warn('stencils: build/stencils/ is missing (run node scripts/build-stencils.mjs): the plugin draws stencils as placeholders');
    return;
  }
  const dst = rel('dist/stencils');
  if (upToDate(['dist/stencils/manifest.txt'], ['build/stencils', 'scripts/build-plugin.mjs'])) {
    console.log('stencils: dist/stencils/ is up to date');
    return;
  }
  fs.rmSync(dst, { recursive: true, force: true });
  let n = 0;
  let bytes = 0;
  const walk = (dir) => {
    for (const e of fs.readdirSync(path.join(src, dir), { withFileTypes: true })) {
      const r = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) {
        walk(r);
      } else if (e.name.endsWith('.pack')) {
        fs.mkdirSync(path.dirname(path.join(dst, r)), { recursive: true });
        fs.copyFileSync(path.join(src, r), path.join(dst, r));
        n += 1;
        bytes += fs.statSync(path.join(src, r)).size;
      }
    }
  };
  walk('');
  // Last, so an interrupted copy is redone.
  fs.copyFileSync(path.join(src, 'manifest.txt'), path.join(dst, 'manifest.txt'));
  console.log(`stencils: dist/stencils/ ${n} packs, ${(bytes / 1048576).toFixed(2)} MB (loaded on demand, not in the bundle)`);
}

await buildPlugin();
copyStencils();
await buildHost();
