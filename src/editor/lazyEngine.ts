// The engine is loaded on first use, not at activation: loading it (lexicons, regexes, the yaml
// package) was a third of the activation time. Editor code imports engine types with `import type`
// and calls engine().analyze(…) etc.; the dependency-free corpusIndex and sidecar/model modules may
// be imported directly (esbuild.config.mjs enforces this).
export type Engine = typeof import('./engineEntry');

let loaded: Engine | undefined;

export function engine(): Engine {
  // In dist/extension.js this require is of the separate bundle dist/engine.js (esbuild.config.mjs).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('./engineEntry') as Engine);
}
