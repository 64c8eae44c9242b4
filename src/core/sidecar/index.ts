// Sidecar annotations: model, YAML I/O, anchoring and merging. No `vscode` here.
export * from './model';
export * from './anchor';
export * from './merge';
export { parseSidecar, serializeSidecar, emptySidecarDocument } from './yamlDoc';
export type { ParseResult } from './yamlDoc';
