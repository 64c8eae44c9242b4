// The workspace index under test: src/core/corpusIndex.ts, fed the way the editor adapter feeds it
// (content hash, analyze only when stale, then the merged views the side bar queries).
import { analyze } from '../../src/core';
import { CorpusIndex, contentHash } from '../../src/core/corpusIndex';

export interface BenchIndex {
  kind: string;
  /** Add or replace one file's text. */
  set(file: string, text: string): void;
  /** Make the index queryable: merged persons, organizations and meetings. */
  settle(): void;
  summary(): Record<string, number>;
}

export function openIndex(): BenchIndex {
  const index = new CorpusIndex();
  let persons = 0;
  let organizations = 0;
  let meetings = 0;
  return {
    kind: 'CorpusIndex (src/core/corpusIndex.ts): contentHash + analyze + set, then persons()/organizations()/meetings()',
    set(file, text) {
      const hash = contentHash(text);
      if (index.isStale(file, hash)) index.set(file, hash, analyze(text));
    },
    settle() {
      persons = index.persons().length;
      organizations = index.organizations().length;
      meetings = index.meetings().length;
    },
    summary() {
      return { files: index.size, persons, organizations, meetings };
    },
  };
}
