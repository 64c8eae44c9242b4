// Entry of dist/engine.js, the engine's own bundle (recognizer, lexicons, YAML sidecar I/O, the corpus
// stage). The editor reaches it only through engine() in lazyEngine.ts, so activation does not load it.
export * from '../core';
export * from '../core/sidecar';
export * from '../core/corpus';
