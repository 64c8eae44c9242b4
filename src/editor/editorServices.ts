// What the feature adapters share; built once in extension.ts and passed to each register().
import type { AnalysisCache } from './analysisCache';
import type { WorkspaceIndex } from './workspaceIndex';
import type { CorrectionsProvider } from './services';

export interface EditorServices {
  cache: AnalysisCache;
  index: WorkspaceIndex;
  corrections: CorrectionsProvider;
}
