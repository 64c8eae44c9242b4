// The yaml library, required on first use: bundled apart as dist/yaml.js (src/editor/yamlEntry.ts), so the engine
// bundle loaded after activation stays lean; sidecars and the identities file are read through it.
import type * as Yaml from 'yaml';

// (The engine's sources see no Node typings; CommonJS gives every module its require.)
declare const require: (id: string) => unknown;

let lib: typeof Yaml | undefined;

export function yaml(): typeof Yaml {
  return (lib ??= require('yaml') as typeof Yaml);
}
