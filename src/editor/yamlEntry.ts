// The yaml library sidecars and the identities file are read and written with, bundled apart as dist/yaml.js and
// required on first use (src/core/sidecar/yamlLib.ts), so the engine bundle loaded after activation stays lean.
export * from 'yaml';
