// Sidecar annotations: model, bytes and YAML I/O, anchoring and merging. No `vscode` here.
export * from './model';
export * from './anchor';
export * from './reanchor';
export { refreshContexts, MAX_CONTEXT_CHARS } from './context';
export * from './merge';
export { decodeSidecarBytes, encodeSidecarText } from './bytes';
export type { SidecarFormat } from './bytes';
export { WorkBudget, WorkLimitError } from './textSearch';
export { parseSidecar, serializeSidecar, emptySidecarDocument } from './yamlDoc';
export type { ParseResult } from './yamlDoc';
