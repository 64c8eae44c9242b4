// Bundles the extension and the CLI into dist/. `--watch` rebuilds on change; `--dev` keeps them unminified.
// The extension is two bundles: dist/extension.js, the editor shell activation loads, and dist/engine.js
// (recognizer, lexicons, yaml), required on first use through src/editor/lazyEngine.ts.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const dev = process.argv.includes('--dev');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: !dev,
  sourcemap: dev ? 'inline' : false,
  logLevel: 'info',
  legalComments: 'none',
};

// lazyEngine.ts's require('./engineEntry') stays a require, of dist/engine.js beside dist/extension.js.
const lazyEngine = {
  name: 'lazy-engine',
  setup(build) {
    build.onResolve({ filter: /^\.\/engineEntry$/ }, (args) =>
      args.kind === 'require-call' && /[\\/]src[\\/]editor[\\/]lazyEngine\.ts$/.test(args.importer) ? { path: './engine.js', external: true } : undefined);
  },
};

// graphExport.ts's require('fast-xml-parser') stays a require in dist/engine.js and dist/cli.js, of dist/xml.js beside them: the
// XML builder loads on the first network export, not with the engine.
const lazyXml = {
  name: 'lazy-xml',
  setup(build) {
    build.onResolve({ filter: /^fast-xml-parser$/ }, (args) =>
      args.kind === 'require-call' && /[\\/]src[\\/]core[\\/]corpus[\\/]graphExport\.ts$/.test(args.importer) ? { path: './xml.js', external: true } : undefined);
  },
};

// yamlLib.ts's require('yaml') stays a require in dist/engine.js and dist/cli.js, of dist/yaml.js beside them: the yaml
// library loads on the first sidecar or identities file read or written, not with the engine.
const lazyYaml = {
  name: 'lazy-yaml',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, (args) =>
      args.kind === 'require-call' && /[\\/]src[\\/]core[\\/]sidecar[\\/]yamlLib\.ts$/.test(args.importer) ? { path: './yaml.js', external: true } : undefined);
  },
};

// Every `import * as vscode from 'vscode'` would copy the API's ~300 properties into a namespace of its
// own (esbuild's __toESM, once per importing file: about 8 ms of activation); a shared one copies them once.
const sharedVscode = {
  name: 'shared-vscode',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) => (args.namespace === 'shared-vscode' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'shared-vscode' }));
    build.onLoad({ filter: /.*/, namespace: 'shared-vscode' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

// Keeps activation fast: besides editor code the shell may bundle only these dependency-free engine
// modules, which activation needs. Anything else from src/core or node_modules goes through engine().
const SHELL_MAY_BUNDLE = ['src/core/corpusIndex.ts', 'src/core/sidecar/model.ts'];
const thinShell = {
  name: 'thin-shell',
  setup(build) {
    build.onEnd((result) => {
      if (!result.metafile) return;
      const heavy = Object.keys(result.metafile.inputs)
        .filter((p) => p.includes('node_modules/') || (p.startsWith('src/core/') && !SHELL_MAY_BUNDLE.includes(p)));
      if (heavy.length === 0) return;
      console.error(`✘ dist/extension.js bundles engine code activation must not load (import it via engine() in src/editor/lazyEngine.ts, types with \`import type\`):\n  ${heavy.join('\n  ')}`);
      process.exitCode = 1;
    });
  },
};

// The corpus webviews' pages (dossier, timeline, network): browser bundles with their libraries
// (cytoscape, vis-timeline) and CSS, loaded by a webview only when it opens; nothing from the network.
const webviews = {
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'chrome114',
  minify: !dev,
  sourcemap: dev ? 'inline' : false,
  logLevel: 'info',
  legalComments: 'none',
  entryPoints: { dossier: 'webview/dossier.ts', timeline: 'webview/timeline.ts', network: 'webview/network.ts' },
  outdir: 'dist/webview',
  define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' },
  loader: { '.png': 'dataurl', '.svg': 'dataurl' },
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', metafile: true, plugins: [sharedVscode, lazyEngine, thinShell] },
  { ...common, entryPoints: ['src/editor/engineEntry.ts'], outfile: 'dist/engine.js', plugins: [lazyXml, lazyYaml] },
  { ...common, entryPoints: ['src/editor/xmlEntry.ts'], outfile: 'dist/xml.js' },
  { ...common, entryPoints: ['src/editor/yamlEntry.ts'], outfile: 'dist/yaml.js' },
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [lazyXml, lazyYaml] },
  webviews,
];

if (watch) {
  for (const options of builds) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
