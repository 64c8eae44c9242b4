// Entry point of the engine: text in, entities + persons + organizations + meetings out.
import type { Analysis, AnalyzeOptions } from './types';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return createAnalyzer().analyze(text, options);
}

/** An analyzer for one document that reuses per-paragraph results between calls (the editor's incremental path). */
export interface DocumentAnalyzer {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
}

export function createAnalyzer(): DocumentAnalyzer {
  return {
    analyze(text: string, options: AnalyzeOptions = {}): Analysis {
      void text; void options;
      return { entities: [], persons: [], organizations: [], meetings: [] };
    },
  };
}
