// The corpus stage: identities across texts, the analyst's identity file, dossiers, meetings taken
// across texts, the network and the timeline, and the network's exports. No vscode import.
export * from './identityKey';
export * from './identityFile';
export * from './corpus';
export * from './dossier';
export * from './filters';
export * from './network';
export * from './timeline';
export * from './graphExport';
export * from './people';
