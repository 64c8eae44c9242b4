// Entry point of the engine: text in, entities + persons + organizations + meetings out.
import type { Analysis, AnalyzeOptions } from './types';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  void text;
  void options;
  return { entities: [], persons: [], organizations: [], meetings: [] };
}
