// Public surface of the engine, for the editor adapters, the CLI and the benchmark.
export * from './types';
export { analyze, createAnalyzer } from './analyze';
export type { DocumentAnalyzer } from './analyze';
